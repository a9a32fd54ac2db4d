#pragma once

#include "core/graph/GraphRequest.h"

#include <QLatin1StringView>

namespace MentorDesk {

// POST /me/events/{id}/cancel {"Comment": "..."} (docs/graph/booking.md#cancelling): the organizer cancels a meeting
// and every attendee gets the cancellation with the comment. 202 Accepted without a body. Works on a single occurrence
// (its id) or a whole series (the master's id). A non-organizer gets 400. Not idempotent (a second cancel finds
// nothing), so after an unknown outcome the Outbox asks the user instead of resending (kind is its stored tag).
struct CancelEventWrite
{
    static constexpr QLatin1StringView kind{"cancelEvent"};

    static GraphRequest request(const QString &eventId, const QString &comment);
};

} // namespace MentorDesk
