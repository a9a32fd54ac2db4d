#pragma once

#include "core/booking/FreeBusy.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>
#include <QWidget>

namespace MentorDesk {

// The scheduling strip of the New session dialog: one row for the mentor and one per mentee across the chosen day,
// each person's working hours shaded (converted from their own zone into the zone shown), the chosen time outlined,
// and free, tentative, busy, away and working elsewhere drawn with their own patterns, named in a legend and, where
// they fit, written in the blocks, so colour is never the only difference. A row without free/busy (outside the
// organisation, no mailbox) is cross-hatched and says so; it is never drawn as free.
//
// Mouse: a click sets the start time (timeChosen()). Keyboard: Left/Right move the cursor by one slot (mirrored
// right to left), Home/End to the ends, Up/Down between people, Enter or Space takes the cursor's time.
//
// Accessibility: each row is a child widget named after the person with the row's summary as its description
// (FreeBusy::summary()); the strip's description says what is under the cursor.
class SchedulingStrip : public QWidget
{
    Q_OBJECT

public:
    explicit SchedulingStrip(QWidget *parent = nullptr);

    // The stretch of time shown, its slot length and the zone its clock is drawn in.
    void setView(const TimeRange &view, int intervalMinutes, const QTimeZone &shown);
    TimeRange view() const { return m_view; }
    void setRows(const QList<FreeBusyRow> &rows);
    int rowCount() const { return int(m_rows.size()); }
    const FreeBusyRow &row(int index) const { return m_rows.at(index); }
    QString rowSummary(int index) const;
    // Shown across the strip instead of the rows (e.g. free/busy not available for this account); empty: the rows.
    void setMessage(const QString &text);
    QString message() const { return m_message; }
    // The session as the dialog has it now, outlined.
    void setSelection(const TimeRange &selection);
    TimeRange selection() const { return m_selection; }

    // The keyboard cursor: the start of a slot, and the row it is in.
    QDateTime cursorTime() const { return m_cursor; }
    int cursorRow() const { return m_cursorRow; }
    // Where the slot that contains instant is drawn in row (for tests and tooltips).
    QRect slotRect(int row, const QDateTime &instant) const;
    QRect rowRect(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    // The user clicked a slot or pressed Enter on one: the session should start then.
    void timeChosen(const QDateTime &startUtc);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    int headerHeight() const;
    int rowHeight() const;
    int legendHeight(int forWidth = -1) const; // at the widget's width by default
    int nameWidth() const;
    QRect timeArea() const; // the columns with time, all rows
    int xFor(const QDateTime &instant) const;
    QDateTime timeAt(int x) const; // the start of the slot under x
    QDateTime slotStart(const QDateTime &instant) const;
    void moveCursor(const QDateTime &to, int row);
    void updateRowWidgets();
    void updateCursorDescription();
    void paintRow(QPainter &painter, int index, const QRect &rect) const;
    void paintLegend(QPainter &painter, const QRect &rect) const;

    TimeRange m_view;
    int m_interval = 30;
    QTimeZone m_shown = QTimeZone::utc();
    QList<FreeBusyRow> m_rows;
    QList<QWidget *> m_rowWidgets;
    QString m_message;
    TimeRange m_selection;
    QDateTime m_cursor;
    int m_cursorRow = 0;
};

// How the strip draws an availability (also used for its legend): a brush, with a label for the legend.
struct AvailabilityStyle
{
    QBrush fill;
    QColor outline;
    QString label;
    static AvailabilityStyle of(Availability availability, const QPalette &palette);
};

} // namespace MentorDesk
