#pragma once

#include "core/graph/GraphJob.h"
#include "core/model/Event.h"

#include <QJsonObject>

namespace MentorDesk {

// PATCH /me/events/{id} with the changed properties (docs/graph/booking.md#moving): start/end for a single instance or
// one occurrence (Graph turns it into an exception), start/end/recurrence for a series master. Graph answers 200 with
// the whole event. The request carries absolute values, so it is declared idempotent: sending it twice has the
// effect of sending it once. Moving an occurrence onto or past a neighbour's day fails with 400
// ErrorOccurrenceCrossingBoundary.
class UpdateEventJob : public GraphJob
{
    Q_OBJECT

public:
    UpdateEventJob(GraphClient *client, const QString &eventId, const QJsonObject &patch, QObject *parent = nullptr);

    static GraphRequest request(const QString &eventId, const QJsonObject &patch);
    static Event parseEvent(const QJsonDocument &reply);

    // Valid after finished() with an Ok result.
    const Event &event() const { return m_event; }

protected:
    GraphRequest buildRequest() const override;
    bool parseResponse(const GraphResponse &response) override;

private:
    QString m_id;
    QJsonObject m_patch;
    Event m_event;
};

} // namespace MentorDesk
