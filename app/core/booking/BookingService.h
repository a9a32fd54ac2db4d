#pragma once

#include "core/booking/BookingCalendar.h"
#include "core/booking/BookingOperation.h"
#include "core/booking/BookingResult.h"
#include "core/booking/DraftValidator.h"
#include "core/booking/MeetingLinkCreator.h"
#include "core/booking/MeetingPlan.h"
#include "core/booking/MeetingTimeFinder.h"
#include "core/booking/SessionChangePlanner.h"
#include "core/booking/SessionDraft.h"
#include "core/calendar/EventChangeRule.h"
#include "core/consent/ConsentState.h"
#include "core/consent/Feature.h"
#include "core/consent/FeatureGate.h"
#include "core/graph/GraphRequest.h"
#include "core/model/Calendar.h"
#include "core/model/Event.h"
#include "core/outbox/OutboxEntry.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace MentorDesk {

class CalendarStore;
class Clock;
class DraftStore;
class GetScheduleJob;
class GraphClient;
class Outbox;
class OutboxWrite;

// Books, moves and cancels mentoring sessions, makes standalone Teams links and suggests times. The UI asks it;
// it decides what to send, gates every action on FeatureGate (saying why when off), and reports each action through
// the BookingOperation it returns.
//
// Writes go through the Outbox (CreateEventWrite, UpdateEventWrite, CancelEventWrite), so they survive being offline,
// an expired sign-in and a restart. A booking carries its draft's transactionId as idempotency key: a retry (by
// GraphClient, the outbox or a second click) returns the meeting the first attempt created, never a second one.
// The draft stays in the DraftStore until the booking is confirmed. Queries (suggested times, the standalone link
// with its externalId key) run as jobs directly. The parts live in their own classes: BookingCalendar (what the
// calendar cache says), SessionChangePlanner (what a move or cancellation sends), MeetingTimeFinder, MeetingLinkCreator
// and MeetingPlan; this class gates them and owns the outbox side.
//
//     BookingOperation *op = booking->book(draft);
//     connect(op, &BookingOperation::progressChanged, busyLabel, &QLabel::setText);
//     connect(op, &BookingOperation::finished, this, [](const BookingResult &r) { ... r.event.joinUrl ... });
//
// Writes that finish after their operation was let go (the app restarted, the user stopped waiting) are reported
// through bookingFinished().
class BookingService : public QObject
{
    Q_OBJECT

public:
    enum class ChangeScope { ThisOccurrence, WholeSeries };
    Q_ENUM(ChangeScope)

    using MeetingPlan = MentorDesk::MeetingPlan;

    static constexpr int kMaxSuggestions = MeetingTimeFinder::kMaxSuggestions;

    // client, outbox and drafts are not owned and must outlive the service.
    BookingService(GraphClient *client, Outbox *outbox, DraftStore *drafts, Clock *clock = nullptr,
                   QObject *parent = nullptr);
    ~BookingService() override;

    // The account's calendar cache (optional): its calendars, people met before and the own-free-time fallback.
    void setCalendarStore(CalendarStore *store) { m_calendar.setStore(store); }
    CalendarStore *calendarStore() const { return m_calendar.store(); }
    // The calendar caches of the user's other signed-in accounts (not owned, guarded; this account's own store and
    // duplicates are ignored). Busy time in their own calendars counts as busy here too: suggested times avoid it
    // and conflicts() reports it. Replaces the previous list; an empty list checks this account only.
    void setOtherCalendars(const QList<CalendarStore *> &stores) { m_calendar.setOtherStores(stores); }
    QList<CalendarStore *> otherCalendars() const { return m_calendar.otherStores(); }
    // Where the account kind and the granted scopes come from (Session::consentState() in the app). Without one,
    // everything is gated as "not signed in".
    void setConsentStateProvider(std::function<ConsentState()> provider) { m_consent = std::move(provider); }
    ConsentState consentState() const { return m_consent ? m_consent() : ConsentState{}; }
    // The signed-in user's address: never offered as a mentee, refused as one.
    void setOrganizerAddress(const QString &address) { m_organizerAddress = address; }
    QString organizerAddress() const { return m_organizerAddress; }

    DraftStore *drafts() const;
    Outbox *outbox() const;
    Clock *clock() const { return m_clock; }

    FeatureAvailability availability(Feature feature) const;
    MeetingPlan meetingPlan(const SessionDraft &draft) const
    {
        return MeetingPlan::forDraft(draft, availability(Feature::TeamsMeetingInvite), calendarFor(draft));
    }
    const BookingCalendar &calendar() const { return m_calendar; }
    QList<Calendar> calendars() const { return m_calendar.calendars(); }
    // Own calendars MentorDesk may write to, the default one first.
    QList<Calendar> bookableCalendars() const { return m_calendar.bookableCalendars(); }
    std::optional<Calendar> calendarFor(const SessionDraft &draft) const { return m_calendar.calendarFor(draft); }
    // People met before (attendees and organizers of cached events in own calendars), for address completion.
    QList<EmailAddress> knownPeople() const { return m_calendar.knownPeople(m_organizerAddress); }
    // Cached events in own calendars (also the other accounts', see setOtherCalendars()) that block
    // [startUtc, endUtc), except `ignore` itself.
    QList<Event> conflicts(const QDateTime &startUtc, const QDateTime &endUtc, const Event &ignore = {}) const
    {
        return m_calendar.conflicts(startUtc, endUtc, ignore);
    }
    // A fresh draft in the system's zone, in the default bookable calendar.
    SessionDraft newDraft() const { return m_calendar.newDraft(); }
    QList<DraftValidator::Issue> validate(const SessionDraft &draft) const;
    // True while the draft's booking waits in (or is being sent from) the outbox.
    bool isQueued(const SessionDraft &draft) const;
    // Whether the user may move or cancel this event (organizer, calendar from the cache, ...), and if not why. Does
    // not include the feature gate (see availability(Feature::RescheduleCancel)).
    EventChangeRule changeRule(const Event &event) const { return m_calendar.changeRule(event); }

    // Validates, saves the draft and sends the booking through the outbox. If the draft's booking already waits
    // there, that one is sent now instead (or, if the draft changed meanwhile and it is not on the wire, replaced
    // by the new content under the same transactionId).
    BookingOperation *book(const SessionDraft &draft);
    // Removes a draft and withdraws its waiting booking. False (nothing removed) while that booking is on the wire.
    bool discardDraft(const QString &draftId);
    // Moves a session. For an occurrence or exception, WholeSeries moves the series by the same offset (weekday
    // and start date of the pattern follow when the day changes).
    BookingOperation *reschedule(const Event &event, const QDateTime &newStartUtc, const QDateTime &newEndUtc,
                                 ChangeScope scope)
    {
        return m_changes.move(event, newStartUtc, newEndUtc, scope == ChangeScope::WholeSeries);
    }
    // Cancels with an optional message to the attendees (sent as the cancellation's comment).
    BookingOperation *cancel(const Event &event, const QString &message, ChangeScope scope)
    {
        return m_changes.cancel(event, message, scope == ChangeScope::WholeSeries);
    }
    // "Just give me a Teams link": createOrGet keyed by the draft's meetingExternalId. No calendar entry, no
    // invitation. On success the draft has served its purpose and is removed.
    BookingOperation *createMeetingLink(const SessionDraft &draft) { return m_meetingLinks.create(draft); }
    // Suggested times for the draft's mentees and duration between firstDay and lastDay (inclusive, in the
    // draft's zone). Falls back to the mentor's own free time from the cache where findMeetingTimes is not
    // available (personal accounts, permission not granted, offline), and says so in BookingResult::note. Either way
    // no time is offered that is busy in another signed-in account's calendars (setOtherCalendars()).
    BookingOperation *findTimes(const SessionDraft &draft, const QDate &firstDay, const QDate &lastDay)
    {
        return m_timeFinder.find(draft, firstDay, lastDay, m_organizerAddress);
    }
    // Free/busy and working hours of the addresses over [startUtc, endUtc) in slots of intervalMinutes, for the
    // scheduling strip (getSchedule, docs/graph/scheduling.md#getschedule; work and school accounts). Null when
    // availability(Feature::FindFreeTimes) says no. The job is started, owned by parent and deletes itself after
    // finished(); at most GetScheduleJob::kMaxSchedules addresses are asked for.
    GetScheduleJob *lookUpSchedules(const QStringList &addresses, const QDateTime &startUtc, const QDateTime &endUtc,
                                    int intervalMinutes, QObject *parent);

Q_SIGNALS:
    // Every final outcome of a write (succeeded, failed, needs attention, withdrawn), also for writes that finish
    // after their operation was let go or the app restarted.
    void bookingFinished(const MentorDesk::BookingResult &result);
    // A session was booked, moved or cancelled: calendar views should refresh.
    void calendarChanged();

private:
    struct PendingWrite
    {
        QPointer<BookingOperation> operation;
        BookingResult::Operation kind = BookingResult::Operation::Book;
        QString draftId;
        QString calendarId;
        bool teams = false;
        Event event; // reschedule/cancel: the event as it was
        QDateTime newStart;
        QDateTime newEnd;
    };

    BookingOperation *finished(BookingResult::Operation operation, BookingResult result);
    BookingOperation *notAllowed(BookingResult::Operation operation, const FeatureAvailability &availability);
    // Follows write (just enqueued, null when it could not be stored) for operation; its id, or 0.
    qint64 enqueue(BookingOperation *operation, OutboxWrite *write, PendingWrite pending);
    void sendChange(BookingOperation *operation, const SessionChangePlanner::Write &write);
    void withdraw(qint64 outboxId);
    void handOver(PendingWrite &pending, BookingOperation *successor, const QString &message);
    // The outbox's handler for the three kinds of writes: new ones and those stored before a restart.
    void follow(OutboxWrite *write, BookingResult::Operation operation);
    void onWriteFinished(qint64 id, BookingResult::Operation operation, const GraphResult &result);
    void onWriteStateChanged(qint64 id, BookingResult::Operation operation, OutboxState state,
                             const GraphResult &result);
    void completeBooking(const PendingWrite &pending, qint64 outboxId, const Event &event, bool teams);
    void report(const PendingWrite &pending, const BookingResult &result, bool global = true);
    void forgetDraftOutbox(qint64 outboxId, const QString &lastError);

    GraphClient *m_client;
    QPointer<Outbox> m_outbox;
    QPointer<DraftStore> m_drafts;
    Clock *m_clock;
    std::function<ConsentState()> m_consent;
    FeatureGate m_gate;
    QString m_organizerAddress;
    BookingCalendar m_calendar;
    SessionChangePlanner m_changes;
    MeetingTimeFinder m_timeFinder;
    MeetingLinkCreator m_meetingLinks;
    QHash<qint64, PendingWrite> m_pending;
    QSet<qint64> m_discarding; // entries this service discards itself after reporting their failure
};

} // namespace MentorDesk
