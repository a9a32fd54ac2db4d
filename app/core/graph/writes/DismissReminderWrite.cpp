#include "core/graph/writes/DismissReminderWrite.h"

#include "core/graph/writes/EventActionPath.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace MentorDesk {

GraphRequest DismissReminderWrite::request(const QString &eventId)
{
    // The action takes no parameters; an empty JSON object keeps Content-Type and Content-Length on the POST.
    GraphRequest request = GraphRequest::post(EventActionPath::build(eventId, u"dismissReminder"), QJsonObject());
    request.idempotent = true; // a dismissed reminder stays dismissed
    return request;
}

bool DismissReminderWrite::parseTarget(const GraphRequest &request, QString *eventId)
{
    QString action;
    return request.method == "POST" && EventActionPath::parse(request.path, eventId, &action)
        && action == "dismissReminder"_L1;
}

} // namespace MentorDesk
