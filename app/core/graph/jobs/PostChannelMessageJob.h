#pragma once

#include "core/graph/GraphJob.h"
#include "core/model/ChatMessage.h"

namespace MentorDesk {

// POST /teams/{team-id}/channels/{channel-id}/messages (ChannelMessage.Send) with a subject, an HTML body and an
// importance (docs/graph/teams.md#posting). The post carries no idempotency key (Graph has none for messages), so it is
// never repeated automatically after an unknown outcome.
//
// Features post through the Outbox, which persists the write and owns the "never twice" rule:
//     outbox->enqueue(u"channelMessage"_s, label, PostChannelMessageJob::request(teamId, channelId, body));
// and read the reply with ChatMessage::fromJson(result.json.object()). The job itself sends directly, for
// callers that need no outbox.
class PostChannelMessageJob : public GraphJob
{
    Q_OBJECT

public:
    // html: the body, already in the HTML subset Teams accepts (MessageComposer makes it). subject: plain text,
    // left out when empty.
    static QJsonObject messageJson(const QString &subject, const QString &html, ChatMessage::Importance importance);
    // Channel ids are percent-encoded here (raw or encoded input both work); the team id too.
    static GraphRequest request(const QString &teamId, const QString &channelId, const QJsonObject &message);

    PostChannelMessageJob(GraphClient *client, const QString &teamId, const QString &channelId,
                          const QJsonObject &message, QObject *parent = nullptr);

    // Valid after finished() with an Ok result.
    const ChatMessage &message() const { return m_message; }

protected:
    GraphRequest buildRequest() const override;
    bool parseResponse(const GraphResponse &response) override;

private:
    GraphRequest m_request;
    ChatMessage m_message;
};

} // namespace MentorDesk
