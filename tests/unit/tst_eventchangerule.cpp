#include "core/calendar/EventChangeRule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

using Change = EventChangeRule::Change;
using Reason = EventChangeRule::Reason;

namespace {

const QDateTime kStart(QDate(2026, 11, 27), QTime(9, 0), QTimeZone::utc());

// A timed session the user organises.
Event session()
{
    Event event;
    event.id = u"session"_s;
    event.calendarId = u"mentoring"_s;
    event.subject = u"Mentoring: Priya"_s;
    event.start = kStart;
    event.end = kStart.addSecs(3600);
    event.isOrganizer = true;
    event.organizer = {u"Alex Mentor"_s, u"alex@contoso-mentoring.example"_s};
    return event;
}

Event invitation(const EmailAddress &organizer = {u"Jonas Weber"_s, u"jonas.weber@contoso-mentoring.example"_s})
{
    Event event = session();
    event.isOrganizer = false;
    event.organizer = organizer;
    return event;
}

Calendar calendar(const QString &name, Calendar::Kind kind, bool canEdit)
{
    Calendar calendar;
    calendar.id = name.toLower();
    calendar.name = name;
    calendar.kind = kind;
    calendar.canEdit = canEdit;
    return calendar;
}

const Calendar kOwn = calendar(u"Mentoring"_s, Calendar::Kind::Own, true);

} // namespace

class TestEventChangeRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data();
    void rule();
};

void TestEventChangeRule::rule_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<Calendar>("calendar");
    QTest::addColumn<Reason>("move");
    QTest::addColumn<Reason>("cancel");
    QTest::addColumn<QString>("why"); // part of the message where refused

    Event occurrence = session();
    occurrence.type = Event::Type::Occurrence;
    occurrence.seriesMasterId = u"master"_s;
    Event exception = occurrence;
    exception.type = Event::Type::Exception;
    Event master = session();
    master.type = Event::Type::SeriesMaster;
    Event cancelled = session();
    cancelled.isCancelled = true;
    Event cancelledInvitation = invitation();
    cancelledInvitation.isCancelled = true;
    Event allDay = session();
    allDay.isAllDay = true;
    allDay.start = QDateTime(kStart.date(), QTime(0, 0), QTimeZone::utc());
    allDay.end = allDay.start.addDays(1);
    Event allDayInvitation = allDay;
    allDayInvitation.isOrganizer = false;
    Event gone = session();
    gone.start = {}; // no times: not a usable event
    const Calendar shared = calendar(u"Priya Sharma"_s, Calendar::Kind::SharedReadOnly, false);
    const Calendar delegate = calendar(u"Jonas Weber"_s, Calendar::Kind::Delegate, true);
    const Calendar ownReadOnly = calendar(u"Birthdays"_s, Calendar::Kind::Own, false);

    QTest::newRow("organiser, own calendar") << session() << kOwn << Reason::None << Reason::None << QString();
    QTest::newRow("occurrence of an own series") << occurrence << kOwn << Reason::None << Reason::None << QString();
    QTest::newRow("exception of an own series") << exception << kOwn << Reason::None << Reason::None << QString();
    QTest::newRow("series master") << master << kOwn << Reason::None << Reason::None << QString();
    QTest::newRow("attendee")
        << invitation() << kOwn << Reason::NotOrganizer << Reason::NotOrganizer
        << u"Only the organizer can reschedule or cancel this meeting; Jonas Weber invited you."_s;
    QTest::newRow("attendee, organizer unknown")
        << invitation({}) << kOwn << Reason::NotOrganizer << Reason::NotOrganizer
        << u"Only the organizer can reschedule or cancel this meeting."_s;
    QTest::newRow("attendee, organizer without name")
        << invitation({QString(), u"jonas.weber@contoso-mentoring.example"_s}) << kOwn << Reason::NotOrganizer
        << Reason::NotOrganizer << u"jonas.weber@contoso-mentoring.example invited you"_s;
    QTest::newRow("cancelled") << cancelled << kOwn << Reason::AlreadyCancelled << Reason::AlreadyCancelled
                               << u"cancelled already"_s;
    QTest::newRow("cancelled invitation") << cancelledInvitation << kOwn << Reason::AlreadyCancelled
                                          << Reason::AlreadyCancelled << u"cancelled already"_s;
    QTest::newRow("all-day: cancel only") << allDay << kOwn << Reason::AllDay << Reason::None << u"all-day"_s;
    QTest::newRow("all-day invitation") << allDayInvitation << kOwn << Reason::NotOrganizer << Reason::NotOrganizer
                                        << u"Only the organizer"_s;
    QTest::newRow("own read-only calendar")
        << session() << ownReadOnly << Reason::ReadOnlyCalendar << Reason::ReadOnlyCalendar
        << u"This session is in \"Birthdays\", which MentorDesk can only read."_s;
    QTest::newRow("shared calendar, the colleague organises")
        << session() << shared << Reason::ReadOnlyCalendar << Reason::ReadOnlyCalendar << u"\"Priya Sharma\""_s;
    // isOrganizer and the invitation are the colleague's: "… invited you" would be wrong.
    QTest::newRow("shared calendar, the colleague is invited")
        << invitation() << shared << Reason::ReadOnlyCalendar << Reason::ReadOnlyCalendar << u"can only read"_s;
    QTest::newRow("delegate calendar with edit rights")
        << session() << delegate << Reason::ReadOnlyCalendar << Reason::ReadOnlyCalendar << u"\"Jonas Weber\""_s;
    QTest::newRow("calendar not known: the event decides")
        << session() << Calendar() << Reason::None << Reason::None << QString();
    QTest::newRow("calendar not known, attendee")
        << invitation() << Calendar() << Reason::NotOrganizer << Reason::NotOrganizer << u"Jonas Weber"_s;
    QTest::newRow("no event") << Event() << kOwn << Reason::Unavailable << Reason::Unavailable
                              << u"not available any more"_s;
    QTest::newRow("event without times") << gone << kOwn << Reason::Unavailable << Reason::Unavailable
                                         << u"not available any more"_s;
}

void TestEventChangeRule::rule()
{
    QFETCH(Event, event);
    QFETCH(Calendar, calendar);
    QFETCH(Reason, move);
    QFETCH(Reason, cancel);
    QFETCH(QString, why);

    const EventChangeRule rule(event, calendar);
    QCOMPARE(rule.reason(Change::Move), move);
    QCOMPARE(rule.reason(Change::Cancel), cancel);
    QCOMPARE(rule.allows(Change::Move), move == Reason::None);
    QCOMPARE(rule.allows(Change::Cancel), cancel == Reason::None);
    // A message exactly where it is refused, and it says why.
    for (const auto &[change, reason] : {std::pair{Change::Move, move}, std::pair{Change::Cancel, cancel}}) {
        const QString message = rule.whyNot(change);
        QCOMPARE(message.isEmpty(), reason == Reason::None);
        if (reason != Reason::None)
            QVERIFY2(message.contains(why), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(TestEventChangeRule)
#include "tst_eventchangerule.moc"
