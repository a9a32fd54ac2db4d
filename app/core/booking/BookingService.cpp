#include "core/booking/BookingService.h"

#include "core/booking/BookingText.h"
#include "core/booking/DraftStore.h"
#include "core/booking/SessionEventBuilder.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/consent/ScopeCatalog.h"
#include "core/graph/GraphClient.h"
#include "core/graph/jobs/GetEventJob.h"
#include "core/graph/jobs/GetScheduleJob.h"
#include "core/graph/writes/CancelEventWrite.h"
#include "core/graph/writes/CreateEventWrite.h"
#include "core/graph/writes/UpdateEventWrite.h"
#include "core/outbox/Outbox.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

// Booking only ever touches the user's own calendars: /me/events/{id} reaches an event in any of them.
Calendar ownCalendar(const QString &calendarId)
{
    Calendar calendar;
    calendar.id = calendarId;
    calendar.kind = Calendar::Kind::Own;
    return calendar;
}
} // namespace

BookingService::BookingService(GraphClient *client, Outbox *outbox, DraftStore *drafts, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_outbox(outbox)
    , m_drafts(drafts)
    , m_clock(clock ? clock : Clock::system())
    , m_gate(ScopeCatalog::instance())
    , m_calendar(m_clock)
    , m_changes(
          client, &m_calendar, m_clock, [this](Feature feature) { return availability(feature); },
          [this](BookingOperation *operation, const SessionChangePlanner::Write &write) {
              sendChange(operation, write);
          })
    , m_timeFinder(client, &m_calendar, m_clock, [this](Feature feature) { return availability(feature); })
    , m_meetingLinks(client, drafts, m_clock, [this](Feature feature) { return availability(feature); })
{
    Q_ASSERT(client && outbox && drafts);
    // Every booking, move and cancellation in the outbox, also those queued before a restart.
    using Op = BookingResult::Operation;
    m_outbox->setHandler<CreateEventWrite>(this, [this](OutboxWrite *write) { follow(write, Op::Book); });
    m_outbox->setHandler<UpdateEventWrite>(this, [this](OutboxWrite *write) { follow(write, Op::Reschedule); });
    m_outbox->setHandler<CancelEventWrite>(this, [this](OutboxWrite *write) { follow(write, Op::Cancel); });
    // A draft that points at an outbox entry that is gone (the outbox was cleared) is simply a draft again.
    for (const SessionDraft &draft : m_drafts->drafts()) {
        if (draft.outboxId > 0 && !m_outbox->entry(draft.outboxId)) {
            SessionDraft copy = draft;
            copy.outboxId = 0;
            m_drafts->save(copy);
        }
    }
}

BookingService::~BookingService() = default;

DraftStore *BookingService::drafts() const
{
    return m_drafts;
}

Outbox *BookingService::outbox() const
{
    return m_outbox;
}

FeatureAvailability BookingService::availability(Feature feature) const
{
    return m_gate.check(feature, consentState());
}

GetScheduleJob *BookingService::lookUpSchedules(const QStringList &addresses, const QDateTime &startUtc,
                                                const QDateTime &endUtc, int intervalMinutes, QObject *parent)
{
    if (!availability(Feature::FindFreeTimes).isAvailable() || addresses.isEmpty())
        return nullptr;
    GetScheduleJob::Query query;
    query.schedules = addresses.mid(0, GetScheduleJob::kMaxSchedules);
    query.startUtc = startUtc;
    query.endUtc = endUtc;
    query.intervalMinutes = intervalMinutes;
    auto *job = new GetScheduleJob(m_client, query, parent);
    job->start();
    return job;
}

// ---- reading ------------------------------------------------------------------------------------------------

QList<DraftValidator::Issue> BookingService::validate(const SessionDraft &draft) const
{
    return DraftValidator::validate(draft, {m_clock->nowUtc(), calendars(), m_organizerAddress});
}

bool BookingService::isQueued(const SessionDraft &draft) const
{
    const std::optional<SessionDraft> stored = m_drafts->draft(draft.id);
    return stored && stored->outboxId > 0 && m_outbox->entry(stored->outboxId).has_value();
}

// ---- operations ---------------------------------------------------------------------------------------------

BookingOperation *BookingService::finished(BookingResult::Operation operation, BookingResult result)
{
    auto *op = new BookingOperation(operation, this);
    op->finish(std::move(result));
    return op;
}

BookingOperation *BookingService::notAllowed(BookingResult::Operation operation,
                                             const FeatureAvailability &availability)
{
    BookingResult result;
    result.status = BookingResult::Status::NotAllowed;
    result.availability = availability;
    result.message = availability.message;
    return finished(operation, result);
}

qint64 BookingService::enqueue(BookingOperation *operation, OutboxWrite *write, PendingWrite pending)
{
    pending.operation = operation;
    if (!write)
        return 0;
    const qint64 id = write->id();
    m_pending.insert(id, pending);
    operation->setCanceller([this, id] { withdraw(id); });
    return id;
}

BookingOperation *BookingService::book(const SessionDraft &draft)
{
    using Op = BookingResult::Operation;
    BookingResult result;
    result.draftId = draft.id;
    const FeatureAvailability gate = availability(Feature::BookSession);
    if (!gate.isAvailable())
        return notAllowed(Op::Book, gate);

    SessionDraft stored = draft;
    if (stored.transactionId.isEmpty())
        stored.transactionId = SessionDraft::newGuid(); // a draft from elsewhere: still one key per booking
    if (const std::optional<SessionDraft> previous = m_drafts->draft(stored.id))
        stored.outboxId = previous->outboxId; // the caller's copy may predate the enqueue
    m_drafts->save(stored);

    result.issues = validate(stored);
    if (!result.issues.isEmpty()) {
        result.status = BookingResult::Status::Invalid;
        result.message = tr("Please check the highlighted fields.");
        return finished(Op::Book, result);
    }

    auto *op = new BookingOperation(Op::Book, this);
    const MeetingPlan plan = meetingPlan(stored);
    const QJsonObject body = SessionEventBuilder::eventJson(stored, plan.teams);
    const GraphRequest request = CreateEventWrite::request(stored.calendarId, body);
    // Already on its way (a second click, or the dialog was reopened): wait for that one instead of sending again.
    if (stored.outboxId > 0) {
        const qint64 id = stored.outboxId;
        if (const std::optional<OutboxEntry> entry = m_outbox->entry(id)) {
            const bool changed = entry->request.body != request.body || entry->request.path != request.path;
            PendingWrite &pending = m_pending[id];
            if (changed && entry->state != OutboxState::Sending) {
                // Edited while it waited: the new content replaces it, under the same transactionId.
                handOver(pending, op, tr("The booking was changed and sent again."));
                m_pending.remove(id);
                m_discarding.insert(id);
                if (!m_outbox->discard(id))
                    m_discarding.remove(id);
            } else {
                handOver(pending, op, tr("This booking is being sent; its outcome is shown where it was sent again."));
                pending.operation = op;
                pending.kind = Op::Book;
                pending.draftId = stored.id;
                pending.calendarId = stored.calendarId;
                pending.teams = plan.teams;
                op->setCanceller([this, id] { withdraw(id); });
                op->setProgress(tr("Sending the booking…"));
                if (entry->state != OutboxState::Sending)
                    m_outbox->retry(id);
                return op;
            }
        }
        stored.outboxId = 0;
    }

    //: outbox label: "Mentoring: Priya Sharma · Fri 27 Nov 2026, 10:00 – 11:00"
    const QString label = tr("%1 · %2").arg(stored.effectiveSubject(),
                                            BookingText::when(stored.startUtc(), stored.endUtc(), stored.zone()));
    PendingWrite pending;
    pending.kind = Op::Book;
    pending.draftId = stored.id;
    pending.calendarId = stored.calendarId;
    pending.teams = plan.teams;
    const qint64 id = enqueue(op, m_outbox->enqueue<CreateEventWrite>(label, request), pending);
    if (id <= 0) {
        result.status = BookingResult::Status::Failed;
        // The store's error is English SQLite text (e.g. "database is locked"): it goes to details, the user gets a
        // sentence.
        result.message = tr("The booking could not be saved for sending. Your draft is kept; try again.");
        result.details = m_outbox->errorString();
        op->finish(result);
        return op;
    }
    stored.outboxId = id;
    stored.lastError.clear();
    m_drafts->save(stored);
    qCInfo(lcBooking) << "booking queued as outbox entry" << id << (plan.teams ? "(Teams)" : "(plain event)");
    op->setProgress(plan.teams ? tr("Booking the Teams meeting…") : tr("Booking the session…"));
    return op;
}

void BookingService::sendChange(BookingOperation *operation, const SessionChangePlanner::Write &write)
{
    PendingWrite pending;
    pending.kind = write.operation;
    pending.calendarId = write.event.calendarId;
    pending.event = write.event;
    pending.newStart = write.newStart;
    pending.newEnd = write.newEnd;
    OutboxWrite *queued = write.operation == BookingResult::Operation::Reschedule
        ? m_outbox->enqueue<UpdateEventWrite>(write.label, write.request)
        : m_outbox->enqueue<CancelEventWrite>(write.label, write.request);
    if (enqueue(operation, queued, pending) > 0) {
        operation->setProgress(write.progress);
        return;
    }
    BookingResult result;
    result.status = BookingResult::Status::Failed;
    result.event = write.event;
    result.message = write.notSaved; // the store's English error text belongs in details, not the sentence
    result.details = m_outbox->errorString();
    operation->finish(result);
}

// ---- outbox outcomes ------------------------------------------------------------------------------------------

void BookingService::follow(OutboxWrite *write, BookingResult::Operation operation)
{
    const qint64 id = write->id();
    connect(write, &OutboxWrite::stateChanged, this, [this, id, operation](OutboxState state, const GraphResult &r) {
        onWriteStateChanged(id, operation, state, r);
    });
    connect(write, &OutboxWrite::finished, this,
            [this, id, operation](const GraphResult &r) { onWriteFinished(id, operation, r); });
}

void BookingService::handOver(PendingWrite &pending, BookingOperation *successor, const QString &message)
{
    if (!pending.operation || pending.operation == successor)
        return;
    // An earlier window still waits for the same booking: it lets go, the new operation takes over.
    BookingResult result;
    result.status = BookingResult::Status::Queued;
    result.draftId = pending.draftId;
    result.message = message;
    pending.operation->finish(result);
    pending.operation = nullptr;
}

bool BookingService::discardDraft(const QString &draftId)
{
    const std::optional<SessionDraft> draft = m_drafts->draft(draftId);
    if (!draft)
        return true;
    if (draft->outboxId > 0 && m_outbox->entry(draft->outboxId) && !m_outbox->discard(draft->outboxId))
        return false; // on the wire
    m_drafts->remove(draftId);
    return true;
}

void BookingService::withdraw(qint64 outboxId)
{
    const auto it = m_pending.find(outboxId);
    if (it == m_pending.end())
        return;
    if (m_outbox->discard(outboxId))
        return; // entryFinished(Cancelled) reports it
    // On the wire: it cannot be recalled. Let the caller go; bookingFinished() reports the outcome.
    QPointer<BookingOperation> op = it->operation;
    it->operation = nullptr;
    if (!op)
        return;
    BookingResult result;
    result.status = BookingResult::Status::Queued;
    result.draftId = it->draftId;
    result.outboxId = outboxId;
    result.event = it->event;
    result.message = tr("It is being sent right now and cannot be stopped. MentorDesk tells you when it is done.");
    op->finish(result);
}

void BookingService::forgetDraftOutbox(qint64 outboxId, const QString &lastError)
{
    if (std::optional<SessionDraft> draft = m_drafts->findByOutboxId(outboxId)) {
        draft->outboxId = 0;
        draft->lastError = lastError;
        m_drafts->save(*draft);
    }
}

void BookingService::report(const PendingWrite &pending, const BookingResult &result, bool global)
{
    if (pending.operation)
        pending.operation->finish(result);
    if (global)
        Q_EMIT bookingFinished(result);
}

void BookingService::onWriteFinished(qint64 id, BookingResult::Operation operation, const GraphResult &graphResult)
{
    if (m_discarding.remove(id)) {
        m_pending.remove(id);
        return; // discarded by onEntryStateChanged after reporting the failure
    }
    const bool known = m_pending.contains(id);
    PendingWrite pending = m_pending.take(id);
    if (!known) {
        pending.kind = operation;
        if (const std::optional<SessionDraft> draft = m_drafts->findByOutboxId(id)) {
            pending.draftId = draft->id;
            pending.calendarId = draft->calendarId;
            pending.teams = meetingPlan(*draft).teams;
        }
    }

    BookingResult result;
    result.outboxId = id;
    result.draftId = pending.draftId;
    result.event = pending.event;
    result.graphStatus = graphResult.status;
    if (graphResult.status == GraphStatus::Cancelled) {
        if (operation == BookingResult::Operation::Book)
            forgetDraftOutbox(id, {});
        result.status = BookingResult::Status::Cancelled;
        result.message = operation == BookingResult::Operation::Book ? tr("Not sent. Your draft is kept.")
            : operation == BookingResult::Operation::Reschedule      ? tr("Not moved.")
                                                                     : tr("Not cancelled.");
        report(pending, result);
        return;
    }

    switch (operation) {
    case BookingResult::Operation::Book: {
        const Event event = CreateEventWrite::parseReply(graphResult.json, pending.calendarId);
        const bool teams = known ? pending.teams : (pending.teams || event.isOnlineMeeting);
        if (teams && event.isValid() && !event.hasJoinUrl()) {
            // Teams sometimes adds the link a moment after the create reply
            // (docs/graph/booking.md#creating-a-teams-meeting-in-a-calendar): read it once more first.
            auto *job = new GetEventJob(m_client, ownCalendar(pending.calendarId), event.id, this);
            if (pending.operation) {
                pending.operation->setProgress(tr("Booked. Fetching the Teams join link…"));
                pending.operation->setCanceller([job] { job->cancel(); });
            }
            connect(job, &GraphJob::finished, this, [this, job, pending, id, event](const GraphResult &r) {
                Event current = event;
                if (r.isOk() && job->event().isValid()) {
                    current = job->event();
                    current.calendarId = event.calendarId;
                }
                completeBooking(pending, id, current, true);
            });
            job->start();
            return;
        }
        completeBooking(pending, id, event, teams);
        return;
    }
    case BookingResult::Operation::Reschedule: {
        Event event = UpdateEventWrite::parseReply(graphResult.json);
        if (event.isValid())
            event.calendarId = pending.calendarId;
        result.status = BookingResult::Status::Succeeded;
        result.event = event.isValid() ? event : pending.event;
        const QDateTime start = pending.newStart.isValid() ? pending.newStart : result.event.start;
        const QDateTime end = pending.newEnd.isValid() ? pending.newEnd : result.event.end;
        result.message
            = tr("Moved to %1. Your attendees get the updated invitation.").arg(BookingText::when(start, end));
        report(pending, result);
        Q_EMIT calendarChanged();
        return;
    }
    case BookingResult::Operation::Cancel:
        result.status = BookingResult::Status::Succeeded;
        result.message = tr("Cancelled. Your attendees get the cancellation.");
        report(pending, result);
        Q_EMIT calendarChanged();
        return;
    case BookingResult::Operation::MeetingLink:
    case BookingResult::Operation::FindTimes:
        break;
    }
}

void BookingService::completeBooking(const PendingWrite &pending, qint64 outboxId, const Event &event, bool teams)
{
    BookingResult result;
    result.status = BookingResult::Status::Succeeded;
    result.outboxId = outboxId;
    result.draftId = pending.draftId;
    result.event = event;
    result.teamsMeeting = teams;
    result.joinUrlMissing = teams && !event.hasJoinUrl();
    if (!pending.draftId.isEmpty())
        m_drafts->remove(pending.draftId);
    QList<EmailAddress> invited;
    for (const Attendee &attendee : event.attendees)
        invited << attendee.emailAddress;
    const QString people = BookingText::people(invited);
    if (result.joinUrlMissing) {
        result.message = tr("Booked, and the invitation was sent to %1. Microsoft 365 did not return a Teams join "
                            "link, even when asked again: open the meeting in Outlook or Teams to add one.")
                             .arg(people);
    } else if (teams) {
        result.message = tr("Booked as a Teams meeting. The invitation was sent to %1.").arg(people);
    } else {
        result.message = tr("Booked. The invitation was sent to %1.").arg(people);
    }
    qCInfo(lcBooking) << "booking" << outboxId << "confirmed" << (result.joinUrlMissing ? "without a join link" : "");
    report(pending, result);
    Q_EMIT calendarChanged();
}

void BookingService::onWriteStateChanged(qint64 id, BookingResult::Operation operation, OutboxState state,
                                         const GraphResult &graphResult)
{
    const auto it = m_pending.find(id);
    PendingWrite pending = it != m_pending.end() ? *it : PendingWrite{};
    pending.kind = operation;
    if (pending.draftId.isEmpty() && operation == BookingResult::Operation::Book) {
        if (const std::optional<SessionDraft> draft = m_drafts->findByOutboxId(id))
            pending.draftId = draft->id;
    }
    BookingResult result;
    result.outboxId = id;
    result.draftId = pending.draftId;
    result.event = pending.event;
    result.graphStatus = graphResult.status;
    result.errorCode = graphResult.error.code;
    result.details = graphResult.error.technicalDetails();

    switch (state) {
    case OutboxState::Sending:
        return;
    case OutboxState::Pending: {
        const QString message = BookingText::waiting(graphResult, operation);
        const bool longWait
            = graphResult.status == GraphStatus::Offline || graphResult.status == GraphStatus::SignInRequired;
        if (operation == BookingResult::Operation::Book) {
            if (std::optional<SessionDraft> draft = m_drafts->findByOutboxId(id)) {
                draft->lastError = message;
                m_drafts->save(*draft);
            }
        }
        if (!pending.operation)
            return;
        if (!longWait) {
            pending.operation->setProgress(tr("Microsoft 365 is busy or did not answer; trying again…"));
            return;
        }
        result.status = BookingResult::Status::Queued;
        result.message = message;
        pending.operation->finish(result);
        if (it != m_pending.end())
            it->operation = nullptr;
        return;
    }
    case OutboxState::Failed: {
        result.status = BookingResult::Status::Failed;
        result.message = BookingText::failure(graphResult, operation);
        qCInfo(lcBooking).noquote() << "outbox entry" << id << int(operation) << "refused:" << graphResult.error.code;
        const bool attended = pending.operation;
        if (operation == BookingResult::Operation::Book)
            forgetDraftOutbox(id, result.message);
        // The draft (or the dialog showing the error) is where the user continues; a booking never stays behind
        // in the outbox as a second copy. Unattended moves and cancellations stay for the outbox's Retry/Discard.
        if (operation == BookingResult::Operation::Book || attended) {
            m_pending.remove(id);
            m_discarding.insert(id);
            if (!m_outbox->discard(id))
                m_discarding.remove(id);
        }
        report(pending, result);
        return;
    }
    case OutboxState::NeedsAttention:
        result.status = BookingResult::Status::NeedsAttention;
        result.message = tr("MentorDesk could not confirm whether this reached Microsoft 365. Check your calendar "
                            "before trying again; the request waits in the outbox until you retry or discard it.");
        report(pending, result);
        if (it != m_pending.end())
            it->operation = nullptr;
        return;
    }
}

} // namespace MentorDesk
