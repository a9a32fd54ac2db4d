// The calendar inside the app: AppServices opens the account's cache and sync when someone signs in, MainWindow
// shows them on the signed-in page and in the View menu, and sign-out closes both and deletes the cache file.
#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/booking/BookingService.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarSync.h"
#include "core/calendar/EventListModel.h"
#include "core/common/Clock.h"
#include "core/graph/GraphRequest.h"
#include "core/graph/writes/CreateEventWrite.h"
#include "core/outbox/Outbox.h"
#include "core/services/AppServices.h"
#include "sandbox/SandboxServer.h"
#include "support/TestBrowser.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/main/MainWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

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
    const QString cacheFile = QDir(AppServices::accountDataDirectory(account)).filePath(u"calendar.sqlite"_s);
    QCOMPARE(store->filePath(), cacheFile);
    QVERIFY(QFileInfo::exists(cacheFile));
    QCOMPARE(page->store(), store);
    QCOMPARE(page->sync(), sync);

    // The start-up round fills the page.
    QTRY_VERIFY_WITH_TIMEOUT(store->calendars().size() == 4 && !sync->isSyncing(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(page->eventModel()->rowCount() > 20, 10000);
    QVERIFY2(page->statusText().contains(u"Last updated"_s), qPrintable(page->statusText()));

    // A booking sent through the outbox shows up without waiting for the next periodic refresh.
    const QDate tomorrow = clock.nowUtc().date().addDays(1);
    const QJsonObject body{{u"subject"_s, u"Booked through the outbox"_s},
                           {u"start"_s,
                            QJsonObject{{u"dateTime"_s, QString(tomorrow.toString(Qt::ISODate) + u"T12:00:00"_s)},
                                        {u"timeZone"_s, u"UTC"_s}}},
                           {u"end"_s,
                            QJsonObject{{u"dateTime"_s, QString(tomorrow.toString(Qt::ISODate) + u"T12:30:00"_s)},
                                        {u"timeZone"_s, u"UTC"_s}}},
                           {u"transactionId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    QSignalSpy synced(sync, &CalendarSync::syncFinished);
    // Queued as the booking dialog does; BookingService follows every write of its kinds and refreshes the calendar.
    services.outbox()->enqueue<CreateEventWrite>(u"A test booking"_s, CreateEventWrite::request({}, body));
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, 20000);
    const auto booked = [&] {
        const CalendarRange around = CalendarRange::custom(tomorrow.addDays(-1), tomorrow.addDays(1));
        for (const Event &event : store->events(around)) {
            if (event.subject == u"Booked through the outbox"_s)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(booked(), 10000);

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
