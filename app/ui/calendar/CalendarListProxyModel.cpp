#include "ui/calendar/CalendarListProxyModel.h"

#include "core/calendar/CalendarListModel.h"
#include "core/calendar/ColleagueCalendars.h"
#include "core/calendar/EventListModel.h"
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
    if (!provider) {
        m_status = nullptr;
        return;
    }
    m_status = [provider = std::move(provider)](const QString &, const QString &calendarId) {
        return provider(calendarId);
    };
}

void CalendarListProxyModel::setAccountStatusProvider(std::function<QString(const QString &, const QString &)> provider)
{
    m_status = std::move(provider);
}

QString CalendarListProxyModel::statusOf(const QModelIndex &index) const
{
    if (!m_status || QIdentityProxyModel::data(index, CalendarListModel::IsAccountHeaderRole).toBool())
        return {};
    return m_status(QIdentityProxyModel::data(index, CalendarListModel::AccountKeyRole).toString(),
                    QIdentityProxyModel::data(index, CalendarListModel::IdRole).toString());
}

void CalendarListProxyModel::statusChanged(const QString &calendarId, const QString &accountKey)
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex i = index(row, 0);
        if (i.data(CalendarListModel::IdRole).toString() == calendarId
            && (accountKey.isEmpty() || i.data(CalendarListModel::AccountKeyRole).toString() == accountKey))
            Q_EMIT dataChanged(i, i, {StatusRole, SubtitleRole, Qt::AccessibleDescriptionRole});
    }
}

QVariant CalendarListProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (QIdentityProxyModel::data(index, CalendarListModel::IsAccountHeaderRole).toBool()) {
        // A section header: the account's name, no calendar behind it.
        const QString name = QIdentityProxyModel::data(index, CalendarListModel::AccountNameRole).toString();
        switch (role) {
        case ResolvedColorRole:
        case SubtitleRole:
        case StatusRole:
            return {};
        case Qt::AccessibleTextRole:
            return tr("Account %1").arg(name);
        case Qt::AccessibleDescriptionRole:
            return tr("The calendars of this account follow");
        case Qt::ToolTipRole:
            return PlainText::toolTip(name);
        default:
            return QIdentityProxyModel::data(index, role);
        }
    }
    const QString id = QIdentityProxyModel::data(index, CalendarListModel::IdRole).toString();
    switch (role) {
    case ResolvedColorRole:
        return m_colors.value(EventListModel::calendarKey(
            QIdentityProxyModel::data(index, CalendarListModel::AccountKeyRole).toString(), id));
    case StatusRole:
        return statusOf(index);
    case SubtitleRole: {
        if (ColleagueCalendars::isAdded(id))
            return ColleagueCalendarsText::subtitle(
                QIdentityProxyModel::data(index, CalendarListModel::CalendarRole).value<Calendar>());
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
