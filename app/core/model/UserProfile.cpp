#include "core/model/UserProfile.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

UserProfile UserProfile::fromJson(const QJsonObject &json)
{
    // toString() turns JSON null into an empty string, which is what every consumer wants here.
    UserProfile profile;
    profile.id = json.value("id"_L1).toString();
    profile.displayName = json.value("displayName"_L1).toString();
    profile.givenName = json.value("givenName"_L1).toString();
    profile.surname = json.value("surname"_L1).toString();
    profile.mail = json.value("mail"_L1).toString();
    profile.userPrincipalName = json.value("userPrincipalName"_L1).toString();
    profile.jobTitle = json.value("jobTitle"_L1).toString();
    profile.officeLocation = json.value("officeLocation"_L1).toString();
    profile.preferredLanguage = json.value("preferredLanguage"_L1).toString();
    return profile;
}

} // namespace MentorDesk
