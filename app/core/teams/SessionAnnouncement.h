#pragma once

#include "core/model/Event.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace MentorDesk {

// "Share a session": a channel announcement prefilled from a booked session, in MessageComposer's syntax, e.g.
//     subject: Mentoring session: Career planning
//     text:    **Career planning**
//              When: Wednesday, 2 December 2026, 10:00 – 11:00 (Europe/Berlin, UTC+01:00)
//              In UTC: Wednesday, 2 December 2026, 09:00 – 10:00
//              [Join the Teams meeting](https://teams.microsoft.com/l/meetup-join/…)
// Readers of a channel live in many zones: the local time says what the mentor meant, UTC lets anyone convert.
// The session's own texts (subject) are escaped, so they show exactly as written.
struct SessionAnnouncement
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::SessionAnnouncement)

public:
    QString subject;
    QString text;

    // local: the zone the mentor reads times in (the system zone in the app).
    static SessionAnnouncement fromEvent(const Event &event, const QTimeZone &local = QTimeZone::systemTimeZone(),
                                         const QLocale &locale = QLocale());
    // "UTC+01:00", "UTC−03:30", "UTC" for the offset of zone at instant.
    static QString offsetText(const QTimeZone &zone, const QDateTime &instant);
};

} // namespace MentorDesk
