#include "core/graph/jobs/GetScheduleJob.h"

#include "core/graph/GraphResponse.h"
#include "core/model/GraphTime.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace MentorDesk {

GetScheduleJob::GetScheduleJob(GraphClient *client, const Query &query, QObject *parent)
    : GraphJob(client, parent)
    , m_query(query)
{ }

GraphRequest GetScheduleJob::request(const Query &query)
{
    const QString zone = query.timeZoneName.isEmpty() ? u"UTC"_s : query.timeZoneName;
    const QJsonObject body{
        {"schedules"_L1, QJsonArray::fromStringList(query.schedules)},
        {"startTime"_L1, GraphTime::toJson(query.startUtc, zone)},
        {"endTime"_L1, GraphTime::toJson(query.endUtc, zone)},
        {"availabilityViewInterval"_L1, qBound(kMinIntervalMinutes, query.intervalMinutes, kMaxIntervalMinutes)},
    };
    GraphRequest request = GraphRequest::post(u"/me/calendar/getSchedule"_s, body);
    request.idempotent = true; // reads free/busy, changes nothing: safe to ask again
    request.setHeader("Prefer", "outlook.timezone=\"" + zone.toUtf8() + '"');
    return request;
}

GraphRequest GetScheduleJob::buildRequest() const
{
    return request(m_query);
}

bool GetScheduleJob::parseResponse(const GraphResponse &response)
{
    if (!response.json.isObject())
        return false;
    const QJsonValue value = response.json.object().value("value"_L1);
    if (!value.isArray()) {
        setParseErrorDetail(u"getSchedule reply without a \"value\" array"_s);
        return false;
    }
    m_schedules.clear();
    const QJsonArray items = value.toArray();
    for (const QJsonValue &item : items) {
        if (!item.isObject()) {
            setParseErrorDetail(u"unusable item in \"value\""_s);
            return false;
        }
        m_schedules.append(ScheduleInformation::fromJson(item));
    }
    return true;
}

std::optional<ScheduleInformation> GetScheduleJob::schedule(const QString &address) const
{
    for (const ScheduleInformation &info : m_schedules) {
        if (info.scheduleId.compare(address, Qt::CaseInsensitive) == 0)
            return info;
    }
    return std::nullopt;
}

} // namespace MentorDesk
