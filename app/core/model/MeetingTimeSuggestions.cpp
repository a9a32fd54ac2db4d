#include "core/model/MeetingTimeSuggestions.h"

#include "core/model/JsonEnum.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
using EmptyReason = MeetingTimeSuggestions::EmptyReason;
constexpr std::pair<EmptyReason, QLatin1StringView> kReasons[] = {
    {EmptyReason::None, ""_L1},
    {EmptyReason::AttendeesUnavailable, "attendeesUnavailable"_L1},
    {EmptyReason::AttendeesUnavailableOrUnknown, "attendeesUnavailableOrUnknown"_L1},
    {EmptyReason::LocationsUnavailable, "locationsUnavailable"_L1},
    {EmptyReason::OrganizerUnavailable, "organizerUnavailable"_L1},
    {EmptyReason::Unknown, "unknown"_L1},
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
