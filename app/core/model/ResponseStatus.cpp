#include "model/ResponseStatus.h"

#include "model/GraphTime.h"
#include "model/JsonEnum.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
using R = ResponseStatus::Response;
constexpr std::pair<R, QLatin1StringView> kResponses[] = {
    {R::None, "none"_L1},         {R::Organizer, "organizer"_L1}, {R::TentativelyAccepted, "tentativelyAccepted"_L1},
    {R::Accepted, "accepted"_L1}, {R::Declined, "declined"_L1},   {R::NotResponded, "notResponded"_L1},
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
    return JsonEnum::fromString(text, kResponses, R::None);
}

QString ResponseStatus::responseToString(Response response)
{
    return JsonEnum::toString(response, kResponses);
}

} // namespace MentorDesk
