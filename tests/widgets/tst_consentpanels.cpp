// The permission panels, offscreen, driven by real sign-in rounds against the sandbox tenant.
#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/auth/TokenStore.h"
#include "core/common/Clock.h"
#include "core/consent/ScopeCatalog.h"
#include "core/services/AppServices.h"
#include "sandbox/SandboxServer.h"
#include "support/TestBrowser.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/common/Theme.h"
#include "ui/consent/ConsentReviewDialog.h"
#include "ui/consent/PermissionsDialog.h"
#include "ui/consent/ScopeListView.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using Test::TestBrowser;
using Status = ScopeListView::ScopeStatus;

namespace {

struct Modes
{
    bool autoConsent = true;
    bool personal = false;
    bool adminConsentRequired = false;
};

// A signed-in session against a fresh sandbox, the way the app builds it.
struct World
{
    explicit World(const Modes &modes = {})
    {
        Sandbox::SandboxOptions options;
        options.autoConsent = modes.autoConsent;
        options.personalAccounts = modes.personal;
        options.adminConsentRequired = modes.adminConsentRequired;
        sandbox = std::make_unique<Sandbox::SandboxServer>(options);
        if (!sandbox->listen(QHostAddress(QHostAddress::LocalHost)))
            qFatal("sandbox did not start");
        AppConfig config;
        config.clientId = sandbox->clientId();
        config.authorityOverride = sandbox->authority(modes.personal ? u"consumers"_s : u"organizations"_s);
        config.graphUrlOverride = sandbox->graphBaseUrl();
        services = std::make_unique<AppServices>(config, std::make_unique<MemorySecretBackend>(), &browser, &clock);
    }

    Session *session() const { return services->session(); }

    bool signIn()
    {
        QSignalSpy finished(session(), &Session::signInFinished);
        session()->signIn();
        return finished.wait(15000) && finished.first().at(1).value<SignInResult>().succeeded();
    }

    SignInResult enableTeams()
    {
        QSignalSpy finished(session(), &Session::signInFinished);
        session()->enableTeams();
        if (!finished.wait(15000))
            return {};
        return finished.first().at(1).value<SignInResult>();
    }

    QStringList lastAuthorizeScopes() const
    {
        const QJsonArray requests = sandbox->stateSnapshot().value("authorizeRequests"_L1).toArray();
        for (qsizetype i = requests.size() - 1; i >= 0; --i) {
            for (const QJsonValue &pair : requests.at(i).toObject().value("parameters"_L1).toArray()) {
                if (pair.toArray().at(0).toString() == "scope"_L1)
                    return pair.toArray().at(1).toString().split(u' ');
            }
        }
        return {};
    }

    ManualClock clock{QDateTime::currentDateTimeUtc()};
    TestBrowser browser;
    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    std::unique_ptr<AppServices> services;
};

QFrame *card(QWidget *view, const QString &scope)
{
    return view->findChild<QFrame *>(u"scope:"_s + scope);
}

QString cardText(QWidget *view, const QString &scope, const QString &field)
{
    QFrame *frame = card(view, scope);
    if (!frame)
        return {};
    auto *label = frame->findChild<QLabel *>(field);
    return label ? label->text() : QString();
}

Status statusIn(PermissionsDialog &dialog, const QString &scope)
{
    const QString text = cardText(&dialog, scope, u"status"_s);
    for (Status status : {Status::Granted, Status::NotRequested, Status::NotGranted, Status::NeedsAdministrator,
                          Status::NotForPersonalAccounts, Status::ToBeRequested}) {
        if (ScopeListView::statusText(status) == text)
            return status;
    }
    qWarning() << "unknown status" << text << "for" << scope;
    return Status::ToBeRequested;
}

} // namespace

class TestConsentPanels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyCatalogueRowIsRenderedWithAllFields();
    void beforeConsentShowsExactlyWhatTheAuthorizeRequestCarries_data();
    void beforeConsentShowsExactlyWhatTheAuthorizeRequestCarries();
    void afterConsentAllGranted();
    void afterConsentTeamsDeclined();
    void afterConsentAdminApprovalNeeded();
    void afterConsentPersonalAccount();
    void panelsAreKeyboardNavigableAndNamedInLightAndDark();
};

void TestConsentPanels::init()
{
    QSettings().clear();
    Theme::apply(Theme::Mode::Light);
}

void TestConsentPanels::everyCatalogueRowIsRenderedWithAllFields()
{
    ScopeListView view;
    QStringList all;
    for (const ScopeInfo &scope : ScopeCatalog::instance().scopes())
        all << scope.scope;
    view.showBeforeConsent(all);
    QCOMPARE(view.shownScopes().size(), ScopeCatalog::instance().scopes().size());
    for (const ScopeInfo &scope : ScopeCatalog::instance().scopes()) {
        QVERIFY2(card(&view, scope.scope), qPrintable(scope.scope));
        QCOMPARE(cardText(&view, scope.scope, u"scopeName"_s), scope.scope);
        QCOMPARE(cardText(&view, scope.scope, u"title"_s), scope.title);
        QVERIFY(cardText(&view, scope.scope, u"allows"_s).contains(scope.allows));
        QVERIFY(cardText(&view, scope.scope, u"why"_s).contains(scope.why));
        const QString admin = cardText(&view, scope.scope, u"adminConsent"_s);
        QVERIFY(admin.contains(scope.adminConsent == AdminConsent::Yes      ? u"required"_s
                                   : scope.adminConsent == AdminConsent::No ? u"not needed"_s
                                                                            : u"may be needed"_s));
        QVERIFY(cardText(&view, scope.scope, u"personalAccounts"_s)
                    .endsWith(scope.personalAccounts ? u"supported"_s : u"not supported"_s));
        for (Feature feature : scope.features)
            QVERIFY(
                cardText(&view, scope.scope, u"features"_s).contains(ScopeCatalog::instance().feature(feature).title));
        QVERIFY(!card(&view, scope.scope)->accessibleName().isEmpty());
        QVERIFY(card(&view, scope.scope)->accessibleDescription().contains(scope.why));
    }
    // Grouped: the Outlook group header comes before its scopes, the Teams header before the Teams scopes.
    QVERIFY(view.findChild<QLabel *>(u"group:outlook"_s));
    QVERIFY(view.findChild<QLabel *>(u"group:teams"_s));
}

void TestConsentPanels::beforeConsentShowsExactlyWhatTheAuthorizeRequestCarries_data()
{
    QTest::addColumn<bool>("staySignedIn");
    QTest::newRow("stay signed in off") << false;
    QTest::newRow("stay signed in on") << true;
}

void TestConsentPanels::beforeConsentShowsExactlyWhatTheAuthorizeRequestCarries()
{
    QFETCH(bool, staySignedIn);
    World world;
    MainWindow window(world.services.get());
    window.show();

    // The user clicks "Sign in", reviews, (maybe) ticks "Stay signed in", continues.
    QStringList shown;
    QTimer::singleShot(0, this, [&] {
        auto *review = qobject_cast<ConsentReviewDialog *>(QApplication::activeModalWidget());
        QVERIFY(review);
        review->findChild<QCheckBox *>(u"staySignedIn"_s)->setChecked(staySignedIn);
        shown = review->shownScopes();
        QCOMPARE(world.sandbox->stateSnapshot().value("authorizeRequests"_L1).toArray().size(), 0); // nothing sent yet
        QTest::mouseClick(review->findChild<QPushButton *>(u"continueButton"_s), Qt::LeftButton);
    });
    QSignalSpy finished(world.session(), &Session::signInFinished);
    QTest::mouseClick(window.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QCOMPARE(shown, world.lastAuthorizeScopes());
    QCOMPARE(shown.contains(u"offline_access"_s), staySignedIn);

    // Again before the Teams round.
    QStringList teamsShown;
    QTimer::singleShot(0, this, [&] {
        auto *review = qobject_cast<ConsentReviewDialog *>(QApplication::activeModalWidget());
        QVERIFY(review);
        teamsShown = review->shownScopes();
        review->accept();
    });
    QSignalSpy teamsRound(world.session(), &Session::signInFinished); // the account's own session now
    window.setTeamsFeatures(true);
    QVERIFY(teamsRound.wait(15000));
    QCOMPARE(teamsShown, world.lastAuthorizeScopes());
    QVERIFY(teamsShown.contains(u"Group.Read.All"_s));
}

void TestConsentPanels::afterConsentAllGranted()
{
    World world;
    QVERIFY(world.signIn());
    QVERIFY(world.enableTeams().succeeded());
    PermissionsDialog dialog(world.session());
    dialog.show();
    for (const ScopeInfo &scope : ScopeCatalog::instance().scopes()) {
        const Status expected = scope.optIn ? Status::NotRequested : Status::Granted;
        QCOMPARE(statusIn(dialog, scope.scope), expected);
    }
    QVERIFY(!dialog.findChild<QFrame *>(u"adminBox"_s)->isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(u"problem"_s)->isVisible());
    QVERIFY(dialog.findChild<QLabel *>(u"summary"_s)->text().startsWith(u"9 of 9"_s));
    QCOMPARE(dialog.findChild<QPushButton *>(u"toggleTeams"_s)->accessibleName(), u"Turn Teams features off"_s);
    const QString features = dialog.findChild<QLabel *>(u"features"_s)->text();
    QVERIFY(features.contains(u"Post to a Teams channel"_s));
}

void TestConsentPanels::afterConsentTeamsDeclined()
{
    World world(Modes{.autoConsent = false});
    QVERIFY(world.signIn()); // accepts the Outlook round on the consent page
    world.browser.setAction(TestBrowser::Action::Decline);
    const SignInResult teams = world.enableTeams();
    QCOMPARE(teams.error.kind, AuthError::Kind::Declined);
    PermissionsDialog dialog(world.session());
    dialog.show();
    // The demo tenant's administrator consented to Group.Read.All for everyone, so Entra puts it in every token;
    // the two scopes the user declined are what is missing.
    QCOMPARE(statusIn(dialog, u"Group.Read.All"_s), Status::Granted);
    QCOMPARE(statusIn(dialog, u"Channel.ReadBasic.All"_s), Status::NotGranted);
    QCOMPARE(statusIn(dialog, u"ChannelMessage.Send"_s), Status::NotGranted);
    for (const QString &scope : ScopeCatalog::instance().groupScopes(ScopeGroup::Outlook))
        QCOMPARE(statusIn(dialog, scope), Status::Granted);
    auto *problem = dialog.findChild<QLabel *>(u"problem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"declined"_s), qPrintable(problem->text()));
    QVERIFY(problem->text().contains(u"AADSTS65004"_s));
    QVERIFY(dialog.findChild<QPushButton *>(u"retryConsent"_s)->isEnabled());
    QVERIFY(cardText(&dialog, u"ChannelMessage.Send"_s, u"features"_s).startsWith(u"Without it, these are off"_s));
    const QString features = dialog.findChild<QLabel *>(u"features"_s)->text();
    QVERIFY(features.contains(u"were not granted"_s));
}

void TestConsentPanels::afterConsentAdminApprovalNeeded()
{
    World world(Modes{.autoConsent = true, .adminConsentRequired = true});
    QVERIFY(world.signIn());
    const SignInResult teams = world.enableTeams();
    QCOMPARE(teams.error.kind, AuthError::Kind::AdminApprovalRequired);
    PermissionsDialog dialog(world.session());
    dialog.show();
    QCOMPARE(statusIn(dialog, u"Group.Read.All"_s), Status::NeedsAdministrator);
    QCOMPARE(statusIn(dialog, u"Calendars.ReadWrite"_s), Status::Granted);
    auto *adminBox = dialog.findChild<QFrame *>(u"adminBox"_s);
    QVERIFY(adminBox->isVisible());
    const QString url = dialog.findChild<QLineEdit *>(u"adminConsentUrl"_s)->text();
    QCOMPARE(QUrl(url).adjusted(QUrl::RemoveQuery),
             world.session()->adminConsentRequest().adminConsentUrl().adjusted(QUrl::RemoveQuery));
    QVERIFY(url.contains(u"/v2.0/adminconsent?client_id="_s));
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"copyAdminLink"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), url);
    QSignalSpy packet(&dialog, &PermissionsDialog::adminRequestRequested);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"adminRequest"_s), Qt::LeftButton);
    QCOMPARE(packet.size(), 1);
    QCOMPARE(dialog.findChild<QPushButton *>(u"retryConsent"_s)->accessibleName(), u"Check again"_s);
    // The link really works for the administrator, and "Check again" then succeeds.
    QVERIFY(world.browser.grantAdminConsent(QUrl(url)));
    QVERIFY(world.enableTeams().succeeded());
    dialog.refresh();
    QCOMPARE(statusIn(dialog, u"Group.Read.All"_s), Status::Granted);
    QVERIFY(!adminBox->isVisible());
}

void TestConsentPanels::afterConsentPersonalAccount()
{
    World world(Modes{.autoConsent = true, .personal = true});
    QVERIFY(world.signIn());
    PermissionsDialog dialog(world.session());
    dialog.show();
    for (const ScopeInfo &scope : ScopeCatalog::instance().scopes()) {
        if (scope.optIn)
            continue;
        QCOMPARE(statusIn(dialog, scope.scope),
                 scope.personalAccounts ? Status::Granted : Status::NotForPersonalAccounts);
    }
    auto *teams = dialog.findChild<QPushButton *>(u"toggleTeams"_s);
    QVERIFY(!teams->isEnabled());
    QVERIFY(teams->toolTip().contains(u"work or school account"_s));
    QVERIFY(dialog.findChild<QLabel *>(u"accountDetails"_s)->text().contains(u"personal Microsoft account"_s));
    QVERIFY(dialog.findChild<QLabel *>(u"features"_s)->text().contains(u"needs a work or school account"_s));
}

void TestConsentPanels::panelsAreKeyboardNavigableAndNamedInLightAndDark()
{
    World world;
    QVERIFY(world.signIn());
    for (Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
        Theme::apply(mode);
        const QString suffix = mode == Theme::Mode::Dark ? u"dark"_s : u"light"_s;
        {
            ConsentReviewDialog review(ConsentReviewDialog::Round::SignIn, false);
            review.show();
            QVERIFY(QTest::qWaitForWindowExposed(&review));
            Test::checkScreen(&review, u"consent-review-"_s + suffix);
            // Tab reaches every permission card, then the opt-in and the buttons.
            const QStringList visited = Test::tabThrough(&review);
            for (const QString &scope : review.shownScopes())
                QVERIFY2(visited.contains(u"scope:"_s + scope), qPrintable(scope));
            QVERIFY(visited.contains(u"staySignedIn"_s));
            QVERIFY(visited.contains(u"continueButton"_s));
        }
        {
            PermissionsDialog permissions(world.session());
            permissions.show();
            QVERIFY(QTest::qWaitForWindowExposed(&permissions));
            Test::checkScreen(&permissions, u"permissions-"_s + suffix);
            const QStringList visited = Test::tabThrough(&permissions);
            QVERIFY(visited.contains(u"scope:Calendars.ReadWrite"_s));
            QVERIFY(visited.contains(u"retryConsent"_s));
            QVERIFY(visited.contains(u"signOut"_s));
        }
    }
    Theme::apply(Theme::Mode::Light);
}

QTEST_MAIN(TestConsentPanels)
#include "tst_consentpanels.moc"
