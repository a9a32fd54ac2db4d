#include "core/model/Location.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace MentorDesk {

QString Location::addressText() const
{
    QStringList parts;
    const QString cityLine = QStringList{postalCode, city}.join(u' ').trimmed();
    for (const QString &part : {street, cityLine, state, countryOrRegion}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(", "_L1);
}

Location Location::fromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    const QJsonObject address = object.value("address"_L1).toObject();
    Location location;
    location.displayName = object.value("displayName"_L1).toString();
    location.locationType = object.value("locationType"_L1).toString();
    location.uniqueId = object.value("uniqueId"_L1).toString();
    location.uniqueIdType = object.value("uniqueIdType"_L1).toString();
    location.locationUri = object.value("locationUri"_L1).toString();
    location.street = address.value("street"_L1).toString();
    location.city = address.value("city"_L1).toString();
    location.state = address.value("state"_L1).toString();
    location.countryOrRegion = address.value("countryOrRegion"_L1).toString();
    location.postalCode = address.value("postalCode"_L1).toString();
    return location;
}

QJsonObject Location::toJson() const
{
    QJsonObject object{{"displayName"_L1, displayName}};
    if (!locationType.isEmpty())
        object.insert("locationType"_L1, locationType);
    if (!uniqueId.isEmpty())
        object.insert("uniqueId"_L1, uniqueId);
    if (!uniqueIdType.isEmpty())
        object.insert("uniqueIdType"_L1, uniqueIdType);
    if (!locationUri.isEmpty())
        object.insert("locationUri"_L1, locationUri);
    if (!street.isEmpty() || !city.isEmpty() || !state.isEmpty() || !countryOrRegion.isEmpty()
        || !postalCode.isEmpty()) {
        object.insert("address"_L1,
                      QJsonObject{{"street"_L1, street},
                                  {"city"_L1, city},
                                  {"state"_L1, state},
                                  {"countryOrRegion"_L1, countryOrRegion},
                                  {"postalCode"_L1, postalCode}});
    }
    return object;
}

} // namespace MentorDesk
