#include "core/graph/writes/PostChannelMessageWrite.h"

#include "core/model/Channel.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace MentorDesk {

QJsonObject PostChannelMessageWrite::messageJson(const QString &subject, const QString &html,
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

GraphRequest PostChannelMessageWrite::request(const QString &teamId, const QString &channelId,
                                              const QJsonObject &message)
{
    const QString path = u"/teams/"_s + GraphRequest::encodeSegment(teamId) + u"/channels/"_s
        + GraphRequest::encodeSegment(Channel::normalizeId(channelId)) + u"/messages"_s;
    return GraphRequest::post(path, message); // no idempotency key: Graph offers none for channel messages
}

bool PostChannelMessageWrite::parseTarget(const GraphRequest &request, QString *teamId, QString *channelId)
{
    const QStringList parts = request.path.split(u'/');
    // "", "teams", team, "channels", channel, "messages"
    if (parts.size() != 6 || parts.at(1) != "teams"_L1 || parts.at(3) != "channels"_L1 || parts.at(5) != "messages"_L1)
        return false;
    *teamId = QUrl::fromPercentEncoding(parts.at(2).toUtf8());
    *channelId = QUrl::fromPercentEncoding(parts.at(4).toUtf8());
    return !teamId->isEmpty() && !channelId->isEmpty();
}

ChatMessage PostChannelMessageWrite::parseReply(const QJsonDocument &reply)
{
    return reply.isObject() ? ChatMessage::fromJson(reply.object()) : ChatMessage();
}

} // namespace MentorDesk
