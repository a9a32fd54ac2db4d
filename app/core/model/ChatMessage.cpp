#include "core/model/ChatMessage.h"

#include "core/model/JsonEnum.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
using MessageImportance = ChatMessage::Importance;
constexpr std::pair<MessageImportance, QLatin1StringView> kMessageImportance[] = {
    {MessageImportance::Normal, "normal"_L1},
    {MessageImportance::High, "high"_L1},
    {MessageImportance::Urgent, "urgent"_L1},
};
} // namespace

ChatMessage ChatMessage::fromJson(const QJsonObject &json)
{
    ChatMessage message;
    message.id = json.value("id"_L1).toString();
    message.subject = json.value("subject"_L1).toString();
    message.importance = importanceFromString(json.value("importance"_L1).toString());
    const QUrl webUrl(json.value("webUrl"_L1).toString(), QUrl::StrictMode);
    if (webUrl.isValid() && webUrl.scheme() == "https"_L1)
        message.webUrl = webUrl;
    message.createdDateTime
        = QDateTime::fromString(json.value("createdDateTime"_L1).toString(), Qt::ISODateWithMs).toUTC();
    const QJsonObject body = json.value("body"_L1).toObject();
    message.bodyContentType = body.value("contentType"_L1).toString();
    message.bodyContent = body.value("content"_L1).toString();
    const QJsonObject identity = json.value("channelIdentity"_L1).toObject();
    message.teamId = identity.value("teamId"_L1).toString();
    message.channelId = identity.value("channelId"_L1).toString();
    return message;
}

ChatMessage::Importance ChatMessage::importanceFromString(QStringView text)
{
    return JsonEnum::fromString(text, kMessageImportance, MessageImportance::Normal);
}

QString ChatMessage::importanceToString(Importance importance)
{
    return JsonEnum::toString(importance, kMessageImportance);
}

} // namespace MentorDesk
