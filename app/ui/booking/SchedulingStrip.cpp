#include "ui/booking/SchedulingStrip.h"

#include "core/booking/BookingText.h"
#include "ui/common/Theme.h"

#include <QAccessible>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

QColor mixed(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
                            float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

QColor outsideHours(const QPalette &palette)
{
    return mixed(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.16);
}

QColor awayColor()
{
    return Theme::isDark() ? QColor(0xc5, 0x8a, 0xf9) : QColor(0x7b, 0x3f, 0xa0);
}

constexpr Availability kLegendOrder[]
    = {Availability::Free,        Availability::Tentative,        Availability::Busy,
       Availability::OutOfOffice, Availability::WorkingElsewhere, Availability::Unknown};

} // namespace

AvailabilityStyle AvailabilityStyle::of(Availability availability, const QPalette &palette)
{
    const QColor accent = Theme::accent();
    AvailabilityStyle style;
    style.label = FreeBusy::availabilityName(availability);
    if (!style.label.isEmpty())
        style.label[0] = style.label.at(0).toUpper();
    switch (availability) {
    case Availability::Free:
        style.fill = Qt::NoBrush;
        break;
    case Availability::Tentative: // stripes: there may be something
        style.fill = QBrush(accent, Qt::BDiagPattern);
        style.outline = accent;
        break;
    case Availability::Busy: // solid
        style.fill = QBrush(accent);
        style.outline = accent;
        break;
    case Availability::OutOfOffice: // a crossed grid in its own colour
        style.fill = QBrush(awayColor(), Qt::DiagCrossPattern);
        style.outline = awayColor();
        break;
    case Availability::WorkingElsewhere: // dots
        style.fill = QBrush(accent, Qt::Dense5Pattern);
        style.outline = accent;
        break;
    case Availability::Unknown: // a square grid, grey
        style.fill = QBrush(palette.color(QPalette::Disabled, QPalette::Text), Qt::CrossPattern);
        style.outline = palette.color(QPalette::Disabled, QPalette::Text);
        break;
    }
    return style;
}

SchedulingStrip::SchedulingStrip(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"schedulingStrip"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Free/busy on the chosen day"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setMouseTracking(false);
}

void SchedulingStrip::setView(const TimeRange &view, int intervalMinutes, const QTimeZone &shown)
{
    m_view = view;
    m_interval = std::max(5, intervalMinutes);
    m_shown = shown.isValid() ? shown : QTimeZone::systemTimeZone();
    if (!m_cursor.isValid() || !m_view.contains(m_cursor))
        m_cursor
            = slotStart(m_selection.startUtc.isValid() && m_view.contains(m_selection.startUtc) ? m_selection.startUtc
                                                                                                : m_view.startUtc);
    updateRowWidgets();
    update();
}

void SchedulingStrip::setRows(const QList<FreeBusyRow> &rows)
{
    m_rows = rows;
    m_cursorRow = std::clamp(m_cursorRow, 0, std::max(0, int(m_rows.size()) - 1));
    updateGeometry();
    updateRowWidgets();
    update();
}

QString SchedulingStrip::rowSummary(int index) const
{
    if (index < 0 || index >= m_rows.size())
        return {};
    return FreeBusy::summary(m_rows.at(index), m_shown);
}

void SchedulingStrip::setMessage(const QString &text)
{
    m_message = text;
    updateGeometry();
    updateRowWidgets();
    update();
}

void SchedulingStrip::setSelection(const TimeRange &selection)
{
    m_selection = selection;
    if (selection.startUtc.isValid() && m_view.contains(selection.startUtc) && !hasFocus())
        m_cursor = slotStart(selection.startUtc);
    updateCursorDescription();
    update();
}

int SchedulingStrip::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int SchedulingStrip::rowHeight() const
{
    return std::max(26, fontMetrics().height() + 12);
}

int SchedulingStrip::legendHeight(int forWidth) const
{
    // As many lines as the legend needs at this width (see paintLegend()).
    const QFontMetrics fm = fontMetrics();
    const int available = std::max(200, (forWidth < 0 ? width() : forWidth) - 8);
    int lines = 1;
    int x = 0;
    const auto add = [&](const QString &label) {
        const int w = 18 + fm.horizontalAdvance(label) + 16;
        if (x > 0 && x + w > available) {
            ++lines;
            x = 0;
        }
        x += w;
    };
    for (Availability availability : kLegendOrder)
        add(AvailabilityStyle::of(availability, palette()).label);
    add(tr("Working hours"));
    add(tr("Outside working hours"));
    add(tr("Chosen time"));
    return lines * (fm.height() + 6) + 6;
}

int SchedulingStrip::nameWidth() const
{
    const QFontMetrics fm = fontMetrics();
    int widest = fm.horizontalAdvance(tr("You"));
    for (const FreeBusyRow &row : m_rows)
        widest = std::max(widest, fm.horizontalAdvance(row.isYou ? tr("You") : row.person.displayName()));
    return std::clamp(widest + 16, 80, 200);
}

QRect SchedulingStrip::timeArea() const
{
    const int rows = m_message.isEmpty() ? int(m_rows.size()) : 2;
    const int names = nameWidth();
    const int top = headerHeight();
    const int w = std::max(10, width() - names - 8);
    const int left = isRightToLeft() ? 4 : names;
    return QRect(left, top, w, rows * rowHeight());
}

QRect SchedulingStrip::rowRect(int index) const
{
    const QRect area = timeArea();
    return QRect(0, area.top() + index * rowHeight(), width(), rowHeight());
}

int SchedulingStrip::xFor(const QDateTime &instant) const
{
    const QRect area = timeArea();
    const qint64 total = m_view.startUtc.secsTo(m_view.endUtc);
    if (total <= 0)
        return area.left();
    const qint64 secs = std::clamp(m_view.startUtc.secsTo(instant), qint64(0), total);
    const int offset = int(std::lround(double(secs) / double(total) * area.width()));
    return isRightToLeft() ? area.right() + 1 - offset : area.left() + offset;
}

QDateTime SchedulingStrip::timeAt(int x) const
{
    const QRect area = timeArea();
    const qint64 total = m_view.startUtc.secsTo(m_view.endUtc);
    if (total <= 0 || area.width() <= 0)
        return {};
    const int offset = isRightToLeft() ? area.right() + 1 - x : x - area.left();
    if (offset < 0 || offset >= area.width())
        return {};
    return slotStart(m_view.startUtc.addSecs(qint64(double(offset) / area.width() * double(total))));
}

QDateTime SchedulingStrip::slotStart(const QDateTime &instant) const
{
    if (!instant.isValid() || !m_view.startUtc.isValid())
        return {};
    const qint64 step = qint64(m_interval) * 60;
    const qint64 secs = std::max<qint64>(0, m_view.startUtc.secsTo(instant));
    return m_view.startUtc.addSecs(secs / step * step);
}

QRect SchedulingStrip::slotRect(int row, const QDateTime &instant) const
{
    const QDateTime start = slotStart(instant);
    const QDateTime end = std::min(start.addSecs(qint64(m_interval) * 60), m_view.endUtc);
    const int a = xFor(start);
    const int b = xFor(end);
    const QRect r = rowRect(row);
    return QRect(QPoint(std::min(a, b), r.top() + 3), QPoint(std::max(a, b) - 1, r.bottom() - 3));
}

int SchedulingStrip::heightForWidth(int width) const
{
    const int rows = m_message.isEmpty() ? std::max(1, int(m_rows.size())) : 2;
    return headerHeight() + rows * rowHeight() + legendHeight(width) + 4;
}

QSize SchedulingStrip::sizeHint() const
{
    return QSize(720, heightForWidth(720));
}

QSize SchedulingStrip::minimumSizeHint() const
{
    return QSize(360, sizeHint().height());
}

void SchedulingStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QRect area = timeArea();
    painter.fillRect(rect(), pal.color(QPalette::Window));
    painter.fillRect(area, pal.color(QPalette::Base));

    // Hour marks on the shown zone's clock, as many as fit.
    const int labelWidth = fm.horizontalAdvance(BookingText::time(QTime(23, 0))) + 10;
    const qint64 total = m_view.startUtc.secsTo(m_view.endUtc);
    if (total > 0) {
        const double pixelsPerHour = double(area.width()) * 3600.0 / double(total);
        const int every = std::max(1, int(std::ceil(labelWidth / std::max(1.0, pixelsPerHour))));
        QDateTime hour = m_view.startUtc;
        int count = 0;
        painter.setPen(pal.color(QPalette::WindowText));
        for (; hour < m_view.endUtc; hour = hour.addSecs(3600), ++count) {
            const int x = xFor(hour);
            QColor line = pal.color(QPalette::Text);
            line.setAlpha(count % every == 0 ? 70 : 30);
            painter.setPen(line);
            painter.drawLine(x, area.top() - 3, x, area.bottom());
            if (count % every != 0)
                continue;
            painter.setPen(pal.color(QPalette::WindowText));
            const QString label = BookingText::time(hour.toTimeZone(m_shown).time());
            const int w = fm.horizontalAdvance(label);
            int lx = isRightToLeft() ? x - w - 2 : x + 2;
            if (lx + w > width() || lx < 0)
                continue;
            painter.drawText(QRect(lx, 0, w + 2, headerHeight() - 2), Qt::AlignVCenter | Qt::AlignLeft, label);
        }
    }

    if (!m_message.isEmpty()) {
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(area.adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    } else {
        for (int i = 0; i < m_rows.size(); ++i)
            paintRow(painter, i, rowRect(i));
    }

    // The chosen time, across every row.
    if (m_selection.startUtc.isValid() && m_selection.endUtc > m_view.startUtc
        && m_selection.startUtc < m_view.endUtc) {
        const int a = xFor(m_selection.startUtc);
        const int b = xFor(m_selection.endUtc);
        QRect chosen(QPoint(std::min(a, b), area.top() - 4), QPoint(std::max(a, b), area.bottom() + 1));
        QColor glow = pal.color(QPalette::Highlight);
        glow.setAlpha(40);
        painter.fillRect(chosen, glow);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(chosen.adjusted(1, 1, -1, -1));
    }

    if (hasFocus() && m_cursor.isValid() && (m_rows.size() > 0 || !m_message.isEmpty())) {
        const QRect cursor = slotRect(m_message.isEmpty() ? m_cursorRow : 0, m_cursor).adjusted(-1, -2, 1, 2);
        painter.setPen(QPen(pal.color(QPalette::Text), 2, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cursor);
    }

    painter.setPen(pal.color(QPalette::Mid));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(area.adjusted(0, 0, -1, -1));

    paintLegend(painter, QRect(0, area.bottom() + 4, width(), legendHeight()));
}

void SchedulingStrip::paintRow(QPainter &painter, int index, const QRect &rect) const
{
    const FreeBusyRow &row = m_rows.at(index);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QRect area = timeArea();
    const QRect band(area.left(), rect.top(), area.width(), rect.height());

    // The name.
    const QRect nameRect = isRightToLeft()
        ? QRect(area.right() + 8, rect.top(), width() - area.right() - 12, rect.height())
        : QRect(4, rect.top(), area.left() - 10, rect.height());
    QFont font = painter.font();
    font.setBold(row.isYou);
    painter.setFont(font);
    painter.setPen(row.known ? pal.color(QPalette::WindowText) : pal.color(QPalette::Disabled, QPalette::WindowText));
    const QString name = row.isYou ? tr("You") : row.person.displayName();
    painter.drawText(nameRect, Qt::AlignVCenter | (isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft),
                     fm.elidedText(name, Qt::ElideRight, nameRect.width()));
    font.setBold(false);
    painter.setFont(font);

    // Outside working hours shaded; working hours left plain.
    painter.fillRect(band.adjusted(0, 1, 0, -1), outsideHours(pal));
    for (const TimeRange &hours : row.workingRanges) {
        const int a = xFor(hours.startUtc);
        const int b = xFor(hours.endUtc);
        painter.fillRect(QRect(QPoint(std::min(a, b), band.top() + 1), QPoint(std::max(a, b) - 1, band.bottom() - 1)),
                         pal.color(QPalette::Base));
    }

    const auto pill = [&](const QRect &within, const QString &text) {
        const int w = fm.horizontalAdvance(text) + 8;
        if (w > within.width())
            return;
        QRect r(0, 0, w, fm.height() + 2);
        r.moveCenter(within.center());
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.color(QPalette::Base));
        painter.drawRoundedRect(r, 3, 3);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(r, Qt::AlignCenter, text);
    };

    if (!row.known) {
        const AvailabilityStyle style = AvailabilityStyle::of(Availability::Unknown, pal);
        const QRect r = band.adjusted(0, 3, 0, -3);
        painter.fillRect(r, style.fill);
        pill(r, tr("No free/busy available"));
    } else {
        for (const FreeBusyBlock &block : row.blocks) {
            if (block.availability == Availability::Free)
                continue;
            const AvailabilityStyle style = AvailabilityStyle::of(block.availability, pal);
            const int a = xFor(block.range.startUtc);
            const int b = xFor(block.range.endUtc);
            const QRect r(QPoint(std::min(a, b), band.top() + 3), QPoint(std::max(a, b) - 1, band.bottom() - 3));
            painter.fillRect(r, style.fill);
            painter.setPen(style.outline);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.adjusted(0, 0, -1, -1));
            pill(r.adjusted(2, 0, -2, 0), FreeBusy::availabilityName(block.availability));
        }
    }
    QColor divider = pal.color(QPalette::Mid);
    painter.setPen(divider);
    painter.drawLine(band.left(), band.bottom(), band.right(), band.bottom());
}

void SchedulingStrip::paintLegend(QPainter &painter, const QRect &rect) const
{
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int lineHeight = fm.height() + 6;
    const int available = std::max(200, rect.width() - 8);
    int x = 0;
    int y = rect.top() + 3;
    const auto item = [&](const QString &label, const std::function<void(const QRect &)> &swatch) {
        const int w = 18 + fm.horizontalAdvance(label) + 16;
        if (x > 0 && x + w > available) {
            x = 0;
            y += lineHeight;
        }
        const int left = isRightToLeft() ? rect.right() - 4 - x - w + 16 : rect.left() + 4 + x;
        const QRect box(isRightToLeft() ? left + w - 16 - 14 : left, y + (lineHeight - 12) / 2, 14, 12);
        swatch(box);
        painter.setPen(pal.color(QPalette::WindowText));
        const QRect text
            = isRightToLeft() ? QRect(left, y, w - 16 - 18, lineHeight) : QRect(left + 18, y, w - 16 - 18, lineHeight);
        painter.drawText(text, Qt::AlignVCenter | (isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft), label);
        x += w;
    };
    for (Availability availability : kLegendOrder) {
        const AvailabilityStyle style = AvailabilityStyle::of(availability, pal);
        item(style.label, [&](const QRect &box) {
            painter.fillRect(box, pal.color(QPalette::Base));
            painter.fillRect(box, style.fill);
            painter.setPen(style.outline.isValid() ? style.outline : pal.color(QPalette::Mid));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box.adjusted(0, 0, -1, -1));
        });
    }
    item(tr("Working hours"), [&](const QRect &box) {
        painter.fillRect(box, pal.color(QPalette::Base));
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawRect(box.adjusted(0, 0, -1, -1));
    });
    item(tr("Outside working hours"), [&](const QRect &box) {
        painter.fillRect(box, outsideHours(pal));
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawRect(box.adjusted(0, 0, -1, -1));
    });
    item(tr("Chosen time"), [&](const QRect &box) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box.adjusted(1, 1, -1, -1));
    });
}

void SchedulingStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_message.isEmpty()) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const QRect area = timeArea();
    const QDateTime at = timeAt(pos.x());
    if (!at.isValid() || pos.y() < area.top() || pos.y() > area.bottom()) {
        QWidget::mousePressEvent(event);
        return;
    }
    moveCursor(at, (pos.y() - area.top()) / rowHeight());
    event->accept();
    Q_EMIT timeChosen(at);
}

void SchedulingStrip::keyPressEvent(QKeyEvent *event)
{
    if (!m_cursor.isValid() || !m_view.startUtc.isValid()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const qint64 step = qint64(m_interval) * 60;
    const int forward = isRightToLeft() ? -1 : 1;
    const QDateTime last = slotStart(m_view.endUtc.addSecs(-1));
    switch (event->key()) {
    case Qt::Key_Right:
        moveCursor(std::clamp(m_cursor.addSecs(forward * step), m_view.startUtc, last), m_cursorRow);
        break;
    case Qt::Key_Left:
        moveCursor(std::clamp(m_cursor.addSecs(-forward * step), m_view.startUtc, last), m_cursorRow);
        break;
    case Qt::Key_PageDown:
        moveCursor(std::clamp(m_cursor.addSecs(3600), m_view.startUtc, last), m_cursorRow);
        break;
    case Qt::Key_PageUp:
        moveCursor(std::clamp(m_cursor.addSecs(-3600), m_view.startUtc, last), m_cursorRow);
        break;
    case Qt::Key_Home:
        moveCursor(m_view.startUtc, m_cursorRow);
        break;
    case Qt::Key_End:
        moveCursor(last, m_cursorRow);
        break;
    case Qt::Key_Up:
        moveCursor(m_cursor, std::max(0, m_cursorRow - 1));
        break;
    case Qt::Key_Down:
        moveCursor(m_cursor, std::min(int(m_rows.size()) - 1, m_cursorRow + 1));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT timeChosen(m_cursor);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SchedulingStrip::moveCursor(const QDateTime &to, int row)
{
    m_cursor = slotStart(to);
    m_cursorRow = std::clamp(row, 0, std::max(0, int(m_rows.size()) - 1));
    updateCursorDescription();
    update();
}

void SchedulingStrip::updateCursorDescription()
{
    if (!m_cursor.isValid())
        return;
    QStringList people;
    if (!m_message.isEmpty()) {
        people << m_message;
    } else {
        for (const FreeBusyRow &row : std::as_const(m_rows)) {
            const QString who = row.isYou ? tr("You") : row.person.displayName();
            people << (row.known ? tr("%1 %2").arg(who, FreeBusy::availabilityName(row.availabilityAt(m_cursor)))
                                 : tr("%1: no free/busy available").arg(who));
        }
    }
    //: %1 a time, %2 who is free or busy then; read by screen readers as the strip's cursor moves
    const QString text = tr("%1: %2. Enter sets the start time.")
                             .arg(BookingText::time(m_cursor.toTimeZone(m_shown).time()), people.join(tr("; ")));
    if (text == accessibleDescription())
        return;
    setAccessibleDescription(text);
    if (hasFocus()) {
        QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
    }
}

void SchedulingStrip::updateRowWidgets()
{
    const int count = m_message.isEmpty() ? int(m_rows.size()) : 0;
    while (m_rowWidgets.size() > count)
        delete m_rowWidgets.takeLast();
    while (m_rowWidgets.size() < count) {
        auto *row = new QWidget(this);
        row->setObjectName(u"schedulingRow%1"_s.arg(m_rowWidgets.size()));
        row->setAttribute(Qt::WA_TransparentForMouseEvents);
        row->setFocusPolicy(Qt::NoFocus);
        row->show();
        m_rowWidgets.append(row);
    }
    for (int i = 0; i < count; ++i) {
        QWidget *widget = m_rowWidgets.at(i);
        const FreeBusyRow &row = m_rows.at(i);
        widget->setGeometry(rowRect(i));
        widget->setAccessibleName(row.isYou ? tr("You") : row.person.displayName());
        widget->setAccessibleDescription(rowSummary(i));
    }
    updateCursorDescription();
}

void SchedulingStrip::focusInEvent(QFocusEvent *event)
{
    updateCursorDescription();
    update();
    QWidget::focusInEvent(event);
}

void SchedulingStrip::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

void SchedulingStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateRowWidgets();
}

void SchedulingStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::PaletteChange) {
        updateGeometry();
        updateRowWidgets();
        update();
    }
    QWidget::changeEvent(event);
}

bool SchedulingStrip::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QRect area = timeArea();
        const int index = (help->pos().y() - area.top()) / rowHeight();
        if (help->pos().y() >= area.top() && m_message.isEmpty() && index >= 0 && index < m_rows.size())
            QToolTip::showText(help->globalPos(), rowSummary(index), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace MentorDesk
