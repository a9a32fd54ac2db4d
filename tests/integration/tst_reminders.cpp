// Reminders against the demo tenant over real loopback HTTP (issue "A mentor's day"): ReminderService reads Graph's
// reminderView, raises what is due, and dismisses or snoozes through EventActions and a real Outbox (SQLite). The
// tenant is the source of truth both ways: what is dismissed here is dismissed there, and what is dismissed there
// (as in Outlook) disappears here. Offline, a dismissal applies at once, survives a restart and is sent later.
#include "core/calendar/CalendarRange.h"
#include "core/calendar/EventActions.h"
#include "core/graph/NetworkReachability.h"
#include "core/outbox/Outbox.h"
#include "core/reminders/ReminderService.h"
#include "core/reminders/ReminderText.h"
#include "support/SandboxCalendar.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

// The seed's mentor's day: reminders due a minute after the demo's "now" (SeedBuilder::addMentorsDay).
const QString kSession = u"Mentoring session: Liam"_s;
const QString kOfficeHours = u"Mentee office hours"_s;

QStringList subjects(const QList<Reminder> &reminders)
{
    QStringList list;
    for (const Reminder &reminder : reminders)
        list << reminder.eventSubject;
    return list;
}

// One run of MentorDesk for the account: its outbox, actions and reminders over the same files.
struct Run
{
    Run(SandboxCalendar &calendar, const QString &dir, NetworkReachability *reachability)
        : outbox(&calendar.client(), dir + u"/outbox.sqlite"_s)
        , actions(&outbox)
        , reminders(&calendar.client(), &actions, &calendar.clock(), &calendar.store(), dir + u"/reminders.json"_s)
    {
        outbox.setReachability(reachability);
        outbox.setRetryBackoff(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
    }

    bool refreshed()
    {
        QSignalSpy finished(&reminders, &ReminderService::refreshFinished);
        reminders.refresh();
        return finished.wait(10000) && finished.first().first().value<GraphResult>().isOk();
    }

    Reminder due(const QString &subject) const
    {
        for (const Reminder &reminder : reminders.due()) {
            if (reminder.eventSubject == subject)
                return reminder;
        }
        return {};
    }

    Outbox outbox;
    EventActions actions;
    ReminderService reminders;
};

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private:
    // What the tenant itself lists as due for the mentor now, as Outlook would see it.
    static QStringList tenantReminders(SandboxCalendar &calendar)
    {
        const QDateTime now = calendar.clock().nowUtc();
        const QString path = u"/me/reminderView(startDateTime='%1',endDateTime='%2')"_s.arg(
            now.addDays(-1).toString(Qt::ISODate), now.addDays(7).toString(Qt::ISODate));
        const auto reply = calendar.sandbox().get(calendar.sandbox().graphUrl(path),
                                                  calendar.sandbox().issueToken({u"Calendars.ReadWrite"_s}));
        QStringList due;
        for (const QJsonValue &value : reply.json().value("value"_L1).toArray()) {
            const Reminder reminder = Reminder::fromJson(value);
            if (reminder.isDue(now) && reminder.eventEnd > now) // as the app shows them: the event not over
                due << reminder.eventSubject;
        }
        return due;
    }

private Q_SLOTS:
    void raisesDueRemindersOnce();
    void dismissAndSnoozeReachGraph();
    void dismissedInOutlookDisappears();
    void offlineDismissalSurvivesARestart();
    void disabledDoesNothing();
    void texts_data();
    void texts();
};

void TestReminders::raisesDueRemindersOnce()
{
    SandboxCalendar calendar;
    QVERIFY(calendar.load(CalendarRange::week(SandboxCalendar::today(), Qt::Monday, SandboxCalendar::zone())));
    QTemporaryDir dir;
    NetworkReachability online;
    Run run(calendar, dir.path(), &online);
    QSignalSpy fired(&run.reminders, &ReminderService::remindersFired);
    run.reminders.setEnabled(true);
    QVERIFY(run.refreshed());
    // 09:00: nothing is due yet; the first fires at 09:01.
    QVERIFY(run.reminders.due().isEmpty());
    QVERIFY(run.reminders.nextFireTime().isValid());
    QCOMPARE(fired.count(), 0);

    calendar.clock().advance(120);
    QVERIFY(run.refreshed());
    QCOMPARE(subjects(run.reminders.due()), (QStringList{kSession, kOfficeHours})); // earliest event first
    QCOMPARE(fired.count(), 1);
    QCOMPARE(subjects(fired.first().first().value<QList<Reminder>>()), (QStringList{kSession, kOfficeHours}));
    // The Teams session has its join link (from the calendar cache); the office hours in a room have none.
    QVERIFY(!run.reminders.joinUrl(run.due(kSession)).isEmpty());
    QVERIFY(run.reminders.joinUrl(run.due(kOfficeHours)).isEmpty());

    // Read again: the same reminders, not raised a second time.
    QVERIFY(run.refreshed());
    QCOMPARE(run.reminders.due().size(), 2);
    QCOMPARE(fired.count(), 1);
}

void TestReminders::dismissAndSnoozeReachGraph()
{
    SandboxCalendar calendar;
    QVERIFY(calendar.load(CalendarRange::week(SandboxCalendar::today(), Qt::Monday, SandboxCalendar::zone())));
    calendar.clock().advance(120);
    QTemporaryDir dir;
    NetworkReachability online;
    Run run(calendar, dir.path(), &online);
    run.reminders.setEnabled(true);
    QVERIFY(run.refreshed());
    QCOMPARE(run.reminders.due().size(), 2);
    QSignalSpy sent(&run.actions, &EventActions::actionFinished);

    // Dismissed here: gone at once, and in the tenant once sent.
    QVERIFY(run.reminders.dismiss(run.due(kSession)));
    QCOMPARE(subjects(run.reminders.due()), QStringList{kOfficeHours});
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 10000);
    QVERIFY(sent.first().at(3).value<GraphResult>().isOk());
    QCOMPARE(tenantReminders(calendar), QStringList{kOfficeHours});

    // Snoozed for 10 minutes: gone now, back then, with the tenant agreeing.
    const QDateTime until = calendar.clock().nowUtc().addSecs(600);
    QVERIFY(run.reminders.snooze(run.due(kOfficeHours), until));
    QVERIFY(run.reminders.due().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 2, 10000);
    QVERIFY(tenantReminders(calendar).isEmpty());
    QVERIFY(run.refreshed());
    QVERIFY(run.reminders.due().isEmpty());
    QCOMPARE(run.reminders.nextFireTime(), until);
    QSignalSpy fired(&run.reminders, &ReminderService::remindersFired);
    calendar.clock().advance(601);
    QVERIFY(run.refreshed());
    QCOMPARE(subjects(run.reminders.due()), QStringList{kOfficeHours});
    QCOMPARE(run.due(kOfficeHours).reminderFireTime, until);
    QCOMPARE(fired.count(), 1); // raised again at the snooze time
    QCOMPARE(tenantReminders(calendar), QStringList{kOfficeHours});
}

void TestReminders::dismissedInOutlookDisappears()
{
    SandboxCalendar calendar;
    QVERIFY(calendar.load(CalendarRange::week(SandboxCalendar::today(), Qt::Monday, SandboxCalendar::zone())));
    calendar.clock().advance(120);
    QTemporaryDir dir;
    NetworkReachability online;
    Run run(calendar, dir.path(), &online);
    run.reminders.setEnabled(true);
    QVERIFY(run.refreshed());
    const Reminder session = run.due(kSession);
    QVERIFY(session.isValid());

    // Outlook (another client) dismisses it on the tenant.
    const auto dismissed = calendar.sandbox().postJson(
        calendar.sandbox().graphUrl(u"/me/events/%1/dismissReminder"_s.arg(session.eventId)), QJsonObject(),
        calendar.sandbox().issueToken({u"Calendars.ReadWrite"_s}));
    QVERIFY2(dismissed.status / 100 == 2, qPrintable(QString::number(dismissed.status)));
    QSignalSpy changed(&run.reminders, &ReminderService::dueChanged);
    QVERIFY(run.refreshed());
    QCOMPARE(subjects(run.reminders.due()), QStringList{kOfficeHours});
    QCOMPARE(changed.count(), 1);
}

void TestReminders::offlineDismissalSurvivesARestart()
{
    SandboxCalendar calendar;
    QVERIFY(calendar.load(CalendarRange::week(SandboxCalendar::today(), Qt::Monday, SandboxCalendar::zone())));
    calendar.clock().advance(120);
    QTemporaryDir dir;
    NetworkReachability network;
    {
        Run first(calendar, dir.path(), &network);
        first.reminders.setEnabled(true);
        QVERIFY(first.refreshed());
        QCOMPARE(first.reminders.due().size(), 2);
        network.setOnline(false);
        QVERIFY(first.reminders.dismiss(first.due(kSession))); // offline: applied here at once
        QCOMPARE(subjects(first.reminders.due()), QStringList{kOfficeHours});
        QTest::qWait(200);
        QCOMPARE(first.outbox.size(), 1); // waiting to be sent
    }
    QCOMPARE(tenantReminders(calendar).size(), 2); // the tenant has not heard of it

    // MentorDesk starts again, still offline: the dismissed reminder does not come back, from the file alone.
    Run second(calendar, dir.path(), &network);
    QSignalSpy fired(&second.reminders, &ReminderService::remindersFired);
    second.reminders.setEnabled(true);
    QCOMPARE(subjects(second.reminders.due()), QStringList{kOfficeHours});
    QCOMPARE(fired.count(), 1);
    QCOMPARE(subjects(fired.first().first().value<QList<Reminder>>()), QStringList{kOfficeHours});
    QCOMPARE(second.outbox.size(), 1);

    // Back online: the dismissal goes out by itself, once, and Graph agrees.
    QSignalSpy sent(&second.actions, &EventActions::actionFinished);
    network.setOnline(true);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 10000);
    QCOMPARE(tenantReminders(calendar), QStringList{kOfficeHours});
    QVERIFY(second.refreshed());
    QCOMPARE(subjects(second.reminders.due()), QStringList{kOfficeHours});
    QCOMPARE(second.outbox.size(), 0);
}

void TestReminders::disabledDoesNothing()
{
    SandboxCalendar calendar;
    calendar.clock().advance(120);
    QTemporaryDir dir;
    NetworkReachability online;
    Run run(calendar, dir.path(), &online);
    QSignalSpy finished(&run.reminders, &ReminderService::refreshFinished);
    run.reminders.refresh(); // off by default: nothing is read
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0);
    QVERIFY(run.reminders.due().isEmpty());
    run.reminders.setEnabled(true);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(run.reminders.due().size(), 2);
    QSignalSpy changed(&run.reminders, &ReminderService::dueChanged);
    run.reminders.setEnabled(false); // Preferences ▸ Reminders off
    QVERIFY(run.reminders.due().isEmpty());
    QCOMPARE(changed.count(), 1);
}

void TestReminders::texts_data()
{
    QTest::addColumn<int>("minutesToStart");
    QTest::addColumn<QString>("expected");
    QTest::newRow("in 5 minutes") << 5 << u"in 5 minutes"_s;
    QTest::newRow("in 1 minute") << 1 << u"in 1 minute"_s;
    QTest::newRow("now") << 0 << u"starts now"_s;
    QTest::newRow("started 2 minutes ago") << -2 << u"started 2 minutes ago"_s;
    QTest::newRow("started 1 minute ago") << -1 << u"started 1 minute ago"_s;
    QTest::newRow("in 2 hours") << 120 << u"in 2 hours"_s;
    QTest::newRow("started 1 hour ago") << -60 << u"started 1 hour ago"_s;
    QTest::newRow("in 3 days") << 3 * 24 * 60 << u"in 3 days"_s;
}

void TestReminders::texts()
{
    QFETCH(int, minutesToStart);
    QFETCH(QString, expected);
    const QDateTime now = SandboxCalendar::now();
    Reminder reminder;
    reminder.eventId = u"x"_s;
    reminder.eventSubject = u"Mentoring"_s;
    reminder.eventStart = now.addSecs(minutesToStart * 60 + 20); // seconds do not change the minute shown
    reminder.eventEnd = reminder.eventStart.addSecs(1800);
    reminder.reminderFireTime = reminder.eventStart.addSecs(-600);
    QCOMPARE(ReminderText::relative(reminder, now), expected);
}

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
