#pragma once

#include <QColor>
#include <QHash>
#include <QIdentityProxyModel>

#include <functional>

namespace MentorDesk {

// CalendarListModel as the calendar list shows it: the resolved colour per calendar (also for "auto"), a subtitle
// ("Shared by Priya Sharma · read-only"), the sync status ("Not shared with you any more") and accessible text.
// Account header rows (CalendarListModel::IsAccountHeaderRole) get no colour, subtitle or status.
class CalendarListProxyModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    enum Role {
        ResolvedColorRole = Qt::UserRole + 100, // QColor
        SubtitleRole, // QString
        StatusRole, // QString, empty when fine
    };

    explicit CalendarListProxyModel(QObject *parent = nullptr);

    // Colours per EventListModel::calendarKey(accountKey, calendarId).
    void setColors(const QHash<QString, QColor> &colors);
    // Status text per calendar id (CalendarSync::calendarStatusText()); single account.
    void setStatusProvider(std::function<QString(const QString &calendarId)> provider);
    // The same per account: the account's own sync knows its calendars.
    void
    setAccountStatusProvider(std::function<QString(const QString &accountKey, const QString &calendarId)> provider);
    // An empty accountKey matches the calendar in any account.
    void statusChanged(const QString &calendarId, const QString &accountKey = {});

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QHash<QString, QColor> m_colors;
    QString statusOf(const QModelIndex &index) const;

    std::function<QString(const QString &, const QString &)> m_status;
};

} // namespace MentorDesk
