#pragma once

#include "core/model/EmailAddress.h"
#include "core/model/Event.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace MentorDesk {

// One of findMeetingTimes' meetingTimeSuggestions (docs/graph/scheduling.md#findmeetingtimes): a slot, how sure Graph
// is that everyone can come (confidence 0-100: free = 100, unknown = 49, busy = 0, averaged over attendees) and who is
// free. Availability reuses Event::ShowAs: Graph's freeBusyStatus has the same members.
struct MeetingTimeSuggestion
{
    struct AttendeeAvailability
    {
        EmailAddress attendee;
        Event::ShowAs availability = Event::ShowAs::Unknown;
        friend bool operator==(const AttendeeAvailability &, const AttendeeAvailability &) = default;
    };

    QDateTime start; // UTC
    QDateTime end; // UTC
    double confidence = 0;
    int order = 0; // Graph's ranking (1 = best)
    Event::ShowAs organizerAvailability = Event::ShowAs::Unknown;
    QList<AttendeeAvailability> attendeeAvailability;
    QString suggestionReason; // Graph's own English sentence: details only
    QStringList locations; // display names

    bool isValid() const { return start.isValid() && end.isValid() && end > start; }
    // Attendees whose availability is not free (busy, tentative, out of office, unknown).
    QList<AttendeeAvailability> unavailableAttendees() const;

    static MeetingTimeSuggestion fromJson(const QJsonValue &json);
    QJsonObject toJson() const;

    friend bool operator==(const MeetingTimeSuggestion &, const MeetingTimeSuggestion &) = default;
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::MeetingTimeSuggestion)
