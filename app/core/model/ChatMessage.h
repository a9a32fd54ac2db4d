#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace MentorDesk {

// A channel message as POST /teams/{id}/channels/{id}/messages returns it (docs/graph/teams.md#posting); only what
// MentorDesk shows: where it is (webUrl) and what was posted.
struct ChatMessage
{
    enum class Importance { Normal, High, Urgent };

    QString id; // a numeric string (epoch milliseconds)
    QString teamId;
    QString channelId;
    QString subject;
    QString bodyContentType; // "html" or "text"
    QString bodyContent;
    Importance importance = Importance::Normal;
    QUrl webUrl; // https only, else empty
    QDateTime createdDateTime; // UTC

    bool isValid() const { return !id.isEmpty(); }

    static ChatMessage fromJson(const QJsonObject &json);
    static Importance importanceFromString(QStringView text);
    static QString importanceToString(Importance importance);

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::ChatMessage)
