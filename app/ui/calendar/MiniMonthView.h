#pragma once

#include <QDate>
#include <QSet>
#include <QWidget>

class QLabel;
class QToolButton;

namespace MentorDesk {

// The small month navigator of the calendar page: a painted 6-week grid with the month's name and previous/next
// buttons. Today is circled, the selected date filled, days with events bold, the dates the big view shows tinted.
// A click, or Enter after moving with the arrow keys, activates a date. (Painted rather than QCalendarWidget,
// which costs a third of the page's start-up on its own.)
class MiniMonthView : public QWidget
{
    Q_OBJECT

public:
    explicit MiniMonthView(QWidget *parent = nullptr);

    QDate selectedDate() const { return m_selected; }
    // Also shows its month.
    void setSelectedDate(QDate date);
    int yearShown() const { return m_month.year(); }
    int monthShown() const { return m_month.month(); }
    // The first day of the month shown.
    QDate monthShownDate() const { return m_month; }
    void showMonth(QDate anyDayOfMonth);
    Qt::DayOfWeek firstDayOfWeek() const { return m_firstDayOfWeek; }
    void setFirstDayOfWeek(Qt::DayOfWeek day);
    void setToday(QDate today);
    // Days drawn bold (they have events).
    void setBusyDates(const QSet<QDate> &dates);
    bool isBusy(QDate date) const { return m_busy.contains(date); }
    // The dates the page's view shows (tinted).
    void setHighlightedRange(QDate first, QDate last);
    // The six weeks on screen.
    QDate firstVisibleDate() const;
    QDate lastVisibleDate() const { return firstVisibleDate().addDays(41); }
    // Where a date is drawn (for tests), or an empty rectangle.
    QRect dateRect(QDate date) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void activated(QDate date);
    void currentPageChanged(int year, int month);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRectF gridRect() const;
    QDate dateAt(const QPoint &pos) const;
    void moveCursor(QDate date);
    void updateTitle();

    QDate m_month; // first of the month shown
    QDate m_selected;
    QDate m_cursor; // keyboard position
    QDate m_today;
    QDate m_rangeFirst;
    QDate m_rangeLast;
    QSet<QDate> m_busy;
    Qt::DayOfWeek m_firstDayOfWeek = Qt::Monday;
    QLabel *m_title;
    QToolButton *m_previous;
    QToolButton *m_next;
};

} // namespace MentorDesk
