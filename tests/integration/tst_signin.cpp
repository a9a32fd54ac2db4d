// Sign-in against the sandbox tenant over real loopback HTTP: the browser is played by TestBrowser, the
// identity provider is the sandbox's Entra imitation, the keychain (where used) is the real Secret Service (those
// tests skip on Windows and macOS, and where no Secret Service answers).
#include "core/auth/KeychainSecretBackend.h"
#include "core/auth/LoopbackReplyHandler.h"
#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/auth/SignInFlow.h"
#include "core/auth/TokenStore.h"
#include "core/common/Clock.h"
#include "core/common/LogRedaction.h"
#include "core/consent/ScopeCatalog.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/http/FormEncoding.h"
#include "support/OtherProvider.h"
#include "support/Platform.h"
#include "support/TestBrowser.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using Test::OtherProvider;
using Test::TestBrowser;
using Kind = AuthError::Kind;

namespace {

QStringList parameterNames(const QJsonArray &pairs)
{
    QStringList names;
    for (const QJsonValue &pair : pairs)
        names << pair.toArray().at(0).toString();
    return names;
}

QString parameter(const QJsonArray &pairs, const QString &name)
{
    for (const QJsonValue &pair : pairs) {
        if (pair.toArray().at(0).toString() == name)
            return pair.toArray().at(1).toString();
    }
    return {};
}

struct Modes
{
    bool autoConsent = false;
    bool personal = false;
    bool adminConsentRequired = false;
    int tokenLifetimeSeconds = 3600;
};

Sandbox::SandboxOptions sandboxOptions(const Modes &modes)
{
    Sandbox::SandboxOptions options;
    options.autoConsent = modes.autoConsent;
    options.personalAccounts = modes.personal;
    options.adminConsentRequired = modes.adminConsentRequired;
    options.tokenLifetimeSeconds = modes.tokenLifetimeSeconds;
    return options;
}

bool canConnect(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    const bool connected = socket.waitForConnected(1500);
    socket.abort();
    return connected;
}

struct RawAnswer
{
    int status = 0;
    QByteArray body;
};

// One HTTP/1.1 request as any local process or web page could send it, with its own Host header. The listener
// runs on this thread, so the answer is awaited in an event loop, never with a blocking wait.
RawAnswer rawRequest(const QHostAddress &address, quint16 port, const QByteArray &method, const QByteArray &target,
                     const QByteArray &host)
{
    QTcpSocket socket;
    QByteArray response;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        QByteArray request = method + ' ' + target + " HTTP/1.1\r\n";
        if (!host.isNull())
            request += "Host: " + host + "\r\n";
        request += "Connection: close\r\n\r\n";
        socket.write(request);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        response += socket.readAll();
        const qsizetype headerEnd = response.indexOf("\r\n\r\n");
        static const QRegularExpression length(u"(?i)content-length:\\s*(\\d+)"_s);
        const auto match = length.match(QString::fromLatin1(response.left(std::max<qsizetype>(headerEnd, 0))));
        if (headerEnd >= 0 && match.hasMatch() && response.size() >= headerEnd + 4 + match.captured(1).toLongLong())
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    socket.connectToHost(address, port);
    timeout.start(5000);
    loop.exec();
    RawAnswer answer;
    answer.status = response.startsWith("HTTP/1.") ? response.mid(9, 3).toInt() : 0;
    answer.body = response.mid(response.indexOf("\r\n\r\n") + 4);
    return answer;
}

// A real network manager that keeps a copy of every token endpoint answer (peek() leaves it for the flow), so a
// test knows the raw id_token, access and refresh tokens MentorDesk received.
class PeekingNetworkAccessManager : public QNetworkAccessManager
{
public:
    QStringList issuedTokens;
    QStringList sentVerifiers; // code_verifier of each code exchange

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        const bool tokenEndpoint = request.url().path().endsWith(u"/token"_s);
        if (tokenEndpoint && outgoingData) {
            const QUrlQuery form(QString::fromLatin1(outgoingData->peek(outgoingData->bytesAvailable())));
            const QString verifier = form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded);
            if (!verifier.isEmpty())
                sentVerifiers << verifier;
        }
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
        if (tokenEndpoint) {
            connect(reply, &QNetworkReply::finished, this, [this, reply] {
                const QJsonObject json = QJsonDocument::fromJson(reply->peek(reply->bytesAvailable())).object();
                for (const char *name : {"id_token", "access_token", "refresh_token"}) {
                    const QString token = json.value(QLatin1StringView(name)).toString();
                    if (!token.isEmpty())
                        issuedTokens << token;
                }
            });
        }
        return reply;
    }
};

struct Harness
{
    explicit Harness(const Modes &modes = {})
        : sandbox(sandboxOptions(modes))
    {
        if (!sandbox.listen(QHostAddress(QHostAddress::LocalHost)))
            qFatal("sandbox did not start: %s", qPrintable(sandbox.errorString()));
    }

    SignInRequest request(bool staySignedIn = false) const
    {
        SignInRequest r;
        r.authority = sandbox.authority();
        r.clientId = sandbox.clientId();
        r.scopes = ScopeCatalog::instance().signInScopes(staySignedIn);
        r.timeoutSeconds = 30;
        return r;
    }

    AppConfig config(bool staySignedIn = false) const
    {
        AppConfig c;
        // Not flagged as the demo tenant: these tests exercise the persistent path against the sandbox.
        c.clientId = sandbox.clientId();
        c.authorityOverride = sandbox.authority();
        c.graphUrlOverride = sandbox.graphBaseUrl();
        c.staySignedIn = staySignedIn;
        return c;
    }

    SignInResult runFlow(SignInFlow &flow, const SignInRequest &request)
    {
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.start(request);
        if (!finished.wait(request.timeoutSeconds * 1000 + 5000))
            qFatal("sign-in flow never finished");
        return finished.first().first().value<SignInResult>();
    }

    QJsonArray authorizeRequests() const { return sandbox.stateSnapshot().value("authorizeRequests"_L1).toArray(); }
    QJsonArray tokenRequests() const { return sandbox.stateSnapshot().value("tokenRequests"_L1).toArray(); }

    Sandbox::SandboxServer sandbox;
    PeekingNetworkAccessManager nam;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    TestBrowser browser;
};

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void authorizeAndTokenParametersAreExactAndUnique_data();
    void authorizeAndTokenParametersAreExactAndUnique();
    void anyTenantFormOfTheAuthority_data();
    void anyTenantFormOfTheAuthority();
    void anotherOpenIdProviderWorksUnchanged_data();
    void anotherOpenIdProviderWorksUnchanged();
    void everyAttemptHasFreshSecrets();
    void browserPageSaysSuccess();
    void userDeclinesConsent();
    void strayRequestsAreIgnoredAndTheRealAnswerStillCompletes_data();
    void strayRequestsAreIgnoredAndTheRealAnswerStillCompletes();
    void tamperedStateIsIgnoredAndNothingExchanged();
    void replayedRedirectIsIgnored();
    void twentyStrayRequestsCloseTheListener();
    void answerOverIpv6LoopbackCompletes();
    void tokenEndpointErrorSurfacesItsAadstsCode();
    void timeoutAndCancelCloseTheListener_data();
    void timeoutAndCancelCloseTheListener();
    void listenerIsLoopbackOnly();
    void browserThatCannotOpenShowsTheUrl();
    void refusesPlainHttpAuthority();
    void personalAccountGetsWhatPersonalAccountsSupport();
    void sessionRefreshSendsNoSecretAndRotates();
    void sessionPersistsInTheRealKeychainAndRestoresWithoutBrowser();
    void storedSessionIsRestoredOnlyWhereItWasIssued_data();
    void storedSessionIsRestoredOnlyWhereItWasIssued();
    void signOutLeavesNothingBehind();
    void expiredTokenWithoutRefreshAsksToSignInAgain();
    void teamsRoundNeedsAdminThenSucceedsAfterAdminConsent();
    void tokensNeverReachLogsSettingsOrDisk();
};

void TestSignIn::init()
{
    QSettings().clear(); // each test starts signed out with empty settings
}

void TestSignIn::authorizeAndTokenParametersAreExactAndUnique_data()
{
    QTest::addColumn<bool>("staySignedIn");
    QTest::newRow("sign-in") << false;
    QTest::newRow("sign-in, stay signed in") << true;
}

void TestSignIn::authorizeAndTokenParametersAreExactAndUnique()
{
    QFETCH(bool, staySignedIn);
    Harness h(Modes{.autoConsent = true});
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    const SignInRequest request = h.request(staySignedIn);
    const SignInResult result = h.runFlow(flow, request);
    QVERIFY2(result.succeeded(), qPrintable(result.error.userMessage() + result.error.technicalDetails()));

    // What the browser was sent to: every parameter exactly once (no duplicate PKCE on Qt 6.8+).
    const QUrlQuery query(h.browser.lastAuthorizeUrl());
    const QStringList expected{u"response_type"_s, u"client_id"_s,      u"redirect_uri"_s,          u"scope"_s,
                               u"state"_s,         u"code_challenge"_s, u"code_challenge_method"_s, u"nonce"_s};
    for (const QString &name : expected)
        QVERIFY2(query.allQueryItemValues(name).size() == 1, qPrintable(name));
    QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
    QCOMPARE(query.queryItemValue(u"client_id"_s), h.sandbox.clientId());
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(query.queryItemValue(u"code_challenge"_s).size(), 43);
    QVERIFY(query.queryItemValue(u"state"_s).size() >= 22); // >= 128 bits
    QVERIFY(!query.hasQueryItem(u"client_secret"_s));
    const QString redirect = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
    QVERIFY2(QRegularExpression(u"^http://localhost:\\d+/callback$"_s).match(redirect).hasMatch(),
             qPrintable(redirect));
    QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded).split(u' '), request.scopes);

    // What the sandbox received, duplicates preserved.
    const QJsonArray authorize = h.authorizeRequests().last().toObject().value("parameters"_L1).toArray();
    QStringList names = parameterNames(authorize);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
    QCOMPARE(parameter(authorize, u"scope"_s).split(u' '), request.scopes);

    const QJsonArray token = h.tokenRequests().last().toObject().value("parameters"_L1).toArray();
    names = parameterNames(token);
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
    QCOMPARE(parameter(token, u"grant_type"_s), u"authorization_code"_s);
    QCOMPARE(parameter(token, u"code"_s), u"(present)"_s);
    QCOMPARE(parameter(token, u"code_verifier"_s), u"(present)"_s); // and verified: the exchange succeeded
    QCOMPARE(parameter(token, u"redirect_uri"_s), redirect);
    QVERIFY(!names.contains(u"client_secret"_s));
    QVERIFY(!names.contains(u"client_assertion"_s));

    QCOMPARE(result.account.tenantId, h.sandbox.tenantId());
    QVERIFY(!result.account.objectId.isEmpty());
    QCOMPARE(result.account.email, h.sandbox.mentorUpn()); // the email scope was granted
    QVERIFY(result.tokens.grantedScopes.contains(u"Calendars.ReadWrite"_s));
    QCOMPARE(!result.tokens.refreshToken.isEmpty(), staySignedIn);
    QCOMPARE(result.tokens.grantedScopes.contains(u"offline_access"_s), staySignedIn);
    QVERIFY(result.tokens.expiresAt > h.clock.nowUtc().addSecs(3000));
}

void TestSignIn::anyTenantFormOfTheAuthority_data()
{
    QTest::addColumn<QString>("tenant"); // "@id" and "@domain" stand for the sandbox tenant's id and domain
    QTest::newRow("organizations") << u"organizations"_s;
    QTest::newRow("common") << u"common"_s;
    QTest::newRow("tenant id") << u"@id"_s;
    QTest::newRow("domain") << u"@domain"_s;
}

void TestSignIn::anyTenantFormOfTheAuthority()
{
    // Endpoints come from each authority's own discovery document; nothing is tied to "organizations".
    QFETCH(QString, tenant);
    Harness h(Modes{.autoConsent = true});
    if (tenant == "@id"_L1)
        tenant = h.sandbox.tenantId();
    else if (tenant == "@domain"_L1)
        tenant = h.sandbox.tenantDomain();
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    SignInRequest request = h.request();
    request.authority = h.sandbox.authority(tenant);
    const SignInResult result = h.runFlow(flow, request);
    QVERIFY2(result.succeeded(), qPrintable(result.error.userMessage() + result.error.technicalDetails()));
    QVERIFY(h.browser.lastAuthorizeUrl().path().startsWith(u'/' + tenant + u"/oauth2/v2.0/authorize"_s));
    QCOMPARE(result.account.tenantId, h.sandbox.tenantId());
}

void TestSignIn::anotherOpenIdProviderWorksUnchanged_data()
{
    QTest::addColumn<bool>("staySignedIn");
    QTest::newRow("sign-in") << false;
    QTest::newRow("stay signed in") << true;
}

void TestSignIn::anotherOpenIdProviderWorksUnchanged()
{
    QFETCH(bool, staySignedIn);
    OtherProvider provider;
    QNetworkAccessManager nam;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    TestBrowser browser;
    SignInFlow flow(&nam, &browser, &clock);
    SignInRequest request;
    request.authority = provider.authority();
    request.clientId = provider.clientId;
    request.scopes = ScopeCatalog::instance().signInScopes(staySignedIn);
    request.timeoutSeconds = 30;
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start(request);
    QVERIFY(finished.wait(35000));
    const SignInResult result = finished.first().first().value<SignInResult>();
    QVERIFY2(result.succeeded(), qPrintable(result.error.userMessage() + result.error.technicalDetails()));

    // Its endpoints came from its discovery document, and it got exactly one of each parameter.
    QCOMPARE(provider.discoveryRequests, 1);
    QCOMPARE(provider.codesIssued, 1);
    QCOMPARE(provider.tokensIssued, 1);
    QVERIFY(browser.lastAuthorizeUrl().path().endsWith(u"/idp/connect/authorize"_s));
    QStringList names;
    for (const auto &[name, value] : provider.lastAuthorize)
        names << name;
    names.sort();
    const QStringList expected{u"client_id"_s, u"code_challenge"_s, u"code_challenge_method"_s,
                               u"nonce"_s,     u"redirect_uri"_s,   u"response_type"_s,
                               u"scope"_s,     u"state"_s};
    for (const QString &name : expected)
        QCOMPARE(names.count(name), 1);
    QVERIFY(!names.contains(u"client_secret"_s));
    const QString scope = Sandbox::FormEncoding::firstValue(provider.lastAuthorize, u"scope");
    QCOMPARE(scope.split(u' ').contains(u"offline_access"_s), staySignedIn);

    // What the app keeps: its tenant, its user, tokens as issued.
    QCOMPARE(result.account.tenantId, provider.tenantId);
    QCOMPARE(result.account.username, u"ola@other-idp.example"_s);
    QCOMPARE(result.account.kind, AccountKind::WorkOrSchool);
    QVERIFY(result.tokens.accessToken.startsWith(u"other-access-"_s));
    QCOMPARE(!result.tokens.refreshToken.isEmpty(), staySignedIn);
}

void TestSignIn::everyAttemptHasFreshSecrets()
{
    Harness h(Modes{.autoConsent = true});
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    QVERIFY(h.runFlow(flow, h.request()).succeeded());
    const QUrlQuery first(h.browser.lastAuthorizeUrl());
    QVERIFY(h.runFlow(flow, h.request()).succeeded());
    const QUrlQuery second(h.browser.lastAuthorizeUrl());
    for (const QString &name : {u"state"_s, u"code_challenge"_s, u"nonce"_s})
        QVERIFY2(first.queryItemValue(name) != second.queryItemValue(name), qPrintable(name));
}

void TestSignIn::browserPageSaysSuccess()
{
    Harness h(Modes{.autoConsent = true});
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    QVERIFY(h.runFlow(flow, h.request()).succeeded());
    QTRY_VERIFY(h.browser.callbackDelivered());
    QCOMPARE(h.browser.lastCallbackStatus(), 200);
    QVERIFY2(h.browser.lastCallbackPage().contains(u"You are signed in"_s), qPrintable(h.browser.lastCallbackPage()));
    QVERIFY(h.browser.lastCallbackPage().contains(u"<title>"_s));
}

void TestSignIn::userDeclinesConsent()
{
    Harness h; // the consent page is shown
    h.browser.setAction(TestBrowser::Action::Decline);
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    const SignInResult result = h.runFlow(flow, h.request());
    QCOMPARE(result.error.kind, Kind::Declined);
    QCOMPARE(result.error.error, u"access_denied"_s);
    QCOMPARE(result.error.aadsts, 65004);
    QVERIFY2(result.error.description.contains(u"User declined to consent"_s), qPrintable(result.error.description));
    QVERIFY(h.browser.lastIdentityPage().contains(u"Calendars.ReadWrite"_s)); // the consent page listed the scopes
    QTRY_VERIFY(h.browser.callbackDelivered());
    QVERIFY2(h.browser.lastCallbackPage().contains(u"Sign-in not completed"_s),
             qPrintable(h.browser.lastCallbackPage()));
    QCOMPARE(h.tokenRequests().size(), 0);
    QTRY_COMPARE(flow.listeningPort(), quint16(0));
}

void TestSignIn::strayRequestsAreIgnoredAndTheRealAnswerStillCompletes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target"); // %1: this round's state
    QTest::addColumn<QByteArray>("host"); // %1: the listener's port; null: no Host header
    QTest::addColumn<int>("status");

    const QByteArray ours = "localhost:%1";
    QTest::newRow("another path") << QByteArray("GET") << u"/favicon.ico"_s << ours << 404;
    QTest::newRow("path prefix") << QByteArray("GET") << u"/callbackx?state=%1&code=x"_s << ours << 404;
    QTest::newRow("no state") << QByteArray("GET") << u"/callback?code=stolen"_s << ours << 400;
    QTest::newRow("another state") << QByteArray("GET") << u"/callback?state=forged&code=stolen"_s << ours << 400;
    QTest::newRow("error without state") << QByteArray("GET") << u"/callback?error=access_denied"_s << ours << 400;
    QTest::newRow("error with another state")
        << QByteArray("GET") << u"/callback?error=access_denied&state=forged"_s << ours << 400;
    QTest::newRow("state twice") << QByteArray("GET") << u"/callback?state=%1&state=%1&error=access_denied"_s << ours
                                 << 400;
    QTest::newRow("POST") << QByteArray("POST") << u"/callback?state=%1&error=access_denied"_s << ours << 404;
    QTest::newRow("foreign host (DNS rebinding)")
        << QByteArray("GET") << u"/callback?state=%1&error=access_denied"_s << QByteArray("evil.example:%1") << 404;
    QTest::newRow("another port in Host")
        << QByteArray("GET") << u"/callback?state=%1&error=access_denied"_s << QByteArray("localhost:1") << 404;
    QTest::newRow("no Host") << QByteArray("GET") << u"/callback?state=%1&error=access_denied"_s << QByteArray() << 404;
}

void TestSignIn::strayRequestsAreIgnoredAndTheRealAnswerStillCompletes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QByteArray, host);
    QFETCH(int, status);

    Harness h(Modes{.autoConsent = true});
    h.browser.setAction(TestBrowser::Action::DoNothing); // the test plays the browser itself
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start(h.request());
    QTRY_COMPARE(flow.stage(), SignInFlow::Stage::WaitingForBrowser);
    QTRY_VERIFY(flow.authorizationUrl().isValid());
    const quint16 port = flow.listeningPort();
    const QString state = QUrlQuery(flow.authorizationUrl()).queryItemValue(u"state"_s);
    QVERIFY(!state.isEmpty());

    const QByteArray hostHeader = host.isNull() ? QByteArray()
        : host.contains("%1")                   ? QString::fromLatin1(host).arg(port).toLatin1()
                                                : host;
    const QString path = target.contains(u"%1"_s) ? target.arg(state) : target;
    const RawAnswer stray = rawRequest(QHostAddress(QHostAddress::LocalHost), port, method, path.toUtf8(), hostHeader);
    QCOMPARE(stray.status, status);
    QVERIFY2(stray.body.contains("ignored"), stray.body.constData());
    QTest::qWait(100);
    QCOMPARE(finished.size(), 0); // the round goes on
    QCOMPARE(flow.stage(), SignInFlow::Stage::WaitingForBrowser);

    // The user's real answer still completes the sign-in, with exactly one code exchange.
    const TestBrowser::Page redirect = h.browser.fetch(flow.authorizationUrl());
    QVERIFY(redirect.location.isValid());
    QUrl callback = redirect.location;
    callback.setHost(u"127.0.0.1"_s);
    const TestBrowser::Page page = h.browser.fetch(callback);
    QCOMPARE(page.status, 200);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(finished.first().first().value<SignInResult>().succeeded(),
             qPrintable(finished.first().first().value<SignInResult>().error.technicalDetails()));
    QCOMPARE(h.tokenRequests().size(), 1);
}

void TestSignIn::tamperedStateIsIgnoredAndNothingExchanged()
{
    Harness h(Modes{.autoConsent = true});
    h.browser.setAction(TestBrowser::Action::TamperState);
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start(h.request());
    QTRY_VERIFY(h.browser.callbackDelivered());
    QCOMPARE(h.browser.lastCallbackStatus(), 400);
    QVERIFY(h.browser.lastCallbackPage().contains(u"does not belong"_s));
    QTest::qWait(300); // nothing late either
    QCOMPARE(finished.size(), 0);
    QCOMPARE(flow.stage(), SignInFlow::Stage::WaitingForBrowser);
    QCOMPARE(h.tokenRequests().size(), 0);
    flow.cancel();
    QCOMPARE(finished.first().first().value<SignInResult>().error.kind, Kind::Cancelled);
}

void TestSignIn::replayedRedirectIsIgnored()
{
    Harness h(Modes{.autoConsent = true});
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    QVERIFY(h.runFlow(flow, h.request()).succeeded());
    const QUrl used = h.browser.lastRedirect();
    // The used redirect again, to the closed listener: nothing answers.
    QTRY_COMPARE(flow.listeningPort(), quint16(0));
    QVERIFY(!canConnect(QHostAddress(QHostAddress::LocalHost), quint16(used.port())));
    // ... and to a new attempt's listener: it carries the old state, so it is ignored without an exchange, and the
    // new round keeps waiting for its own answer.
    h.browser.setAction(TestBrowser::Action::ReplayPrevious);
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start(h.request());
    QTRY_VERIFY(h.browser.callbackDelivered() && h.browser.lastRedirect() != used);
    QTRY_VERIFY(h.browser.lastCallbackPage().contains(u"does not belong"_s));
    QTest::qWait(300);
    QCOMPARE(finished.size(), 0);
    int exchanges = 0;
    for (const QJsonValue &request : h.tokenRequests())
        exchanges += parameter(request.toObject().value("parameters"_L1).toArray(), u"grant_type"_s)
            == "authorization_code"_L1;
    QCOMPARE(exchanges, 1);
    flow.cancel();
}

void TestSignIn::twentyStrayRequestsCloseTheListener()
{
    Harness h;
    h.browser.setAction(TestBrowser::Action::DoNothing);
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start(h.request());
    QTRY_COMPARE(flow.stage(), SignInFlow::Stage::WaitingForBrowser);
    const quint16 port = flow.listeningPort();
    const QByteArray host = "localhost:" + QByteArray::number(port);
    for (int i = 1; i < LoopbackReplyHandler::kMaxStrayRequests; ++i)
        QCOMPARE(rawRequest(QHostAddress(QHostAddress::LocalHost), port, "GET",
                            "/callback?state=guess" + QByteArray::number(i), host)
                     .status,
                 400);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0); // 19 are tolerated
    QCOMPARE(rawRequest(QHostAddress(QHostAddress::LocalHost), port, "GET", "/", host).status, 404);
    QTRY_COMPARE(finished.size(), 1);
    const AuthError error = finished.first().first().value<SignInResult>().error;
    QCOMPARE(error.kind, Kind::StrayRequests);
    QVERIFY2(error.userMessage().contains(u"20 requests"_s), qPrintable(error.userMessage()));
    QTRY_VERIFY(!canConnect(QHostAddress(QHostAddress::LocalHost), port));
    QCOMPARE(h.tokenRequests().size(), 0);
}

void TestSignIn::answerOverIpv6LoopbackCompletes()
{
    Harness h(Modes{.autoConsent = true});
    h.browser.setAction(TestBrowser::Action::DoNothing);
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    QSignalSpy finished(&flow, &SignInFlow::finished);
    flow.start(h.request());
    QTRY_VERIFY(flow.authorizationUrl().isValid());
    if (!QNetworkInterface::allAddresses().contains(QHostAddress(QHostAddress::LocalHostIPv6)))
        QSKIP("this machine has no IPv6 loopback");
    const TestBrowser::Page redirect = h.browser.fetch(flow.authorizationUrl());
    QUrl callback = redirect.location;
    QCOMPARE(callback.host(), u"localhost"_s);
    callback.setHost(u"::1"_s); // a browser that tries ::1 first for "localhost"
    QCOMPARE(h.browser.fetch(callback).status, 200);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<SignInResult>().succeeded());
}

void TestSignIn::tokenEndpointErrorSurfacesItsAadstsCode()
{
    Harness h(Modes{.autoConsent = true});
    // The code waited longer than its 10 minutes between the redirect and its redemption.
    h.browser.setBeforeRedirect([&h](const QUrl &) { h.sandbox.advanceClock(11 * 60); });
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    const SignInResult result = h.runFlow(flow, h.request());
    QCOMPARE(result.error.kind, Kind::InvalidGrant);
    QCOMPARE(result.error.aadsts, 70008);
    QCOMPARE(result.error.httpStatus, 400);
    QVERIFY(!result.error.correlationId.isEmpty());
    QVERIFY(result.error.technicalDetails().contains(u"AADSTS70008"_s));
    QVERIFY(!result.error.userMessage().isEmpty());
}

void TestSignIn::timeoutAndCancelCloseTheListener_data()
{
    QTest::addColumn<bool>("cancel");
    QTest::newRow("timeout") << false;
    QTest::newRow("cancel") << true;
}

void TestSignIn::timeoutAndCancelCloseTheListener()
{
    QFETCH(bool, cancel);
    Harness h;
    h.browser.setAction(TestBrowser::Action::DoNothing);
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    QSignalSpy finished(&flow, &SignInFlow::finished);
    SignInRequest request = h.request();
    request.timeoutSeconds = cancel ? 60 : 2;
    flow.start(request);
    QTRY_COMPARE(flow.stage(), SignInFlow::Stage::WaitingForBrowser);
    const quint16 port = flow.listeningPort();
    QVERIFY(port != 0);
    QVERIFY(canConnect(QHostAddress(QHostAddress::LocalHost), port));
    if (cancel)
        flow.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.first().first().value<SignInResult>().error.kind, cancel ? Kind::Cancelled : Kind::TimedOut);
    QTRY_VERIFY(!canConnect(QHostAddress(QHostAddress::LocalHost), port));
    QCOMPARE(flow.listeningPort(), quint16(0));
}

void TestSignIn::listenerIsLoopbackOnly()
{
    Harness h;
    h.browser.setAction(TestBrowser::Action::DoNothing);
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    flow.start(h.request());
    QTRY_COMPARE(flow.stage(), SignInFlow::Stage::WaitingForBrowser);
    const quint16 port = flow.listeningPort();
    QVERIFY(canConnect(QHostAddress(QHostAddress::LocalHost), port));
    // The same port on ::1, where the machine has it: a browser resolving localhost to ::1 reaches MentorDesk,
    // not whatever else might listen there.
    const bool ipv6Loopback = QNetworkInterface::allAddresses().contains(QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(canConnect(QHostAddress(QHostAddress::LocalHostIPv6), port), ipv6Loopback);
    int checked = 0;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.isLinkLocal())
            continue;
        QVERIFY2(!canConnect(address, port), qPrintable(address.toString()));
        ++checked;
    }
    qInfo("listener not reachable on %d non-loopback address(es)", checked);
    flow.cancel();
}

void TestSignIn::browserThatCannotOpenShowsTheUrl()
{
    Harness h;
    h.browser.setAction(TestBrowser::Action::FailToOpen);
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    QSignalSpy failed(&flow, &SignInFlow::browserOpenFailed);
    flow.start(h.request());
    QTRY_COMPARE(failed.size(), 1);
    const QUrl url = failed.first().first().toUrl();
    QCOMPARE(url, flow.authorizationUrl());
    QVERIFY(url.toString().startsWith(h.sandbox.authority().toString()));
    QCOMPARE(flow.stage(), SignInFlow::Stage::WaitingForBrowser); // still waiting: the user can paste the URL
    flow.cancel();
}

void TestSignIn::refusesPlainHttpAuthority()
{
    Harness h;
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    SignInRequest request = h.request();
    request.authority = QUrl(u"http://login.example.org/organizations"_s);
    const SignInResult result = h.runFlow(flow, request);
    QCOMPARE(result.error.kind, Kind::Configuration);
    QCOMPARE(h.browser.openCount(), 0);
}

void TestSignIn::personalAccountGetsWhatPersonalAccountsSupport()
{
    Harness h(Modes{.autoConsent = true, .personal = true});
    SignInFlow flow(&h.nam, &h.browser, &h.clock);
    SignInRequest request = h.request();
    request.authority = h.sandbox.authority(u"consumers"_s);
    const SignInResult result = h.runFlow(flow, request);
    QVERIFY2(result.succeeded(), qPrintable(result.error.userMessage() + result.error.technicalDetails()));
    QCOMPARE(result.account.kind, AccountKind::Personal);
    QVERIFY(result.tokens.grantedScopes.contains(u"Calendars.ReadWrite"_s));
    QVERIFY(!result.tokens.grantedScopes.contains(u"Calendars.Read.Shared"_s));
    QVERIFY(!result.tokens.grantedScopes.contains(u"OnlineMeetings.ReadWrite"_s));
}

void TestSignIn::sessionRefreshSendsNoSecretAndRotates()
{
    Harness h(Modes{.autoConsent = true});
    MemorySecretBackend secrets;
    TokenStore store(&secrets);
    Session session(h.config(true), &h.nam, &h.browser, &store, &h.clock);
    QSignalSpy signedIn(&session, &Session::signInFinished);
    session.signIn();
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);
    QVERIFY(session.hasRefreshToken());
    const QString firstToken = session.accessToken();

    QSignalSpy renewed(&session, &Session::reauthenticationFinished);
    session.requestReauthentication();
    QTRY_COMPARE_WITH_TIMEOUT(renewed.size(), 1, 15000);
    QCOMPARE(renewed.first().first().toBool(), true);
    QCOMPARE(session.state(), Session::State::SignedIn);
    QVERIFY(session.accessToken() != firstToken);

    const QJsonObject last = h.tokenRequests().last().toObject();
    const QJsonArray refresh = last.value("parameters"_L1).toArray();
    const QStringList names = parameterNames(refresh);
    QCOMPARE(parameter(refresh, u"grant_type"_s), u"refresh_token"_s);
    QCOMPARE(parameter(refresh, u"refresh_token"_s), u"(present)"_s);
    QVERIFY(!names.contains(u"client_secret"_s));
    QVERIFY(!names.contains(u"redirect_uri"_s));
    QCOMPARE(last.value("status"_L1).toInt(), 200);

    // A revoked refresh token: back to an interactive sign-in, with the user's work kept.
    QSignalSpy required(&session, &Session::reauthenticationRequired);
    QNetworkRequest revoke(QUrl(h.sandbox.baseUrl().toString() + u"/_sandbox/revoke-refresh-tokens"_s));
    revoke.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = h.nam.post(revoke, QByteArray("{}"));
    QTRY_VERIFY(reply->isFinished());
    reply->deleteLater();
    session.requestReauthentication();
    QTRY_COMPARE_WITH_TIMEOUT(required.size(), 1, 15000);
    QCOMPARE(session.state(), Session::State::Expired);
    QCOMPARE(session.lastError().kind, Kind::InvalidGrant);
}

void TestSignIn::sessionPersistsInTheRealKeychainAndRestoresWithoutBrowser()
{
    MENTORDESK_REQUIRE_SECRET_SERVICE(false);
    Harness h(Modes{.autoConsent = true});
    KeychainSecretBackend keychain(u"io.mentordesk.MentorDesk.signin-test"_s);
    QString accountKey;
    {
        TokenStore store(&keychain);
        Session session(h.config(), &h.nam, &h.browser, &store, &h.clock);
        QSignalSpy finished(&session, &Session::signInFinished);
        session.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(session.state(), Session::State::SignedIn);
        QVERIFY(store.isPersistent());
        accountKey = session.account().key();
        QTest::qWait(1000); // the keychain write is asynchronous
    }
    const int opened = h.browser.openCount();
    TokenStore store(&keychain);
    Session restored(h.config(), &h.nam, &h.browser, &store, &h.clock);
    restored.restore();
    QTRY_COMPARE_WITH_TIMEOUT(restored.state(), Session::State::SignedIn, 15000);
    QCOMPARE(restored.account().key(), accountKey);
    QVERIFY(!restored.accessToken().isEmpty());
    QCOMPARE(h.browser.openCount(), opened); // no browser

    QSignalSpy signedOut(&restored, &Session::signedOut);
    restored.signOut();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 15000);
}

void TestSignIn::storedSessionIsRestoredOnlyWhereItWasIssued_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("restored");
    QTest::newRow("same authority, Graph and client") << QString() << true;
    QTest::newRow("another Graph address") << u"graph"_s << false;
    QTest::newRow("another client id") << u"client"_s << false;
    QTest::newRow("another authority") << u"authority"_s << false;
}

void TestSignIn::storedSessionIsRestoredOnlyWhereItWasIssued()
{
    QFETCH(QString, change);
    QFETCH(bool, restored);
    Harness h(Modes{.autoConsent = true});
    MemorySecretBackend memory;
    TokenStore store(&memory);
    {
        Session session(h.config(), &h.nam, &h.browser, &store, &h.clock);
        QSignalSpy finished(&session, &Session::signInFinished);
        session.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(session.state(), Session::State::SignedIn);
        QTest::qWait(100); // the store's write completes on the event loop
    }
    AppConfig config = h.config();
    if (change == "graph"_L1)
        config.graphUrlOverride = QUrl(u"http://127.0.0.1:9/v1.0"_s); // a local port the tokens were not issued for
    else if (change == "client"_L1)
        config.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    else if (change == "authority"_L1)
        config.authorityOverride = QUrl(h.sandbox.authority().toString().replace(u"organizations"_s, u"common"_s));
    QVERIFY(config.problems().isEmpty());
    Session next(config, &h.nam, &h.browser, &store, &h.clock);
    next.restore();
    QTRY_VERIFY(next.state() != Session::State::Restoring);
    QCOMPARE(next.state(), restored ? Session::State::SignedIn : Session::State::SignedOut);
    QCOMPARE(next.accessToken().isEmpty(), !restored); // no token for anything it was not issued for
    QVERIFY(next.rememberedAccount().isValid()); // "Continue as ..." still offers the account
}

void TestSignIn::signOutLeavesNothingBehind()
{
    MENTORDESK_REQUIRE_SECRET_SERVICE(false);
    Harness h(Modes{.autoConsent = true});
    KeychainSecretBackend keychain(u"io.mentordesk.MentorDesk.signout-test"_s);
    TokenStore store(&keychain);
    Session session(h.config(true), &h.nam, &h.browser, &store, &h.clock);
    QSignalSpy finished(&session, &Session::signInFinished);
    session.signIn();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const Account account = session.account();
    QTest::qWait(1000);

    QSignalSpy signedOut(&session, &Session::signedOut);
    session.signOut();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 15000);
    QCOMPARE(session.state(), Session::State::SignedOut);
    QVERIFY(session.accessToken().isEmpty());
    QVERIFY(!session.account().isValid());

    // Keychain: nothing under this account, read through a fresh store.
    TokenStore fresh(&keychain);
    bool done = false;
    bool found = true;
    fresh.load(account.key(), [&](const std::optional<StoredSession> &stored, const AuthError &) {
        found = stored.has_value();
        done = true;
    });
    QTRY_VERIFY(done);
    QVERIFY(!found);
    // Settings: no account entry, no "last account".
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!key.startsWith(u"accounts/"_s) && key != "session/lastAccount"_L1, qPrintable(key));
    // Restoring finds nothing.
    Session again(h.config(true), &h.nam, &h.browser, &fresh, &h.clock);
    again.restore();
    QTest::qWait(300);
    QCOMPARE(again.state(), Session::State::SignedOut);
}

void TestSignIn::expiredTokenWithoutRefreshAsksToSignInAgain()
{
    Harness h(Modes{.autoConsent = true, .tokenLifetimeSeconds = 2});
    MemorySecretBackend secrets;
    TokenStore store(&secrets);
    // Expiry runs on timers in real time, so this session uses the real clock.
    Session session(h.config(false), &h.nam, &h.browser, &store, Clock::system());
    QSignalSpy finished(&session, &Session::signInFinished);
    QSignalSpy required(&session, &Session::reauthenticationRequired);
    session.signIn();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY(!session.hasRefreshToken());
    QTRY_COMPARE_WITH_TIMEOUT(required.size(), 1, 10000);
    QCOMPARE(session.state(), Session::State::Expired);
    QVERIFY(session.accessToken().isEmpty());
    QVERIFY(session.account().isValid()); // still known: the user's context stays

    // Signing in again is a re-authentication with login_hint.
    session.signIn();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    QCOMPARE(session.currentRound(), Session::Round::Reauthenticate);
    QVERIFY(QUrlQuery(h.browser.lastAuthorizeUrl()).hasQueryItem(u"login_hint"_s));
}

void TestSignIn::teamsRoundNeedsAdminThenSucceedsAfterAdminConsent()
{
    Harness h(Modes{.adminConsentRequired = true});
    MemorySecretBackend secrets;
    TokenStore store(&secrets);
    Session session(h.config(), &h.nam, &h.browser, &store, &h.clock);
    QSignalSpy finished(&session, &Session::signInFinished);
    session.signIn();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY(session.consentState().grantedScopes.contains(u"Calendars.ReadWrite"_s));

    session.enableTeams();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 15000);
    const SignInResult teams = finished.last().at(1).value<SignInResult>();
    QCOMPARE(teams.error.kind, Kind::AdminApprovalRequired);
    QCOMPARE(teams.error.aadsts, 90094);
    QVERIFY(session.teamsEnabled());
    QVERIFY(session.adminApprovalPending());
    QCOMPARE(session.state(), Session::State::SignedIn); // everything else keeps working
    QVERIFY(!session.consentState().grantedScopes.contains(u"Group.Read.All"_s));

    // The administrator opens the link from the Permissions page and approves.
    const QUrl adminUrl = session.adminConsentRequest().adminConsentUrl();
    QCOMPARE(adminUrl.path(), u"/%1/v2.0/adminconsent"_s.arg(h.sandbox.tenantId()));
    QCOMPARE(QUrlQuery(adminUrl).queryItemValue(u"client_id"_s), h.sandbox.clientId());
    QVERIFY(h.browser.grantAdminConsent(adminUrl));

    session.enableTeams();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 15000);
    const SignInResult retry = finished.last().at(1).value<SignInResult>();
    QVERIFY2(retry.succeeded(), qPrintable(retry.error.userMessage() + retry.error.technicalDetails()));
    QVERIFY(!session.adminApprovalPending());
    for (const QString &scope : ScopeCatalog::instance().groupScopes(ScopeGroup::Teams))
        QVERIFY2(session.consentState().grantedScopes.contains(scope), qPrintable(scope));
    QVERIFY(session.consentState().grantedScopes.contains(u"Calendars.ReadWrite"_s));
}

namespace {
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
}
} // namespace

void TestSignIn::tokensNeverReachLogsSettingsOrDisk()
{
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    LogRedaction::install(); // as main() does: in front of whatever writes the log
    auto restoreHandler = qScopeGuard([previous] {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(u"mentordesk.*.debug=true"_s);
    });

    // Every category at debug, Qt's own sign-in code included.
    QVERIFY(QLoggingCategory("qt.networkauth").isDebugEnabled());
    QVERIFY(QLoggingCategory("qt.networkauth.replyhandler").isDebugEnabled());
    QVERIFY(QLoggingCategory("mentordesk.auth").isDebugEnabled());

    Harness h(Modes{.autoConsent = true});
    QStringList secrets;
    h.browser.setBeforeRedirect([&secrets](const QUrl &redirect) {
        secrets << QUrlQuery(redirect).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    });
    MemorySecretBackend memory;
    TokenStore store(&memory);
    Session session(h.config(true), &h.nam, &h.browser, &store, &h.clock);
    QSignalSpy finished(&session, &Session::signInFinished);
    session.signIn();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const SignInResult result = finished.first().at(1).value<SignInResult>();
    QVERIFY(result.succeeded());
    secrets << result.tokens.accessToken << result.tokens.refreshToken;
    QSignalSpy renewed(&session, &Session::reauthenticationFinished);
    session.requestReauthentication();
    QTRY_COMPARE_WITH_TIMEOUT(renewed.size(), 1, 15000);
    secrets << session.accessToken();
    QTest::qWait(300);
    QSettings().sync();
    // The round's own secrets: state and nonce as the identity provider received them, the PKCE verifier as sent to
    // the token endpoint, and every token it issued, raw (the id_token as sent, too).
    const QJsonArray authorize = h.authorizeRequests();
    QVERIFY(!authorize.isEmpty());
    const QJsonArray authorizeParameters = authorize.first().toObject().value("parameters"_L1).toArray();
    secrets << parameter(authorizeParameters, u"state"_s) << parameter(authorizeParameters, u"nonce"_s);
    QCOMPARE(h.nam.sentVerifiers.size(), 1);
    secrets << h.nam.sentVerifiers;
    // id, access and refresh token at sign-in; access and refresh (and an id_token where sent) at renewal
    QVERIFY(h.nam.issuedTokens.size() >= 5);
    secrets << h.nam.issuedTokens;
    // The secrets are real and the log captured the flow.
    QCOMPARE(secrets.size(), 7 + h.nam.issuedTokens.size());
    for (const QString &secret : std::as_const(secrets))
        QVERIFY(secret.size() > 16);
    QVERIFY(g_log.size() > 5);

    for (const QString &line : std::as_const(g_log))
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!line.contains(secret), qPrintable(u"log line leaks a secret: "_s + line.left(120)));
    // Qt's own sign-in code did log at debug level. Qt 6.4 prints the whole authorize URL there (state, nonce and
    // PKCE challenge in it); from 6.8 it says only that the URL was made. Either way no secret is left in it (checked
    // above), and where a state appears it is the redacted one.
    QStringList qtLines;
    std::copy_if(g_log.cbegin(), g_log.cend(), std::back_inserter(qtLines),
                 [](const QString &line) { return line.startsWith(u"qt.networkauth"_s); });
    QVERIFY(!qtLines.isEmpty());
    for (const QString &line : std::as_const(qtLines))
        QVERIFY2(!line.contains(u"state="_s) || line.contains(u"state=[redacted]"_s), qPrintable(line.left(200)));

    // Every setting this process wrote, wherever QSettings keeps them (a file, the registry, a plist).
    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        const QVariant stored = settings.value(key);
        const QString value
            = stored.typeId() == QMetaType::QStringList ? stored.toStringList().join(u'\n') : stored.toString();
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!value.contains(secret), qPrintable(key));
    }
    // Everything this process wrote under its own configuration, data and cache homes: with XDG (Linux) the whole
    // private home of this test; elsewhere only this test's own folders, never the rest of the user's profile.
    const auto locations = Test::kXdgHome
        ? QList<QStandardPaths::StandardLocation>{QStandardPaths::GenericConfigLocation,
                                                  QStandardPaths::GenericDataLocation,
                                                  QStandardPaths::GenericCacheLocation}
        : QList<QStandardPaths::StandardLocation>{QStandardPaths::AppConfigLocation,
                                                  QStandardPaths::AppLocalDataLocation, QStandardPaths::CacheLocation};
    int files = 0;
    for (auto location : locations) {
        QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = file.readAll();
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
    if constexpr (Test::kXdgHome)
        QVERIFY(files >= 1); // at least the settings file
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
