#include "core/calendar/CalendarRange.h"

#include "core/model/Event.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

QTimeZone orSystem(const QTimeZone &zone)
{
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QDate startOfWeek(QDate date, Qt::DayOfWeek firstDayOfWeek)
{
    const int offset = (date.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
    return date.addDays(-offset);
}

bool overlaps(const Event &event, QDate firstDate, QDate lastDate, const QDateTime &startUtc, const QDateTime &endUtc)
{
    if (event.isAllDay)
        return event.startDate <= lastDate && event.endDate > firstDate;
    if (event.start == event.end)
        return event.start >= startUtc && event.start < endUtc;
    return event.start < endUtc && event.end > startUtc;
}

} // namespace

CalendarRange CalendarRange::make(Kind kind, QDate anchor, QDate first, QDate last, Qt::DayOfWeek firstDayOfWeek,
                                  const QTimeZone &zone)
{
    CalendarRange range;
    range.m_kind = kind;
    range.m_anchor = anchor;
    range.m_first = first;
    range.m_last = last;
    range.m_firstDayOfWeek = firstDayOfWeek;
    range.m_zone = orSystem(zone);
    if (range.isValid()) {
        range.m_startUtc = range.dayStartUtc(first);
        range.m_endUtc = range.dayEndUtc(last);
    }
    return range;
}

CalendarRange CalendarRange::day(QDate date, const QTimeZone &zone)
{
    return make(Kind::Day, date, date, date, defaultFirstDayOfWeek(), zone);
}

CalendarRange CalendarRange::week(QDate date, Qt::DayOfWeek firstDayOfWeek, const QTimeZone &zone)
{
    const QDate first = startOfWeek(date, firstDayOfWeek);
    return make(Kind::Week, date, first, first.addDays(6), firstDayOfWeek, zone);
}

CalendarRange CalendarRange::month(QDate date, Qt::DayOfWeek firstDayOfWeek, const QTimeZone &zone)
{
    if (!date.isValid())
        return {};
    const QDate monthFirst(date.year(), date.month(), 1);
    const QDate monthLast = monthFirst.addMonths(1).addDays(-1);
    const QDate first = startOfWeek(monthFirst, firstDayOfWeek);
    const QDate last = startOfWeek(monthLast, firstDayOfWeek).addDays(6);
    return make(Kind::Month, date, first, last, firstDayOfWeek, zone);
}

CalendarRange CalendarRange::agenda(QDate date, int days, const QTimeZone &zone)
{
    return make(Kind::Agenda, date, date, date.addDays(qMax(1, days) - 1), defaultFirstDayOfWeek(), zone);
}

CalendarRange CalendarRange::custom(QDate firstDate, QDate lastDate, const QTimeZone &zone)
{
    return make(Kind::Custom, firstDate, firstDate, lastDate, defaultFirstDayOfWeek(), zone);
}

Qt::DayOfWeek CalendarRange::defaultFirstDayOfWeek(const QLocale &locale)
{
    return locale.firstDayOfWeek();
}

QList<QDate> CalendarRange::dates() const
{
    QList<QDate> result;
    result.reserve(dayCount());
    for (QDate date = m_first; isValid() && date <= m_last; date = date.addDays(1))
        result.append(date);
    return result;
}

QDate CalendarRange::monthFirstDate() const
{
    return m_kind == Kind::Month ? QDate(m_anchor.year(), m_anchor.month(), 1) : m_first;
}

QDate CalendarRange::monthLastDate() const
{
    return m_kind == Kind::Month ? monthFirstDate().addMonths(1).addDays(-1) : m_last;
}

QDateTime CalendarRange::dayStartUtc(QDate date) const
{
    return date.startOfDay(orSystem(m_zone)).toUTC();
}

QDateTime CalendarRange::dayEndUtc(QDate date) const
{
    return date.addDays(1).startOfDay(orSystem(m_zone)).toUTC();
}

CalendarRange CalendarRange::next() const
{
    switch (m_kind) {
    case Kind::Day:
        return day(m_anchor.addDays(1), m_zone);
    case Kind::Week:
        return week(m_anchor.addDays(7), m_firstDayOfWeek, m_zone);
    case Kind::Month:
        return month(m_anchor.addMonths(1), m_firstDayOfWeek, m_zone);
    case Kind::Agenda:
        return agenda(m_anchor.addDays(dayCount()), dayCount(), m_zone);
    case Kind::Custom:
        break;
    }
    return custom(m_first.addDays(dayCount()), m_last.addDays(dayCount()), m_zone);
}

CalendarRange CalendarRange::previous() const
{
    switch (m_kind) {
    case Kind::Day:
        return day(m_anchor.addDays(-1), m_zone);
    case Kind::Week:
        return week(m_anchor.addDays(-7), m_firstDayOfWeek, m_zone);
    case Kind::Month:
        return month(m_anchor.addMonths(-1), m_firstDayOfWeek, m_zone);
    case Kind::Agenda:
        return agenda(m_anchor.addDays(-dayCount()), dayCount(), m_zone);
    case Kind::Custom:
        break;
    }
    return custom(m_first.addDays(-dayCount()), m_last.addDays(-dayCount()), m_zone);
}

CalendarRange CalendarRange::withAnchor(QDate date) const
{
    switch (m_kind) {
    case Kind::Day:
        return day(date, m_zone);
    case Kind::Week:
        return week(date, m_firstDayOfWeek, m_zone);
    case Kind::Month:
        return month(date, m_firstDayOfWeek, m_zone);
    case Kind::Agenda:
        return agenda(date, dayCount(), m_zone);
    case Kind::Custom:
        break;
    }
    return custom(date, date.addDays(dayCount() - 1), m_zone);
}

bool CalendarRange::intersects(const Event &event) const
{
    return isValid() && overlaps(event, m_first, m_last, m_startUtc, m_endUtc);
}

bool CalendarRange::intersectsDay(const Event &event, QDate date) const
{
    return overlaps(event, date, date, dayStartUtc(date), dayEndUtc(date));
}

QString CalendarRange::key() const
{
    return u"%1|%2|%3|%4|%5|%6"_s.arg(int(m_kind))
        .arg(m_anchor.toString(Qt::ISODate), m_first.toString(Qt::ISODate), m_last.toString(Qt::ISODate))
        .arg(int(m_firstDayOfWeek))
        .arg(QString::fromUtf8(m_zone.id()));
}

} // namespace MentorDesk
