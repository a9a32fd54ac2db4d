#pragma once

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace MentorDesk {

struct Event;
class CalendarRange;

// One timed event in a day column of the week/day views.
struct TimedLayoutItem
{
    int eventIndex = -1; // into the events passed in
    int startMinute = 0; // local wall-clock minutes after the day's midnight, clipped to [0, 1440]
    int endMinute = 0; // > startMinute; at least minimumMinutes after it (short events stay visible)
    int column = 0; // 0-based column inside its cluster
    int columnSpan = 1; // columns it may widen into to the right without covering another event (>= 1)
    int columnCount = 1; // columns of its cluster: its width is columnSpan / columnCount of the day
    bool continuesBefore = false; // began on an earlier day
    bool continuesAfter = false; // ends on a later day
    friend bool operator==(const TimedLayoutItem &, const TimedLayoutItem &) = default;
};

// A bar in a horizontal strip: the all-day strip of week/day views, or one week row of the month view.
struct StripLayoutItem
{
    int eventIndex = -1;
    int firstColumn = 0; // day index inside the strip (0 = its first date)
    int lastColumn = 0; // inclusive
    int row = 0;
    bool continuesBefore = false; // the event starts before firstColumn's date
    bool continuesAfter = false; // the event ends after lastColumn's date
    friend bool operator==(const StripLayoutItem &, const StripLayoutItem &) = default;
};

struct StripLayout
{
    QDate firstDate;
    int dayCount = 0;
    QList<StripLayoutItem> items;
    int rowCount = 0;
    friend bool operator==(const StripLayout &, const StripLayout &) = default;
};

// One week row of the month grid: the bars that fit (cut where a day overflows) and "+N more" per day.
struct MonthWeekLayout
{
    QDate firstDate;
    QList<StripLayoutItem> items; // visible segments only, rows < visibleRows
    QList<int> moreCount; // 7 entries: hidden events per day, shown as "+N more" in the day's last row
    friend bool operator==(const MonthWeekLayout &, const MonthWeekLayout &) = default;
};

struct MonthLayout
{
    int visibleRows = 0;
    QList<MonthWeekLayout> weeks;
    friend bool operator==(const MonthLayout &, const MonthLayout &) = default;
};

struct AgendaDay
{
    QDate date;
    QList<int> eventIndexes; // all-day first, then by start time; multi-day events appear on each of their days
    friend bool operator==(const AgendaDay &, const AgendaDay &) = default;
};

// Pure layout functions over value types (no Qt models, no painting): the views paint what these return. Every
// function takes the events once and refers to them by index. Results are cached by EventLayoutCache.
//
// Day columns are laid out like Outlook and Google Calendar: events that overlap (transitively) form a cluster
// and share its columns; an event is placed in the first free column; events of another cluster use the full
// width again; an event widens to the right over columns that are free during its time.
class EventLayout
{
public:
    // Events that go to the all-day strip rather than a day column: all-day events and timed events of 24 hours
    // or more (shorter timed events crossing midnight are drawn in both day columns, clipped).
    static bool belongsInStrip(const Event &event);

    // The timed (non-strip) events touching one local day, laid out in columns.
    static QList<TimedLayoutItem> layoutDay(const QList<Event> &events, QDate date, const QTimeZone &zone,
                                            int minimumMinutes = 15);
    // The strip events over dayCount days from firstDate, in rows (greedy, longest first; a bar keeps its row
    // over all its days).
    static StripLayout layoutStrip(const QList<Event> &events, QDate firstDate, int dayCount, const QTimeZone &zone);
    // A month grid (range: CalendarRange::month(), whole weeks). Each cell shows visibleRows rows; a day with more
    // events shows visibleRows - 1 of them and "+N more".
    static MonthLayout layoutMonth(const QList<Event> &events, const CalendarRange &range, int visibleRows);
    // The agenda: days of range with at least one event.
    static QList<AgendaDay> layoutAgenda(const QList<Event> &events, const CalendarRange &range);
};

} // namespace MentorDesk
