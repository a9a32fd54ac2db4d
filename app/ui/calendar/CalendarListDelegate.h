#pragma once

#include <QStyledItemDelegate>

namespace MentorDesk {

// Paints a calendar row of the calendar list: check box, colour swatch (filled when shown), name, and a second line
// saying whose it is and whether it is read-only, or what went wrong ("Not shared with you any more"). A click
// anywhere on the row, or Space, shows or hides the calendar. An account's header row (several accounts) is painted
// as a section header: the account's name in bold, no check box or swatch.
class CalendarListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    void paintHeader(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace MentorDesk
