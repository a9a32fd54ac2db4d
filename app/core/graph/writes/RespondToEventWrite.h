#pragma once

#include "core/graph/GraphRequest.h"

#include <QDateTime>
#include <QLatin1StringView>
#include <QString>

#include <optional>
#include <utility>

namespace MentorDesk {

// The invitee's answer to a meeting request (docs/graph/reminders.md#responding-to-an-invitation):
// POST /me/events/{id}/accept | tentativelyAccept | decline with {comment?, sendResponse, proposedNewTime?}.
// 202 Accepted without a body. sendResponse false answers without telling the organizer. proposedNewTime (a timeSlot)
// only exists for tentativelyAccept and decline, needs sendResponse true and an event whose allowNewTimeProposals is
// true, else Graph answers 400; request() leaves it out of an accept and sends sendResponse true with it.
//
// Answering the same way twice leaves the event as answering once does (the organizer may get the answer twice, which
// is what Outlook does too), so the request is declared idempotent and the Outbox resends it by itself after an unknown
// outcome (kind is its stored tag).
struct RespondToEventWrite
{
    static constexpr QLatin1StringView kind{"respondToEvent"};

    enum class Response { Accept, TentativelyAccept, Decline };

    struct Answer
    {
        Response response = Response::Accept;
        QString comment; // left out when empty
        bool sendResponse = true; // true anyway with a proposedNewTime
        // Another time to suggest (UTC instants), tentative or decline only; sent in proposalTimeZone.
        std::optional<std::pair<QDateTime, QDateTime>> proposedNewTime;
        QString proposalTimeZone = QStringLiteral("UTC");
    };

    static GraphRequest request(const QString &eventId, const Answer &answer);
    // "accept", "tentativelyAccept", "decline": the action's name in the path.
    static QString actionName(Response response);
    static std::optional<Response> responseFromActionName(QStringView action);
    // The event and the answer of a stored request (decoded).
    static bool parseTarget(const GraphRequest &request, QString *eventId, Response *response = nullptr);
};

} // namespace MentorDesk
