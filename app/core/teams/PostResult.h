#pragma once

#include "core/graph/GraphResult.h"
#include "core/model/ChatMessage.h"
#include "core/teams/ChannelTarget.h"

#include <QMetaType>

namespace MentorDesk {

// Where a channel post stands (TeamsService::postStateChanged).
enum class PostState {
    Waiting, // held back briefly: at most four posts per second go to one channel
    Queued, // in the outbox, about to be sent
    Sending, // on the wire
    Retrying, // not sent yet (offline, throttled, service busy): the outbox tries again by itself
    Failed, // Teams refused it (e.g. no permission, archived team): Retry or Discard, the text is kept
    NeedsAttention, // unknown whether it arrived: never resent by itself; check the channel, then Retry or Discard
    Sent, // terminal: in the channel (see PostResult::message.webUrl)
    Discarded, // terminal: the user dropped it
};

// The terminal outcome of a post (TeamsService::postFinished): Sent with the message Teams created, or Discarded.
struct PostResult
{
    qint64 postId = 0;
    PostState state = PostState::Sent;
    ChannelTarget target;
    ChatMessage message; // Sent: what Teams created, incl. webUrl (the link to the message)
    GraphResult result; // the outbox's last result

    bool isSent() const { return state == PostState::Sent; }
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::PostResult)
Q_DECLARE_METATYPE(MentorDesk::PostState)
