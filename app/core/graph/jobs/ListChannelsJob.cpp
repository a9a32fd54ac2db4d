#include "core/graph/jobs/ListChannelsJob.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

ListChannelsJob::ListChannelsJob(GraphClient *client, const QString &teamId, QObject *parent)
    : GraphCollectionJob(
        client,
        GraphRequest::get(u"/teams/%1/channels"_s.arg(GraphRequest::encodeSegment(teamId)),
                          {{u"$select"_s, u"id,displayName,description,membershipType,webUrl,isArchived"_s}}),
        parent)
    , m_teamId(teamId)
{ }

bool ListChannelsJob::parseItem(const QJsonObject &item)
{
    const Channel channel = Channel::fromJson(item, m_teamId);
    if (!channel.isValid())
        return false;
    m_channels.append(channel);
    return true;
}

void ListChannelsJob::resetCollection()
{
    GraphCollectionJob::resetCollection();
    m_channels.clear();
}

} // namespace MentorDesk
