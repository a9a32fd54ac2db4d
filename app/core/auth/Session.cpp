#include "core/auth/Session.h"

#include "core/auth/SignInFlow.h"
#include "core/auth/TokenRefreshJob.h"
#include "core/auth/TokenStore.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/consent/ScopeCatalog.h"

#include <QSettings>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
constexpr auto kLastAccount = "session/lastAccount"_L1;
// The organisation lets only administrators approve MentorDesk (docs/entra/admin-consent.md#blocked-first-sign-in).
constexpr auto kSignInBlocked = "session/signInNeedsAdministrator"_L1;
constexpr qint64 kTokenMarginSeconds = 30;

QString accountGroup(const Account &account)
{
    return u"accounts/"_s + account.storageId();
}

// The same account signed in again (re-authentication, the Teams round, a sign-in that ends on it): the new id_token
// wins where it says something, and what is known stays where it is silent. Without the profile scope, which
// MentorDesk does not request, Entra's id_token carries no name and no preferred_username
// (https://learn.microsoft.com/entra/identity-platform/id-token-claims-reference), so the names learned from /me
// would otherwise be lost with every round.
Account mergedAccount(const Account &known, const Account &signedIn)
{
    Account merged = signedIn;
    if (merged.displayName.isEmpty())
        merged.displayName = known.displayName;
    if (merged.username.isEmpty())
        merged.username = known.username;
    if (merged.email.isEmpty())
        merged.email = known.email;
    return merged;
}
} // namespace

Session::Session(const AppConfig &config, QNetworkAccessManager *nam, BrowserOpener *browser, TokenStore *store,
                 Clock *clock, QObject *parent)
    : AccessTokenProvider(parent)
    , m_config(config)
    , m_nam(nam)
    , m_store(nullptr)
    , m_clock(clock)
    , m_flow(new SignInFlow(nam, browser, clock, this))
    , m_discovery(new OidcDiscovery(nam, this))
    , m_refreshJob(new TokenRefreshJob(nam, clock, this))
    , m_checkDiscovery(new OidcDiscovery(nam, this))
    , m_checkJob(new TokenRefreshJob(nam, clock, this))
{
    m_signInBlocked = !m_config.sandbox && QSettings().value(kSignInBlocked, false).toBool();
    connect(m_checkDiscovery, &OidcDiscovery::finished, this,
            [this](const OidcConfiguration &oidc, const AuthError &error) {
                if (!m_checking)
                    return;
                if (error.isError()) {
                    finishConsentCheck(ConsentCheckResult::fromError(error, false));
                    return;
                }
                m_checkJob->start(oidc.tokenEndpoint, m_config.clientId, m_tokens.refreshToken, scopesToCheck());
            });
    connect(m_checkJob, &TokenRefreshJob::finished, this, [this](const TokenSet &tokens, const AuthError &error) {
        if (!m_checking)
            return;
        if (error.isError()) {
            // A refused scope does not end the refresh token (Entra keeps it valid): the session goes on as it was.
            finishConsentCheck(ConsentCheckResult::fromError(error, false));
            return;
        }
        TokenSet renewed = tokens;
        if (renewed.refreshToken.isEmpty())
            renewed.refreshToken = m_tokens.refreshToken;
        adoptTokens(renewed);
        m_requestedScopes = scopesToCheck();
        m_adminApprovalPending = false;
        m_lastError = {};
        saveAccountSettings();
        persist();
        finishConsentCheck(ConsentCheckResult::fromError({}, false));
    });
    connect(m_flow, &SignInFlow::finished, this, &Session::onFlowFinished);
    setTokenStore(store);
    m_renewalTimer.setSingleShot(true);
    connect(&m_renewalTimer, &QTimer::timeout, this, &Session::onRenewalDue);

    connect(m_discovery, &OidcDiscovery::finished, this, [this](const OidcConfiguration &oidc, const AuthError &error) {
        if (m_state != State::Refreshing)
            return;
        if (error.isError()) {
            renewalFailed(error);
            return;
        }
        m_refreshJob->start(oidc.tokenEndpoint, m_config.clientId, m_tokens.refreshToken, m_requestedScopes);
    });
    connect(m_refreshJob, &TokenRefreshJob::finished, this, [this](const TokenSet &tokens, const AuthError &error) {
        if (m_state != State::Refreshing)
            return;
        if (!error.isError()) {
            TokenSet renewed = tokens;
            if (renewed.refreshToken.isEmpty())
                renewed.refreshToken = m_tokens.refreshToken;
            m_renewalFailedForNow = false;
            adoptTokens(renewed);
            setState(State::SignedIn);
            persist();
            endReauthentication(true);
            return;
        }
        renewalFailed(error);
    });
}

Session::~Session() = default;

void Session::setTokenStore(TokenStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    connect(m_store, &TokenStore::unavailable, this, &Session::keychainUnavailable);
}

void Session::setConfig(const AppConfig &config)
{
    const bool sameOrganisation = config.authority() == m_config.authority() && config.clientId == m_config.clientId;
    m_config = config;
    if (!m_config.sandbox)
        m_signInBlocked = QSettings().value(kSignInBlocked, false).toBool();
    else if (!sameOrganisation)
        m_signInBlocked = false; // the demo tenant keeps it for this run only
    Q_EMIT consentChanged();
}

void Session::updateProfile(const QString &displayName, const QString &userPrincipalName, const QString &mail)
{
    if (!m_account.isValid())
        return;
    Account updated = m_account;
    if (!displayName.isEmpty())
        updated.displayName = displayName;
    if (!userPrincipalName.isEmpty())
        updated.username = userPrincipalName;
    if (!mail.isEmpty())
        updated.email = mail;
    if (updated == m_account)
        return;
    m_account = updated;
    m_remembered = updated;
    persist();
    Q_EMIT accountChanged(m_account);
}

ConsentState Session::consentState() const
{
    ConsentState state;
    state.signedIn = m_account.isValid()
        && (m_state == State::SignedIn || m_state == State::Refreshing || m_state == State::Expired
            || m_state == State::SigningIn);
    state.accountKind = m_account.kind;
    state.cloud = m_config.cloud;
    state.grantedScopes = m_tokens.grantedScopes;
    state.staySignedIn = m_config.staySignedIn;
    state.teamsEnabled = m_teamsEnabled;
    state.adminApprovalPending = m_adminApprovalPending;
    return state;
}

QString Session::accessToken() const
{
    return m_tokens.isValidAt(m_clock->nowUtc(), kTokenMarginSeconds) ? m_tokens.accessToken : QString();
}

AdminConsentRequest Session::adminConsentRequest() const
{
    const Account &account = m_account.isValid() ? m_account : m_remembered;
    QString requester;
    if (account.isValid()) {
        const QString address = account.email.isEmpty() ? account.username : account.email;
        requester = account.displayName.isEmpty() || account.displayName == address
            ? address
            : u"%1 (%2)"_s.arg(account.displayName, address);
    }
    return AdminConsentRequest(m_config, account.tenantId, requester);
}

void Session::restore(const QString &accountKey)
{
    const QString key = accountKey.isEmpty() ? QSettings().value(kLastAccount).toString() : accountKey;
    if (m_config.sandbox || key.isEmpty()) {
        setState(State::SignedOut);
        return;
    }
    setState(State::Restoring);
    m_store->load(key, [this](const std::optional<StoredSession> &stored, const AuthError &error) {
        if (m_state != State::Restoring)
            return;
        if (!stored) {
            if (error.isError())
                m_lastError = error;
            setState(State::SignedOut);
            return;
        }
        m_remembered = stored->account;
        if (stored->authority != m_config.authority() || stored->graphBase != m_config.graphBaseUrl()
            || stored->clientId != m_config.clientId) {
            // Signed in against another authority, Graph or app registration (or stored before those were kept):
            // the tokens are not sent anywhere; the user signs in again.
            qCInfo(lcAuth) << "stored session belongs to another authority, Graph address or client; not restoring it";
            setState(State::SignedOut);
            return;
        }
        qCInfo(lcAuth) << "restoring the session from the keychain";
        adopt(*stored);
    });
}

void Session::adopt(const StoredSession &stored)
{
    m_account = stored.account;
    m_remembered = stored.account;
    m_authority = stored.authority;
    m_requestedScopes = stored.requestedScopes;
    loadAccountSettings();
    adoptTokens(stored.tokens);
    Q_EMIT accountChanged(m_account);
    if (m_tokens.isValidAt(m_clock->nowUtc(), kTokenMarginSeconds))
        setState(State::SignedIn);
    else if (!m_tokens.refreshToken.isEmpty())
        refresh();
    else
        setState(State::Expired);
    Q_EMIT consentChanged();
}

StoredSession Session::handOver()
{
    StoredSession handed = stored();
    handed.tokens = m_tokens; // the whole set: the refresh token stays in memory even when it is not stored
    clear();
    Q_EMIT consentChanged();
    return handed;
}

void Session::clear()
{
    m_flow->cancel();
    m_renewalTimer.stop();
    m_refreshJob->abort();
    m_discovery->abort();
    m_checkJob->abort();
    m_checkDiscovery->abort();
    m_checking = false;
    m_renewalFailedForNow = false;
    m_account = {};
    m_tokens = {};
    m_requestedScopes.clear();
    m_teamsEnabled = false;
    m_adminApprovalPending = false;
    setState(State::SignedOut);
    endReauthentication(false);
}

void Session::signIn()
{
    startRound(m_state == State::Expired ? Round::Reauthenticate : Round::SignIn);
}

void Session::enableTeams()
{
    startRound(Round::EnableTeams);
}

void Session::disableTeams()
{
    // The grant stays with Microsoft until revoked (My Apps); MentorDesk just stops using it.
    m_teamsEnabled = false;
    saveAccountSettings();
    Q_EMIT consentChanged();
}

void Session::addAccount()
{
    startRound(Round::AddAccount);
}

void Session::cancelSignIn()
{
    m_flow->cancel();
}

QStringList Session::scopesToCheck() const
{
    const ScopeCatalog &catalog = ScopeCatalog::instance();
    return m_teamsEnabled ? catalog.teamsScopes(m_config.staySignedIn) : catalog.signInScopes(m_config.staySignedIn);
}

void Session::checkConsent()
{
    if (m_checking || m_state == State::SigningIn || m_state == State::Refreshing || m_state == State::Restoring)
        return;
    m_checking = true;
    if (m_account.isValid() && !m_tokens.refreshToken.isEmpty()) {
        // One token request for the scopes that waited: Entra grants them at once if an administrator approved.
        m_checkDiscovery->start(m_authority.isEmpty() ? m_config.authority() : m_authority);
        return;
    }
    startRound(Round::CheckConsent);
}

void Session::cancelConsentCheck()
{
    if (!m_checking)
        return;
    if (m_flow->isRunning() && m_round == Round::CheckConsent) {
        m_flow->cancel(); // the round ends through onFlowFinished
        return;
    }
    m_checkDiscovery->abort();
    m_checkJob->abort();
    finishConsentCheck(ConsentCheckResult::fromError(AuthError::make(AuthError::Kind::Cancelled), false));
}

void Session::finishConsentCheck(const ConsentCheckResult &result)
{
    m_checking = false;
    if (result.outcome == ConsentCheckResult::Outcome::NotYet)
        m_lastError = result.error;
    Q_EMIT consentChecked(result);
    Q_EMIT consentChanged();
}

void Session::setSignInBlocked(bool blocked)
{
    if (m_signInBlocked == blocked)
        return;
    m_signInBlocked = blocked;
    if (!m_config.sandbox) {
        QSettings settings;
        if (blocked)
            settings.setValue(kSignInBlocked, true);
        else
            settings.remove(kSignInBlocked);
    }
    Q_EMIT consentChanged();
}

void Session::startRound(Round round)
{
    if (m_flow->isRunning())
        m_flow->cancel();
    const ScopeCatalog &catalog = ScopeCatalog::instance();
    SignInRequest request;
    request.authority = m_config.authority();
    request.clientId = m_config.clientId;
    request.timeoutSeconds = m_config.signInTimeoutSeconds;
    const bool withTeams = round == Round::EnableTeams || (round != Round::AddAccount && m_teamsEnabled);
    // OpenID Connect's silent request: Entra answers at once, with a code or with login_required,
    // interaction_required or consent_required, and never shows a page.
    request.scopes
        = withTeams ? catalog.teamsScopes(m_config.staySignedIn) : catalog.signInScopes(m_config.staySignedIn);
    const Account &hint = m_account.isValid() ? m_account : m_remembered;
    if (round == Round::AddAccount)
        request.prompt = u"select_account"_s;
    else if (round == Round::CheckConsent)
        request.prompt = u"none"_s;
    if (round != Round::AddAccount && hint.isValid()) {
        // preferred_username comes only with the profile scope, which MentorDesk does not request; the email
        // claim (or the UPN learned from /me) identifies the account just as well for a hint.
        request.loginHint = hint.username.isEmpty() ? hint.email : hint.username;
        if (hint.kind == AccountKind::WorkOrSchool)
            request.domainHint = u"organizations"_s;
    }
    m_round = round;
    m_lastError = {};
    setState(State::SigningIn);
    m_flow->start(request);
}

void Session::onFlowFinished(const SignInResult &result)
{
    const Round round = m_round;
    if (!result.succeeded() && round == Round::CheckConsent) {
        setState(m_account.isValid() ? (m_tokens.isValidAt(m_clock->nowUtc(), 0) ? State::SignedIn : State::Expired)
                                     : State::SignedOut);
        finishConsentCheck(ConsentCheckResult::fromError(result.error, true));
        return;
    }
    if (!result.succeeded()) {
        m_lastError = result.error;
        if (!m_account.isValid() && (round == Round::SignIn || round == Round::AddAccount)
            && result.error.kind == AuthError::Kind::AdminApprovalRequired)
            setSignInBlocked(true); // remembered, so a returning user is not sent through the browser for nothing
        if (round == Round::EnableTeams) {
            if (result.error.kind == AuthError::Kind::AdminApprovalRequired) {
                m_teamsEnabled = true;
                m_adminApprovalPending = true;
            } else if (result.error.kind == AuthError::Kind::Declined
                       || result.error.kind == AuthError::Kind::ConsentRequired) {
                m_teamsEnabled = true; // wanted, not granted: the Permissions page offers "Retry consent"
            }
            saveAccountSettings();
        }
        // Back to where the round started: a re-authentication began from Expired, also when the token has time left
        // by this computer's clock (Graph refused it: a 401 after a revocation, a reset password, a skewed clock).
        if (m_account.isValid())
            setState(round != Round::Reauthenticate && m_tokens.isValidAt(m_clock->nowUtc(), 0) ? State::SignedIn
                                                                                                : State::Expired);
        else
            setState(State::SignedOut);
        Q_EMIT signInFinished(round, result);
        Q_EMIT consentChanged();
        if (m_reauthenticating && m_state != State::SignedIn)
            endReauthentication(false);
        return;
    }

    const Account previous = m_account;
    const bool accountChanged = !m_account.isValid() || m_account.key() != result.account.key();
    const Account known = m_account.isValid() ? m_account : m_remembered;
    m_account = known.key() == result.account.key() ? mergedAccount(known, result.account) : result.account;
    m_remembered = m_account;
    m_authority = m_config.authority();
    m_requestedScopes = result.requestedScopes;
    if (accountChanged)
        loadAccountSettings();
    if (round == Round::EnableTeams || (round == Round::CheckConsent && m_teamsEnabled)) {
        m_teamsEnabled = true;
        m_adminApprovalPending = false;
    } else if (round == Round::AddAccount) {
        m_teamsEnabled = m_teamsEnabled
            && result.requestedScopes.contains(ScopeCatalog::instance().groupScopes(ScopeGroup::Teams).value(0));
    }
    m_renewalFailedForNow = false;
    adoptTokens(result.tokens);
    saveAccountSettings();
    if (!m_config.sandbox) // the demo tenant restarts empty with every run: nothing to restore
        QSettings().setValue(kLastAccount, m_account.key());
    setState(State::SignedIn);
    persist();
    if (accountChanged || m_account != previous)
        Q_EMIT this->accountChanged(m_account);
    setSignInBlocked(false);
    Q_EMIT signInFinished(round, result);
    Q_EMIT consentChanged();
    endReauthentication(true);
    if (round == Round::CheckConsent)
        finishConsentCheck(ConsentCheckResult::fromError({}, true));
}

void Session::adoptTokens(const TokenSet &tokens)
{
    m_tokens = tokens;
    scheduleRenewal();
}

StoredSession Session::stored() const
{
    StoredSession stored;
    stored.account = m_account;
    stored.tokens = m_tokens;
    if (!m_config.staySignedIn)
        stored.tokens.refreshToken.clear();
    stored.requestedScopes = m_requestedScopes;
    stored.authority = m_authority;
    stored.graphBase = m_config.graphBaseUrl();
    stored.clientId = m_config.clientId;
    return stored;
}

void Session::persist()
{
    m_store->save(stored(), [this](const AuthError &error) {
        if (error.isError()) {
            m_lastError = error;
            qCWarning(lcAuth) << "could not store the session:" << error.description;
        }
    });
}

void Session::scheduleRenewal()
{
    m_renewalTimer.stop();
    if (!m_tokens.expiresAt.isValid())
        return;
    const qint64 remainingMs = m_clock->nowUtc().msecsTo(m_tokens.expiresAt);
    // With a refresh token, renew a little before expiry (a tenth of the lifetime, at most 5 minutes); without one,
    // wake up at expiry to ask for a new sign-in.
    const qint64 leadMs = m_tokens.refreshToken.isEmpty() ? 0 : std::min<qint64>(remainingMs / 10, 300000);
    m_renewalTimer.start(std::chrono::milliseconds(std::clamp<qint64>(remainingMs - leadMs, 1000, 24 * 3600 * 1000)));
}

void Session::onRenewalDue()
{
    if (m_state != State::SignedIn)
        return;
    if (!m_tokens.refreshToken.isEmpty()) {
        refresh();
        return;
    }
    if (m_tokens.isValidAt(m_clock->nowUtc(), 0)) {
        scheduleRenewal(); // woke early (timer granularity, clock change)
        return;
    }
    qCInfo(lcAuth) << "access token expired; interactive sign-in needed";
    setState(State::Expired);
    Q_EMIT reauthenticationRequired();
}

void Session::requestReauthentication()
{
    if (m_reauthenticating)
        return;
    m_reauthenticating = true;
    if (m_state == State::SigningIn || m_state == State::Refreshing)
        return; // the running round will end it
    if (!m_tokens.refreshToken.isEmpty()) {
        refresh();
        return;
    }
    setState(State::Expired);
    Q_EMIT reauthenticationRequired();
}

void Session::declineReauthentication()
{
    endReauthentication(false);
}

void Session::endReauthentication(bool success)
{
    if (!m_reauthenticating)
        return;
    m_reauthenticating = false;
    Q_EMIT reauthenticationFinished(success);
}

bool Session::isPassingProblem(AuthError::Kind kind)
{
    return kind == AuthError::Kind::Network || kind == AuthError::Kind::ServerError
        || kind == AuthError::Kind::Discovery;
}

void Session::renewalFailed(const AuthError &error)
{
    m_lastError = error;
    // Codes and the description only (AuthError never holds a token).
    qCInfo(lcAuth) << "renewing the access token failed:" << error.technicalDetails() << error.description;
    if (error.kind == AuthError::Kind::InvalidGrant || error.kind == AuthError::Kind::InteractionRequired
        || error.kind == AuthError::Kind::ConsentRequired) {
        // The refresh token is dead (revoked, expired, policy): interactive sign-in with login_hint.
        m_renewalFailedForNow = false;
        m_renewalTimer.stop();
        m_tokens.refreshToken.clear();
        m_tokens.accessToken.clear();
        persist();
        setState(State::Expired);
        Q_EMIT reauthenticationRequired();
        return;
    }
    if (isPassingProblem(error.kind)) {
        // The network or the sign-in service let it down (the job already tried again): nothing is lost and
        // signing in again would not help. The session stays signed in with its refresh token; while the access
        // token lasts, the timer tries again before it runs out, and after that the next request that needs a
        // token does (Graph then tells the user that Microsoft 365 could not be reached).
        m_renewalFailedForNow = true;
        setState(State::SignedIn);
        if (m_tokens.isValidAt(m_clock->nowUtc(), kTokenMarginSeconds))
            scheduleRenewal();
        endReauthentication(false);
        return;
    }
    m_renewalFailedForNow = false;
    setState(m_tokens.isValidAt(m_clock->nowUtc(), 0) ? State::SignedIn : State::Expired);
    endReauthentication(false);
    if (m_state == State::Expired)
        Q_EMIT reauthenticationRequired();
}

bool Session::renewalProblemIsPassing() const
{
    return m_renewalFailedForNow && m_account.isValid() && !m_tokens.refreshToken.isEmpty();
}

void Session::setRefreshRetryPolicy(const GraphRetryPolicy &policy)
{
    m_refreshJob->setRetryPolicy(policy);
    m_checkJob->setRetryPolicy(policy);
}

void Session::setRefreshTransferTimeout(std::chrono::milliseconds timeout)
{
    m_refreshJob->setTransferTimeout(timeout);
    m_checkJob->setTransferTimeout(timeout);
}

void Session::refresh()
{
    setState(State::Refreshing);
    m_discovery->start(m_authority.isEmpty() ? m_config.authority() : m_authority);
}

void Session::signOut()
{
    const Account account = m_account.isValid() ? m_account : m_remembered;
    m_remembered = {};
    clear();
    if (!account.isValid())
        return;
    QSettings settings;
    settings.remove(accountGroup(account));
    if (settings.value(kLastAccount).toString() == account.key())
        settings.remove(kLastAccount);
    m_store->remove(account.key(), [this, account](const AuthError &error) {
        if (error.isError())
            qCWarning(lcAuth) << "could not remove every keychain entry:" << error.description;
        Q_EMIT signedOut(account);
    });
    Q_EMIT consentChanged();
}

void Session::loadAccountSettings()
{
    QSettings settings;
    settings.beginGroup(accountGroup(m_account));
    m_teamsEnabled = settings.value(u"teamsEnabled"_s, false).toBool();
    m_adminApprovalPending = settings.value(u"adminApprovalPending"_s, false).toBool();
}

void Session::saveAccountSettings()
{
    if (!m_account.isValid())
        return;
    QSettings settings;
    settings.beginGroup(accountGroup(m_account));
    settings.setValue(u"teamsEnabled"_s, m_teamsEnabled);
    settings.setValue(u"adminApprovalPending"_s, m_adminApprovalPending);
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace MentorDesk
