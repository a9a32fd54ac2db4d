#pragma once

#include <QJsonObject>
#include <QString>

namespace MentorDesk::Sandbox {

struct ChannelMessage
{
    QString teamId;
    QString channelId;
    QString replyToId; // empty for a top-level post
    QJsonObject resource; // the Graph chatMessage as returned
};

} // namespace MentorDesk::Sandbox
