#pragma once

#include "core/model/Event.h"
#include "core/model/Recurrence.h"
#include "core/model/ResponseStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace MentorDesk {

// User-visible text for events (translated, localised). Times are shown in the viewer's zone; the event's own
// zone is shown additionally only when it would read differently (ownZoneTimeRange()).
class EventFormatter
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::EventFormatter)

public:
    // A wall-clock time in the locale's short format, never with seconds ("09:00", "9:00 AM").
    static QString timeOfDay(QTime time, const QLocale &locale = QLocale());
    // The format timeOfDay() uses (computed once per locale).
    static QString timeFormat(const QLocale &locale = QLocale());
    // "09:00 – 10:00", "All day", "28 Nov – 30 Nov" (all-day span), "28 Nov 22:00 – 29 Nov 02:00".
    static QString timeRange(const Event &event, const QTimeZone &viewer = QTimeZone::systemTimeZone(),
                             const QLocale &locale = QLocale());
    // "17:00 – 18:00 (GMT Standard Time)" when the event's own zone differs from the viewer's at its start, else
    // empty (also for all-day events and unknown zones).
    static QString ownZoneTimeRange(const Event &event, const QTimeZone &viewer = QTimeZone::systemTimeZone(),
                                    const QLocale &locale = QLocale());
    // "Weekly on Monday until 30 Nov 2026", "Every 2 weeks on Tuesday, Thursday", "Daily, 10 times", ...
    static QString recurrenceText(const Recurrence &recurrence, const QLocale &locale = QLocale());
    static QString responseText(ResponseStatus::Response response);
    static QString showAsText(Event::ShowAs showAs);
    // What the views write on an event: its subject; for a busy block of a free/busy-only colleague calendar without
    // one (ColleagueCalendars), its status ("Busy", "Tentative", "Away", "Working elsewhere"); else untitled.
    static QString displaySubject(const Event &event, const QString &untitled);
    // Whether an event is a free/busy block (painted hatched, labelled by its status).
    static bool isFreeBusyBlock(const Event &event);
    // "Last updated just now" / "… 5 minutes ago" / "… today at 09:00" / "… on 28/11/2026" / "Not updated yet".
    static QString lastUpdatedText(const QDateTime &lastUpdated, const QDateTime &now,
                                   const QTimeZone &viewer = QTimeZone::systemTimeZone(),
                                   const QLocale &locale = QLocale());
};

} // namespace MentorDesk
