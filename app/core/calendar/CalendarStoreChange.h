#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QStringList>

namespace MentorDesk {

class CalendarRange;
struct Event;

// What one write to the CalendarStore touched, so that a listener showing part of the calendar (the month on
// screen) can ignore writes elsewhere (the prefetch of the next month) instead of querying again.
//
// - everything(): open, recovery, sign-out, a new calendar list: anything may have changed.
// - allTimesOf(ids): every event of these calendars at any time (visibility switched).
// - add(event) / add(id, start, end): events of that calendar, timed ones by their UTC span, all-day ones by their
//   dates (the same for every viewer, as CalendarRange::intersects() tests them); a write of events adds the old and
//   the new place of every event it stored or deleted, so the union is the span of what was written.
// - A default-constructed change names no events (only "last updated" or a delta link was written).
class CalendarStoreChange
{
public:
    // All-day events are stored at midnight of their own zone, up to a day from the viewer's midnight: a range's
    // UTC window is widened by this much on both sides to find them (CalendarStore::events() and affects()).
    static constexpr qint64 kAllDayMarginMs = 24 * 60 * 60 * 1000;

    CalendarStoreChange() = default;
    static CalendarStoreChange everything();
    static CalendarStoreChange allTimesOf(const QStringList &calendarIds);

    void add(const Event &event); // under event.calendarId
    void add(const QString &calendarId, const QDateTime &startUtc, const QDateTime &endUtc);
    // endDate exclusive, as Event's.
    void addDates(const QString &calendarId, QDate startDate, QDate endDate);

    bool isEverything() const { return m_everything; }
    // No event changed.
    bool isEmpty() const { return !m_everything && m_calendarIds.isEmpty(); }
    // Every time of calendarIds() (everything() too).
    bool isUnbounded() const { return m_everything || m_allTimes; }
    // The union of the timed events written; invalid when unbounded or none.
    QDateTime startUtc() const { return isUnbounded() ? QDateTime() : m_startUtc; }
    QDateTime endUtc() const { return isUnbounded() ? QDateTime() : m_endUtc; }
    // The union of the all-day events' dates (last inclusive); invalid when unbounded or none.
    QDate firstDate() const { return isUnbounded() ? QDate() : m_firstDate; }
    QDate lastDate() const { return isUnbounded() ? QDate() : m_lastDate; }
    // Calendars whose events changed; empty for everything() and for an empty change.
    QStringList calendarIds() const { return m_calendarIds; }

    // Whether CalendarStore::events(range, calendarIds) (empty: any calendar) may answer differently now. When in
    // doubt, yes.
    bool affects(const CalendarRange &range, const QStringList &calendarIds = {}) const;
    // The same for CalendarStore::eventsBetween(startUtc, endUtc, calendarIds).
    bool affects(const QDateTime &startUtc, const QDateTime &endUtc, const QStringList &calendarIds = {}) const;

    friend bool operator==(const CalendarStoreChange &, const CalendarStoreChange &) = default;

private:
    bool m_everything = false;
    bool m_allTimes = false;
    QDateTime m_startUtc;
    QDateTime m_endUtc;
    QDate m_firstDate;
    QDate m_lastDate;
    QStringList m_calendarIds;
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::CalendarStoreChange)
