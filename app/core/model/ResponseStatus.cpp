#include "core/model/ResponseStatus.h"

#include "core/model/GraphTime.h"
#include "core/model/JsonEnum.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
using Response = ResponseStatus::Response;
constexpr std::pair<Response, QLatin1StringView> kResponses[] = {
    {Response::None, "none"_L1},
    {Response::Organizer, "organizer"_L1},
    {Response::TentativelyAccepted, "tentativelyAccepted"_L1},
    {Response::Accepted, "accepted"_L1},
    {Response::Declined, "declined"_L1},
    {Response::NotResponded, "notResponded"_L1},
};
} // namespace

ResponseStatus ResponseStatus::fromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    return ResponseStatus{responseFromString(object.value("response"_L1).toString()),
                          GraphTime::parseInstant(object.value("time"_L1))};
}

QJsonObject ResponseStatus::toJson() const
{
    QJsonObject object{{"response"_L1, responseToString(response)}};
    if (time.isValid())
        object.insert("time"_L1, GraphTime::formatInstant(time));
    return object;
}

ResponseStatus::Response ResponseStatus::responseFromString(QStringView text)
{
    return JsonEnum::fromString(text, kResponses, Response::None);
}

QString ResponseStatus::responseToString(Response response)
{
    return JsonEnum::toString(response, kResponses);
}

} // namespace MentorDesk
