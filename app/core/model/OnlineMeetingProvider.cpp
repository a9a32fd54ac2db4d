#include "core/model/OnlineMeetingProvider.h"

#include "core/model/JsonEnum.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
using Provider = OnlineMeetingProvider;
constexpr std::pair<Provider, QLatin1StringView> kProviders[] = {
    {Provider::Unknown, "unknown"_L1},
    {Provider::SkypeForBusiness, "skypeForBusiness"_L1},
    {Provider::SkypeForConsumer, "skypeForConsumer"_L1},
    {Provider::TeamsForBusiness, "teamsForBusiness"_L1},
};
} // namespace

OnlineMeetingProvider onlineMeetingProviderFromString(QStringView text)
{
    return JsonEnum::fromString(text, kProviders, Provider::Unknown);
}

QString onlineMeetingProviderToString(OnlineMeetingProvider provider)
{
    return JsonEnum::toString(provider, kProviders);
}

} // namespace MentorDesk
