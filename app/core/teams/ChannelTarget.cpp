#include "core/teams/ChannelTarget.h"

namespace MentorDesk {

QString ChannelTarget::label() const
{
    return tr("%1 \u203a %2")
        .arg(teamName.isEmpty() ? teamId : teamName, channelName.isEmpty() ? channelId : channelName);
}

} // namespace MentorDesk
