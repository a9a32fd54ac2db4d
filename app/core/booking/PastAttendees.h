#pragma once

#include "core/model/EmailAddress.h"
#include "core/model/Event.h"

#include <QList>
#include <QString>

namespace MentorDesk {

// People the mentor has met before: the attendees and organizers of cached events. The source of address
// completion in the New session dialog (MentorDesk has no directory search permission, by design).
class PastAttendees
{
public:
    // Unique by address (case-insensitive), without ownAddress and without rooms/resources; most frequent first,
    // then by name. The name kept is the most recent non-empty one seen.
    static QList<EmailAddress> fromEvents(const QList<Event> &events, const QString &ownAddress);
};

} // namespace MentorDesk
