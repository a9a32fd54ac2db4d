#include "core/reminders/ReminderService.h"

#include "core/calendar/CalendarStore.h"
#include "core/calendar/EventActions.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/graph/jobs/ReminderViewJob.h"
#include "core/model/GraphTime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

constexpr int kStateVersion = 1;
// The fire timer never waits longer than this, so a clock that jumps (sleep, a time zone or NTP change) is caught up.
constexpr int kMaxFireWaitMs = 60 * 1000;

} // namespace

ReminderService::ReminderService(GraphClient *graph, EventActions *actions, Clock *clock, CalendarStore *store,
                                 QString statePath, QObject *parent)
    : QObject(parent)
    , m_graph(graph)
    , m_actions(actions)
    , m_clock(clock)
    , m_store(store)
    , m_statePath(std::move(statePath))
{
    m_refreshTimer.setInterval(kRefreshMinutes * 60 * 1000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ReminderService::refresh);
    m_fireTimer.setSingleShot(true);
    connect(&m_fireTimer, &QTimer::timeout, this, &ReminderService::evaluate);
    if (m_actions) {
        // Graph has the answer or reminder change: read the reminders again (a dismissal also dismisses it in Outlook).
        connect(m_actions, &EventActions::calendarChanged, this, [this] {
            if (m_enabled)
                QTimer::singleShot(500, this, &ReminderService::refresh);
        });
    }
    load();
}

ReminderService::~ReminderService()
{
    if (m_job)
        m_job->cancel();
}

void ReminderService::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled) {
        m_refreshTimer.stop();
        m_fireTimer.stop();
        if (m_job)
            m_job->cancel();
        if (!m_due.isEmpty()) {
            m_due.clear();
            Q_EMIT dueChanged();
        }
        return;
    }
    evaluate(); // what was read last time, at once (also offline)
    m_refreshTimer.start();
    refresh();
}

void ReminderService::refresh()
{
    if (!m_enabled || m_job || !m_graph)
        return;
    const QDateTime now = m_clock->nowUtc();
    auto *job = new ReminderViewJob(m_graph, now.addSecs(-kLookBehindHours * 3600), now.addDays(kLookAheadDays), this);
    m_job = job;
    connect(job, &GraphJob::finished, this, [this, job](const GraphResult &result) { onRefreshed(job, result); });
    job->start();
}

void ReminderService::onRefreshed(ReminderViewJob *job, const GraphResult &result)
{
    m_job = nullptr;
    m_lastResult = result;
    if (result.status == GraphStatus::Cancelled)
        return;
    if (!result.isOk()) {
        // Keep what was read before: reminders still go off offline; the next round tries again.
        qCInfo(lcCalendar) << "reminders: reminderView failed:" << GraphResult::statusKey(result.status);
        Q_EMIT refreshFinished(result);
        return;
    }
    m_server = job->reminders();
    // What the user did here stays until Graph shows it: a dismissed reminder is gone, a snoozed one fires at the
    // new time; and never while its write is still in the Outbox.
    for (auto it = m_local.begin(); it != m_local.end();) {
        const auto found = std::find_if(m_server.cbegin(), m_server.cend(),
                                        [&](const Reminder &reminder) { return reminder.eventId == it.key(); });
        const bool pending = m_actions && m_actions->hasPending(it.key());
        const bool shown = found == m_server.cend()
            || (!it->dismissed && it->snoozedUntil.isValid() && found->reminderFireTime >= it->snoozedUntil);
        if (!pending && shown)
            it = m_local.erase(it);
        else
            ++it;
    }
    save();
    evaluate();
    Q_EMIT refreshFinished(result);
}

Reminder ReminderService::effective(const Reminder &reminder, bool *hidden) const
{
    Reminder shown = reminder;
    *hidden = false;
    const auto local = m_local.constFind(reminder.eventId);
    if (local == m_local.cend())
        return shown;
    if (local->dismissed)
        *hidden = true;
    else if (local->snoozedUntil.isValid() && local->snoozedUntil > shown.reminderFireTime)
        shown.reminderFireTime = local->snoozedUntil;
    return shown;
}

void ReminderService::evaluate()
{
    m_fireTimer.stop();
    if (!m_enabled)
        return;
    const QDateTime now = m_clock->nowUtc();
    QList<Reminder> due;
    QDateTime next;
    for (const Reminder &reminder : std::as_const(m_server)) {
        bool hidden = false;
        const Reminder shown = effective(reminder, &hidden);
        // An event that is over needs no reminder any more (Outlook would list it as overdue until dismissed).
        if (hidden || !shown.isValid() || (shown.eventEnd.isValid() && shown.eventEnd <= now))
            continue;
        if (shown.isDue(now))
            due.append(shown);
        else if (!next.isValid() || shown.reminderFireTime < next)
            next = shown.reminderFireTime;
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const Reminder &a, const Reminder &b) { return a.eventStart < b.eventStart; });
    QList<Reminder> fired;
    for (const Reminder &reminder : std::as_const(due)) {
        if (!m_announced.contains(announceKey(reminder))) {
            m_announced.insert(announceKey(reminder));
            fired.append(reminder);
        }
    }
    const bool changed = due != m_due;
    m_due = due;
    if (next.isValid())
        m_fireTimer.start(int(std::clamp<qint64>(now.msecsTo(next) + 50, 0, kMaxFireWaitMs)));
    else if (!m_due.isEmpty())
        m_fireTimer.start(kMaxFireWaitMs);
    if (changed)
        Q_EMIT dueChanged();
    if (!fired.isEmpty())
        Q_EMIT remindersFired(fired);
}

QList<Reminder> ReminderService::due() const
{
    return m_due;
}

QDateTime ReminderService::nextFireTime() const
{
    const QDateTime now = m_clock->nowUtc();
    QDateTime next;
    for (const Reminder &reminder : m_server) {
        bool hidden = false;
        const Reminder shown = effective(reminder, &hidden);
        if (!hidden && shown.reminderFireTime > now && (!next.isValid() || shown.reminderFireTime < next))
            next = shown.reminderFireTime;
    }
    return next;
}

QUrl ReminderService::joinUrl(const Reminder &reminder) const
{
    if (!m_store || !reminder.eventStart.isValid())
        return {};
    const QList<Event> events = m_store->eventsBetween(reminder.eventStart, reminder.eventEnd.addSecs(1));
    for (const Event &event : events) {
        if (event.id == reminder.eventId)
            return event.hasJoinUrl() ? event.joinUrl : QUrl();
    }
    return {};
}

bool ReminderService::dismiss(const Reminder &reminder)
{
    if (!m_actions || !m_actions->dismiss(reminder))
        return false;
    m_local[reminder.eventId] = Local{true, {}};
    save();
    evaluate();
    return true;
}

bool ReminderService::dismissAll()
{
    bool all = true;
    for (const Reminder &reminder : due())
        all = dismiss(reminder) && all;
    return all;
}

bool ReminderService::snooze(const Reminder &reminder, const QDateTime &untilUtc)
{
    if (!m_actions || !untilUtc.isValid() || !m_actions->snooze(reminder, untilUtc.toUTC()))
        return false;
    m_local[reminder.eventId] = Local{false, untilUtc.toUTC()};
    save();
    evaluate();
    return true;
}

QString ReminderService::announceKey(const Reminder &reminder)
{
    return reminder.eventId + u'|' + reminder.reminderFireTime.toString(Qt::ISODate);
}

void ReminderService::load()
{
    QFile file(m_statePath);
    if (m_statePath.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    if (state.value("version"_L1).toInt() != kStateVersion)
        return; // unreadable or from another version: Graph's next answer is the truth anyway
    for (const QJsonValue &value : state.value("reminders"_L1).toArray()) {
        const Reminder reminder = Reminder::fromJson(value);
        if (reminder.isValid())
            m_server.append(reminder);
    }
    const QJsonObject local = state.value("local"_L1).toObject();
    for (auto it = local.begin(); it != local.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        Local applied{entry.value("dismissed"_L1).toBool(),
                      QDateTime::fromString(entry.value("snoozedUntil"_L1).toString(), Qt::ISODate).toUTC()};
        if (applied.dismissed || applied.snoozedUntil.isValid())
            m_local.insert(it.key(), applied);
    }
}

void ReminderService::save() const
{
    if (m_statePath.isEmpty())
        return;
    QJsonArray reminders;
    for (const Reminder &reminder : m_server)
        reminders.append(reminder.toJson());
    QJsonObject local;
    for (auto it = m_local.cbegin(); it != m_local.cend(); ++it) {
        QJsonObject entry;
        if (it->dismissed)
            entry.insert("dismissed"_L1, true);
        if (it->snoozedUntil.isValid())
            entry.insert("snoozedUntil"_L1, it->snoozedUntil.toString(Qt::ISODateWithMs));
        local.insert(it.key(), entry);
    }
    QDir().mkpath(QFileInfo(m_statePath).absolutePath());
    QSaveFile file(m_statePath);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcCalendar) << "reminders: cannot write" << m_statePath << file.errorString();
        return;
    }
    file.write(
        QJsonDocument(QJsonObject{{"version"_L1, kStateVersion}, {"reminders"_L1, reminders}, {"local"_L1, local}})
            .toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcCalendar) << "reminders: cannot write" << m_statePath << file.errorString();
}

} // namespace MentorDesk
