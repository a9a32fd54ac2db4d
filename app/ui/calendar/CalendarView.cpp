#include "ui/calendar/CalendarView.h"

#include "core/calendar/EventFormatter.h"
#include "core/calendar/EventListModel.h"
#include "core/common/Clock.h"
#include "ui/calendar/EventPalette.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace MentorDesk {

CalendarView::CalendarView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setMouseTracking(true);
}

CalendarView::~CalendarView() = default;

void CalendarView::setModel(EventListModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_selectedRowCache = -2;
    if (m_model) {
        connect(m_model, &EventListModel::reloaded, this, [this] {
            const int before = m_selectedRowCache;
            m_selectedRowCache = -2;
            modelReloaded();
            if (!m_selectedEventId.isEmpty() && selectedRow() < 0) {
                m_selectedAccountKey.clear();
                m_selectedCalendarId.clear();
                m_selectedEventId.clear();
                selectionUpdated();
            } else if (before != selectedRow()) {
                updateAccessibleName();
            }
        });
    }
    modelReloaded();
}

CalendarRange CalendarView::range() const
{
    return m_model ? m_model->range() : CalendarRange();
}

QDateTime CalendarView::now() const
{
    return m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

QDate CalendarView::today() const
{
    const QTimeZone zone = range().isValid() ? range().timeZone() : QTimeZone::systemTimeZone();
    return now().toTimeZone(zone).date();
}

void CalendarView::setCalendarColors(const QHash<QString, QColor> &colors)
{
    m_colors = colors;
    viewport()->update();
}

QColor CalendarView::colorFor(const Event &event) const
{
    return m_colors.value(EventListModel::calendarKey(event.accountKey, event.calendarId),
                          EventPalette::calendarColor({}, 0));
}

void CalendarView::modelReloaded()
{
    viewport()->update();
}

int CalendarView::selectedRow() const
{
    if (m_selectedRowCache == -2)
        m_selectedRowCache = (m_model && !m_selectedEventId.isEmpty())
            ? m_model->rowOf(m_selectedCalendarId, m_selectedEventId, m_selectedAccountKey)
            : -1;
    return m_selectedRowCache;
}

Event CalendarView::selectedEvent() const
{
    const int row = selectedRow();
    return row >= 0 ? m_model->eventAt(row) : Event();
}

void CalendarView::setSelectedDate(QDate date)
{
    if (!date.isValid())
        return;
    const bool changed = date != m_selectedDate || !m_selectedEventId.isEmpty();
    m_selectedDate = date;
    m_selectedAccountKey.clear();
    m_selectedCalendarId.clear();
    m_selectedEventId.clear();
    m_selectedRowCache = -1;
    if (changed)
        selectionUpdated();
}

void CalendarView::setSelectedRow(int row, bool moveDate)
{
    if (!m_model || row < 0 || row >= m_model->rowCount()) {
        clearEventSelection();
        return;
    }
    const Event &event = m_model->events().at(row);
    if (event.id == m_selectedEventId && event.calendarId == m_selectedCalendarId
        && event.accountKey == m_selectedAccountKey)
        return;
    m_selectedAccountKey = event.accountKey;
    m_selectedCalendarId = event.calendarId;
    m_selectedEventId = event.id;
    m_selectedRowCache = row;
    const CalendarRange r = range();
    if (moveDate && !(r.isValid() && r.intersectsDay(event, m_selectedDate))) {
        QDate first = event.firstDate(r.timeZone());
        if (r.isValid() && first < r.firstDate())
            first = r.firstDate();
        m_selectedDate = first;
    }
    selectionUpdated();
}

void CalendarView::setSelection(QDate date, int row)
{
    if (row < 0 || !m_model || row >= m_model->rowCount()) {
        setSelectedDate(date);
        return;
    }
    const Event &event = m_model->events().at(row);
    if (date == m_selectedDate && event.id == m_selectedEventId && event.calendarId == m_selectedCalendarId
        && event.accountKey == m_selectedAccountKey)
        return;
    m_selectedDate = date;
    m_selectedAccountKey = event.accountKey;
    m_selectedCalendarId = event.calendarId;
    m_selectedEventId = event.id;
    m_selectedRowCache = row;
    selectionUpdated();
}

bool CalendarView::selectEvent(const QString &calendarId, const QString &eventId, const QString &accountKey)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOf(calendarId, eventId, accountKey);
    if (row < 0)
        return false;
    setSelectedRow(row);
    return true;
}

void CalendarView::clearEventSelection()
{
    if (m_selectedEventId.isEmpty())
        return;
    m_selectedAccountKey.clear();
    m_selectedCalendarId.clear();
    m_selectedEventId.clear();
    m_selectedRowCache = -1;
    selectionUpdated();
}

void CalendarView::selectionUpdated()
{
    ensureSelectionVisible();
    viewport()->update();
    updateAccessibleName();
    Q_EMIT selectionChanged();
}

void CalendarView::updateAccessibleName()
{
    setAccessibleName(viewName());
    setAccessibleDescription(selectionDescription());
}

QString CalendarView::selectionDescription() const
{
    const QLocale loc = locale();
    const QTimeZone zone = range().isValid() ? range().timeZone() : QTimeZone::systemTimeZone();
    const int row = selectedRow();
    if (row >= 0) {
        const Event event = m_model->eventAt(row);
        QStringList parts{event.subject.isEmpty() ? tr("(no title)") : event.subject,
                          loc.toString(event.firstDate(zone), QLocale::LongFormat),
                          EventFormatter::timeRange(event, zone, loc)};
        if (!event.location.displayName.isEmpty())
            parts << event.location.displayName;
        const QString calendar = m_model->calendarOf(event).name;
        if (!calendar.isEmpty())
            parts << tr("calendar %1").arg(calendar);
        if (event.isCancelled)
            parts << tr("cancelled");
        return tr("Selected event: %1. Enter opens its details.").arg(parts.join(u", "_s));
    }
    if (!m_selectedDate.isValid())
        return {};
    const int count = int(rowsOnDay(m_selectedDate).size());
    return tr("Selected day: %1, %n event(s).", nullptr, count).arg(loc.toString(m_selectedDate, QLocale::LongFormat));
}

QList<int> CalendarView::rowsOnDay(QDate date) const
{
    QList<int> rows;
    if (!m_model)
        return rows;
    const CalendarRange r = range();
    const QList<Event> &events = m_model->events();
    // All-day and multi-day first, then by start (the model's order), as the views show them.
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < events.size(); ++row) {
            const Event &event = events.at(row);
            const bool strip = event.isAllDay || event.spansMultipleDays(r.timeZone());
            if ((pass == 0) == strip && r.intersectsDay(event, date))
                rows << row;
        }
    }
    return rows;
}

void CalendarView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (ctrl) {
            const QList<int> rows = rowsOnDay(m_selectedDate);
            if (rows.isEmpty())
                return;
            const qsizetype at = rows.indexOf(selectedRow());
            const bool down = event->key() == Qt::Key_Down;
            qsizetype next = at < 0 ? (down ? 0 : rows.size() - 1) : at + (down ? 1 : -1);
            next = qBound<qsizetype>(0, next, rows.size() - 1);
            setSelectedRow(rows.at(next), false);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (hasSelectedEvent())
            Q_EMIT eventActivated(selectedEvent());
        else
            activateEmpty();
        return;
    case Qt::Key_Escape:
        if (hasSelectedEvent()) {
            clearEventSelection();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void CalendarView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void CalendarView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

const CalendarView::TextStyle &CalendarView::textStyle() const
{
    if (!m_textStyle) {
        TextStyle style;
        style.plain = font();
        style.bold = font();
        style.bold.setWeight(QFont::DemiBold);
        style.boldStruck = style.bold;
        style.boldStruck.setStrikeOut(true);
        style.small = font();
        style.small.setPointSizeF(font().pointSizeF() * 0.88);
        style.plainMetrics = QFontMetricsF(style.plain);
        style.boldMetrics = QFontMetricsF(style.bold);
        style.smallMetrics = QFontMetricsF(style.small);
        m_textStyle = style;
    }
    return *m_textStyle;
}

QString CalendarView::fitted(const QFontMetricsF &metrics, const QString &text, qreal width)
{
    if (width <= 0)
        return {};
    return metrics.horizontalAdvance(text) <= width ? text : metrics.elidedText(text, Qt::ElideRight, width);
}

void CalendarView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        m_textStyle.reset();
    QAbstractScrollArea::changeEvent(event);
}

void CalendarView::paintEventBlock(QPainter &painter, const QRectF &rect, const Event &event, bool selected,
                                   const QStringList &lines, bool continuesBefore, bool continuesAfter) const
{
    Q_UNUSED(continuesAfter);
    if (rect.width() < 2 || rect.height() < 2)
        return;
    const EventPalette::Colors colors = EventPalette::forEvent(event, colorFor(event), palette(), selected);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    const qreal radius = qMin<qreal>(4, rect.height() / 3);
    // One antialiased shape per block (hundreds of them must paint within a frame); the accent bar is a plain
    // strip along the left edge, inset where the corners round off.
    painter.setBrush(colors.fill);
    painter.drawRoundedRect(rect, radius, radius);
    QRectF body = rect;
    if (!continuesBefore) {
        body.setLeft(rect.left() + 3.5);
        painter.setRenderHint(QPainter::Antialiasing, false);
        const qreal inset = rect.height() > 2 * radius + 2 ? radius / 2 : 0;
        painter.fillRect(QRectF(rect.left(), rect.top() + inset, 3.5, rect.height() - 2 * inset), colors.accent);
        painter.setRenderHint(QPainter::Antialiasing, true);
    }
    if (colors.hatched) {
        QColor hatch = colors.accent;
        hatch.setAlphaF(0.35f);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.fillRect(body.adjusted(0, 1, -1, -1), QBrush(hatch, Qt::BDiagPattern));
        painter.setRenderHint(QPainter::Antialiasing, true);
    }
    if (colors.border.isValid()) {
        painter.setPen(QPen(colors.border, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius);
    }
    // Text, when there is room for some.
    const qreal pad = 4;
    const QRectF textRect = body.adjusted(pad, 1, -pad, -1);
    if (!lines.isEmpty() && textRect.width() >= 10 && rect.height() >= 8) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setClipRect(rect.adjusted(1, 0, -1, 0), Qt::IntersectClip);
        const TextStyle &style = textStyle();
        qreal y = textRect.top();
        for (int i = 0; i < lines.size(); ++i) {
            const QFontMetricsF &metrics = i == 0 ? style.boldMetrics : style.plainMetrics;
            if (i > 0 && y + metrics.height() > textRect.bottom() + 1)
                break;
            painter.setFont(i == 0 ? (event.isCancelled ? style.boldStruck : style.bold) : style.plain);
            painter.setPen(i == 0 ? colors.text : colors.secondaryText);
            painter.drawText(QRectF(textRect.left(), y, textRect.width(), metrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, fitted(metrics, lines.at(i), textRect.width()));
            y += metrics.height();
        }
    }
    painter.restore();
}

} // namespace MentorDesk
