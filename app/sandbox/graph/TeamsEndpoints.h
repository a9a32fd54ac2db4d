#pragma once

#include "sandbox/graph/GraphContext.h"
#include "sandbox/http/HttpResponse.h"

#include <optional>

namespace MentorDesk::Sandbox {

// Groups and Teams: transitiveMemberOf/microsoft.graph.group, joinedTeams, channels, channel messages and replies.
class TeamsEndpoints
{
public:
    explicit TeamsEndpoints(SandboxState &state);
    std::optional<HttpResponse> handle(GraphContext &context);

private:
    HttpResponse teamResource(GraphContext &context, const QString &teamId);
    HttpResponse memberOf(GraphContext &context);
    HttpResponse joinedTeams(GraphContext &context);
    HttpResponse channels(GraphContext &context, const Group &team);
    HttpResponse postMessage(GraphContext &context, const Group &team, const StoredChannel &channel,
                             const QString &replyTo);
    QJsonObject groupJson(const Group &group) const;
    QJsonObject channelJson(const StoredChannel &channel) const;

    SandboxState &m_state;
};

} // namespace MentorDesk::Sandbox
