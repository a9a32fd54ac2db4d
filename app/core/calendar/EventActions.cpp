#include "core/calendar/EventActions.h"

#include "core/common/Logging.h"
#include "core/graph/writes/DismissReminderWrite.h"
#include "core/graph/writes/SnoozeReminderWrite.h"
#include "core/outbox/Outbox.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk {

EventActions::EventActions(Outbox *outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
{
    Q_ASSERT(outbox);
    // Every such write in the outbox, also those queued before a restart.
    const auto follow = [this](OutboxWrite *write) {
        this->follow(write);
    };
    m_outbox->setHandler<DismissReminderWrite>(this, follow);
    m_outbox->setHandler<SnoozeReminderWrite>(this, follow);
    m_outbox->setHandler<RespondToEventWrite>(this, follow);
}

EventActions::~EventActions() = default;

EventActions::Action EventActions::actionFor(Response response)
{
    switch (response) {
    case Response::Accept:
        return Action::Accept;
    case Response::TentativelyAccept:
        return Action::TentativelyAccept;
    case Response::Decline:
        return Action::Decline;
    }
    return Action::Accept;
}

OutboxWrite *EventActions::dismiss(const Reminder &reminder)
{
    if (reminder.eventId.isEmpty())
        return nullptr;
    return m_outbox->enqueue<DismissReminderWrite>(label(Action::DismissReminder, reminder.eventSubject),
                                                   DismissReminderWrite::request(reminder.eventId));
}

OutboxWrite *EventActions::snooze(const Reminder &reminder, const QDateTime &until, const QString &timeZoneName)
{
    if (reminder.eventId.isEmpty() || !until.isValid())
        return nullptr;
    return m_outbox->enqueue<SnoozeReminderWrite>(label(Action::SnoozeReminder, reminder.eventSubject),
                                                  SnoozeReminderWrite::request(reminder.eventId, until, timeZoneName));
}

OutboxWrite *EventActions::respond(const Event &event, const Answer &answer)
{
    if (event.id.isEmpty() || !refusal(event, answer).isEmpty())
        return nullptr;
    return m_outbox->enqueue<RespondToEventWrite>(label(actionFor(answer.response), event.subject),
                                                  RespondToEventWrite::request(event.id, answer));
}

bool EventActions::discard(qint64 outboxId)
{
    if (!m_pending.contains(outboxId))
        return false;
    return m_outbox->discard(outboxId);
}

QString EventActions::refusal(const Event &event, const Answer &answer)
{
    if (event.isOrganizer)
        return tr("You organise this meeting, so there is no invitation to answer.");
    if (event.isCancelled)
        return tr("This meeting has been cancelled; there is nothing to answer.");
    if (!answer.proposedNewTime)
        return {};
    if (answer.response == Response::Accept)
        return tr("A new time can only be proposed with a tentative answer or a decline.");
    if (!event.allowNewTimeProposals)
        return tr("The organizer does not accept proposals for a new time for this meeting.");
    const auto &[start, end] = *answer.proposedNewTime;
    if (!start.isValid() || !end.isValid() || end <= start)
        return tr("The proposed time must end after it starts.");
    return {};
}

QString EventActions::label(Action action, const QString &subject)
{
    const QString name = subject.isEmpty() ? tr("(no subject)") : subject;
    switch (action) {
    case Action::DismissReminder:
        return tr("Dismiss the reminder for “%1”").arg(name);
    case Action::SnoozeReminder:
        return tr("Snooze the reminder for “%1”").arg(name);
    case Action::Accept:
        return tr("Accept “%1”").arg(name);
    case Action::TentativelyAccept:
        return tr("Tentatively accept “%1”").arg(name);
    case Action::Decline:
        return tr("Decline “%1”").arg(name);
    }
    return name;
}

QString EventActions::failureText(Action action, const GraphResult &result)
{
    const bool reminder = action == Action::DismissReminder || action == Action::SnoozeReminder;
    switch (result.status) {
    case GraphStatus::NotFound:
        return reminder ? tr("This event no longer exists, so its reminder is gone too.")
                        : tr("This invitation no longer exists: the meeting may have been cancelled or deleted. "
                             "Refresh the calendar.");
    case GraphStatus::BadRequest:
        if (action == Action::TentativelyAccept || action == Action::Decline)
            return tr("Microsoft 365 did not accept this answer. If you proposed a new time, the organizer may not "
                      "allow proposals; answer without one.");
        if (!reminder)
            return tr("Microsoft 365 did not accept this answer. You may be the organizer, or the meeting may have "
                      "changed; refresh the calendar.");
        return tr("Microsoft 365 did not accept this change to the reminder. Refresh and try again.");
    case GraphStatus::PermissionDenied:
        return tr("Microsoft 365 did not allow this change to your calendar. Check the Permissions page; your "
                  "organisation may have to allow it.");
    default:
        break;
    }
    return result.userMessage();
}

QList<EventActions::Pending> EventActions::pending() const
{
    QList<Pending> list = m_pending.values();
    std::sort(list.begin(), list.end(), [](const Pending &a, const Pending &b) { return a.outboxId < b.outboxId; });
    return list;
}

QList<EventActions::Pending> EventActions::pendingFor(const QString &eventId) const
{
    QList<Pending> list = pending();
    list.removeIf([&](const Pending &p) { return p.eventId != eventId; });
    return list;
}

void EventActions::follow(OutboxWrite *write)
{
    const GraphRequest &request = write->entry().request;
    Pending pending;
    pending.outboxId = write->id();
    pending.state = write->state();
    bool known = false;
    if (write->kind() == DismissReminderWrite::kind) {
        pending.action = Action::DismissReminder;
        known = DismissReminderWrite::parseTarget(request, &pending.eventId);
    } else if (write->kind() == SnoozeReminderWrite::kind) {
        pending.action = Action::SnoozeReminder;
        known = SnoozeReminderWrite::parseTarget(request, &pending.eventId);
    } else if (write->kind() == RespondToEventWrite::kind) {
        Response response = Response::Accept;
        known = RespondToEventWrite::parseTarget(request, &pending.eventId, &response);
        pending.action = actionFor(response);
    }
    if (!known) {
        qCWarning(lcCalendar) << "outbox entry" << write->id() << "of kind" << write->kind()
                              << "has an unexpected request; left to the outbox";
        return;
    }
    m_pending.insert(pending.outboxId, pending);
    const qint64 id = pending.outboxId;
    connect(write, &OutboxWrite::stateChanged, this, [this, id](OutboxState state, const GraphResult &attempt) {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            return;
        it->state = state;
        Q_EMIT actionStateChanged(id, it->action, it->eventId, state, attempt);
    });
    connect(write, &OutboxWrite::finished, this, [this, id](const GraphResult &result) {
        const Pending done = m_pending.take(id);
        Q_EMIT actionFinished(id, done.action, done.eventId, result);
        if (result.isOk())
            Q_EMIT calendarChanged();
    });
}

} // namespace MentorDesk
