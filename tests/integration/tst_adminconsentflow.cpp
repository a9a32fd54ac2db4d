// Admin consent without dead ends, against the demo tenant over real HTTP: a first sign-in blocked because users may
// not consent, remembered across a restart, approved by the administrator through the packet's link, and "Check
// again" with and without a refresh token; none of them opens more than one browser round, and none a consent page.
#include "core/auth/AdminConsentRequest.h"
#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/auth/TokenStore.h"
#include "core/common/Clock.h"
#include "core/consent/ScopeCatalog.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "support/TestBrowser.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using Outcome = ConsentCheckResult::Outcome;
using Test::TestBrowser;

namespace {

// One organisation on the demo tenant, a user's session and browser, and the administrator's own browser.
struct Organisation
{
    explicit Organisation(const Sandbox::SandboxOptions &options, bool staySignedIn = false)
        : sandbox(options)
    {
        if (!sandbox.listen(QHostAddress(QHostAddress::LocalHost)))
            qFatal("sandbox did not start");
        // Not flagged as the demo tenant: the blocked state is remembered as for a real organisation.
        config.clientId = sandbox.clientId();
        config.authorityOverride = sandbox.authority();
        config.graphUrlOverride = sandbox.graphBaseUrl();
        config.staySignedIn = staySignedIn;
        session = std::make_unique<Session>(config, &nam, &browser, &store, &clock);
    }

    SignInResult round(const std::function<void()> &start)
    {
        QSignalSpy finished(session.get(), &Session::signInFinished);
        start();
        if (!finished.wait(15000))
            return {};
        return finished.first().at(1).value<SignInResult>();
    }

    // Runs "Check again" and returns its one answer.
    ConsentCheckResult checkAgain()
    {
        QSignalSpy checked(session.get(), &Session::consentChecked);
        session->checkConsent();
        if (!checked.wait(15000) || checked.size() != 1)
            return {};
        return checked.first().first().value<ConsentCheckResult>();
    }

    // The administrator opens the packet's link on their own computer and approves.
    bool administratorApproves()
    {
        const QUrl link = session->adminConsentRequest().adminConsentUrl();
        return adminBrowser.grantAdminConsent(link);
    }

    // Authorize requests that ended on a page a person had to answer (consent, admin approval).
    int pagesShown() const
    {
        int pages = 0;
        for (const QJsonValue &request : sandbox.stateSnapshot().value("authorizeRequests"_L1).toArray())
            pages += request.toObject().value("outcome"_L1).toString().startsWith("page:"_L1) ? 1 : 0;
        return pages;
    }

    Sandbox::SandboxServer sandbox;
    AppConfig config;
    QNetworkAccessManager nam;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    TestBrowser browser;
    TestBrowser adminBrowser;
    MemorySecretBackend secrets;
    TokenStore store{&secrets};
    std::unique_ptr<Session> session;
};

Sandbox::SandboxOptions userConsentOff()
{
    Sandbox::SandboxOptions options;
    options.userConsentDisabled = true;
    return options;
}

Sandbox::SandboxOptions teamsNeedAnAdministrator(bool interactionRequired = false)
{
    Sandbox::SandboxOptions options;
    options.autoConsent = true;
    options.adminConsentRequired = true;
    options.interactionRequired = interactionRequired;
    return options;
}

} // namespace

class TestAdminConsentFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void blockedFirstSignInIsRememberedThenApprovedWithOneSilentRound();
    void teamsWaitingCheckAgainWithARefreshTokenOpensNoBrowser();
    void teamsWaitingCheckAgainWithoutARefreshTokenIsOneSilentRound();
    void checkAgainSaysSignInAgainWhenEntraWantsTheUser();
    void checkAgainCanBeCancelled();
};

void TestAdminConsentFlow::init()
{
    QSettings().clear();
}

void TestAdminConsentFlow::blockedFirstSignInIsRememberedThenApprovedWithOneSilentRound()
{
    Organisation org(userConsentOff());
    // The user meets "Need admin approval" and returns to MentorDesk without granting anything.
    org.browser.setAction(TestBrowser::Action::ReturnToApp);
    const SignInResult blocked = org.round([&] { org.session->signIn(); });
    QCOMPARE(blocked.error.kind, AuthError::Kind::AdminApprovalRequired);
    QCOMPARE(blocked.error.error, u"access_denied"_s);
    QCOMPARE(blocked.error.aadsts, 90094);
    QVERIFY(org.browser.lastIdentityPage().contains(u"Need admin approval"_s)
            || QUrlQuery(org.browser.lastRedirect()).hasQueryItem(u"error"_s));
    QVERIFY(org.session->signInBlocked());
    QCOMPARE(org.session->state(), Session::State::SignedOut);
    QCOMPARE(org.browser.openCount(), 1);

    // A restart remembers it without asking anybody.
    {
        Session restarted(org.config, &org.nam, &org.browser, &org.store, &org.clock);
        QVERIFY(restarted.signInBlocked());
        QCOMPARE(org.browser.openCount(), 1);
    }

    // Checking before the administrator acted: one silent round, no page, "not yet".
    const int pagesBefore = org.pagesShown();
    org.browser.setAction(TestBrowser::Action::Accept);
    const ConsentCheckResult notYet = org.checkAgain();
    QCOMPARE(notYet.outcome, Outcome::NotYet);
    QVERIFY(notYet.usedBrowser);
    QCOMPARE(org.browser.openCount(), 2);
    QCOMPARE(org.pagesShown(), pagesBefore);
    QCOMPARE(QUrlQuery(org.browser.lastAuthorizeUrl()).queryItemValue(u"prompt"_s), u"none"_s);
    QVERIFY(org.session->signInBlocked());

    // The administrator approves through the packet's link, on their computer; the page they land on says so.
    QVERIFY(org.administratorApproves());
    QVERIFY(org.sandbox.stateSnapshot().value("adminConsentGranted"_L1).toBool());

    const ConsentCheckResult approved = org.checkAgain();
    QCOMPARE(approved.outcome, Outcome::Approved);
    QCOMPARE(org.browser.openCount(), 3);
    QCOMPARE(org.pagesShown(), pagesBefore);
    QCOMPARE(org.session->state(), Session::State::SignedIn); // the silent round signed the user in
    QVERIFY(!org.session->signInBlocked());
    QVERIFY(!QSettings().contains(u"session/signInNeedsAdministrator"_s));
    for (const QString &scope : ScopeCatalog::instance().groupScopes(ScopeGroup::Outlook))
        QVERIFY2(org.session->grantedScopes().contains(scope), qPrintable(scope));
}

void TestAdminConsentFlow::teamsWaitingCheckAgainWithARefreshTokenOpensNoBrowser()
{
    Organisation org(teamsNeedAnAdministrator(), /*staySignedIn=*/true);
    QVERIFY(org.round([&] { org.session->signIn(); }).succeeded());
    QVERIFY(org.session->hasRefreshToken());
    const SignInResult teams = org.round([&] { org.session->enableTeams(); });
    QCOMPARE(teams.error.kind, AuthError::Kind::AdminApprovalRequired);
    QVERIFY(org.session->adminApprovalPending());
    const int opens = org.browser.openCount();

    const ConsentCheckResult notYet = org.checkAgain();
    QCOMPARE(notYet.outcome, Outcome::NotYet);
    QVERIFY(!notYet.usedBrowser);
    QCOMPARE(notYet.error.aadsts, 65001);
    QCOMPARE(org.browser.openCount(), opens);
    QCOMPARE(org.session->state(), Session::State::SignedIn); // calendar and booking go on
    QVERIFY(org.session->hasRefreshToken()); // a refused scope does not end the refresh token

    QVERIFY(org.administratorApproves());
    const ConsentCheckResult approved = org.checkAgain();
    QCOMPARE(approved.outcome, Outcome::Approved);
    QCOMPARE(org.browser.openCount(), opens);
    QVERIFY(!org.session->adminApprovalPending());
    QVERIFY(org.session->grantedScopes().contains(u"Group.Read.All"_s));
    QVERIFY(org.session->grantedScopes().contains(u"Calendars.ReadWrite"_s));
}

void TestAdminConsentFlow::teamsWaitingCheckAgainWithoutARefreshTokenIsOneSilentRound()
{
    Organisation org(teamsNeedAnAdministrator());
    QVERIFY(org.round([&] { org.session->signIn(); }).succeeded());
    QVERIFY(!org.session->hasRefreshToken());
    QCOMPARE(org.round([&] { org.session->enableTeams(); }).error.kind, AuthError::Kind::AdminApprovalRequired);
    const int opens = org.browser.openCount();
    const int pages = org.pagesShown();

    const ConsentCheckResult notYet = org.checkAgain();
    QCOMPARE(notYet.outcome, Outcome::NotYet);
    QVERIFY(notYet.usedBrowser);
    QCOMPARE(org.browser.openCount(), opens + 1);
    QCOMPARE(org.pagesShown(), pages);
    QCOMPARE(org.session->state(), Session::State::SignedIn);

    QVERIFY(org.administratorApproves());
    const ConsentCheckResult approved = org.checkAgain();
    QCOMPARE(approved.outcome, Outcome::Approved);
    QCOMPARE(org.browser.openCount(), opens + 2);
    QCOMPARE(org.pagesShown(), pages);
    QVERIFY(org.session->grantedScopes().contains(u"Group.Read.All"_s));
    QVERIFY(!org.session->adminApprovalPending());
}

void TestAdminConsentFlow::checkAgainSaysSignInAgainWhenEntraWantsTheUser()
{
    Organisation org(teamsNeedAnAdministrator(/*interactionRequired=*/true));
    QVERIFY(org.round([&] { org.session->signIn(); }).succeeded());
    QCOMPARE(org.round([&] { org.session->enableTeams(); }).error.kind, AuthError::Kind::AdminApprovalRequired);
    const ConsentCheckResult result = org.checkAgain();
    QCOMPARE(result.outcome, Outcome::SignInAgain);
    QCOMPARE(result.error.error, u"interaction_required"_s);
    QCOMPARE(org.session->state(), Session::State::SignedIn); // nothing taken away
    QVERIFY(!result.userMessage().isEmpty());
}

void TestAdminConsentFlow::checkAgainCanBeCancelled()
{
    Organisation org(teamsNeedAnAdministrator());
    QVERIFY(org.round([&] { org.session->signIn(); }).succeeded());
    QCOMPARE(org.round([&] { org.session->enableTeams(); }).error.kind, AuthError::Kind::AdminApprovalRequired);
    org.browser.setAction(TestBrowser::Action::DoNothing); // the silent round never comes back
    QSignalSpy checked(org.session.get(), &Session::consentChecked);
    org.session->checkConsent();
    QVERIFY(org.session->isCheckingConsent());
    org.session->cancelConsentCheck();
    QTRY_COMPARE(checked.size(), 1);
    const auto result = checked.first().first().value<ConsentCheckResult>();
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.error.kind, AuthError::Kind::Cancelled);
    QVERIFY(!org.session->isCheckingConsent());
    QCOMPARE(org.session->state(), Session::State::SignedIn);
    QVERIFY(org.session->adminApprovalPending()); // still waiting, as before
}

QTEST_GUILESS_MAIN(TestAdminConsentFlow)
#include "tst_adminconsentflow.moc"
