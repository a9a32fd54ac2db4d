#include "core/graph/jobs/GetEventJob.h"

#include "core/graph/jobs/CalendarViewJob.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

GetEventJob::GetEventJob(GraphClient *client, const Calendar &calendar, const QString &eventId, QObject *parent)
    : GraphJob(client, parent)
    , m_calendar(calendar)
    , m_eventId(eventId)
{ }

GraphRequest GetEventJob::buildRequest() const
{
    const QString mailbox
        = m_calendar.isOwn() ? u"/me"_s : u"/users/"_s + GraphRequest::encodeSegment(m_calendar.ownerUpn());
    GraphRequest request = GraphRequest::get(mailbox + u"/events/"_s + GraphRequest::encodeSegment(m_eventId));
    request.setHeader("Prefer", CalendarViewJob::preferHeader());
    return request;
}

bool GetEventJob::parseResponse(const GraphResponse &response)
{
    if (!response.json.isObject())
        return false;
    m_event = Event::fromJson(response.json.object(), m_calendar.id);
    // A series master has times too; an item without an id is not an event.
    return !m_event.id.isEmpty();
}

} // namespace MentorDesk
