#include "core/model/Team.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MentorDesk {

Team::Provisioning Team::provisioningOf(const QJsonObject &group)
{
    const QJsonArray options = group.value("resourceProvisioningOptions"_L1).toArray();
    if (options.isEmpty())
        return Provisioning::Missing;
    for (const QJsonValue &option : options) {
        if (option.toString().compare("Team"_L1, Qt::CaseInsensitive) == 0)
            return Provisioning::Team;
    }
    return Provisioning::NotATeam;
}

Team Team::fromJson(const QJsonObject &json)
{
    Team team;
    team.id = json.value("id"_L1).toString();
    team.displayName = json.value("displayName"_L1).toString();
    team.description = json.value("description"_L1).toString();
    const QJsonValue archived = json.value("isArchived"_L1);
    if (archived.isBool())
        team.archived = archived.toBool() ? Archived::Yes : Archived::No;
    return team;
}

} // namespace MentorDesk
