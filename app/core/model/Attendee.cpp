#include "core/model/Attendee.h"

#include "core/model/JsonEnum.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
using AttendeeType = Attendee::Type;
constexpr std::pair<AttendeeType, QLatin1StringView> kAttendeeTypes[] = {
    {AttendeeType::Required, "required"_L1},
    {AttendeeType::Optional, "optional"_L1},
    {AttendeeType::Resource, "resource"_L1},
};
} // namespace

Attendee Attendee::fromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    Attendee attendee;
    attendee.type = typeFromString(object.value("type"_L1).toString());
    attendee.emailAddress = EmailAddress::fromJson(object.value("emailAddress"_L1));
    attendee.status = ResponseStatus::fromJson(object.value("status"_L1));
    return attendee;
}

QJsonObject Attendee::toJson() const
{
    return QJsonObject{
        {"type"_L1, typeToString(type)}, {"emailAddress"_L1, emailAddress.toJson()}, {"status"_L1, status.toJson()}};
}

Attendee::Type Attendee::typeFromString(QStringView text)
{
    return JsonEnum::fromString(text, kAttendeeTypes, AttendeeType::Required);
}

QString Attendee::typeToString(Type type)
{
    return JsonEnum::toString(type, kAttendeeTypes);
}

} // namespace MentorDesk
