#include "core/booking/MeetingTimeFinder.h"

#include "core/booking/AddressList.h"
#include "core/booking/BookingCalendar.h"
#include "core/booking/BookingOperation.h"
#include "core/booking/BookingText.h"
#include "core/booking/DraftValidator.h"
#include "core/common/Clock.h"
#include "core/graph/jobs/FindMeetingTimesJob.h"
#include "core/model/GraphTime.h"

namespace MentorDesk {

MeetingTimeFinder::MeetingTimeFinder(GraphClient *client, const BookingCalendar *calendar, Clock *clock,
                                     std::function<FeatureAvailability(Feature)> gate, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_calendar(calendar)
    , m_clock(clock)
    , m_gate(std::move(gate))
{ }

BookingOperation *MeetingTimeFinder::find(const SessionDraft &draft, const QDate &firstDay, const QDate &lastDay,
                                          const QString &organizerAddress)
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
    auto *op = new BookingOperation(Op::FindTimes, this);
    if (!windowStart.isValid() || !windowEnd.isValid() || windowEnd <= windowStart) {
        BookingResult result;
        result.status = BookingResult::Status::Invalid;
        result.message = tr("Pick a window of days that ends in the future.");
        op->finish(result);
        return op;
    }
    const int duration
        = qBound(DraftValidator::kMinDurationMinutes, draft.durationMinutes, DraftValidator::kMaxDurationMinutes);
    const FeatureAvailability gate = m_gate(Feature::FindFreeTimes);
    if (!gate.isAvailable()) {
        finishWithOwnFreeTime(op, gate.message, windowStart, windowEnd, duration, zone);
        return op;
    }
    FindMeetingTimesJob::Query query;
    for (const EmailAddress &mentee : draft.mentees) {
        if (AddressList::isValidAddress(mentee.address)
            && mentee.address.compare(organizerAddress, Qt::CaseInsensitive) != 0)
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
                // Microsoft 365 sees this account's mailbox only; the user's other accounts are in the cache.
                const qsizetype offered = result.suggestions.suggestions.size();
                result.suggestions.suggestions = m_calendar->withoutBusyElsewhere(result.suggestions.suggestions);
                if (offered > 0 && result.suggestions.suggestions.isEmpty()) {
                    result.suggestions.emptyReason = MeetingTimeSuggestions::EmptyReason::OrganizerUnavailable;
                    result.note = tr("Every time Microsoft 365 suggested is busy in the calendar of another account "
                                     "you are signed in with. Try a longer window.");
                } else {
                    result.note = BookingText::emptyReason(result.suggestions.emptyReason);
                }
                op->finish(result);
            });
    job->start();
    return op;
}

void MeetingTimeFinder::finishWithOwnFreeTime(BookingOperation *operation, const QString &reason,
                                              const QDateTime &windowStart, const QDateTime &windowEnd,
                                              int durationMinutes, const QTimeZone &zone)
{
    BookingResult result;
    if (!m_calendar->isOpen() || !m_gate(Feature::OwnCalendar).isAvailable()) {
        result.status = BookingResult::Status::NotAllowed;
        result.message = reason;
        result.note = reason;
        operation->finish(result);
        return;
    }
    result.status = BookingResult::Status::Succeeded;
    result.fromOwnCalendar = true;
    result.suggestions.suggestions
        = m_calendar->ownFreeTime(windowStart, windowEnd, durationMinutes, zone, kMaxSuggestions);
    result.suggestions.emptyReason = result.suggestions.suggestions.isEmpty()
        ? MeetingTimeSuggestions::EmptyReason::OrganizerUnavailable
        : MeetingTimeSuggestions::EmptyReason::None;
    QString note = reason;
    if (!note.isEmpty())
        note += u'\n';
    note += m_calendar->otherStores().isEmpty()
        ? tr("Showing when you are free in your own calendar (working hours, Monday to Friday). Your mentees' "
             "calendars were not checked.")
        : tr("Showing when you are free in your own calendars, in every account you are signed in with (working "
             "hours, Monday to Friday). Your mentees' calendars were not checked.");
    if (result.suggestions.isEmpty())
        note += u'\n' + BookingText::emptyReason(result.suggestions.emptyReason);
    result.note = note;
    operation->finish(result);
}

} // namespace MentorDesk
