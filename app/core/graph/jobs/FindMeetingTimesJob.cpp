#include "core/graph/jobs/FindMeetingTimesJob.h"

#include "core/graph/GraphResponse.h"
#include "core/model/GraphTime.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace MentorDesk {

FindMeetingTimesJob::FindMeetingTimesJob(GraphClient *client, const Query &query, QObject *parent)
    : GraphJob(client, parent)
    , m_query(query)
{ }

GraphRequest FindMeetingTimesJob::request(const Query &query)
{
    QJsonArray attendees;
    for (const EmailAddress &attendee : query.attendees) {
        attendees.append(QJsonObject{{"type"_L1, u"required"_s}, {"emailAddress"_L1, attendee.toJson()}});
    }
    const QString zone = query.timeZoneName.isEmpty() ? u"UTC"_s : query.timeZoneName;
    QJsonObject timeConstraint{{"activityDomain"_L1, query.activityDomain}};
    if (!query.windows.isEmpty()) {
        QJsonArray timeSlots;
        for (const auto &[start, end] : query.windows)
            timeSlots.append(
                QJsonObject{{"start"_L1, GraphTime::toJson(start, zone)}, {"end"_L1, GraphTime::toJson(end, zone)}});
        timeConstraint.insert("timeSlots"_L1, timeSlots);
    }
    const QJsonObject body{
        {"attendees"_L1, attendees},
        {"timeConstraint"_L1, timeConstraint},
        {"meetingDuration"_L1, u"PT%1M"_s.arg(qMax(1, query.durationMinutes))},
        {"maxCandidates"_L1, qMax(1, query.maxCandidates)},
        {"isOrganizerOptional"_L1, false},
        {"returnSuggestionReasons"_L1, query.returnSuggestionReasons},
        {"minimumAttendeePercentage"_L1, query.minimumAttendeePercentage},
    };
    GraphRequest request = GraphRequest::post(u"/me/findMeetingTimes"_s, body);
    request.idempotent = true; // a question, not a change: safe to ask again
    request.setHeader("Prefer", "outlook.timezone=\"" + zone.toUtf8() + '"');
    return request;
}

GraphRequest FindMeetingTimesJob::buildRequest() const
{
    return request(m_query);
}

bool FindMeetingTimesJob::parseResponse(const GraphResponse &response)
{
    if (!response.json.isObject())
        return false;
    m_suggestions = MeetingTimeSuggestions::fromJson(response.json.object());
    return true;
}

} // namespace MentorDesk
