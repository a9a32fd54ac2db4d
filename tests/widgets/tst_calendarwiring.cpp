// The calendar inside the app: AppServices opens the account's cache and sync when someone signs in, MainWindow
// shows them on the signed-in page and in the View menu, and sign-out closes both and deletes the cache file.
#include "SandboxServer.h"
#include "TestBrowser.h"
#include "auth/SecretBackend.h"
#include "auth/Session.h"
#include "calendar/CalendarPage.h"
#include "calendar/CalendarStore.h"
#include "calendar/CalendarSync.h"
#include "calendar/EventListModel.h"
#include "common/Clock.h"
#include "main/MainWindow.h"
#include "services/AppServices.h"

#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

class TestCalendarWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInOpensTheCalendarAndSignOutDeletesIt();
};

void TestCalendarWiring::signInOpensTheCalendarAndSignOutDeletesIt()
{
    Sandbox::SandboxOptions options;
    options.autoConsent = true;
    Sandbox::SandboxServer sandbox(options);
    QVERIFY(sandbox.listen(QHostAddress(QHostAddress::LocalHost)));
    AppConfig config;
    config.clientId = sandbox.clientId();
    config.authorityOverride = sandbox.authority();
    config.graphUrlOverride = sandbox.graphBaseUrl();
    ManualClock clock(QDateTime::currentDateTimeUtc());
    TestBrowser browser;
    AppServices services(config, std::make_unique<MemorySecretBackend>(), &browser, &clock);
    MainWindow window(&services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CalendarPage *page = window.calendarPage();
    QVERIFY(page);
    QVERIFY(!services.calendarStore());
    QVERIFY(!page->store());

    // The View menu offers the views.
    QStringList viewEntries;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->text().remove(u'&') == "View"_L1) {
            for (QAction *action : menu->menu()->actions())
                viewEntries << action->text().remove(u'&');
        }
    }
    for (const QString &entry : {u"Month"_s, u"Week"_s, u"Day"_s, u"Agenda"_s, u"Refresh calendar"_s})
        QVERIFY2(viewEntries.contains(entry), qPrintable(viewEntries.join(u", "_s)));

    QSignalSpy opened(&services, &AppServices::accountOpened);
    QSignalSpy signedIn(services.session(), &Session::signInFinished);
    services.session()->signIn();
    QVERIFY(signedIn.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
    CalendarStore *store = services.calendarStore();
    CalendarSync *sync = services.calendarSync();
    QVERIFY(store && sync);
    QVERIFY(store->isOpen());
    QVERIFY(sync->isStarted());
    const Account account = services.session()->account();
    const QString cacheFile = AppServices::accountDataDirectory(account) + u"/calendar.sqlite"_s;
    QCOMPARE(store->filePath(), cacheFile);
    QVERIFY(QFileInfo::exists(cacheFile));
    QCOMPARE(page->store(), store);
    QCOMPARE(page->sync(), sync);

    // The start-up round fills the page.
    QTRY_VERIFY_WITH_TIMEOUT(store->calendars().size() == 4 && !sync->isSyncing(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(page->eventModel()->rowCount() > 20, 10000);
    QVERIFY2(page->statusText().contains(u"Last updated"_s), qPrintable(page->statusText()));

    // Sign-out: the page lets go, the cache closes and its file goes.
    QSignalSpy closing(&services, &AppServices::accountClosing);
    services.session()->signOut();
    QTRY_COMPARE(closing.count(), 1);
    QVERIFY(!services.calendarStore());
    QVERIFY(!services.calendarSync());
    QVERIFY(!page->store());
    QCOMPARE(page->eventModel()->rowCount(), 0);
    QTRY_VERIFY(!QFileInfo::exists(cacheFile));
}

QTEST_MAIN(TestCalendarWiring)
#include "tst_calendarwiring.moc"
