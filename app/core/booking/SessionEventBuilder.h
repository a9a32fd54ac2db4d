#pragma once

#include "core/booking/SessionDraft.h"
#include "core/model/Event.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace MentorDesk {

// Turns a validated draft into the Graph event body of POST /me/calendars/{id}/events
// (docs/graph/booking.md#creating-a-teams-meeting-in-a-calendar) and builds the bodies of later changes. User text is
// never markup: the agenda is escaped into the HTML body.
class SessionEventBuilder
{
public:
    // teamsMeeting: add isOnlineMeeting + onlineMeetingProvider teamsForBusiness. The caller decides it from the
    // account kind, the permissions and the calendar's allowedOnlineMeetingProviders.
    static QJsonObject eventJson(const SessionDraft &draft, bool teamsMeeting);
    // The agenda as an HTML document: paragraphs at blank lines, <br> at single line breaks, everything escaped.
    static QString bodyHtml(const QString &agenda);
    // PATCH body moving an event to [startUtc, endUtc), written in zoneName (a Graph zone name; empty: UTC).
    static QJsonObject moveJson(const QDateTime &startUtc, const QDateTime &endUtc, const QString &zoneName);
    // PATCH body moving a whole series by the offset `dragged` (the master, an occurrence or an exception) moves to
    // [newStartUtc, newEndUtc). When the day changes the pattern follows: "every Monday" becomes "every Tuesday".
    static QJsonObject seriesMoveJson(const Event &master, const Event &dragged, const QDateTime &newStartUtc,
                                      const QDateTime &newEndUtc);
    // The zone to write an event's new times in: its own (so Outlook keeps showing it as the organizer set it),
    // else UTC.
    static QString zoneNameFor(const Event &event);
};

} // namespace MentorDesk
