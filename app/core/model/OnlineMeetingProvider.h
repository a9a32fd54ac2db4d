#pragma once

#include <QString>
#include <QStringView>

namespace MentorDesk {

// Graph's onlineMeetingProviderType (calendars' allowed/default providers, events' onlineMeetingProvider).
enum class OnlineMeetingProvider { Unknown, SkypeForBusiness, SkypeForConsumer, TeamsForBusiness };

OnlineMeetingProvider onlineMeetingProviderFromString(QStringView text); // unknown/missing -> Unknown
QString onlineMeetingProviderToString(OnlineMeetingProvider provider);

} // namespace MentorDesk
