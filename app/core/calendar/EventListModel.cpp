#include "core/calendar/EventListModel.h"

#include "core/calendar/CalendarStore.h"
#include "core/calendar/EventFormatter.h"
#include "core/common/PlainText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk {

EventListModel::EventListModel(CalendarStore *store, QObject *parent)
    : EventListModel(QList<CalendarSource>{CalendarSource{store, nullptr, {}, {}}}, parent)
{ }

EventListModel::EventListModel(const QList<CalendarSource> &sources, QObject *parent)
    : QAbstractListModel(parent)
    , m_sources(sources)
{
    connectSources();
}

QString EventListModel::calendarKey(const QString &accountKey, const QString &calendarId)
{
    // U+001F (unit separator) appears in neither Graph ids nor account keys.
    return accountKey.isEmpty() ? calendarId : accountKey + QChar(0x1f) + calendarId;
}

void EventListModel::connectSources()
{
    for (const CalendarSource &source : std::as_const(m_sources)) {
        if (source.store)
            connect(source.store, &CalendarStore::changed, this, &EventListModel::onStoreChanged, Qt::UniqueConnection);
    }
}

void EventListModel::setSources(const QList<CalendarSource> &sources)
{
    if (sources == m_sources)
        return;
    for (const CalendarSource &source : std::as_const(m_sources)) {
        if (source.store)
            disconnect(source.store, &CalendarStore::changed, this, &EventListModel::onStoreChanged);
    }
    m_sources = sources;
    connectSources();
    reload();
}

const CalendarSource *EventListModel::source(const QString &accountKey) const
{
    for (const CalendarSource &source : m_sources) {
        if (source.accountKey == accountKey)
            return &source;
    }
    return nullptr;
}

CalendarStore *EventListModel::storeOf(const QString &accountKey) const
{
    const CalendarSource *found = source(accountKey);
    return found ? found->store.data() : nullptr;
}

QString EventListModel::accountName(const QString &accountKey) const
{
    const CalendarSource *found = source(accountKey);
    return found ? found->accountName : QString();
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
    if (m_range.isValid()) {
        int withEvents = 0;
        for (const CalendarSource &source : std::as_const(m_sources)) {
            if (!source.store || !source.store->isOpen())
                continue;
            const QList<Calendar> calendars = source.store->calendars();
            for (const Calendar &calendar : calendars)
                m_calendars.insert(calendarKey(source.accountKey, calendar.id), calendar);
            QList<Event> events = source.store->events(m_range, m_calendarIds);
            if (events.isEmpty())
                continue;
            ++withEvents;
            if (!source.accountKey.isEmpty()) {
                for (Event &event : events)
                    event.accountKey = source.accountKey;
            }
            m_events.append(std::move(events));
        }
        // Each store's list is sorted already; a stable sort keeps the sources' order and then the store's for
        // ties, so rows do not swap between reloads.
        if (withEvents > 1)
            std::stable_sort(m_events.begin(), m_events.end(), [](const Event &a, const Event &b) {
                if (a.start != b.start)
                    return a.start < b.start;
                return a.end < b.end;
            });
    }
    ++m_revision;
    endResetModel();
    Q_EMIT reloaded(m_revision);
}

int EventListModel::rowOf(const QString &calendarId, const QString &eventId, const QString &accountKey) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        const Event &event = m_events.at(row);
        if (event.id == eventId && event.calendarId == calendarId
            && (accountKey.isEmpty() || event.accountKey == accountKey))
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
        return calendarOf(event).name;
    case CalendarColorRole:
        return calendarOf(event).displayColor();
    case IsReadOnlyRole: {
        const auto it = m_calendars.constFind(calendarKey(event.accountKey, event.calendarId));
        return it == m_calendars.constEnd() || it->isReadOnly();
    }
    case AccountKeyRole:
        return event.accountKey;
    case AccountNameRole:
        return accountName(event.accountKey);
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
        {AccountKeyRole, "accountKey"},
        {AccountNameRole, "accountName"},
    });
    return names;
}

} // namespace MentorDesk
