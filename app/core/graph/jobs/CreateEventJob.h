#pragma once

#include "core/graph/GraphJob.h"
#include "core/model/Event.h"

#include <QJsonObject>

namespace MentorDesk {

// POST /me/calendars/{id}/events (or /me/events for the default calendar) with a Graph event body
// (docs/graph/booking.md#creating-a-teams-meeting-in-a-calendar). The body's transactionId becomes the request's
// idempotency key, so a retry after an unknown outcome returns the event the first attempt created instead of a second
// meeting. Bookings go through the Outbox with request() and read its reply with parseEvent(); the job is the same call
// for direct use.
class CreateEventJob : public GraphJob
{
    Q_OBJECT

public:
    // calendarId empty: the default calendar.
    CreateEventJob(GraphClient *client, const QString &calendarId, const QJsonObject &event, QObject *parent = nullptr);

    static GraphRequest request(const QString &calendarId, const QJsonObject &event);
    // The created event from a 201 reply; invalid Event when the reply is not one.
    static Event parseEvent(const QJsonDocument &reply, const QString &calendarId = {});

    // Valid after finished() with an Ok result.
    const Event &event() const { return m_event; }

protected:
    GraphRequest buildRequest() const override;
    bool parseResponse(const GraphResponse &response) override;

private:
    QString m_calendarId;
    QJsonObject m_body;
    Event m_event;
};

} // namespace MentorDesk
