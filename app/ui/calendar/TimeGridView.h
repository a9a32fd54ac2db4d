#pragma once

#include "core/calendar/EventLayout.h"
#include "ui/calendar/CalendarView.h"

#include <QList>
#include <QRectF>
#include <QTimeZone>
#include <QTimer>

namespace MentorDesk {

// The week and day views: a time axis with one column per day (as many as the range has), an all-day strip on
// top, overlapping events side by side (EventLayout's columns), working hours shaded lighter, and a line at the
// current time. The axis zooms with Ctrl+wheel and Ctrl+plus/minus (Ctrl+0 resets).
//
// A free slot can be picked for a new session: drag over it, double-click it, or move the slot cursor with the
// arrow keys and press Enter (newSessionRequested). An event the move predicate allows can be dragged to another
// time or day; the drop emits rescheduleRequested and the view snaps back until the calendar changes.
//
// Keys: Left/Right the day, Up/Down the 30-minute slot cursor (it selects the event under it), Ctrl+Up/Down the
// previous/next event of the day, Enter opens the event or books the free slot.
class TimeGridView : public CalendarView
{
    Q_OBJECT

public:
    static constexpr int kSlotMinutes = 30;
    static constexpr int kSnapMinutes = 15;
    static constexpr qreal kMinHourHeight = 24;
    static constexpr qreal kMaxHourHeight = 160;
    static constexpr qreal kDefaultHourHeight = 48;

    explicit TimeGridView(QWidget *parent = nullptr);

    QString viewName() const override;
    QString selectionDescription() const override;

    qreal hourHeight() const { return m_hourHeight; }
    void setHourHeight(qreal height);
    // Working hours (minutes after midnight) on Monday to Friday; painted lighter than the rest.
    void setWorkingHours(int startMinute, int endMinute);
    int cursorMinute() const { return m_cursorMinute; }
    void setCursorMinute(int minute);
    // A second time zone's hours beside the grid's own (Preferences); invalid: none.
    void setSecondTimeZone(const QTimeZone &zone);
    QTimeZone secondTimeZone() const { return m_secondZone; }
    // What the second axis shows at this hour line of the grid's first visible day (tests, accessibility).
    QString secondZoneLabel(int hour) const;
    // Scrolls so that this wall-clock minute is at the top of the grid.
    void scrollToMinute(int minute);
    int firstVisibleMinute() const;

    // Geometry, for tests and hit testing (viewport coordinates).
    QRectF eventRect(int row, QDate date) const;
    QRectF slotRect(QDate date, int minute, int minutes = kSlotMinutes) const;
    QRectF dayHeaderRect(QDate date) const;
    qreal headerHeight() const { return m_dayHeaderHeight + m_stripHeight; }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetZoom();

protected:
    void modelReloaded() override;
    void activateEmpty() override;
    void ensureSelectionVisible() override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Hit
    {
        QRectF rect; // strip: viewport coordinates; grid: content coordinates (add gridTop - scroll)
        int row = -1;
        QDate date;
        bool strip = false;
        bool continuesBefore = false;
        bool continuesAfter = false;
        int startMinute = 0;
        int endMinute = 0;
        QStringList lines; // what the block says, made at layout time (painting only draws)
    };
    enum class Drag { None, Pending, Select, Move };

    void relayout();
    void updateScrollRange();
    int dayCount() const;
    qreal columnWidth() const;
    qreal columnLeft(int index) const;
    qreal gridTop() const { return headerHeight(); }
    qreal yForMinute(int minute) const;
    int minuteAt(qreal y) const;
    QDate dateAt(qreal x) const;
    const Hit *hitAt(const QPointF &pos) const;
    QRectF viewportRect(const Hit &hit) const;
    QDateTime toUtc(QDate date, int minute) const;
    void selectEventUnderCursor();
    void zoomTo(qreal height, qreal anchorY);
    QDate gridDate() const;
    QString secondZoneHeader() const;
    static QString zoneAbbreviation(const QTimeZone &zone, QDate date);

    qreal m_hourHeight = kDefaultHourHeight;
    int m_workStart = 8 * 60;
    int m_workEnd = 17 * 60;
    int m_cursorMinute = 9 * 60;
    qreal m_axisWidth = 48; // both axes
    qreal m_secondAxisWidth = 0; // the second zone's, at the outer edge
    QTimeZone m_secondZone;
    qreal m_dayHeaderHeight = 36;
    qreal m_stripHeight = 24;
    qreal m_stripRowHeight = 22;
    bool m_scrolledOnce = false;
    QList<Hit> m_hits;
    QTimer m_minuteTimer; // moves the current-time line

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    int m_dragRow = -1;
    QDate m_dragDate;
    int m_dragAnchorMinute = 0; // Select: where it started; Move: the grab offset inside the event
    int m_dragStartMinute = 0;
    int m_dragEndMinute = 0;
};

} // namespace MentorDesk
