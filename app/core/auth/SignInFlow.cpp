#include "core/auth/SignInFlow.h"

#include "core/auth/BrowserOpener.h"
#include "core/auth/IdToken.h"
#include "core/auth/LoopbackReplyHandler.h"
#include "core/auth/OAuthCompat.h"
#include "core/auth/SecureRandom.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/config/AppConfig.h"
#include "core/consent/ScopeCatalog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QOAuth2AuthorizationCodeFlow>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
constexpr int kTokenExchangeTimeoutMs = 30000;
constexpr int kStateBytes = 16; // 128 bits (RFC 6749 section 10.10)
} // namespace

SignInFlow::SignInFlow(QNetworkAccessManager *nam, BrowserOpener *browser, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_browser(browser)
    , m_clock(clock)
{
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_nam->setTransferTimeout(kTokenExchangeTimeoutMs);
    }
    m_discovery = new OidcDiscovery(m_nam, this);
    connect(m_discovery, &OidcDiscovery::finished, this, &SignInFlow::onDiscovered);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(AuthError::make(m_stage == Stage::ExchangingCode ? AuthError::Kind::Network : AuthError::Kind::TimedOut,
                               m_stage == Stage::ExchangingCode ? tr("the token endpoint did not answer") : QString()));
    });
}

SignInFlow::~SignInFlow()
{
    closeListener();
}

quint16 SignInFlow::listeningPort() const
{
    return m_handler && m_handler->isListening() ? m_handler->listeningPort() : 0;
}

void SignInFlow::start(const SignInRequest &request)
{
    if (isRunning())
        finish(AuthError::make(AuthError::Kind::Cancelled));
    m_request = request;
    m_authorizationUrl.clear();

    // Configuration problems end the round too, but never inside start(): callers get the same asynchronous
    // finished() as for every other outcome.
    QString problem = AppConfig::validateAuthority(request.authority);
    if (problem.isEmpty() && request.clientId.trimmed().isEmpty())
        problem = tr("no application (client) ID is configured; set it in the sign-in settings");
    if (!problem.isEmpty()) {
        setStage(Stage::Discovering);
        QMetaObject::invokeMethod(
            this, [this, problem] { finish(AuthError::make(AuthError::Kind::Configuration, problem)); },
            Qt::QueuedConnection);
        return;
    }
    setStage(Stage::Discovering);
    m_timeout.start(std::max(1, request.timeoutSeconds) * 1000);
    m_discovery->start(request.authority);
}

void SignInFlow::cancel()
{
    if (isRunning())
        finish(AuthError::make(AuthError::Kind::Cancelled));
}

void SignInFlow::onDiscovered(const OidcConfiguration &configuration, const AuthError &error)
{
    if (m_stage != Stage::Discovering)
        return;
    if (error.isError()) {
        finish(error);
        return;
    }
    m_configuration = configuration;

    m_handler = new LoopbackReplyHandler(this);
    if (!m_handler->isListening()) {
        finish(AuthError::make(AuthError::Kind::Network,
                               tr("MentorDesk could not open a local port for the browser's "
                                  "answer")));
        return;
    }
    // Fresh secrets for this attempt only.
    m_state = SecureRandom::urlSafeToken(kStateBytes);
    m_nonce = SecureRandom::urlSafeToken(kStateBytes);
    m_pkce = Pkce::generate();
    m_handler->setExpectedState(m_state); // the only answer it passes on; others are ignored and counted

    m_oauth = new QOAuth2AuthorizationCodeFlow(this);
    m_oauth->setNetworkAccessManager(m_nam);
    m_oauth->setAuthorizationUrl(configuration.authorizationEndpoint);
    m_oauth->setClientIdentifier(m_request.clientId);
    m_oauth->setState(m_state);
    OAuthCompat::configureFlow(*m_oauth, configuration.tokenEndpoint, m_request.scopes);
    m_oauth->setModifyParametersFunction([this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        // replace(), never insert(): QMultiMap::insert adds a second copy of a key, which Entra rejects.
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->replace(u"nonce"_s, m_nonce);
            if (!OAuthCompat::qtAddsPkce()) {
                parameters->replace(u"code_challenge"_s, m_pkce.challenge);
                parameters->replace(u"code_challenge_method"_s, u"S256"_s);
            }
            if (!m_request.prompt.isEmpty())
                parameters->replace(u"prompt"_s, m_request.prompt);
            if (!m_request.loginHint.isEmpty())
                parameters->replace(u"login_hint"_s, m_request.loginHint);
            if (!m_request.domainHint.isEmpty())
                parameters->replace(u"domain_hint"_s, m_request.domainHint);
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            if (!OAuthCompat::qtAddsPkce())
                parameters->replace(u"code_verifier"_s, m_pkce.verifier);
            parameters->remove(u"client_secret"_s); // a public client never presents one (AADSTS700025)
        }
    });

    // Connected before setReplyHandler(), so MentorDesk sees the redirect before Qt's flow does and can answer
    // the browser and classify the outcome itself (Qt's own error reporting differs between 6.4 and 6.6+).
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &SignInFlow::onCallback);
    connect(m_handler, &QAbstractOAuthReplyHandler::tokensReceived, this, &SignInFlow::onTokens);
    connect(m_handler, &LoopbackReplyHandler::tokenRequestFailed, this, [this](const AuthError &tokenError) {
        if (m_stage == Stage::ExchangingCode)
            finish(tokenError);
    });
    connect(m_handler, &LoopbackReplyHandler::tooManyStrayRequests, this, [this] {
        if (m_stage == Stage::WaitingForBrowser)
            finish(AuthError::make(AuthError::Kind::StrayRequests));
    });
    m_oauth->setReplyHandler(m_handler);
    connect(m_oauth, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        m_authorizationUrl = url;
        qCInfo(lcAuth) << "opening the system browser for sign-in at" << url.host();
        if (!m_browser || !m_browser->openUrl(url))
            Q_EMIT browserOpenFailed(url);
    });

    setStage(Stage::WaitingForBrowser);
    m_oauth->grant();
}

void SignInFlow::onCallback(const QVariantMap &values)
{
    if (m_stage != Stage::WaitingForBrowser)
        return;
    // The listener passes on only the answer that carries this round's state (anything else is ignored there and
    // never ends the round).
    if (values.value(u"state"_s).toString() != m_state)
        return;
    if (values.contains(u"error"_s)) {
        const AuthError error = AuthError::fromRedirect(values.value(u"error"_s).toString(),
                                                        values.value(u"error_description"_s).toString());
        m_handler->setCallbackText(LoopbackReplyHandler::page(tr("Sign-in not completed"), error.userMessage(), false));
        finish(error);
        return;
    }
    if (values.value(u"code"_s).toString().isEmpty()) {
        m_handler->setCallbackText(
            LoopbackReplyHandler::page(tr("Sign-in not completed"), tr("The answer contained no code."), false));
        finish(AuthError::make(AuthError::Kind::ServerError, tr("the redirect carried neither a code nor an error")));
        return;
    }
    m_handler->setCallbackText(
        LoopbackReplyHandler::page(tr("You are signed in"),
                                   tr("You can close this tab and return to MentorDesk. Do not share this "
                                      "page's address with anyone."),
                                   true));
    setStage(Stage::ExchangingCode);
    m_timeout.start(kTokenExchangeTimeoutMs);
    // The browser gets its page once this emission returns; the listener is not needed after that.
    QMetaObject::invokeMethod(this, &SignInFlow::closeListener, Qt::QueuedConnection);
}

void SignInFlow::onTokens(const QVariantMap &tokens)
{
    if (m_stage != Stage::ExchangingCode)
        return;
    const ScopeCatalog &catalog = ScopeCatalog::instance();
    const QDateTime now = m_clock->nowUtc();
    SignInResult result;
    result.requestedScopes = m_request.scopes;
    QString problem;
    if (!TokenSet::fromTokenResponse(QJsonObject::fromVariantMap(tokens), m_request.scopes, catalog, now,
                                     &result.tokens, &problem)) {
        finish(AuthError::make(AuthError::Kind::ServerError, problem));
        return;
    }
    if (result.tokens.idToken.isEmpty()) {
        finish(AuthError::make(AuthError::Kind::InvalidIdToken, tr("no ID token was returned")));
        return;
    }
    const IdToken idToken = IdToken::decode(result.tokens.idToken, &problem);
    if (problem.isEmpty()) {
        problem = idToken.validate({.clientId = m_request.clientId,
                                    .tenant = m_request.authority.path().section(u'/', -1),
                                    .issuer = m_configuration.issuer,
                                    .nonce = m_nonce,
                                    .nowUtc = now});
    }
    if (!problem.isEmpty()) {
        finish(AuthError::make(AuthError::Kind::InvalidIdToken, problem));
        return;
    }
    result.tokens.idToken.clear(); // decoded; not kept
    result.account.objectId = idToken.objectId();
    result.account.tenantId = idToken.tenantId();
    result.account.displayName = idToken.name();
    result.account.username = idToken.preferredUsername();
    result.account.email = idToken.email();
    result.account.kind
        = QUuid::fromString(idToken.tenantId()) == QUuid::fromString(QLatin1StringView(Account::kConsumerTenantId))
        ? AccountKind::Personal
        : AccountKind::WorkOrSchool;
    finish(AuthError(), result);
}

void SignInFlow::finish(const AuthError &error, const SignInResult &success)
{
    if (m_stage == Stage::Idle)
        return;
    m_timeout.stop();
    m_discovery->abort();
    SignInResult result = success;
    result.error = error;
    result.requestedScopes = m_request.scopes;
    if (m_oauth) {
        m_oauth->disconnect(this);
        m_oauth->deleteLater(); // may be inside one of its emissions
        m_oauth = nullptr;
    }
    if (m_handler)
        m_handler->disconnect(this);
    // The browser page for this callback is written after the current emission; close the listener afterwards.
    QMetaObject::invokeMethod(this, &SignInFlow::closeListener, Qt::QueuedConnection);
    m_state.clear();
    m_nonce.clear();
    m_pkce = {};
    setStage(Stage::Idle);
    if (error.isError())
        qCInfo(lcAuth) << "sign-in ended:" << int(error.kind) << error.technicalDetails();
    else
        qCInfo(lcAuth) << "sign-in succeeded; granted" << result.tokens.grantedScopes.join(u' ');
    Q_EMIT finished(result);
}

void SignInFlow::closeListener()
{
    if (!m_handler)
        return;
    if (m_handler->isListening()) {
        m_handler->close();
        qCDebug(lcAuth) << "loopback listener closed";
    }
    if (m_stage == Stage::Idle) {
        m_handler->deleteLater();
        m_handler = nullptr;
    }
}

void SignInFlow::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

} // namespace MentorDesk
