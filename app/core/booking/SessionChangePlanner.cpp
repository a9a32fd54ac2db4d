#include "core/booking/SessionChangePlanner.h"

#include "core/booking/BookingCalendar.h"
#include "core/booking/BookingOperation.h"
#include "core/booking/BookingText.h"
#include "core/booking/SessionEventBuilder.h"
#include "core/common/Clock.h"
#include "core/graph/jobs/GetEventJob.h"
#include "core/graph/writes/CancelEventWrite.h"
#include "core/graph/writes/UpdateEventWrite.h"

namespace MentorDesk {

SessionChangePlanner::SessionChangePlanner(GraphClient *client, const BookingCalendar *calendar, Clock *clock,
                                           std::function<FeatureAvailability(Feature)> gate, Sender send,
                                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_calendar(calendar)
    , m_clock(clock)
    , m_gate(std::move(gate))
    , m_send(std::move(send))
{ }

BookingOperation *SessionChangePlanner::refuse(BookingResult::Operation operation, const Event &event,
                                               BookingResult::Status status, const QString &message,
                                               const FeatureAvailability &availability)
{
    auto *op = new BookingOperation(operation, this);
    BookingResult result;
    result.status = status;
    result.event = event;
    result.availability = availability;
    result.message = message;
    op->finish(result);
    return op;
}

BookingOperation *SessionChangePlanner::refusal(BookingResult::Operation operation, const Event &event)
{
    if (const FeatureAvailability gate = m_gate(Feature::RescheduleCancel); !gate.isAvailable())
        return refuse(operation, {}, BookingResult::Status::NotAllowed, gate.message, gate);
    const auto change = operation == BookingResult::Operation::Reschedule ? EventChangeRule::Change::Move
                                                                          : EventChangeRule::Change::Cancel;
    if (const QString why = m_calendar->changeRule(event).whyNot(change); !why.isEmpty())
        return refuse(operation, event, BookingResult::Status::NotAllowed, why);
    return nullptr;
}

BookingOperation *SessionChangePlanner::move(const Event &event, const QDateTime &newStartUtc,
                                             const QDateTime &newEndUtc, bool wholeSeries)
{
    using Op = BookingResult::Operation;
    if (BookingOperation *refused = refusal(Op::Reschedule, event))
        return refused;
    if (!newStartUtc.isValid() || !newEndUtc.isValid() || newEndUtc <= newStartUtc)
        return refuse(Op::Reschedule, event, BookingResult::Status::Invalid,
                      tr("The session must end after it starts."));
    if (newStartUtc <= m_clock->nowUtc())
        return refuse(Op::Reschedule, event, BookingResult::Status::Invalid,
                      tr("A session cannot be moved into the past."));

    auto *op = new BookingOperation(Op::Reschedule, this);
    if (!wholeSeries || (event.type != Event::Type::SeriesMaster && event.seriesMasterId.isEmpty())) {
        sendMove(op, event, event.id,
                 SessionEventBuilder::moveJson(newStartUtc, newEndUtc, SessionEventBuilder::zoneNameFor(event)),
                 newStartUtc, newEndUtc);
        return op;
    }
    // The whole series moves by the same offset: read the master for its own start and pattern first. Booking only
    // touches own calendars, where /me/events/{id} reaches the event.
    Calendar own;
    own.id = event.calendarId;
    own.kind = Calendar::Kind::Own;
    const QString masterId = event.type == Event::Type::SeriesMaster ? event.id : event.seriesMasterId;
    auto *job = new GetEventJob(m_client, own, masterId, op);
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
        sendMove(op, event, master.id, SessionEventBuilder::seriesMoveJson(master, event, newStartUtc, newEndUtc),
                 newStartUtc, newEndUtc);
    });
    job->start();
    return op;
}

void SessionChangePlanner::sendMove(BookingOperation *operation, const Event &event, const QString &targetId,
                                    const QJsonObject &patch, const QDateTime &newStart, const QDateTime &newEnd)
{
    Write write;
    write.operation = BookingResult::Operation::Reschedule;
    write.event = event;
    write.request = UpdateEventWrite::request(targetId, patch);
    //: outbox label: "Move “Mentoring: Priya” to Fri 27 Nov 2026, 10:00 – 11:00"
    write.label = tr("Move “%1” to %2").arg(event.subject, BookingText::when(newStart, newEnd));
    write.newStart = newStart;
    write.newEnd = newEnd;
    write.progress = tr("Moving the session…");
    write.notSaved = tr("The change could not be saved for sending. Try again.");
    m_send(operation, write);
}

BookingOperation *SessionChangePlanner::cancel(const Event &event, const QString &message, bool wholeSeries)
{
    using Op = BookingResult::Operation;
    if (BookingOperation *refused = refusal(Op::Cancel, event))
        return refused;
    const QString target = wholeSeries && !event.seriesMasterId.isEmpty() ? event.seriesMasterId : event.id;
    const bool series = target != event.id || event.type == Event::Type::SeriesMaster;
    auto *op = new BookingOperation(Op::Cancel, this);
    Write write;
    write.operation = Op::Cancel;
    write.event = event;
    write.request = CancelEventWrite::request(target, message.trimmed());
    //: outbox label
    write.label = series ? tr("Cancel the series “%1”").arg(event.subject)
                         : tr("Cancel “%1” on %2").arg(event.subject, BookingText::when(event.start, event.end));
    write.progress = series ? tr("Cancelling the series…") : tr("Cancelling the session…");
    write.notSaved = tr("The cancellation could not be saved for sending. Try again.");
    m_send(op, write);
    return op;
}

} // namespace MentorDesk
