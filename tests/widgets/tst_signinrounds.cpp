// Every sign-in round opened from a signed-in window, as the user meets it: the Teams round (Permissions ▸ Turn Teams
// features on), signing in again after Graph answered 401 (the expired banner's "Sign in again") and Account ▸ Add
// account…. Each shows the same progress panel above the calendar as the first sign-in shows on the welcome page
// (what happens now, Cancel, "Copy sign-in address"), each asking for new permissions is reviewed first, and a round
// for the account that is signed in keeps who it is, also with a standard OpenID provider whose id_token names nobody.
#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/auth/SignInFlow.h"
#include "core/calendar/CalendarSync.h"
#include "core/common/Clock.h"
#include "core/consent/ScopeCatalog.h"
#include "core/services/AppServices.h"
#include "sandbox/SandboxServer.h"
#include "support/OtherProvider.h"
#include "support/TestBrowser.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/common/Banner.h"
#include "ui/common/SignInProgressPanel.h"
#include "ui/common/Theme.h"
#include "ui/consent/ConsentReviewDialog.h"
#include "ui/consent/PermissionsDialog.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHostAddress>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using Test::OtherProvider;
using Test::TestBrowser;

namespace {

AppConfig demoConfig(const Sandbox::SandboxServer &sandbox)
{
    AppConfig config;
    config.sandbox = true;
    config.staySignedIn = false; // no refresh token: a 401 needs the user
    config.clientId = sandbox.clientId();
    config.authorityOverride = sandbox.authority();
    config.graphUrlOverride = sandbox.graphBaseUrl();
    return config;
}

Sandbox::SandboxOptions programme()
{
    Sandbox::SandboxOptions options;
    options.tenant = u"programme"_s;
    return options;
}

// GET requests a demo tenant served for path, $batch items included.
int served(const Sandbox::SandboxServer &sandbox, const QString &path)
{
    int count = 0;
    for (const QJsonValue &request : sandbox.stateSnapshot().value("graphRequests"_L1).toArray()) {
        const QJsonObject object = request.toObject();
        if (object.value("method"_L1).toString() == "GET"_L1 && object.value("path"_L1).toString() == path)
            ++count;
    }
    return count;
}

// The consent review that a round may show first (a modal dialog): accepted, and what it showed remembered.
struct Review
{
    bool shown = false;
    QStringList scopes;

    void expect()
    {
        shown = false;
        QTimer::singleShot(0, [this] {
            if (auto *review = qobject_cast<ConsentReviewDialog *>(QApplication::activeModalWidget())) {
                shown = true;
                scopes = review->shownScopes();
                review->accept();
            }
        });
    }
};

// The main window's progress panel of session (the welcome page has one of its own).
SignInProgressPanel *panelOf(MainWindow *window, Session *session)
{
    for (SignInProgressPanel *panel : window->findChildren<SignInProgressPanel *>(u"signInProgress"_s)) {
        if (panel->session() == session)
            return panel;
    }
    return nullptr;
}

QStringList scopesOf(const QUrl &authorizeUrl)
{
    return QUrlQuery(authorizeUrl).queryItemValue(u"scope"_s, QUrl::FullyDecoded).split(u' ');
}

// The app on the Contoso demo tenant, with the mentoring programme's demo tenant for Add account… (what the app's own
// demo mode does).
struct World
{
    World()
        : second(programme())
    {
        if (!first.listen(QHostAddress(QHostAddress::LocalHost))
            || !second.listen(QHostAddress(QHostAddress::LocalHost)))
            qFatal("a demo tenant did not start");
        services = std::make_unique<AppServices>(demoConfig(first), std::make_unique<MemorySecretBackend>(), &browser,
                                                 &clock);
        window = std::make_unique<MainWindow>(services.get(),
                                              [this](const QString &tenant, QString *) -> std::optional<AppConfig> {
                                                  return demoConfig(tenant == "programme"_L1 ? second : first);
                                              });
        window->show();
        browser.setAction(TestBrowser::Action::Accept);
    }

    static bool synced(AccountServices *account)
    {
        return QTest::qWaitFor(
            [account] {
                return account->profile().isValid() && !account->photo().isEmpty()
                    && account->calendarSync()->state() == CalendarSync::State::Idle
                    && account->calendarSync()->lastResult().isOk();
            },
            15000);
    }

    // The first account, signed in on the welcome page's session.
    AccountServices *signIn()
    {
        QSignalSpy opened(services.get(), &AppServices::accountOpened);
        services->signInSession()->signIn();
        if (!opened.wait(15000) || !synced(services->account()))
            return nullptr;
        return services->account();
    }

    // Account ▸ Add account… (its consent review accepted).
    void triggerAddAccount()
    {
        review.expect();
        window->findChild<QAction *>(u"actionAddAccount"_s)->trigger();
    }

    // Permissions ▸ Turn Teams features on (its consent review accepted).
    void triggerTeamsRound(AccountServices *account)
    {
        window->showPermissions(account);
        auto *dialog = window->findChild<PermissionsDialog *>();
        auto *toggle = dialog ? dialog->findChild<QPushButton *>(u"toggleTeams"_s) : nullptr;
        QVERIFY(toggle && toggle->isEnabled());
        QCOMPARE(toggle->accessibleName(), u"Turn Teams features on"_s);
        review.expect();
        toggle->click();
    }

    // Graph answers 401 (the token expired by the tenant's clock), and the user clicks the banner's "Sign in again".
    void expireAndSignInAgain(AccountServices *account, Sandbox::SandboxServer &tenant)
    {
        if (account->session()->state() != Session::State::Expired) {
            tenant.advanceClock(2 * 3600);
            account->calendarSync()->refresh();
            QTRY_COMPARE_WITH_TIMEOUT(account->session()->state(), Session::State::Expired, 15000);
        }
        Banner *banner = window->banner();
        QTRY_VERIFY(banner->isVisible() && banner->text().contains(account->displayLabel()));
        auto *again = banner->findChild<QPushButton *>(u"bannerPrimary"_s);
        QVERIFY(again && again->isVisible());
        review.expect();
        again->click();
    }

    Sandbox::SandboxServer first;
    Sandbox::SandboxServer second;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    TestBrowser browser;
    Review review;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
};

enum class Round {
    Teams,
    Reauthenticate,
    AddAccount,
};

} // namespace

Q_DECLARE_METATYPE(Round)

class TestSignInRounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void everyRoundShowsItsPanel_data();
    void everyRoundShowsItsPanel();
    void panelsFollowTheirOwnSession();
    void standardProviderKeepsWhoIsSignedInThroughTheTeamsRound();
};

void TestSignInRounds::init()
{
    QSettings().clear();
    Theme::apply(Theme::Mode::Light);
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestSignInRounds::everyRoundShowsItsPanel_data()
{
    QTest::addColumn<Round>("round");
    QTest::newRow("teams") << Round::Teams;
    QTest::newRow("reauthenticate") << Round::Reauthenticate;
    QTest::newRow("add-account") << Round::AddAccount;
}

void TestSignInRounds::everyRoundShowsItsPanel()
{
    QFETCH(Round, round);
    World app;
    AccountServices *alex = app.signIn();
    QVERIFY(alex);
    const QStringList signInScopes = scopesOf(app.browser.lastAuthorizeUrl());
    Session *session = round == Round::AddAccount ? app.services->signInSession() : alex->session();
    SignInProgressPanel *panel = panelOf(app.window.get(), session);
    QVERIFY(panel);
    QVERIFY(!panel->isVisible()); // nothing runs
    const auto start = [&] {
        switch (round) {
        case Round::Teams:
            app.triggerTeamsRound(alex);
            break;
        case Round::Reauthenticate:
            app.expireAndSignInAgain(alex, app.first);
            break;
        case Round::AddAccount:
            app.triggerAddAccount();
            break;
        }
    };

    // The user never finishes in the browser: the panel says what happens now, for this round.
    app.browser.setAction(TestBrowser::Action::DoNothing);
    const int opened = app.browser.openCount();
    start();
    if (QTest::currentTestFailed())
        return;
    // New permissions are reviewed first (Teams, another account's); signing in again asks for none.
    QCOMPARE(app.review.shown, round != Round::Reauthenticate);
    QTRY_COMPARE_WITH_TIMEOUT(session->flow()->stage(), SignInFlow::Stage::WaitingForBrowser, 15000);
    QTRY_COMPARE(app.browser.openCount(), opened + 1);
    const QUrl address = app.browser.lastAuthorizeUrl();
    const QUrlQuery query(address);
    QVERIFY(panel->isVisible());
    QVERIFY(panel->isRoundRunning());
    const QString text = panel->findChild<QLabel *>(u"busyText"_s)->text();
    switch (round) {
    case Round::Teams:
        QCOMPARE(text, SignInProgressPanel::waitingText(Session::Round::EnableTeams, alex->displayLabel()));
        QVERIFY2(text.contains(u"Teams permissions for Alex Mentor"_s), qPrintable(text));
        QCOMPARE(scopesOf(address), app.review.scopes);
        QVERIFY(scopesOf(address).contains(u"Group.Read.All"_s));
        QCOMPARE(query.queryItemValue(u"login_hint"_s), app.first.mentorUpn());
        break;
    case Round::Reauthenticate:
        QCOMPARE(text, SignInProgressPanel::waitingText(Session::Round::Reauthenticate, alex->displayLabel()));
        QVERIFY2(text.contains(u"Sign in again as Alex Mentor"_s), qPrintable(text));
        QCOMPARE(scopesOf(address), signInScopes); // nothing new to consent to
        QCOMPARE(query.queryItemValue(u"login_hint"_s), app.first.mentorUpn());
        QVERIFY(!app.window->banner()->isVisible()); // the panel speaks for the round now
        break;
    case Round::AddAccount:
        QCOMPARE(text, SignInProgressPanel::waitingText(Session::Round::AddAccount, {}));
        QVERIFY2(text.contains(u"Choose the account to add"_s), qPrintable(text));
        QCOMPARE(scopesOf(address), app.review.scopes);
        QCOMPARE(query.queryItemValue(u"prompt"_s), u"select_account"_s);
        QCOMPARE(address.port(), app.second.port()); // the demo's second tenant
        break;
    }
    QCOMPARE(panel->accessibleDescription(), text);
    QVERIFY(app.window->calendarPage()->isVisible()); // the window stays usable

    // Copy sign-in address: this round's authorization address, for a browser that did not open.
    QApplication::clipboard()->clear();
    auto *copy = panel->findChild<QPushButton *>(u"copySignInUrl"_s);
    QVERIFY(copy && copy->isVisible());
    QCOMPARE(copy->accessibleName(), u"Copy sign-in address"_s);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QUrl(QApplication::clipboard()->text()), address);
    QCOMPARE(panel->signInAddress(), address);

    // Keyboard: both buttons are in the tab order and named.
    const QStringList visited = Test::tabThrough(app.window.get());
    QVERIFY2(visited.contains(u"cancelSignIn"_s) && visited.contains(u"copySignInUrl"_s),
             qPrintable(visited.join(u' ')));
    const QString name = u"signin-progress-"_s + QString::fromLatin1(QTest::currentDataTag());
    Test::checkScreen(app.window.get(), name + u"-light"_s);
    Theme::apply(Theme::Mode::Dark);
    Test::checkScreen(app.window.get(), name + u"-dark"_s);
    Theme::apply(Theme::Mode::Light);
    QApplication::setLayoutDirection(Qt::RightToLeft);
    Test::checkScreen(app.window.get(), name + u"-rtl"_s);
    QApplication::setLayoutDirection(Qt::LeftToRight);

    // Cancel ends the round; the window and the accounts stay as they were.
    QSignalSpy finished(session, &Session::signInFinished);
    auto *cancel = panel->findChild<QPushButton *>(u"cancelSignIn"_s);
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).value<SignInResult>().error.kind, AuthError::Kind::Cancelled);
    QVERIFY(!panel->isVisible());
    QCOMPARE(app.services->accounts(), QList<AccountServices *>{alex});
    QVERIFY(app.window->calendarPage()->isVisible());
    QVERIFY(alex->session()->account().isValid());
    QCOMPARE(alex->session()->account().displayName, u"Alex Mentor"_s);
    if (round == Round::Reauthenticate) {
        // Still expired, still in the window: the banner asks again.
        QCOMPARE(alex->session()->state(), Session::State::Expired);
        QTRY_VERIFY(app.window->banner()->isVisible());
        QVERIFY(app.window->banner()->text().contains(alex->displayLabel()));
    } else {
        QCOMPARE(alex->session()->state(), Session::State::SignedIn);
        QVERIFY(!alex->session()->accessToken().isEmpty());
        QVERIFY(!alex->session()->teamsEnabled());
    }

    // Again, finished in the browser this time: the panel comes, and goes when the round ends.
    app.browser.setAction(TestBrowser::Action::Accept);
    QSignalSpy running(panel, &SignInProgressPanel::roundRunningChanged);
    QSignalSpy opening(app.services.get(), &AppServices::accountOpened);
    finished.clear();
    start();
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY(finished.first().at(1).value<SignInResult>().succeeded());
    QTRY_COMPARE(running.size(), 2);
    QCOMPARE(running.at(0).at(0).toBool(), true);
    QCOMPARE(running.at(1).at(0).toBool(), false);
    QVERIFY(!panel->isVisible());
    switch (round) {
    case Round::Teams:
        QVERIFY(alex->session()->teamsEnabled());
        break;
    case Round::Reauthenticate:
        QCOMPARE(alex->session()->state(), Session::State::SignedIn);
        QVERIFY(!app.window->banner()->isVisible());
        break;
    case Round::AddAccount:
        QTRY_COMPARE_WITH_TIMEOUT(opening.size(), 1, 15000);
        QCOMPARE(app.services->accounts().size(), 2);
        break;
    }
}

void TestSignInRounds::panelsFollowTheirOwnSession()
{
    // Two accounts: Sam signs in again while Alex's Teams round is open too; each panel speaks for its own round.
    World app;
    AccountServices *alex = app.signIn();
    QVERIFY(alex);
    QSignalSpy opened(app.services.get(), &AppServices::accountOpened);
    app.triggerAddAccount();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
    AccountServices *sam = app.services->accounts().at(1);
    QVERIFY(World::synced(sam));
    SignInProgressPanel *alexPanel = panelOf(app.window.get(), alex->session());
    SignInProgressPanel *samPanel = panelOf(app.window.get(), sam->session());
    SignInProgressPanel *addPanel = panelOf(app.window.get(), app.services->signInSession());
    QVERIFY(alexPanel && samPanel && addPanel);
    QVERIFY(alexPanel != samPanel && samPanel != addPanel);

    app.browser.setAction(TestBrowser::Action::DoNothing);
    app.expireAndSignInAgain(sam, app.second); // only Sam's tenant moved on: only Sam's sign-in expired
    QVERIFY(!app.review.shown);
    QTRY_COMPARE_WITH_TIMEOUT(sam->session()->flow()->stage(), SignInFlow::Stage::WaitingForBrowser, 15000);
    QCOMPARE(alex->session()->state(), Session::State::SignedIn);
    QTRY_VERIFY(samPanel->isVisible());
    QVERIFY(!alexPanel->isVisible() && !addPanel->isVisible());
    QVERIFY2(samPanel->text().contains(u"Sign in again as Sam Rivera"_s), qPrintable(samPanel->text()));

    app.triggerTeamsRound(alex);
    QVERIFY(app.review.shown);
    QTRY_COMPARE_WITH_TIMEOUT(alex->session()->flow()->stage(), SignInFlow::Stage::WaitingForBrowser, 15000);
    QTRY_VERIFY(alexPanel->isVisible());
    QVERIFY(samPanel->isVisible());
    QVERIFY2(alexPanel->text().contains(u"Teams permissions for Alex Mentor"_s), qPrintable(alexPanel->text()));
    QVERIFY(!alexPanel->text().contains(u"Sam"_s) && !samPanel->text().contains(u"Alex"_s));
    app.window->resize(1400, 860);
    Test::checkScreen(app.window.get(), u"signin-progress-two-rounds-light"_s);

    // Each copies its own round's address: Sam's at the programme's tenant, Alex's at Contoso's.
    QTest::mouseClick(samPanel->findChild<QPushButton *>(u"copySignInUrl"_s), Qt::LeftButton);
    const QUrl samAddress(QApplication::clipboard()->text());
    QCOMPARE(samAddress.port(), app.second.port());
    QCOMPARE(QUrlQuery(samAddress).queryItemValue(u"login_hint"_s), app.second.mentorUpn());
    QTest::mouseClick(alexPanel->findChild<QPushButton *>(u"copySignInUrl"_s), Qt::LeftButton);
    const QUrl alexAddress(QApplication::clipboard()->text());
    QCOMPARE(alexAddress.port(), app.first.port());
    QVERIFY(scopesOf(alexAddress).contains(u"Group.Read.All"_s));

    // Cancelling Sam's round leaves Alex's running.
    QTest::mouseClick(samPanel->findChild<QPushButton *>(u"cancelSignIn"_s), Qt::LeftButton);
    QTRY_VERIFY(!samPanel->isVisible());
    QCOMPARE(sam->session()->state(), Session::State::Expired);
    QVERIFY(alexPanel->isVisible());
    QCOMPARE(alex->session()->flow()->stage(), SignInFlow::Stage::WaitingForBrowser);
    QTest::mouseClick(alexPanel->findChild<QPushButton *>(u"cancelSignIn"_s), Qt::LeftButton);
    QTRY_VERIFY(!alexPanel->isVisible());
    QCOMPARE(alex->session()->state(), Session::State::SignedIn);
    QCOMPARE(app.services->accounts().size(), 2);
}

void TestSignInRounds::standardProviderKeepsWhoIsSignedInThroughTheTeamsRound()
{
    // Sign-in at a standard OpenID provider whose id_token carries no profile claims (Entra's without the profile
    // scope), Graph at the demo tenant (which issues the access tokens for the provider).
    Sandbox::SandboxServer sandbox;
    QVERIFY(sandbox.listen(QHostAddress(QHostAddress::LocalHost)));
    OtherProvider provider(OtherProvider::Options{
        .profileClaims = false,
        .accessToken = [&sandbox](const QStringList &scopes) { return sandbox.issueToken(scopes); },
    });
    AppConfig config;
    config.clientId = provider.clientId;
    config.authorityOverride = provider.authority();
    config.graphUrlOverride = sandbox.graphBaseUrl();
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    TestBrowser browser;
    AppServices services(config, std::make_unique<MemorySecretBackend>(), &browser, &clock);
    MainWindow window(&services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The welcome page's Sign in, with its consent review.
    Review review;
    review.expect();
    QSignalSpy signedIn(services.signInSession(), &Session::signInFinished);
    QSignalSpy opened(&services, &AppServices::accountOpened);
    QTest::mouseClick(window.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    QVERIFY(review.shown);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
    const SignInResult first = signedIn.first().at(1).value<SignInResult>();
    QVERIFY2(first.succeeded(), qPrintable(first.error.userMessage() + first.error.technicalDetails()));
    // The id_token named nobody: only Graph's /me does.
    QVERIFY(first.account.displayName.isEmpty() && first.account.username.isEmpty() && first.account.email.isEmpty());
    QCOMPARE(first.account.objectId, provider.objectId);
    AccountServices *account = services.account();
    QVERIFY(World::synced(account));

    const QString name = u"Alex Mentor"_s;
    const QString address = sandbox.mentorUpn();
    auto *button = window.findChild<QToolButton *>(u"accountButton"_s);
    auto *status = window.findChild<QLabel *>(u"statusLabel"_s);
    window.showPermissions(account);
    auto *permissions = window.findChild<PermissionsDialog *>();
    QVERIFY(permissions);
    auto *accountName = permissions->findChild<QLabel *>(u"accountName"_s);
    auto *accountDetails = permissions->findChild<QLabel *>(u"accountDetails"_s);
    const auto whoIsShown = [&] {
        return QStringList{button->text(), button->accessibleName(), status->text(), accountName->text(),
                           accountDetails->text().section(u" · "_s, 0, 1)};
    };
    const QStringList expected{name, u"Account: "_s + name, u"Signed in as "_s + address, name,
                               address + u" · work or school account"_s};
    QTRY_COMPARE(whoIsShown(), expected);
    QCOMPARE(served(sandbox, u"/v1.0/me"_s), 1);

    // Permissions ▸ Turn Teams features on: its review, the round, and who is shown the moment the round ends
    // (before Graph is asked again).
    QStringList shownAtTheEnd;
    bool photoKept = false;
    Session *session = account->session();
    connect(session, &Session::signInFinished, &window, [&](Session::Round round, const SignInResult &result) {
        if (round != Session::Round::EnableTeams || !result.succeeded())
            return;
        shownAtTheEnd = whoIsShown();
        photoKept = !account->photo().isEmpty();
    });
    QSignalSpy teams(session, &Session::signInFinished);
    auto *toggle = permissions->findChild<QPushButton *>(u"toggleTeams"_s);
    review.expect();
    toggle->click();
    QVERIFY(review.shown);
    QTRY_COMPARE_WITH_TIMEOUT(teams.size(), 1, 15000);
    const SignInResult teamsResult = teams.first().at(1).value<SignInResult>();
    QVERIFY2(teamsResult.succeeded(), qPrintable(teamsResult.error.userMessage()));
    QVERIFY(teamsResult.account.displayName.isEmpty()); // the new id_token named nobody either
    QVERIFY(session->teamsEnabled());
    QVERIFY(session->grantedScopes().contains(u"Group.Read.All"_s));
    QCOMPARE(shownAtTheEnd, expected);
    QVERIFY(photoKept);
    QCOMPARE(session->account().displayName, name);
    QCOMPARE(session->account().username, address);

    // And the profile is read again from Graph after the round; the window still says who is signed in.
    QTRY_COMPARE_WITH_TIMEOUT(served(sandbox, u"/v1.0/me"_s), 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(served(sandbox, u"/v1.0/me/photo/$value"_s), 2, 15000);
    QTRY_VERIFY(!account->photo().isEmpty());
    QCOMPARE(whoIsShown(), expected);
    QCOMPARE(account->profile().displayName, name);
    QVERIFY(window.windowTitle().contains(name));
    Test::checkScreen(permissions, u"signin-rounds-standard-provider-permissions"_s);
}

QTEST_MAIN(TestSignInRounds)
#include "tst_signinrounds.moc"
