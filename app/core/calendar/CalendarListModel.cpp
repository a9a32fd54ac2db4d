#include "core/calendar/CalendarListModel.h"

#include "core/calendar/CalendarStore.h"
#include "core/calendar/ColleagueCalendars.h"
#include "core/common/PlainText.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::CalendarListModel)

public:
    static QString toolTip(const Calendar &calendar)
    {
        if (ColleagueCalendars::isAdded(calendar.id))
            return tr("%1 <%2>, opened by address").arg(calendar.owner.displayName(), calendar.owner.address) + u'\n'
                + ColleagueCalendarsText::explanation(calendar);
        switch (calendar.kind) {
        case Calendar::Kind::Own:
            return calendar.canEdit ? tr("Your calendar") : tr("Your calendar (read-only)");
        case Calendar::Kind::Delegate:
            return tr("Delegated by %1 <%2> (read-only in MentorDesk)")
                .arg(calendar.owner.displayName(), calendar.owner.address);
        case Calendar::Kind::SharedReadOnly:
            break;
        }
        return tr("Shared by %1 <%2> (read-only)").arg(calendar.owner.displayName(), calendar.owner.address);
    }
};
} // namespace

CalendarListModel::CalendarListModel(CalendarStore *store, QObject *parent)
    : CalendarListModel(QList<CalendarSource>{CalendarSource{store, nullptr, {}, {}}}, parent)
{ }

CalendarListModel::CalendarListModel(const QList<CalendarSource> &sources, QObject *parent)
    : QAbstractListModel(parent)
    , m_sources(sources)
{
    connectSources();
    reload();
}

void CalendarListModel::connectSources()
{
    for (const CalendarSource &source : std::as_const(m_sources)) {
        if (source.store)
            connect(source.store, &CalendarStore::changed, this, &CalendarListModel::reload, Qt::UniqueConnection);
    }
}

void CalendarListModel::setSources(const QList<CalendarSource> &sources)
{
    if (sources == m_sources)
        return;
    for (const CalendarSource &source : std::as_const(m_sources)) {
        if (source.store)
            disconnect(source.store, &CalendarStore::changed, this, &CalendarListModel::reload);
    }
    m_sources = sources;
    connectSources();
    reload();
}

void CalendarListModel::reload()
{
    if (m_writing)
        return; // our own setData(): the row is already up to date
    QList<Calendar> calendars;
    QList<Row> rows;
    const bool headers = m_sources.size() > 1;
    for (int s = 0; s < m_sources.size(); ++s) {
        CalendarStore *store = m_sources.at(s).store;
        if (headers)
            rows.append(Row{s, -1, false, {}});
        if (!store || !store->isOpen())
            continue;
        const QStringList visible = store->visibleCalendarIds();
        for (const Calendar &calendar : store->calendars()) {
            rows.append(Row{s, int(calendars.size()), visible.contains(calendar.id), store->lastUpdated(calendar.id)});
            calendars.append(calendar);
        }
    }
    // Most store changes are events synced into calendars already listed: the rows stay, so selection, focus and
    // scroll position stay too; only a different set of calendars resets the list.
    const auto sameRow = [&](const Row &before, const Row &after) {
        return before.source == after.source && (before.calendar < 0) == (after.calendar < 0)
            && (before.calendar < 0 || m_calendars.at(before.calendar).id == calendars.at(after.calendar).id);
    };
    const bool sameRows = std::equal(m_rows.cbegin(), m_rows.cend(), rows.cbegin(), rows.cend(), sameRow);
    if (sameRows) {
        m_calendars = calendars;
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_calendars = calendars;
    m_rows = rows;
    endResetModel();
}

int CalendarListModel::rowOf(const QString &calendarId, const QString &accountKey) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        if (r.calendar >= 0 && m_calendars.at(r.calendar).id == calendarId
            && (accountKey.isEmpty() || m_sources.at(r.source).accountKey == accountKey))
            return row;
    }
    return -1;
}

bool CalendarListModel::isAccountHeader(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).calendar < 0;
}

int CalendarListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CalendarListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const CalendarSource &source = m_sources.at(row.source);
    switch (role) {
    case IsAccountHeaderRole:
        return row.calendar < 0;
    case AccountKeyRole:
        return source.accountKey;
    case AccountNameRole:
        return source.accountName;
    default:
        break;
    }
    if (row.calendar < 0) {
        switch (role) {
        case Qt::DisplayRole:
        case NameRole:
        case Qt::ToolTipRole:
        case ToolTipTextRole:
            return source.accountName;
        default:
            return {};
        }
    }
    const Calendar &calendar = m_calendars.at(row.calendar);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return calendar.name;
    case Qt::ToolTipRole:
        return PlainText::toolTip(Text::toolTip(calendar)); // owner names and addresses come from Graph
    case ToolTipTextRole:
        return Text::toolTip(calendar);
    case Qt::CheckStateRole:
        return row.visible ? Qt::Checked : Qt::Unchecked;
    case CalendarRole:
        return QVariant::fromValue(calendar);
    case IdRole:
        return calendar.id;
    case ColorRole:
        return calendar.displayColor();
    case OwnerNameRole:
        return calendar.owner.name;
    case OwnerAddressRole:
        return calendar.owner.address;
    case KindRole:
        return int(calendar.kind);
    case IsReadOnlyRole:
        return calendar.isReadOnly();
    case IsDefaultRole:
        return calendar.isDefaultCalendar;
    case VisibleRole:
        return row.visible;
    case LastUpdatedRole:
        return row.lastUpdated;
    default:
        break;
    }
    return {};
}

bool CalendarListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role != Qt::CheckStateRole && role != VisibleRole)
        return false;
    const Row &row = m_rows.at(index.row());
    CalendarStore *store = m_sources.at(row.source).store;
    if (row.calendar < 0 || !store)
        return false;
    const bool visible = role == VisibleRole ? value.toBool() : value.toInt() == Qt::Checked;
    if (row.visible == visible)
        return true;
    m_writing = true;
    const bool ok = store->setCalendarVisible(m_calendars.at(row.calendar).id, visible);
    m_writing = false;
    if (!ok)
        return false;
    m_rows[index.row()].visible = visible;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, VisibleRole});
    return true;
}

Qt::ItemFlags CalendarListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isAccountHeader(index.row()))
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> CalendarListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
        {CalendarRole, "calendar"},
        {IdRole, "id"},
        {NameRole, "name"},
        {ColorRole, "color"},
        {OwnerNameRole, "ownerName"},
        {OwnerAddressRole, "ownerAddress"},
        {KindRole, "kind"},
        {IsReadOnlyRole, "isReadOnly"},
        {IsDefaultRole, "isDefault"},
        {VisibleRole, "visible"},
        {LastUpdatedRole, "lastUpdated"},
        {ToolTipTextRole, "toolTipText"},
        {IsAccountHeaderRole, "isAccountHeader"},
        {AccountKeyRole, "accountKey"},
        {AccountNameRole, "accountName"},
    });
    return names;
}

} // namespace MentorDesk
