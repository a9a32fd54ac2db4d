#include "core/calendar/EventListModel.h"

#include "core/calendar/CalendarStore.h"
#include "core/calendar/EventFormatter.h"
#include "core/common/PlainText.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

EventListModel::EventListModel(CalendarStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (m_store)
        connect(m_store, &CalendarStore::changed, this, &EventListModel::onStoreChanged);
}

void EventListModel::onStoreChanged(quint64 revision, const CalendarStoreChange &change)
{
    Q_UNUSED(revision)
    // A write elsewhere (the prefetch of the next month, another calendar) leaves these rows as they are: no reset,
    // so the view keeps its selection and layouts.
    if (m_range.isValid() && !change.affects(m_range, m_calendarIds))
        return;
    reload();
}

void EventListModel::setRange(const CalendarRange &range)
{
    if (range == m_range)
        return;
    m_range = range;
    reload();
    Q_EMIT rangeChanged(m_range);
}

void EventListModel::setCalendarIds(const QStringList &calendarIds)
{
    if (calendarIds == m_calendarIds)
        return;
    m_calendarIds = calendarIds;
    reload();
}

void EventListModel::reload()
{
    beginResetModel();
    m_events.clear();
    m_calendars.clear();
    if (m_store && m_store->isOpen() && m_range.isValid()) {
        const QList<Calendar> calendars = m_store->calendars();
        for (const Calendar &calendar : calendars)
            m_calendars.insert(calendar.id, calendar);
        m_events = m_store->events(m_range, m_calendarIds);
    }
    ++m_revision;
    endResetModel();
    Q_EMIT reloaded(m_revision);
}

int EventListModel::rowOf(const QString &calendarId, const QString &eventId) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).id == eventId && m_events.at(row).calendarId == calendarId)
            return row;
    }
    return -1;
}

QList<TimedLayoutItem> EventListModel::dayLayout(QDate date, int minimumMinutes) const
{
    return m_layouts.day(m_events, m_revision, date, m_range.timeZone(), minimumMinutes);
}

StripLayout EventListModel::stripLayout() const
{
    return m_layouts.strip(m_events, m_revision, m_range);
}

MonthLayout EventListModel::monthLayout(int visibleRows) const
{
    return m_layouts.month(m_events, m_revision, m_range, visibleRows);
}

QList<AgendaDay> EventListModel::agendaLayout() const
{
    return m_layouts.agenda(m_events, m_revision, m_range);
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole:
        return event.subject;
    case Qt::ToolTipRole:
        return PlainText::toolTip(u"%1\n%2"_s.arg(event.subject, EventFormatter::timeRange(event, m_range.timeZone())));
    case EventRole:
        return QVariant::fromValue(event);
    case IdRole:
        return event.id;
    case CalendarIdRole:
        return event.calendarId;
    case StartRole:
        return event.start;
    case EndRole:
        return event.end;
    case IsAllDayRole:
        return event.isAllDay;
    case StartDateRole:
        return event.firstDate(m_range.timeZone());
    case EndDateRole:
        return event.lastDate(m_range.timeZone());
    case TimeTextRole:
        return EventFormatter::timeRange(event, m_range.timeZone());
    case LocationRole:
        return event.location.displayName;
    case OrganizerRole:
        return event.organizer.displayName();
    case ShowAsRole:
        return int(event.showAs);
    case ResponseRole:
        return int(event.responseStatus.response);
    case IsCancelledRole:
        return event.isCancelled;
    case IsOnlineMeetingRole:
        return event.isOnlineMeeting;
    case JoinUrlRole:
        return event.joinUrl;
    case WebLinkRole:
        return event.webLink;
    case TypeRole:
        return int(event.type);
    case IsRecurringRole:
        return event.isRecurring();
    case CalendarNameRole:
        return m_calendars.value(event.calendarId).name;
    case CalendarColorRole:
        return m_calendars.value(event.calendarId).displayColor();
    case IsReadOnlyRole: {
        const auto it = m_calendars.constFind(event.calendarId);
        return it == m_calendars.constEnd() || it->isReadOnly();
    }
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> EventListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
        {EventRole, "event"},
        {IdRole, "id"},
        {CalendarIdRole, "calendarId"},
        {SubjectRole, "subject"},
        {StartRole, "start"},
        {EndRole, "end"},
        {IsAllDayRole, "isAllDay"},
        {StartDateRole, "startDate"},
        {EndDateRole, "endDate"},
        {TimeTextRole, "timeText"},
        {LocationRole, "location"},
        {OrganizerRole, "organizer"},
        {ShowAsRole, "showAs"},
        {ResponseRole, "response"},
        {IsCancelledRole, "isCancelled"},
        {IsOnlineMeetingRole, "isOnlineMeeting"},
        {JoinUrlRole, "joinUrl"},
        {WebLinkRole, "webLink"},
        {TypeRole, "type"},
        {IsRecurringRole, "isRecurring"},
        {CalendarNameRole, "calendarName"},
        {CalendarColorRole, "calendarColor"},
        {IsReadOnlyRole, "isReadOnly"},
    });
    return names;
}

} // namespace MentorDesk
