#pragma once

#include <QDate>
#include <QDateTime>
#include <QHashFunctions>
#include <QList>
#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

namespace MentorDesk {

struct Event;

// The dates a calendar view shows and the matching UTC window for calendarView queries.
//
// A range is whole local days [firstDate, lastDate] in the viewer's zone; startUtc/endUtc run from local midnight
// of firstDate to local midnight after lastDate, so a day is 23 or 25 hours long on DST days (and on the rare days
// without a midnight the day starts at its first valid time, QDate::startOfDay()). Month ranges cover whole weeks
// (the visible grid, 4 to 6 rows); week ranges start on firstDayOfWeek (QLocale's by default).
class CalendarRange
{
public:
    enum class Kind { Day, Week, Month, Agenda, Custom };

    CalendarRange() = default;

    static CalendarRange day(QDate date, const QTimeZone &zone = QTimeZone::systemTimeZone());
    static CalendarRange week(QDate date, Qt::DayOfWeek firstDayOfWeek = QLocale().firstDayOfWeek(),
                              const QTimeZone &zone = QTimeZone::systemTimeZone());
    // The month containing date, as the grid of whole weeks that shows it.
    static CalendarRange month(QDate date, Qt::DayOfWeek firstDayOfWeek = QLocale().firstDayOfWeek(),
                               const QTimeZone &zone = QTimeZone::systemTimeZone());
    // days consecutive days from date (the agenda's lookahead).
    static CalendarRange agenda(QDate date, int days = 30, const QTimeZone &zone = QTimeZone::systemTimeZone());
    static CalendarRange custom(QDate firstDate, QDate lastDate, const QTimeZone &zone = QTimeZone::systemTimeZone());
    // Of the given locale (the system's by default).
    static Qt::DayOfWeek defaultFirstDayOfWeek(const QLocale &locale = QLocale());

    bool isValid() const { return m_first.isValid() && m_last.isValid() && m_first <= m_last; }
    Kind kind() const { return m_kind; }
    // The date the range was made for (navigation keeps it: next() of a month moves the month, not the grid).
    QDate anchor() const { return m_anchor; }
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; } // inclusive
    int dayCount() const { return isValid() ? int(m_first.daysTo(m_last)) + 1 : 0; }
    QList<QDate> dates() const;
    bool containsDate(QDate date) const { return date >= m_first && date <= m_last; }
    Qt::DayOfWeek firstDayOfWeek() const { return m_firstDayOfWeek; }
    QTimeZone timeZone() const { return m_zone; }
    // Month ranges: the month itself (first/last day), which is inside the grid; other kinds: the whole range.
    QDate monthFirstDate() const;
    QDate monthLastDate() const;

    QDateTime startUtc() const { return m_startUtc; }
    QDateTime endUtc() const { return m_endUtc; } // exclusive
    // One local day's window in this range's zone.
    QDateTime dayStartUtc(QDate date) const;
    QDateTime dayEndUtc(QDate date) const;

    // Same kind and length, one step on (a day, a week, a month, the agenda's length) or back.
    CalendarRange next() const;
    CalendarRange previous() const;
    // Same kind around another date (Today, the mini month navigator).
    CalendarRange withAnchor(QDate date) const;

    // Whether the event shows in this range: timed events by UTC overlap (a zero-length event by its start),
    // all-day events by their dates.
    bool intersects(const Event &event) const;
    // Same test for one day of the range (day columns, month cells).
    bool intersectsDay(const Event &event, QDate date) const;

    // A stable text key (kind, dates, zone, first day of week) for caches.
    QString key() const;

    friend bool operator==(const CalendarRange &a, const CalendarRange &b)
    {
        return a.m_kind == b.m_kind && a.m_anchor == b.m_anchor && a.m_first == b.m_first && a.m_last == b.m_last
            && a.m_firstDayOfWeek == b.m_firstDayOfWeek && a.m_zone == b.m_zone;
    }
    friend bool operator!=(const CalendarRange &a, const CalendarRange &b) { return !(a == b); }

private:
    static CalendarRange make(Kind kind, QDate anchor, QDate first, QDate last, Qt::DayOfWeek firstDayOfWeek,
                              const QTimeZone &zone);

    Kind m_kind = Kind::Custom;
    QDate m_anchor;
    QDate m_first;
    QDate m_last;
    Qt::DayOfWeek m_firstDayOfWeek = Qt::Monday;
    QTimeZone m_zone;
    QDateTime m_startUtc;
    QDateTime m_endUtc;
};

inline size_t qHash(const CalendarRange &range, size_t seed = 0)
{
    return qHash(range.key(), seed);
}

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::CalendarRange)
