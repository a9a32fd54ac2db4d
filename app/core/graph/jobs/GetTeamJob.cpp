#include "core/graph/jobs/GetTeamJob.h"

#include "core/graph/GraphResponse.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

GetTeamJob::GetTeamJob(GraphClient *client, const QString &teamId, QObject *parent)
    : GraphJob(client, parent)
    , m_teamId(teamId)
{ }

GraphRequest GetTeamJob::buildRequest() const
{
    return GraphRequest::get(u"/teams/"_s + GraphRequest::encodeSegment(m_teamId),
                             {{u"$select"_s, u"id,displayName,description,isArchived"_s}});
}

bool GetTeamJob::parseResponse(const GraphResponse &response)
{
    if (!response.json.isObject())
        return false;
    m_team = Team::fromJson(response.json.object());
    if (m_team.id.isEmpty())
        m_team.id = m_teamId;
    return m_team.id == m_teamId;
}

} // namespace MentorDesk
