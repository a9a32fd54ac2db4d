#include "core/calendar/CalendarListModel.h"

#include "core/calendar/CalendarStore.h"
#include "core/common/PlainText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::CalendarListModel)

public:
    static QString toolTip(const Calendar &calendar)
    {
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
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (m_store)
        connect(m_store, &CalendarStore::changed, this, &CalendarListModel::reload);
    reload();
}

void CalendarListModel::reload()
{
    if (m_writing)
        return; // our own setData(): the row is already up to date
    beginResetModel();
    m_calendars.clear();
    m_rows.clear();
    if (m_store && m_store->isOpen()) {
        m_calendars = m_store->calendars();
        const QStringList visible = m_store->visibleCalendarIds();
        for (const Calendar &calendar : std::as_const(m_calendars))
            m_rows.append(Row{visible.contains(calendar.id), m_store->lastUpdated(calendar.id)});
    }
    endResetModel();
}

int CalendarListModel::rowOf(const QString &calendarId) const
{
    for (int row = 0; row < m_calendars.size(); ++row) {
        if (m_calendars.at(row).id == calendarId)
            return row;
    }
    return -1;
}

int CalendarListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calendars.size());
}

QVariant CalendarListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Calendar &calendar = m_calendars.at(index.row());
    const Row &row = m_rows.at(index.row());
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_store)
        return false;
    if (role != Qt::CheckStateRole && role != VisibleRole)
        return false;
    const bool visible = role == VisibleRole ? value.toBool() : value.toInt() == Qt::Checked;
    if (m_rows.at(index.row()).visible == visible)
        return true;
    m_writing = true;
    const bool ok = m_store->setCalendarVisible(m_calendars.at(index.row()).id, visible);
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
    });
    return names;
}

} // namespace MentorDesk
