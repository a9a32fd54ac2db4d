#pragma once

#include <QDateTime>
#include <QString>

namespace MentorDesk {
class CalendarStore;
}

namespace MentorDesk::Test {

class SandboxFixture;

// Fills a CalendarStore with what the calendar feature would have cached from a sandbox: the calendars of
// GET /me/calendars and, for each own calendar, its calendarView in [fromUtc, toUtc) (every page). For tests of
// features that read the cache (booking's people completion and own-free-time fallback). False on any failure.
bool loadSandboxCalendarCache(SandboxFixture &sandbox, const QString &token, CalendarStore &store,
                              const QDateTime &fromUtc, const QDateTime &toUtc);

} // namespace MentorDesk::Test
