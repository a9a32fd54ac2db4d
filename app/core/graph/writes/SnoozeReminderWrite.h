#pragma once

#include "core/graph/GraphRequest.h"

#include <QDateTime>
#include <QLatin1StringView>
#include <QString>

namespace MentorDesk {

// POST /me/events/{id}/snoozeReminder {"newReminderTime": dateTimeTimeZone}
// (docs/graph/reminders.md#dismissing-and-snoozing): the reminder goes off again at that time. 200 without a body.
// The new time is absolute, so sending it twice has the effect of sending it once: declared idempotent, resent by the
// Outbox after an unknown outcome (kind is its stored tag).
struct SnoozeReminderWrite
{
    static constexpr QLatin1StringView kind{"snoozeReminder"};

    // until: the instant; written as wall-clock time in timeZoneName (a Graph zone name, UTC by default).
    static GraphRequest request(const QString &eventId, const QDateTime &until,
                                const QString &timeZoneName = QStringLiteral("UTC"));
    // The event and the new reminder time (UTC) of a stored request.
    static bool parseTarget(const GraphRequest &request, QString *eventId, QDateTime *until = nullptr);
};

} // namespace MentorDesk
