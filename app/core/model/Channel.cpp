#include "core/model/Channel.h"

#include "core/model/JsonEnum.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
using MembershipType = Channel::MembershipType;
constexpr std::pair<MembershipType, QLatin1StringView> kMembershipTypes[] = {
    {MembershipType::Standard, "standard"_L1},
    {MembershipType::Private, "private"_L1},
    {MembershipType::Shared, "shared"_L1},
    {MembershipType::Unknown, "unknownFutureValue"_L1},
};

QUrl httpsOnly(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && url.scheme() == "https"_L1 ? url : QUrl();
}
} // namespace

QString Channel::normalizeId(const QString &id)
{
    const QString trimmed = id.trimmed();
    if (!trimmed.contains(u'%'))
        return trimmed;
    return QUrl::fromPercentEncoding(trimmed.toUtf8());
}

Channel Channel::fromJson(const QJsonObject &json, const QString &teamId)
{
    Channel channel;
    channel.id = normalizeId(json.value("id"_L1).toString());
    channel.teamId = teamId;
    channel.displayName = json.value("displayName"_L1).toString();
    channel.description = json.value("description"_L1).toString();
    // Absent (older replies) means standard; a value Graph adds later is Unknown, never silently "standard".
    const QJsonValue type = json.value("membershipType"_L1);
    channel.membershipType = type.isString() ? membershipTypeFromString(type.toString()) : MembershipType::Standard;
    channel.webUrl = httpsOnly(json.value("webUrl"_L1).toString());
    channel.isArchived = json.value("isArchived"_L1).toBool();
    return channel;
}

Channel::MembershipType Channel::membershipTypeFromString(QStringView text)
{
    return JsonEnum::fromString(text, kMembershipTypes, MembershipType::Unknown);
}

QString Channel::membershipTypeToString(MembershipType type)
{
    return JsonEnum::toString(type, kMembershipTypes);
}

} // namespace MentorDesk
