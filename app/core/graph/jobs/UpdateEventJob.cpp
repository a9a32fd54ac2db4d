#include "core/graph/jobs/UpdateEventJob.h"

#include "core/graph/GraphResponse.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

UpdateEventJob::UpdateEventJob(GraphClient *client, const QString &eventId, const QJsonObject &patch, QObject *parent)
    : GraphJob(client, parent)
    , m_id(eventId)
    , m_patch(patch)
{ }

GraphRequest UpdateEventJob::request(const QString &eventId, const QJsonObject &patch)
{
    GraphRequest request = GraphRequest::patch(u"/me/events/"_s + GraphRequest::encodeSegment(eventId), patch);
    request.idempotent = true; // absolute start/end values: a repeat changes nothing more
    return request;
}

Event UpdateEventJob::parseEvent(const QJsonDocument &reply)
{
    return reply.isObject() ? Event::fromJson(reply.object()) : Event();
}

GraphRequest UpdateEventJob::buildRequest() const
{
    return request(m_id, m_patch);
}

bool UpdateEventJob::parseResponse(const GraphResponse &response)
{
    m_event = parseEvent(response.json);
    return m_event.isValid();
}

} // namespace MentorDesk
