#include "ui/calendar/AgendaView.h"

#include "core/calendar/EventFormatter.h"
#include "core/calendar/EventLayout.h"
#include "core/calendar/EventListModel.h"
#include "core/common/DateFormats.h"
#include "core/model/GraphTime.h"
#include "ui/calendar/EventPalette.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <cmath>

using namespace Qt::StringLiterals;

namespace MentorDesk {

AgendaView::AgendaView(QWidget *parent)
    : CalendarView(parent)
{
    setObjectName(u"agendaView"_s);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    verticalScrollBar()->setSingleStep(24);
    setToolTip(tr("Up/Down move through the events, Left/Right jump a day, Enter opens the event"));
    updateAccessibleName();
}

QString AgendaView::viewName() const
{
    const CalendarRange r = range();
    if (!r.isValid())
        return tr("Agenda");
    const QLocale loc = locale();
    return tr("Agenda, %1 to %2")
        .arg(loc.toString(r.firstDate(), QLocale::LongFormat), loc.toString(r.lastDate(), QLocale::LongFormat));
}

void AgendaView::modelReloaded()
{
    relayout();
    updateAccessibleName();
}

void AgendaView::resizeEvent(QResizeEvent *event)
{
    CalendarView::resizeEvent(event);
    relayout();
}

void AgendaView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void AgendaView::relayout()
{
    m_lines.clear();
    const QFontMetricsF metrics(font());
    const qreal headingHeight = std::ceil(metrics.height() * 1.3 + 16);
    const qreal eventHeight = std::ceil(metrics.height() * 2 + 14);
    const qreal width = viewport()->width();
    qreal y = 0;
    if (model() && range().isValid()) {
        for (const AgendaDay &day : model()->agendaLayout()) {
            m_lines << Line{QRectF(0, y, width, headingHeight), day.date, -1};
            y += headingHeight;
            for (const int row : day.eventIndexes) {
                m_lines << Line{QRectF(0, y, width, eventHeight), day.date, row};
                y += eventHeight;
            }
            y += 6;
        }
    }
    m_contentHeight = y;
    verticalScrollBar()->setRange(0, qMax(0, int(std::ceil(y - viewport()->height()))));
    verticalScrollBar()->setPageStep(viewport()->height());
    viewport()->update();
}

QList<std::pair<QDate, int>> AgendaView::entries() const
{
    QList<std::pair<QDate, int>> result;
    for (const Line &line : m_lines) {
        if (line.row >= 0)
            result.append({line.date, line.row});
    }
    return result;
}

QList<int> AgendaView::rowsOnDay(QDate date) const
{
    QList<int> rows;
    for (const Line &line : m_lines) {
        if (line.row >= 0 && line.date == date)
            rows << line.row;
    }
    return rows;
}

QRectF AgendaView::toViewport(const QRectF &rect) const
{
    return rect.translated(0, -verticalScrollBar()->value());
}

QRectF AgendaView::eventRect(int row, QDate date) const
{
    for (const Line &line : m_lines) {
        if (line.row == row && (!date.isValid() || line.date == date))
            return toViewport(line.rect);
    }
    return {};
}

int AgendaView::currentLine() const
{
    const int row = selectedRow();
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).row >= 0 && m_lines.at(i).row == row && m_lines.at(i).date == selectedDate())
            return i;
    }
    if (row >= 0) {
        for (int i = 0; i < m_lines.size(); ++i) {
            if (m_lines.at(i).row == row)
                return i;
        }
    }
    return -1;
}

void AgendaView::selectLine(int index)
{
    if (index < 0 || index >= m_lines.size())
        return;
    const Line &line = m_lines.at(index);
    setSelection(line.date, line.row);
}

void AgendaView::ensureSelectionVisible()
{
    const int index = currentLine();
    if (index < 0)
        return;
    QRectF rect = m_lines.at(index).rect;
    // Keep the day heading in view with its first event.
    if (index > 0 && m_lines.at(index - 1).row < 0)
        rect = rect.united(m_lines.at(index - 1).rect);
    const int top = verticalScrollBar()->value();
    if (rect.top() < top)
        verticalScrollBar()->setValue(int(rect.top()));
    else if (rect.bottom() > top + viewport()->height())
        verticalScrollBar()->setValue(int(std::ceil(rect.bottom() - viewport()->height())));
}

void AgendaView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor secondary = EventPalette::mix(text, base, 0.42);
    const QColor line = EventPalette::mix(base, text, 0.1);
    const QColor accent = pal.color(QPalette::Highlight);
    painter.fillRect(viewport()->rect(), base);
    const CalendarRange r = range();
    if (!model() || !r.isValid())
        return;
    const QLocale loc = locale();
    const QTimeZone zone = r.timeZone();
    const QDate todayDate = today();
    if (m_lines.isEmpty()) {
        painter.setPen(secondary);
        painter.drawText(viewport()->rect().adjusted(16, 16, -16, -16),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         tr("Nothing planned from %1 to %2.")
                             .arg(loc.toString(r.firstDate(), QLocale::LongFormat),
                                  loc.toString(r.lastDate(), QLocale::LongFormat)));
        return;
    }
    const int selected = selectedRow();
    const QFontMetricsF metrics(font());
    const QString sample = EventFormatter::timeOfDay(QTime(23, 59), loc);
    const qreal timeWidth = std::ceil(
        qMax(metrics.horizontalAdvance(sample + u" – "_s + sample), metrics.horizontalAdvance(tr("All day"))) + 24);
    for (const Line &entry : std::as_const(m_lines)) {
        const QRectF rect = toViewport(entry.rect);
        if (rect.bottom() < 0 || rect.top() > viewport()->height())
            continue;
        if (entry.row < 0) {
            QFont heading = font();
            heading.setWeight(QFont::DemiBold);
            heading.setPointSizeF(font().pointSizeF() * 1.08);
            painter.setFont(heading);
            painter.setPen(entry.date == todayDate ? accent : text);
            QString label = loc.toString(entry.date, DateFormats::longWeekdayDayLongMonth());
            if (entry.date == todayDate)
                label = tr("Today · %1").arg(label);
            else if (entry.date == todayDate.addDays(1))
                label = tr("Tomorrow · %1").arg(label);
            painter.drawText(rect.adjusted(16, 8, -16, 0), Qt::AlignLeft | Qt::AlignVCenter, label);
            painter.setPen(line);
            painter.drawLine(QPointF(16, rect.bottom() - 0.5), QPointF(rect.right() - 16, rect.bottom() - 0.5));
            painter.setFont(font());
            continue;
        }
        const Event &event = model()->events().at(entry.row);
        const bool isSelected = entry.row == selected && entry.date == selectedDate();
        const EventPalette::Colors colors = EventPalette::forEvent(event, colorFor(event), pal, isSelected);
        if (isSelected) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setBrush(colors.fill);
            painter.setPen(hasFocus() ? QPen(accent, 2) : Qt::NoPen);
            painter.drawRoundedRect(rect.adjusted(8, 2, -8, -2), 5, 5);
            painter.restore();
        }
        // Time column.
        QString time;
        if (event.isAllDay || EventLayout::belongsInStrip(event)) {
            time = tr("All day");
        } else {
            const QDateTime start = GraphTime::toViewerTime(event.start, zone);
            const QDateTime end = GraphTime::toViewerTime(event.end, zone);
            const QString from
                = start.date() == entry.date ? EventFormatter::timeOfDay(start.time(), loc) : QStringLiteral("…");
            const QString to
                = end.date() == entry.date ? EventFormatter::timeOfDay(end.time(), loc) : QStringLiteral("…");
            time = from + u" – "_s + to;
        }
        painter.setPen(colors.faded ? EventPalette::mix(secondary, base, 0.3) : secondary);
        painter.drawText(QRectF(rect.left() + 20, rect.top() + 6, timeWidth - 12, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, time);
        // Colour bar.
        const QRectF bar(rect.left() + 16 + timeWidth, rect.top() + 7, 4, rect.height() - 14);
        painter.fillRect(bar, colors.accent);
        if (colors.hatched) {
            QColor hatch = base;
            hatch.setAlphaF(0.6f);
            painter.fillRect(bar, QBrush(hatch, Qt::Dense4Pattern));
        }
        // Subject and details.
        const qreal x = bar.right() + 12;
        const qreal available = rect.right() - 20 - x;
        QFont subjectFont = font();
        subjectFont.setWeight(QFont::DemiBold);
        subjectFont.setStrikeOut(event.isCancelled);
        painter.setFont(subjectFont);
        painter.setPen(colors.text);
        const QString subject = EventFormatter::displaySubject(event, tr("(no title)"));
        painter.drawText(QRectF(x, rect.top() + 6, available, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(subjectFont).elidedText(subject, Qt::ElideRight, available));
        painter.setFont(font());
        QStringList details;
        if (!event.location.displayName.isEmpty())
            details << event.location.displayName;
        const QString calendar = model()->calendarOf(event).name;
        if (!calendar.isEmpty())
            details << calendar;
        if (event.isCancelled)
            details << tr("Cancelled");
        else if (event.responseStatus.response == ResponseStatus::Response::Declined)
            details << tr("Declined");
        else if (event.responseStatus.response == ResponseStatus::Response::TentativelyAccepted)
            details << tr("Tentative");
        painter.setPen(colors.faded ? EventPalette::mix(secondary, base, 0.3) : secondary);
        painter.drawText(QRectF(x, rect.top() + 6 + metrics.height() + 2, available, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(details.join(u" · "_s), Qt::ElideRight, available));
    }
}

void AgendaView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    setFocus(Qt::MouseFocusReason);
    const QPointF pos = event->position();
    for (int i = 0; i < m_lines.size(); ++i) {
        if (toViewport(m_lines.at(i).rect).contains(pos)) {
            if (m_lines.at(i).row >= 0)
                selectLine(i);
            else
                setSelectedDate(m_lines.at(i).date);
            return;
        }
    }
}

void AgendaView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF pos = event->position();
    for (const Line &entry : std::as_const(m_lines)) {
        if (entry.row >= 0 && toViewport(entry.rect).contains(pos)) {
            Q_EMIT eventActivated(model()->eventAt(entry.row));
            return;
        }
    }
}

void AgendaView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        CalendarView::keyPressEvent(event);
        return;
    }
    int index = currentLine();
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up: {
        const int step = event->key() == Qt::Key_Down ? 1 : -1;
        if (index < 0) {
            // From the selected day: its first event, else the first one after it.
            for (int i = 0; i < m_lines.size(); ++i) {
                if (m_lines.at(i).row >= 0 && m_lines.at(i).date >= selectedDate()) {
                    selectLine(i);
                    return;
                }
            }
            return;
        }
        for (int i = index + step; i >= 0 && i < m_lines.size(); i += step) {
            if (m_lines.at(i).row >= 0) {
                selectLine(i);
                return;
            }
        }
        return;
    }
    case Qt::Key_Right:
    case Qt::Key_Left: {
        const bool forward = (event->key() == Qt::Key_Right) != (layoutDirection() == Qt::RightToLeft);
        const QDate from = selectedDate();
        if (forward) {
            for (int i = 0; i < m_lines.size(); ++i) {
                if (m_lines.at(i).row >= 0 && m_lines.at(i).date > from) {
                    selectLine(i);
                    return;
                }
            }
        } else {
            QDate previous;
            for (const Line &entry : std::as_const(m_lines)) {
                if (entry.row >= 0 && entry.date < from)
                    previous = entry.date;
            }
            for (int i = 0; i < m_lines.size(); ++i) {
                if (m_lines.at(i).row >= 0 && m_lines.at(i).date == previous) {
                    selectLine(i);
                    return;
                }
            }
        }
        return;
    }
    case Qt::Key_Home:
        for (int i = 0; i < m_lines.size(); ++i) {
            if (m_lines.at(i).row >= 0) {
                selectLine(i);
                return;
            }
        }
        return;
    case Qt::Key_End:
        for (int i = int(m_lines.size()) - 1; i >= 0; --i) {
            if (m_lines.at(i).row >= 0) {
                selectLine(i);
                return;
            }
        }
        return;
    default:
        break;
    }
    CalendarView::keyPressEvent(event);
}

} // namespace MentorDesk
