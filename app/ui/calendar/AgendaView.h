#pragma once

#include "ui/calendar/CalendarView.h"

#include <QList>
#include <QRectF>

namespace MentorDesk {

// The agenda: the days of the range that have events, each with its events as a list (all-day first, then by
// start time; a multi-day event on each of its days). Up/Down move through the events, Left/Right jump a day,
// Enter opens the selected event.
class AgendaView : public CalendarView
{
    Q_OBJECT

public:
    explicit AgendaView(QWidget *parent = nullptr);

    QString viewName() const override;
    // The rectangle of an event's line on a day (viewport coordinates), or empty.
    QRectF eventRect(int row, QDate date) const;
    // Events in display order as (date, row) pairs.
    QList<std::pair<QDate, int>> entries() const;

protected:
    void modelReloaded() override;
    void ensureSelectionVisible() override;
    QList<int> rowsOnDay(QDate date) const override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Line
    {
        QRectF rect; // content coordinates
        QDate date;
        int row = -1; // -1: the day heading
    };

    void relayout();
    int currentLine() const;
    void selectLine(int index);
    QRectF toViewport(const QRectF &rect) const;

    QList<Line> m_lines;
    qreal m_contentHeight = 0;
};

} // namespace MentorDesk
