#pragma once

#include "core/graph/GraphResult.h"
#include "core/graph/writes/RespondToEventWrite.h"
#include "core/model/Event.h"
#include "core/model/Reminder.h"
#include "core/outbox/OutboxEntry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace MentorDesk {

class Outbox;
class OutboxWrite;

// The small answers of a mentor's day, through the Outbox: dismiss or snooze a reminder (DismissReminderWrite,
// SnoozeReminderWrite) and accept, tentatively accept or decline an invitation (RespondToEventWrite). Each is stored
// before it is sent, survives being offline, an expired sign-in and a restart, and is resent by itself after an
// unknown outcome (all three are idempotent). The handlers are registered when the object is made, so writes queued in
// an earlier run are followed (and reported through actionFinished()) exactly like new ones.
//
//     EventActions::Answer answer{RespondToEventWrite::Response::Decline, tr("Clashes with a session")};
//     if (const QString why = EventActions::refusal(event, answer); !why.isEmpty()) showError(why);
//     else actions->respond(event, answer);
class EventActions : public QObject
{
    Q_OBJECT

public:
    enum class Action { DismissReminder, SnoozeReminder, Accept, TentativelyAccept, Decline };
    Q_ENUM(Action)
    using Answer = RespondToEventWrite::Answer;
    using Response = RespondToEventWrite::Response;

    // A queued action (also one restored from an earlier run).
    struct Pending
    {
        qint64 outboxId = 0;
        Action action = Action::DismissReminder;
        QString eventId;
        OutboxState state = OutboxState::Pending;
    };

    // outbox is not owned and must outlive this object.
    explicit EventActions(Outbox *outbox, QObject *parent = nullptr);
    ~EventActions() override;

    // Queue the action; the handle (null when it could not be stored, or refused: see refusal()).
    OutboxWrite *dismiss(const Reminder &reminder);
    // until: when the reminder goes off again (UTC instant); sent in timeZoneName (a Graph zone name).
    OutboxWrite *snooze(const Reminder &reminder, const QDateTime &until,
                        const QString &timeZoneName = QStringLiteral("UTC"));
    OutboxWrite *respond(const Event &event, const Answer &answer);
    // Drops a queued action that failed (the user answers again instead); true when it was one of these.
    bool discard(qint64 outboxId);

    // Translated: why this answer cannot be sent as it is (empty: it can). The organizer's own meeting, a cancelled
    // one, a new time for an accept, for a meeting that does not allow proposals, or a proposal that ends before it
    // starts.
    static QString refusal(const Event &event, const Answer &answer);
    // Translated: what the Outbox dialog calls the write ("Accept “Mentoring with Ana”").
    static QString label(Action action, const QString &subject);
    // Translated: what went wrong and what to do, for an action that Graph refused or could not send.
    static QString failureText(Action action, const GraphResult &result);
    static Action actionFor(Response response);

    // Queued actions, oldest first; the ones for one event.
    QList<Pending> pending() const;
    QList<Pending> pendingFor(const QString &eventId) const;
    bool hasPending(const QString &eventId) const { return !pendingFor(eventId).isEmpty(); }

Q_SIGNALS:
    // A queued action's state moved (Sending, Pending again, Failed, NeedsAttention); result is the attempt.
    void actionStateChanged(qint64 outboxId, MentorDesk::EventActions::Action action, const QString &eventId,
                            MentorDesk::OutboxState state, const MentorDesk::GraphResult &result);
    // It left the outbox: sent (result Ok) or discarded (Cancelled).
    void actionFinished(qint64 outboxId, MentorDesk::EventActions::Action action, const QString &eventId,
                        const MentorDesk::GraphResult &result);
    // An answer or reminder change reached Graph: the calendar (responseStatus, reminders) should be read again.
    void calendarChanged();

private:
    void follow(OutboxWrite *write);

    Outbox *m_outbox;
    QHash<qint64, Pending> m_pending;
};

} // namespace MentorDesk
