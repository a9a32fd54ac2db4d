#include "ui/calendar/TimeGridView.h"

#include "core/calendar/EventFormatter.h"
#include "core/calendar/EventListModel.h"
#include "core/common/DateFormats.h"
#include "core/common/PlainText.h"
#include "core/model/GraphTime.h"
#include "ui/calendar/EventPalette.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
int snap(int minute, int step)
{
    return qBound(0, int(std::floor(double(minute) / step)) * step, 24 * 60);
}
} // namespace

TimeGridView::TimeGridView(QWidget *parent)
    : CalendarView(parent)
{
    setObjectName(u"timeGridView"_s);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    verticalScrollBar()->setSingleStep(20);
    setToolTip(tr("Arrow keys move the day and time, Ctrl+Up/Down pick an event, Enter opens it or books the free "
                  "time; drag over free time to book it; Ctrl+wheel zooms"));
    m_minuteTimer.setInterval(60 * 1000);
    m_minuteTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_minuteTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_minuteTimer.start();
    updateAccessibleName();
}

QString TimeGridView::viewName() const
{
    const CalendarRange r = range();
    if (!r.isValid())
        return tr("Week view");
    const QLocale loc = locale();
    if (r.dayCount() == 1)
        return tr("Day view, %1").arg(loc.toString(r.firstDate(), QLocale::LongFormat));
    return tr("Week view, %1 to %2")
        .arg(loc.toString(r.firstDate(), QLocale::LongFormat), loc.toString(r.lastDate(), QLocale::LongFormat));
}

QString TimeGridView::selectionDescription() const
{
    if (hasSelectedEvent() || !selectedDate().isValid())
        return CalendarView::selectionDescription();
    const QLocale loc = locale();
    const QTime from = QTime(0, 0).addSecs(m_cursorMinute * 60);
    const QTime to = QTime(0, 0).addSecs(qMin(m_cursorMinute + kSlotMinutes, 24 * 60 - 1) * 60);
    return tr("Selected time: %1, %2 to %3, free. Enter books a session here.")
        .arg(loc.toString(selectedDate(), QLocale::LongFormat), EventFormatter::timeOfDay(from, loc),
             EventFormatter::timeOfDay(to, loc));
}

int TimeGridView::dayCount() const
{
    const CalendarRange r = range();
    return r.isValid() ? r.dayCount() : 7;
}

qreal TimeGridView::columnWidth() const
{
    return qMax<qreal>(10, (viewport()->width() - m_axisWidth) / dayCount());
}

qreal TimeGridView::columnLeft(int index) const
{
    return m_axisWidth + index * columnWidth();
}

qreal TimeGridView::yForMinute(int minute) const
{
    return gridTop() + minute * m_hourHeight / 60.0 - verticalScrollBar()->value();
}

int TimeGridView::minuteAt(qreal y) const
{
    return qBound(0, int((y - gridTop() + verticalScrollBar()->value()) * 60.0 / m_hourHeight), 24 * 60 - 1);
}

QDate TimeGridView::dateAt(qreal x) const
{
    const CalendarRange r = range();
    if (!r.isValid() || x < m_axisWidth)
        return {};
    const int index = qBound(0, int((x - m_axisWidth) / columnWidth()), dayCount() - 1);
    return r.firstDate().addDays(index);
}

QDateTime TimeGridView::toUtc(QDate date, int minute) const
{
    if (minute >= 24 * 60)
        return GraphTime::toUtc(date.addDays(1), QTime(0, 0), range().timeZone());
    return GraphTime::toUtc(date, QTime(0, 0).addSecs(qMax(0, minute) * 60), range().timeZone());
}

int TimeGridView::firstVisibleMinute() const
{
    return int(verticalScrollBar()->value() * 60.0 / m_hourHeight);
}

void TimeGridView::setWorkingHours(int startMinute, int endMinute)
{
    m_workStart = qBound(0, startMinute, 24 * 60);
    m_workEnd = qBound(m_workStart, endMinute, 24 * 60);
    viewport()->update();
}

void TimeGridView::setCursorMinute(int minute)
{
    m_cursorMinute = qBound(0, snap(minute, kSlotMinutes), 24 * 60 - kSlotMinutes);
    updateAccessibleName();
    viewport()->update();
}

void TimeGridView::scrollToMinute(int minute)
{
    verticalScrollBar()->setValue(int(minute * m_hourHeight / 60.0));
}

void TimeGridView::modelReloaded()
{
    relayout();
    updateAccessibleName();
}

void TimeGridView::resizeEvent(QResizeEvent *event)
{
    CalendarView::resizeEvent(event);
    relayout();
}

void TimeGridView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimeGridView::updateScrollRange()
{
    const int content = int(std::ceil(24 * m_hourHeight));
    const int visible = qMax(0, int(viewport()->height() - gridTop()));
    verticalScrollBar()->setRange(0, qMax(0, content - visible));
    verticalScrollBar()->setPageStep(visible);
}

void TimeGridView::setSecondTimeZone(const QTimeZone &zone)
{
    if (zone == m_secondZone)
        return;
    m_secondZone = zone;
    relayout();
    viewport()->update();
}

QDate TimeGridView::gridDate() const
{
    // One axis serves every column: it follows the first visible day (or today, when it is shown), so it is right
    // on that day even across a change to or from daylight saving time in either zone.
    const CalendarRange r = range();
    if (!r.isValid())
        return today();
    const QDate now = today();
    return now >= r.firstDate() && now <= r.lastDate() ? now : r.firstDate();
}

QString TimeGridView::zoneAbbreviation(const QTimeZone &zone, QDate date)
{
    const QDateTime at = GraphTime::toUtc(date, QTime(12, 0), zone);
    const QString abbreviation = zone.abbreviation(at);
    // Where a zone has no letters of its own, ICU and the tz database give "+09" or "GMT+9": fine as a label.
    return abbreviation.isEmpty() ? zone.displayName(at, QTimeZone::OffsetName) : abbreviation;
}

QString TimeGridView::secondZoneHeader() const
{
    return zoneAbbreviation(m_secondZone, gridDate());
}

QString TimeGridView::secondZoneLabel(int hour) const
{
    if (!m_secondZone.isValid())
        return {};
    const CalendarRange r = range();
    const QTimeZone zone = r.isValid() ? r.timeZone() : QTimeZone::systemTimeZone();
    const QDate date = gridDate();
    const QDateTime there = GraphTime::toUtc(date, QTime(hour, 0), zone).toTimeZone(m_secondZone);
    QString label = EventFormatter::timeOfDay(there.time(), locale());
    const qint64 days = date.daysTo(there.date());
    if (days != 0) // the other zone is already in tomorrow, or still in yesterday
        label += u' ' + locale().toString(qlonglong(days)).prepend(days > 0 ? u"+"_s : QString());
    return label;
}

void TimeGridView::relayout()
{
    m_hits.clear();
    const QFontMetricsF metrics(font());
    const QLocale loc = locale();
    qreal labelWidth = 0;
    for (int hour = 0; hour < 24; hour += 1)
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(EventFormatter::timeOfDay(QTime(hour, 0), loc)));
    // The axis also holds the all-day strip's label, in a smaller font (longer in some languages: "Ganztägig").
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const qreal allDayWidth = QFontMetricsF(small).horizontalAdvance(tr("All day"));
    m_axisWidth = std::ceil(qMax(labelWidth + 16, allDayWidth + 10));
    m_secondAxisWidth = 0;
    if (m_secondZone.isValid()) {
        // The second axis may need a day mark ("+1"), and heads its column with the zone's abbreviation.
        qreal secondWidth = metrics.horizontalAdvance(secondZoneHeader());
        for (int hour = 1; hour < 24; ++hour)
            secondWidth = qMax(secondWidth, metrics.horizontalAdvance(secondZoneLabel(hour)));
        m_secondAxisWidth = std::ceil(secondWidth + 12);
        m_axisWidth += m_secondAxisWidth;
    }
    m_dayHeaderHeight = std::ceil(metrics.height() * 2 + 14);
    m_stripRowHeight = std::ceil(metrics.height() + 6);

    const CalendarRange r = range();
    StripLayout strip;
    if (model() && r.isValid())
        strip = model()->stripLayout();
    m_stripHeight = qMax(1, strip.rowCount) * m_stripRowHeight + 8;
    updateScrollRange();
    if (!m_scrolledOnce && viewport()->height() > gridTop() + 50) {
        m_scrolledOnce = true;
        scrollToMinute(qMax(0, m_workStart - 30));
    }
    if (!model() || !r.isValid()) {
        viewport()->update();
        return;
    }
    const QList<Event> &events = model()->events();
    const qreal width = columnWidth();
    for (const StripLayoutItem &item : strip.items) {
        Hit hit;
        hit.row = item.eventIndex;
        hit.strip = true;
        hit.date = r.firstDate().addDays(item.firstColumn);
        hit.continuesBefore = item.continuesBefore;
        hit.continuesAfter = item.continuesAfter;
        hit.rect = QRectF(columnLeft(item.firstColumn) + 2, m_dayHeaderHeight + 3 + item.row * m_stripRowHeight,
                          (item.lastColumn - item.firstColumn + 1) * width - 4, m_stripRowHeight - 2);
        hit.lines = QStringList{EventFormatter::displaySubject(events.at(item.eventIndex), tr("(no title)"))};
        m_hits << hit;
    }
    const QString timeFormat = EventFormatter::timeFormat(loc);
    const qreal lineHeight = QFontMetricsF(font()).height();
    // Short events get at least one line of text; the layout knows, so their neighbours make room.
    const int minimumMinutes
        = qMax(kSnapMinutes, int(std::ceil((QFontMetricsF(font()).height() + 5) * 60.0 / m_hourHeight)));
    const QList<QDate> dates = r.dates();
    for (int index = 0; index < dates.size(); ++index) {
        const QDate date = dates.at(index);
        for (const TimedLayoutItem &item : model()->dayLayout(date, minimumMinutes)) {
            if (item.eventIndex < 0 || item.eventIndex >= events.size())
                continue;
            Hit hit;
            hit.row = item.eventIndex;
            hit.date = date;
            hit.startMinute = item.startMinute;
            hit.endMinute = item.endMinute;
            hit.continuesBefore = item.continuesBefore;
            hit.continuesAfter = item.continuesAfter;
            const qreal slice = (width - 6) / qMax(1, item.columnCount);
            const qreal left = columnLeft(index) + 1 + item.column * slice;
            const qreal top = item.startMinute * m_hourHeight / 60.0;
            const qreal bottom = item.endMinute * m_hourHeight / 60.0;
            hit.rect = QRectF(left, top + 1, slice * item.columnSpan - 2, qMax<qreal>(bottom - top - 2, 10));
            const Event &event = events.at(item.eventIndex);
            const QString subject = EventFormatter::displaySubject(event, tr("(no title)"));
            const QString start = loc.toString(QTime(0, 0).addSecs(item.startMinute * 60), timeFormat);
            if (hit.rect.height() < lineHeight * 2 + 2) {
                hit.lines = QStringList{subject + u", "_s + start};
            } else {
                QString time;
                if (item.continuesBefore || item.continuesAfter) {
                    time = EventFormatter::timeRange(event, r.timeZone(), loc);
                } else {
                    const int end = qMin(24 * 60, item.startMinute + int(event.durationSeconds() / 60));
                    time = start + u" – "_s
                        + (end >= 24 * 60 ? loc.toString(QTime(0, 0), timeFormat)
                                          : loc.toString(QTime(0, 0).addSecs(end * 60), timeFormat));
                }
                hit.lines = QStringList{subject, time};
                if (!event.location.displayName.isEmpty())
                    hit.lines << event.location.displayName;
            }
            m_hits << hit;
        }
    }
    viewport()->update();
}

QRectF TimeGridView::viewportRect(const Hit &hit) const
{
    if (hit.strip)
        return hit.rect;
    return hit.rect.translated(0, gridTop() - verticalScrollBar()->value());
}

const TimeGridView::Hit *TimeGridView::hitAt(const QPointF &pos) const
{
    const bool inGrid = pos.y() >= gridTop();
    // Later hits are painted on top: search backwards.
    for (qsizetype i = m_hits.size() - 1; i >= 0; --i) {
        const Hit &hit = m_hits.at(i);
        if (hit.strip == inGrid)
            continue;
        if (viewportRect(hit).contains(pos))
            return &hit;
    }
    return nullptr;
}

QRectF TimeGridView::eventRect(int row, QDate date) const
{
    for (const Hit &hit : m_hits) {
        if (hit.row == row && (!date.isValid() || hit.date == date || hit.strip))
            return viewportRect(hit);
    }
    return {};
}

QRectF TimeGridView::slotRect(QDate date, int minute, int minutes) const
{
    const CalendarRange r = range();
    if (!r.isValid() || !r.containsDate(date))
        return {};
    const int index = int(r.firstDate().daysTo(date));
    return QRectF(columnLeft(index), yForMinute(minute), columnWidth(), minutes * m_hourHeight / 60.0);
}

QRectF TimeGridView::dayHeaderRect(QDate date) const
{
    const CalendarRange r = range();
    if (!r.isValid() || !r.containsDate(date))
        return {};
    const int index = int(r.firstDate().daysTo(date));
    return QRectF(columnLeft(index), 0, columnWidth(), m_dayHeaderHeight);
}

void TimeGridView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette pal = palette();
    const bool dark = EventPalette::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor secondary = EventPalette::mix(text, base, 0.42);
    const QColor line = EventPalette::mix(base, text, dark ? 0.15 : 0.11);
    const QColor halfLine = EventPalette::mix(base, text, dark ? 0.08 : 0.055);
    const QColor offHours = EventPalette::mix(base, text, dark ? 0.05 : 0.04);
    const QColor accent = pal.color(QPalette::Highlight);
    const qreal width = viewport()->width();
    const qreal height = viewport()->height();
    painter.fillRect(viewport()->rect(), base);
    const CalendarRange r = range();
    if (!r.isValid())
        return;
    const QLocale loc = locale();
    const QList<QDate> dates = r.dates();
    const qreal colWidth = columnWidth();
    const QDate todayDate = today();
    const QTimeZone zone = r.timeZone();

    // Grid background.
    painter.save();
    painter.setClipRect(QRectF(0, gridTop(), width, height - gridTop()));
    for (int index = 0; index < dates.size(); ++index) {
        const QDate date = dates.at(index);
        const qreal left = columnLeft(index);
        const bool workday = date.dayOfWeek() <= 5;
        if (!workday) {
            painter.fillRect(QRectF(left, gridTop(), colWidth, height), offHours);
        } else {
            painter.fillRect(QRectF(left, yForMinute(0), colWidth, yForMinute(m_workStart) - yForMinute(0)), offHours);
            painter.fillRect(QRectF(left, yForMinute(m_workEnd), colWidth, yForMinute(24 * 60) - yForMinute(m_workEnd)),
                             offHours);
        }
        if (date == todayDate) {
            QColor tint = accent;
            tint.setAlphaF(dark ? 0.07f : 0.05f);
            painter.fillRect(QRectF(left, gridTop(), colWidth, height), tint);
        }
    }
    for (int hour = 0; hour <= 24; ++hour) {
        const qreal y = std::floor(yForMinute(hour * 60)) + 0.5;
        painter.setPen(line);
        painter.drawLine(QPointF(m_axisWidth - 5, y), QPointF(width, y));
        if (hour < 24 && m_hourHeight >= 36) {
            const qreal half = std::floor(yForMinute(hour * 60 + 30)) + 0.5;
            painter.setPen(QPen(halfLine, 1, Qt::DashLine));
            painter.drawLine(QPointF(m_axisWidth, half), QPointF(width, half));
        }
    }
    painter.setPen(line);
    for (int index = 0; index <= dates.size(); ++index) {
        const qreal x = std::floor(columnLeft(index)) + 0.5;
        painter.drawLine(QPointF(x, gridTop()), QPointF(x, height));
    }

    // The slot cursor (keyboard) when no event is selected.
    if (hasFocus() && !hasSelectedEvent() && r.containsDate(selectedDate()) && m_drag == Drag::None) {
        const QRectF slot = slotRect(selectedDate(), m_cursorMinute).adjusted(2, 1, -2, -1);
        QColor fill = accent;
        fill.setAlphaF(0.16f);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(fill);
        painter.setPen(QPen(accent, 1.5));
        painter.drawRoundedRect(slot, 3, 3);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }

    // Timed events.
    const QList<Event> &events = model()->events();
    const int selected = selectedRow();
    const QFontMetricsF metrics(font());
    for (const Hit &hit : std::as_const(m_hits)) {
        if (hit.strip)
            continue;
        const QRectF rect = viewportRect(hit);
        if (rect.bottom() < gridTop() || rect.top() > height)
            continue;
        const Event &event = events.at(hit.row);
        if (m_drag == Drag::Move && hit.row == m_dragRow)
            painter.setOpacity(0.35);
        paintEventBlock(painter, rect, event, hit.row == selected, hit.lines, hit.continuesBefore, false);
        painter.setOpacity(1);
    }

    // What a drag would do.
    if (m_drag == Drag::Select || m_drag == Drag::Move) {
        const QRectF rect
            = slotRect(m_dragDate, m_dragStartMinute, m_dragEndMinute - m_dragStartMinute).adjusted(2, 1, -3, -1);
        QColor fill = accent;
        fill.setAlphaF(m_drag == Drag::Select ? 0.22f : 0.35f);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(fill);
        painter.setPen(QPen(accent, 1.5, m_drag == Drag::Select ? Qt::DashLine : Qt::SolidLine));
        painter.drawRoundedRect(rect, 4, 4);
        painter.setPen(text);
        const QString label = EventFormatter::timeOfDay(QTime(0, 0).addSecs(m_dragStartMinute * 60), loc) + u" – "_s
            + EventFormatter::timeOfDay(QTime(0, 0).addSecs(qMin(m_dragEndMinute, 24 * 60 - 1) * 60), loc);
        painter.drawText(rect.adjusted(6, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop,
                         m_drag == Drag::Select ? tr("New session %1").arg(label) : label);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }

    // The current time.
    const QDateTime nowLocal = GraphTime::toViewerTime(now(), zone);
    if (r.containsDate(nowLocal.date())) {
        const int index = int(r.firstDate().daysTo(nowLocal.date()));
        const qreal y = yForMinute(nowLocal.time().hour() * 60 + nowLocal.time().minute());
        const QColor red = Theme::danger();
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(red, 2));
        painter.drawLine(QPointF(columnLeft(index), y), QPointF(columnLeft(index) + colWidth, y));
        painter.setPen(Qt::NoPen);
        painter.setBrush(red);
        painter.drawEllipse(QPointF(columnLeft(index), y), 4.5, 4.5);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
    painter.restore();

    // Hour labels.
    painter.save();
    painter.setClipRect(QRectF(0, gridTop(), m_axisWidth, height - gridTop()));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.88);
    painter.setFont(small);
    painter.setPen(secondary);
    for (int hour = 1; hour < 24; ++hour) {
        const qreal y = yForMinute(hour * 60);
        painter.drawText(
            QRectF(m_secondAxisWidth, y - metrics.height() / 2, m_axisWidth - m_secondAxisWidth - 8, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, EventFormatter::timeOfDay(QTime(hour, 0), loc));
        if (m_secondZone.isValid()) {
            painter.drawText(QRectF(0, y - metrics.height() / 2, m_secondAxisWidth - 6, metrics.height()),
                             Qt::AlignRight | Qt::AlignVCenter, secondZoneLabel(hour));
        }
    }
    if (m_secondZone.isValid()) {
        painter.setPen(line);
        painter.drawLine(QPointF(m_secondAxisWidth - 0.5, gridTop()), QPointF(m_secondAxisWidth - 0.5, height));
    }
    painter.restore();

    // Header: day names, then the all-day strip.
    painter.fillRect(QRectF(0, 0, width, gridTop()), base);
    for (int index = 0; index < dates.size(); ++index) {
        const QDate date = dates.at(index);
        const QRectF cell(columnLeft(index), 0, colWidth, m_dayHeaderHeight);
        const bool isToday = date == todayDate;
        QFont nameFont = font();
        nameFont.setPointSizeF(font().pointSizeF() * 0.88);
        painter.setFont(nameFont);
        painter.setPen(isToday ? accent : secondary);
        const QString name = dates.size() == 1 ? loc.dayName(date.dayOfWeek(), QLocale::LongFormat)
                                               : loc.dayName(date.dayOfWeek(), QLocale::ShortFormat);
        painter.drawText(QRectF(cell.left(), cell.top() + 4, cell.width(), metrics.height()), Qt::AlignCenter, name);
        QFont dayFont = font();
        dayFont.setPointSizeF(font().pointSizeF() * 1.3);
        dayFont.setWeight(isToday ? QFont::Bold : QFont::Normal);
        painter.setFont(dayFont);
        const QString number
            = dates.size() == 1 ? loc.toString(date, DateFormats::dayLongMonth()) : QString::number(date.day());
        const QRectF numberRect(cell.left(), cell.top() + 4 + metrics.height(), cell.width(),
                                m_dayHeaderHeight - metrics.height() - 6);
        if (isToday) {
            const qreal size = numberRect.height() - 2;
            const qreal w = qMax(size, QFontMetricsF(dayFont).horizontalAdvance(number) + 12);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(accent);
            painter.drawRoundedRect(QRectF(numberRect.center().x() - w / 2, numberRect.top() + 1, w, size), size / 2,
                                    size / 2);
            painter.setRenderHint(QPainter::Antialiasing, false);
            painter.setPen(pal.color(QPalette::HighlightedText));
        } else {
            painter.setPen(text);
        }
        painter.drawText(numberRect, Qt::AlignCenter, number);
        if (hasFocus() && date == selectedDate() && dates.size() > 1) {
            painter.setPen(QPen(accent, 2));
            painter.drawLine(QPointF(cell.left() + 6, m_dayHeaderHeight - 1),
                             QPointF(cell.right() - 6, m_dayHeaderHeight - 1));
        }
    }
    if (m_secondZone.isValid()) {
        // Which axis is which: the zones' abbreviations above them.
        QFont zoneFont = font();
        zoneFont.setPointSizeF(font().pointSizeF() * 0.8);
        painter.setFont(zoneFont);
        painter.setPen(secondary);
        const QRectF corner(0, m_dayHeaderHeight - metrics.height() - 4, m_secondAxisWidth - 6, metrics.height());
        painter.drawText(corner, Qt::AlignRight | Qt::AlignVCenter, secondZoneHeader());
        painter.drawText(QRectF(m_secondAxisWidth, corner.top(), m_axisWidth - m_secondAxisWidth - 8, corner.height()),
                         Qt::AlignRight | Qt::AlignVCenter, zoneAbbreviation(zone, gridDate()));
    }
    painter.setFont(font());
    painter.setPen(line);
    painter.drawLine(QPointF(0, m_dayHeaderHeight - 0.5), QPointF(width, m_dayHeaderHeight - 0.5));
    QFont small2 = font();
    small2.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small2);
    painter.setPen(secondary);
    painter.drawText(QRectF(0, m_dayHeaderHeight, m_axisWidth - 6, m_stripHeight), Qt::AlignRight | Qt::AlignVCenter,
                     tr("All day"));
    painter.setFont(font());
    for (const Hit &hit : std::as_const(m_hits)) {
        if (!hit.strip)
            continue;
        paintEventBlock(painter, hit.rect, events.at(hit.row), hit.row == selected, hit.lines, hit.continuesBefore,
                        hit.continuesAfter);
    }
    painter.setPen(line);
    painter.drawLine(QPointF(0, gridTop() - 0.5), QPointF(width, gridTop() - 0.5));
    for (int index = 0; index <= dates.size(); ++index) {
        const qreal x = std::floor(columnLeft(index)) + 0.5;
        painter.drawLine(QPointF(x, m_dayHeaderHeight), QPointF(x, gridTop()));
    }
}

void TimeGridView::selectEventUnderCursor()
{
    const QDate date = selectedDate();
    const Hit *best = nullptr;
    for (const Hit &hit : std::as_const(m_hits)) {
        if (hit.strip || hit.date != date)
            continue;
        if (hit.startMinute < m_cursorMinute + kSlotMinutes && hit.endMinute > m_cursorMinute) {
            if (!best || hit.rect.left() < best->rect.left())
                best = &hit;
        }
    }
    if (best)
        setSelection(date, best->row);
    else
        setSelection(date, -1);
}

void TimeGridView::ensureSelectionVisible()
{
    if (!range().isValid())
        return;
    int from = m_cursorMinute;
    int to = m_cursorMinute + kSlotMinutes;
    if (hasSelectedEvent()) {
        for (const Hit &hit : std::as_const(m_hits)) {
            if (hit.row == selectedRow() && !hit.strip) {
                from = hit.startMinute;
                to = qMin(hit.endMinute, from + 120);
                break;
            }
        }
    }
    const int visibleMinutes = int((viewport()->height() - gridTop()) * 60.0 / m_hourHeight);
    const int first = firstVisibleMinute();
    if (from < first)
        scrollToMinute(qMax(0, from - 15));
    else if (to > first + visibleMinutes)
        scrollToMinute(qMax(0, to - visibleMinutes + 15));
}

void TimeGridView::activateEmpty()
{
    const QDate date = selectedDate();
    if (!date.isValid() || !range().containsDate(date))
        return;
    Q_EMIT newSessionRequested(toUtc(date, m_cursorMinute), toUtc(date, m_cursorMinute + kSlotMinutes));
}

void TimeGridView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        CalendarView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const QPointF pos = event->position();
    m_pressPos = pos;
    m_drag = Drag::None;
    if (pos.y() < m_dayHeaderHeight) {
        const QDate date = dateAt(pos.x());
        if (date.isValid()) {
            setSelectedDate(date);
            if (dayCount() > 1)
                Q_EMIT dayActivated(date);
        }
        return;
    }
    if (const Hit *hit = hitAt(pos)) {
        const Event e = model()->eventAt(hit->row);
        if (!hit->strip)
            m_cursorMinute = snap(hit->startMinute, kSlotMinutes);
        setSelection(hit->date, hit->row);
        if (!hit->strip && !hit->continuesBefore && !hit->continuesAfter && canMove(e)) {
            m_drag = Drag::Pending;
            m_dragRow = hit->row;
            m_dragDate = hit->date;
            m_dragAnchorMinute = minuteAt(pos.y()) - hit->startMinute;
            m_dragStartMinute = hit->startMinute;
            m_dragEndMinute = hit->endMinute;
        }
        return;
    }
    const QDate date = dateAt(pos.x());
    if (!date.isValid() || pos.y() < gridTop())
        return;
    const int minute = minuteAt(pos.y());
    m_cursorMinute = qMin(snap(minute, kSlotMinutes), 24 * 60 - kSlotMinutes);
    setSelection(date, -1);
    m_drag = Drag::Pending;
    m_dragRow = -1;
    m_dragDate = date;
    m_dragAnchorMinute = snap(minute, kSnapMinutes);
    m_dragStartMinute = m_dragAnchorMinute;
    m_dragEndMinute = m_dragAnchorMinute + kSnapMinutes;
}

void TimeGridView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None || !(event->buttons() & Qt::LeftButton)) {
        CalendarView::mouseMoveEvent(event);
        return;
    }
    const QPointF pos = event->position();
    if (m_drag == Drag::Pending) {
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = m_dragRow >= 0 ? Drag::Move : Drag::Select;
    }
    const int minute = minuteAt(pos.y());
    if (m_drag == Drag::Select) {
        const int here = snap(minute, kSnapMinutes);
        m_dragStartMinute = qMin(m_dragAnchorMinute, here);
        m_dragEndMinute = qMax(m_dragAnchorMinute, here) + kSnapMinutes;
        m_dragEndMinute = qMin(m_dragEndMinute, 24 * 60);
    } else {
        const Event e = model()->eventAt(m_dragRow);
        const QDate date = dateAt(pos.x());
        if (date.isValid())
            m_dragDate = date;
        const int length = qMax(kSnapMinutes, int(e.durationSeconds() / 60));
        const int start = qBound(0, snap(minute - m_dragAnchorMinute + kSnapMinutes / 2, kSnapMinutes),
                                 24 * 60 - qMin(length, 24 * 60));
        m_dragStartMinute = start;
        m_dragEndMinute = qMin(start + length, 24 * 60);
    }
    viewport()->update();
}

void TimeGridView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        CalendarView::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = std::exchange(m_drag, Drag::None);
    if (drag == Drag::Select) {
        m_cursorMinute = qMin(snap(m_dragStartMinute, kSlotMinutes), 24 * 60 - kSlotMinutes);
        Q_EMIT newSessionRequested(toUtc(m_dragDate, m_dragStartMinute), toUtc(m_dragDate, m_dragEndMinute));
    } else if (drag == Drag::Move && m_dragRow >= 0) {
        const Event e = model()->eventAt(m_dragRow);
        const QDateTime start = toUtc(m_dragDate, m_dragStartMinute);
        if (start != e.start)
            Q_EMIT rescheduleRequested(e, start, start.addSecs(e.durationSeconds()));
    }
    m_dragRow = -1;
    viewport()->update();
}

void TimeGridView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_drag = Drag::None;
    const QPointF pos = event->position();
    if (pos.y() < gridTop() && pos.y() >= m_dayHeaderHeight) {
        if (const Hit *hit = hitAt(pos))
            Q_EMIT eventActivated(model()->eventAt(hit->row));
        return;
    }
    if (pos.y() < gridTop())
        return;
    if (const Hit *hit = hitAt(pos)) {
        Q_EMIT eventActivated(model()->eventAt(hit->row));
        return;
    }
    const QDate date = dateAt(pos.x());
    if (!date.isValid())
        return;
    const int minute = qMin(snap(minuteAt(pos.y()), kSlotMinutes), 24 * 60 - kSlotMinutes);
    m_cursorMinute = minute;
    Q_EMIT newSessionRequested(toUtc(date, minute), toUtc(date, minute + kSlotMinutes));
}

void TimeGridView::zoomTo(qreal height, qreal anchorY)
{
    height = qBound(kMinHourHeight, height, kMaxHourHeight);
    if (qFuzzyCompare(height, m_hourHeight))
        return;
    const qreal anchorMinute = (anchorY - gridTop() + verticalScrollBar()->value()) * 60.0 / m_hourHeight;
    m_hourHeight = height;
    relayout();
    verticalScrollBar()->setValue(int(anchorMinute * m_hourHeight / 60.0 - (anchorY - gridTop())));
    viewport()->update();
}

void TimeGridView::setHourHeight(qreal height)
{
    zoomTo(height, gridTop() + (viewport()->height() - gridTop()) / 2);
}

void TimeGridView::zoomIn()
{
    setHourHeight(m_hourHeight * 1.25);
}

void TimeGridView::zoomOut()
{
    setHourHeight(m_hourHeight / 1.25);
}

void TimeGridView::resetZoom()
{
    setHourHeight(kDefaultHourHeight);
}

void TimeGridView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            zoomTo(m_hourHeight * (delta > 0 ? 1.15 : 1 / 1.15), event->position().y());
        event->accept();
        return;
    }
    CalendarView::wheelEvent(event);
}

void TimeGridView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    if (ctrl) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        case Qt::Key_0:
            resetZoom();
            return;
        case Qt::Key_Up:
        case Qt::Key_Down: {
            CalendarView::keyPressEvent(event);
            for (const Hit &hit : std::as_const(m_hits)) {
                if (hit.row == selectedRow() && !hit.strip) {
                    m_cursorMinute = qMin(snap(hit.startMinute, kSlotMinutes), 24 * 60 - kSlotMinutes);
                    break;
                }
            }
            ensureSelectionVisible();
            return;
        }
        default:
            break;
        }
    } else if (selectedDate().isValid()) {
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right: {
            const bool forward = (event->key() == Qt::Key_Right) != (layoutDirection() == Qt::RightToLeft);
            setSelectedDate(selectedDate().addDays(forward ? 1 : -1));
            selectEventUnderCursor();
            return;
        }
        case Qt::Key_Up:
        case Qt::Key_Down: {
            const int step = event->key() == Qt::Key_Up ? -kSlotMinutes : kSlotMinutes;
            m_cursorMinute = qBound(0, m_cursorMinute + step, 24 * 60 - kSlotMinutes);
            selectEventUnderCursor();
            ensureSelectionVisible();
            viewport()->update();
            return;
        }
        case Qt::Key_Home:
            setCursorMinute(m_workStart);
            selectEventUnderCursor();
            return;
        case Qt::Key_End:
            setCursorMinute(m_workEnd - kSlotMinutes);
            selectEventUnderCursor();
            return;
        default:
            break;
        }
    }
    CalendarView::keyPressEvent(event);
}

bool TimeGridView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Hit *hit = hitAt(help->pos()); hit && model()) {
            const Event e = model()->eventAt(hit->row);
            QString tip = EventFormatter::displaySubject(e, tr("(no title)")) + u'\n'
                + EventFormatter::timeRange(e, range().timeZone());
            if (!e.location.displayName.isEmpty())
                tip += u'\n' + e.location.displayName;
            QToolTip::showText(help->globalPos(), PlainText::toolTip(tip), viewport()); // Graph's text, literally
        } else {
            QToolTip::showText(help->globalPos(), toolTip(), viewport());
        }
        return true;
    }
    return CalendarView::viewportEvent(event);
}

} // namespace MentorDesk
