#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace MentorDesk {

// A team the user belongs to. Discovered as a group (GET /me/transitiveMemberOf/microsoft.graph.group) whose
// resourceProvisioningOptions contains "Team" (docs/graph/teams.md#finding-the-users-teams); whether it is archived is
// only known from the team resource (GET /teams/{id}), so it starts Unknown.
struct Team
{
    enum class Archived { Unknown, No, Yes };

    QString id; // the group id, which is also the team id
    QString displayName;
    QString description;
    Archived archived = Archived::Unknown;

    bool isValid() const { return !id.isEmpty(); }
    // Archived teams are read-only in Teams: nobody can post to their channels.
    bool isArchived() const { return archived == Archived::Yes; }
    // A best guess until the archive state is known: only archived teams are refused.
    bool isPostable() const { return isValid() && archived != Archived::Yes; }

    // What a group item of transitiveMemberOf says about being a team: Team when resourceProvisioningOptions
    // contains "Team"; Missing when the property is absent, null or empty (Microsoft's known issue: some old
    // teams nobody opened in Teams recently lack it and are not listed; plain groups read the same); NotATeam when
    // it lists other options only.
    enum class Provisioning { Team, Missing, NotATeam };
    static Provisioning provisioningOf(const QJsonObject &group);

    // A group item or a team resource ({"id","displayName","description","isArchived"?}); nulls read as empty.
    static Team fromJson(const QJsonObject &json);

    friend bool operator==(const Team &, const Team &) = default;
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::Team)
