#pragma once

#include "core/model/Event.h"
#include "core/model/MeetingTimeSuggestion.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace MentorDesk {

// Free slots in the mentor's own calendar, from the local cache: the fallback for "Suggested times" where
// findMeetingTimes is not available (personal accounts, the permission not granted). It knows nothing about the
// mentee's calendar, and the UI says so.
class OwnFreeTime
{
public:
    struct Options
    {
        QTimeZone zone = QTimeZone::utc(); // working hours are read in this zone
        QTime dayStart = QTime(8, 0);
        QTime dayEnd = QTime(17, 0);
        bool weekdaysOnly = true;
        int stepMinutes = 30;
        int maxSuggestions = 10;
    };

    // Slots of durationMinutes inside [windowStartUtc, windowEndUtc), not before nowUtc, within working hours, that
    // overlap no event that blocks time (busy, tentative, out of office, working elsewhere; not free or cancelled
    // ones). Chronological; each marked organizer-free with confidence 100.
    static QList<MeetingTimeSuggestion> find(const QList<Event> &events, const QDateTime &windowStartUtc,
                                             const QDateTime &windowEndUtc, int durationMinutes,
                                             const QDateTime &nowUtc, const Options &options);
    static bool blocksTime(const Event &event);
};

} // namespace MentorDesk
