#pragma once

#include "core/booking/DraftValidator.h"
#include "core/consent/FeatureGate.h"
#include "core/graph/GraphResult.h"
#include "core/model/Event.h"
#include "core/model/MeetingTimeSuggestions.h"
#include "core/model/OnlineMeeting.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace MentorDesk {

// What one booking action ended with (BookingOperation::finished, BookingService::bookingFinished). Every
// status carries a translated message saying what happened and what the user can do.
struct BookingResult
{
    enum class Operation { Book, Reschedule, Cancel, MeetingLink, FindTimes };
    enum class Status {
        Succeeded,
        Queued, // kept in the outbox: sent when the network or the sign-in is back (the draft is kept too)
        NotAllowed, // the feature is off for this account or its permissions (availability says why)
        Invalid, // the draft has problems (issues), nothing was sent
        Failed, // Microsoft 365 refused it or it could not be done; nothing changed
        NeedsAttention, // the outcome is unknown: check the calendar before trying again
        Cancelled, // stopped by the user before it was sent
    };

    Operation operation = Operation::Book;
    Status status = Status::Succeeded;
    QString message; // translated
    QString details; // technical: error code, HTTP status, request id (for a details line / support)
    GraphStatus graphStatus = GraphStatus::Ok;
    QString errorCode; // Graph's error code, e.g. ErrorOccurrenceCrossingBoundary

    QString draftId; // Book, MeetingLink
    qint64 outboxId = 0; // writes
    // Book: the created event (the series master for a series); Reschedule: the moved event; Cancel: the event as
    // it was before cancelling.
    Event event;
    bool teamsMeeting = false; // Book: the booking asked for a Teams meeting
    bool joinUrlMissing = false; // Book: asked for one, but Graph gave no join link even when read again
    QList<DraftValidator::Issue> issues; // Invalid
    FeatureAvailability availability; // NotAllowed
    OnlineMeeting meeting; // MeetingLink
    bool meetingCreated = false; // MeetingLink: true for a new meeting, false when createOrGet returned it again
    MeetingTimeSuggestions suggestions; // FindTimes
    bool fromOwnCalendar = false; // FindTimes: the fallback from the local calendar, not findMeetingTimes
    QString note; // FindTimes: why there are none, or why only the own calendar was used

    bool isSuccess() const { return status == Status::Succeeded; }
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::BookingResult)
