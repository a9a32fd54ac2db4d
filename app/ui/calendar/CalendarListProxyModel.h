#pragma once

#include <QColor>
#include <QHash>
#include <QIdentityProxyModel>

#include <functional>

namespace MentorDesk {

// CalendarListModel as the calendar list shows it: the resolved colour per calendar (also for "auto"), a subtitle
// ("Shared by Priya Sharma · read-only"), the sync status ("Not shared with you any more") and accessible text.
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

    void setColors(const QHash<QString, QColor> &colors);
    // Status text per calendar id (CalendarSync::calendarStatusText()).
    void setStatusProvider(std::function<QString(const QString &calendarId)> provider);
    void statusChanged(const QString &calendarId);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QHash<QString, QColor> m_colors;
    std::function<QString(const QString &)> m_status;
};

} // namespace MentorDesk
