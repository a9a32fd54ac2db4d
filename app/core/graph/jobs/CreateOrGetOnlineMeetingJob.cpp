#include "core/graph/jobs/CreateOrGetOnlineMeetingJob.h"

#include "core/graph/GraphResponse.h"
#include "core/model/GraphTime.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace MentorDesk {

CreateOrGetOnlineMeetingJob::CreateOrGetOnlineMeetingJob(GraphClient *client, const QString &externalId,
                                                         const QString &subject, const QDateTime &start,
                                                         const QDateTime &end, QObject *parent)
    : GraphJob(client, parent)
    , m_externalId(externalId)
    , m_subject(subject)
    , m_start(start)
    , m_end(end)
{ }

GraphRequest CreateOrGetOnlineMeetingJob::request(const QString &externalId, const QString &subject,
                                                  const QDateTime &start, const QDateTime &end)
{
    QJsonObject body{{"externalId"_L1, externalId}, {"subject"_L1, subject}};
    // Graph rejects an end without a start, so the end is only sent together with one.
    if (start.isValid()) {
        body.insert("startDateTime"_L1, GraphTime::formatInstant(start));
        if (end.isValid())
            body.insert("endDateTime"_L1, GraphTime::formatInstant(end));
    }
    return GraphRequest::post(u"/me/onlineMeetings/createOrGet"_s, body, externalId);
}

GraphRequest CreateOrGetOnlineMeetingJob::buildRequest() const
{
    return request(m_externalId, m_subject, m_start, m_end);
}

bool CreateOrGetOnlineMeetingJob::parseResponse(const GraphResponse &response)
{
    if (!response.json.isObject())
        return false;
    m_meeting = OnlineMeeting::fromJson(response.json.object());
    m_created = response.httpStatus == 201;
    return m_meeting.isValid();
}

} // namespace MentorDesk
