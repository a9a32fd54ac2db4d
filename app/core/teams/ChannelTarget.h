#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace MentorDesk {

// Where a post goes: a team and one of its channels, with their names for labels (the names may be stale; the
// ids are what counts). Also what is remembered as the default channel (ids and names only, nothing secret).
struct ChannelTarget
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::ChannelTarget)

public:
    QString teamId;
    QString channelId; // raw "19:…@thread.tacv2"
    QString teamName;
    QString channelName;

    bool isValid() const { return !teamId.isEmpty() && !channelId.isEmpty(); }
    // Translated: "Mentoring Programme › Announcements".
    QString label() const;

    friend bool operator==(const ChannelTarget &a, const ChannelTarget &b)
    {
        return a.teamId == b.teamId && a.channelId == b.channelId;
    }
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::ChannelTarget)
