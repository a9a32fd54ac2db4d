#include "core/calendar/EventLayoutCache.h"

#include "core/calendar/CalendarRange.h"
#include "core/model/Event.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

EventLayoutCache::EventLayoutCache(int capacityPerKind)
    : m_days(capacityPerKind)
    , m_strips(capacityPerKind)
    , m_months(capacityPerKind)
    , m_agendas(capacityPerKind)
{ }

template<typename T, typename Compute>
T EventLayoutCache::lookup(QCache<QString, T> &cache, const QString &key, Compute compute)
{
    if (const T *cached = cache.object(key)) {
        ++m_hits;
        return *cached; // implicitly shared lists: a cheap copy
    }
    ++m_misses;
    T result = compute();
    cache.insert(key, new T(result));
    return result;
}

QList<TimedLayoutItem> EventLayoutCache::day(const QList<Event> &events, quint64 revision, QDate date,
                                             const QTimeZone &zone, int minimumMinutes)
{
    const QString key = u"%1|%2|%3|%4"_s.arg(revision)
                            .arg(date.toString(Qt::ISODate), QString::fromUtf8(zone.id()))
                            .arg(minimumMinutes);
    return lookup(m_days, key, [&] { return EventLayout::layoutDay(events, date, zone, minimumMinutes); });
}

StripLayout EventLayoutCache::strip(const QList<Event> &events, quint64 revision, const CalendarRange &range)
{
    const QString key = u"%1|%2"_s.arg(revision).arg(range.key());
    return lookup(m_strips, key, [&] {
        return EventLayout::layoutStrip(events, range.firstDate(), range.dayCount(), range.timeZone());
    });
}

MonthLayout EventLayoutCache::month(const QList<Event> &events, quint64 revision, const CalendarRange &range,
                                    int visibleRows)
{
    const QString key = u"%1|%2|%3"_s.arg(revision).arg(range.key()).arg(visibleRows);
    return lookup(m_months, key, [&] { return EventLayout::layoutMonth(events, range, visibleRows); });
}

QList<AgendaDay> EventLayoutCache::agenda(const QList<Event> &events, quint64 revision, const CalendarRange &range)
{
    const QString key = u"%1|%2"_s.arg(revision).arg(range.key());
    return lookup(m_agendas, key, [&] { return EventLayout::layoutAgenda(events, range); });
}

void EventLayoutCache::clear()
{
    m_days.clear();
    m_strips.clear();
    m_months.clear();
    m_agendas.clear();
}

} // namespace MentorDesk
