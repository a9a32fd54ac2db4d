#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace MentorDesk {

// Graph's emailAddress {name, address}; both may be null or missing.
struct EmailAddress
{
    QString name;
    QString address;

    bool isEmpty() const { return name.isEmpty() && address.isEmpty(); }
    // The name when there is one, else the address.
    QString displayName() const { return name.isEmpty() ? address : name; }

    static EmailAddress fromJson(const QJsonValue &emailAddress);
    // A recipient: {"emailAddress":{...}} (organizer, attendees).
    static EmailAddress fromRecipientJson(const QJsonValue &recipient);
    QJsonObject toJson() const;
    QJsonObject toRecipientJson() const;

    friend bool operator==(const EmailAddress &, const EmailAddress &) = default;
};

} // namespace MentorDesk
