#include "core/calendar/EventLayout.h"

#include "core/calendar/CalendarRange.h"
#include "core/model/Event.h"

#include <algorithm>

namespace MentorDesk {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr qint64 kDaySeconds = 24 * 60 * 60;

int wallMinutes(const QDateTime &utc, const QTimeZone &zone)
{
    const QTime time = utc.toTimeZone(zone).time();
    return time.hour() * 60 + time.minute();
}

// Ordering inside a strip or month row: earlier first column, multi-day bars before single days, longer first,
// all-day before timed, earlier start, then input order (stable and deterministic).
struct StripCandidate
{
    StripLayoutItem item;
    bool allDay = false;
    QDateTime start;
};

bool stripBefore(const StripCandidate &a, const StripCandidate &b)
{
    if (a.item.firstColumn != b.item.firstColumn)
        return a.item.firstColumn < b.item.firstColumn;
    const int spanA = a.item.lastColumn - a.item.firstColumn;
    const int spanB = b.item.lastColumn - b.item.firstColumn;
    if (spanA != spanB)
        return spanA > spanB;
    if (a.allDay != b.allDay)
        return a.allDay;
    if (a.start != b.start)
        return a.start < b.start;
    return a.item.eventIndex < b.item.eventIndex;
}

// Lowest row free on all of an item's columns (rows x columns occupancy). Returns the number of rows used.
int placeInRows(QList<StripCandidate> &candidates, int columns)
{
    std::sort(candidates.begin(), candidates.end(), stripBefore);
    QList<QList<bool>> occupied;
    for (StripCandidate &candidate : candidates) {
        StripLayoutItem &item = candidate.item;
        int row = 0;
        for (; row < occupied.size(); ++row) {
            const QList<bool> &cells = occupied.at(row);
            if (std::none_of(cells.begin() + item.firstColumn, cells.begin() + item.lastColumn + 1,
                             [](bool used) { return used; }))
                break;
        }
        if (row == occupied.size())
            occupied.append(QList<bool>(columns, false));
        std::fill(occupied[row].begin() + item.firstColumn, occupied[row].begin() + item.lastColumn + 1, true);
        item.row = row;
    }
    return int(occupied.size());
}

// An event's first/last local dates, computed once per layout call (zone conversion is the expensive part).
struct DateSpan
{
    QDate first;
    QDate last;
};

DateSpan dateSpan(const Event &event, const QTimeZone &zone)
{
    return DateSpan{event.firstDate(zone), event.lastDate(zone)};
}

} // namespace

bool EventLayout::belongsInStrip(const Event &event)
{
    return event.isAllDay || event.durationSeconds() >= kDaySeconds;
}

QList<TimedLayoutItem> EventLayout::layoutDay(const QList<Event> &events, QDate date, const QTimeZone &zone,
                                              int minimumMinutes)
{
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    const QDateTime dayStart = date.startOfDay(tz).toUTC();
    const QDateTime dayEnd = date.addDays(1).startOfDay(tz).toUTC();
    minimumMinutes = qBound(1, minimumMinutes, kMinutesPerDay);

    QList<TimedLayoutItem> items;
    for (int i = 0; i < events.size(); ++i) {
        const Event &event = events.at(i);
        if (belongsInStrip(event) || !event.start.isValid())
            continue;
        const bool touches = event.start == event.end ? event.start >= dayStart && event.start < dayEnd
                                                      : event.start < dayEnd && event.end > dayStart;
        if (!touches)
            continue;
        TimedLayoutItem item;
        item.eventIndex = i;
        item.continuesBefore = event.start < dayStart;
        item.continuesAfter = event.end > dayEnd;
        item.startMinute = item.continuesBefore ? 0 : wallMinutes(event.start, tz);
        item.endMinute = event.end >= dayEnd ? kMinutesPerDay : wallMinutes(event.end, tz);
        // A day without a midnight starts later than 00:00; a fold can make the wall-clock end precede the start.
        item.endMinute = qMin(kMinutesPerDay, qMax(item.endMinute, item.startMinute + minimumMinutes));
        item.startMinute = qMin(item.startMinute, item.endMinute - 1);
        items.append(item);
    }
    std::sort(items.begin(), items.end(), [](const TimedLayoutItem &a, const TimedLayoutItem &b) {
        if (a.startMinute != b.startMinute)
            return a.startMinute < b.startMinute;
        if (a.endMinute != b.endMinute)
            return a.endMinute > b.endMinute;
        return a.eventIndex < b.eventIndex;
    });

    // Sweep: a cluster ends when the next event starts at or after everything in it has ended.
    qsizetype clusterBegin = 0;
    int clusterEnd = -1;
    QList<QList<qsizetype>> columns; // item positions per column; ends ascend within a column
    const auto finishCluster = [&](qsizetype clusterStop) {
        const int count = int(columns.size());
        for (qsizetype p = clusterBegin; p < clusterStop; ++p) {
            TimedLayoutItem &item = items[p];
            item.columnCount = count;
            item.columnSpan = 1;
            for (int c = item.column + 1; c < count; ++c) {
                const QList<qsizetype> &column = columns.at(c);
                // First item in that column ending after this one starts; it blocks if it starts before we end.
                const auto it = std::partition_point(column.begin(), column.end(), [&](qsizetype q) {
                    return items.at(q).endMinute <= item.startMinute;
                });
                if (it != column.end() && items.at(*it).startMinute < item.endMinute)
                    break;
                ++item.columnSpan;
            }
        }
        columns.clear();
    };
    for (qsizetype p = 0; p < items.size(); ++p) {
        TimedLayoutItem &item = items[p];
        if (!columns.isEmpty() && item.startMinute >= clusterEnd) {
            finishCluster(p);
            clusterBegin = p;
            clusterEnd = -1;
        }
        int column = 0;
        while (column < columns.size() && items.at(columns.at(column).constLast()).endMinute > item.startMinute)
            ++column;
        if (column == columns.size())
            columns.append(QList<qsizetype>());
        columns[column].append(p);
        item.column = column;
        clusterEnd = qMax(clusterEnd, item.endMinute);
    }
    if (!columns.isEmpty())
        finishCluster(items.size());
    return items;
}

StripLayout EventLayout::layoutStrip(const QList<Event> &events, QDate firstDate, int dayCount, const QTimeZone &zone)
{
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    StripLayout layout;
    layout.firstDate = firstDate;
    layout.dayCount = qMax(0, dayCount);
    if (layout.dayCount == 0 || !firstDate.isValid())
        return layout;
    const QDate lastDate = firstDate.addDays(layout.dayCount - 1);

    QList<StripCandidate> candidates;
    for (int i = 0; i < events.size(); ++i) {
        const Event &event = events.at(i);
        if (!belongsInStrip(event))
            continue;
        const DateSpan span = dateSpan(event, tz);
        if (!span.first.isValid() || span.last < firstDate || span.first > lastDate)
            continue;
        StripCandidate candidate;
        candidate.item.eventIndex = i;
        candidate.item.firstColumn = int(firstDate.daysTo(qMax(span.first, firstDate)));
        candidate.item.lastColumn = int(firstDate.daysTo(qMin(span.last, lastDate)));
        candidate.item.continuesBefore = span.first < firstDate;
        candidate.item.continuesAfter = span.last > lastDate;
        candidate.allDay = event.isAllDay;
        candidate.start = event.start;
        candidates.append(candidate);
    }
    layout.rowCount = placeInRows(candidates, layout.dayCount);
    layout.items.reserve(candidates.size());
    for (const StripCandidate &candidate : std::as_const(candidates))
        layout.items.append(candidate.item);
    return layout;
}

MonthLayout EventLayout::layoutMonth(const QList<Event> &events, const CalendarRange &range, int visibleRows)
{
    MonthLayout layout;
    layout.visibleRows = qMax(0, visibleRows);
    if (!range.isValid())
        return layout;
    const QTimeZone tz = range.timeZone();

    QList<DateSpan> spans;
    spans.reserve(events.size());
    for (const Event &event : events)
        spans.append(event.start.isValid() ? dateSpan(event, tz) : DateSpan{});

    for (QDate weekStart = range.firstDate(); weekStart <= range.lastDate(); weekStart = weekStart.addDays(7)) {
        const QDate weekEnd = weekStart.addDays(6);
        QList<StripCandidate> candidates;
        for (int i = 0; i < events.size(); ++i) {
            const DateSpan &span = spans.at(i);
            if (!span.first.isValid() || span.last < weekStart || span.first > weekEnd)
                continue;
            StripCandidate candidate;
            candidate.item.eventIndex = i;
            candidate.item.firstColumn = int(weekStart.daysTo(qMax(span.first, weekStart)));
            candidate.item.lastColumn = int(weekStart.daysTo(qMin(span.last, weekEnd)));
            candidate.item.continuesBefore = span.first < weekStart;
            candidate.item.continuesAfter = span.last > weekEnd;
            candidate.allDay = events.at(i).isAllDay;
            candidate.start = events.at(i).start;
            candidates.append(candidate);
        }
        placeInRows(candidates, 7);

        MonthWeekLayout week;
        week.firstDate = weekStart;
        week.moreCount = QList<int>(7, 0);
        QList<int> total(7, 0);
        for (const StripCandidate &candidate : std::as_const(candidates)) {
            for (int c = candidate.item.firstColumn; c <= candidate.item.lastColumn; ++c)
                ++total[c];
        }
        // A day that overflows gives its last row to "+N more".
        QList<int> capacity(7, 0);
        for (int c = 0; c < 7; ++c)
            capacity[c] = total.at(c) > layout.visibleRows ? qMax(0, layout.visibleRows - 1) : layout.visibleRows;
        for (const StripCandidate &candidate : std::as_const(candidates)) {
            const StripLayoutItem &item = candidate.item;
            int segmentStart = -1;
            for (int c = item.firstColumn; c <= item.lastColumn + 1; ++c) {
                const bool visible = c <= item.lastColumn && item.row < capacity.at(c);
                if (c <= item.lastColumn && !visible)
                    ++week.moreCount[c];
                if (visible && segmentStart < 0) {
                    segmentStart = c;
                } else if (!visible && segmentStart >= 0) {
                    StripLayoutItem segment = item;
                    segment.firstColumn = segmentStart;
                    segment.lastColumn = c - 1;
                    segment.continuesBefore = item.continuesBefore || segmentStart > item.firstColumn;
                    segment.continuesAfter = item.continuesAfter || c - 1 < item.lastColumn;
                    week.items.append(segment);
                    segmentStart = -1;
                }
            }
        }
        layout.weeks.append(week);
    }
    return layout;
}

QList<AgendaDay> EventLayout::layoutAgenda(const QList<Event> &events, const CalendarRange &range)
{
    QList<AgendaDay> days;
    if (!range.isValid())
        return days;
    const QTimeZone tz = range.timeZone();
    QList<QList<int>> perDay(range.dayCount());
    for (int i = 0; i < events.size(); ++i) {
        const Event &event = events.at(i);
        if (!event.start.isValid() || !range.intersects(event))
            continue;
        const DateSpan span = dateSpan(event, tz);
        const QDate first = qMax(span.first, range.firstDate());
        const QDate last = qMin(span.last, range.lastDate());
        for (QDate date = first; date <= last; date = date.addDays(1))
            perDay[range.firstDate().daysTo(date)].append(i);
    }
    for (int d = 0; d < perDay.size(); ++d) {
        QList<int> &indexes = perDay[d];
        if (indexes.isEmpty())
            continue;
        std::sort(indexes.begin(), indexes.end(), [&](int a, int b) {
            const Event &ea = events.at(a);
            const Event &eb = events.at(b);
            if (ea.isAllDay != eb.isAllDay)
                return ea.isAllDay;
            if (ea.start != eb.start)
                return ea.start < eb.start;
            if (ea.end != eb.end)
                return ea.end < eb.end;
            return a < b;
        });
        days.append(AgendaDay{range.firstDate().addDays(d), indexes});
    }
    return days;
}

} // namespace MentorDesk
