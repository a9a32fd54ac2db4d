#pragma once

#include "core/booking/SessionDraft.h"

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
};

} // namespace MentorDesk
