#include "core/booking/BookingService.h"

#include "core/booking/AddressList.h"
#include "core/booking/BookingText.h"
#include "core/booking/DraftStore.h"
#include "core/booking/OwnFreeTime.h"
#include "core/booking/PastAttendees.h"
#include "core/booking/SessionEventBuilder.h"
#include "core/calendar/CalendarStore.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/consent/ScopeCatalog.h"
#include "core/graph/GraphClient.h"
#include "core/graph/jobs/CancelEventJob.h"
#include "core/graph/jobs/CreateEventJob.h"
#include "core/graph/jobs/CreateOrGetOnlineMeetingJob.h"
#include "core/graph/jobs/FindMeetingTimesJob.h"
#include "core/graph/jobs/GetEventJob.h"
#include "core/graph/jobs/UpdateEventJob.h"
#include "core/model/GraphTime.h"
#include "core/outbox/Outbox.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
constexpr int kPeoplePastDays = 400;
constexpr int kPeopleFutureDays = 180;

QString kindName(const char *kind)
{
    return QString::fromLatin1(kind);
}

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
{
    Q_ASSERT(client && outbox && drafts);
    connect(m_outbox, &Outbox::entryFinished, this, &BookingService::onEntryFinished);
    connect(m_outbox, &Outbox::entryStateChanged, this, &BookingService::onEntryStateChanged);
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

void BookingService::setCalendarStore(CalendarStore *store)
{
    m_calendarStore = store;
    m_peopleRevision = 0;
    m_people.clear();
}

CalendarStore *BookingService::calendarStore() const
{
    return m_calendarStore;
}

DraftStore *BookingService::drafts() const
{
    return m_drafts;
}

Outbox *BookingService::outbox() const
{
    return m_outbox;
}

void BookingService::setConsentStateProvider(std::function<ConsentState()> provider)
{
    m_consent = std::move(provider);
}

ConsentState BookingService::consentState() const
{
    return m_consent ? m_consent() : ConsentState{};
}

FeatureAvailability BookingService::availability(Feature feature) const
{
    return m_gate.check(feature, consentState());
}

// ---- reading ------------------------------------------------------------------------------------------------

QList<Calendar> BookingService::calendars() const
{
    return m_calendarStore && m_calendarStore->isOpen() ? m_calendarStore->calendars() : QList<Calendar>();
}

QList<Calendar> BookingService::bookableCalendars() const
{
    QList<Calendar> result;
    for (const Calendar &calendar : calendars()) {
        if (!calendar.isWritable())
            continue;
        if (calendar.isDefaultCalendar)
            result.prepend(calendar);
        else
            result.append(calendar);
    }
    return result;
}

std::optional<Calendar> BookingService::calendarFor(const SessionDraft &draft) const
{
    for (const Calendar &calendar : calendars()) {
        if (draft.calendarId.isEmpty() ? (calendar.isDefaultCalendar && calendar.isOwn())
                                       : calendar.id == draft.calendarId)
            return calendar;
    }
    return std::nullopt;
}

QStringList BookingService::ownCalendarIds() const
{
    QStringList ids;
    for (const Calendar &calendar : calendars()) {
        if (calendar.isOwn())
            ids << calendar.id;
    }
    return ids;
}

QList<EmailAddress> BookingService::knownPeople() const
{
    if (!m_calendarStore || !m_calendarStore->isOpen())
        return {};
    if (m_peopleRevision != 0 && m_peopleRevision == m_calendarStore->revision())
        return m_people;
    const QDateTime now = m_clock->nowUtc();
    const QList<Event> events = m_calendarStore->eventsBetween(now.addDays(-kPeoplePastDays),
                                                               now.addDays(kPeopleFutureDays), ownCalendarIds());
    m_people = PastAttendees::fromEvents(events, m_organizerAddress);
    m_peopleRevision = m_calendarStore->revision();
    return m_people;
}

QList<Event> BookingService::conflicts(const QDateTime &startUtc, const QDateTime &endUtc, const Event &ignore) const
{
    QList<Event> result;
    if (!m_calendarStore || !m_calendarStore->isOpen() || !startUtc.isValid() || endUtc <= startUtc)
        return result;
    for (const Event &event : m_calendarStore->eventsBetween(startUtc, endUtc, ownCalendarIds())) {
        if (event.id == ignore.id && !ignore.id.isEmpty())
            continue;
        if (OwnFreeTime::blocksTime(event) && !event.isAllDay && event.start < endUtc && event.end > startUtc)
            result.append(event);
    }
    return result;
}

SessionDraft BookingService::newDraft() const
{
    SessionDraft draft = SessionDraft::create(m_clock->nowUtc());
    const QList<Calendar> bookable = bookableCalendars();
    if (!bookable.isEmpty())
        draft.calendarId = bookable.first().id;
    return draft;
}

QList<DraftValidator::Issue> BookingService::validate(const SessionDraft &draft) const
{
    return DraftValidator::validate(draft, {m_clock->nowUtc(), calendars(), m_organizerAddress});
}

bool BookingService::isQueued(const SessionDraft &draft) const
{
    const std::optional<SessionDraft> stored = m_drafts->draft(draft.id);
    return stored && stored->outboxId > 0 && m_outbox->entry(stored->outboxId).has_value();
}

BookingService::MeetingPlan BookingService::meetingPlan(const SessionDraft &draft) const
{
    if (!draft.teamsMeeting)
        return {false, tr("Without a Teams meeting: the invitation has no join link.")};
    const FeatureAvailability teams = availability(Feature::TeamsMeetingInvite);
    if (teams.reason == FeatureAvailability::Reason::PersonalAccount) {
        return {false,
                tr("Personal Microsoft accounts cannot create Teams meetings. MentorDesk books a calendar "
                   "event and sends the invitation, without a Teams link.")};
    }
    if (!teams.isAvailable())
        return {false, teams.message};
    if (const std::optional<Calendar> calendar = calendarFor(draft); calendar && !calendar->allowsTeamsMeetings()) {
        return {false,
                tr("The calendar \"%1\" does not offer Teams meetings. The session is booked as a calendar "
                   "event without a Teams link.")
                    .arg(calendar->name)};
    }
    return {true, tr("A Teams meeting is added; the invitation carries its join link.")};
}

QString BookingService::whyNotChangeable(const Event &event) const
{
    if (!event.isValid())
        return tr("This session is not available any more.");
    if (event.isCancelled)
        return tr("This session has been cancelled already.");
    if (!event.isOrganizer) {
        const QString organizer = event.organizer.displayName();
        return organizer.isEmpty()
            ? tr("Only the organizer can reschedule or cancel this meeting.")
            : tr("Only the organizer can reschedule or cancel this meeting; %1 invited you.").arg(organizer);
    }
    for (const Calendar &calendar : calendars()) {
        if (calendar.id == event.calendarId && !calendar.isWritable())
            return tr("This session is in \"%1\", which MentorDesk can only read.").arg(calendar.name);
    }
    return {};
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

qint64 BookingService::enqueue(BookingOperation *operation, const QString &kind, const QString &label,
                               const GraphRequest &request, PendingWrite pending)
{
    pending.operation = operation;
    const qint64 id = m_outbox->enqueue(kind, label, request);
    if (id <= 0)
        return 0;
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
    const GraphRequest request = CreateEventJob::request(stored.calendarId, body);
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
    const qint64 id
        = enqueue(op, kindName(kCreateKind), label, CreateEventJob::request(stored.calendarId, body), pending);
    if (id <= 0) {
        result.status = BookingResult::Status::Failed;
        result.message = tr("The booking could not be saved for sending (%1). Your draft is kept; try again.")
                             .arg(m_outbox->errorString());
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

BookingOperation *BookingService::reschedule(const Event &event, const QDateTime &newStartUtc,
                                             const QDateTime &newEndUtc, ChangeScope scope)
{
    using Op = BookingResult::Operation;
    const FeatureAvailability gate = availability(Feature::RescheduleCancel);
    if (!gate.isAvailable())
        return notAllowed(Op::Reschedule, gate);
    BookingResult result;
    result.event = event;
    if (const QString why = whyNotChangeable(event); !why.isEmpty()) {
        result.status = BookingResult::Status::NotAllowed;
        result.message = why;
        return finished(Op::Reschedule, result);
    }
    if (!newStartUtc.isValid() || !newEndUtc.isValid() || newEndUtc <= newStartUtc) {
        result.status = BookingResult::Status::Invalid;
        result.message = tr("The session must end after it starts.");
        return finished(Op::Reschedule, result);
    }
    if (newStartUtc <= m_clock->nowUtc()) {
        result.status = BookingResult::Status::Invalid;
        result.message = tr("A session cannot be moved into the past.");
        return finished(Op::Reschedule, result);
    }

    auto *op = new BookingOperation(Op::Reschedule, this);
    const bool series = scope == ChangeScope::WholeSeries
        && (event.type == Event::Type::SeriesMaster || !event.seriesMasterId.isEmpty());
    if (!series) {
        enqueueMove(op, event, event.id, SessionEventBuilder::moveJson(newStartUtc, newEndUtc, zoneNameFor(event)),
                    newStartUtc, newEndUtc);
        return op;
    }
    // The whole series moves by the same offset: read the master for its own start and pattern first.
    const QString masterId = event.type == Event::Type::SeriesMaster ? event.id : event.seriesMasterId;
    auto *job = new GetEventJob(m_client, ownCalendar(event.calendarId), masterId, op);
    op->setProgress(tr("Reading the series…"));
    op->setCanceller([job] { job->cancel(); });
    connect(job, &GraphJob::finished, this, [this, op, job, event, newStartUtc, newEndUtc](const GraphResult &r) {
        BookingResult outcome;
        outcome.event = event;
        if (r.status == GraphStatus::Cancelled) {
            outcome.status = BookingResult::Status::Cancelled;
            outcome.message = tr("Not moved.");
            op->finish(outcome);
            return;
        }
        if (!r.isOk()) {
            outcome.status = BookingResult::Status::Failed;
            outcome.message = BookingText::failure(r, BookingResult::Operation::Reschedule);
            outcome.details = r.error.technicalDetails();
            outcome.graphStatus = r.status;
            outcome.errorCode = r.error.code;
            op->finish(outcome);
            return;
        }
        const Event master = job->event();
        enqueueMove(op, event, master.id, seriesMovePatch(master, event, newStartUtc, newEndUtc), newStartUtc,
                    newEndUtc);
    });
    job->start();
    return op;
}

void BookingService::enqueueMove(BookingOperation *operation, const Event &event, const QString &targetId,
                                 const QJsonObject &patch, const QDateTime &newStart, const QDateTime &newEnd)
{
    PendingWrite pending;
    pending.kind = BookingResult::Operation::Reschedule;
    pending.calendarId = event.calendarId;
    pending.event = event;
    pending.newStart = newStart;
    pending.newEnd = newEnd;
    //: outbox label: "Move “Mentoring: Priya” to Fri 27 Nov 2026, 10:00 – 11:00"
    const QString label = tr("Move “%1” to %2").arg(event.subject, BookingText::when(newStart, newEnd));
    if (enqueue(operation, kindName(kUpdateKind), label, UpdateEventJob::request(targetId, patch), pending) <= 0) {
        BookingResult result;
        result.status = BookingResult::Status::Failed;
        result.event = event;
        result.message = tr("The change could not be saved for sending (%1).").arg(m_outbox->errorString());
        operation->finish(result);
        return;
    }
    operation->setProgress(tr("Moving the session…"));
}

BookingOperation *BookingService::cancel(const Event &event, const QString &message, ChangeScope scope)
{
    using Op = BookingResult::Operation;
    const FeatureAvailability gate = availability(Feature::RescheduleCancel);
    if (!gate.isAvailable())
        return notAllowed(Op::Cancel, gate);
    BookingResult result;
    result.event = event;
    if (const QString why = whyNotChangeable(event); !why.isEmpty()) {
        result.status = BookingResult::Status::NotAllowed;
        result.message = why;
        return finished(Op::Cancel, result);
    }
    const QString target
        = scope == ChangeScope::WholeSeries && !event.seriesMasterId.isEmpty() ? event.seriesMasterId : event.id;
    auto *op = new BookingOperation(Op::Cancel, this);
    PendingWrite pending;
    pending.kind = Op::Cancel;
    pending.calendarId = event.calendarId;
    pending.event = event;
    const bool wholeSeries = target != event.id || event.type == Event::Type::SeriesMaster;
    //: outbox label
    const QString label = wholeSeries
        ? tr("Cancel the series “%1”").arg(event.subject)
        : tr("Cancel “%1” on %2").arg(event.subject, BookingText::when(event.start, event.end));
    if (enqueue(op, kindName(kCancelKind), label, CancelEventJob::request(target, message.trimmed()), pending) <= 0) {
        result.status = BookingResult::Status::Failed;
        result.message = tr("The cancellation could not be saved for sending (%1).").arg(m_outbox->errorString());
        op->finish(result);
        return op;
    }
    op->setProgress(wholeSeries ? tr("Cancelling the series…") : tr("Cancelling the session…"));
    return op;
}

BookingOperation *BookingService::createMeetingLink(const SessionDraft &draft)
{
    using Op = BookingResult::Operation;
    const FeatureAvailability gate = availability(Feature::StandaloneMeetingLink);
    if (!gate.isAvailable())
        return notAllowed(Op::MeetingLink, gate);
    SessionDraft stored = draft;
    if (stored.meetingExternalId.isEmpty())
        stored.meetingExternalId = SessionDraft::newGuid();
    if (const std::optional<SessionDraft> previous = m_drafts->draft(stored.id))
        stored.outboxId = previous->outboxId;
    m_drafts->save(stored);

    // A time in the past (or none) lets Graph pick its default: now, for an hour.
    QDateTime start = stored.startUtc();
    QDateTime end = stored.endUtc();
    if (!start.isValid() || start < m_clock->nowUtc())
        start = end = QDateTime();
    auto *op = new BookingOperation(Op::MeetingLink, this);
    auto *job = new CreateOrGetOnlineMeetingJob(m_client, stored.meetingExternalId, stored.effectiveSubject(), start,
                                                end, op);
    op->setProgress(tr("Creating a Teams meeting link…"));
    op->setCanceller([job] { job->cancel(); });
    const QString draftId = stored.id;
    connect(job, &GraphJob::finished, this, [this, op, job, draftId](const GraphResult &r) {
        BookingResult result;
        result.draftId = draftId;
        result.graphStatus = r.status;
        if (r.isOk()) {
            result.status = BookingResult::Status::Succeeded;
            result.meeting = job->meeting();
            result.meetingCreated = job->created();
            result.message = tr("Your Teams meeting link is ready. No calendar entry was created and no invitation "
                                "was sent: share the link with your mentee yourself.");
            m_drafts->remove(draftId);
        } else if (r.status == GraphStatus::Cancelled) {
            result.status = BookingResult::Status::Cancelled;
            result.message = tr("No link was created. Your draft is kept.");
        } else {
            result.status = BookingResult::Status::Failed;
            result.message = BookingText::failure(r, BookingResult::Operation::MeetingLink);
            result.details = r.error.technicalDetails();
            result.errorCode = r.error.code;
        }
        op->finish(result);
    });
    job->start();
    return op;
}

BookingOperation *BookingService::findTimes(const SessionDraft &draft, const QDate &firstDay, const QDate &lastDay)
{
    using Op = BookingResult::Operation;
    const QTimeZone zone = draft.zone().isValid() ? draft.zone() : QTimeZone::systemTimeZone();
    const QDateTime now = m_clock->nowUtc();
    QDateTime windowStart = GraphTime::toUtc(firstDay, QTime(0, 0), zone);
    const QDateTime windowEnd = GraphTime::toUtc(lastDay.addDays(1), QTime(0, 0), zone);
    if (windowStart.isValid() && windowStart < now) {
        // From the next quarter hour: a suggestion for five minutes ago helps nobody.
        const qint64 quarter = 15 * 60;
        windowStart = QDateTime::fromSecsSinceEpoch((now.toSecsSinceEpoch() + quarter - 1) / quarter * quarter,
                                                    QTimeZone::utc());
    }
    if (!windowStart.isValid() || !windowEnd.isValid() || windowEnd <= windowStart) {
        BookingResult result;
        result.status = BookingResult::Status::Invalid;
        result.message = tr("Pick a window of days that ends in the future.");
        return finished(Op::FindTimes, result);
    }
    const int duration
        = qBound(DraftValidator::kMinDurationMinutes, draft.durationMinutes, DraftValidator::kMaxDurationMinutes);
    auto *op = new BookingOperation(Op::FindTimes, this);
    const FeatureAvailability gate = availability(Feature::FindFreeTimes);
    if (!gate.isAvailable()) {
        finishWithOwnFreeTime(op, gate.message, windowStart, windowEnd, duration, zone);
        return op;
    }
    FindMeetingTimesJob::Query query;
    for (const EmailAddress &mentee : draft.mentees) {
        if (AddressList::isValidAddress(mentee.address)
            && mentee.address.compare(m_organizerAddress, Qt::CaseInsensitive) != 0)
            query.attendees.append(mentee);
    }
    query.durationMinutes = duration;
    query.windows = {{windowStart, windowEnd}};
    query.timeZoneName = GraphTime::graphZoneName(zone);
    query.maxCandidates = kMaxSuggestions;
    auto *job = new FindMeetingTimesJob(m_client, query, op);
    op->setProgress(query.attendees.isEmpty() ? tr("Looking for times when you are free…")
                                              : tr("Looking for times when everyone is free…"));
    op->setCanceller([job] { job->cancel(); });
    connect(job, &GraphJob::finished, this,
            [this, op, job, windowStart, windowEnd, duration, zone](const GraphResult &r) {
                if (r.status == GraphStatus::Cancelled) {
                    BookingResult result;
                    result.status = BookingResult::Status::Cancelled;
                    op->finish(result);
                    return;
                }
                if (!r.isOk()) {
                    // The mailbox may not support it (personal, on-premises) or we are offline: the cache can still
                    // help.
                    finishWithOwnFreeTime(op,
                                          tr("Microsoft 365 could not suggest times: %1")
                                              .arg(BookingText::failure(r, BookingResult::Operation::FindTimes)),
                                          windowStart, windowEnd, duration, zone);
                    return;
                }
                BookingResult result;
                result.status = BookingResult::Status::Succeeded;
                result.suggestions = job->suggestions();
                result.note = BookingText::emptyReason(result.suggestions.emptyReason);
                op->finish(result);
            });
    job->start();
    return op;
}

void BookingService::finishWithOwnFreeTime(BookingOperation *operation, const QString &reason,
                                           const QDateTime &windowStart, const QDateTime &windowEnd,
                                           int durationMinutes, const QTimeZone &zone)
{
    BookingResult result;
    if (!m_calendarStore || !m_calendarStore->isOpen() || !availability(Feature::OwnCalendar).isAvailable()) {
        result.status = BookingResult::Status::NotAllowed;
        result.message = reason;
        result.note = reason;
        operation->finish(result);
        return;
    }
    OwnFreeTime::Options options;
    options.zone = zone;
    options.maxSuggestions = kMaxSuggestions;
    const QList<Event> events = m_calendarStore->eventsBetween(windowStart, windowEnd, ownCalendarIds());
    result.status = BookingResult::Status::Succeeded;
    result.fromOwnCalendar = true;
    result.suggestions.suggestions
        = OwnFreeTime::find(events, windowStart, windowEnd, durationMinutes, m_clock->nowUtc(), options);
    result.suggestions.emptyReason = result.suggestions.suggestions.isEmpty()
        ? MeetingTimeSuggestions::EmptyReason::OrganizerUnavailable
        : MeetingTimeSuggestions::EmptyReason::None;
    QString note = reason;
    if (!note.isEmpty())
        note += u'\n';
    note += tr("Showing when you are free in your own calendar (working hours, Monday to Friday). Your mentees' "
               "calendars were not checked.");
    if (result.suggestions.isEmpty())
        note += u'\n' + BookingText::emptyReason(result.suggestions.emptyReason);
    result.note = note;
    operation->finish(result);
}

// ---- outbox outcomes ------------------------------------------------------------------------------------------

std::optional<BookingResult::Operation> BookingService::operationForKind(const QString &kind)
{
    if (kind == QLatin1StringView(kCreateKind))
        return BookingResult::Operation::Book;
    if (kind == QLatin1StringView(kUpdateKind))
        return BookingResult::Operation::Reschedule;
    if (kind == QLatin1StringView(kCancelKind))
        return BookingResult::Operation::Cancel;
    return std::nullopt;
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

void BookingService::onEntryFinished(qint64 id, const QString &kind, const GraphResult &graphResult)
{
    const std::optional<BookingResult::Operation> operation = operationForKind(kind);
    if (!operation)
        return;
    if (m_discarding.remove(id)) {
        m_pending.remove(id);
        return; // discarded by onEntryStateChanged after reporting the failure
    }
    const bool known = m_pending.contains(id);
    PendingWrite pending = m_pending.take(id);
    if (!known) {
        pending.kind = *operation;
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
        if (*operation == BookingResult::Operation::Book)
            forgetDraftOutbox(id, {});
        result.status = BookingResult::Status::Cancelled;
        result.message = *operation == BookingResult::Operation::Book ? tr("Not sent. Your draft is kept.")
            : *operation == BookingResult::Operation::Reschedule      ? tr("Not moved.")
                                                                      : tr("Not cancelled.");
        report(pending, result);
        return;
    }

    switch (*operation) {
    case BookingResult::Operation::Book: {
        const Event event = CreateEventJob::parseEvent(graphResult.json, pending.calendarId);
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
        Event event = UpdateEventJob::parseEvent(graphResult.json);
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

void BookingService::onEntryStateChanged(qint64 id, const QString &kind, OutboxState state,
                                         const GraphResult &graphResult)
{
    const std::optional<BookingResult::Operation> operation = operationForKind(kind);
    if (!operation)
        return;
    const auto it = m_pending.find(id);
    PendingWrite pending = it != m_pending.end() ? *it : PendingWrite{};
    pending.kind = *operation;
    if (pending.draftId.isEmpty() && *operation == BookingResult::Operation::Book) {
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
        const QString message = BookingText::waiting(graphResult, *operation);
        const bool longWait
            = graphResult.status == GraphStatus::Offline || graphResult.status == GraphStatus::SignInRequired;
        if (*operation == BookingResult::Operation::Book) {
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
        result.message = BookingText::failure(graphResult, *operation);
        qCInfo(lcBooking).noquote() << "outbox entry" << id << kind << "refused:" << graphResult.error.code;
        const bool attended = pending.operation;
        if (*operation == BookingResult::Operation::Book)
            forgetDraftOutbox(id, result.message);
        // The draft (or the dialog showing the error) is where the user continues; a booking never stays behind
        // in the outbox as a second copy. Unattended moves and cancellations stay for the outbox's Retry/Discard.
        if (*operation == BookingResult::Operation::Book || attended) {
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

// ---- helpers ------------------------------------------------------------------------------------------------

QString BookingService::zoneNameFor(const Event &event)
{
    // Keep the event's own zone, so Outlook keeps showing it as the organizer set it.
    if (!event.originalStartTimeZone.isEmpty() && GraphTime::zoneForName(event.originalStartTimeZone).isValid())
        return event.originalStartTimeZone;
    return u"UTC"_s;
}

QJsonObject BookingService::seriesMovePatch(const Event &master, const Event &dragged, const QDateTime &newStartUtc,
                                            const QDateTime &newEndUtc)
{
    const QDateTime anchor = dragged.type == Event::Type::SeriesMaster ? dragged.start
        : dragged.originalStart.isValid()                              ? dragged.originalStart
                                                                       : dragged.start;
    const qint64 shift = anchor.secsTo(newStartUtc);
    const QDateTime masterStart = master.start.addSecs(shift);
    const QDateTime masterEnd = masterStart.addSecs(newStartUtc.secsTo(newEndUtc));
    const QString zoneName = zoneNameFor(master);
    QJsonObject patch = SessionEventBuilder::moveJson(masterStart, masterEnd, zoneName);
    if (!master.recurrence)
        return patch;
    Recurrence recurrence = *master.recurrence;
    const QTimeZone zone = GraphTime::zoneForNameOrUtc(
        recurrence.recurrenceTimeZone.isEmpty() ? zoneName : recurrence.recurrenceTimeZone);
    const qint64 days = master.start.toTimeZone(zone).date().daysTo(masterStart.toTimeZone(zone).date());
    if (days == 0)
        return patch;
    // The pattern follows the new day: "every Monday" moved to Tuesday becomes "every Tuesday".
    if (recurrence.startDate.isValid())
        recurrence.startDate = recurrence.startDate.addDays(days);
    for (Qt::DayOfWeek &day : recurrence.daysOfWeek)
        day = Qt::DayOfWeek(((int(day) - 1 + days) % 7 + 7) % 7 + 1);
    if (recurrence.dayOfMonth > 0)
        recurrence.dayOfMonth = int(qBound(qint64(1), recurrence.dayOfMonth + days, qint64(31)));
    if (recurrence.rangeType == Recurrence::RangeType::EndDate && recurrence.endDate.isValid()
        && recurrence.endDate < recurrence.startDate)
        recurrence.endDate = recurrence.startDate;
    patch.insert("recurrence"_L1, recurrence.toJson());
    return patch;
}

} // namespace MentorDesk
