#include "core/booking/MeetingLinkCreator.h"

#include "core/booking/BookingOperation.h"
#include "core/booking/BookingText.h"
#include "core/booking/DraftStore.h"
#include "core/common/Clock.h"
#include "core/graph/jobs/CreateOrGetOnlineMeetingJob.h"

namespace MentorDesk {

MeetingLinkCreator::MeetingLinkCreator(GraphClient *client, DraftStore *drafts, Clock *clock,
                                       std::function<FeatureAvailability(Feature)> gate, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_drafts(drafts)
    , m_clock(clock)
    , m_gate(std::move(gate))
{ }

BookingOperation *MeetingLinkCreator::create(const SessionDraft &draft)
{
    using Op = BookingResult::Operation;
    auto *op = new BookingOperation(Op::MeetingLink, this);
    if (const FeatureAvailability gate = m_gate(Feature::StandaloneMeetingLink); !gate.isAvailable()) {
        BookingResult result;
        result.status = BookingResult::Status::NotAllowed;
        result.availability = gate;
        result.message = gate.message;
        op->finish(result);
        return op;
    }
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
            if (m_drafts)
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

} // namespace MentorDesk
