#pragma once

#include "core/graph/GraphJob.h"
#include "core/model/OnlineMeeting.h"

#include <QDateTime>

namespace MentorDesk {

// POST /me/onlineMeetings/createOrGet (docs/graph/booking.md#standalone-teams-meetings): a standalone Teams meeting,
// keyed by externalId, so asking again with the same key returns the same meeting (201 the first time, 200 with the
// same id after). Creates no calendar event and sends no invitation. OnlineMeetings.ReadWrite; work and school
// accounts; global and US clouds only.
class CreateOrGetOnlineMeetingJob : public GraphJob
{
    Q_OBJECT

public:
    // start/end UTC; an invalid start means "now" and an invalid end "start + 1 h" (Graph's defaults).
    CreateOrGetOnlineMeetingJob(GraphClient *client, const QString &externalId, const QString &subject,
                                const QDateTime &start, const QDateTime &end, QObject *parent = nullptr);

    static GraphRequest request(const QString &externalId, const QString &subject, const QDateTime &start,
                                const QDateTime &end);

    // Valid after finished() with an Ok result.
    const OnlineMeeting &meeting() const { return m_meeting; }
    // True when this call created it (201), false when it already existed (200).
    bool created() const { return m_created; }

protected:
    GraphRequest buildRequest() const override;
    bool parseResponse(const GraphResponse &response) override;

private:
    QString m_externalId;
    QString m_subject;
    QDateTime m_start;
    QDateTime m_end;
    OnlineMeeting m_meeting;
    bool m_created = false;
};

} // namespace MentorDesk
