#include "core/graph/writes/UpdateEventWrite.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

GraphRequest UpdateEventWrite::request(const QString &eventId, const QJsonObject &patch)
{
    GraphRequest request = GraphRequest::patch(u"/me/events/"_s + GraphRequest::encodeSegment(eventId), patch);
    request.idempotent = true; // absolute start/end values: a repeat changes nothing more
    return request;
}

Event UpdateEventWrite::parseReply(const QJsonDocument &reply)
{
    return reply.isObject() ? Event::fromJson(reply.object()) : Event();
}

} // namespace MentorDesk
