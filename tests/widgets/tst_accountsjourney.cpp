// Two accounts at once, as a mentor meets them in the main window: the employer's account on one demo tenant, the
// mentoring programme's on a second one (Account ▸ Add account…, with its own consent review). Both calendars show,
// grouped by account; New session… and the composer ask which account; one account's expired sign-in leaves the
// other working; signing out of one keeps the other, and "Sign out of all" ends both.
#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/calendar/CalendarListModel.h"
#include "core/calendar/CalendarSync.h"
#include "core/calendar/EventListModel.h"
#include "core/common/Clock.h"
#include "core/services/AppServices.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "support/TestBrowser.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/booking/NewSessionDialog.h"
#include "ui/calendar/CalendarListView.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/common/Banner.h"
#include "ui/common/Theme.h"
#include "ui/consent/ConsentReviewDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/welcome/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHostAddress>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using Test::TestBrowser;

namespace {

AppConfig demoConfig(const Sandbox::SandboxServer &sandbox)
{
    AppConfig config;
    config.sandbox = true;
    config.staySignedIn = false; // no refresh token: an expired sign-in needs the user
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

// The app on the Contoso demo tenant, with the programme's demo tenant as the launcher's second tenant (what the
// app's own demo mode does).
struct TwoTenants
{
    TwoTenants()
        : second(programme())
    {
        if (!first.listen(QHostAddress(QHostAddress::LocalHost))
            || !second.listen(QHostAddress(QHostAddress::LocalHost)))
            qFatal("a demo tenant did not start");
        services = std::make_unique<AppServices>(demoConfig(first), std::make_unique<MemorySecretBackend>(), &browser,
                                                 &clock);
        window = std::make_unique<MainWindow>(services.get(),
                                              [this](const QString &tenant, QString *) -> std::optional<AppConfig> {
                                                  launched << tenant;
                                                  return demoConfig(tenant == "programme"_L1 ? second : first);
                                              });
        window->show();
        browser.setAction(TestBrowser::Action::Accept);
    }

    // The user accepts the consent review that Add account… shows, then the browser accepts Microsoft's page.
    bool addAccount()
    {
        QSignalSpy opened(services.get(), &AppServices::accountOpened);
        bool reviewed = false;
        QTimer::singleShot(0, [&reviewed] {
            if (auto *review = qobject_cast<ConsentReviewDialog *>(QApplication::activeModalWidget())) {
                reviewed = true;
                review->accept();
            }
        });
        window->findChild<QAction *>(u"actionAddAccount"_s)->trigger();
        return reviewed && (opened.size() == 1 || opened.wait(15000));
    }

    template<typename T>
    T *find(const QString &name) const
    {
        return window->findChild<T *>(name);
    }

    Sandbox::SandboxServer first;
    Sandbox::SandboxServer second;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    TestBrowser browser;
    QStringList launched;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
};

} // namespace

class TestAccountsJourney : public QObject
{
    Q_OBJECT

private:
    static bool synced(AccountServices *account)
    {
        return QTest::qWaitFor(
            [account] {
                return account->profile().isValid() && account->calendarSync()->state() == CalendarSync::State::Idle
                    && account->calendarSync()->lastResult().isOk();
            },
            15000);
    }
    // The accounts whose events the calendar page shows now.
    static QSet<QString> accountsShown(CalendarPage *page)
    {
        QSet<QString> keys;
        for (const Event &event : page->eventModel()->events())
            keys.insert(event.accountKey);
        return keys;
    }

private Q_SLOTS:
    void init();
    void addAccountOpensASecondTenantBesideTheFirst();
    void oneExpiredSignInLeavesTheOtherAccountWorking();
    void signingOutOfOneAccountKeepsTheOther();
};

void TestAccountsJourney::init()
{
    QSettings().clear();
}

void TestAccountsJourney::addAccountOpensASecondTenantBesideTheFirst()
{
    TwoTenants app;
    QSignalSpy opened(app.services.get(), &AppServices::accountOpened);
    app.services->signInSession()->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
    AccountServices *alex = app.services->account();
    QVERIFY(synced(alex));
    QVERIFY(app.addAccount());
    QCOMPARE(app.launched, QStringList{u"programme"_s}); // the demo's second tenant
    QCOMPARE(app.services->accounts().size(), 2);
    AccountServices *sam = app.services->accounts().at(1);
    QVERIFY(synced(sam));
    // Each account in its own tenant, with its own session, tokens, Graph client and files.
    QCOMPARE(alex->profile().displayName, u"Alex Mentor"_s);
    QCOMPARE(sam->profile().displayName, u"Sam Rivera"_s);
    QCOMPARE(sam->account().tenantId, app.second.tenantId());
    QVERIFY(alex->session() != sam->session());
    QVERIFY(alex->session()->accessToken() != sam->session()->accessToken());
    QVERIFY(alex->dataDirectory() != sam->dataDirectory());
    QCOMPARE(app.services->signInSession()->state(), Session::State::SignedOut); // ready for the next account

    // The calendar shows both accounts' events, and its list names each account above its calendars.
    CalendarPage *page = app.window->calendarPage();
    page->setViewMode(CalendarPage::ViewMode::Month);
    QTRY_COMPARE_WITH_TIMEOUT(accountsShown(page), (QSet<QString>{alex->key(), sam->key()}), 15000);
    QStringList headers;
    const QAbstractItemModel *list = page->calendarList()->model();
    for (int row = 0; row < list->rowCount(); ++row) {
        const QModelIndex index = list->index(row, 0);
        if (index.data(CalendarListModel::IsAccountHeaderRole).toBool())
            headers << index.data(Qt::DisplayRole).toString();
    }
    QCOMPARE(headers.size(), 2);
    QVERIFY2(headers.at(0).contains(u"Alex Mentor"_s) && headers.at(1).contains(u"Sam Rivera"_s),
             qPrintable(headers.join(u" | "_s)));

    // What the mentor sees, light, dark and right-to-left (every interactive widget named).
    app.window->resize(1400, 860);
    Test::checkScreen(app.window.get(), u"two-accounts-light"_s);
    Theme::apply(Theme::Mode::Dark);
    Test::checkScreen(app.window.get(), u"two-accounts-dark"_s);
    Theme::apply(Theme::Mode::Light);
    QApplication::setLayoutDirection(Qt::RightToLeft);
    Test::checkScreen(app.window.get(), u"two-accounts-rtl"_s);
    QApplication::setLayoutDirection(Qt::LeftToRight);
    app.window->showNewSession();
    auto *dialog = app.window->findChild<NewSessionDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->organiser(), alex); // nothing picked in the calendar: the first account
    auto *organiser = dialog->findChild<QComboBox *>(u"organiserCombo"_s);
    QVERIFY(organiser && organiser->isVisible());
    QCOMPARE(organiser->count(), 2);
    Test::checkScreen(dialog, u"two-accounts-new-session"_s);
    dialog->close();

    // The Account menu: one Permissions page and one sign-out per account, and "Sign out of all".
    for (const QString &name : {u"actionPermissions"_s, u"actionPermissions_2"_s, u"actionSignOut"_s,
                                u"actionSignOut_2"_s, u"actionSignOutAll"_s})
        QVERIFY2(app.find<QAction>(name) && app.find<QAction>(name)->isEnabled(), qPrintable(name));
    QVERIFY(app.find<QAction>(u"actionSignOutAll"_s)->isVisible());

    // Adding an account that is already open changes nothing, and says so.
    QSignalSpy already(app.services.get(), &AppServices::accountAlreadyOpen);
    QVERIFY(!app.addAccount()); // the second tenant has one user: Sam again
    QTRY_COMPARE_WITH_TIMEOUT(already.size(), 1, 15000);
    QCOMPARE(app.services->accounts().size(), 2);
    QVERIFY(app.window->banner()->text().contains(u"already signed in"_s));

    // "Sign out of all" ends both: the welcome page again.
    QSignalSpy signedOut(app.services.get(), &AppServices::accountSignedOut);
    app.find<QAction>(u"actionSignOutAll"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 2, 15000);
    QVERIFY(app.services->accounts().isEmpty());
    QTRY_VERIFY(app.window->welcomePage()->isVisible());
}

void TestAccountsJourney::oneExpiredSignInLeavesTheOtherAccountWorking()
{
    TwoTenants app;
    QSignalSpy opened(app.services.get(), &AppServices::accountOpened);
    app.services->signInSession()->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
    QVERIFY(app.addAccount());
    AccountServices *alex = app.services->accounts().at(0);
    AccountServices *sam = app.services->accounts().at(1);
    QVERIFY(synced(alex) && synced(sam));

    // Graph refused Sam's token (what GraphClient does on a 401): without a refresh token, only Sam needs the user.
    sam->session()->requestReauthentication();
    QCOMPARE(sam->session()->state(), Session::State::Expired);
    Banner *banner = app.window->banner();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(sam->displayLabel()), qPrintable(banner->text()));
    QVERIFY(!banner->text().contains(alex->displayLabel()));
    QCOMPARE(alex->session()->state(), Session::State::SignedIn);
    // Alex's calendar keeps syncing.
    QSignalSpy alexSynced(alex->calendarSync(), &CalendarSync::syncFinished);
    alex->calendarSync()->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(alexSynced.size(), 1, 15000);
    QVERIFY(alexSynced.first().at(0).value<GraphResult>().isOk());

    // "Sign in again" signs Sam in again (the browser accepts), and the banner goes.
    auto *again = banner->findChild<QPushButton *>(u"bannerPrimary"_s);
    QVERIFY(again && again->isVisible());
    QCOMPARE(again->text(), u"&Sign in again"_s);
    again->click();
    QTRY_COMPARE_WITH_TIMEOUT(sam->session()->state(), Session::State::SignedIn, 15000);
    QTRY_VERIFY(!banner->isVisible());
    QCOMPARE(app.services->accounts().size(), 2);
}

void TestAccountsJourney::signingOutOfOneAccountKeepsTheOther()
{
    TwoTenants app;
    QSignalSpy opened(app.services.get(), &AppServices::accountOpened);
    app.services->signInSession()->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
    QVERIFY(app.addAccount());
    QPointer<AccountServices> alex = app.services->accounts().at(0);
    QPointer<AccountServices> sam = app.services->accounts().at(1);
    QVERIFY(synced(alex) && synced(sam));
    const QString alexFolder = alex->dataDirectory();
    const QString samFolder = sam->dataDirectory();
    CalendarPage *page = app.window->calendarPage();
    QTRY_COMPARE_WITH_TIMEOUT(accountsShown(page).size(), 2, 15000);

    app.find<QAction>(u"actionSignOut_2"_s)->trigger(); // Sam's
    QTRY_VERIFY_WITH_TIMEOUT(!sam, 15000);
    QCOMPARE(app.services->accounts(), QList<AccountServices *>{alex.data()});
    QTRY_VERIFY(!QDir(samFolder).exists()); // Sam's files are gone
    QVERIFY(QDir(alexFolder).exists()); // Alex's stay
    QCOMPARE(alex->session()->state(), Session::State::SignedIn);
    QVERIFY(!alex->session()->accessToken().isEmpty());
    QTRY_COMPARE(accountsShown(page), QSet<QString>{alex->key()});
    QVERIFY(app.window->calendarPage()->isVisible());
    QVERIFY(!app.find<QAction>(u"actionSignOut_2"_s));
    QVERIFY(!app.find<QAction>(u"actionSignOutAll"_s)->isVisible()); // one account: plain Sign out
}

QTEST_MAIN(TestAccountsJourney)
#include "tst_accountsjourney.moc"
