#pragma once

#include "sandbox/graph/GraphContext.h"
#include "sandbox/http/HttpResponse.h"

#include <functional>
#include <optional>

namespace MentorDesk::Sandbox {

class CalendarEndpoints;

// Invitations between mailboxes of the tenant and the answers to them: POST …/events/{id}/accept,
// …/tentativelyAccept and …/decline. An invitation is a copy of the organiser's event in each attendee's calendar,
// with the same iCalUId; an answer changes the attendee's copy (responseStatus) and, when it is sent, the attendee's
// entry in the organiser's event (attendees[].status, and proposedNewTime).
class MeetingResponses
{
public:
    enum class Answer { Accept, TentativelyAccept, Decline };

    MeetingResponses(SandboxState &state, CalendarEndpoints &calendar);

    static std::optional<Answer> answerFor(const QString &action); // "accept", "tentativelyAccept", "decline"
    HttpResponse respond(GraphContext &context, const QString &id, Answer answer);

    // Puts a not yet answered copy of the organiser's event (a series with its exceptions) in the default calendar of
    // every attendee who has a mailbox in the tenant; returns attendee UPN -> the copy's id. newId makes the copies'
    // ids (the seed's are deterministic).
    static QJsonObject deliver(SandboxState &state, const QString &organiserEventId,
                               const std::function<QString()> &newId);

private:
    // The organiser's event behind an attendee's copy (same iCalUId, in the organiser's mailbox); null when the
    // organiser is outside the tenant or has deleted it.
    const StoredEvent *organiserEvent(const StoredEvent &copy) const;
    void setStatus(StoredEvent &organiserItem, const QString &attendee, const QString &response,
                   const QJsonObject &proposedNewTime);

    SandboxState &m_state;
    CalendarEndpoints &m_calendar;
};

} // namespace MentorDesk::Sandbox
