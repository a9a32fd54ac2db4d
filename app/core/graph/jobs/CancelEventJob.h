#pragma once

#include "core/graph/GraphJob.h"

namespace MentorDesk {

// POST /me/events/{id}/cancel {"Comment": "..."} (docs/graph/booking.md#cancelling): the organizer cancels a meeting
// and every attendee gets the cancellation with the comment. 202 Accepted without a body. Works on a single occurrence
// (its id) or a whole series (the master's id). A non-organizer gets 400. Not idempotent (a second cancel finds
// nothing), so after an unknown outcome the Outbox asks the user instead of resending.
class CancelEventJob : public GraphJob
{
    Q_OBJECT

public:
    CancelEventJob(GraphClient *client, const QString &eventId, const QString &comment, QObject *parent = nullptr);

    static GraphRequest request(const QString &eventId, const QString &comment);

protected:
    GraphRequest buildRequest() const override;
    bool parseResponse(const GraphResponse &response) override;

private:
    QString m_id;
    QString m_comment;
};

} // namespace MentorDesk
