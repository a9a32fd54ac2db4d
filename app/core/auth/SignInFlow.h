#pragma once

#include "core/auth/AuthError.h"
#include "core/auth/OidcDiscovery.h"
#include "core/auth/Pkce.h"
#include "core/auth/SignInResult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

namespace MentorDesk {

class BrowserOpener;
class Clock;
class LoopbackReplyHandler;

struct SignInRequest
{
    QUrl authority; // e.g. https://login.microsoftonline.com/organizations (validated: https or loopback)
    QString clientId; // public client: never a secret
    QStringList scopes; // from the ScopeCatalog
    QString prompt; // e.g. select_account to switch accounts
    QString loginHint; // preferred_username of the account being re-authenticated
    QString domainHint;
    int timeoutSeconds = 300;
};

// One interactive sign-in round: OpenID discovery, system browser, loopback redirect, code exchange.
//
//   start() ─▶ Discovering ─▶ WaitingForBrowser ─(redirect)─▶ ExchangingCode ─▶ finished(result)
//      every stage can end in finished() with an error: cancel(), timeout, a redirect error, too many stray requests,
//      a token endpoint error (with Entra's AADSTS code), a network error, an id_token that fails its checks.
//
// Each attempt gets a fresh 128-bit state, nonce and PKCE verifier, and its own listener on 127.0.0.1 that is
// opened at start and closed as soon as the redirect has been answered (or the round ends). Only the redirect that
// carries the round's state reaches the flow; the listener ignores everything else.
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    enum class Stage {
        Idle,
        Discovering,
        WaitingForBrowser,
        ExchangingCode,
    };
    Q_ENUM(Stage)

    // nam may be null: the flow then uses its own manager with a 30 s transfer timeout.
    SignInFlow(QNetworkAccessManager *nam, BrowserOpener *browser, Clock *clock, QObject *parent = nullptr);
    ~SignInFlow() override;

    void start(const SignInRequest &request);
    void cancel();

    Stage stage() const { return m_stage; }
    bool isRunning() const { return m_stage != Stage::Idle; }
    QUrl authorizationUrl() const { return m_authorizationUrl; } // for "copy this address" when no browser opens
    quint16 listeningPort() const; // 0 when no listener is open

Q_SIGNALS:
    void stageChanged(MentorDesk::SignInFlow::Stage stage);
    void browserOpenFailed(const QUrl &url);
    void finished(const MentorDesk::SignInResult &result);

private:
    void onDiscovered(const OidcConfiguration &configuration, const AuthError &error);
    void onCallback(const QVariantMap &values);
    void onTokens(const QVariantMap &tokens);
    void finish(const AuthError &error, const SignInResult &success = {});
    void setStage(Stage stage);
    void closeListener();

    QNetworkAccessManager *m_nam;
    BrowserOpener *m_browser;
    Clock *m_clock;
    OidcDiscovery *m_discovery;
    QTimer m_timeout;
    Stage m_stage = Stage::Idle;
    SignInRequest m_request;
    OidcConfiguration m_configuration;
    QPointer<LoopbackReplyHandler> m_handler;
    QPointer<QOAuth2AuthorizationCodeFlow> m_oauth;
    QUrl m_authorizationUrl;
    QString m_state;
    QString m_nonce;
    Pkce m_pkce;
};

} // namespace MentorDesk
