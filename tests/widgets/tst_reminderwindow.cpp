// The reminder window and its notification (issue "A mentor's day"), against the demo tenant: the seed's two
// reminders go off a minute into the demo; each row has Join (only where the event has a Teams link), Snooze and
// Dismiss, and Dismiss all clears them. The desktop notification goes over the real session bus to a notification
// service registered by the test on its own connection (as a desktop's would be), which presses its buttons.
#include "core/calendar/CalendarRange.h"
#include "core/calendar/EventActions.h"
#include "core/graph/NetworkReachability.h"
#include "core/outbox/Outbox.h"
#include "core/reminders/ReminderService.h"
#include "support/RecordingBrowser.h"
#include "support/SandboxCalendar.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/common/Theme.h"
#include "ui/reminders/DesktopNotifier.h"
#include "ui/reminders/ReminderWindow.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QLabel>
#include <QMenu>
#include <QMutex>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QString kSession = u"Mentoring session: Liam"_s;
const QString kOfficeHours = u"Mentee office hours"_s;

// A desktop's notification service (https://specifications.freedesktop.org/notification-spec/latest/), on a bus
// connection of its own: it records what it is asked to show and can press a notification's button.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        uint id;
        QString summary;
        QString body;
        QStringList actions;
    };

    explicit NotificationServer(QDBusConnection connection)
        : m_connection(std::move(connection))
    { }

    bool start()
    {
        return m_connection.registerObject(u"/org/freedesktop/Notifications"_s, this, QDBusConnection::ExportAllSlots)
            && m_connection.registerService(u"org.freedesktop.Notifications"_s);
    }

    void press(uint id, const QString &action)
    {
        QDBusMessage signal = QDBusMessage::createSignal(u"/org/freedesktop/Notifications"_s,
                                                         u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
        signal << id << action;
        m_connection.send(signal);
    }

    QList<uint> closedIds()
    {
        QMutexLocker lock(&m_mutex);
        return closed;
    }
    int shownCount()
    {
        QMutexLocker lock(&m_mutex);
        return int(shown.size());
    }

    QList<Shown> shown; // read once shownCount() says it is there
    QList<uint> closed;

public Q_SLOTS:
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }
    uint Notify(const QString &, uint replacesId, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &, int)
    {
        QMutexLocker lock(&m_mutex);
        const uint id = replacesId != 0 ? replacesId : uint(shown.size() + 1);
        shown.append({id, summary, body, actions});
        return id;
    }
    void CloseNotification(uint id)
    {
        QMutexLocker lock(&m_mutex);
        closed.append(id);
    }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = u"MentorDesk tests"_s;
        version = u"1"_s;
        specVersion = u"1.2"_s;
        return u"test"_s;
    }

private:
    QDBusConnection m_connection;
    QMutex m_mutex;
};

struct Fixture
{
    Fixture()
        : outbox(&calendar.client(), dir.filePath(u"outbox.sqlite"_s))
        , actions(&outbox)
        , reminders(&calendar.client(), &actions, &calendar.clock(), &calendar.store(),
                    dir.filePath(u"reminders.json"_s))
        , window(&browser, &calendar.clock())
    {
        outbox.setReachability(&online);
        window.setTimeZone(SandboxCalendar::zone());
        window.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    bool start()
    {
        if (!calendar.load(CalendarRange::week(SandboxCalendar::today(), Qt::Monday, SandboxCalendar::zone())))
            return false;
        calendar.clock().advance(120);
        window.addService(&reminders, u"mentor"_s);
        QSignalSpy refreshed(&reminders, &ReminderService::refreshFinished);
        reminders.setEnabled(true);
        return refreshed.wait(10000) && reminders.due().size() == 2;
    }

    QWidget *row(const QString &subject) const
    {
        for (QLabel *label : window.findChildren<QLabel *>(u"reminderSubject"_s)) {
            if (label->text().contains(subject.toHtmlEscaped()))
                return label->parentWidget();
        }
        return nullptr;
    }

    SandboxCalendar calendar;
    QTemporaryDir dir;
    NetworkReachability online;
    Outbox outbox;
    EventActions actions;
    ReminderService reminders;
    RecordingBrowser browser;
    ReminderWindow window;
};

} // namespace

class TestReminderWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndButtons();
    void snoozeAndDismiss();
    void screens_data();
    void screens();
    void notificationButtons();
};

void TestReminderWindow::rowsAndButtons()
{
    Fixture f;
    QVERIFY(f.start());
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    QCOMPARE(f.window.reminderCount(), 2);
    QCOMPARE(f.window.windowTitle(), u"2 reminders"_s);
    QWidget *session = f.row(kSession);
    QWidget *hours = f.row(kOfficeHours);
    QVERIFY(session && hours);
    // The session starts at 09:11 UTC (10:11 in Berlin): "in 9 minutes" at 09:02.
    auto *when = session->findChild<QLabel *>(u"reminderWhen"_s);
    QVERIFY2(when->text().startsWith(u"10:11–10:41 · in 9 minutes"_s), qPrintable(when->text()));
    QVERIFY2(session->accessibleName().contains(u"in 9 minutes"_s), qPrintable(session->accessibleName()));

    // Join only where there is a Teams link; it opens the link in the browser.
    auto *join = session->findChild<QPushButton *>(u"reminderJoin"_s);
    QVERIFY(join);
    QCOMPARE(join->accessibleName(), u"Join %1 in Teams"_s.arg(kSession));
    QVERIFY(!hours->findChild<QPushButton *>(u"reminderJoin"_s));
    QTest::mouseClick(join, Qt::LeftButton);
    QCOMPARE(f.browser.opened.size(), 1);
    QCOMPARE(f.browser.opened.first(), f.reminders.joinUrl(f.reminders.due().first()));

    // Snooze offers 5, 10, 15 minutes, 1 hour and "until 5 minutes before start" (still ahead here).
    auto *snooze = session->findChild<QToolButton *>(u"reminderSnooze"_s);
    QVERIFY(snooze && snooze->menu());
    QStringList choices;
    for (QAction *action : snooze->menu()->actions())
        choices << action->text();
    QCOMPARE(choices,
             (QStringList{u"For 5 minutes"_s, u"For 10 minutes"_s, u"For 15 minutes"_s, u"For 1 hour"_s,
                          u"Until 5 minutes before start"_s}));
    QVERIFY(snooze->menu()->findChild<QAction *>(u"reminderSnoozeBeforeStart"_s)->isEnabled());

    // The words move on with the clock, in place (keyboard focus stays where it is).
    join->setFocus();
    f.calendar.clock().advance(5 * 60);
    f.window.updateTexts();
    QVERIFY2(when->text().contains(u"in 4 minutes"_s), qPrintable(when->text()));
    QCOMPARE(QApplication::focusWidget(), join);
}

void TestReminderWindow::snoozeAndDismiss()
{
    Fixture f;
    QVERIFY(f.start());
    QSignalSpy count(&f.window, &ReminderWindow::countChanged);
    QAction *tenMinutes = f.row(kOfficeHours)
                              ->findChild<QToolButton *>(u"reminderSnooze"_s)
                              ->menu()
                              ->findChild<QAction *>(u"reminderSnooze10"_s);
    QVERIFY(tenMinutes);
    tenMinutes->trigger();
    QCOMPARE(f.window.reminderCount(), 1);
    QVERIFY(!f.row(kOfficeHours));
    QTest::mouseClick(f.row(kSession)->findChild<QPushButton *>(u"reminderDismiss"_s), Qt::LeftButton);
    QCOMPARE(f.window.reminderCount(), 0);
    QCOMPARE(count.count(), 2);
    QVERIFY(f.window.statusText().isEmpty()); // both stored for sending
    QTRY_COMPARE_WITH_TIMEOUT(f.outbox.size(), 0, 10000); // and sent

    // Ten minutes later the snoozed one is back; Dismiss all clears it.
    f.calendar.clock().advance(10 * 60 + 1);
    QSignalSpy refreshed(&f.reminders, &ReminderService::refreshFinished);
    f.reminders.refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(f.window.reminderCount(), 1);
    QVERIFY(f.row(kOfficeHours));
    QTest::mouseClick(f.window.findChild<QPushButton *>(u"reminderDismissAll"_s), Qt::LeftButton);
    QCOMPARE(f.window.reminderCount(), 0);
    QVERIFY(!f.window.findChild<QPushButton *>(u"reminderDismissAll"_s)->isEnabled());
}

void TestReminderWindow::screens_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("light") << false << false;
    QTest::newRow("dark") << true << false;
    QTest::newRow("right-to-left") << false << true;
}

void TestReminderWindow::screens()
{
    QFETCH(bool, dark);
    QFETCH(bool, rightToLeft);
    Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    QGuiApplication::setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    {
        Fixture f;
        QVERIFY(f.start());
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QCOMPARE(f.window.layoutDirection(), rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        checkScreen(&f.window, u"reminders-%1"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
    }
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    Theme::apply(Theme::Mode::Light);
}

void TestReminderWindow::notificationButtons()
{
    QDBusConnection server = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"notification-server"_s);
    if (!server.isConnected())
        QSKIP("no D-Bus session bus");
    if (QDBusConnection::sessionBus().interface()->isServiceRegistered(u"org.freedesktop.Notifications"_s))
        QSKIP("this session has its own notification service");
    // Its own thread, as another process would be: MentorDesk's calls to it block until it answers.
    QThread thread;
    NotificationServer service(server);
    service.moveToThread(&thread);
    thread.start();
    const auto stop = qScopeGuard([&] {
        server.unregisterService(u"org.freedesktop.Notifications"_s);
        thread.quit();
        thread.wait();
    });
    QVERIFY(service.start());

    Fixture f;
    QVERIFY(f.start());
    DesktopNotifier notifier;
    QVERIFY(notifier.usesNotificationService());
    QVERIFY(notifier.supportsActions());
    QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);
    const Reminder session = f.reminders.due().first();
    QCOMPARE(session.eventSubject, kSession);
    notifier.notify(session.eventId, u"Mentoring session: <Liam> & co"_s, u"10:11–10:41 · in 9 minutes"_s,
                    {DesktopNotifier::Action::Open, DesktopNotifier::Action::Join, DesktopNotifier::Action::Snooze,
                     DesktopNotifier::Action::Dismiss});
    QTRY_COMPARE(service.shownCount(), 1);
    QCOMPARE(service.shown.first().actions,
             (QStringList{u"default"_s, u"Open reminders"_s, u"join"_s, u"Join"_s, u"snooze"_s, u"Snooze 5 minutes"_s,
                          u"dismiss"_s, u"Dismiss"_s}));
    QCOMPARE(service.shown.first().summary, u"Mentoring session: <Liam> & co"_s); // the summary is plain text
    QCOMPARE(service.shown.first().body, u"10:11–10:41 · in 9 minutes"_s);

    // The desktop's Dismiss button reaches MentorDesk for this reminder, and only for MentorDesk's notifications.
    service.press(service.shown.first().id, u"dismiss"_s);
    QTRY_COMPARE(invoked.count(), 1);
    QCOMPARE(invoked.first().at(0).toString(), session.eventId);
    QCOMPARE(invoked.first().at(1).value<DesktopNotifier::Action>(), DesktopNotifier::Action::Dismiss);
    service.press(999, u"dismiss"_s);
    QTest::qWait(200);
    QCOMPARE(invoked.count(), 1);

    // Notifying the same reminder again replaces its notification; closing it asks the service to.
    notifier.notify(session.eventId, kSession, u"starts now"_s, {DesktopNotifier::Action::Open});
    QTRY_COMPARE(service.shownCount(), 2);
    QCOMPARE(service.shown.at(1).id, service.shown.first().id);
    notifier.close(session.eventId);
    QTRY_COMPARE(service.closedIds(), QList<uint>{service.shown.first().id});
}

QTEST_MAIN(TestReminderWindow)
#include "tst_reminderwindow.moc"
