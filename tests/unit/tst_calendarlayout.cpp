#include "core/calendar/CalendarRange.h"
#include "core/calendar/EventLayout.h"
#include "core/calendar/EventLayoutCache.h"
#include "core/model/Event.h"
#include "core/model/GraphTime.h"
#include "support/Platform.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

const QTimeZone kUtc = QTimeZone::utc();

// A timed event on a day, "HH:mm" local to zone.
Event timed(const QString &id, QDate date, const QString &from, QDate endDate, const QString &to,
            const QTimeZone &zone = kUtc)
{
    Event event;
    event.id = id;
    event.subject = id;
    event.start = GraphTime::toUtc(date, QTime::fromString(from, u"HH:mm"_s), zone);
    event.end = GraphTime::toUtc(endDate, QTime::fromString(to, u"HH:mm"_s), zone);
    return event;
}

Event timed(const QString &id, QDate date, const QString &from, const QString &to, const QTimeZone &zone = kUtc)
{
    return timed(id, date, from, date, to, zone);
}

Event allDay(const QString &id, QDate first, QDate last)
{
    Event event;
    event.id = id;
    event.subject = id;
    event.isAllDay = true;
    event.startDate = first;
    event.endDate = last.addDays(1);
    event.start = GraphTime::utc(first);
    event.end = GraphTime::utc(event.endDate);
    return event;
}

// "id:column/span/count" per item, sorted by id, for compact comparisons.
QStringList describe(const QList<TimedLayoutItem> &items, const QList<Event> &events)
{
    QStringList out;
    for (const TimedLayoutItem &item : items)
        out << u"%1:%2/%3/%4"_s.arg(events.at(item.eventIndex).id)
                   .arg(item.column)
                   .arg(item.columnSpan)
                   .arg(item.columnCount);
    out.sort();
    return out;
}

QStringList describe(const QList<StripLayoutItem> &items, const QList<Event> &events)
{
    QStringList out;
    for (const StripLayoutItem &item : items) {
        out << u"%1:r%2 c%3-%4%5%6"_s.arg(events.at(item.eventIndex).id)
                   .arg(item.row)
                   .arg(item.firstColumn)
                   .arg(item.lastColumn)
                   .arg(item.continuesBefore ? u" <"_s : QString(), item.continuesAfter ? u" >"_s : QString());
    }
    out.sort();
    return out;
}

const QDate kDay(2026, 11, 24);

} // namespace

class TestCalendarLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns_data();
    void columns();
    void minutesAndClipping();
    void dstDayUsesWallClock();
    void strip();
    void monthOverflow();
    void monthCutsBarsWhereADayOverflows();
    void monthSplitsBarsAtWeekRows();
    void agenda();
    void cache();
};

void TestCalendarLayout::columns_data()
{
    QTest::addColumn<QList<Event>>("events");
    QTest::addColumn<QStringList>("expected");

    const QDate d = kDay;
    QTest::newRow("empty") << QList<Event>{} << QStringList{};
    QTest::newRow("touching events share the full width")
        << QList<Event>{timed(u"a"_s, d, u"09:00"_s, u"10:00"_s), timed(u"b"_s, d, u"10:00"_s, u"11:00"_s)}
        << QStringList{u"a:0/1/1"_s, u"b:0/1/1"_s};
    QTest::newRow("two overlapping") << QList<Event>{timed(u"a"_s, d, u"09:00"_s, u"10:00"_s),
                                                     timed(u"b"_s, d, u"09:30"_s, u"10:30"_s)}
                                     << QStringList{u"a:0/1/2"_s, u"b:1/1/2"_s};
    QTest::newRow("input order does not matter")
        << QList<Event>{timed(u"b"_s, d, u"09:30"_s, u"10:30"_s), timed(u"a"_s, d, u"09:00"_s, u"10:00"_s)}
        << QStringList{u"a:0/1/2"_s, u"b:1/1/2"_s};
    QTest::newRow("longer first at the same start")
        << QList<Event>{timed(u"short"_s, d, u"09:00"_s, u"09:30"_s), timed(u"long"_s, d, u"09:00"_s, u"11:00"_s)}
        << QStringList{u"long:0/1/2"_s, u"short:1/1/2"_s};
    // Three clusters: {a,b,c} in two columns (c reuses b's column), {d} alone, {e,f,g,h} in three.
    QTest::newRow("several clusters") << QList<Event>{
        timed(u"a"_s, d, u"09:00"_s, u"11:00"_s), timed(u"b"_s, d, u"09:30"_s, u"10:00"_s),
        timed(u"c"_s, d, u"10:00"_s, u"10:30"_s), timed(u"d"_s, d, u"12:00"_s, u"13:00"_s),
        timed(u"e"_s, d, u"14:00"_s, u"16:00"_s), timed(u"f"_s, d, u"14:00"_s, u"15:00"_s),
        timed(u"g"_s, d, u"15:00"_s, u"16:00"_s), timed(u"h"_s, d, u"14:30"_s, u"15:30"_s),
    } << QStringList{u"a:0/1/2"_s, u"b:1/1/2"_s, u"c:1/1/2"_s, u"d:0/1/1"_s,
                     u"e:0/1/3"_s, u"f:1/1/3"_s, u"g:1/1/3"_s, u"h:2/1/3"_s};
    // d sits in column 1 and may widen over column 2, which is free from 10:00.
    QTest::newRow("widen into free columns") << QList<Event>{
        timed(u"a"_s, d, u"09:00"_s, u"12:00"_s),
        timed(u"b"_s, d, u"09:00"_s, u"10:00"_s),
        timed(u"c"_s, d, u"09:00"_s, u"10:00"_s),
        timed(u"d"_s, d, u"10:30"_s, u"11:30"_s),
    } << QStringList{u"a:0/1/3"_s, u"b:1/1/3"_s, u"c:2/1/3"_s, u"d:1/2/3"_s};
    // A chain: each overlaps only its neighbours, yet all are one cluster.
    QTest::newRow("chain is one cluster") << QList<Event>{
        timed(u"a"_s, d, u"09:00"_s, u"10:00"_s),
        timed(u"b"_s, d, u"09:45"_s, u"10:45"_s),
        timed(u"c"_s, d, u"10:30"_s, u"11:30"_s),
    } << QStringList{u"a:0/1/2"_s, u"b:1/1/2"_s, u"c:0/1/2"_s};
    // Short events get a minimum height (15 min), and overlap by it.
    QTest::newRow("minimum height") << QList<Event>{timed(u"zero"_s, d, u"09:00"_s, u"09:00"_s),
                                                    timed(u"five"_s, d, u"09:05"_s, u"09:10"_s)}
                                    << QStringList{u"five:1/1/2"_s, u"zero:0/1/2"_s};
    QTest::newRow("other days and strip events are left out") << QList<Event>{
        timed(u"a"_s, d, u"09:00"_s, u"10:00"_s),
        timed(u"yesterday"_s, d.addDays(-1), u"09:00"_s, u"10:00"_s),
        timed(u"tomorrow"_s, d.addDays(1), u"00:00"_s, u"01:00"_s),
        timed(u"day-long"_s, d, u"08:00"_s, d.addDays(1), u"08:00"_s),
        allDay(u"all-day"_s, d, d),
    } << QStringList{u"a:0/1/1"_s};
}

void TestCalendarLayout::columns()
{
    QFETCH(QList<Event>, events);
    QFETCH(QStringList, expected);
    const QList<TimedLayoutItem> items = EventLayout::layoutDay(events, kDay, kUtc);
    QCOMPARE(describe(items, events), expected);
    // Whatever the input, no two items drawn in the same column overlap.
    for (const TimedLayoutItem &a : items) {
        for (const TimedLayoutItem &b : items) {
            if (&a == &b)
                continue;
            const bool columnsMeet = a.column < b.column + b.columnSpan && b.column < a.column + a.columnSpan;
            const bool timesMeet = a.startMinute < b.endMinute && b.startMinute < a.endMinute;
            QVERIFY2(!(columnsMeet && timesMeet), qPrintable(events.at(a.eventIndex).id));
        }
    }
}

void TestCalendarLayout::minutesAndClipping()
{
    const QList<Event> events{
        timed(u"late"_s, kDay, u"22:00"_s, kDay.addDays(1), u"02:00"_s),
        timed(u"short"_s, kDay, u"23:55"_s, u"23:58"_s),
    };
    const QList<TimedLayoutItem> today = EventLayout::layoutDay(events, kDay, kUtc, 15);
    QCOMPARE(today.size(), 2);
    QCOMPARE(today.at(0).startMinute, 22 * 60);
    QCOMPARE(today.at(0).endMinute, 24 * 60);
    QVERIFY(!today.at(0).continuesBefore);
    QVERIFY(today.at(0).continuesAfter);
    QCOMPARE(today.at(1).startMinute, 23 * 60 + 55);
    QCOMPARE(today.at(1).endMinute, 24 * 60); // minimum height, clipped to the day

    const QList<TimedLayoutItem> tomorrow = EventLayout::layoutDay(events, kDay.addDays(1), kUtc, 15);
    QCOMPARE(tomorrow.size(), 1);
    QCOMPARE(tomorrow.at(0).startMinute, 0);
    QCOMPARE(tomorrow.at(0).endMinute, 2 * 60);
    QVERIFY(tomorrow.at(0).continuesBefore);
    QVERIFY(!tomorrow.at(0).continuesAfter);

    // The same event seen from Berlin (UTC+1) is 23:00-03:00.
    const QList<TimedLayoutItem> berlin = EventLayout::layoutDay(events, kDay, QTimeZone("Europe/Berlin"), 15);
    QCOMPARE(berlin.size(), 1);
    QCOMPARE(berlin.at(0).startMinute, 23 * 60);
}

void TestCalendarLayout::dstDayUsesWallClock()
{
    const QTimeZone la("America/Los_Angeles");
    const QDate spring(2026, 3, 8);
    // 01:00 PST to 04:00 PDT is two real hours, drawn on the wall-clock axis from 01:00 to 04:00.
    const QList<Event> events{timed(u"over the gap"_s, spring, u"01:00"_s, u"04:00"_s, la),
                              timed(u"after"_s, spring, u"05:00"_s, u"06:00"_s, la)};
    QCOMPARE(events.at(0).durationSeconds(), 2 * 3600);
    const QList<TimedLayoutItem> items = EventLayout::layoutDay(events, spring, la);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).startMinute, 60);
    QCOMPARE(items.at(0).endMinute, 240);
    QCOMPARE(items.at(1).startMinute, 300);

    // The fall-back day has 25 hours; an event in the repeated hour (second 01:30, PST) sits at 01:30.
    const QDate autumn(2026, 11, 1);
    Event repeated;
    repeated.id = u"repeated"_s;
    repeated.start = GraphTime::utc(autumn, QTime(9, 30)); // 01:30 PST
    repeated.end = GraphTime::utc(autumn, QTime(10, 0));
    const QList<TimedLayoutItem> fold = EventLayout::layoutDay({repeated}, autumn, la);
    QCOMPARE(fold.size(), 1);
    QCOMPARE(fold.at(0).startMinute, 90);
    QCOMPARE(fold.at(0).endMinute, 120);
}

void TestCalendarLayout::strip()
{
    const QDate monday(2026, 11, 23);
    const QList<Event> events{
        allDay(u"mon-wed"_s, monday, monday.addDays(2)),
        allDay(u"tue"_s, monday.addDays(1), monday.addDays(1)),
        allDay(u"thu-next-tue"_s, monday.addDays(3), monday.addDays(8)),
        allDay(u"from-last-week"_s, monday.addDays(-3), monday),
        timed(u"thirty-hours"_s, monday.addDays(4), u"06:00"_s, monday.addDays(5), u"12:00"_s),
        timed(u"one-hour"_s, monday, u"09:00"_s, u"10:00"_s),
        allDay(u"next-week"_s, monday.addDays(7), monday.addDays(7)),
    };
    const StripLayout layout = EventLayout::layoutStrip(events, monday, 7, kUtc);
    QCOMPARE(layout.firstDate, monday);
    QCOMPARE(layout.dayCount, 7);
    QCOMPARE(describe(layout.items, events),
             (QStringList{
                 u"from-last-week:r1 c0-0 <"_s,
                 u"mon-wed:r0 c0-2"_s,
                 u"thirty-hours:r1 c4-5"_s,
                 u"thu-next-tue:r0 c3-6 >"_s,
                 u"tue:r1 c1-1"_s,
             }));
    QCOMPARE(layout.rowCount, 2);

    // A day view's strip: one column.
    const StripLayout day = EventLayout::layoutStrip(events, monday.addDays(1), 1, kUtc);
    QCOMPARE(describe(day.items, events), (QStringList{u"mon-wed:r0 c0-0 < >"_s, u"tue:r1 c0-0"_s}));
}

void TestCalendarLayout::monthOverflow()
{
    const CalendarRange november = CalendarRange::month(QDate(2026, 11, 1), Qt::Monday, kUtc);
    QList<Event> events;
    for (int hour = 9; hour < 14; ++hour)
        events << timed(u"t%1"_s.arg(hour), kDay, u"%1:00"_s.arg(hour), u"%1:30"_s.arg(hour));
    events << allDay(u"all-day"_s, kDay, kDay);
    const MonthLayout layout = EventLayout::layoutMonth(events, november, 3);
    QCOMPARE(layout.visibleRows, 3);
    QCOMPARE(layout.weeks.size(), 6);
    QCOMPARE(layout.weeks.at(0).firstDate, QDate(2026, 10, 26));
    const MonthWeekLayout &week = layout.weeks.at(4); // 23-29 Nov
    QCOMPARE(week.firstDate, QDate(2026, 11, 23));
    // Six events on Tuesday, three rows: two shown (all-day first, then the earliest), "+4 more".
    QCOMPARE(describe(week.items, events), (QStringList{u"all-day:r0 c1-1"_s, u"t9:r1 c1-1"_s}));
    QCOMPARE(week.moreCount, (QList<int>{0, 4, 0, 0, 0, 0, 0}));
    for (int w = 0; w < layout.weeks.size(); ++w) {
        if (w != 4) {
            QVERIFY(layout.weeks.at(w).items.isEmpty());
            QCOMPARE(layout.weeks.at(w).moreCount, QList<int>(7, 0));
        }
    }
    // With room for everything there is no "+N more".
    const MonthLayout roomy = EventLayout::layoutMonth(events, november, 6);
    QCOMPARE(roomy.weeks.at(4).items.size(), 6);
    QCOMPARE(roomy.weeks.at(4).moreCount, QList<int>(7, 0));
}

void TestCalendarLayout::monthCutsBarsWhereADayOverflows()
{
    const QDate monday(2026, 11, 23);
    const CalendarRange november = CalendarRange::month(monday, Qt::Monday, kUtc);
    const QDate tue = monday.addDays(1), wed = monday.addDays(2), thu = monday.addDays(3);
    const QList<Event> events{
        allDay(u"bar1"_s, monday, tue),
        allDay(u"bar2"_s, monday, tue),
        allDay(u"bar3"_s, tue, thu), // row 2: Tuesday to Thursday
        timed(u"w1"_s, wed, u"09:00"_s, u"10:00"_s),
        timed(u"w2"_s, wed, u"11:00"_s, u"12:00"_s),
        timed(u"t1"_s, thu, u"09:00"_s, u"10:00"_s),
        timed(u"t2"_s, thu, u"11:00"_s, u"12:00"_s),
        timed(u"t3"_s, thu, u"13:00"_s, u"14:00"_s),
    };
    const MonthLayout layout = EventLayout::layoutMonth(events, november, 3);
    const MonthWeekLayout &week = layout.weeks.at(4);
    // Thursday has four events for three rows: bar3 (row 2) and t3 (row 3) go into "+2 more"; bar3 is cut there.
    QCOMPARE(describe(week.items, events),
             (QStringList{
                 u"bar1:r0 c0-1"_s,
                 u"bar2:r1 c0-1"_s,
                 u"bar3:r2 c1-2 >"_s,
                 u"t1:r0 c3-3"_s,
                 u"t2:r1 c3-3"_s,
                 u"w1:r0 c2-2"_s,
                 u"w2:r1 c2-2"_s,
             }));
    QCOMPARE(week.moreCount, (QList<int>{0, 0, 0, 2, 0, 0, 0}));
}

void TestCalendarLayout::monthSplitsBarsAtWeekRows()
{
    const CalendarRange november = CalendarRange::month(QDate(2026, 11, 1), Qt::Monday, kUtc);
    const QList<Event> events{allDay(u"trip"_s, QDate(2026, 11, 28), QDate(2026, 12, 2)),
                              timed(u"overnight"_s, QDate(2026, 11, 29), u"22:00"_s, QDate(2026, 11, 30), u"02:00"_s)};
    const MonthLayout layout = EventLayout::layoutMonth(events, november, 4);
    QCOMPARE(describe(layout.weeks.at(4).items, events), (QStringList{u"overnight:r1 c6-6 >"_s, u"trip:r0 c5-6 >"_s}));
    QCOMPARE(describe(layout.weeks.at(5).items, events), (QStringList{u"overnight:r1 c0-0 <"_s, u"trip:r0 c0-2 <"_s}));
}

void TestCalendarLayout::agenda()
{
    const CalendarRange range = CalendarRange::agenda(kDay, 3, kUtc);
    const QList<Event> events{
        timed(u"late"_s, kDay, u"18:00"_s, u"19:00"_s),
        timed(u"early"_s, kDay, u"08:00"_s, u"09:00"_s),
        allDay(u"two days"_s, kDay, kDay.addDays(1)),
        timed(u"outside"_s, kDay.addDays(5), u"08:00"_s, u"09:00"_s),
        timed(u"third day"_s, kDay.addDays(2), u"08:00"_s, u"09:00"_s),
    };
    const QList<AgendaDay> days = EventLayout::layoutAgenda(events, range);
    QCOMPARE(days.size(), 3);
    QCOMPARE(days.at(0).date, kDay);
    QCOMPARE(days.at(0).eventIndexes, (QList<int>{2, 1, 0}));
    QCOMPARE(days.at(1).date, kDay.addDays(1));
    QCOMPARE(days.at(1).eventIndexes, QList<int>{2});
    QCOMPARE(days.at(2).eventIndexes, QList<int>{4});
    // Empty days are left out.
    QCOMPARE(EventLayout::layoutAgenda({events.at(3)}, range).size(), 0);
}

void TestCalendarLayout::cache()
{
    const CalendarRange week = CalendarRange::week(kDay, Qt::Monday, kUtc);
    QList<Event> events{timed(u"a"_s, kDay, u"09:00"_s, u"10:00"_s), timed(u"b"_s, kDay, u"09:30"_s, u"10:30"_s)};
    EventLayoutCache cache(4);
    const QList<TimedLayoutItem> first = cache.day(events, 1, kDay, kUtc);
    QCOMPARE(cache.misses(), 1);
    QCOMPARE(cache.day(events, 1, kDay, kUtc), first);
    QCOMPARE(cache.hits(), 1);
    // A new data revision never reuses an old layout.
    events.removeLast();
    const QList<TimedLayoutItem> second = cache.day(events, 2, kDay, kUtc);
    QCOMPARE(cache.misses(), 2);
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.at(0).columnCount, 1);
    // Other parameters are other keys.
    cache.day(events, 2, kDay, kUtc, 30);
    cache.day(events, 2, kDay, QTimeZone("Europe/Berlin"));
    QCOMPARE(cache.misses(), 4);
    QCOMPARE(cache.strip(events, 2, week), EventLayout::layoutStrip(events, week.firstDate(), 7, kUtc));
    QCOMPARE(cache.strip(events, 2, week), EventLayout::layoutStrip(events, week.firstDate(), 7, kUtc));
    QCOMPARE(cache.month(events, 2, CalendarRange::month(kDay, Qt::Monday, kUtc), 3).weeks.size(), 6);
    QCOMPARE(cache.agenda(events, 2, CalendarRange::agenda(kDay, 7, kUtc)).size(), 1);
    QCOMPARE(cache.hits(), 2);
    cache.clear();
    cache.day(events, 2, kDay, kUtc);
    QCOMPARE(cache.hits(), 2);
}

int main(int argc, char *argv[])
{
    MentorDesk::Test::pinMachineTimeZone("Asia/Kolkata");
    QCoreApplication app(argc, argv);
    TestCalendarLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_calendarlayout.moc"
