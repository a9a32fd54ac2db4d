#pragma once

#include <QStyledItemDelegate>

namespace MentorDesk {

// A list row with a small rounded mark on the right ("Archived", "Private"), read from badgeRole; rows whose
// badge is "dimmed" (dimRole true) draw their name in the placeholder colour.
class BadgeItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    BadgeItemDelegate(int badgeRole, QObject *parent = nullptr);

    // Rows where this role is false are drawn dimmed (e.g. archived teams: not postable). -1: none.
    void setEnabledRole(int role) { m_enabledRole = role; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_badgeRole;
    int m_enabledRole = -1;
};

} // namespace MentorDesk
