#include "core/graph/writes/RespondToEventWrite.h"

#include "core/graph/writes/EventActionPath.h"
#include "core/model/GraphTime.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace MentorDesk {

QString RespondToEventWrite::actionName(Response response)
{
    switch (response) {
    case Response::Accept:
        return u"accept"_s;
    case Response::TentativelyAccept:
        return u"tentativelyAccept"_s;
    case Response::Decline:
        return u"decline"_s;
    }
    return u"accept"_s;
}

std::optional<RespondToEventWrite::Response> RespondToEventWrite::responseFromActionName(QStringView action)
{
    for (const Response response : {Response::Accept, Response::TentativelyAccept, Response::Decline}) {
        if (action == actionName(response))
            return response;
    }
    return std::nullopt;
}

GraphRequest RespondToEventWrite::request(const QString &eventId, const Answer &answer)
{
    // A proposal only reaches the organizer with the response, and Graph refuses one without it (400).
    const bool propose = answer.proposedNewTime && answer.response != Response::Accept;
    QJsonObject body{{"sendResponse"_L1, answer.sendResponse || propose}};
    if (!answer.comment.isEmpty())
        body.insert("comment"_L1, answer.comment);
    if (propose) {
        const QString zone = answer.proposalTimeZone.isEmpty() ? u"UTC"_s : answer.proposalTimeZone;
        body.insert("proposedNewTime"_L1,
                    QJsonObject{{"start"_L1, GraphTime::toJson(answer.proposedNewTime->first, zone)},
                                {"end"_L1, GraphTime::toJson(answer.proposedNewTime->second, zone)}});
    }
    GraphRequest request = GraphRequest::post(EventActionPath::build(eventId, actionName(answer.response)), body);
    request.idempotent = true; // the same answer twice leaves the event as once
    return request;
}

bool RespondToEventWrite::parseTarget(const GraphRequest &request, QString *eventId, Response *response)
{
    QString action;
    if (request.method != "POST" || !EventActionPath::parse(request.path, eventId, &action))
        return false;
    const std::optional<Response> parsed = responseFromActionName(action);
    if (!parsed)
        return false;
    if (response)
        *response = *parsed;
    return true;
}

} // namespace MentorDesk
