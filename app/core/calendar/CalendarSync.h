#pragma once

#include "core/calendar/CalendarRange.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarStoreChange.h"
#include "core/graph/GraphResult.h"
#include "core/model/Calendar.h"
#include "core/model/Event.h"
#include "core/model/UserProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace MentorDesk {

class CalendarDeltaJob;
class Clock;
class GraphBatchJob;
class GraphClient;
class GraphJob;

// Keeps the CalendarStore current from Microsoft Graph for the range the user looks at. The views never wait for
// it: they paint the store, which shows the last known calendar at once (also offline), and reload when a round
// has applied its changes.
//
// A round loads one sync window (syncWindowFor(): the month grid around the visible range) for every visible
// calendar, in one $batch where possible: at start-up GET /me + GET /me/calendars + the first page of every cached
// calendar's view go together (one round trip); calendars the list reveals that the cache did not know (the first
// run) follow in a second $batch. Every job then pages to the end on its own. The default calendar is read with
// calendarView delta (/me/calendarView/delta, the only calendar Graph v1.0 offers delta for), keeping the delta
// link per window in the store, applying @removed (ignoring removals of cached events outside the window, which
// Graph also reports) and starting over when the link expired (syncStateNotFound). Other calendars, shared ones as
// /users/{owner}/calendar/calendarView, are read again in full. Each round applies its results in one store
// transaction. A 403/404 on a colleague's calendar marks that calendar NotShared and drops its cached events in
// the window; the other calendars are unaffected.
//
// Refreshes: on demand (refresh()), every refreshInterval() while started (a QTimer; nothing runs while the app is
// closed), when the visible range moves to a window that is not fresh, and when a hidden calendar is shown. After
// the visible window it prefetches the neighbouring ranges. Rounds run one at a time, the visible one first.
class CalendarSync : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle, // up to date as far as we know (or never synced, see lastUpdated())
        Syncing, // a round for the visible range is running
        Offline, // the last round could not connect: the cache is shown
        Error, // the last round failed otherwise (lastResult().userMessage() says what to do)
    };
    Q_ENUM(State)

    enum class CalendarStatus {
        Ok,
        NotShared, // a colleague's calendar answered 403/404: not shared with the user any more
        Failed, // the last read failed for another reason (transient: it is retried with the next round)
    };
    Q_ENUM(CalendarStatus)

    static constexpr std::chrono::milliseconds kDefaultRefreshInterval{5 * 60 * 1000};

    // client, store and clock are not owned; clock defaults to Clock::system().
    CalendarSync(GraphClient *client, CalendarStore *store, Clock *clock = nullptr, QObject *parent = nullptr);
    ~CalendarSync() override;

    GraphClient *client() const { return m_client; }
    CalendarStore *store() const { return m_store; }

    // The signed-in user's address (the account's username or email) to tell own calendars from shared ones
    // until GET /me answers.
    void setSignedInAddress(const QString &address) { m_signedInAddress = address; }
    QString signedInAddress() const;

    // 0 turns periodic refreshes off. Also how long a synced window counts as fresh (default 5 minutes).
    void setRefreshInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds refreshInterval() const { return m_refreshInterval; }
    // $top for calendarView and odata.maxpagesize for delta (default 200; small values in tests force paging).
    void setPageSize(int pageSize) { m_pageSize = qMax(1, pageSize); }
    int pageSize() const { return m_pageSize; }
    void setPrefetchEnabled(bool enabled) { m_prefetch = enabled; }
    bool prefetchEnabled() const { return m_prefetch; }

    // The UTC window synced for a visible range: the month grid around its anchor, widened to cover the range
    // (the agenda may reach further). Stable while the user moves day by day or week by week inside a month, so
    // delta links and freshness carry over.
    static CalendarRange syncWindowFor(const CalendarRange &range);

    // The range the UI shows. Once started, loads its window unless it is fresh, then prefetches its neighbours.
    void setRange(const CalendarRange &range);
    CalendarRange range() const { return m_range; }

    // The start-up load (profile, calendar list and the visible window in one $batch), then periodic refreshes.
    void start();
    // Stops the timer and cancels whatever runs. The store keeps what was loaded.
    void stop();
    bool isStarted() const { return m_started; }
    // Calendar list and the visible window now, fresh or not. Also starts when not started.
    void refresh();
    // Cancels the running round and everything queued; the store keeps what was applied so far.
    void cancel();

    State state() const { return m_state; }
    bool isSyncing() const { return m_state == State::Syncing; }
    // The outcome of the last finished visible round (Ok before the first one). A round whose results could not be
    // written to the cache (disk full, the file held by another program) fails with error.code kCacheNotWritten
    // and the store's SQLite text in error.message; lastMessage() tells the user (GraphResult::userMessage() only
    // knows Graph's failures).
    const GraphResult &lastResult() const { return m_lastResult; }
    static constexpr char kCacheNotWritten[] = "calendarCacheNotWritten";
    // Translated: what went wrong in the last visible round and what to do; empty when it went well.
    QString lastMessage() const;
    // The stalest "last updated" over the visible calendars that can be read (NotShared ones aside); invalid: never.
    QDateTime lastUpdated() const;
    // "Last updated 5 minutes ago", "Offline · last updated …", "Could not update: …" (translated).
    QString statusText() const;
    CalendarStatus calendarStatus(const QString &calendarId) const { return m_calendarStatus.value(calendarId); }
    // Empty for Ok; else a short translated reason ("Not shared with you any more").
    QString calendarStatusText(const QString &calendarId) const;
    // From GET /me in the start-up round; invalid until then.
    const UserProfile &profile() const { return m_profile; }
    // Finished rounds (visible and prefetch); for tests and diagnostics.
    int roundsCompleted() const { return m_roundsCompleted; }

    // Colleagues' calendars the user opened by address (ColleagueCalendars): kept in the store next to the
    // calendars GET /me/calendars lists (the store's list is updated at once; the new ones are read for the visible
    // window) and synced with them each round; one whose owner shares a calendar that the list names is left out
    // (the listed one shows it). Those read as events go through /users/{address}/calendar/calendarView
    // like any shared calendar; free/busy-only ones (ColleagueCalendars::isFreeBusyOnly()) through
    // POST /me/calendar/getSchedule, up to GetScheduleJob::kMaxSchedules addresses per request and the window in
    // pieces shorter than GetScheduleJob::kMaxDays, their busy blocks stored as events (replacing the window's).
    void setAddedCalendars(const QList<Calendar> &calendars);
    const QList<Calendar> &addedCalendars() const { return m_added; }

    // Loads what calendarView may leave out, for the details pane: the full event when its body is missing, and
    // the series master of an occurrence (for its recurrence pattern). Emits eventDetailsLoaded() once, also when
    // nothing needed loading or the loads failed (then with what is known). Returns false when nothing will load.
    bool requestEventDetails(const Event &event);

Q_SIGNALS:
    void stateChanged(MentorDesk::CalendarSync::State state);
    // A visible round started / finished (exactly once each; prefetch rounds are silent).
    void syncStarted();
    void syncFinished(const MentorDesk::GraphResult &result);
    // Jobs of the visible round finished so far out of those started (grows when a second batch is needed).
    void progressChanged(int done, int total);
    void calendarStatusChanged(const QString &calendarId);
    void profileLoaded(const MentorDesk::UserProfile &profile);
    // seriesMaster is invalid (empty id) when the event is not part of a series or it could not be loaded.
    void eventDetailsLoaded(const MentorDesk::Event &event, const MentorDesk::Event &seriesMaster);

private:
    struct Task
    {
        QDateTime startUtc;
        QDateTime endUtc;
        bool profile = false; // GET /me
        bool calendarList = false; // GET /me/calendars
        bool prefetch = false;
        bool force = false; // ignore freshness
        QStringList onlyCalendars; // empty: every visible calendar
    };
    struct Round
    {
        Task task;
        int phase = 0;
        QPointer<GraphBatchJob> batch;
        QList<GraphJob *> jobs; // of the current phase; owned (autoDelete off)
        QSet<QString> covered; // calendar ids with a job this round
        bool deltaAdded = false;
        int done = 0;
        int total = 0;
        bool cancelled = false;
        GraphResult failure; // first failure that concerns the whole round
        CalendarStore::Failure cacheFailure = CalendarStore::Failure::None; // why, when that failure is the cache's
        bool anyOffline = false;
        bool anySuccess = false;
    };

    void enqueue(const Task &task, bool front);
    void scheduleNext();
    void runNext();
    bool startPhase(QList<GraphJob *> jobs);
    void onPhaseFinished();
    void finishRound();
    QList<GraphJob *> jobsFor(const QList<Calendar> &calendars, const Task &task, Round &round, bool allowDelta);
    QList<Calendar> withAdded(const QList<Calendar> &listed) const;
    bool isFresh(const QString &calendarId, const QDateTime &startUtc, const QDateTime &endUtc) const;
    void markFresh(const QString &calendarId, const QDateTime &startUtc, const QDateTime &endUtc);
    void setCalendarStatus(const QString &calendarId, CalendarStatus status);
    void setState(State state);
    void onStoreChanged(const MentorDesk::CalendarStoreChange &change);
    Task windowTask(const CalendarRange &range) const;
    static QString freshKey(const QString &calendarId, const QDateTime &startUtc, const QDateTime &endUtc);

    GraphClient *m_client;
    QPointer<CalendarStore> m_store;
    Clock *m_clock;
    QString m_signedInAddress;
    std::chrono::milliseconds m_refreshInterval = kDefaultRefreshInterval;
    int m_pageSize;
    bool m_prefetch = true;
    bool m_started = false;
    CalendarRange m_range;
    QTimer m_timer;
    QList<Task> m_queue;
    Round *m_round = nullptr;
    bool m_runScheduled = false;
    State m_state = State::Idle;
    GraphResult m_lastResult;
    CalendarStore::Failure m_lastCacheFailure = CalendarStore::Failure::None;
    QHash<QString, QDateTime> m_fresh; // freshKey -> when synced (clock time)
    QHash<QString, CalendarStatus> m_calendarStatus;
    QSet<QString> m_knownVisible;
    UserProfile m_profile;
    QHash<QString, Event> m_masters; // series masters by id, for recurrence text
    int m_roundsCompleted = 0;
    QList<Calendar> m_added; // ColleagueCalendars
};

} // namespace MentorDesk
