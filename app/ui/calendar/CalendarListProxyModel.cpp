#include "ui/calendar/CalendarListProxyModel.h"

#include "core/calendar/CalendarListModel.h"
#include "core/common/PlainText.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

CalendarListProxyModel::CalendarListProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

void CalendarListProxyModel::setColors(const QHash<QString, QColor> &colors)
{
    m_colors = colors;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {ResolvedColorRole});
}

void CalendarListProxyModel::setStatusProvider(std::function<QString(const QString &)> provider)
{
    m_status = std::move(provider);
}

void CalendarListProxyModel::statusChanged(const QString &calendarId)
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex i = index(row, 0);
        if (i.data(CalendarListModel::IdRole).toString() == calendarId)
            Q_EMIT dataChanged(i, i, {StatusRole, SubtitleRole, Qt::AccessibleDescriptionRole});
    }
}

QVariant CalendarListProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QString id = QIdentityProxyModel::data(index, CalendarListModel::IdRole).toString();
    switch (role) {
    case ResolvedColorRole:
        return m_colors.value(id);
    case StatusRole:
        return m_status ? m_status(id) : QString();
    case SubtitleRole: {
        const auto kind = Calendar::Kind(QIdentityProxyModel::data(index, CalendarListModel::KindRole).toInt());
        const bool readOnly = QIdentityProxyModel::data(index, CalendarListModel::IsReadOnlyRole).toBool();
        switch (kind) {
        case Calendar::Kind::Own:
            if (QIdentityProxyModel::data(index, CalendarListModel::IsDefaultRole).toBool())
                return readOnly ? tr("Your main calendar · read-only") : tr("Your main calendar");
            return readOnly ? tr("Yours · read-only") : tr("Yours");
        case Calendar::Kind::Delegate:
            return tr("Delegated to you · read-only here");
        case Calendar::Kind::SharedReadOnly:
            break;
        }
        return tr("Shared with you · read-only");
    }
    case Qt::AccessibleTextRole:
        return QIdentityProxyModel::data(index, CalendarListModel::NameRole);
    case Qt::AccessibleDescriptionRole: {
        const auto kind = Calendar::Kind(QIdentityProxyModel::data(index, CalendarListModel::KindRole).toInt());
        const QString owner = QIdentityProxyModel::data(index, CalendarListModel::OwnerNameRole).toString();
        QStringList parts{
            kind == Calendar::Kind::Own ? data(index, SubtitleRole).toString()
                                        : tr("%1's calendar, %2").arg(owner, data(index, SubtitleRole).toString()),
            QIdentityProxyModel::data(index, CalendarListModel::VisibleRole).toBool() ? tr("shown") : tr("hidden")};
        const QString status = data(index, StatusRole).toString();
        if (!status.isEmpty())
            parts << status;
        return parts.join(u", "_s);
    }
    case Qt::ToolTipRole: {
        const QString status = data(index, StatusRole).toString();
        const QString base = QIdentityProxyModel::data(index, CalendarListModel::ToolTipTextRole).toString();
        return PlainText::toolTip(status.isEmpty() ? base : base + u'\n' + status);
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace MentorDesk
