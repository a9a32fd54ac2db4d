#include "core/graph/jobs/PostChannelMessageJob.h"

#include "core/graph/GraphResponse.h"
#include "core/model/Channel.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

QJsonObject PostChannelMessageJob::messageJson(const QString &subject, const QString &html,
                                               ChatMessage::Importance importance)
{
    QJsonObject message{
        {"body"_L1, QJsonObject{{"contentType"_L1, u"html"_s}, {"content"_L1, html}}},
        {"importance"_L1, ChatMessage::importanceToString(importance)},
    };
    if (!subject.isEmpty())
        message.insert("subject"_L1, subject);
    return message;
}

GraphRequest PostChannelMessageJob::request(const QString &teamId, const QString &channelId, const QJsonObject &message)
{
    const QString path = u"/teams/"_s + GraphRequest::encodeSegment(teamId) + u"/channels/"_s
        + GraphRequest::encodeSegment(Channel::normalizeId(channelId)) + u"/messages"_s;
    return GraphRequest::post(path, message); // no idempotency key: Graph offers none for channel messages
}

PostChannelMessageJob::PostChannelMessageJob(GraphClient *client, const QString &teamId, const QString &channelId,
                                             const QJsonObject &message, QObject *parent)
    : GraphJob(client, parent)
    , m_request(request(teamId, channelId, message))
{ }

GraphRequest PostChannelMessageJob::buildRequest() const
{
    return m_request;
}

bool PostChannelMessageJob::parseResponse(const GraphResponse &response)
{
    if (!response.json.isObject())
        return false;
    m_message = ChatMessage::fromJson(response.json.object());
    return m_message.isValid();
}

} // namespace MentorDesk
