#pragma once

#include "ui/calendar/CalendarView.h"

#include <QList>
#include <QRectF>

namespace MentorDesk {

// The month grid (4-6 weeks): each day shows its all-day and multi-day events as bars and its timed events as
// "● 09:15 Subject" lines, as many as fit; a day with more shows "+N more", which opens the day. Arrow keys move
// the selected day (a week with Up/Down), Enter opens the selected event or, with none, the day.
class MonthView : public CalendarView
{
    Q_OBJECT

public:
    explicit MonthView(QWidget *parent = nullptr);

    QString viewName() const override;
    // Rows of events that fit a day cell at the current size (what monthLayout() is asked for).
    int visibleRows() const { return m_visibleRows; }
    // The screen rectangle of a day cell (viewport coordinates); empty when outside the range.
    QRectF cellRect(QDate date) const;
    // Where the event at row is drawn on date (the first segment when it spans more), or empty.
    QRectF eventRect(int row, QDate date) const;
    // The "+N more" link of a day, or empty.
    QRectF moreRect(QDate date) const;

protected:
    void modelReloaded() override;
    void activateEmpty() override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Hit
    {
        QRectF rect;
        int row = -1; // event row, or -1
        QDate date; // the cell
        bool more = false; // the "+N more" link
        int moreCount = 0;
        bool bar = false; // painted as a bar (all-day / multi-day)
        bool continuesBefore = false;
        bool continuesAfter = false;
        QString time; // start time ("09:15"), empty for all-day
        QString subject;
    };

    void relayout();
    QDate dateAt(const QPointF &pos) const;
    const Hit *hitAt(const QPointF &pos) const;

    qreal m_headerHeight = 0;
    qreal m_cellWidth = 0;
    qreal m_cellHeight = 0;
    qreal m_dateHeight = 0;
    qreal m_rowHeight = 0;
    int m_weeks = 0;
    int m_visibleRows = 1;
    QList<Hit> m_hits;
};

} // namespace MentorDesk
