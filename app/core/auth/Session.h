#pragma once

#include "core/auth/Account.h"
#include "core/auth/AdminConsentRequest.h"
#include "core/auth/AuthError.h"
#include "core/auth/ConsentCheckResult.h"
#include "core/auth/OidcDiscovery.h"
#include "core/auth/SignInResult.h"
#include "core/auth/TokenSet.h"
#include "core/auth/TokenStore.h"
#include "core/common/AccessTokenProvider.h"
#include "core/config/AppConfig.h"
#include "core/consent/ConsentState.h"
#include "core/graph/GraphRetryPolicy.h"

#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;

namespace MentorDesk {

class BrowserOpener;
class Clock;
class SignInFlow;
class TokenRefreshJob;
class TokenStore;

// The signed-in user: account, granted scopes, tokens and their expiry. Hands the access token to the Graph
// layer, renews it (refresh token when the user opted in, else a friendly "sign in again"), persists it through
// TokenStore, and runs the interactive rounds: sign-in, re-authentication, the incremental Teams round and
// switching accounts.
class Session : public AccessTokenProvider
{
    Q_OBJECT

public:
    enum class State {
        SignedOut,
        Restoring, // reading the keychain at start-up
        SigningIn, // an interactive round is running (browser open)
        SignedIn,
        Refreshing, // renewing with the refresh token
        Expired, // the access token ran out and only an interactive sign-in can renew it
    };
    Q_ENUM(State)

    enum class Round {
        SignIn,
        Reauthenticate,
        EnableTeams,
        AddAccount, // another account beside the open ones: the user picks it (prompt=select_account)
        CheckConsent, // "Check again" without a refresh token: a silent round (prompt=none) that shows no page
    };
    Q_ENUM(Round)

    Session(const AppConfig &config, QNetworkAccessManager *nam, BrowserOpener *browser, TokenStore *store,
            Clock *clock, QObject *parent = nullptr);
    ~Session() override;

    // Restores the stored session of accountKey (default: the last account signed in) from the keychain.
    void restore(const QString &accountKey = {});
    void signIn();
    void enableTeams();
    void disableTeams();
    void addAccount();
    void signOut();
    void cancelSignIn();
    // "Check again" for permissions that wait for an administrator (the Teams ones when Teams features are on,
    // else the sign-in's): with a refresh token one token request for them, without one a single silent browser
    // round (prompt=none). Never shows a consent page; ends with consentChecked().
    void checkConsent();
    bool isCheckingConsent() const { return m_checking; }
    // Stops a running check; it ends with consentChecked() (Failed, Cancelled) and nothing changes.
    void cancelConsentCheck();
    // The user dismissed the "sign in again" prompt: waiting Graph requests give up (their work is kept).
    void declineReauthentication();

    // Hand-over between sessions, without the keychain: the session that ran a sign-in gives its account and tokens
    // away (and is signed out without removing anything), and the account's own session adopts them.
    StoredSession handOver();
    void adopt(const StoredSession &stored);
    void setRememberedAccount(const Account &account) { m_remembered = account; }
    // The keychain queue from now on (not owned). A hand-over gives the account the store that saved its tokens, so
    // its later saves queue behind that first one; this session then continues with a new store.
    void setTokenStore(TokenStore *store);

    void setConfig(const AppConfig &config);
    // Display details from Graph's /me (the id_token carries few without the profile scope): name, UPN, mail.
    void updateProfile(const QString &displayName, const QString &userPrincipalName, const QString &mail);
    const AppConfig &config() const { return m_config; }
    State state() const { return m_state; }
    Round currentRound() const { return m_round; }
    const Account &account() const { return m_account; }
    // The account of the last session, known before signing in (for "Continue as ..."): may be invalid.
    const Account &rememberedAccount() const { return m_remembered; }
    ConsentState consentState() const;
    QStringList requestedScopes() const { return m_requestedScopes; }
    QStringList grantedScopes() const { return m_tokens.grantedScopes; }
    QDateTime expiresAt() const { return m_tokens.expiresAt; }
    bool hasRefreshToken() const { return !m_tokens.refreshToken.isEmpty(); }
    bool teamsEnabled() const { return m_teamsEnabled; }
    bool adminApprovalPending() const { return m_adminApprovalPending; }
    // The last first sign-in ended because the organisation lets only administrators approve MentorDesk; kept
    // across restarts (not for the demo tenant), cleared by the next successful sign-in.
    bool signInBlocked() const { return m_signInBlocked; }
    AuthError lastError() const { return m_lastError; }
    SignInFlow *flow() const { return m_flow; }
    TokenStore *tokenStore() const { return m_store; }
    // The IT request packet for this session's organisation (the account's tenant when known), with a fresh state.
    AdminConsentRequest adminConsentRequest() const;

    QString accessToken() const override;
    void requestReauthentication() override;
    bool renewalProblemIsPassing() const override;

    // How a renewal with the refresh token tries again after a passing failure, and how long an attempt may wait
    // for an answer (TokenRefreshJob; defaults: GraphRetryPolicy's, 30 s).
    void setRefreshRetryPolicy(const GraphRetryPolicy &policy);
    void setRefreshTransferTimeout(std::chrono::milliseconds timeout);

Q_SIGNALS:
    void stateChanged(MentorDesk::Session::State state);
    void signInFinished(MentorDesk::Session::Round round, const MentorDesk::SignInResult &result);
    void accountChanged(const MentorDesk::Account &account);
    void consentChanged();
    void signedOut(const MentorDesk::Account &account); // delete every cache of that account
    void keychainUnavailable(const QString &message);
    void reauthenticationRequired(); // show "sign in again" without losing the user's work
    void consentChecked(const MentorDesk::ConsentCheckResult &result);

private:
    void startRound(Round round);
    StoredSession stored() const;
    void clear();
    void onFlowFinished(const SignInResult &result);
    void adoptTokens(const TokenSet &tokens);
    void persist();
    void scheduleRenewal();
    void onRenewalDue();
    void refresh();
    // A renewal ended without tokens: a dead grant asks for a sign-in, a passing problem keeps everything.
    void renewalFailed(const AuthError &error);
    static bool isPassingProblem(AuthError::Kind kind);
    void setState(State state);
    void loadAccountSettings();
    void saveAccountSettings();
    void endReauthentication(bool success);
    QStringList scopesToCheck() const;
    void finishConsentCheck(const ConsentCheckResult &result);
    void setSignInBlocked(bool blocked);

    AppConfig m_config;
    QNetworkAccessManager *m_nam;
    TokenStore *m_store;
    Clock *m_clock;
    SignInFlow *m_flow;
    OidcDiscovery *m_discovery;
    TokenRefreshJob *m_refreshJob;
    OidcDiscovery *m_checkDiscovery; // "Check again" with a refresh token: its own pair, beside renewal
    TokenRefreshJob *m_checkJob;
    QTimer m_renewalTimer;

    State m_state = State::SignedOut;
    Round m_round = Round::SignIn;
    Account m_account;
    Account m_remembered;
    TokenSet m_tokens;
    QStringList m_requestedScopes;
    QUrl m_authority; // the authority the tokens came from
    bool m_teamsEnabled = false;
    bool m_adminApprovalPending = false;
    bool m_reauthenticating = false;
    bool m_checking = false;
    bool m_signInBlocked = false;
    bool m_renewalFailedForNow = false; // the last renewal failed for a passing reason (renewalProblemIsPassing)
    AuthError m_lastError;
};

} // namespace MentorDesk
