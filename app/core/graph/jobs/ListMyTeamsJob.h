#pragma once

#include "core/graph/GraphCollectionJob.h"
#include "core/model/Team.h"

namespace MentorDesk {

// The user's teams with the scopes MentorDesk has (docs/graph/teams.md#finding-the-users-teams): /me/joinedTeams needs
// Team.ReadBasic.All, which is not in the set, so this reads GET /me/transitiveMemberOf/microsoft.graph.group, every
// page, and keeps the groups whose resourceProvisioningOptions contains "Team". The filter runs here, client-side:
// Graph rejects a $filter on resourceProvisioningOptions for memberOf/transitiveMemberOf.
//
// Groups without the property (absent, null or empty) are not teams as far as Graph tells: Microsoft documents
// that some old teams nobody opened in Teams recently lack it and are therefore not listed, until someone opens
// them in Teams ("Missing teams in list all teams", Graph known issues). They are counted, not guessed at.
class ListMyTeamsJob : public GraphCollectionJob
{
    Q_OBJECT

public:
    explicit ListMyTeamsJob(GraphClient *client, QObject *parent = nullptr);

    // Graph's page size when not set (100 for directory objects); Graph accepts up to 999.
    void setPageSize(int pageSize);

    // Valid after finished() with an Ok result, in Graph's order.
    const QList<Team> &teams() const { return m_teams; }
    int groupCount() const { return m_groupCount; }
    // Groups whose resourceProvisioningOptions was absent, null or empty (plain groups and old teams alike).
    int groupsWithoutProvisioning() const { return m_withoutProvisioning; }
    // Items that came back as only {"@odata.type","id"}: Graph withholds group properties without a group-read
    // permission (Group.Read.All), so nothing can be said about them.
    int groupsWithoutDetails() const { return m_withoutDetails; }

protected:
    bool parseItem(const QJsonObject &item) override;
    void resetCollection() override;

private:
    QList<Team> m_teams;
    int m_groupCount = 0;
    int m_withoutProvisioning = 0;
    int m_withoutDetails = 0;
};

} // namespace MentorDesk
