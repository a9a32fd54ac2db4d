#include "ui/calendar/MiniMonthView.h"

#include "core/common/DateFormats.h"
#include "ui/calendar/EventPalette.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
constexpr int kHeaderHeight = 30;
} // namespace

MiniMonthView::MiniMonthView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
{
    setObjectName(u"miniMonth"_s);
    setAccessibleName(tr("Month navigator"));
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Arrow keys pick a day, Enter shows it"));
    m_title->setObjectName(u"miniMonthTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_previous->setObjectName(u"miniMonthPrevious"_s);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAutoRaise(true);
    m_previous->setAccessibleName(tr("Previous month"));
    m_previous->setFocusPolicy(Qt::NoFocus); // the grid's PgUp/PgDn-free arrows and the page's keys do this
    m_next->setObjectName(u"miniMonthNext"_s);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAutoRaise(true);
    m_next->setAccessibleName(tr("Next month"));
    m_next->setFocusPolicy(Qt::NoFocus);
    connect(m_previous, &QToolButton::clicked, this, [this] { showMonth(m_month.addMonths(-1)); });
    connect(m_next, &QToolButton::clicked, this, [this] { showMonth(m_month.addMonths(1)); });
    const QDate today = QDate::currentDate();
    m_today = today;
    m_selected = today;
    m_cursor = today;
    m_month = QDate(today.year(), today.month(), 1);
    updateTitle();
}

QSize MiniMonthView::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int cell = qMax(26, metrics.height() + 10);
    return QSize(cell * 7 + 8, kHeaderHeight + cell * 7 + 4);
}

QSize MiniMonthView::minimumSizeHint() const
{
    return sizeHint();
}

void MiniMonthView::setSelectedDate(QDate date)
{
    if (!date.isValid())
        return;
    m_selected = date;
    m_cursor = date;
    showMonth(date);
    update();
    updateTitle();
}

void MiniMonthView::showMonth(QDate anyDayOfMonth)
{
    if (!anyDayOfMonth.isValid())
        return;
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    if (first == m_month)
        return;
    m_month = first;
    if (m_cursor < firstVisibleDate() || m_cursor > lastVisibleDate())
        m_cursor = first;
    updateTitle();
    update();
    Q_EMIT currentPageChanged(first.year(), first.month());
}

void MiniMonthView::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    m_firstDayOfWeek = day;
    update();
}

void MiniMonthView::setToday(QDate today)
{
    m_today = today;
    update();
}

void MiniMonthView::setBusyDates(const QSet<QDate> &dates)
{
    if (dates == m_busy)
        return;
    m_busy = dates;
    update();
}

void MiniMonthView::setHighlightedRange(QDate first, QDate last)
{
    m_rangeFirst = first;
    m_rangeLast = last;
    update();
}

QDate MiniMonthView::firstVisibleDate() const
{
    const int offset = (m_month.dayOfWeek() - int(m_firstDayOfWeek) + 7) % 7;
    return m_month.addDays(-offset);
}

QRectF MiniMonthView::gridRect() const
{
    return QRectF(4, kHeaderHeight, width() - 8, height() - kHeaderHeight - 4);
}

QRect MiniMonthView::dateRect(QDate date) const
{
    const int index = int(firstVisibleDate().daysTo(date));
    if (index < 0 || index >= 42)
        return {};
    const QRectF grid = gridRect();
    const qreal cellWidth = grid.width() / 7;
    const qreal cellHeight = grid.height() / 7; // a row of weekday initials, then six weeks
    return QRectF(grid.left() + (index % 7) * cellWidth, grid.top() + (index / 7 + 1) * cellHeight, cellWidth,
                  cellHeight)
        .toAlignedRect();
}

QDate MiniMonthView::dateAt(const QPoint &pos) const
{
    const QRectF grid = gridRect();
    const qreal cellWidth = grid.width() / 7;
    const qreal cellHeight = grid.height() / 7;
    const int column = int((pos.x() - grid.left()) / cellWidth);
    const int row = int((pos.y() - grid.top()) / cellHeight) - 1;
    if (column < 0 || column > 6 || row < 0 || row > 5 || pos.x() < grid.left())
        return {};
    return firstVisibleDate().addDays(row * 7 + column);
}

void MiniMonthView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int button = kHeaderHeight - 6;
    m_previous->setGeometry(width() - 2 * button - 6, 3, button, button);
    m_next->setGeometry(width() - button - 4, 3, button, button);
    m_title->setGeometry(8, 0, width() - 2 * button - 16, kHeaderHeight);
}

void MiniMonthView::updateTitle()
{
    const QLocale locale;
    m_title->setText(locale.toString(m_month, DateFormats::longMonthYear()));
    setAccessibleDescription(
        tr("%1; selected %2")
            .arg(m_title->text(), locale.toString(m_cursor.isValid() ? m_cursor : m_selected, QLocale::LongFormat)));
}

void MiniMonthView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor secondary = EventPalette::mix(text, base, 0.45);
    const QColor dim = EventPalette::mix(text, base, 0.6);
    const QColor accent = pal.color(QPalette::Highlight);
    const QRectF grid = gridRect();
    const qreal cellWidth = grid.width() / 7;
    const qreal cellHeight = grid.height() / 7;
    const QLocale locale;

    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    painter.setPen(secondary);
    for (int column = 0; column < 7; ++column) {
        const int day = (int(m_firstDayOfWeek) - 1 + column) % 7 + 1;
        // Narrow names ("M"), unless the locale has none (the C locale answers with numbers).
        QString name = locale.dayName(day, QLocale::NarrowFormat);
        if (name.isEmpty() || name.at(0).isDigit())
            name = locale.dayName(day, QLocale::ShortFormat).left(2);
        painter.drawText(QRectF(grid.left() + column * cellWidth, grid.top(), cellWidth, cellHeight), Qt::AlignCenter,
                         name);
    }

    QFont normal = font();
    QFont bold = font();
    bold.setWeight(QFont::Bold);
    const QDate first = firstVisibleDate();
    painter.setRenderHint(QPainter::Antialiasing);
    for (int index = 0; index < 42; ++index) {
        const QDate date = first.addDays(index);
        const QRectF cell = dateRect(date);
        if (m_rangeFirst.isValid() && date >= m_rangeFirst && date <= m_rangeLast) {
            QColor tint = accent;
            tint.setAlphaF(0.12f);
            painter.fillRect(cell.adjusted(0, 2, 0, -2), tint);
        }
        const qreal size = qMin(cell.width(), cell.height()) - 4;
        const QRectF circle(cell.center().x() - size / 2, cell.center().y() - size / 2, size, size);
        QColor pen = date.month() == m_month.month() ? text : dim;
        if (date == m_selected) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(accent);
            painter.drawEllipse(circle);
            pen = pal.color(QPalette::HighlightedText);
        } else if (date == m_today) {
            painter.setPen(QPen(accent, 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(circle.adjusted(1, 1, -1, -1));
            pen = accent;
        }
        if (hasFocus() && date == m_cursor) {
            painter.setPen(QPen(text, 1, Qt::DotLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell.adjusted(1.5, 1.5, -1.5, -1.5));
        }
        painter.setFont(m_busy.contains(date) ? bold : normal);
        painter.setPen(pen);
        painter.drawText(cell, Qt::AlignCenter, QString::number(date.day()));
    }
}

void MiniMonthView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QDate date = dateAt(event->position().toPoint());
    if (!date.isValid())
        return;
    setFocus(Qt::MouseFocusReason);
    m_cursor = date;
    Q_EMIT activated(date);
}

void MiniMonthView::moveCursor(QDate date)
{
    m_cursor = date;
    if (date < firstVisibleDate() || date > lastVisibleDate() || date.month() != m_month.month())
        showMonth(date);
    updateTitle();
    update();
}

void MiniMonthView::keyPressEvent(QKeyEvent *event)
{
    const QDate from = m_cursor.isValid() ? m_cursor : m_selected;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    switch (event->key()) {
    case Qt::Key_Left:
        moveCursor(from.addDays(rtl ? 1 : -1));
        return;
    case Qt::Key_Right:
        moveCursor(from.addDays(rtl ? -1 : 1));
        return;
    case Qt::Key_Up:
        moveCursor(from.addDays(-7));
        return;
    case Qt::Key_Down:
        moveCursor(from.addDays(7));
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT activated(from);
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void MiniMonthView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    m_cursor = m_selected;
    updateTitle();
    update();
}

void MiniMonthView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void MiniMonthView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LocaleChange)
        updateTitle();
}

} // namespace MentorDesk
