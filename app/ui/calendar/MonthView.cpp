#include "ui/calendar/MonthView.h"

#include "core/calendar/EventFormatter.h"
#include "core/calendar/EventLayout.h"
#include "core/calendar/EventListModel.h"
#include "core/common/DateFormats.h"
#include "core/common/PlainText.h"
#include "core/model/GraphTime.h"
#include "ui/calendar/EventPalette.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace MentorDesk {

MonthView::MonthView(QWidget *parent)
    : CalendarView(parent)
{
    setObjectName(u"monthView"_s);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setToolTip(tr("Arrow keys move the day, Ctrl+Up/Down pick an event, Enter opens it"));
    updateAccessibleName();
}

QString MonthView::viewName() const
{
    const CalendarRange r = range();
    if (!r.isValid())
        return tr("Month view");
    return tr("Month view, %1").arg(locale().toString(r.monthFirstDate(), DateFormats::longMonthYear()));
}

void MonthView::modelReloaded()
{
    relayout();
    updateAccessibleName();
}

void MonthView::resizeEvent(QResizeEvent *event)
{
    CalendarView::resizeEvent(event);
    relayout();
}

void MonthView::relayout()
{
    m_hits.clear();
    const CalendarRange r = range();
    const QFontMetricsF metrics(font());
    m_headerHeight = std::ceil(metrics.height() + 12);
    m_dateHeight = std::ceil(metrics.height() + 8);
    m_rowHeight = std::ceil(metrics.height() + 5);
    m_weeks = r.isValid() ? qMax(1, r.dayCount() / 7) : 6;
    m_cellWidth = viewport()->width() / 7.0;
    m_cellHeight = (viewport()->height() - m_headerHeight) / m_weeks;
    m_visibleRows = qMax(1, int((m_cellHeight - m_dateHeight - 4) / m_rowHeight));
    if (!model() || !r.isValid()) {
        viewport()->update();
        return;
    }
    const QList<Event> &events = model()->events();
    const MonthLayout layout = model()->monthLayout(m_visibleRows);
    const QLocale loc = locale();
    const QString timeFormat = EventFormatter::timeFormat(loc);
    for (int week = 0; week < layout.weeks.size(); ++week) {
        const MonthWeekLayout &row = layout.weeks.at(week);
        const qreal top = m_headerHeight + week * m_cellHeight + m_dateHeight;
        for (const StripLayoutItem &item : row.items) {
            if (item.eventIndex < 0 || item.eventIndex >= events.size())
                continue;
            const Event &event = events.at(item.eventIndex);
            Hit hit;
            hit.row = item.eventIndex;
            hit.date = row.firstDate.addDays(item.firstColumn);
            hit.bar = EventLayout::belongsInStrip(event) || event.spansMultipleDays(r.timeZone())
                || item.lastColumn > item.firstColumn || item.continuesBefore || item.continuesAfter;
            hit.continuesBefore = item.continuesBefore;
            hit.continuesAfter = item.continuesAfter;
            hit.rect = QRectF(item.firstColumn * m_cellWidth + 3, top + item.row * m_rowHeight,
                              (item.lastColumn - item.firstColumn + 1) * m_cellWidth - 6, m_rowHeight - 2);
            hit.subject = EventFormatter::displaySubject(event, tr("(no title)"));
            if (!event.isAllDay && !(hit.bar && item.continuesBefore))
                hit.time = loc.toString(GraphTime::toViewerTime(event.start, r.timeZone()).time(), timeFormat);
            m_hits << hit;
        }
        for (int day = 0; day < row.moreCount.size() && day < 7; ++day) {
            const int more = row.moreCount.at(day);
            if (more <= 0)
                continue;
            Hit hit;
            hit.more = true;
            hit.moreCount = more;
            hit.date = row.firstDate.addDays(day);
            hit.rect = QRectF(day * m_cellWidth + 3, top + (m_visibleRows - 1) * m_rowHeight, m_cellWidth - 6,
                              m_rowHeight - 2);
            m_hits << hit;
        }
    }
    viewport()->update();
}

QRectF MonthView::cellRect(QDate date) const
{
    const CalendarRange r = range();
    if (!r.isValid() || !r.containsDate(date))
        return {};
    const int index = int(r.firstDate().daysTo(date));
    return QRectF((index % 7) * m_cellWidth, m_headerHeight + (index / 7) * m_cellHeight, m_cellWidth, m_cellHeight);
}

QRectF MonthView::eventRect(int row, QDate date) const
{
    for (const Hit &hit : m_hits) {
        if (hit.row == row && !hit.more) {
            const QRectF cell = cellRect(date);
            if (!date.isValid() || hit.rect.intersects(cell))
                return hit.rect;
        }
    }
    return {};
}

QRectF MonthView::moreRect(QDate date) const
{
    for (const Hit &hit : m_hits) {
        if (hit.more && hit.date == date)
            return hit.rect;
    }
    return {};
}

QDate MonthView::dateAt(const QPointF &pos) const
{
    const CalendarRange r = range();
    if (!r.isValid() || pos.y() < m_headerHeight || m_cellWidth <= 0 || m_cellHeight <= 0)
        return {};
    const int column = qBound(0, int(pos.x() / m_cellWidth), 6);
    const int week = qBound(0, int((pos.y() - m_headerHeight) / m_cellHeight), m_weeks - 1);
    return r.firstDate().addDays(week * 7 + column);
}

const MonthView::Hit *MonthView::hitAt(const QPointF &pos) const
{
    for (const Hit &hit : m_hits) {
        if (hit.rect.contains(pos))
            return &hit;
    }
    return nullptr;
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette pal = palette();
    const bool dark = EventPalette::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor secondary = EventPalette::mix(text, base, 0.42);
    const QColor gridLine = EventPalette::mix(base, text, dark ? 0.16 : 0.12);
    const QColor weekend = EventPalette::mix(base, text, dark ? 0.035 : 0.025);
    const QColor accent = pal.color(QPalette::Highlight);
    painter.fillRect(viewport()->rect(), base);
    const CalendarRange r = range();
    if (!r.isValid())
        return;
    const QLocale loc = locale();

    // Weekday names.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.92);
    painter.setFont(small);
    painter.setPen(secondary);
    for (int column = 0; column < 7; ++column) {
        const QDate date = r.firstDate().addDays(column);
        painter.drawText(QRectF(column * m_cellWidth, 0, m_cellWidth, m_headerHeight), Qt::AlignCenter,
                         loc.dayName(date.dayOfWeek(), QLocale::ShortFormat));
    }
    painter.setPen(gridLine);
    painter.drawLine(QPointF(0, m_headerHeight - 0.5), QPointF(viewport()->width(), m_headerHeight - 0.5));

    // Cells.
    const QDate todayDate = today();
    const QDate selected = selectedDate();
    QFont dateFont = font();
    for (int index = 0; index < r.dayCount(); ++index) {
        const QDate date = r.firstDate().addDays(index);
        const QRectF cell = cellRect(date);
        if (date.dayOfWeek() >= 6)
            painter.fillRect(cell, weekend);
        if (date == selected) {
            QColor tint = accent;
            tint.setAlphaF(hasFocus() ? 0.14f : 0.08f);
            painter.fillRect(cell, tint);
        }
        painter.setPen(gridLine);
        painter.drawLine(cell.topRight() + QPointF(-0.5, 0), cell.bottomRight() + QPointF(-0.5, 0));
        painter.drawLine(cell.bottomLeft() + QPointF(0, -0.5), cell.bottomRight() + QPointF(0, -0.5));

        const bool inMonth = date >= r.monthFirstDate() && date <= r.monthLastDate();
        QString label = loc.toString(date, u"d"_s);
        if (date.day() == 1)
            label = loc.toString(date, DateFormats::dayMonth());
        dateFont.setWeight(date == todayDate ? QFont::Bold : QFont::Normal);
        painter.setFont(dateFont);
        const QFontMetricsF dateMetrics(dateFont);
        const qreal labelWidth = dateMetrics.horizontalAdvance(label);
        const QRectF labelRect(cell.left() + 6, cell.top() + 3, labelWidth + 2, m_dateHeight - 6);
        if (date == todayDate) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(accent);
            const qreal size = m_dateHeight - 4;
            const qreal width = qMax(size, labelWidth + 10);
            painter.drawRoundedRect(QRectF(labelRect.left() - 4, cell.top() + 2, width, size), size / 2, size / 2);
            painter.restore();
            painter.setPen(pal.color(QPalette::HighlightedText));
            painter.drawText(QRectF(labelRect.left() - 4, cell.top() + 2, width, m_dateHeight - 4), Qt::AlignCenter,
                             label);
        } else {
            painter.setPen(inMonth ? text : EventPalette::mix(text, base, 0.55));
            painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, label);
        }
    }
    painter.setFont(font());

    // Events.
    const QList<Event> &events = model()->events();
    const int selectedIndex = selectedRow();
    const TextStyle &style = textStyle();
    for (const Hit &hit : std::as_const(m_hits)) {
        if (hit.more) {
            painter.setPen(pal.color(QPalette::Link));
            painter.setFont(style.bold);
            // "+3 more" where it fits; a narrow cell (or a longer language) gets the bare "+3".
            const QRectF moreRect = hit.rect.adjusted(4, 0, 0, 0);
            QString more = tr("+%n more", nullptr, hit.moreCount);
            if (QFontMetricsF(style.bold).horizontalAdvance(more) > moreRect.width())
                more = tr("+%n", "a cell too narrow for \"+3 more\"", hit.moreCount);
            painter.drawText(moreRect, Qt::AlignLeft | Qt::AlignVCenter, more);
            continue;
        }
        const Event &event = events.at(hit.row);
        const bool isSelected = hit.row == selectedIndex;
        if (hit.bar) {
            paintEventBlock(painter, hit.rect, event, isSelected,
                            {hit.time.isEmpty() ? hit.subject : hit.time + u' ' + hit.subject}, hit.continuesBefore,
                            hit.continuesAfter);
            continue;
        }
        // A timed event: a coloured dot, the start time, the subject.
        const EventPalette::Colors colors = EventPalette::forEvent(event, colorFor(event), pal, isSelected);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        if (isSelected) {
            painter.setPen(QPen(colors.border, 1.5));
            painter.setBrush(colors.fill);
            painter.drawRoundedRect(hit.rect, 3, 3);
        }
        const qreal dot = 7;
        const QRectF dotRect(hit.rect.left() + 4, hit.rect.center().y() - dot / 2, dot, dot);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.accent);
        if (colors.hatched) {
            painter.setPen(QPen(colors.accent, 1.5));
            painter.setBrush(Qt::NoBrush);
        }
        painter.drawEllipse(dotRect);
        painter.setRenderHint(QPainter::Antialiasing, false);
        qreal x = dotRect.right() + 5;
        painter.setFont(style.plain);
        painter.setPen(EventPalette::mix(text, base, colors.faded ? 0.6 : 0.35));
        const qreal timeWidth = style.plainMetrics.horizontalAdvance(hit.time);
        painter.setClipRect(hit.rect);
        painter.drawText(QRectF(x, hit.rect.top(), timeWidth + 1, hit.rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         hit.time);
        x += timeWidth + 5;
        painter.setFont(event.isCancelled ? style.boldStruck : style.plain);
        painter.setPen(colors.faded ? EventPalette::mix(text, base, 0.45) : text);
        const qreal room = hit.rect.right() - x - 2;
        painter.drawText(QRectF(x, hit.rect.top(), room, hit.rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         fitted(event.isCancelled ? style.boldMetrics : style.plainMetrics, hit.subject, room));
        painter.restore();
    }

    // Keyboard focus on the selected day.
    if (hasFocus() && selected.isValid() && r.containsDate(selected)) {
        painter.setPen(QPen(accent, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cellRect(selected).adjusted(1, 1, -2, -2));
    }
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        CalendarView::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->position();
    const QDate date = dateAt(pos);
    if (const Hit *hit = hitAt(pos)) {
        if (hit->more) {
            setSelectedDate(hit->date);
            Q_EMIT dayActivated(hit->date);
            return;
        }
        setSelection(date.isValid() ? date : hit->date, hit->row);
        return;
    }
    if (date.isValid())
        setSelectedDate(date);
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF pos = event->position();
    if (const Hit *hit = hitAt(pos)) {
        if (!hit->more)
            Q_EMIT eventActivated(model()->eventAt(hit->row));
        return;
    }
    const QDate date = dateAt(pos);
    if (date.isValid())
        Q_EMIT dayActivated(date);
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    if (!event->modifiers().testFlag(Qt::ControlModifier) && selectedDate().isValid()) {
        int step = 0;
        switch (event->key()) {
        case Qt::Key_Left:
            step = layoutDirection() == Qt::RightToLeft ? 1 : -1;
            break;
        case Qt::Key_Right:
            step = layoutDirection() == Qt::RightToLeft ? -1 : 1;
            break;
        case Qt::Key_Up:
            step = -7;
            break;
        case Qt::Key_Down:
            step = 7;
            break;
        case Qt::Key_Home:
            setSelectedDate(selectedDate().addDays(1 - selectedDate().day()));
            return;
        case Qt::Key_End:
            setSelectedDate(selectedDate().addDays(selectedDate().daysInMonth() - selectedDate().day()));
            return;
        default:
            break;
        }
        if (step != 0) {
            setSelectedDate(selectedDate().addDays(step));
            return;
        }
    }
    CalendarView::keyPressEvent(event);
}

void MonthView::activateEmpty()
{
    if (selectedDate().isValid())
        Q_EMIT dayActivated(selectedDate());
}

bool MonthView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit *hit = hitAt(help->pos());
        if (hit && !hit->more && model()) {
            const Event e = model()->eventAt(hit->row);
            QString tip = EventFormatter::displaySubject(e, tr("(no title)")) + u'\n'
                + EventFormatter::timeRange(e, range().timeZone());
            if (!e.location.displayName.isEmpty())
                tip += u'\n' + e.location.displayName;
            QToolTip::showText(help->globalPos(), PlainText::toolTip(tip), viewport()); // Graph's text, literally
        } else if (hit && hit->more) {
            QToolTip::showText(help->globalPos(), tr("Show all events of this day"), viewport());
        } else {
            QToolTip::showText(help->globalPos(), toolTip(), viewport());
        }
        return true;
    }
    return CalendarView::viewportEvent(event);
}

} // namespace MentorDesk
