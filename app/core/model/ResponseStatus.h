#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace MentorDesk {

// Graph's responseStatus {response, time}: an attendee's answer, or the signed-in user's own on an event.
struct ResponseStatus
{
    enum class Response { None, Organizer, TentativelyAccepted, Accepted, Declined, NotResponded };

    Response response = Response::None;
    QDateTime time; // UTC; invalid when Graph sends null or its 0001-01-01 "never"

    static ResponseStatus fromJson(const QJsonValue &json);
    QJsonObject toJson() const;
    static Response responseFromString(QStringView text); // unknown -> None
    static QString responseToString(Response response);

    friend bool operator==(const ResponseStatus &, const ResponseStatus &) = default;
};

} // namespace MentorDesk
