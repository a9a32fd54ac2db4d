#pragma once

#include "core/graph/GraphRequest.h"

#include <QLatin1StringView>

namespace MentorDesk {

// POST /me/events/{id}/dismissReminder, no body (docs/graph/reminders.md#dismissing-and-snoozing): turns off a reminder
// that has gone off. 200 without a body. Dismissing twice leaves the reminder as dismissing once does, so the request
// is declared idempotent and the Outbox resends it by itself after an unknown outcome (kind is its stored tag).
struct DismissReminderWrite
{
    static constexpr QLatin1StringView kind{"dismissReminder"};

    static GraphRequest request(const QString &eventId);
    // The event a stored request is about (decoded), e.g. for a write queued in an earlier run.
    static bool parseTarget(const GraphRequest &request, QString *eventId);
};

} // namespace MentorDesk
