#pragma once

#include "core/model/Location.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace MentorDesk {

// One entry of GET /me/reminderView(…) (docs/graph/reminders.md#reminder-view): a reminder Outlook shows for an
// event, with a copy of the event's subject, place and times, and when the reminder goes off. Graph's reminder resource
// (https://learn.microsoft.com/graph/api/resources/reminder) names the times eventStartTime, eventEndTime and
// reminderFireTime, each a dateTimeTimeZone; here they are UTC instants. changeKey changes whenever the reminder does
// (snoozed, the event moved), so two reminders with the same eventId and changeKey are the same.
struct Reminder
{
    QString eventId; // the event to dismiss or snooze (POST /me/events/{eventId}/…)
    QString changeKey;
    QString eventSubject;
    Location eventLocation;
    QUrl eventWebLink; // Outlook on the web; http(s) only, else empty
    QDateTime eventStart; // UTC
    QDateTime eventEnd; // UTC, >= eventStart
    QDateTime reminderFireTime; // UTC

    bool isValid() const { return !eventId.isEmpty() && reminderFireTime.isValid(); }
    // Whether it has gone off at instant now (UTC): the fire time is not in the future.
    bool isDue(const QDateTime &now) const { return isValid() && reminderFireTime <= now; }

    // Unknown fields, @odata annotations and nulls are ignored (a null reads as the default above).
    static Reminder fromJson(const QJsonValue &json);
    // Graph's shape, times in UTC; fromJson(toJson()) == *this.
    QJsonObject toJson() const;

    friend bool operator==(const Reminder &, const Reminder &) = default;
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::Reminder)
