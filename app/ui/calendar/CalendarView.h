#pragma once

#include "core/calendar/CalendarRange.h"
#include "core/calendar/EventListModel.h"
#include "core/model/Event.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QDate>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>

class QPainter;

namespace MentorDesk {

class Clock;
class EventListModel;

// Base of the month, week/day and agenda views: custom-painted from an EventListModel (never from the network),
// with a selected day and an optional selected event that survive reloads, keyboard handling shared by all views,
// and the selection exposed to assistive technology through the accessible name and description.
//
// Keys common to every view: Ctrl+Up / Ctrl+Down pick the previous / next event of the selected day, Enter or
// Return open the selected event (eventActivated) or act on the empty selection (activateEmpty()), Escape drops
// the event selection. Range keys (PgUp/PgDn, T, 1-4) belong to the page.
class CalendarView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit CalendarView(QWidget *parent = nullptr);
    ~CalendarView() override;

    void setModel(EventListModel *model);
    EventListModel *model() const { return m_model; }
    CalendarRange range() const;
    void setClock(Clock *clock) { m_clock = clock; }
    QDateTime now() const;
    QDate today() const;
    // Colours per EventListModel::calendarKey(accountKey, calendarId) (EventPalette::calendarColor()).
    void setCalendarColors(const QHash<QString, QColor> &colors);
    // Which events may be dragged to a new time (the booking side decides; default: none).
    void setMovePredicate(std::function<bool(const Event &)> canMove) { m_canMove = std::move(canMove); }
    bool canMove(const Event &event) const { return m_canMove && m_canMove(event); }

    QDate selectedDate() const { return m_selectedDate; }
    void setSelectedDate(QDate date);
    bool hasSelectedEvent() const { return selectedRow() >= 0; }
    // The selected event, or an invalid Event when none.
    Event selectedEvent() const;
    // Selects an event by id (false when it is not in the model); its first day in the range becomes the date.
    // An empty accountKey matches any account.
    bool selectEvent(const QString &calendarId, const QString &eventId, const QString &accountKey = {});
    void clearEventSelection();
    // What the accessible name/description say, e.g. "Month view" / "Wednesday 25 November 2026, 4 events …".
    virtual QString viewName() const = 0;
    virtual QString selectionDescription() const;

Q_SIGNALS:
    void selectionChanged();
    // Enter, Return or a double-click on an event: show its details.
    void eventActivated(const MentorDesk::Event &event);
    // "+N more", a click on a day heading, Enter on an empty month day: show that day.
    void dayActivated(QDate date);
    // A free slot was picked (drag, double-click, Enter on an empty slot): week and day views only.
    void newSessionRequested(const QDateTime &startUtc, const QDateTime &endUtc);
    // An event the user organises was dropped at a new time (week and day views): nothing changes until the
    // booking side confirms and the calendar is updated.
    void rescheduleRequested(const MentorDesk::Event &event, const QDateTime &newStartUtc, const QDateTime &newEndUtc);

protected:
    // The model reloaded (sync, visibility, range): recompute layouts, keep the selection where possible.
    virtual void modelReloaded();
    // Enter with no event selected.
    virtual void activateEmpty() { }
    // Scroll so the selection is visible.
    virtual void ensureSelectionVisible() { }
    // Rows of the events shown on a day, in the order keyboard navigation visits them.
    virtual QList<int> rowsOnDay(QDate date) const;

    int selectedRow() const;
    void setSelectedRow(int row, bool moveDate = true);
    // Both at once (a click on an event inside a given day cell); row -1 selects the day only.
    void setSelection(QDate date, int row);
    void updateAccessibleName();
    QColor colorFor(const Event &event) const;
    QLocale locale() const { return QLocale(); }
    void selectionUpdated();

    // Fonts and metrics for painting, made once (painting hundreds of events must not build fonts per event).
    struct TextStyle
    {
        QFont plain;
        QFont bold;
        QFont boldStruck;
        QFont small;
        QFontMetricsF plainMetrics{QFont()};
        QFontMetricsF boldMetrics{QFont()};
        QFontMetricsF smallMetrics{QFont()};
    };
    const TextStyle &textStyle() const;
    // text elided to width (only when it does not fit).
    static QString fitted(const QFontMetricsF &metrics, const QString &text, qreal width);

    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

    // A rounded event block: fill, accent bar on the left, hatch for tentative, outline when selected, and up to
    // three lines of text (the first bold) elided to fit.
    void paintEventBlock(QPainter &painter, const QRectF &rect, const Event &event, bool selected,
                         const QStringList &lines, bool continuesBefore = false, bool continuesAfter = false) const;

private:
    QPointer<EventListModel> m_model;
    Clock *m_clock = nullptr;
    QHash<QString, QColor> m_colors;
    std::function<bool(const Event &)> m_canMove;
    QDate m_selectedDate;
    QString m_selectedAccountKey;
    QString m_selectedCalendarId;
    QString m_selectedEventId;
    mutable int m_selectedRowCache = -2; // -2: not computed for this revision
    mutable std::optional<TextStyle> m_textStyle;
};

} // namespace MentorDesk
