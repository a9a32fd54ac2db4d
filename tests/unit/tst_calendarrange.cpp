#include "core/calendar/CalendarRange.h"
#include "core/model/Event.h"
#include "core/model/GraphTime.h"
#include "support/Platform.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return GraphTime::utc(QDate(y, mo, d), QTime(h, mi));
}

Event timed(const QDateTime &start, const QDateTime &end)
{
    Event event;
    event.id = u"e"_s;
    event.start = start;
    event.end = end;
    return event;
}

Event allDay(QDate first, QDate endExclusive, const QByteArray &ownZone = "UTC")
{
    Event event;
    event.id = u"a"_s;
    event.isAllDay = true;
    event.startDate = first;
    event.endDate = endExclusive;
    event.start = GraphTime::toUtc(first, QTime(0, 0), QTimeZone(ownZone));
    event.end = GraphTime::toUtc(endExclusive, QTime(0, 0), QTimeZone(ownZone));
    return event;
}

} // namespace

class TestCalendarRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weeks_data();
    void weeks();
    void months_data();
    void months();
    void rangeLengthsAcrossDst_data();
    void rangeLengthsAcrossDst();
    void dayLengths_data();
    void dayLengths();
    void navigation_data();
    void navigation();
    void agendaAndCustom();
    void defaultsFollowLocaleAndSystemZone();
    void intersects_data();
    void intersects();
    void keysAndEquality();
};

void TestCalendarRange::weeks_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Qt::DayOfWeek>("firstDay");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("monday start") << QDate(2026, 11, 26) << Qt::Monday << QDate(2026, 11, 23) << QDate(2026, 11, 29);
    QTest::newRow("sunday start") << QDate(2026, 11, 26) << Qt::Sunday << QDate(2026, 11, 22) << QDate(2026, 11, 28);
    QTest::newRow("saturday start") << QDate(2026, 11, 26) << Qt::Saturday << QDate(2026, 11, 21)
                                    << QDate(2026, 11, 27);
    QTest::newRow("on the first day") << QDate(2026, 11, 23) << Qt::Monday << QDate(2026, 11, 23)
                                      << QDate(2026, 11, 29);
    QTest::newRow("on the last day") << QDate(2026, 11, 29) << Qt::Monday << QDate(2026, 11, 23) << QDate(2026, 11, 29);
    QTest::newRow("year boundary") << QDate(2026, 12, 31) << Qt::Monday << QDate(2026, 12, 28) << QDate(2027, 1, 3);
    QTest::newRow("year boundary sunday")
        << QDate(2027, 1, 1) << Qt::Sunday << QDate(2026, 12, 27) << QDate(2027, 1, 2);
}

void TestCalendarRange::weeks()
{
    QFETCH(QDate, date);
    QFETCH(Qt::DayOfWeek, firstDay);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    const QTimeZone berlin("Europe/Berlin");
    const CalendarRange range = CalendarRange::week(date, firstDay, berlin);
    QVERIFY(range.isValid());
    QCOMPARE(range.kind(), CalendarRange::Kind::Week);
    QCOMPARE(range.firstDate(), first);
    QCOMPARE(range.lastDate(), last);
    QCOMPARE(range.dayCount(), 7);
    QCOMPARE(range.dates().size(), 7);
    QCOMPARE(range.dates().constFirst(), first);
    QCOMPARE(range.firstDate().dayOfWeek(), int(firstDay));
    QCOMPARE(range.startUtc(), first.startOfDay(berlin).toUTC());
    QCOMPARE(range.endUtc(), last.addDays(1).startOfDay(berlin).toUTC());
}

void TestCalendarRange::months_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Qt::DayOfWeek>("firstDay");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("weeks");

    // 1 Nov 2026 is a Sunday.
    QTest::newRow("six rows") << QDate(2026, 11, 15) << Qt::Monday << QDate(2026, 10, 26) << QDate(2026, 12, 6) << 6;
    QTest::newRow("five rows") << QDate(2026, 11, 15) << Qt::Sunday << QDate(2026, 11, 1) << QDate(2026, 12, 5) << 5;
    // February 2026 starts on a Sunday and has exactly four weeks.
    QTest::newRow("four rows") << QDate(2026, 2, 10) << Qt::Sunday << QDate(2026, 2, 1) << QDate(2026, 2, 28) << 4;
    QTest::newRow("into next year") << QDate(2026, 12, 31) << Qt::Monday << QDate(2026, 11, 30) << QDate(2027, 1, 3)
                                    << 5;
    QTest::newRow("from last year") << QDate(2027, 1, 1) << Qt::Monday << QDate(2026, 12, 28) << QDate(2027, 1, 31)
                                    << 5;
    QTest::newRow("leap february") << QDate(2028, 2, 29) << Qt::Monday << QDate(2028, 1, 31) << QDate(2028, 3, 5) << 5;
}

void TestCalendarRange::months()
{
    QFETCH(QDate, date);
    QFETCH(Qt::DayOfWeek, firstDay);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(int, weeks);

    const CalendarRange range = CalendarRange::month(date, firstDay, QTimeZone("America/New_York"));
    QCOMPARE(range.kind(), CalendarRange::Kind::Month);
    QCOMPARE(range.anchor(), date);
    QCOMPARE(range.firstDate(), first);
    QCOMPARE(range.lastDate(), last);
    QCOMPARE(range.dayCount(), weeks * 7);
    QCOMPARE(range.monthFirstDate(), QDate(date.year(), date.month(), 1));
    QCOMPARE(range.monthLastDate(), QDate(date.year(), date.month(), date.daysInMonth()));
    QVERIFY(range.containsDate(range.monthFirstDate()));
    QVERIFY(range.containsDate(range.monthLastDate()));
}

void TestCalendarRange::rangeLengthsAcrossDst_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<bool>("month"); // else a Monday-first week
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDateTime>("startUtc");
    QTest::addColumn<QDateTime>("endUtc");

    // Weeks of 167 and 169 hours: the views' UTC window must follow the clock change, not 7 x 24 h.
    QTest::newRow("Berlin spring week") << QByteArray("Europe/Berlin") << false << QDate(2026, 3, 25)
                                        << utc(2026, 3, 22, 23) << utc(2026, 3, 29, 22);
    QTest::newRow("Berlin autumn week") << QByteArray("Europe/Berlin") << false << QDate(2026, 10, 21)
                                        << utc(2026, 10, 18, 22) << utc(2026, 10, 25, 23);
    QTest::newRow("LA autumn week") << QByteArray("America/Los_Angeles") << false << QDate(2026, 10, 28)
                                    << utc(2026, 10, 26, 7) << utc(2026, 11, 2, 8);
    QTest::newRow("Auckland spring week") << QByteArray("Pacific/Auckland") << false << QDate(2026, 9, 23)
                                          << utc(2026, 9, 20, 12) << utc(2026, 9, 27, 11);
    // Month grids: New York's November grid (26 Oct - 6 Dec) starts in EDT and ends in EST.
    QTest::newRow("New York November") << QByteArray("America/New_York") << true << QDate(2026, 11, 15)
                                       << utc(2026, 10, 26, 4) << utc(2026, 12, 7, 5);
    QTest::newRow("Berlin March") << QByteArray("Europe/Berlin") << true << QDate(2026, 3, 10) << utc(2026, 2, 22, 23)
                                  << utc(2026, 4, 5, 22);
    QTest::newRow("Berlin December into January")
        << QByteArray("Europe/Berlin") << true << QDate(2026, 12, 31) << utc(2026, 11, 29, 23) << utc(2027, 1, 3, 23);
}

void TestCalendarRange::rangeLengthsAcrossDst()
{
    QFETCH(QByteArray, zone);
    QFETCH(bool, month);
    QFETCH(QDate, date);
    QFETCH(QDateTime, startUtc);
    QFETCH(QDateTime, endUtc);

    const QTimeZone tz(zone);
    const CalendarRange range
        = month ? CalendarRange::month(date, Qt::Monday, tz) : CalendarRange::week(date, Qt::Monday, tz);
    QCOMPARE(range.startUtc(), startUtc);
    QCOMPARE(range.endUtc(), endUtc);
    // Every day of the range starts at local midnight, so a day view inside it lines up.
    for (const QDate &day : range.dates())
        QCOMPARE(range.dayStartUtc(day).toTimeZone(tz).time(), QTime(0, 0));
}

void TestCalendarRange::dayLengths_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDateTime>("startUtc");
    QTest::addColumn<int>("hours");

    QTest::newRow("LA spring forward") << QByteArray("America/Los_Angeles") << QDate(2026, 3, 8) << utc(2026, 3, 8, 8)
                                       << 23;
    QTest::newRow("LA fall back") << QByteArray("America/Los_Angeles") << QDate(2026, 11, 1) << utc(2026, 11, 1, 7)
                                  << 25;
    QTest::newRow("LA normal") << QByteArray("America/Los_Angeles") << QDate(2026, 11, 2) << utc(2026, 11, 2, 8) << 24;
    QTest::newRow("Berlin spring") << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << utc(2026, 3, 28, 23) << 23;
    QTest::newRow("Berlin autumn") << QByteArray("Europe/Berlin") << QDate(2026, 10, 25) << utc(2026, 10, 24, 22) << 25;
    QTest::newRow("Auckland spring") << QByteArray("Pacific/Auckland") << QDate(2026, 9, 27) << utc(2026, 9, 26, 12)
                                     << 23;
    QTest::newRow("new year's day utc") << QByteArray("UTC") << QDate(2027, 1, 1) << utc(2027, 1, 1) << 24;
    // Chile moves its clocks at midnight: 6 Sep 2026 starts at 01:00 (-03) and is 23 hours long.
    QTest::newRow("no midnight") << QByteArray("America/Santiago") << QDate(2026, 9, 6) << utc(2026, 9, 6, 4) << 23;
}

void TestCalendarRange::dayLengths()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(QDateTime, startUtc);
    QFETCH(int, hours);

    const CalendarRange range = CalendarRange::day(date, QTimeZone(zone));
    QCOMPARE(range.firstDate(), date);
    QCOMPARE(range.lastDate(), date);
    QCOMPARE(range.startUtc(), startUtc);
    QCOMPARE(range.startUtc().secsTo(range.endUtc()), hours * 3600);
    QCOMPARE(range.dayStartUtc(date), range.startUtc());
    QCOMPARE(range.dayEndUtc(date), range.endUtc());
    // Consecutive days tile without gaps or overlaps.
    QCOMPARE(range.next().startUtc(), range.endUtc());
    QCOMPARE(range.previous().endUtc(), range.startUtc());
}

void TestCalendarRange::navigation_data()
{
    QTest::addColumn<CalendarRange>("range");
    QTest::addColumn<CalendarRange>("expectedNext");
    QTest::addColumn<CalendarRange>("expectedPrevious");

    const QTimeZone la("America/Los_Angeles");
    QTest::newRow("day over DST") << CalendarRange::day(QDate(2026, 3, 8), la)
                                  << CalendarRange::day(QDate(2026, 3, 9), la)
                                  << CalendarRange::day(QDate(2026, 3, 7), la);
    QTest::newRow("week over year") << CalendarRange::week(QDate(2026, 12, 30), Qt::Sunday, la)
                                    << CalendarRange::week(QDate(2027, 1, 6), Qt::Sunday, la)
                                    << CalendarRange::week(QDate(2026, 12, 23), Qt::Sunday, la);
    QTest::newRow("month from 31 Jan") << CalendarRange::month(QDate(2027, 1, 31), Qt::Monday, la)
                                       << CalendarRange::month(QDate(2027, 2, 28), Qt::Monday, la)
                                       << CalendarRange::month(QDate(2026, 12, 31), Qt::Monday, la);
}

void TestCalendarRange::navigation()
{
    QFETCH(CalendarRange, range);
    QFETCH(CalendarRange, expectedNext);
    QFETCH(CalendarRange, expectedPrevious);

    QCOMPARE(range.next(), expectedNext);
    QCOMPARE(range.previous(), expectedPrevious);
    QCOMPARE(range.next().firstDayOfWeek(), range.firstDayOfWeek());
    QCOMPARE(range.next().timeZone(), range.timeZone());
}

void TestCalendarRange::agendaAndCustom()
{
    const QTimeZone berlin("Europe/Berlin");
    const CalendarRange agenda = CalendarRange::agenda(QDate(2026, 12, 20), 14, berlin);
    QCOMPARE(agenda.kind(), CalendarRange::Kind::Agenda);
    QCOMPARE(agenda.firstDate(), QDate(2026, 12, 20));
    QCOMPARE(agenda.lastDate(), QDate(2027, 1, 2));
    QCOMPARE(agenda.next().firstDate(), QDate(2027, 1, 3));
    QCOMPARE(agenda.next().dayCount(), 14);
    QCOMPARE(agenda.withAnchor(QDate(2026, 1, 1)).lastDate(), QDate(2026, 1, 14));

    const CalendarRange custom = CalendarRange::custom(QDate(2026, 3, 28), QDate(2026, 3, 30), berlin);
    QCOMPARE(custom.startUtc().secsTo(custom.endUtc()), (3 * 24 - 1) * 3600);
    QCOMPARE(custom.next().firstDate(), QDate(2026, 3, 31));

    QVERIFY(!CalendarRange().isValid());
    QVERIFY(!CalendarRange::custom(QDate(2026, 3, 30), QDate(2026, 3, 28), berlin).isValid());
    QCOMPARE(CalendarRange().dayCount(), 0);
}

void TestCalendarRange::defaultsFollowLocaleAndSystemZone()
{
    QCOMPARE(CalendarRange::defaultFirstDayOfWeek(QLocale(u"en_US"_s)), Qt::Sunday);
    QCOMPARE(CalendarRange::defaultFirstDayOfWeek(QLocale(u"de_DE"_s)), Qt::Monday);
    // main() pins the machine to Europe/Berlin.
    if (!Test::machineTimeZoneIs("Europe/Berlin"))
        QSKIP("needs the process's time zone pinned through TZ (Unix); Windows keeps the machine's own zone");
    const CalendarRange range = CalendarRange::day(QDate(2026, 3, 29));
    QCOMPARE(range.startUtc(), utc(2026, 3, 28, 23));
    QCOMPARE(range.startUtc().secsTo(range.endUtc()), 23 * 3600);
}

void TestCalendarRange::intersects_data()
{
    QTest::addColumn<Event>("event");
    QTest::addColumn<bool>("inRange");
    QTest::addColumn<bool>("onFirstDay");

    // The range: 23-29 Nov 2026 in New York (UTC-5): 23 Nov 05:00Z to 30 Nov 05:00Z.
    QTest::newRow("inside") << timed(utc(2026, 11, 23, 14), utc(2026, 11, 23, 15)) << true << true;
    QTest::newRow("ends at the start") << timed(utc(2026, 11, 23, 4), utc(2026, 11, 23, 5)) << false << false;
    QTest::newRow("starts at the end") << timed(utc(2026, 11, 30, 5), utc(2026, 11, 30, 6)) << false << false;
    QTest::newRow("over the start") << timed(utc(2026, 11, 23, 4), utc(2026, 11, 23, 6)) << true << true;
    QTest::newRow("zero length at the start") << timed(utc(2026, 11, 23, 5), utc(2026, 11, 23, 5)) << true << true;
    QTest::newRow("zero length at the end") << timed(utc(2026, 11, 30, 5), utc(2026, 11, 30, 5)) << false << false;
    QTest::newRow("second day only") << timed(utc(2026, 11, 24, 14), utc(2026, 11, 24, 15)) << true << false;
    QTest::newRow("all-day on the first day, Auckland-owned")
        << allDay(QDate(2026, 11, 23), QDate(2026, 11, 24), "Pacific/Auckland") << true << true;
    QTest::newRow("all-day the day before") << allDay(QDate(2026, 11, 22), QDate(2026, 11, 23)) << false << false;
    QTest::newRow("all-day the day after") << allDay(QDate(2026, 11, 30), QDate(2026, 12, 1)) << false << false;
    QTest::newRow("all-day over the range") << allDay(QDate(2026, 11, 1), QDate(2026, 12, 31)) << true << true;
}

void TestCalendarRange::intersects()
{
    QFETCH(Event, event);
    QFETCH(bool, inRange);
    QFETCH(bool, onFirstDay);

    const CalendarRange range = CalendarRange::week(QDate(2026, 11, 25), Qt::Monday, QTimeZone("America/New_York"));
    QCOMPARE(range.intersects(event), inRange);
    QCOMPARE(range.intersectsDay(event, range.firstDate()), onFirstDay);
}

void TestCalendarRange::keysAndEquality()
{
    const CalendarRange a = CalendarRange::week(QDate(2026, 11, 25), Qt::Monday, QTimeZone("Europe/Berlin"));
    const CalendarRange b = CalendarRange::week(QDate(2026, 11, 25), Qt::Monday, QTimeZone("Europe/Berlin"));
    const CalendarRange otherZone = CalendarRange::week(QDate(2026, 11, 25), Qt::Monday, QTimeZone("Europe/Paris"));
    QCOMPARE(a, b);
    QCOMPARE(a.key(), b.key());
    QCOMPARE(qHash(a), qHash(b));
    QVERIFY(a != otherZone);
    QVERIFY(a.key() != otherZone.key());
    QCOMPARE(a.withAnchor(QDate(2026, 11, 23)).firstDate(), a.firstDate());
}

int main(int argc, char *argv[])
{
    MentorDesk::Test::pinMachineTimeZone("Europe/Berlin");
    QCoreApplication app(argc, argv);
    TestCalendarRange test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_calendarrange.moc"
