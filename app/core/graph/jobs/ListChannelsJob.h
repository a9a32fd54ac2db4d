#pragma once

#include "core/graph/GraphCollectionJob.h"
#include "core/model/Channel.h"

namespace MentorDesk {

// GET /teams/{id}/channels (Channel.ReadBasic.All), every page: standard channels plus the private and shared
// ones the user is a member of (Graph hides the others). Each channel's kind is in membershipType.
class ListChannelsJob : public GraphCollectionJob
{
    Q_OBJECT

public:
    ListChannelsJob(GraphClient *client, const QString &teamId, QObject *parent = nullptr);

    const QString &teamId() const { return m_teamId; }
    // Valid after finished() with an Ok result, in Graph's order.
    const QList<Channel> &channels() const { return m_channels; }

protected:
    bool parseItem(const QJsonObject &item) override;
    void resetCollection() override;

private:
    QString m_teamId;
    QList<Channel> m_channels;
};

} // namespace MentorDesk
