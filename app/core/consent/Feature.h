#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace MentorDesk {

// App features that depend on permissions. Their scope requirements live in resources/consent/scopes.json.
enum class Feature {
    SignIn,
    Profile,
    OwnCalendar,
    SharedCalendars,
    FindFreeTimes,
    BookSession,
    TeamsMeetingInvite,
    RescheduleCancel,
    StandaloneMeetingLink,
    StaySignedIn,
    ListTeams,
    ListChannels,
    PostToChannel,
};

QString featureId(Feature feature); // the id used in scopes.json, e.g. "postToChannel"
std::optional<Feature> featureFromId(const QString &id);
QList<Feature> allFeatures();

} // namespace MentorDesk
