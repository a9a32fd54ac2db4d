#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace MentorDesk {

// A standalone Teams meeting from POST /me/onlineMeetings or …/createOrGet
// (docs/graph/booking.md#standalone-teams-meetings). It is not a calendar event: nobody is invited and it appears on no
// calendar.
struct OnlineMeeting
{
    QString id;
    QString externalId; // createOrGet's idempotency key
    QString subject;
    QUrl joinWebUrl; // https only, else empty
    QString joinMeetingId; // digits, for dialling in / joining by ID
    QString passcode;
    bool isPasscodeRequired = false;
    QDateTime start; // UTC
    QDateTime end; // UTC
    QDateTime created; // UTC

    bool isValid() const { return !id.isEmpty() && joinWebUrl.isValid() && !joinWebUrl.isEmpty(); }

    static OnlineMeeting fromJson(const QJsonValue &json);
    QJsonObject toJson() const;

    friend bool operator==(const OnlineMeeting &, const OnlineMeeting &) = default;
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::OnlineMeeting)
