#include "core/model/MeetingTimeSuggestion.h"

#include "core/model/GraphTime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MentorDesk {

QList<MeetingTimeSuggestion::AttendeeAvailability> MeetingTimeSuggestion::unavailableAttendees() const
{
    QList<AttendeeAvailability> result;
    for (const AttendeeAvailability &item : attendeeAvailability) {
        if (item.availability != Event::ShowAs::Free && item.availability != Event::ShowAs::WorkingElsewhere)
            result.append(item);
    }
    return result;
}

MeetingTimeSuggestion MeetingTimeSuggestion::fromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    MeetingTimeSuggestion suggestion;
    const QJsonObject slot = object.value("meetingTimeSlot"_L1).toObject();
    suggestion.start = GraphTime::fromJson(slot.value("start"_L1));
    suggestion.end = GraphTime::fromJson(slot.value("end"_L1));
    suggestion.confidence = object.value("confidence"_L1).toDouble();
    suggestion.order = object.value("order"_L1).toInt();
    suggestion.organizerAvailability
        = Event::showAsFromString(object.value("organizerAvailability"_L1).toString(u"unknown"_s));
    const QJsonArray attendees = object.value("attendeeAvailability"_L1).toArray();
    for (const QJsonValue &value : attendees) {
        const QJsonObject item = value.toObject();
        suggestion.attendeeAvailability.append(
            {EmailAddress::fromRecipientJson(item.value("attendee"_L1)),
             Event::showAsFromString(item.value("availability"_L1).toString(u"unknown"_s))});
    }
    suggestion.suggestionReason = object.value("suggestionReason"_L1).toString();
    const QJsonArray locations = object.value("locations"_L1).toArray();
    for (const QJsonValue &location : locations) {
        const QString name = location.toObject().value("displayName"_L1).toString();
        if (!name.isEmpty())
            suggestion.locations.append(name);
    }
    return suggestion;
}

QJsonObject MeetingTimeSuggestion::toJson() const
{
    QJsonArray attendees;
    for (const AttendeeAvailability &item : attendeeAvailability) {
        attendees.append(QJsonObject{{"availability"_L1, Event::showAsToString(item.availability)},
                                     {"attendee"_L1, item.attendee.toRecipientJson()}});
    }
    QJsonArray locationArray;
    for (const QString &location : locations)
        locationArray.append(QJsonObject{{"displayName"_L1, location}});
    return QJsonObject{
        {"confidence"_L1, confidence},
        {"order"_L1, order},
        {"organizerAvailability"_L1, Event::showAsToString(organizerAvailability)},
        {"attendeeAvailability"_L1, attendees},
        {"suggestionReason"_L1, suggestionReason},
        {"locations"_L1, locationArray},
        {"meetingTimeSlot"_L1, QJsonObject{{"start"_L1, GraphTime::toJson(start)}, {"end"_L1, GraphTime::toJson(end)}}},
    };
}

} // namespace MentorDesk
