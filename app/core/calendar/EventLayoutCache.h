#pragma once

#include "core/calendar/EventLayout.h"

#include <QCache>
#include <QList>
#include <QString>

namespace MentorDesk {

struct Event;
class CalendarRange;

// A small LRU of EventLayout results so views can repaint (scrolling, resizing, hover) without laying out again.
// Keyed by what the layout depends on: the layout kind and parameters, the range or date and zone, and the data
// revision of the event list (EventListModel::revision()); a new revision never hits an old entry, and old
// entries age out.
class EventLayoutCache
{
public:
    explicit EventLayoutCache(int capacityPerKind = 32);

    QList<TimedLayoutItem> day(const QList<Event> &events, quint64 revision, QDate date, const QTimeZone &zone,
                               int minimumMinutes = 15);
    StripLayout strip(const QList<Event> &events, quint64 revision, const CalendarRange &range);
    MonthLayout month(const QList<Event> &events, quint64 revision, const CalendarRange &range, int visibleRows);
    QList<AgendaDay> agenda(const QList<Event> &events, quint64 revision, const CalendarRange &range);

    void clear();
    int hits() const { return m_hits; }
    int misses() const { return m_misses; }

private:
    template<typename T, typename Compute>
    T lookup(QCache<QString, T> &cache, const QString &key, Compute compute);

    QCache<QString, QList<TimedLayoutItem>> m_days;
    QCache<QString, StripLayout> m_strips;
    QCache<QString, MonthLayout> m_months;
    QCache<QString, QList<AgendaDay>> m_agendas;
    int m_hits = 0;
    int m_misses = 0;
};

} // namespace MentorDesk
