// The demo tenant's consent modes over real HTTP, as Entra documents them: prompt=none's silent answers, "Users can't
// consent to apps" and the Teams-only admin mode ("Need admin approval" and its way back to the app, refreshes
// refused until an administrator grants), the administrator's /{tenant}/v2.0/adminconsent, and the native-client
// redirect page that shows its result on the administrator's computer (docs/entra/sign-in.md).
#include "core/auth/AuthError.h"
#include "support/Jwt.h"
#include "support/OAuthRequests.h"
#include "support/RedirectQuery.h"
#include "support/SandboxFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QString kRedirect = u"http://127.0.0.1:53682/callback"_s;
const QString kVerifier = u"adminconsent-sandbox-verifier-0123456789-abcdefghijklmnopqrstuvwxyz"_s;
const QString kState = u"st-<b>&1 ü"_s; // markup, '&', a space and a non-ASCII letter: all must come back intact
const QString kColleague = u"kenji.tanaka@contoso-mentoring.example"_s;
const QString kGraphDefault = u"https://graph.microsoft.com/.default"_s;
const QStringList kStaticPermissions{
    u"User.Read"_s,      u"Calendars.Read.Shared"_s, u"Calendars.ReadWrite"_s, u"OnlineMeetings.ReadWrite"_s,
    u"Group.Read.All"_s, u"Channel.ReadBasic.All"_s, u"ChannelMessage.Send"_s};

// Every name of a redirect's query, in order (values through redirectQueryValue()).
QStringList queryNames(const QByteArray &location)
{
    QStringList names;
    const qsizetype question = location.indexOf('?');
    if (question < 0)
        return names;
    for (const QByteArray &pair : location.mid(question + 1).split('&'))
        names << QUrl::fromPercentEncoding(pair.left(pair.indexOf('=')));
    return names;
}

QString flowId(const QByteArray &html)
{
    static const QRegularExpression pattern(u"name=\"flow\" value=\"([^\"]+)\""_s);
    return pattern.match(QString::fromUtf8(html)).captured(1);
}

// AADSTSnnnnn: message, then Trace ID, Correlation ID and Timestamp on lines of their own, as Entra appends them.
bool isEntraDescription(const QString &description, int code, const QString &message)
{
    static const QString guid = u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s;
    const QRegularExpression shape(u"^AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %3\r\n"
                                   u"Timestamp: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ$"_s.arg(
                                       QString::number(code), QRegularExpression::escape(message), guid));
    return shape.match(description).hasMatch();
}

QString lastOutcome(const QJsonObject &state, const QString &log)
{
    return state.value(log).toArray().last().toObject().value(u"outcome"_s).toString();
}

} // namespace

class TestSandboxAdminConsent : public QObject
{
    Q_OBJECT

private:
    static Sandbox::SandboxOptions options(const QString &mode)
    {
        auto options = SandboxFixture::defaultOptions();
        options.userConsentDisabled = mode == u"users can't consent"_s;
        options.adminConsentRequired = mode == u"Teams only"_s;
        options.autoConsent = mode == u"auto consent"_s;
        options.interactionRequired = mode == u"interaction required"_s;
        return options;
    }
    static QList<QPair<QString, QString>> authorizeParameters(const QString &scope, const QString &redirect = kRedirect)
    {
        return {{u"client_id"_s, QLatin1StringView(Sandbox::kDefaultClientId)},
                {u"response_type"_s, u"code"_s},
                {u"redirect_uri"_s, redirect},
                {u"scope"_s, scope},
                {u"state"_s, kState},
                {u"nonce"_s, u"n-0S6_WzA2Mj"_s},
                {u"code_challenge"_s, Test::pkceChallenge(kVerifier)},
                {u"code_challenge_method"_s, u"S256"_s}};
    }
    static SandboxFixture::Reply authorize(SandboxFixture &sandbox, const QList<QPair<QString, QString>> &parameters)
    {
        return sandbox.get(
            sandbox.url(u"/organizations/oauth2/v2.0/authorize?"_s + QString::fromLatin1(Test::formBody(parameters))));
    }
    // The browser's part of an interactive sign-in: authorize, and Accept when a consent page shows.
    static QByteArray signInInteractively(SandboxFixture &sandbox, const QString &scope)
    {
        const auto page = authorize(sandbox, authorizeParameters(scope));
        if (page.status == 302)
            return page.header("Location");
        return sandbox
            .postForm(sandbox.url(u"/organizations/oauth2/v2.0/authorize"_s),
                      "flow=" + flowId(page.body).toLatin1() + "&decision=accept")
            .header("Location");
    }
    static SandboxFixture::Reply redeem(SandboxFixture &sandbox, const QByteArray &location)
    {
        return sandbox.postForm(
            sandbox.url(u"/organizations/oauth2/v2.0/token"_s),
            Test::formBody({{u"client_id"_s, QLatin1StringView(Sandbox::kDefaultClientId)},
                            {u"grant_type"_s, u"authorization_code"_s},
                            {u"code"_s, redirectQueryValue(location, u"code"_s)},
                            {u"redirect_uri"_s, QString::fromLatin1(location.left(location.indexOf('?')))},
                            {u"code_verifier"_s, kVerifier}}));
    }
    static SandboxFixture::Reply refresh(SandboxFixture &sandbox, const QString &token, const QString &scope)
    {
        return sandbox.postForm(sandbox.url(u"/organizations/oauth2/v2.0/token"_s),
                                Test::formBody({{u"client_id"_s, QLatin1StringView(Sandbox::kDefaultClientId)},
                                                {u"grant_type"_s, u"refresh_token"_s},
                                                {u"refresh_token"_s, token},
                                                {u"scope"_s, scope}}));
    }
    static QUrl adminConsentUrl(SandboxFixture &sandbox, const QString &scope, const QString &redirect = {})
    {
        const QString target = redirect.isEmpty() ? sandbox.server().nativeClientRedirectUri().toString() : redirect;
        return sandbox.url(
            u"/%1/v2.0/adminconsent?"_s.arg(sandbox.server().tenantId())
            + QString::fromLatin1(Test::formBody({{u"client_id"_s, QLatin1StringView(Sandbox::kDefaultClientId)},
                                                  {u"scope"_s, scope},
                                                  {u"redirect_uri"_s, target},
                                                  {u"state"_s, u"adm-<1>"_s}})));
    }
    // The administrator's part: the admin consent page, then Accept or Cancel; returns the redirect's Location.
    static QByteArray answerAdminConsent(SandboxFixture &sandbox, const QString &scope, const QString &decision)
    {
        const auto page = sandbox.get(adminConsentUrl(sandbox, scope));
        if (page.status != 200)
            return {};
        return sandbox
            .postForm(sandbox.url(u"/%1/v2.0/adminconsent"_s.arg(sandbox.server().tenantId())),
                      "flow=" + flowId(page.body).toLatin1() + "&decision=" + decision.toLatin1())
            .header("Location");
    }

private Q_SLOTS:
    void silentRequestsRedirectWithTheirOutcome_data();
    void silentRequestsRedirectWithTheirOutcome();
    void errorsBeforeTheRedirectIsKnownShowAPage_data();
    void errorsBeforeTheRedirectIsKnownShowAPage();
    void silentPersonalAccountMismatchRedirects();
    void needAdminApprovalReturnsToTheApp_data();
    void needAdminApprovalReturnsToTheApp();
    void refreshIsRefusedUntilAnAdministratorGrants_data();
    void refreshIsRefusedUntilAnAdministratorGrants();
    void adminConsentApproveGrantsTheTenant_data();
    void adminConsentApproveGrantsTheTenant();
    void adminConsentDecline();
    void nativeClientPage_data();
    void nativeClientPage();
    void nativeClientRedirectUri_data();
    void nativeClientRedirectUri();
};

void TestSandboxAdminConsent::silentRequestsRedirectWithTheirOutcome_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QJsonObject>("config"); // POST /_sandbox/config before the silent request
    // What the browser did before: nothing, an interactive sign-in (consent accepted), an interactive request that
    // stopped at a page, one followed by a sign-out, or an administrator's grant and then a sign-in.
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("loginHint");
    QTest::addColumn<QString>("error"); // empty: a code
    QTest::addColumn<int>("aadsts");

    const QString signIn = u"openid profile offline_access User.Read"_s;
    QTest::newRow("nobody signed in yet")
        << u"default"_s << QJsonObject() << u"nothing"_s << signIn << QString() << u"login_required"_s << 50058;
    QTest::newRow("signed out") << u"default"_s << QJsonObject() << u"signed out"_s << signIn << QString()
                                << u"login_required"_s << 50058;
    QTest::newRow("hint names another user")
        << u"default"_s << QJsonObject() << u"signed in"_s << signIn << kColleague << u"login_required"_s << 50058;
    QTest::newRow("interaction required (option)") << u"interaction required"_s << QJsonObject() << u"signed in"_s
                                                   << signIn << QString() << u"interaction_required"_s << 50076;
    QTest::newRow("interaction required (control)")
        << u"default"_s << QJsonObject{{u"interactionRequired"_s, true}} << u"signed in"_s << signIn << QString()
        << u"interaction_required"_s << 50076;
    QTest::newRow("a scope without consent")
        << u"default"_s << QJsonObject() << u"signed in"_s << u"openid User.Read Calendars.ReadWrite"_s << QString()
        << u"consent_required"_s << 65001;
    QTest::newRow("auto consent is still silent")
        << u"auto consent"_s << QJsonObject() << u"signed in"_s << u"openid User.Read Calendars.ReadWrite"_s
        << QString() << u"consent_required"_s << 65001;
    QTest::newRow("Teams only: admin permission")
        << u"Teams only"_s << QJsonObject() << u"signed in"_s << u"openid User.Read Group.Read.All"_s << QString()
        << u"consent_required"_s << 90094;
    QTest::newRow("users can't consent") << u"users can't consent"_s << QJsonObject() << u"stopped at a page"_s
                                         << signIn << QString() << u"consent_required"_s << 90094;
    QTest::newRow("users can't consent, switched by control")
        << u"default"_s << QJsonObject{{u"userConsentDisabled"_s, true}} << u"stopped at a page"_s
        << u"openid Calendars.ReadWrite"_s << QString() << u"consent_required"_s << 90094;
    QTest::newRow("consented") << u"default"_s << QJsonObject() << u"signed in"_s << signIn << QString() << QString()
                               << 0;
    QTest::newRow("hint names the signed-in user") << u"default"_s << QJsonObject() << u"signed in"_s << signIn
                                                   << u"ALEX@contoso-mentoring.example"_s << QString() << 0;
    QTest::newRow("users can't consent, admin granted")
        << u"users can't consent"_s << QJsonObject() << u"admin granted"_s << signIn << QString() << QString() << 0;
    QTest::newRow("Teams only, admin granted") << u"Teams only"_s << QJsonObject() << u"admin granted"_s
                                               << u"openid User.Read Group.Read.All"_s << QString() << QString() << 0;
}

void TestSandboxAdminConsent::silentRequestsRedirectWithTheirOutcome()
{
    QFETCH(QString, mode);
    QFETCH(QJsonObject, config);
    QFETCH(QString, before);
    QFETCH(QString, scope);
    QFETCH(QString, loginHint);
    QFETCH(QString, error);
    QFETCH(int, aadsts);
    SandboxFixture sandbox(options(mode));
    QVERIFY(sandbox.isListening());
    if (before == u"admin granted"_s)
        QVERIFY(!answerAdminConsent(sandbox, kGraphDefault, u"accept"_s).isEmpty());
    if (before == u"signed in"_s || before == u"signed out"_s || before == u"admin granted"_s)
        QVERIFY(
            !redirectQueryValue(signInInteractively(sandbox, u"openid profile offline_access User.Read"_s), u"code"_s)
                 .isEmpty());
    if (before == u"stopped at a page"_s)
        QCOMPARE(authorize(sandbox, authorizeParameters(scope)).status, 200);
    if (before == u"signed out"_s)
        QCOMPARE(sandbox.get(sandbox.url(u"/organizations/oauth2/v2.0/logout"_s)).status, 200);
    QCOMPARE(sandbox.state().value(u"browserSession"_s).toString().isEmpty(),
             before == u"nothing"_s || before == u"signed out"_s);
    if (!config.isEmpty())
        sandbox.setConfig(config);

    auto parameters = authorizeParameters(scope);
    parameters.append({u"prompt"_s, u"none"_s});
    if (!loginHint.isEmpty())
        parameters.append({u"login_hint"_s, loginHint});
    const auto reply = authorize(sandbox, parameters);
    // Never a page: always back to the redirect URI, with the state.
    QCOMPARE(reply.status, 302);
    const QByteArray location = reply.header("Location");
    QVERIFY(location.startsWith(QByteArray(kRedirect.toLatin1() + '?')));
    QCOMPARE(redirectQueryValue(location, u"state"_s), kState);
    const QString outcome = lastOutcome(sandbox.state(), u"authorizeRequests"_s);
    if (error.isEmpty()) {
        QVERIFY(!redirectQueryValue(location, u"code"_s).isEmpty());
        QVERIFY(!queryNames(location).contains(u"error"_s));
        QCOMPARE(outcome, u"redirect:code"_s);
        QCOMPARE(redeem(sandbox, location).status, 200);
        return;
    }
    QCOMPARE(queryNames(location), (QStringList{u"error"_s, u"error_description"_s, u"state"_s}));
    QCOMPARE(redirectQueryValue(location, u"error"_s), error);
    const QString description = redirectQueryValue(location, u"error_description"_s);
    QVERIFY2(description.startsWith(u"AADSTS%1: "_s.arg(aadsts)), qPrintable(description));
    QVERIFY2(description.contains(u"\r\nTrace ID: "_s) && description.contains(u"\r\nCorrelation ID: "_s)
                 && description.contains(u"\r\nTimestamp: "_s),
             qPrintable(description));
    // Form-encoded as Entra encodes: '+' for spaces, lower-case %xx.
    QVERIFY2(location.contains(QByteArray("error_description=AADSTS" + QByteArray::number(aadsts) + "%3a+")),
             location.constData());
    QVERIFY(location.contains("%0d%0aTrace+ID%3a+"));
    QCOMPARE(outcome, u"redirect:"_s + error);
    // What the app makes of it.
    const AuthError classified = AuthError::fromRedirect(error, description);
    QCOMPARE(classified.aadsts, aadsts);
    const AuthError::Kind expected = aadsts == 90094 ? AuthError::Kind::AdminApprovalRequired
        : error == u"consent_required"_s             ? AuthError::Kind::ConsentRequired
                                                     : AuthError::Kind::InteractionRequired;
    QCOMPARE(classified.kind, expected);
}

void TestSandboxAdminConsent::errorsBeforeTheRedirectIsKnownShowAPage_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<bool>("duplicate");
    QTest::addColumn<int>("aadsts");
    const QString client = QLatin1StringView(Sandbox::kDefaultClientId);
    QTest::newRow("unknown tenant") << u"fabrikam.example"_s << client << kRedirect << false << 90002;
    QTest::newRow("duplicated parameter") << u"organizations"_s << client << kRedirect << true << 9000411;
    QTest::newRow("no client id") << u"organizations"_s << QString() << kRedirect << false << 900144;
    QTest::newRow("unknown client") << u"organizations"_s << u"00000000-1111-2222-3333-444444444444"_s << kRedirect
                                    << false << 700016;
    QTest::newRow("foreign https redirect")
        << u"organizations"_s << client << u"https://evil.example/callback"_s << false << 50011;
    QTest::newRow("no redirect") << u"organizations"_s << client << QString() << false << 50011;
}

void TestSandboxAdminConsent::errorsBeforeTheRedirectIsKnownShowAPage()
{
    QFETCH(QString, tenant);
    QFETCH(QString, clientId);
    QFETCH(QString, redirect);
    QFETCH(bool, duplicate);
    QFETCH(int, aadsts);
    SandboxFixture sandbox;
    signInInteractively(sandbox, u"openid User.Read"_s); // a session, so only the request itself is wrong
    QList<QPair<QString, QString>> parameters{{u"client_id"_s, clientId},    {u"response_type"_s, u"code"_s},
                                              {u"redirect_uri"_s, redirect}, {u"scope"_s, u"openid User.Read"_s},
                                              {u"state"_s, kState},          {u"prompt"_s, u"none"_s}};
    if (clientId.isEmpty())
        parameters.removeFirst();
    if (duplicate)
        parameters.append({u"scope"_s, u"User.Read"_s});
    const auto reply = sandbox.get(
        sandbox.url(u"/%1/oauth2/v2.0/authorize?"_s.arg(tenant) + QString::fromLatin1(Test::formBody(parameters))));
    // RFC 6749 section 4.1.2.1: without a valid client and redirect URI, never a redirect, even for prompt=none.
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Location").isEmpty());
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QVERIFY2(reply.body.contains(QByteArray("AADSTS" + QByteArray::number(aadsts))), reply.body.constData());
    QCOMPARE(lastOutcome(sandbox.state(), u"authorizeRequests"_s), u"error:AADSTS%1"_s.arg(aadsts));
}

void TestSandboxAdminConsent::silentPersonalAccountMismatchRedirects()
{
    auto options = SandboxFixture::defaultOptions();
    options.personalAccounts = true;
    SandboxFixture sandbox(options);
    auto parameters = authorizeParameters(u"openid User.Read"_s);
    // Interactively the mismatch is Entra's page...
    const auto page = authorize(sandbox, parameters);
    QCOMPARE(page.status, 400);
    QVERIFY(page.body.contains("AADSTS50020"));
    // ...but a silent request shows none: the client and redirect URI are valid, so the error goes back.
    parameters.append({u"prompt"_s, u"none"_s});
    const auto silent = authorize(sandbox, parameters);
    QCOMPARE(silent.status, 302);
    QCOMPARE(redirectQueryValue(silent.header("Location"), u"error"_s), u"invalid_request"_s);
    QVERIFY(redirectQueryValue(silent.header("Location"), u"error_description"_s).startsWith(u"AADSTS50020: "_s));
    QCOMPARE(redirectQueryValue(silent.header("Location"), u"state"_s), kState);
}

void TestSandboxAdminConsent::needAdminApprovalReturnsToTheApp_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QStringList>("listed"); // what the page says only an administrator can grant
    QTest::newRow("users can't consent") << u"users can't consent"_s
                                         << u"openid profile User.Read Calendars.ReadWrite"_s
                                         << QStringList{u"openid"_s, u"profile"_s, u"User.Read"_s,
                                                        u"Calendars.ReadWrite"_s};
    QTest::newRow("Teams only") << u"Teams only"_s << u"openid User.Read Group.Read.All"_s
                                << QStringList{u"Group.Read.All"_s};
}

void TestSandboxAdminConsent::needAdminApprovalReturnsToTheApp()
{
    QFETCH(QString, mode);
    QFETCH(QString, scope);
    QFETCH(QStringList, listed);
    SandboxFixture sandbox(options(mode));
    const auto page = authorize(sandbox, authorizeParameters(scope));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(u"<h1>Need admin approval</h1>"_s));
    QVERIFY(html.contains(u"MentorDesk needs permission to access resources in your organization that only an admin "
                          u"can grant. Please ask an admin to grant permission to this app before you can use it."_s));
    QVERIFY(html.contains(sandbox.server().mentorUpn()));
    QVERIFY(html.contains(u"Return to the application without granting consent"_s));
    QVERIFY(!html.contains(u"value=\"accept\""_s)); // nothing to accept here
    for (const QString &scopeName : std::as_const(listed))
        QVERIFY2(html.contains(u"<code>%1</code>"_s.arg(scopeName)), qPrintable(scopeName));
    QVERIFY(!html.contains(u"st-<b>"_s));
    QCOMPARE(lastOutcome(sandbox.state(), u"authorizeRequests"_s), u"page:needAdminApproval"_s);

    const auto back = sandbox.postForm(sandbox.url(u"/organizations/oauth2/v2.0/authorize"_s),
                                       "flow=" + flowId(page.body).toLatin1() + "&decision=return");
    QCOMPARE(back.status, 302);
    const QByteArray location = back.header("Location");
    QVERIFY(location.startsWith(QByteArray(kRedirect.toLatin1() + '?')));
    QCOMPARE(queryNames(location), (QStringList{u"error"_s, u"error_subcode"_s, u"error_description"_s, u"state"_s}));
    QCOMPARE(redirectQueryValue(location, u"error"_s), u"access_denied"_s);
    QCOMPARE(redirectQueryValue(location, u"error_subcode"_s), u"cancel"_s);
    const QString description = redirectQueryValue(location, u"error_description"_s);
    QVERIFY2(isEntraDescription(description, 90094, u"The grant requires admin permission."_s),
             qPrintable(description));
    QVERIFY(
        location.contains("&error_description=AADSTS90094%3a+The+grant+requires+admin+permission.%0d%0aTrace+ID%3a+"));
    QCOMPARE(redirectQueryValue(location, u"state"_s), kState);
    QVERIFY(location.contains("&state=st-%3cb%3e%261+%c3%bc"));
    const QJsonObject state = sandbox.state();
    QCOMPARE(lastOutcome(state, u"authorizeRequests"_s), u"redirect:access_denied"_s);
    QVERIFY(state.value(u"userConsents"_s).toObject().isEmpty()); // nothing was granted
    // The app reads it as "an administrator has to approve", not as the user declining.
    const AuthError error = AuthError::fromRedirect(
        redirectQueryValue(location, u"error"_s),
        QString::fromLatin1(location.mid(location.indexOf("error_description=") + 18).split('&').first()));
    QCOMPARE(error.kind, AuthError::Kind::AdminApprovalRequired);
    QCOMPARE(error.aadsts, 90094);
}

void TestSandboxAdminConsent::refreshIsRefusedUntilAnAdministratorGrants_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("firstGrant"); // what the administrator grants first ("": nothing, the user consents)
    QTest::addColumn<QString>("refused"); // a scope the refresh asks for that nobody granted yet
    QTest::newRow("users can't consent") << u"users can't consent"_s << u"openid offline_access User.Read"_s
                                         << u"Calendars.ReadWrite"_s;
    QTest::newRow("Teams only") << u"Teams only"_s << QString() << u"Group.Read.All"_s;
}

void TestSandboxAdminConsent::refreshIsRefusedUntilAnAdministratorGrants()
{
    QFETCH(QString, mode);
    QFETCH(QString, firstGrant);
    QFETCH(QString, refused);
    SandboxFixture sandbox(options(mode));
    if (!firstGrant.isEmpty())
        QVERIFY(!answerAdminConsent(sandbox, firstGrant, u"accept"_s).isEmpty());
    const QByteArray signedIn = signInInteractively(sandbox, u"openid offline_access User.Read"_s);
    QVERIFY(!redirectQueryValue(signedIn, u"code"_s).isEmpty());
    const auto tokens = redeem(sandbox, signedIn);
    QCOMPARE(tokens.status, 200);
    QVERIFY(!tokens.json().value(u"scope"_s).toString().split(u' ').contains(refused));
    const QString refreshToken = tokens.json().value(u"refresh_token"_s).toString();
    QVERIFY(!refreshToken.isEmpty());

    const QString asked = u"User.Read %1 offline_access"_s.arg(refused);
    const auto denied = refresh(sandbox, refreshToken, asked);
    QCOMPARE(denied.status, 400);
    QCOMPARE(denied.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(denied.json().value(u"error_codes"_s).toArray(), QJsonArray{65001});
    const QString description = denied.json().value(u"error_description"_s).toString();
    QVERIFY2(
        isEntraDescription(description, 65001,
                           u"The user or administrator has not consented to use the application with ID '%1' named "
                           u"'MentorDesk'. Send an interactive authorization request for this user and resource."_s.arg(
                               QLatin1StringView(Sandbox::kDefaultClientId))),
        qPrintable(description));
    QCOMPARE(lastOutcome(sandbox.state(), u"tokenRequests"_s), u"invalid_grant:AADSTS65001"_s);
    QCOMPARE(AuthError::fromTokenEndpoint(400, denied.body, QNetworkReply::ProtocolInvalidOperationError, {}).kind,
             AuthError::Kind::ConsentRequired);

    // The administrator grants everything the registration asks for; the same refresh now succeeds.
    QVERIFY(!answerAdminConsent(sandbox, kGraphDefault, u"accept"_s).isEmpty());
    const auto renewed = refresh(sandbox, refreshToken, asked);
    QCOMPARE(renewed.status, 200);
    const QStringList scope = renewed.json().value(u"scope"_s).toString().split(u' ');
    for (const QString &expected : kStaticPermissions)
        QVERIFY2(scope.contains(expected), qPrintable(expected));
    QVERIFY(jwtClaims(renewed.json().value(u"access_token"_s).toString())
                .value(u"scp"_s)
                .toString()
                .split(u' ')
                .contains(refused));
    QCOMPARE(lastOutcome(sandbox.state(), u"tokenRequests"_s), u"tokens"_s);
}

void TestSandboxAdminConsent::adminConsentApproveGrantsTheTenant_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("scope"); // {base} stands for the sandbox's address
    QTest::addColumn<QStringList>("granted");
    QTest::newRow("users can't consent, Graph .default")
        << u"users can't consent"_s << kGraphDefault << kStaticPermissions;
    QTest::newRow("users can't consent, demo Graph .default")
        << u"users can't consent"_s << u"{base}/.default"_s << kStaticPermissions;
    QTest::newRow("users can't consent, two scopes")
        << u"users can't consent"_s << u"https://graph.microsoft.com/Calendars.ReadWrite User.Read"_s
        << QStringList{u"User.Read"_s, u"Calendars.ReadWrite"_s};
    QTest::newRow("Teams only, Graph .default") << u"Teams only"_s << kGraphDefault << kStaticPermissions;
}

void TestSandboxAdminConsent::adminConsentApproveGrantsTheTenant()
{
    QFETCH(QString, mode);
    QFETCH(QString, scope);
    QFETCH(QStringList, granted);
    SandboxFixture sandbox(options(mode));
    scope.replace(u"{base}"_s, sandbox.baseUrl().toString());
    QCOMPARE(sandbox.state().value(u"adminConsentGranted"_s).toBool(), false);

    const auto page = sandbox.get(adminConsentUrl(sandbox, scope));
    QCOMPARE(page.status, 200);
    const QString html = QString::fromUtf8(page.body);
    QCOMPARE(sandbox.server().adminUpn(), u"admin@contoso-mentoring.example"_s);
    QVERIFY(html.contains(sandbox.server().adminUpn())); // the administrator signs in, not the mentor
    QVERIFY(!html.contains(sandbox.server().mentorUpn()));
    QVERIFY(html.contains(u"for everyone in %1"_s.arg(sandbox.server().tenantName())));
    for (const QString &name : std::as_const(granted))
        QVERIFY2(html.contains(u"<code>%1</code>"_s.arg(name)), qPrintable(name));
    QVERIFY(!html.contains(u"adm-<1>"_s));
    QCOMPARE(lastOutcome(sandbox.state(), u"adminConsentRequests"_s), u"page:adminConsent"_s);

    const auto approved = sandbox.postForm(sandbox.url(u"/%1/v2.0/adminconsent"_s.arg(sandbox.server().tenantId())),
                                           "flow=" + flowId(page.body).toLatin1() + "&decision=accept");
    QCOMPARE(approved.status, 302);
    const QByteArray location = approved.header("Location");
    QVERIFY(location.startsWith(QByteArray(sandbox.server().nativeClientRedirectUri().toEncoded() + '?')));
    QCOMPARE(queryNames(location), (QStringList{u"admin_consent"_s, u"tenant"_s, u"scope"_s, u"state"_s}));
    QCOMPARE(redirectQueryValue(location, u"admin_consent"_s), u"True"_s);
    QCOMPARE(redirectQueryValue(location, u"tenant"_s), sandbox.server().tenantId());
    QStringList expectedScope;
    for (const QString &name : std::as_const(granted))
        expectedScope << u"https://graph.microsoft.com/"_s + name;
    QCOMPARE(redirectQueryValue(location, u"scope"_s), expectedScope.join(u' '));
    QCOMPARE(redirectQueryValue(location, u"state"_s), u"adm-<1>"_s);

    const QJsonObject state = sandbox.state();
    QCOMPARE(state.value(u"adminConsentGranted"_s).toBool(), true);
    QCOMPARE(lastOutcome(state, u"adminConsentRequests"_s), u"redirect:admin_consent"_s);
    const QJsonArray recorded = state.value(u"adminGrantedScopes"_s).toArray();
    // A named list: a range-for over "QStringList(...) << ..." would iterate a destroyed temporary.
    const QStringList expectedGrant = QStringList(granted) << u"openid"_s << u"profile"_s << u"offline_access"_s;
    for (const QString &name : expectedGrant)
        QVERIFY2(recorded.contains(name), qPrintable(name));
    QVERIFY(state.value(u"browserSession"_s).toString().isEmpty()); // the administrator's own computer

    // A user of the tenant now gets the granted scopes at once: no page, a code.
    const QString asked = u"openid profile offline_access "_s + granted.join(u' ');
    const auto signIn = authorize(sandbox, authorizeParameters(asked));
    QCOMPARE(signIn.status, 302);
    QVERIFY(!redirectQueryValue(signIn.header("Location"), u"code"_s).isEmpty());
    QCOMPARE(lastOutcome(sandbox.state(), u"authorizeRequests"_s), u"redirect:code"_s);
    const auto tokens = redeem(sandbox, signIn.header("Location"));
    QCOMPARE(tokens.status, 200);
    const QStringList tokenScope = tokens.json().value(u"scope"_s).toString().split(u' ');
    for (const QString &name : std::as_const(granted))
        QVERIFY2(tokenScope.contains(name), qPrintable(name));
    QCOMPARE(refresh(sandbox, tokens.json().value(u"refresh_token"_s).toString(), granted.join(u' ')).status, 200);

    // Where the administrator's browser lands.
    const auto result = sandbox.get(QUrl::fromEncoded(location));
    QCOMPARE(result.status, 200);
    QVERIFY(QString::fromUtf8(result.body)
                .contains(u"Approved: MentorDesk may now be used in %1. You can close this "
                          u"page."_s.arg(sandbox.server().tenantName())));
}

void TestSandboxAdminConsent::adminConsentDecline()
{
    SandboxFixture sandbox(options(u"users can't consent"_s));
    const QByteArray location = answerAdminConsent(sandbox, kGraphDefault, u"cancel"_s);
    QVERIFY(location.startsWith(QByteArray(sandbox.server().nativeClientRedirectUri().toEncoded() + '?')));
    // As Entra answers it: no tenant, error_uri, and admin_consent=True although nothing was granted.
    QCOMPARE(queryNames(location),
             (QStringList{u"error"_s, u"error_description"_s, u"error_uri"_s, u"admin_consent"_s, u"state"_s}));
    QCOMPARE(redirectQueryValue(location, u"error"_s), u"access_denied"_s);
    const QString description = redirectQueryValue(location, u"error_description"_s);
    QVERIFY2(isEntraDescription(description, 65004, u"User declined to consent to access the app."_s),
             qPrintable(description));
    QVERIFY(location.contains("error_description=AADSTS65004%3a+User+declined+to+consent+to+access+the+app.%0d%0a"));
    QCOMPARE(redirectQueryValue(location, u"error_uri"_s), u"https://login.microsoftonline.com/error?code=65004"_s);
    QCOMPARE(redirectQueryValue(location, u"state"_s), u"adm-<1>"_s);
    const QJsonObject state = sandbox.state();
    QCOMPARE(state.value(u"adminConsentGranted"_s).toBool(), false);
    QVERIFY(state.value(u"adminGrantedScopes"_s).toArray().isEmpty());
    QCOMPARE(lastOutcome(state, u"adminConsentRequests"_s), u"redirect:access_denied"_s);
    // Users still need an administrator.
    QCOMPARE(authorize(sandbox, authorizeParameters(u"openid User.Read"_s)).status, 200);
    QCOMPARE(lastOutcome(sandbox.state(), u"authorizeRequests"_s), u"page:needAdminApproval"_s);
    // The administrator's page shows the error, not an approval.
    const QString html = QString::fromUtf8(sandbox.get(QUrl::fromEncoded(location)).body);
    QVERIFY(html.contains(u"access_denied"_s));
    QVERIFY(html.contains(u"AADSTS65004: User declined to consent to access the app.<br>Trace ID: "_s));
    QVERIFY(!html.contains(u"Approved"_s));
}

void TestSandboxAdminConsent::nativeClientPage_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("absent");
    const QString tenantId = u"3d9c4f7a-52e1-4b8a-9f6d-0e2c7a1b5d83"_s;
    QTest::newRow("approved")
        << u"admin_consent=True&tenant=%1&scope=https%3a%2f%2fgraph.microsoft.com%2fUser.Read&state=1"_s.arg(tenantId)
        << QStringList{u"Approved: MentorDesk may now be used in Contoso Mentoring. You can close this page."_s}
        << QStringList{u"Nothing to do here"_s};
    QTest::newRow("error, HTML in the description")
        << u"error=access_denied&error_subcode=cancel&error_description=AADSTS90094%3a+<script>alert(1)</script>+%26+"
           u"%22x%22+%3cimg+src%3dx%3e%0d%0aTrace+ID%3a+abc&state=1"_s
        << QStringList{u"access_denied (cancel)"_s,
                       u"AADSTS90094: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &lt;img src=x&gt;"
                       u"<br>Trace ID: abc"_s}
        << QStringList{u"<script>alert"_s, u"<img src"_s, u"Approved"_s};
    QTest::newRow("error beside admin_consent=True")
        << u"error=access_denied&error_description=AADSTS65004%3a+User+declined&admin_consent=True&state=1"_s
        << QStringList{u"access_denied"_s, u"AADSTS65004: User declined"_s} << QStringList{u"Approved"_s};
    QTest::newRow("no parameters") << QString() << QStringList{u"Nothing to do here"_s}
                                   << QStringList{u"Approved"_s, u"error"_s};
    QTest::newRow("a sign-in's code is not shown")
        << u"code=1.AXkAsecret-code&state=1"_s << QStringList{u"Nothing to do here"_s} << QStringList{u"secret-code"_s};
}

void TestSandboxAdminConsent::nativeClientPage()
{
    QFETCH(QString, query);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, absent);
    SandboxFixture sandbox;
    QUrl url = sandbox.server().nativeClientRedirectUri();
    QCOMPARE(url.toString(), sandbox.baseUrl().toString() + u"/common/oauth2/nativeclient"_s);
    if (!query.isEmpty())
        url = QUrl::fromEncoded(QByteArray(url.toEncoded() + '?' + query.toLatin1()), QUrl::TolerantMode);
    const auto page = sandbox.get(url);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    const QString html = QString::fromUtf8(page.body);
    for (const QString &text : std::as_const(shown))
        QVERIFY2(html.contains(text), qPrintable(text + u"\n"_s + html));
    for (const QString &text : std::as_const(absent))
        QVERIFY2(!html.contains(text), qPrintable(text));
}

void TestSandboxAdminConsent::nativeClientRedirectUri_data()
{
    QTest::addColumn<QString>("endpoint"); // authorize | adminconsent
    QTest::addColumn<QString>("redirect"); // {native} stands for SandboxServer::nativeClientRedirectUri()
    QTest::addColumn<bool>("accepted");
    for (const QString &endpoint : {u"authorize"_s, u"adminconsent"_s}) {
        const QByteArray e = endpoint.toLatin1();
        QTest::addRow("%s, native client", e.constData()) << endpoint << u"{native}"_s << true;
        QTest::addRow("%s, loopback", e.constData()) << endpoint << kRedirect << true;
        QTest::addRow("%s, foreign https", e.constData()) << endpoint << u"https://evil.example/callback"_s << false;
        QTest::addRow("%s, Microsoft's native client", e.constData())
            << endpoint << u"https://login.microsoftonline.com/common/oauth2/nativeclient"_s << false;
        QTest::addRow("%s, native client with a query", e.constData()) << endpoint << u"{native}?x=1"_s << false;
        QTest::addRow("%s, another path", e.constData())
            << endpoint << u"{base}/organizations/oauth2/nativeclient"_s << false;
    }
}

void TestSandboxAdminConsent::nativeClientRedirectUri()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, redirect);
    QFETCH(bool, accepted);
    SandboxFixture sandbox;
    redirect.replace(u"{native}"_s, sandbox.server().nativeClientRedirectUri().toString());
    redirect.replace(u"{base}"_s, sandbox.baseUrl().toString());
    const bool admin = endpoint == u"adminconsent"_s;
    const auto page = admin ? sandbox.get(adminConsentUrl(sandbox, kGraphDefault, redirect))
                            : authorize(sandbox, authorizeParameters(u"openid User.Read"_s, redirect));
    if (!accepted) {
        // Never a redirect to an unregistered URI: Entra's error page.
        QCOMPARE(page.status, 400);
        QVERIFY(page.header("Location").isEmpty());
        QVERIFY(page.body.contains("AADSTS50011"));
        QCOMPARE(lastOutcome(sandbox.state(), admin ? u"adminConsentRequests"_s : u"authorizeRequests"_s),
                 u"error:AADSTS50011"_s);
        return;
    }
    QCOMPARE(page.status, 200);
    const QString path = admin ? u"/%1/v2.0/adminconsent"_s.arg(sandbox.server().tenantId())
                               : u"/organizations/oauth2/v2.0/authorize"_s;
    const auto decision
        = sandbox.postForm(sandbox.url(path), "flow=" + flowId(page.body).toLatin1() + "&decision=accept");
    QCOMPARE(decision.status, 302);
    const QByteArray location = decision.header("Location");
    QVERIFY2(location.startsWith(QByteArray(QUrl(redirect).toEncoded() + '?')), location.constData());
    if (admin) {
        QCOMPARE(redirectQueryValue(location, u"admin_consent"_s), u"True"_s);
        return;
    }
    // The code redeems with the same redirect URI.
    QCOMPARE(redeem(sandbox, location).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxAdminConsent)
#include "tst_sandbox_adminconsent.moc"
