#pragma once

#include "core/model/EmailAddress.h"
#include "core/model/ResponseStatus.h"

#include <QJsonObject>
#include <QJsonValue>

namespace MentorDesk {

// One of an event's attendees[]: {type, emailAddress, status}.
struct Attendee
{
    enum class Type { Required, Optional, Resource };

    Type type = Type::Required;
    EmailAddress emailAddress;
    ResponseStatus status;

    static Attendee fromJson(const QJsonValue &json);
    QJsonObject toJson() const;
    static Type typeFromString(QStringView text); // unknown -> Required
    static QString typeToString(Type type);

    friend bool operator==(const Attendee &, const Attendee &) = default;
};

} // namespace MentorDesk
