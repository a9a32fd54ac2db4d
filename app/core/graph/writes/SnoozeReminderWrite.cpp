#include "core/graph/writes/SnoozeReminderWrite.h"

#include "core/graph/writes/EventActionPath.h"
#include "core/model/GraphTime.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace MentorDesk {

GraphRequest SnoozeReminderWrite::request(const QString &eventId, const QDateTime &until, const QString &timeZoneName)
{
    const QJsonObject body{{"newReminderTime"_L1, GraphTime::toJson(until, timeZoneName)}};
    GraphRequest request = GraphRequest::post(EventActionPath::build(eventId, u"snoozeReminder"), body);
    request.idempotent = true; // an absolute time: twice is once
    return request;
}

bool SnoozeReminderWrite::parseTarget(const GraphRequest &request, QString *eventId, QDateTime *until)
{
    QString action;
    if (request.method != "POST" || !EventActionPath::parse(request.path, eventId, &action)
        || action != "snoozeReminder"_L1)
        return false;
    if (until)
        *until = GraphTime::fromJson(QJsonDocument::fromJson(request.body).object().value("newReminderTime"_L1));
    return true;
}

} // namespace MentorDesk
