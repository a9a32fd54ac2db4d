#include "model/MeetingTimeSuggestions.h"

#include "model/JsonEnum.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
using R = MeetingTimeSuggestions::EmptyReason;
constexpr std::pair<R, QLatin1StringView> kReasons[] = {
    {R::None, ""_L1},
    {R::AttendeesUnavailable, "attendeesUnavailable"_L1},
    {R::AttendeesUnavailableOrUnknown, "attendeesUnavailableOrUnknown"_L1},
    {R::LocationsUnavailable, "locationsUnavailable"_L1},
    {R::OrganizerUnavailable, "organizerUnavailable"_L1},
    {R::Unknown, "unknown"_L1},
};
} // namespace

MeetingTimeSuggestions MeetingTimeSuggestions::fromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    MeetingTimeSuggestions result;
    const QJsonArray suggestions = object.value("meetingTimeSuggestions"_L1).toArray();
    for (const QJsonValue &value : suggestions) {
        MeetingTimeSuggestion suggestion = MeetingTimeSuggestion::fromJson(value);
        if (suggestion.isValid())
            result.suggestions.append(suggestion);
    }
    result.emptyReason = emptyReasonFromString(object.value("emptySuggestionsReason"_L1).toString());
    if (result.suggestions.isEmpty() && result.emptyReason == EmptyReason::None)
        result.emptyReason = EmptyReason::Unknown;
    return result;
}

QJsonObject MeetingTimeSuggestions::toJson() const
{
    QJsonArray array;
    for (const MeetingTimeSuggestion &suggestion : suggestions)
        array.append(suggestion.toJson());
    return QJsonObject{{"emptySuggestionsReason"_L1, emptyReasonToString(emptyReason)},
                       {"meetingTimeSuggestions"_L1, array}};
}

MeetingTimeSuggestions::EmptyReason MeetingTimeSuggestions::emptyReasonFromString(QStringView text)
{
    if (text.isEmpty())
        return EmptyReason::None;
    return JsonEnum::fromString(text, kReasons, EmptyReason::Unknown);
}

QString MeetingTimeSuggestions::emptyReasonToString(EmptyReason reason)
{
    return JsonEnum::toString(reason, kReasons);
}

} // namespace MentorDesk
