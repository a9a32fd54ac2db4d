#pragma once

#include "core/graph/GraphResult.h"
#include "core/graph/jobs/ReminderViewJob.h"
#include "core/model/Reminder.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace MentorDesk {

class CalendarStore;
class Clock;
class EventActions;
class GraphClient;
class ReminderViewJob;

// The account's reminders while MentorDesk runs, with Graph as the source of truth (docs/graph/reminders.md): it
// reads GET /me/reminderView for the events around now, raises each reminder at its fire time, and dismisses or
// snoozes through EventActions (the Outbox), so a reminder dismissed in Outlook disappears here at the next read, and
// the other way round. A dismissal or snooze applies here at once, also offline: it is remembered in a small file
// until Graph's own answer shows it, so a restart never raises a dismissed reminder again. The last list read is kept
// in the same file, so reminders still go off when MentorDesk starts offline. Nothing runs while MentorDesk is closed.
class ReminderService : public QObject
{
    Q_OBJECT

public:
    // How far reminderView looks: events that started in the last day (a reminder stays until dismissed) up to a
    // week ahead (reminders set days before their event).
    static constexpr int kLookBehindHours = 24;
    static constexpr int kLookAheadDays = 7;
    static constexpr int kRefreshMinutes = 5;

    // None owned; store (may be null) finds each event's Teams join link in the calendar cache. statePath: the
    // account's reminder file (in its data directory).
    ReminderService(GraphClient *graph, EventActions *actions, Clock *clock, CalendarStore *store, QString statePath,
                    QObject *parent = nullptr);
    ~ReminderService() override;

    // Off: nothing is read and nothing goes off (Preferences ▸ Reminders). On: reads at once.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Reads reminderView now (also every kRefreshMinutes and after an answer or reminder change was sent).
    void refresh();
    bool isRefreshing() const { return bool(m_job); }
    GraphResult lastResult() const { return m_lastResult; }

    // Due reminders (fire time reached, not dismissed, not snoozed past now, the event not over), earliest event
    // first.
    QList<Reminder> due() const;
    // When the next reminder goes off; invalid when none is waiting.
    QDateTime nextFireTime() const;
    // The event's Teams join link, from the calendar cache; empty when it has none.
    QUrl joinUrl(const Reminder &reminder) const;

    // Applied here at once, sent through the Outbox. false when the Outbox could not store it (nothing changed).
    bool dismiss(const Reminder &reminder);
    bool dismissAll();
    bool snooze(const Reminder &reminder, const QDateTime &untilUtc);
    // "Until 5 minutes before start": the choice exists while that is still ahead.
    static QDateTime fiveMinutesBeforeStart(const Reminder &reminder) { return reminder.eventStart.addSecs(-300); }

Q_SIGNALS:
    void dueChanged();
    // Reminders that have just gone off (not already shown in this run): for the notification.
    void remindersFired(const QList<MentorDesk::Reminder> &reminders);
    void refreshFinished(const MentorDesk::GraphResult &result);

private:
    struct Local
    {
        bool dismissed = false;
        QDateTime snoozedUntil; // UTC
    };
    void onRefreshed(ReminderViewJob *job, const GraphResult &result);
    void evaluate();
    Reminder effective(const Reminder &reminder, bool *hidden) const;
    void load();
    void save() const;
    static QString announceKey(const Reminder &reminder);

    GraphClient *m_graph;
    EventActions *m_actions;
    Clock *m_clock;
    CalendarStore *m_store;
    QString m_statePath;
    bool m_enabled = false;
    QList<Reminder> m_server; // the last reminderView answer
    QHash<QString, Local> m_local; // by eventId: what the user did here, until Graph shows it
    QSet<QString> m_announced; // eventId + fire time of reminders already raised in this run
    QList<Reminder> m_due;
    QPointer<ReminderViewJob> m_job;
    GraphResult m_lastResult;
    QTimer m_refreshTimer;
    QTimer m_fireTimer;
};

} // namespace MentorDesk
