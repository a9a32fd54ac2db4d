#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace MentorDesk {

// An event's location {displayName, locationType, uniqueId, uniqueIdType, locationUri, address{...}}.
struct Location
{
    QString displayName;
    QString locationType; // default | conferenceRoom | homeAddress | businessAddress | ... (kept as Graph's string)
    QString uniqueId;
    QString uniqueIdType;
    QString locationUri;
    QString street;
    QString city;
    QString state;
    QString countryOrRegion;
    QString postalCode;

    bool isEmpty() const { return displayName.isEmpty() && addressText().isEmpty(); }
    // "street, postalCode city, state, country" without the empty parts.
    QString addressText() const;

    static Location fromJson(const QJsonValue &json);
    QJsonObject toJson() const;

    friend bool operator==(const Location &, const Location &) = default;
};

} // namespace MentorDesk
