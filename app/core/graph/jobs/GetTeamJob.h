#pragma once

#include "core/graph/GraphJob.h"
#include "core/model/Team.h"

namespace MentorDesk {

// GET /teams/{id}: the team resource, for what the group does not say (isArchived). Group.Read.All suffices.
class GetTeamJob : public GraphJob
{
    Q_OBJECT

public:
    GetTeamJob(GraphClient *client, const QString &teamId, QObject *parent = nullptr);

    const QString &teamId() const { return m_teamId; }
    // Valid after finished() with an Ok result.
    const Team &team() const { return m_team; }

protected:
    GraphRequest buildRequest() const override;
    bool parseResponse(const GraphResponse &response) override;

private:
    QString m_teamId;
    Team m_team;
};

} // namespace MentorDesk
