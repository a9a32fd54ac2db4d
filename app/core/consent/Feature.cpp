#include "core/consent/Feature.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
struct FeatureName
{
    Feature feature;
    QLatin1StringView id;
};
constexpr FeatureName kFeatureNames[] = {
    {Feature::SignIn, "signIn"_L1},
    {Feature::Profile, "profile"_L1},
    {Feature::OwnCalendar, "ownCalendar"_L1},
    {Feature::SharedCalendars, "sharedCalendars"_L1},
    {Feature::FindFreeTimes, "findFreeTimes"_L1},
    {Feature::BookSession, "bookSession"_L1},
    {Feature::TeamsMeetingInvite, "teamsMeetingInvite"_L1},
    {Feature::RescheduleCancel, "rescheduleCancel"_L1},
    {Feature::StandaloneMeetingLink, "standaloneMeetingLink"_L1},
    {Feature::StaySignedIn, "staySignedIn"_L1},
    {Feature::ListTeams, "listTeams"_L1},
    {Feature::ListChannels, "listChannels"_L1},
    {Feature::PostToChannel, "postToChannel"_L1},
};
} // namespace

QString featureId(Feature feature)
{
    for (const FeatureName &name : kFeatureNames) {
        if (name.feature == feature)
            return name.id;
    }
    return {};
}

std::optional<Feature> featureFromId(const QString &id)
{
    for (const FeatureName &name : kFeatureNames) {
        if (name.id == id)
            return name.feature;
    }
    return std::nullopt;
}

QList<Feature> allFeatures()
{
    QList<Feature> features;
    for (const FeatureName &name : kFeatureNames)
        features << name.feature;
    return features;
}

} // namespace MentorDesk
