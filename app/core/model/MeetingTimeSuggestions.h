#pragma once

#include "core/model/MeetingTimeSuggestion.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace MentorDesk {

// findMeetingTimes' meetingTimeSuggestionsResult: the suggestions (Graph's order: confidence, then time) and, when
// there are none, why (emptySuggestionsReason).
struct MeetingTimeSuggestions
{
    enum class EmptyReason {
        None, // "" : there are suggestions
        AttendeesUnavailable,
        AttendeesUnavailableOrUnknown,
        LocationsUnavailable,
        OrganizerUnavailable,
        Unknown,
    };

    EmptyReason emptyReason = EmptyReason::None;
    QList<MeetingTimeSuggestion> suggestions;

    bool isEmpty() const { return suggestions.isEmpty(); }

    // Suggestions without a readable slot are dropped; an empty list without a reason reads as Unknown.
    static MeetingTimeSuggestions fromJson(const QJsonValue &json);
    QJsonObject toJson() const;
    static EmptyReason emptyReasonFromString(QStringView text); // "" -> None, unrecognised -> Unknown
    static QString emptyReasonToString(EmptyReason reason);

    friend bool operator==(const MeetingTimeSuggestions &, const MeetingTimeSuggestions &) = default;
};

} // namespace MentorDesk
