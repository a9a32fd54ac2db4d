#include "core/calendar/CalendarSync.h"

#include "core/calendar/CalendarChangeSet.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/ColleagueCalendars.h"
#include "core/calendar/EventFormatter.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/graph/GraphBatchJob.h"
#include "core/graph/GraphClient.h"
#include "core/graph/jobs/CalendarDeltaJob.h"
#include "core/graph/jobs/CalendarViewJob.h"
#include "core/graph/jobs/GetEventJob.h"
#include "core/graph/jobs/GetMeJob.h"
#include "core/graph/jobs/GetScheduleJob.h"
#include "core/graph/jobs/ListCalendarsJob.h"

#include <QScopeGuard>

#include <memory>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

bool overlaps(const Event &event, const QDateTime &startUtc, const QDateTime &endUtc)
{
    if (event.start == event.end)
        return event.start >= startUtc && event.start < endUtc;
    return event.start < endUtc && event.end > startUtc;
}

// A colleague's calendar that answers 403 (not shared any more, or the share scope is missing) or 404 (the
// mailbox is gone): that calendar only, never the whole round.
bool isAccessLoss(const Calendar &calendar, const GraphResult &result)
{
    return !calendar.isOwn()
        && (result.status == GraphStatus::PermissionDenied || result.status == GraphStatus::NotFound);
}

} // namespace

CalendarSync::CalendarSync(GraphClient *client, CalendarStore *store, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_clock(clock ? clock : Clock::system())
    , m_pageSize(CalendarViewJob::kDefaultPageSize)
{
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    m_timer.setInterval(m_refreshInterval);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_range.isValid())
            return;
        Task task = windowTask(m_range);
        task.calendarList = true;
        task.force = true;
        enqueue(task, true);
    });
    if (m_store) {
        connect(m_store, &CalendarStore::changed, this,
                [this](quint64, const CalendarStoreChange &change) { onStoreChanged(change); });
        if (m_store->isOpen()) {
            const QStringList visible = m_store->visibleCalendarIds();
            m_knownVisible = QSet<QString>(visible.begin(), visible.end());
        }
    }
}

CalendarSync::~CalendarSync()
{
    m_queue.clear();
    if (Round *round = std::exchange(m_round, nullptr)) {
        for (GraphJob *job : std::as_const(round->jobs))
            job->disconnect(this);
        if (round->batch) {
            round->batch->disconnect(this);
            round->batch->cancel();
        }
        qDeleteAll(round->jobs);
        delete round;
    }
}

QString CalendarSync::signedInAddress() const
{
    return m_profile.isValid() && !m_profile.primaryAddress().isEmpty() ? m_profile.primaryAddress()
                                                                        : m_signedInAddress;
}

void CalendarSync::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_refreshInterval = interval;
    if (interval.count() > 0) {
        m_timer.setInterval(interval);
        if (m_started)
            m_timer.start();
    } else {
        m_timer.stop();
    }
}

CalendarRange CalendarSync::syncWindowFor(const CalendarRange &range)
{
    if (!range.isValid())
        return {};
    const QDate anchor = range.anchor().isValid() ? range.anchor() : range.firstDate();
    const CalendarRange grid = CalendarRange::month(anchor, range.firstDayOfWeek(), range.timeZone());
    return CalendarRange::custom(qMin(grid.firstDate(), range.firstDate()), qMax(grid.lastDate(), range.lastDate()),
                                 range.timeZone());
}

CalendarSync::Task CalendarSync::windowTask(const CalendarRange &range) const
{
    const CalendarRange window = syncWindowFor(range);
    Task task;
    task.startUtc = window.startUtc();
    task.endUtc = window.endUtc();
    return task;
}

void CalendarSync::setRange(const CalendarRange &range)
{
    if (!range.isValid() || range == m_range)
        return;
    m_range = range;
    if (m_started)
        enqueue(windowTask(range), true);
}

void CalendarSync::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_range.isValid())
        m_range = CalendarRange::month(m_clock->nowUtc().toTimeZone(QTimeZone::systemTimeZone()).date());
    Task task = windowTask(m_range);
    task.profile = true;
    task.calendarList = true;
    task.force = true;
    enqueue(task, true);
    if (m_refreshInterval.count() > 0)
        m_timer.start();
}

void CalendarSync::stop()
{
    m_started = false;
    m_timer.stop();
    cancel();
}

void CalendarSync::refresh()
{
    if (!m_started) {
        start();
        return;
    }
    Task task = windowTask(m_range);
    task.calendarList = true;
    task.force = true;
    enqueue(task, true);
}

void CalendarSync::cancel()
{
    m_queue.clear();
    if (m_round && !m_round->cancelled) {
        m_round->cancelled = true;
        if (m_round->batch)
            m_round->batch->cancel(); // finishes the phase (synchronously) with Cancelled
    }
}

void CalendarSync::enqueue(const Task &task, bool front)
{
    Task merged = task;
    if (!task.prefetch) {
        // The visible window wins: queued prefetches go, and queued visible rounds fold into this one (what they
        // would have loaded is loaded with the window the user looks at now).
        for (const Task &queued : std::as_const(m_queue)) {
            if (queued.prefetch)
                continue;
            merged.profile = merged.profile || queued.profile;
            merged.calendarList = merged.calendarList || queued.calendarList;
            merged.force = merged.force || queued.force;
            if (queued.onlyCalendars.isEmpty() || merged.onlyCalendars.isEmpty())
                merged.onlyCalendars.clear();
            else
                merged.onlyCalendars += queued.onlyCalendars;
        }
        m_queue.clear();
        if (m_round && m_round->task.prefetch && !m_round->cancelled) {
            m_round->cancelled = true;
            if (m_round->batch)
                m_round->batch->cancel();
        }
    }
    if (front)
        m_queue.prepend(merged);
    else
        m_queue.append(merged);
    scheduleNext();
}

void CalendarSync::scheduleNext()
{
    if (m_runScheduled || m_round)
        return;
    m_runScheduled = true;
    QMetaObject::invokeMethod(this, &CalendarSync::runNext, Qt::QueuedConnection);
}

QString CalendarSync::freshKey(const QString &calendarId, const QDateTime &startUtc, const QDateTime &endUtc)
{
    return calendarId + u'|' + QString::number(startUtc.toMSecsSinceEpoch()) + u'|'
        + QString::number(endUtc.toMSecsSinceEpoch());
}

bool CalendarSync::isFresh(const QString &calendarId, const QDateTime &startUtc, const QDateTime &endUtc) const
{
    const QDateTime synced = m_fresh.value(freshKey(calendarId, startUtc, endUtc));
    if (!synced.isValid())
        return false;
    const qint64 freshMs = (m_refreshInterval.count() > 0 ? m_refreshInterval : kDefaultRefreshInterval).count();
    return synced.msecsTo(m_clock->nowUtc()) < freshMs;
}

void CalendarSync::markFresh(const QString &calendarId, const QDateTime &startUtc, const QDateTime &endUtc)
{
    m_fresh.insert(freshKey(calendarId, startUtc, endUtc), m_clock->nowUtc());
}

QList<GraphJob *> CalendarSync::jobsFor(const QList<Calendar> &calendars, const Task &task, Round &round,
                                        bool allowDelta)
{
    QList<GraphJob *> jobs;
    QStringList freeBusy; // addresses
    for (const Calendar &calendar : calendars) {
        if (!task.onlyCalendars.isEmpty() && !task.onlyCalendars.contains(calendar.id))
            continue;
        if (round.covered.contains(calendar.id))
            continue;
        if (!task.force && isFresh(calendar.id, task.startUtc, task.endUtc))
            continue;
        if (ColleagueCalendars::isFreeBusyOnly(calendar.id)) {
            freeBusy << calendar.owner.address;
            round.covered.insert(calendar.id);
            continue;
        }
        if (calendar.kind == Calendar::Kind::Own && calendar.isDefaultCalendar && allowDelta && !round.deltaAdded) {
            QUrl link(m_store->deltaLink(calendar.id, task.startUtc, task.endUtc), QUrl::StrictMode);
            if (!link.isEmpty() && !m_client->isUnderBase(link)) {
                // Kept from another Graph address (the demo tenant's port changes each start): start over.
                qCInfo(lcCalendar) << "stored delta link is not under the Graph base; reading the window again";
                link.clear();
            }
            auto *job = new CalendarDeltaJob(m_client, task.startUtc, task.endUtc, link, m_pageSize, this);
            job->setCalendarId(calendar.id);
            jobs << job;
            round.deltaAdded = true;
        } else {
            jobs << new CalendarViewJob(m_client, calendar, task.startUtc, task.endUtc, m_pageSize, this);
        }
        round.covered.insert(calendar.id);
    }
    // getSchedule: at most 20 addresses and less than 62 days per request (docs/graph/scheduling.md#getschedule).
    const qint64 maxSpanMs = qint64(GetScheduleJob::kMaxDays - 1) * 24 * 60 * 60 * 1000;
    for (qsizetype first = 0; first < freeBusy.size(); first += GetScheduleJob::kMaxSchedules) {
        for (QDateTime from = task.startUtc; from < task.endUtc;) {
            const QDateTime to = qMin(task.endUtc, from.addMSecs(maxSpanMs));
            GetScheduleJob::Query query;
            query.schedules = freeBusy.mid(first, GetScheduleJob::kMaxSchedules);
            query.startUtc = from;
            query.endUtc = to;
            query.intervalMinutes = 30;
            jobs << new GetScheduleJob(m_client, query, this);
            from = to;
        }
    }
    return jobs;
}

QList<Calendar> CalendarSync::withAdded(const QList<Calendar> &listed) const
{
    QList<Calendar> calendars;
    for (const Calendar &calendar : listed) {
        if (!ColleagueCalendars::isAdded(calendar.id))
            calendars << calendar;
    }
    for (const Calendar &added : m_added) {
        // One the colleague shares with the user meanwhile is in the list itself: that one shows, not a copy.
        const bool known = std::any_of(calendars.cbegin(), calendars.cend(), [&added](const Calendar &calendar) {
            return calendar.id == added.id
                || (!calendar.isOwn() && calendar.owner.address.compare(added.owner.address, Qt::CaseInsensitive) == 0);
        });
        if (!known)
            calendars << added;
    }
    return calendars;
}

void CalendarSync::setAddedCalendars(const QList<Calendar> &calendars)
{
    m_added = calendars;
    if (!m_store || !m_store->isOpen())
        return;
    const QList<Calendar> current = m_store->calendars();
    const QList<Calendar> next = withAdded(current);
    if (next == current)
        return;
    for (const Calendar &calendar : current) {
        if (ColleagueCalendars::isAdded(calendar.id)
            && std::none_of(next.cbegin(), next.cend(),
                            [&calendar](const Calendar &c) { return c.id == calendar.id; })) {
            m_calendarStatus.remove(calendar.id);
            for (auto it = m_fresh.begin(); it != m_fresh.end();) {
                if (it.key().startsWith(calendar.id + u'|'))
                    it = m_fresh.erase(it);
                else
                    ++it;
            }
        }
    }
    // New ones are visible: onStoreChanged() reads them for the visible window.
    if (!m_store->replaceCalendars(next))
        qCWarning(lcCalendar) << "could not store the colleagues' calendars:" << m_store->errorString();
}

void CalendarSync::runNext()
{
    m_runScheduled = false;
    if (m_round || m_queue.isEmpty() || !m_store || !m_store->isOpen())
        return;
    const Task task = m_queue.takeFirst();
    auto *round = new Round;
    round->task = task;
    m_round = round;

    QList<Calendar> visible;
    const QStringList visibleIds = m_store->visibleCalendarIds();
    for (const Calendar &calendar : m_store->calendars()) {
        if (visibleIds.contains(calendar.id))
            visible << calendar;
    }
    QList<GraphJob *> jobs;
    if (task.profile)
        jobs << new GetMeJob(m_client, this);
    if (task.calendarList)
        jobs << new ListCalendarsJob(m_client, this);
    jobs += jobsFor(visible, task, *round, true);
    bool defaultKnown = false;
    for (const Calendar &calendar : m_store->calendars())
        defaultKnown = defaultKnown || (calendar.isOwn() && calendar.isDefaultCalendar);
    if (task.calendarList && !defaultKnown && !round->deltaAdded) {
        // First run: the default calendar's id is unknown until the list arrives, but its delta needs no id, so
        // it travels in the first $batch and is filed under the id the list names.
        jobs << new CalendarDeltaJob(m_client, task.startUtc, task.endUtc, {}, m_pageSize, this);
        round->deltaAdded = true;
    }
    if (jobs.isEmpty()) {
        // Everything is fresh: nothing to do, nothing to say.
        delete round;
        m_round = nullptr;
        if (!task.prefetch && m_prefetch && task.onlyCalendars.isEmpty()) {
            for (const CalendarRange &neighbour : {m_range.previous(), m_range.next()}) {
                Task prefetch = windowTask(neighbour);
                prefetch.prefetch = true;
                if (prefetch.startUtc != task.startUtc || prefetch.endUtc != task.endUtc)
                    m_queue.append(prefetch);
            }
        }
        scheduleNext();
        return;
    }
    if (!task.prefetch) {
        setState(State::Syncing);
        Q_EMIT syncStarted();
    }
    qCDebug(lcCalendar) << (task.prefetch ? "prefetching" : "syncing") << task.startUtc << "to" << task.endUtc << "with"
                        << jobs.size() << "request(s)";
    startPhase(jobs);
}

bool CalendarSync::startPhase(QList<GraphJob *> jobs)
{
    Round &round = *m_round;
    ++round.phase;
    round.jobs = jobs;
    round.total += int(jobs.size());
    if (!round.task.prefetch)
        Q_EMIT progressChanged(round.done, round.total);
    auto *batch = new GraphBatchJob(m_client, this);
    round.batch = batch;
    for (GraphJob *job : std::as_const(jobs)) {
        job->setAutoDelete(false); // read after the whole batch (and every job's later pages) finished
        batch->addJob(job);
        connect(job, &GraphJob::finished, this, [this, prefetch = round.task.prefetch] {
            if (!m_round)
                return;
            ++m_round->done;
            if (!prefetch)
                Q_EMIT progressChanged(m_round->done, m_round->total);
        });
    }
    connect(batch, &GraphBatchJob::finished, this, &CalendarSync::onPhaseFinished);
    batch->start();
    return true;
}

void CalendarSync::onPhaseFinished()
{
    if (!m_round)
        return;
    Round &round = *m_round;
    const Task &task = round.task;
    const QList<GraphJob *> jobs = std::exchange(round.jobs, {});
    round.batch = nullptr;
    const auto cleanup = qScopeGuard([&jobs] {
        for (GraphJob *job : jobs)
            job->deleteLater();
    });

    const auto noteFailure = [&round](const GraphResult &result) {
        if (result.status == GraphStatus::Cancelled) {
            round.cancelled = true;
            return;
        }
        if (result.status == GraphStatus::Offline)
            round.anyOffline = true;
        if (round.failure.isOk())
            round.failure = result;
    };
    // The cache refused a write (full disk, the file held by another program): what was cached stays as it was,
    // the delta links too, so the next round asks for the same changes again. SQLite's text goes to the log and the
    // result's details; lastMessage() tells the user.
    const auto noteCacheFailure = [this, &round](const char *what) {
        qCWarning(lcCalendar) << "could not store" << what << "in the cache:" << m_store->lastFailure()
                              << m_store->errorString();
        if (!round.failure.isOk())
            return;
        GraphError error;
        error.code = QString::fromLatin1(kCacheNotWritten);
        error.message = m_store->errorString();
        round.failure = GraphResult::failure(GraphStatus::ServerError, error);
        round.cacheFailure = m_store->lastFailure() == CalendarStore::Failure::None ? CalendarStore::Failure::Other
                                                                                    : m_store->lastFailure();
    };

    // The profile and the calendar list first: the others' results are filed under what they say.
    QList<Calendar> listed;
    bool listArrived = false;
    for (GraphJob *job : jobs) {
        if (auto *me = qobject_cast<GetMeJob *>(job)) {
            if (me->result().isOk()) {
                m_profile = me->profile();
                Q_EMIT profileLoaded(m_profile);
            } else {
                noteFailure(me->result());
            }
        }
    }
    for (GraphJob *job : jobs) {
        if (auto *list = qobject_cast<ListCalendarsJob *>(job)) {
            if (list->result().isOk()) {
                listed = withAdded(list->calendars(signedInAddress()));
                listArrived = true;
                round.anySuccess = true;
            } else {
                noteFailure(list->result());
            }
        }
    }
    if (listArrived && !round.cancelled) {
        if (!m_store->replaceCalendars(listed))
            noteCacheFailure("the calendar list");
        for (const Calendar &calendar : std::as_const(listed)) {
            if (calendar.isOwn() && m_calendarStatus.value(calendar.id) == CalendarStatus::NotShared)
                setCalendarStatus(calendar.id, CalendarStatus::Ok);
        }
    }
    QString defaultId;
    for (const Calendar &calendar : m_store->calendars()) {
        if (calendar.isOwn() && calendar.isDefaultCalendar)
            defaultId = calendar.id;
    }

    QList<CalendarChangeSet> changes;
    QStringList succeeded;
    for (GraphJob *job : jobs) {
        if (auto *view = qobject_cast<CalendarViewJob *>(job)) {
            const Calendar &calendar = view->calendar();
            const GraphResult &result = view->result();
            if (result.isOk()) {
                CalendarChangeSet set;
                set.calendarId = calendar.id;
                set.upserts = view->events();
                set.windowStartUtc = task.startUtc;
                set.windowEndUtc = task.endUtc;
                // A capped read is incomplete: keep what is cached rather than deleting what was not read.
                set.replacesWindow = !view->pageCapReached();
                changes << set;
                succeeded << calendar.id;
                round.anySuccess = true;
                setCalendarStatus(calendar.id, CalendarStatus::Ok);
            } else if (isAccessLoss(calendar, result)) {
                qCInfo(lcCalendar) << "a shared calendar is not readable any more:" << result.error.code;
                CalendarChangeSet set;
                set.calendarId = calendar.id;
                set.replacesWindow = true; // its cached events in the window go: the user may not see them now
                set.windowStartUtc = task.startUtc;
                set.windowEndUtc = task.endUtc;
                set.markUpdated = false;
                changes << set;
                setCalendarStatus(calendar.id, CalendarStatus::NotShared);
            } else {
                noteFailure(result);
                if (result.status != GraphStatus::Cancelled)
                    setCalendarStatus(calendar.id, CalendarStatus::Failed);
            }
        } else if (auto *schedule = qobject_cast<GetScheduleJob *>(job)) {
            const GraphResult &result = schedule->result();
            const GetScheduleJob::Query &query = schedule->query();
            if (!result.isOk()) {
                noteFailure(result);
                if (result.status != GraphStatus::Cancelled) {
                    for (const QString &address : query.schedules)
                        setCalendarStatus(
                            ColleagueCalendars::calendarIdFor(address, ColleagueCalendars::Access::FreeBusy),
                            CalendarStatus::Failed);
                }
                continue;
            }
            round.anySuccess = true;
            for (const QString &address : query.schedules) {
                const QString calendarId
                    = ColleagueCalendars::calendarIdFor(address, ColleagueCalendars::Access::FreeBusy);
                const std::optional<ScheduleInformation> information = schedule->schedule(address);
                if (!information || information->hasError()) {
                    // The address is not known any more (left the organisation): like a calendar no longer shared.
                    CalendarChangeSet set;
                    set.calendarId = calendarId;
                    set.replacesWindow = true;
                    set.windowStartUtc = query.startUtc;
                    set.windowEndUtc = query.endUtc;
                    set.markUpdated = false;
                    changes << set;
                    setCalendarStatus(calendarId, CalendarStatus::NotShared);
                    continue;
                }
                CalendarChangeSet set;
                set.calendarId = calendarId;
                set.upserts = ColleagueCalendars::eventsFromSchedule(*information, calendarId);
                set.windowStartUtc = query.startUtc;
                set.windowEndUtc = query.endUtc;
                set.replacesWindow = true;
                changes << set;
                if (!succeeded.contains(calendarId))
                    succeeded << calendarId;
                setCalendarStatus(calendarId, CalendarStatus::Ok);
            }
        } else if (auto *delta = qobject_cast<CalendarDeltaJob *>(job)) {
            const GraphResult &result = delta->result();
            if (delta->calendarId().isEmpty())
                delta->setCalendarId(defaultId);
            const QString calendarId = delta->calendarId();
            if (!calendarId.isEmpty())
                round.covered.insert(calendarId);
            if (calendarId.isEmpty()) {
                if (!result.isOk())
                    noteFailure(result);
                continue; // no default calendar named: nothing to file it under
            }
            if (!result.isOk()) {
                noteFailure(result);
                if (result.status != GraphStatus::Cancelled)
                    setCalendarStatus(calendarId, CalendarStatus::Failed);
                continue;
            }
            CalendarChangeSet set;
            set.calendarId = calendarId;
            set.upserts = delta->events();
            set.windowStartUtc = task.startUtc;
            set.windowEndUtc = task.endUtc;
            set.replacesWindow = delta->isFullSync() && !delta->pageCapReached();
            set.deltaLink = delta->pageCapReached() ? QString() : delta->deltaLink().toString(QUrl::FullyEncoded);
            bool staleElsewhere = false;
            for (const GraphDeltaJob::Removal &removal : delta->removed()) {
                // Graph also reports changes outside the window as removed: a cached event that lies outside
                // stays (another window's round will read it), but those windows are no longer fresh.
                const std::optional<Event> cached = m_store->event(calendarId, removal.id);
                if (cached && !overlaps(*cached, task.startUtc, task.endUtc)) {
                    staleElsewhere = true;
                    continue;
                }
                set.removedIds << removal.id;
            }
            if (staleElsewhere) {
                for (auto it = m_fresh.begin(); it != m_fresh.end();) {
                    if (it.key().startsWith(calendarId + u'|'))
                        it = m_fresh.erase(it);
                    else
                        ++it;
                }
            }
            if (delta->restartedAfterExpiry())
                qCInfo(lcCalendar) << "the delta link had expired; the window was read again in full";
            changes << set;
            succeeded << calendarId;
            round.anySuccess = true;
            setCalendarStatus(calendarId, CalendarStatus::Ok);
        }
    }
    if (!changes.isEmpty() && !round.cancelled) {
        if (m_store->applyChanges(changes)) {
            for (const QString &id : std::as_const(succeeded))
                markFresh(id, task.startUtc, task.endUtc);
        } else {
            noteCacheFailure("the calendar changes");
        }
    }

    // Calendars the list named that this round has not read yet (the first run): a second $batch.
    if (round.phase == 1 && listArrived && !round.cancelled) {
        QList<Calendar> missing;
        const QStringList visibleIds = m_store->visibleCalendarIds();
        for (const Calendar &calendar : m_store->calendars()) {
            if (visibleIds.contains(calendar.id) && !round.covered.contains(calendar.id))
                missing << calendar;
        }
        const QList<GraphJob *> next = jobsFor(missing, task, round, true);
        if (!next.isEmpty()) {
            startPhase(next);
            return;
        }
    }
    finishRound();
}

void CalendarSync::finishRound()
{
    std::unique_ptr<Round> round(std::exchange(m_round, nullptr));
    ++m_roundsCompleted;
    const Task &task = round->task;
    GraphResult result;
    if (round->cancelled)
        result = GraphResult::failure(GraphStatus::Cancelled);
    else if (!round->failure.isOk())
        result = round->failure;
    if (!task.prefetch) {
        m_lastResult = result;
        m_lastCacheFailure = result.isOk() || round->cancelled ? CalendarStore::Failure::None : round->cacheFailure;
        State state = State::Idle;
        if (!result.isOk() && result.status != GraphStatus::Cancelled)
            state = result.status == GraphStatus::Offline ? State::Offline : State::Error;
        if (result.status == GraphStatus::Cancelled && m_state == State::Syncing)
            state = State::Idle;
        setState(state);
        qCDebug(lcCalendar) << "sync round finished:" << GraphResult::statusKey(result.status);
        Q_EMIT syncFinished(result);
        if (result.isOk() && m_prefetch && task.onlyCalendars.isEmpty() && m_range.isValid()) {
            for (const CalendarRange &neighbour : {m_range.previous(), m_range.next()}) {
                Task prefetch = windowTask(neighbour);
                prefetch.prefetch = true;
                if (prefetch.startUtc != task.startUtc || prefetch.endUtc != task.endUtc)
                    m_queue.append(prefetch);
            }
        }
    }
    scheduleNext();
}

void CalendarSync::setCalendarStatus(const QString &calendarId, CalendarStatus status)
{
    const CalendarStatus old = m_calendarStatus.value(calendarId);
    if (status == CalendarStatus::Ok)
        m_calendarStatus.remove(calendarId);
    else
        m_calendarStatus.insert(calendarId, status);
    if (old != status)
        Q_EMIT calendarStatusChanged(calendarId);
}

void CalendarSync::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void CalendarSync::onStoreChanged(const CalendarStoreChange &change)
{
    // Only a new calendar list or a visibility switch (unbounded changes) can show a calendar.
    if (!m_store || !m_store->isOpen() || !change.isUnbounded())
        return;
    const QStringList visible = m_store->visibleCalendarIds();
    const QSet<QString> now(visible.begin(), visible.end());
    QStringList shown;
    for (const QString &id : visible) {
        if (!m_knownVisible.contains(id))
            shown << id;
    }
    m_knownVisible = now;
    if (shown.isEmpty() || !m_started || !m_range.isValid())
        return;
    // A calendar was switched on: read it for the visible window unless it is fresh (new calendars from the
    // list are read by the running round's second phase and count as fresh by then).
    Task task = windowTask(m_range);
    task.onlyCalendars = shown;
    m_queue.append(task);
    scheduleNext();
}

QDateTime CalendarSync::lastUpdated() const
{
    if (!m_store || !m_store->isOpen())
        return {};
    QDateTime stalest;
    bool any = false;
    for (const QString &id : m_store->visibleCalendarIds()) {
        if (m_calendarStatus.value(id) == CalendarStatus::NotShared)
            continue;
        const QDateTime updated = m_store->lastUpdated(id);
        if (!updated.isValid())
            return {};
        if (!any || updated < stalest)
            stalest = updated;
        any = true;
    }
    return stalest;
}

QString CalendarSync::statusText() const
{
    const QString updated = EventFormatter::lastUpdatedText(lastUpdated(), m_clock->nowUtc());
    switch (m_state) {
    case State::Syncing:
        return tr("Updating…");
    case State::Offline:
        return tr("Offline · %1").arg(updated);
    case State::Error:
        return tr("Could not update: %1 %2").arg(lastMessage(), updated);
    case State::Idle:
        break;
    }
    return updated;
}

QString CalendarSync::lastMessage() const
{
    switch (m_lastCacheFailure) {
    case CalendarStore::Failure::None:
        break;
    case CalendarStore::Failure::Busy:
        return tr("Another program is using the calendar saved on this computer, so the update could not be saved. "
                  "The calendar shown is as it was; MentorDesk tries again at the next update.");
    case CalendarStore::Failure::DiskFull:
        return tr("The disk is full, so the update could not be saved on this computer. The calendar shown is as it "
                  "was; free some space and the next update saves everything.");
    case CalendarStore::Failure::Other:
        return tr("The update could not be saved on this computer. The calendar shown is as it was; MentorDesk tries "
                  "again at the next update.");
    }
    return m_lastResult.userMessage();
}

QString CalendarSync::calendarStatusText(const QString &calendarId) const
{
    switch (calendarStatus(calendarId)) {
    case CalendarStatus::Ok:
        break;
    case CalendarStatus::NotShared:
        return tr("Not shared with you any more");
    case CalendarStatus::Failed:
        return tr("Could not be updated");
    }
    return {};
}

bool CalendarSync::requestEventDetails(const Event &event)
{
    struct Pending
    {
        Event event;
        Event master;
        int waiting = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->event = event;
    pending->master = m_masters.value(event.seriesMasterId);
    const std::optional<Calendar> calendar = m_store ? m_store->calendar(event.calendarId) : std::nullopt;
    const auto finishOne = [this, pending] {
        if (--pending->waiting == 0)
            Q_EMIT eventDetailsLoaded(pending->event, pending->master);
    };
    QList<GetEventJob *> jobs;
    if (calendar) {
        if (event.body.content.isEmpty() && !event.bodyPreview.isEmpty()) {
            auto *job = new GetEventJob(m_client, *calendar, event.id, this);
            connect(job, &GraphJob::finished, this, [job, pending, finishOne](const GraphResult &result) {
                if (result.isOk()) {
                    const QString calendarId = pending->event.calendarId;
                    pending->event = job->event();
                    pending->event.calendarId = calendarId;
                }
                finishOne();
            });
            jobs << job;
        }
        if (!event.seriesMasterId.isEmpty() && !m_masters.contains(event.seriesMasterId)) {
            auto *job = new GetEventJob(m_client, *calendar, event.seriesMasterId, this);
            connect(job, &GraphJob::finished, this, [this, job, pending, finishOne](const GraphResult &result) {
                if (result.isOk()) {
                    pending->master = job->event();
                    m_masters.insert(pending->master.id, pending->master);
                }
                finishOne();
            });
            jobs << job;
        }
    }
    if (jobs.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, pending] { Q_EMIT eventDetailsLoaded(pending->event, pending->master); },
            Qt::QueuedConnection);
        return false;
    }
    pending->waiting = int(jobs.size());
    for (GetEventJob *job : std::as_const(jobs))
        job->start();
    return true;
}

} // namespace MentorDesk
