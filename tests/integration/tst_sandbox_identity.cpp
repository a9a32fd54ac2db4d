// The sandbox's Entra v2 imitation over real HTTP: discovery, consent page, code + PKCE, refresh rotation and
// every error the app must handle (docs/entra/sign-in.md).
#include "support/Jwt.h"
#include "support/OAuthRequests.h"
#include "support/RedirectQuery.h"
#include "support/SandboxFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QString kRedirect = u"http://127.0.0.1:53682/callback"_s;
const QString kVerifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk-sandbox-verifier"_s;

QList<QPair<QString, QString>> authorizeParameters(const QString &scope, const QString &redirect = kRedirect)
{
    return {{u"client_id"_s, QLatin1StringView(Sandbox::kDefaultClientId)},
            {u"response_type"_s, u"code"_s},
            {u"redirect_uri"_s, redirect},
            {u"scope"_s, scope},
            {u"state"_s, u"st-<script>&1"_s},
            {u"nonce"_s, u"n-0S6_WzA2Mj"_s},
            {u"code_challenge"_s, Test::pkceChallenge(kVerifier)},
            {u"code_challenge_method"_s, u"S256"_s}};
}

QString flowId(const QByteArray &html)
{
    static const QRegularExpression pattern(u"name=\"flow\" value=\"([^\"]+)\""_s);
    return pattern.match(QString::fromUtf8(html)).captured(1);
}

struct RawReply
{
    int status = 0; // 0: no answer
    QByteArray body;
};

// One request written by hand, so the Host header (or its absence) is exactly what a browser sends for a page
// that reached the sandbox's port through DNS rebinding. The event loop keeps running: the server is in-process.
RawReply rawRequest(quint16 port, const QByteArray &method, const QByteArray &target,
                    const std::optional<QByteArray> &host, const QByteArray &body = {})
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return {};
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\n";
    if (host)
        request += "Host: " + *host + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    socket.write(request);
    QByteArray response;
    const auto complete = [&response] {
        const qsizetype end = response.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        static const QRegularExpression length(u"(?i)\r\ncontent-length:\\s*(\\d+)"_s);
        const auto match = length.match(QString::fromLatin1(response.left(end)));
        return match.hasMatch() && response.size() - end - 4 >= match.captured(1).toLongLong();
    };
    const bool answered = QTest::qWaitFor(
        [&] {
            response += socket.readAll();
            return complete() || socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    response += socket.readAll();
    if (!answered)
        return {};
    RawReply reply;
    if (response.startsWith("HTTP/1."))
        reply.status = response.mid(9, 3).toInt();
    reply.body = response.mid(response.indexOf("\r\n\r\n") + 4);
    return reply;
}

} // namespace

class TestSandboxIdentity : public QObject
{
    Q_OBJECT

private:
    SandboxFixture::Reply authorize(SandboxFixture &sandbox, const QList<QPair<QString, QString>> &parameters,
                                    const QString &tenant = u"organizations"_s)
    {
        return sandbox.get(
            sandbox.url(u"/%1/oauth2/v2.0/authorize?"_s.arg(tenant) + QString::fromLatin1(Test::formBody(parameters))));
    }
    // Consent page -> Accept; returns the redirect's Location.
    QByteArray consentAndAccept(SandboxFixture &sandbox, const QString &scope,
                                const QString &tenant = u"organizations"_s)
    {
        const auto page = authorize(sandbox, authorizeParameters(scope), tenant);
        if (page.status == 302)
            return page.header("Location");
        const auto decision = sandbox.postForm(sandbox.url(u"/%1/oauth2/v2.0/authorize"_s.arg(tenant)),
                                               "flow=" + flowId(page.body).toLatin1() + "&decision=accept");
        return decision.header("Location");
    }
    SandboxFixture::Reply redeem(SandboxFixture &sandbox, const QString &code,
                                 QList<QPair<QString, QString>> extra = {{u"code_verifier"_s, kVerifier}},
                                 const QString &redirect = kRedirect)
    {
        QList<QPair<QString, QString>> form{{u"client_id"_s, QLatin1StringView(Sandbox::kDefaultClientId)},
                                            {u"grant_type"_s, u"authorization_code"_s},
                                            {u"code"_s, code},
                                            {u"redirect_uri"_s, redirect}};
        form += extra;
        return sandbox.postForm(sandbox.url(u"/organizations/oauth2/v2.0/token"_s), Test::formBody(form));
    }

private Q_SLOTS:
    void discovery_data();
    void discovery();
    void consentPageListsScopesAndEscapes();
    void acceptRedeemsTokens();
    void cancelRedirectsAccessDenied();
    void autoConsentRedirectsImmediately();
    void priorConsentSkipsThePage();
    void codeReplayIsRejected();
    void codeExpiresAfterTenMinutes();
    void pkce_data();
    void pkce();
    void publicClientSecretRejected_data();
    void publicClientSecretRejected();
    void redirectUri_data();
    void redirectUri();
    void tokenRedirectMismatch();
    void duplicatedParameters();
    void unknownClientAndScope();
    void refreshRotationAndRevocation();
    void noRefreshWithoutOfflineAccess();
    void personalAccounts();
    void adminConsentRequired();
    void tokenRequestsRecordNoSecrets();
    void refusesOtherHosts_data();
    void refusesOtherHosts();
};

void TestSandboxIdentity::discovery_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<int>("status");
    QTest::newRow("organizations") << u"organizations"_s << 200;
    QTest::newRow("common") << u"common"_s << 200;
    QTest::newRow("tenant id") << u"3d9c4f7a-52e1-4b8a-9f6d-0e2c7a1b5d83"_s << 200;
    QTest::newRow("domain") << u"contoso-mentoring.example"_s << 200;
    QTest::newRow("unknown") << u"fabrikam.example"_s << 400;
}

void TestSandboxIdentity::discovery()
{
    QFETCH(QString, tenant);
    QFETCH(int, status);
    SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    const auto reply = sandbox.get(sandbox.url(u"/%1/v2.0/.well-known/openid-configuration"_s.arg(tenant)));
    QCOMPARE(reply.status, status);
    const QJsonObject config = reply.json();
    if (status != 200) {
        QVERIFY(config.value(u"error_description"_s).toString().startsWith(u"AADSTS90002"_s));
        return;
    }
    const QString root = sandbox.baseUrl().toString() + u'/' + tenant;
    QCOMPARE(config.value(u"authorization_endpoint"_s).toString(), root + u"/oauth2/v2.0/authorize"_s);
    QCOMPARE(config.value(u"token_endpoint"_s).toString(), root + u"/oauth2/v2.0/token"_s);
    QCOMPARE(config.value(u"end_session_endpoint"_s).toString(), root + u"/oauth2/v2.0/logout"_s);
    QVERIFY(config.value(u"jwks_uri"_s).toString().startsWith(root));
    QVERIFY(config.value(u"issuer"_s).toString().startsWith(sandbox.baseUrl().toString()));
    QVERIFY(config.value(u"response_types_supported"_s).toArray().contains(u"code"_s));
    QVERIFY(config.value(u"scopes_supported"_s).toArray().contains(u"offline_access"_s));
    QCOMPARE(sandbox.get(QUrl(config.value(u"jwks_uri"_s).toString())).status, 200);
}

void TestSandboxIdentity::consentPageListsScopesAndEscapes()
{
    SandboxFixture sandbox;
    const auto page
        = authorize(sandbox, authorizeParameters(u"openid profile User.Read Calendars.ReadWrite Group.Read.All"_s));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    for (const QString &scope :
         {u"openid"_s, u"profile"_s, u"User.Read"_s, u"Calendars.ReadWrite"_s, u"Group.Read.All"_s})
        QVERIFY2(html.contains(u"data-scope=\"%1\""_s.arg(scope)), qPrintable(scope));
    QVERIFY(html.contains(u"Have full access to your calendars"_s));
    QVERIFY(html.contains(u"Admin consent required"_s));
    QVERIFY(html.contains(u"alex@contoso-mentoring.example"_s));
    QVERIFY(html.contains(u"value=\"accept\""_s));
    QVERIFY(html.contains(u"value=\"cancel\""_s));
    QVERIFY(!flowId(page.body).isEmpty());
    // The request's values never reach the page unescaped (the state carries markup here).
    QVERIFY(!html.contains(u"<script>&1"_s));
    QVERIFY(!html.contains(u"st-"_s));
}

void TestSandboxIdentity::acceptRedeemsTokens()
{
    SandboxFixture sandbox;
    const QByteArray location
        = consentAndAccept(sandbox, u"openid profile email offline_access User.Read Calendars.ReadWrite"_s);
    QVERIFY(location.startsWith(QByteArray(kRedirect.toLatin1() + '?')));
    QCOMPARE(redirectQueryValue(location, u"state"_s), u"st-<script>&1"_s);
    const QString code = redirectQueryValue(location, u"code"_s);
    QVERIFY(!code.isEmpty());
    const auto tokens = redeem(sandbox, code);
    QCOMPARE(tokens.status, 200);
    const QJsonObject body = tokens.json();
    QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(body.value(u"expires_in"_s).toInt(), 3600);
    QCOMPARE(body.value(u"ext_expires_in"_s).toInt(), 3600);
    const QStringList scope = body.value(u"scope"_s).toString().split(u' ');
    for (const QString &expected :
         {u"User.Read"_s, u"Calendars.ReadWrite"_s, u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s})
        QVERIFY2(scope.contains(expected), qPrintable(expected));
    QVERIFY(!body.value(u"refresh_token"_s).toString().isEmpty());

    const QJsonObject access = jwtClaims(body.value(u"access_token"_s).toString());
    QCOMPARE(access.value(u"aud"_s).toString(), u"00000003-0000-0000-c000-000000000000"_s);
    QCOMPARE(access.value(u"tid"_s).toString(), sandbox.server().tenantId());
    QCOMPARE(access.value(u"upn"_s).toString(), sandbox.server().mentorUpn());
    QVERIFY(access.value(u"scp"_s).toString().split(u' ').contains(u"Calendars.ReadWrite"_s));
    QVERIFY(access.value(u"exp"_s).toInteger() > access.value(u"iat"_s).toInteger());
    QVERIFY(access.contains(u"oid"_s) && access.contains(u"name"_s) && access.contains(u"nbf"_s));

    const QJsonObject id = jwtClaims(body.value(u"id_token"_s).toString());
    QCOMPARE(id.value(u"aud"_s).toString(), sandbox.server().clientId());
    QCOMPARE(id.value(u"iss"_s).toString(),
             sandbox.baseUrl().toString() + u'/' + sandbox.server().tenantId() + u"/v2.0"_s);
    QCOMPARE(id.value(u"nonce"_s).toString(), u"n-0S6_WzA2Mj"_s);
    QCOMPARE(id.value(u"preferred_username"_s).toString(), sandbox.server().mentorUpn());
    QCOMPARE(id.value(u"email"_s).toString(), sandbox.server().mentorUpn());
    QCOMPARE(id.value(u"name"_s).toString(), u"Alex Mentor"_s);
    QCOMPARE(id.value(u"ver"_s).toString(), u"2.0"_s);
    QVERIFY(!id.value(u"oid"_s).toString().isEmpty() && !id.value(u"sub"_s).toString().isEmpty());

    // The access token works against Graph.
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me"_s), body.value(u"access_token"_s).toString()).status, 200);
}

void TestSandboxIdentity::cancelRedirectsAccessDenied()
{
    SandboxFixture sandbox;
    const auto page = authorize(sandbox, authorizeParameters(u"openid User.Read"_s));
    const auto decision = sandbox.postForm(sandbox.url(u"/organizations/oauth2/v2.0/authorize"_s),
                                           "flow=" + flowId(page.body).toLatin1() + "&decision=cancel");
    QCOMPARE(decision.status, 302);
    const QByteArray location = decision.header("Location");
    QVERIFY(location.startsWith(kRedirect.toLatin1()));
    QCOMPARE(redirectQueryValue(location, u"error"_s), u"access_denied"_s);
    QVERIFY(
        redirectQueryValue(location, u"error_description"_s).startsWith(u"AADSTS65004: User declined to consent"_s));
    QVERIFY(location.contains("AADSTS65004%3a+User+declined") || location.contains("AADSTS65004%3A+User+declined"));
    QCOMPARE(redirectQueryValue(location, u"state"_s), u"st-<script>&1"_s);
    QCOMPARE(redirectQueryValue(location, u"error_subcode"_s), u"cancel"_s); // the user left with Cancel
    QVERIFY(!location.contains("?code=") && !location.contains("&code="));
    // A decision is single use.
    const auto again = sandbox.postForm(sandbox.url(u"/organizations/oauth2/v2.0/authorize"_s),
                                        "flow=" + flowId(page.body).toLatin1() + "&decision=accept");
    QCOMPARE(again.status, 400);
}

void TestSandboxIdentity::autoConsentRedirectsImmediately()
{
    auto options = SandboxFixture::defaultOptions();
    options.autoConsent = true;
    SandboxFixture sandbox(options);
    const auto reply = authorize(sandbox, authorizeParameters(u"openid User.Read"_s));
    QCOMPARE(reply.status, 302);
    QVERIFY(!redirectQueryValue(reply.header("Location"), u"code"_s).isEmpty());
}

void TestSandboxIdentity::priorConsentSkipsThePage()
{
    SandboxFixture sandbox;
    consentAndAccept(sandbox, u"openid User.Read"_s);
    QCOMPARE(authorize(sandbox, authorizeParameters(u"openid User.Read"_s)).status, 302);
    // prompt=consent always asks; a new scope asks too (incremental consent).
    auto parameters = authorizeParameters(u"openid User.Read"_s);
    parameters.append({u"prompt"_s, u"consent"_s});
    QCOMPARE(authorize(sandbox, parameters).status, 200);
    QCOMPARE(authorize(sandbox, authorizeParameters(u"openid User.Read Calendars.ReadWrite"_s)).status, 200);
    // prompt=none without consent does not show a page.
    auto silent = authorizeParameters(u"ChannelMessage.Send"_s);
    silent.append({u"prompt"_s, u"none"_s});
    const auto reply = authorize(sandbox, silent);
    QCOMPARE(reply.status, 302);
    QCOMPARE(redirectQueryValue(reply.header("Location"), u"error"_s), u"consent_required"_s);
}

void TestSandboxIdentity::codeReplayIsRejected()
{
    SandboxFixture sandbox;
    const QString code = redirectQueryValue(consentAndAccept(sandbox, u"openid User.Read"_s), u"code"_s);
    const auto first = redeem(sandbox, code);
    QCOMPARE(first.status, 200);
    const auto replay = redeem(sandbox, code);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(replay.json().value(u"error_codes"_s).toArray().first().toInt(), 54005);
    // Like Entra: nothing else happens, the first token still works.
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me"_s), first.json().value(u"access_token"_s).toString()).status, 200);
}

void TestSandboxIdentity::codeExpiresAfterTenMinutes()
{
    SandboxFixture sandbox;
    const QString code = redirectQueryValue(consentAndAccept(sandbox, u"openid User.Read"_s), u"code"_s);
    sandbox.advanceClock(601);
    const auto reply = redeem(sandbox, code);
    QCOMPARE(reply.status, 400);
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(body.value(u"error_codes"_s).toArray().first().toInt(), 70008);
    QVERIFY(body.value(u"error_description"_s).toString().contains(u"Trace ID: "_s));
    QVERIFY(body.value(u"error_description"_s).toString().contains(u"Correlation ID: "_s));
    QVERIFY(body.value(u"error_description"_s).toString().contains(u"Timestamp: "_s));
    QVERIFY(!body.value(u"trace_id"_s).toString().isEmpty());
    QVERIFY(!body.value(u"correlation_id"_s).toString().isEmpty());
    QVERIFY(!body.value(u"timestamp"_s).toString().isEmpty());
}

void TestSandboxIdentity::pkce_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("challenge");
    QTest::addColumn<QString>("verifier"); // "-" = not sent
    QTest::addColumn<int>("errorCode"); // 0 = success
    QTest::newRow("S256 ok") << u"S256"_s << Test::pkceChallenge(kVerifier) << kVerifier << 0;
    QTest::newRow("S256 wrong verifier") << u"S256"_s << Test::pkceChallenge(kVerifier) << (kVerifier + u'x') << 501481;
    QTest::newRow("S256 missing verifier") << u"S256"_s << Test::pkceChallenge(kVerifier) << u"-"_s << 50148;
    QTest::newRow("plain ok") << u"plain"_s << kVerifier << kVerifier << 0;
    QTest::newRow("plain sent the hash") << u"plain"_s << kVerifier << Test::pkceChallenge(kVerifier) << 501481;
}

void TestSandboxIdentity::pkce()
{
    QFETCH(QString, method);
    QFETCH(QString, challenge);
    QFETCH(QString, verifier);
    QFETCH(int, errorCode);
    auto options = SandboxFixture::defaultOptions();
    options.autoConsent = true;
    SandboxFixture sandbox(options);
    auto parameters = authorizeParameters(u"openid User.Read"_s);
    parameters.removeIf([](const auto &p) { return p.first.startsWith(u"code_challenge"_s); });
    parameters.append({u"code_challenge"_s, challenge});
    parameters.append({u"code_challenge_method"_s, method});
    const QString code = redirectQueryValue(authorize(sandbox, parameters).header("Location"), u"code"_s);
    QVERIFY(!code.isEmpty());
    const auto reply = redeem(sandbox, code,
                              verifier == u"-"_s ? QList<QPair<QString, QString>>{}
                                                 : QList<QPair<QString, QString>>{{u"code_verifier"_s, verifier}});
    if (errorCode == 0) {
        QCOMPARE(reply.status, 200);
        return;
    }
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(reply.json().value(u"error_codes"_s).toArray().first().toInt(), errorCode);
}

void TestSandboxIdentity::publicClientSecretRejected_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("client_secret") << u"client_secret"_s << u"s3cr3t"_s;
    QTest::newRow("empty client_secret (Qt's refresh)") << u"client_secret"_s << QString();
    QTest::newRow("client_assertion") << u"client_assertion"_s << u"eyJhbGciOiJSUzI1NiJ9.e30.sig"_s;
}

void TestSandboxIdentity::publicClientSecretRejected()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    SandboxFixture sandbox;
    const QString code = redirectQueryValue(consentAndAccept(sandbox, u"openid User.Read"_s), u"code"_s);
    const auto reply = redeem(sandbox, code, {{u"code_verifier"_s, kVerifier}, {name, value}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(u"error"_s).toString(), u"invalid_client"_s);
    QCOMPARE(reply.json().value(u"error_codes"_s).toArray().first().toInt(), 700025);
    QVERIFY(
        reply.json()
            .value(u"error_description"_s)
            .toString()
            .contains(u"Client is public so neither 'client_assertion' nor 'client_secret' should be presented."_s));
}

void TestSandboxIdentity::redirectUri_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("127.0.0.1, any port") << u"http://127.0.0.1:49152/callback"_s << true;
    QTest::newRow("localhost, any port") << u"http://localhost:8400/callback"_s << true;
    QTest::newRow("no port") << u"http://localhost/callback"_s << true;
    QTest::newRow("other path") << u"http://127.0.0.1:49152/"_s << false;
    QTest::newRow("https") << u"https://localhost:8400/callback"_s << false;
    QTest::newRow("foreign host") << u"http://evil.example/callback"_s << false;
    QTest::newRow("ipv6 loopback") << u"http://[::1]:8400/callback"_s << false;
    QTest::newRow("query") << u"http://localhost:8400/callback?x=1"_s << false;
}

void TestSandboxIdentity::redirectUri()
{
    QFETCH(QString, redirect);
    QFETCH(bool, accepted);
    SandboxFixture sandbox;
    const auto reply = authorize(sandbox, authorizeParameters(u"openid User.Read"_s, redirect));
    if (accepted) {
        QCOMPARE(reply.status, 200);
        return;
    }
    // Never a redirect to an unregistered URI: an error page.
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Location").isEmpty());
    QVERIFY(reply.body.contains("AADSTS50011"));
}

void TestSandboxIdentity::tokenRedirectMismatch()
{
    SandboxFixture sandbox;
    const QString code = redirectQueryValue(consentAndAccept(sandbox, u"openid User.Read"_s), u"code"_s);
    const auto reply = redeem(sandbox, code, {{u"code_verifier"_s, kVerifier}}, u"http://127.0.0.1:1/callback"_s);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"error_codes"_s).toArray().first().toInt(), 500112);
}

void TestSandboxIdentity::duplicatedParameters()
{
    SandboxFixture sandbox;
    auto parameters = authorizeParameters(u"openid User.Read"_s);
    parameters.append({u"code_challenge"_s, Test::pkceChallenge(kVerifier)}); // what a QMultiMap insert() produces
    const auto reply = authorize(sandbox, parameters);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Location").isEmpty());
    QVERIFY(reply.body.contains("AADSTS9000411"));
    QVERIFY(reply.body.contains("code_challenge"));
    // The state keeps every pair, duplicates included, in order.
    const QJsonArray requests = sandbox.state().value(u"authorizeRequests"_s).toArray();
    QCOMPARE(requests.size(), 1);
    int challenges = 0;
    for (const auto &pair : requests.first().toObject().value(u"parameters"_s).toArray())
        challenges += pair.toArray().first().toString() == u"code_challenge"_s;
    QCOMPARE(challenges, 2);

    const auto token = sandbox.postForm(sandbox.url(u"/organizations/oauth2/v2.0/token"_s),
                                        "client_id=" + QByteArray(Sandbox::kDefaultClientId)
                                            + "&grant_type=refresh_token&refresh_token=a&refresh_token=b");
    QCOMPARE(token.status, 400);
    QCOMPARE(token.json().value(u"error_codes"_s).toArray().first().toInt(), 9000411);
}

void TestSandboxIdentity::unknownClientAndScope()
{
    SandboxFixture sandbox;
    auto parameters = authorizeParameters(u"openid User.Read"_s);
    parameters[0].second = u"00000000-1111-2222-3333-444444444444"_s;
    const auto unknownClient = authorize(sandbox, parameters);
    QCOMPARE(unknownClient.status, 400);
    QVERIFY(unknownClient.body.contains("AADSTS700016"));
    const auto badScope = authorize(sandbox, authorizeParameters(u"openid Mail.ReadEverything"_s));
    QCOMPARE(badScope.status, 302);
    QCOMPARE(redirectQueryValue(badScope.header("Location"), u"error"_s), u"invalid_scope"_s);
    QVERIFY(redirectQueryValue(badScope.header("Location"), u"error_description"_s).startsWith(u"AADSTS70011"_s));
}

void TestSandboxIdentity::refreshRotationAndRevocation()
{
    SandboxFixture sandbox;
    const QString code = redirectQueryValue(consentAndAccept(sandbox, u"openid offline_access User.Read"_s), u"code"_s);
    const QString first = redeem(sandbox, code).json().value(u"refresh_token"_s).toString();
    QVERIFY(!first.isEmpty());
    const auto refresh = [&](const QString &token) {
        return sandbox.postForm(sandbox.url(u"/organizations/oauth2/v2.0/token"_s),
                                Test::formBody({{u"client_id"_s, QLatin1StringView(Sandbox::kDefaultClientId)},
                                                {u"grant_type"_s, u"refresh_token"_s},
                                                {u"refresh_token"_s, token}}));
    };
    const auto second = refresh(first);
    QCOMPARE(second.status, 200);
    const QString rotated = second.json().value(u"refresh_token"_s).toString();
    QVERIFY(!rotated.isEmpty());
    QVERIFY(rotated != first);
    QVERIFY(!second.json().value(u"access_token"_s).toString().isEmpty());
    QCOMPARE(refresh(first).status, 200); // the old one is not revoked by rotation (Entra behaviour)
    QCOMPARE(sandbox.postJson(sandbox.url(u"/_sandbox/revoke-refresh-tokens"_s), {}).status, 200);
    const auto revoked = refresh(rotated);
    QCOMPARE(revoked.status, 400);
    QCOMPARE(revoked.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(revoked.json().value(u"error_codes"_s).toArray().first().toInt(), 70000);
}

void TestSandboxIdentity::noRefreshWithoutOfflineAccess()
{
    SandboxFixture sandbox;
    const QString code = redirectQueryValue(consentAndAccept(sandbox, u"User.Read"_s), u"code"_s);
    const QJsonObject body = redeem(sandbox, code).json();
    QVERIFY(!body.contains(u"refresh_token"_s));
    QVERIFY(!body.contains(u"id_token"_s)); // no openid, no id_token
    QVERIFY(!body.value(u"access_token"_s).toString().isEmpty());
}

void TestSandboxIdentity::personalAccounts()
{
    auto options = SandboxFixture::defaultOptions();
    options.personalAccounts = true;
    SandboxFixture sandbox(options);
    const auto work = authorize(sandbox, authorizeParameters(u"openid User.Read"_s), u"organizations"_s);
    QCOMPARE(work.status, 400);
    QVERIFY(work.body.contains("AADSTS50020"));
    const QString scopes
        = u"openid profile User.Read Calendars.ReadWrite Calendars.Read.Shared OnlineMeetings.ReadWrite "
          u"Group.Read.All Channel.ReadBasic.All ChannelMessage.Send"_s;
    const QByteArray location = consentAndAccept(sandbox, scopes, u"common"_s);
    const auto tokens = redeem(sandbox, redirectQueryValue(location, u"code"_s));
    QCOMPARE(tokens.status, 200);
    const QStringList granted = tokens.json().value(u"scope"_s).toString().split(u' ');
    QVERIFY(granted.contains(u"User.Read"_s));
    QVERIFY(granted.contains(u"Calendars.ReadWrite"_s));
    for (const QString &dropped : {u"Calendars.Read.Shared"_s, u"OnlineMeetings.ReadWrite"_s, u"Group.Read.All"_s,
                                   u"Channel.ReadBasic.All"_s, u"ChannelMessage.Send"_s})
        QVERIFY2(!granted.contains(dropped), qPrintable(dropped));
    QCOMPARE(jwtClaims(tokens.json().value(u"id_token"_s).toString()).value(u"tid"_s).toString(),
             u"9188040d-6c67-4c5b-b112-36a304b66dad"_s);
}

void TestSandboxIdentity::adminConsentRequired()
{
    auto options = SandboxFixture::defaultOptions();
    options.adminConsentRequired = true;
    SandboxFixture sandbox(options);
    QCOMPARE(sandbox.state().value(u"adminConsentGranted"_s).toBool(), false);
    const auto page = authorize(sandbox, authorizeParameters(u"openid User.Read Group.Read.All"_s));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Need admin approval"));
    const auto back = sandbox.postForm(sandbox.url(u"/organizations/oauth2/v2.0/authorize"_s),
                                       "flow=" + flowId(page.body).toLatin1() + "&decision=return");
    QCOMPARE(back.status, 302);
    QCOMPARE(redirectQueryValue(back.header("Location"), u"error"_s), u"access_denied"_s);
    QCOMPARE(redirectQueryValue(back.header("Location"), u"error_subcode"_s), u"cancel"_s);
    QVERIFY(redirectQueryValue(back.header("Location"), u"error_description"_s).startsWith(u"AADSTS90094"_s));
    // Without Group.Read.All the user can consent alone, and the token does not carry it.
    const QByteArray userOnly = consentAndAccept(sandbox, u"openid User.Read"_s);
    QVERIFY(!redeem(sandbox, redirectQueryValue(userOnly, u"code"_s))
                 .json()
                 .value(u"scope"_s)
                 .toString()
                 .contains(u"Group.Read.All"_s));

    // The admin consents for the tenant.
    const auto admin = sandbox.get(
        sandbox.url(u"/organizations/v2.0/adminconsent?client_id=%1&redirect_uri=%2&state=adm&scope=%3"_s.arg(
            QLatin1StringView(Sandbox::kDefaultClientId), QString::fromLatin1(QUrl::toPercentEncoding(kRedirect)),
            QString::fromLatin1(QUrl::toPercentEncoding(u"https://graph.microsoft.com/.default"_s)))));
    QCOMPARE(admin.status, 200);
    const auto granted = sandbox.postForm(sandbox.url(u"/organizations/v2.0/adminconsent"_s),
                                          "flow=" + flowId(admin.body).toLatin1() + "&decision=accept");
    QCOMPARE(granted.status, 302);
    QCOMPARE(redirectQueryValue(granted.header("Location"), u"admin_consent"_s), u"True"_s);
    QCOMPARE(redirectQueryValue(granted.header("Location"), u"tenant"_s), sandbox.server().tenantId());
    QCOMPARE(redirectQueryValue(granted.header("Location"), u"state"_s), u"adm"_s);
    QVERIFY(redirectQueryValue(granted.header("Location"), u"scope"_s).contains(u"Group.Read.All"_s));
    QCOMPARE(sandbox.state().value(u"adminConsentGranted"_s).toBool(), true);
    const QByteArray location = consentAndAccept(sandbox, u"openid User.Read Group.Read.All"_s);
    QVERIFY(redeem(sandbox, redirectQueryValue(location, u"code"_s))
                .json()
                .value(u"scope"_s)
                .toString()
                .contains(u"Group.Read.All"_s));

    // Cancelling the admin page is access_denied.
    const auto admin2 = sandbox.get(sandbox.url(u"/organizations/v2.0/adminconsent?client_id=%1&redirect_uri=%2"_s.arg(
        QLatin1StringView(Sandbox::kDefaultClientId), QString::fromLatin1(QUrl::toPercentEncoding(kRedirect)))));
    const auto cancelled = sandbox.postForm(sandbox.url(u"/organizations/v2.0/adminconsent"_s),
                                            "flow=" + flowId(admin2.body).toLatin1() + "&decision=cancel");
    QCOMPARE(redirectQueryValue(cancelled.header("Location"), u"error"_s), u"access_denied"_s);
    QVERIFY(redirectQueryValue(cancelled.header("Location"), u"error_description"_s).startsWith(u"AADSTS65004"_s));
}

void TestSandboxIdentity::tokenRequestsRecordNoSecrets()
{
    SandboxFixture sandbox;
    const QString code = redirectQueryValue(consentAndAccept(sandbox, u"openid User.Read"_s), u"code"_s);
    redeem(sandbox, code);
    const QJsonArray requests = sandbox.state().value(u"tokenRequests"_s).toArray();
    QCOMPARE(requests.size(), 1);
    const QByteArray dump = QJsonDocument(requests).toJson();
    QVERIFY(!dump.contains(code.toLatin1()));
    QVERIFY(!dump.contains(kVerifier.toLatin1()));
    QMap<QString, QString> seen;
    for (const auto &pair : requests.first().toObject().value(u"parameters"_s).toArray())
        seen.insert(pair.toArray().at(0).toString(), pair.toArray().at(1).toString());
    QCOMPARE(seen.value(u"code"_s), u"(present)"_s);
    QCOMPARE(seen.value(u"code_verifier"_s), u"(present)"_s);
    QCOMPARE(seen.value(u"grant_type"_s), u"authorization_code"_s);
    QCOMPARE(seen.value(u"redirect_uri"_s), kRedirect);
}

void TestSandboxIdentity::refusesOtherHosts_data()
{
    // "PORT" stands for the sandbox's port, "OTHER" for another one.
    QTest::addColumn<QByteArray>("hostValue"); // "-": no Host header at all
    QTest::addColumn<bool>("allowed");
    QTest::newRow("a rebinding page's name") << QByteArray("evil.example") << false;
    QTest::newRow("a rebinding page's name, same port") << QByteArray("evil.example:PORT") << false;
    QTest::newRow("loopback, another port") << QByteArray("127.0.0.1:OTHER") << false;
    QTest::newRow("localhost without port") << QByteArray("localhost") << false;
    QTest::newRow("a subdomain of localhost") << QByteArray("evil.localhost:PORT") << false;
    QTest::newRow("IPv6 loopback (not listening there)") << QByteArray("[::1]:PORT") << false;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("no Host header") << QByteArray("-") << false;
    QTest::newRow("127.0.0.1 and the port") << QByteArray("127.0.0.1:PORT") << true;
    QTest::newRow("localhost and the port") << QByteArray("localhost:PORT") << true;
    QTest::newRow("LocalHost and the port") << QByteArray("LocalHost:PORT") << true;
}

void TestSandboxIdentity::refusesOtherHosts()
{
    QFETCH(QByteArray, hostValue);
    QFETCH(bool, allowed);
    SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    const quint16 port = sandbox.server().port();
    std::optional<QByteArray> host;
    if (hostValue != "-") {
        host = hostValue.replace("PORT", QByteArray::number(port))
                   .replace("OTHER", QByteArray::number(port == 65535 ? port - 1 : port + 1));
    }
    const int lifetime = sandbox.server().setConfig({}).value(u"tokenLifetimeSeconds"_s).toInt();
    const int wanted = lifetime + 1234;

    // The control plane: a write...
    const RawReply config
        = rawRequest(port, "POST", "/_sandbox/config", host,
                     QJsonDocument(QJsonObject{{u"tokenLifetimeSeconds"_s, wanted}}).toJson(QJsonDocument::Compact));
    const int now = sandbox.server().setConfig({}).value(u"tokenLifetimeSeconds"_s).toInt();
    // ... a read, the identity provider and Graph.
    const RawReply state = rawRequest(port, "GET", "/_sandbox/state", host);
    const RawReply discovery = rawRequest(port, "GET", "/organizations/v2.0/.well-known/openid-configuration", host);
    const RawReply graph = rawRequest(port, "GET", "/v1.0/me", host);
    if (allowed) {
        QCOMPARE(config.status, 200);
        QCOMPARE(now, wanted);
        QCOMPARE(state.status, 200);
        QCOMPARE(discovery.status, 200);
        QVERIFY(discovery.body.contains("authorization_endpoint"));
        QCOMPARE(graph.status, 401); // no token: Graph itself answered
        return;
    }
    QCOMPARE(config.status, 421);
    QCOMPARE(now, lifetime); // nothing changed
    QVERIFY2(QJsonDocument::fromJson(config.body).object().contains(u"error"_s), config.body.constData());
    QCOMPARE(state.status, 421);
    QVERIFY(!state.body.contains("tokenRequests"));
    QCOMPARE(discovery.status, 421);
    QVERIFY(!discovery.body.contains("authorization_endpoint"));
    QCOMPARE(graph.status, 421);
    // The app's own client (QNetworkAccessManager names 127.0.0.1:PORT) still gets through.
    QCOMPARE(sandbox.get(sandbox.url(u"/organizations/v2.0/.well-known/openid-configuration"_s)).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxIdentity)
#include "tst_sandbox_identity.moc"
