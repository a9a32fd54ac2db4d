#include "ui/calendar/CalendarListDelegate.h"

#include "core/calendar/CalendarListModel.h"
#include "ui/calendar/CalendarListProxyModel.h"
#include "ui/calendar/EventPalette.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace MentorDesk {

void CalendarListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background (selection, hover) as the style draws it, without text or check box.
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    if (index.data(CalendarListModel::IsAccountHeaderRole).toBool()) {
        paintHeader(painter, option, index);
        return;
    }

    const QRect rect = option.rect.adjusted(8, 4, -8, -4);
    const bool shown = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = EventPalette::mix(text, pal.color(selected ? QPalette::Highlight : QPalette::Base), 0.4);

    // Check box.
    QStyleOptionViewItem check = option;
    check.rect = QRect(rect.left(), rect.top() + (rect.height() - 16) / 2, 16, 16);
    check.state = (option.state & ~QStyle::State_HasFocus) | (shown ? QStyle::State_On : QStyle::State_Off);
    style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &check, painter, widget);

    // Swatch.
    const QColor color = index.data(CalendarListProxyModel::ResolvedColorRole).value<QColor>();
    const QRectF swatch(rect.left() + 24, rect.top() + (rect.height() - 12) / 2.0, 12, 12);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color.isValid() ? color : secondary, 1.5));
    painter->setBrush(shown && color.isValid() ? QBrush(color) : Qt::NoBrush);
    painter->drawRoundedRect(swatch.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3);
    painter->restore();

    // Name and second line.
    const int textLeft = rect.left() + 44;
    const QRect textRect(textLeft, rect.top(), rect.right() - textLeft, rect.height());
    const QFontMetrics metrics(option.font);
    const QString name = index.data(Qt::DisplayRole).toString();
    const QString status = index.data(CalendarListProxyModel::StatusRole).toString();
    const QString subtitle = status.isEmpty() ? index.data(CalendarListProxyModel::SubtitleRole).toString() : status;
    QFont nameFont = option.font;
    nameFont.setWeight(QFont::DemiBold);
    painter->save();
    painter->setFont(nameFont);
    painter->setPen(shown ? text : secondary);
    const int lineHeight = metrics.height();
    const int top = textRect.top() + (textRect.height() - 2 * lineHeight - 2) / 2;
    painter->drawText(QRect(textRect.left(), top, textRect.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, textRect.width()));
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(status.isEmpty() ? secondary : Theme::warning());
    painter->drawText(QRect(textRect.left(), top + lineHeight + 2, textRect.width(), lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(subtitle, Qt::ElideRight, textRect.width()));
    painter->restore();

    if (option.state.testFlag(QStyle::State_HasFocus)) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = option.rect.adjusted(1, 1, -1, -1);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

void CalendarListDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    // A section header: the account's name in bold at the bottom of the row, close to its calendars.
    const QRect rect = option.rect.adjusted(8, 4, -8, -4);
    QFont font = option.font;
    font.setWeight(QFont::Bold);
    const QFontMetrics metrics(font);
    painter->save();
    painter->setFont(font);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignBottom,
                      metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, rect.width()));
    painter->setPen(EventPalette::mix(option.palette.color(QPalette::Text), option.palette.color(QPalette::Base), 0.8));
    painter->drawLine(rect.bottomLeft() + QPoint(0, 3), rect.bottomRight() + QPoint(0, 3));
    painter->restore();
    if (option.state.testFlag(QStyle::State_HasFocus)) {
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = option.rect.adjusted(1, 1, -1, -1);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

QSize CalendarListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return QSize(200, metrics.height() * 2 + 16);
}

bool CalendarListDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                       const QModelIndex &index)
{
    if (!(index.flags() & Qt::ItemIsUserCheckable) || !(index.flags() & Qt::ItemIsEnabled))
        return false;
    bool toggle = false;
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        toggle = mouse->button() == Qt::LeftButton && option.rect.contains(mouse->position().toPoint());
    } else if (event->type() == QEvent::MouseButtonDblClick) {
        return true; // a double click is two toggles otherwise
    } else if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        toggle = key == Qt::Key_Space || key == Qt::Key_Select;
    }
    if (!toggle)
        return false;
    const bool shown = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    return model->setData(index, shown ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

} // namespace MentorDesk
