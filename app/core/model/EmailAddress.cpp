#include "core/model/EmailAddress.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

EmailAddress EmailAddress::fromJson(const QJsonValue &emailAddress)
{
    const QJsonObject json = emailAddress.toObject();
    return EmailAddress{json.value("name"_L1).toString(), json.value("address"_L1).toString()};
}

EmailAddress EmailAddress::fromRecipientJson(const QJsonValue &recipient)
{
    return fromJson(recipient.toObject().value("emailAddress"_L1));
}

QJsonObject EmailAddress::toJson() const
{
    return QJsonObject{{"name"_L1, name}, {"address"_L1, address}};
}

QJsonObject EmailAddress::toRecipientJson() const
{
    return QJsonObject{{"emailAddress"_L1, toJson()}};
}

} // namespace MentorDesk
