#include "model/OnlineMeetingProvider.h"

#include "model/JsonEnum.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
using P = OnlineMeetingProvider;
constexpr std::pair<P, QLatin1StringView> kProviders[] = {
    {P::Unknown, "unknown"_L1},
    {P::SkypeForBusiness, "skypeForBusiness"_L1},
    {P::SkypeForConsumer, "skypeForConsumer"_L1},
    {P::TeamsForBusiness, "teamsForBusiness"_L1},
};
} // namespace

OnlineMeetingProvider onlineMeetingProviderFromString(QStringView text)
{
    return JsonEnum::fromString(text, kProviders, P::Unknown);
}

QString onlineMeetingProviderToString(OnlineMeetingProvider provider)
{
    return JsonEnum::toString(provider, kProviders);
}

} // namespace MentorDesk
