#include "ui/teams/BadgeItemDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace MentorDesk {

namespace {
constexpr int kBadgeHPadding = 6;
constexpr int kBadgeMargin = 6;

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(qMax(7.0, base.pointSizeF() * 0.85));
    return font;
}
} // namespace

BadgeItemDelegate::BadgeItemDelegate(int badgeRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_badgeRole(badgeRole)
{ }

QSize BadgeItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    const QString badge = index.data(m_badgeRole).toString();
    if (!badge.isEmpty())
        size.rwidth()
            += QFontMetrics(badgeFont(option.font)).horizontalAdvance(badge) + 2 * kBadgeHPadding + 2 * kBadgeMargin;
    return size;
}

void BadgeItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString badge = index.data(m_badgeRole).toString();
    const bool dimmed = m_enabledRole >= 0 && !index.data(m_enabledRole).toBool();

    const QFont font = badgeFont(opt.font);
    const QFontMetrics metrics(font);
    const int badgeWidth = badge.isEmpty() ? 0 : metrics.horizontalAdvance(badge) + 2 * kBadgeHPadding;
    QRect badgeRect;
    if (!badge.isEmpty()) {
        const int height = metrics.height() + 2;
        badgeRect = QRect(opt.rect.right() - kBadgeMargin - badgeWidth, opt.rect.center().y() - height / 2 + 1,
                          badgeWidth, height);
    }

    // The row itself (selection, focus, text) with room left for the badge.
    QStyleOptionViewItem textOption = opt;
    if (dimmed && !(opt.state & QStyle::State_Selected))
        textOption.palette.setColor(QPalette::Text, opt.palette.color(QPalette::PlaceholderText));
    textOption.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &textOption, painter, widget);

    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    if (!badge.isEmpty())
        textRect.setRight(badgeRect.left() - kBadgeMargin);
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QColor textColor = opt.state & QStyle::State_Selected ? opt.palette.color(group, QPalette::HighlightedText)
                                                          : opt.palette.color(group, QPalette::Text);
    if (dimmed && !(opt.state & QStyle::State_Selected))
        textColor = opt.palette.color(group, QPalette::PlaceholderText);
    painter->save();
    painter->setPen(textColor);
    painter->setFont(opt.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeading | Qt::TextSingleLine,
                      opt.fontMetrics.elidedText(opt.text, Qt::ElideRight, textRect.width()));
    if (!badge.isEmpty()) {
        painter->setRenderHint(QPainter::Antialiasing);
        QColor border = opt.state & QStyle::State_Selected ? opt.palette.color(group, QPalette::HighlightedText)
                                                           : opt.palette.color(group, QPalette::PlaceholderText);
        painter->setPen(QPen(border, 1));
        painter->setBrush(Qt::NoBrush);
        QPainterPath path;
        path.addRoundedRect(QRectF(badgeRect).adjusted(0.5, 0.5, -0.5, -0.5), badgeRect.height() / 2.0,
                            badgeRect.height() / 2.0);
        painter->drawPath(path);
        painter->setFont(font);
        painter->setPen(border);
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
    }
    painter->restore();
}

} // namespace MentorDesk
