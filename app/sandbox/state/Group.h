#pragma once

#include <QString>
#include <QStringList>

namespace MentorDesk::Sandbox {

// A directory group; Microsoft 365 groups with a team carry "Team" in resourceProvisioningOptions (old teams
// may lack it) and have channels.
struct Group
{
    QString id;
    QString displayName;
    QString description;
    QString mailNickname;
    QStringList groupTypes; // ["Unified"] for Microsoft 365 groups, [] for security groups and distribution lists
    bool mailEnabled = false;
    bool securityEnabled = false;
    QString visibility; // Public, Private or empty
    QStringList resourceProvisioningOptions;
    bool isTeam = false; // has a team behind it (even when resourceProvisioningOptions does not say so)
    bool isArchived = false;
    QString createdDateTime;
    QStringList memberUpns;
};

} // namespace MentorDesk::Sandbox
