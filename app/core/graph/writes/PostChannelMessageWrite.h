#pragma once

#include "core/graph/GraphRequest.h"
#include "core/model/ChatMessage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLatin1StringView>

namespace MentorDesk {

// POST /teams/{team-id}/channels/{channel-id}/messages (ChannelMessage.Send) with a subject, an HTML body and an
// importance (docs/graph/teams.md#posting). The post carries no idempotency key (Graph has none for messages), so the
// Outbox never repeats it by itself after an unknown outcome (kind is its stored tag).
struct PostChannelMessageWrite
{
    static constexpr QLatin1StringView kind{"channelMessage"};

    // html: the body, already in the HTML subset Teams accepts (MessageComposer makes it). subject: plain text,
    // left out when empty.
    static QJsonObject messageJson(const QString &subject, const QString &html, ChatMessage::Importance importance);
    // Channel ids are percent-encoded here (raw or encoded input both work); the team id too.
    static GraphRequest request(const QString &teamId, const QString &channelId, const QJsonObject &message);
    // The team and channel a stored request posts to (decoded), e.g. for a post queued in an earlier run.
    static bool parseTarget(const GraphRequest &request, QString *teamId, QString *channelId);
    // The posted message from a 201 reply; invalid when the reply is not one.
    static ChatMessage parseReply(const QJsonDocument &reply);
};

} // namespace MentorDesk
