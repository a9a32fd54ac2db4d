#pragma once

#include "core/graph/GraphRequest.h"
#include "core/model/Event.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLatin1StringView>

namespace MentorDesk {

// PATCH /me/events/{id} with the changed properties (docs/graph/booking.md#moving): start/end for a single instance or
// one occurrence (Graph turns it into an exception), start/end/recurrence for a series master. Graph answers 200 with
// the whole event. The request carries absolute values, so it is declared idempotent: sending it twice has the
// effect of sending it once. Moving an occurrence onto or past a neighbour's day fails with 400
// ErrorOccurrenceCrossingBoundary. Reschedules go through the Outbox (kind is its stored tag).
struct UpdateEventWrite
{
    static constexpr QLatin1StringView kind{"updateEvent"};

    static GraphRequest request(const QString &eventId, const QJsonObject &patch);
    static Event parseReply(const QJsonDocument &reply);
};

} // namespace MentorDesk
