#pragma once

#include "core/calendar/CalendarRange.h"
#include "core/calendar/CalendarSource.h"
#include "core/calendar/CalendarStoreChange.h"
#include "core/calendar/EventLayoutCache.h"
#include "core/model/Calendar.h"
#include "core/model/Event.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace MentorDesk {

class CalendarStore;

// The events of one range (a day, week, month or agenda window) from the CalendarStores of one or more accounts
// (CalendarSource), as a list model the views bind to. It reloads whenever a change of any source's store touches
// its range and calendars (sync, visibility, recovery; CalendarStoreChange::affects()), so views paint from the
// cache and never from the network, and writes elsewhere (prefetching the neighbouring months) do not reset it.
// Rows merge all sources, sorted by start, then end; ties keep the sources' order, then the store's (id).
// Every event carries its source's accountKey: two accounts may hold equal calendar and event ids.
//
// Layouts for painting come from the model too (dayLayout(), stripLayout(), monthLayout(), agendaLayout()); they
// index into events()/rows and are cached by range and revision().
class EventListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        EventRole = Qt::UserRole + 1, // QVariant<MentorDesk::Event>
        IdRole, // QString
        CalendarIdRole, // QString
        SubjectRole, // QString (also Qt::DisplayRole)
        StartRole, // QDateTime, UTC
        EndRole, // QDateTime, UTC
        IsAllDayRole, // bool
        StartDateRole, // QDate: first local date in the range's zone (all-day: its date)
        EndDateRole, // QDate: last local date, inclusive
        TimeTextRole, // QString: EventFormatter::timeRange() in the range's zone
        LocationRole, // QString: location display name
        OrganizerRole, // QString: organizer's name or address
        ShowAsRole, // int: Event::ShowAs
        ResponseRole, // int: ResponseStatus::Response of the signed-in user
        IsCancelledRole, // bool
        IsOnlineMeetingRole, // bool
        JoinUrlRole, // QUrl (empty when none)
        WebLinkRole, // QUrl
        TypeRole, // int: Event::Type
        IsRecurringRole, // bool
        CalendarNameRole, // QString
        CalendarColorRole, // QString "#rrggbb" (empty: Auto)
        IsReadOnlyRole, // bool: the event's calendar is read-only for MentorDesk
        AccountKeyRole, // QString: CalendarSource::accountKey of the event's account
        AccountNameRole, // QString: CalendarSource::accountName of the event's account
    };
    Q_ENUM(Role)

    // One source with an empty account key.
    explicit EventListModel(CalendarStore *store, QObject *parent = nullptr);
    explicit EventListModel(const QList<CalendarSource> &sources, QObject *parent = nullptr);

    // The key under which a calendar is known across accounts (colours, lookups): the calendar id alone for an
    // empty account key, so single-account callers keep using plain ids.
    static QString calendarKey(const QString &accountKey, const QString &calendarId);

    QList<CalendarSource> sources() const { return m_sources; }
    void setSources(const QList<CalendarSource> &sources);
    // The source of that account (the first one with that key), or null.
    const CalendarSource *source(const QString &accountKey) const;
    CalendarStore *storeOf(const QString &accountKey) const;
    QString accountName(const QString &accountKey) const;

    CalendarRange range() const { return m_range; }
    void setRange(const CalendarRange &range);
    // Calendars to show, applied to every source; empty (the default) follows each store's visible calendars.
    QStringList calendarIds() const { return m_calendarIds; }
    void setCalendarIds(const QStringList &calendarIds);

    const QList<Event> &events() const { return m_events; }
    Event eventAt(int row) const { return m_events.value(row); }
    // The row of an event; an empty accountKey matches any account (the first such row).
    int rowOf(const QString &calendarId, const QString &eventId, const QString &accountKey = {}) const;
    // The event's calendar, looked up in the event's own account (event.accountKey).
    Calendar calendarOf(const Event &event) const
    {
        return m_calendars.value(calendarKey(event.accountKey, event.calendarId));
    }
    // Increases with every reload: the layout caches' data revision.
    quint64 revision() const { return m_revision; }

    // Cached layouts of the current rows (indexes are rows).
    QList<TimedLayoutItem> dayLayout(QDate date, int minimumMinutes = 15) const;
    StripLayout stripLayout() const;
    MonthLayout monthLayout(int visibleRows) const;
    QList<AgendaDay> agendaLayout() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void rangeChanged(const MentorDesk::CalendarRange &range);
    void reloaded(quint64 revision);

private:
    void onStoreChanged(quint64 revision, const MentorDesk::CalendarStoreChange &change);

    void connectSources();

    QList<CalendarSource> m_sources;
    CalendarRange m_range;
    QStringList m_calendarIds;
    QList<Event> m_events;
    QHash<QString, Calendar> m_calendars; // by calendarKey()
    quint64 m_revision = 0;
    mutable EventLayoutCache m_layouts;
};

} // namespace MentorDesk
