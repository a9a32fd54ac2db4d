// The IT request packet (AdminConsentRequest) and the answers of "Check again" (ConsentCheckResult).
#include "core/auth/AdminConsentRequest.h"
#include "core/auth/ConsentCheckResult.h"
#include "core/consent/ScopeCatalog.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

class TestAdminConsentRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkGoesToTheTenantsAdminConsentEndpoint_data();
    void linkGoesToTheTenantsAdminConsentEndpoint();
    void everyDelegatedScopeWithWhyAndWhoApproves();
    void eachPacketHasAFreshState();
    void textNamesEverythingAnAdministratorNeeds();
    void mailtoCarriesTheWholeTextIntact();
    void checkAgainHasThreeAnswersAndAFailure_data();
    void checkAgainHasThreeAnswersAndAFailure();
};

void TestAdminConsentRequest::linkGoesToTheTenantsAdminConsentEndpoint_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("configuredTenant");
    QTest::addColumn<QString>("authorityOverride");
    QTest::addColumn<QString>("accountTenant");
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<QString>("expectedRedirect");

    const QString nativeClient = u"https://login.microsoftonline.com/common/oauth2/nativeclient"_s;
    QTest::newRow("signed out, organizations") << u"global"_s << u"organizations"_s << QString() << QString()
                                               << u"/organizations/v2.0/adminconsent"_s << nativeClient;
    // The admin consent endpoint does not take "common": the administrator picks their tenant by signing in.
    QTest::newRow("signed out, common") << u"global"_s << u"common"_s << QString() << QString()
                                        << u"/organizations/v2.0/adminconsent"_s << nativeClient;
    QTest::newRow("signed out, a configured domain") << u"global"_s << u"contoso.com"_s << QString() << QString()
                                                     << u"/contoso.com/v2.0/adminconsent"_s << nativeClient;
    QTest::newRow("the account's tenant wins")
        << u"global"_s << u"organizations"_s << QString() << u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s
        << u"/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0/adminconsent"_s << nativeClient;
    QTest::newRow("US Government") << u"usgov"_s << u"organizations"_s << QString() << QString()
                                   << u"/organizations/v2.0/adminconsent"_s
                                   << u"https://login.microsoftonline.us/common/oauth2/nativeclient"_s;
    // The demo tenant: its own login host, and its own nativeclient page.
    QTest::newRow("demo tenant") << u"global"_s << u"organizations"_s
                                 << u"http://127.0.0.1:41234/b7e4a1c2-8f3d-4e6a-9c15-2d7f0a9e3b64"_s
                                 << u"b7e4a1c2-8f3d-4e6a-9c15-2d7f0a9e3b64"_s
                                 << u"/b7e4a1c2-8f3d-4e6a-9c15-2d7f0a9e3b64/v2.0/adminconsent"_s
                                 << u"http://127.0.0.1:41234/common/oauth2/nativeclient"_s;
    QTest::newRow("an authority with a path prefix")
        << u"global"_s << u"organizations"_s << u"https://login.example/idp/contoso.com"_s << QString()
        << u"/idp/contoso.com/v2.0/adminconsent"_s << u"https://login.example/idp/common/oauth2/nativeclient"_s;
}

void TestAdminConsentRequest::linkGoesToTheTenantsAdminConsentEndpoint()
{
    QFETCH(QString, cloud);
    QFETCH(QString, configuredTenant);
    QFETCH(QString, authorityOverride);
    QFETCH(QString, accountTenant);
    QFETCH(QString, expectedPath);
    QFETCH(QString, expectedRedirect);
    AppConfig config;
    config.cloud = *CloudInfo::fromKey(cloud);
    config.tenant = configuredTenant;
    config.authorityOverride = QUrl(authorityOverride);
    config.clientId = u"5d2c8a3e-6b1f-4f0e-9a57-0c3d4e5f6a7b"_s;
    const AdminConsentRequest request(config, accountTenant);
    const QUrl url = request.adminConsentUrl();
    QCOMPARE(url.scheme() + u"://"_s + url.authority(),
             (authorityOverride.isEmpty() ? CloudInfo::loginHost(config.cloud) : QUrl(authorityOverride))
                 .adjusted(QUrl::RemovePath)
                 .toString());
    QCOMPARE(url.path(), expectedPath);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"client_id"_s), config.clientId);
    QCOMPARE(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), expectedRedirect);
    QCOMPARE(AdminConsentRequest::nativeClientRedirectUri(config).toString(), expectedRedirect);
    QCOMPARE(query.queryItemValue(u"state"_s), request.state());
    QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded).split(u' '), request.scopeNames());
    QCOMPARE(request.tenant(), expectedPath.section(u'/', -3, -3));
}

void TestAdminConsentRequest::everyDelegatedScopeWithWhyAndWhoApproves()
{
    AppConfig config;
    config.clientId = u"client"_s;
    const AdminConsentRequest request(config);
    const ScopeCatalog &catalog = ScopeCatalog::instance();
    QCOMPARE(request.scopes().size(), catalog.scopes().size());
    for (const ScopeInfo &info : catalog.scopes()) {
        QVERIFY2(request.scopeNames().contains(info.scope), qPrintable(info.scope));
        const auto it
            = std::find_if(request.scopes().cbegin(), request.scopes().cend(),
                           [&info](const AdminConsentRequest::Scope &scope) { return scope.name == info.scope; });
        QVERIFY(!it->why.isEmpty());
        QCOMPARE(it->needsAdministrator, info.adminConsent == AdminConsent::Yes);
    }
    // Group.Read.All is the one MentorDesk permission that always needs an administrator.
    QCOMPARE(request.scopesNeedingAdministrator(), QStringList{u"Group.Read.All"_s});
    QVERIFY(request.scopeNames().contains(u"offline_access"_s)); // "Stay signed in" may be turned on later
}

void TestAdminConsentRequest::eachPacketHasAFreshState()
{
    AppConfig config;
    config.clientId = u"client"_s;
    const AdminConsentRequest first(config);
    const AdminConsentRequest second(config);
    QVERIFY(first.state() != second.state());
    QVERIFY(first.state().size() >= 22); // 128 bits, base64url
    QCOMPARE(first.adminConsentUrl().adjusted(QUrl::RemoveQuery), second.adminConsentUrl().adjusted(QUrl::RemoveQuery));
}

void TestAdminConsentRequest::textNamesEverythingAnAdministratorNeeds()
{
    AppConfig config;
    config.clientId = u"5d2c8a3e-6b1f-4f0e-9a57-0c3d4e5f6a7b"_s;
    const AdminConsentRequest request(config, u"contoso.example"_s, u"Alex Mentor (alex@contoso.example)"_s);
    const QString text = request.toText();
    QVERIFY(text.contains(config.clientId));
    QVERIFY(text.contains(u"contoso.example"_s));
    QVERIFY(text.contains(request.adminConsentLink()));
    QVERIFY(text.contains(u"Alex Mentor (alex@contoso.example)"_s));
    for (const AdminConsentRequest::Scope &scope : request.scopes()) {
        QVERIFY2(text.contains(scope.name), qPrintable(scope.name));
        QVERIFY2(text.contains(scope.why), qPrintable(scope.why));
    }
    QVERIFY(text.contains(u"Group.Read.All"_s));
    QVERIFY(text.contains(u"needs an administrator"_s));
    QVERIFY(request.message().contains(request.adminConsentLink()));
    QVERIFY(!request.subject().isEmpty());
}

void TestAdminConsentRequest::mailtoCarriesTheWholeTextIntact()
{
    AppConfig config;
    config.clientId = u"client"_s;
    const AdminConsentRequest request(config, u"contoso.example"_s, u"Ana & Bo <ana@contoso.example>"_s);
    const QUrl mail = request.mailtoUrl(u"it@contoso.example"_s);
    QCOMPARE(mail.scheme(), u"mailto"_s);
    QCOMPARE(mail.path(), u"it@contoso.example"_s);
    // The link inside the body has its own "&" and "=": they must not split the mailto query.
    const QUrlQuery query(mail.query(QUrl::FullyEncoded));
    QCOMPARE(query.queryItems().size(), 2);
    QCOMPARE(query.queryItemValue(u"subject"_s, QUrl::FullyDecoded), request.subject());
    QString body = query.queryItemValue(u"body"_s, QUrl::FullyDecoded);
    QVERIFY(body.contains(u"\r\n"_s)); // RFC 6068: line breaks are CRLF
    QCOMPARE(body.replace(u"\r\n"_s, u"\n"_s), request.toText());
}

void TestAdminConsentRequest::checkAgainHasThreeAnswersAndAFailure_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<ConsentCheckResult::Outcome>("outcome");
    using Outcome = ConsentCheckResult::Outcome;
    QTest::newRow("granted") << QString() << QString() << Outcome::Approved;
    QTest::newRow("refresh refused: no consent yet")
        << u"invalid_grant"_s << u"AADSTS65001: The user or administrator has not consented to use the application."_s
        << Outcome::NotYet;
    QTest::newRow("silent round: consent_required")
        << u"consent_required"_s << u"AADSTS65001: The user or administrator has not consented."_s << Outcome::NotYet;
    QTest::newRow("silent round: admin approval")
        << u"access_denied"_s << u"AADSTS90094: The grant requires admin permission."_s << Outcome::NotYet;
    QTest::newRow("silent round: nobody signed in")
        << u"login_required"_s << u"AADSTS50058: A silent sign-in request was sent but no user is signed in."_s
        << Outcome::SignInAgain;
    QTest::newRow("silent round: MFA") << u"interaction_required"_s << u"AADSTS50076: Due to a configuration change."_s
                                       << Outcome::SignInAgain;
    QTest::newRow("refresh token expired")
        << u"invalid_grant"_s << u"AADSTS700082: The refresh token has expired."_s << Outcome::SignInAgain;
    QTest::newRow("service error") << u"temporarily_unavailable"_s << u"AADSTS90033: A transient error."_s
                                   << Outcome::Failed;
}

void TestAdminConsentRequest::checkAgainHasThreeAnswersAndAFailure()
{
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(ConsentCheckResult::Outcome, outcome);
    const AuthError authError = error.isEmpty() ? AuthError() : AuthError::fromRedirect(error, description);
    const ConsentCheckResult result = ConsentCheckResult::fromError(authError, true);
    QCOMPARE(result.outcome, outcome);
    QVERIFY(result.usedBrowser);
    const QString message = result.userMessage();
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.contains(u"AADSTS"_s), qPrintable(message)); // for people, not a raw error string
}

QTEST_GUILESS_MAIN(TestAdminConsentRequest)
#include "tst_adminconsentrequest.moc"
