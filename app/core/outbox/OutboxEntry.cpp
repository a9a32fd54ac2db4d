#include "core/outbox/OutboxEntry.h"

namespace MentorDesk {

QString OutboxEntry::stateText(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return tr("Waiting to send");
    case OutboxState::Sending:
        return tr("Sending…");
    case OutboxState::Failed:
        return tr("Not sent");
    case OutboxState::NeedsAttention:
        return tr("Check needed");
    }
    return {};
}

QString OutboxEntry::message() const
{
    switch (state) {
    case OutboxState::Sending:
        return {};
    case OutboxState::NeedsAttention:
        return tr("MentorDesk could not confirm whether this was sent. Check before sending it again.");
    case OutboxState::Failed:
        return GraphResult::userMessage(lastStatus, retryAfterSeconds);
    case OutboxState::Pending:
        break;
    }
    switch (lastStatus) {
    case GraphStatus::Ok:
        return tr("This will be sent as soon as possible.");
    case GraphStatus::SignInRequired:
        return tr("Not sent yet: your sign-in has expired. It is sent after you sign in again.");
    case GraphStatus::Offline:
        return tr("Not sent yet: Microsoft 365 cannot be reached. It is sent when the connection is back.");
    case GraphStatus::Throttled:
        return tr("Not sent yet: Microsoft 365 asked MentorDesk to slow down. It is sent again shortly.");
    default:
        return tr("Not sent yet: Microsoft 365 did not answer properly. It is sent again shortly.");
    }
}

} // namespace MentorDesk
