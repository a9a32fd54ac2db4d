#pragma once

#include "core/graph/GraphRequest.h"
#include "core/model/Event.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLatin1StringView>

namespace MentorDesk {

// POST /me/calendars/{id}/events (or /me/events for the default calendar) with a Graph event body
// (docs/graph/booking.md#creating-a-teams-meeting-in-a-calendar): the request and how to read its reply. Bookings go
// through the Outbox (kind is its stored tag). The body's transactionId becomes the request's idempotency key, so a
// retry after an unknown outcome returns the event the first attempt created instead of a second meeting.
struct CreateEventWrite
{
    static constexpr QLatin1StringView kind{"createEvent"};

    // calendarId empty: the default calendar.
    static GraphRequest request(const QString &calendarId, const QJsonObject &event);
    // The created event from a 201 reply; invalid Event when the reply is not one.
    static Event parseReply(const QJsonDocument &reply, const QString &calendarId = {});
};

} // namespace MentorDesk
