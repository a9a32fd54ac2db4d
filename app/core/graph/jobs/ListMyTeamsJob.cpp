#include "core/graph/jobs/ListMyTeamsJob.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
GraphRequest groupsRequest()
{
    return GraphRequest::get(u"/me/transitiveMemberOf/microsoft.graph.group"_s,
                             {{u"$select"_s, u"id,displayName,description,resourceProvisioningOptions"_s}});
}
} // namespace

ListMyTeamsJob::ListMyTeamsJob(GraphClient *client, QObject *parent)
    : GraphCollectionJob(client, groupsRequest(), parent)
{ }

void ListMyTeamsJob::setPageSize(int pageSize)
{
    GraphRequest request = groupsRequest();
    if (pageSize > 0)
        request.addQuery(u"$top"_s, QString::number(qMin(pageSize, 999)));
    setFirstRequest(request);
}

bool ListMyTeamsJob::parseItem(const QJsonObject &item)
{
    if (!item.value("id"_L1).isString())
        return false;
    ++m_groupCount;
    const auto absent = [&item](QLatin1StringView key) {
        const QJsonValue value = item.value(key);
        return value.isUndefined() || value.isNull();
    };
    if (absent("displayName"_L1) && absent("resourceProvisioningOptions"_L1)) {
        ++m_withoutDetails;
        return true;
    }
    switch (Team::provisioningOf(item)) {
    case Team::Provisioning::Team:
        m_teams.append(Team::fromJson(item));
        break;
    case Team::Provisioning::Missing:
        ++m_withoutProvisioning;
        break;
    case Team::Provisioning::NotATeam:
        break;
    }
    return true;
}

void ListMyTeamsJob::resetCollection()
{
    GraphCollectionJob::resetCollection();
    m_teams.clear();
    m_groupCount = 0;
    m_withoutProvisioning = 0;
    m_withoutDetails = 0;
}

} // namespace MentorDesk
