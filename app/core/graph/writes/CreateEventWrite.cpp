#include "core/graph/writes/CreateEventWrite.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

GraphRequest CreateEventWrite::request(const QString &calendarId, const QJsonObject &event)
{
    const QString path = calendarId.isEmpty()
        ? u"/me/events"_s
        : u"/me/calendars/"_s + GraphRequest::encodeSegment(calendarId) + u"/events"_s;
    return GraphRequest::post(path, event, event.value("transactionId"_L1).toString());
}

Event CreateEventWrite::parseReply(const QJsonDocument &reply, const QString &calendarId)
{
    return reply.isObject() ? Event::fromJson(reply.object(), calendarId) : Event();
}

} // namespace MentorDesk
