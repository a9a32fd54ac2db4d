#pragma once

#include "core/calendar/CalendarRange.h"
#include "core/calendar/CalendarSource.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarSync.h"
#include "core/model/Event.h"

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QActionGroup;
class QLabel;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QPushButton;

namespace MentorDesk {

class AgendaView;
class AwaitingAnswerPanel;
class BrowserOpener;
class CalendarListModel;
class CalendarListView;
class CalendarStore;
class CalendarSync;
class CalendarView;
class Clock;
class EventActions;
class EventDetailsPane;
class EventListModel;
class MiniMonthView;
class MonthView;
class NetworkReachability;
class TimeGridView;

// The calendar screen: a toolbar (Today, previous, next, the range's title, Month | Week | Day | Agenda, "last
// updated …" or offline, refresh with a progress bar that can be cancelled), the mini month and the calendar list
// on the left with the invitations awaiting an answer under them (AwaitingAnswerPanel: in the sidebar, so that they
// stay in sight whatever view and range are shown), the view in the middle and the selected event's details on the
// right. It paints the CalendarStores of every signed-in account (CalendarSource; the last known calendar, at once and
// offline), merged, and tells each CalendarSync which range is on screen. With several accounts the calendar list is
// grouped by account and the details pane names the event's account.
//
// Keys anywhere on the page: PgUp/PgDn previous/next range, T today, 1-4 Month/Week/Day/Agenda; in the views the
// arrows move the selection and Enter opens details (see CalendarView).
//
// Hooks for booking and Teams (connect from MainWindow): newSessionRequested (a free slot picked in the week or day
// view), rescheduleRequested (an event the user may move, see EventChangeRule, dropped at a new time, or Move
// meeting… in the details pane with its current time), cancelRequested and shareRequested (buttons in the details
// pane). Whoever connects a hook says so with setRescheduleAvailable() and friends; until then it is not offered: the
// buttons stay disabled and say why, and events cannot be dragged.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    enum class ViewMode { Month, Week, Day, Agenda };
    Q_ENUM(ViewMode)

    static constexpr int kAgendaDays = 30;

    // browser opens join links, Outlook links and body links; clock gives "now" (the current-time line, today).
    explicit CalendarPage(BrowserOpener *browser = nullptr, Clock *clock = nullptr, QWidget *parent = nullptr);
    ~CalendarPage() override;

    // The accounts' caches and sync services (none when nobody is signed in); not owned. The page gives every sync
    // its range; the owner starts and stops the syncs itself.
    void setSources(const QList<CalendarSource> &sources);
    QList<CalendarSource> sources() const { return m_sources; }
    // One account (null when nobody is signed in), with an empty account key.
    void setCalendar(CalendarStore *store, CalendarSync *sync);
    // The first source's (for callers that know one account).
    CalendarStore *store() const { return m_sources.isEmpty() ? nullptr : m_sources.first().store.data(); }
    CalendarSync *sync() const { return m_sources.isEmpty() ? nullptr : m_sources.first().sync.data(); }
    // Each account's answers to invitations, by account key (the sources' keys); not owned. The details pane answers
    // through them; an account without one cannot answer.
    void setEventActions(const QHash<QString, EventActions *> &actions);
    // Whether there is a network, for "Waiting to send (offline)"; not owned, may be null.
    void setReachability(NetworkReachability *reachability);

    ViewMode viewMode() const { return m_mode; }
    void setViewMode(ViewMode mode);
    // The selected date (the views' anchor).
    QDate currentDate() const { return m_date; }
    void goToDate(QDate date);
    CalendarRange range() const { return m_range; }
    // The viewer's zone (default: the system's) and first day of week (default: the locale's).
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    // The day and week views' second column of hours; invalid: none.
    void setSecondTimeZone(const QTimeZone &zone);
    void setFirstDayOfWeek(Qt::DayOfWeek day);

    // The selected event; an invalid Event (empty id) when none.
    Event selectedEvent() const;
    // The account the user is looking at: the selected event's, else that of the calendar (or account header)
    // current in the calendar list; empty when neither (the default organiser of New session…).
    QString currentAccountKey() const;
    // An empty accountKey looks in every account (the first match).
    bool selectEvent(const QString &calendarId, const QString &eventId, const QString &accountKey = {});

    CalendarView *currentView() const;
    MonthView *monthView() const { return m_month; }
    TimeGridView *weekView() const { return m_week; }
    TimeGridView *dayView() const { return m_day; }
    AgendaView *agendaView() const { return m_agenda; }
    EventDetailsPane *detailsPane() const { return m_details; }
    AwaitingAnswerPanel *awaitingPanel() const { return m_awaiting; }
    CalendarListView *calendarList() const { return m_calendarList; }
    MiniMonthView *miniMonth() const { return m_miniMonth; }
    EventListModel *eventModel() const { return m_events; }
    QString titleText() const;
    QString statusText() const;

    // Whether someone handles rescheduleRequested() / cancelRequested() / shareRequested() (default: no).
    void setRescheduleAvailable(bool available);
    void setCancelAvailable(bool available);
    void setShareAvailable(bool available);

    // For MainWindow's View menu: Month/Week/Day/Agenda (Ctrl+1-4), Today, Previous, Next, zoom, Refresh (F5).
    QList<QAction *> menuActions() const { return m_menuActions; }

public Q_SLOTS:
    void refresh();
    void cancelRefresh();
    void goToToday();
    void goNext();
    void goPrevious();

Q_SIGNALS:
    void newSessionRequested(const QDateTime &startUtc, const QDateTime &endUtc);
    void rescheduleRequested(const MentorDesk::Event &event, const QDateTime &newStartUtc, const QDateTime &newEndUtc);
    void cancelRequested(const MentorDesk::Event &event);
    void shareRequested(const MentorDesk::Event &event);
    void selectedEventChanged(const MentorDesk::Event &event);
    void viewModeChanged(MentorDesk::CalendarPage::ViewMode mode);
    void rangeChanged(const MentorDesk::CalendarRange &range);
    // From the calendar list's context menu (CalendarListView).
    void removeColleagueCalendarRequested(const QString &accountKey, const QString &calendarId);
    void openColleagueCalendarRequested(const QString &accountKey);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createToolbar();
    void createActions();
    CalendarRange rangeFor(ViewMode mode, QDate date) const;
    void applyRange(const CalendarRange &range);
    void onViewSelectionChanged();
    void showDetailsFor(const Event &event);
    void openDetails(const Event &event);
    void updateTitle();
    void updateStatus();
    void updateColors();
    void scheduleMiniMonthFormats();
    void updateMiniMonthFormats();
    bool canMove(const Event &event) const;
    QList<CalendarSync *> syncs() const;
    CalendarSync *syncOf(const QString &accountKey) const;
    void updateProgress();

    BrowserOpener *m_browser;
    Clock *m_clock;
    QList<CalendarSource> m_sources;
    EventListModel *m_events = nullptr;
    CalendarListModel *m_calendars = nullptr;
    QHash<QString, QColor> m_colors; // by EventListModel::calendarKey()
    QHash<const CalendarSync *, std::pair<int, int>> m_syncProgress; // done, total of each sync's round

    ViewMode m_mode = ViewMode::Month;
    QDate m_date;
    CalendarRange m_range;
    QTimeZone m_zone;
    Qt::DayOfWeek m_firstDayOfWeek;
    QString m_shownEventKey;
    bool m_miniFormatsPending = false;
    bool m_rescheduleAvailable = false;

    QLabel *m_title = nullptr;
    QPushButton *m_today = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QList<QToolButton *> m_modeButtons;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QToolButton *m_refresh = nullptr;
    MiniMonthView *m_miniMonth = nullptr;
    CalendarListView *m_calendarList = nullptr;
    AwaitingAnswerPanel *m_awaiting = nullptr;
    QStackedWidget *m_stack = nullptr;
    MonthView *m_month = nullptr;
    TimeGridView *m_week = nullptr;
    TimeGridView *m_day = nullptr;
    AgendaView *m_agenda = nullptr;
    EventDetailsPane *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QActionGroup *m_modeGroup = nullptr;
    QList<QAction *> m_modeActions;
    QList<QAction *> m_menuActions;
    QTimer m_statusTimer;
};

} // namespace MentorDesk
