#include "core/graph/jobs/CreateEventJob.h"

#include "core/graph/GraphResponse.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

CreateEventJob::CreateEventJob(GraphClient *client, const QString &calendarId, const QJsonObject &event,
                               QObject *parent)
    : GraphJob(client, parent)
    , m_calendarId(calendarId)
    , m_body(event)
{ }

GraphRequest CreateEventJob::request(const QString &calendarId, const QJsonObject &event)
{
    const QString path = calendarId.isEmpty()
        ? u"/me/events"_s
        : u"/me/calendars/"_s + GraphRequest::encodeSegment(calendarId) + u"/events"_s;
    return GraphRequest::post(path, event, event.value("transactionId"_L1).toString());
}

Event CreateEventJob::parseEvent(const QJsonDocument &reply, const QString &calendarId)
{
    if (!reply.isObject())
        return {};
    return Event::fromJson(reply.object(), calendarId);
}

GraphRequest CreateEventJob::buildRequest() const
{
    return request(m_calendarId, m_body);
}

bool CreateEventJob::parseResponse(const GraphResponse &response)
{
    m_event = parseEvent(response.json, m_calendarId);
    return m_event.isValid();
}

} // namespace MentorDesk
