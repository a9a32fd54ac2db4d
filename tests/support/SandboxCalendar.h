#pragma once

#include "core/calendar/CalendarRange.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarSync.h"
#include "core/common/Clock.h"
#include "core/graph/GraphClient.h"
#include "support/GraphTestTokenProvider.h"
#include "support/SandboxFixture.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace MentorDesk::Test {

// The sandbox tenant's seed as the calendar UI sees it: an in-process sandbox, a real SQLite cache in a temporary
// folder, and a CalendarSync that fills it. The clock stands at the sandbox's "now" (Wed 25 Nov 2026 09:00 UTC,
// 10:00 in Berlin, where the seeded mentor works).
//   SandboxCalendar calendar;
//   QVERIFY(calendar.load(CalendarRange::month(SandboxCalendar::today(), Qt::Monday, SandboxCalendar::zone())));
//   page.setCalendar(&calendar.store(), &calendar.sync());
class SandboxCalendar
{
public:
    SandboxCalendar();
    ~SandboxCalendar();

    static QTimeZone zone(); // Europe/Berlin
    static QDate today(); // 2026-11-25
    static QDateTime now();

    // Syncs the window of range (start-up round: profile, calendars, every calendar's view); true when it worked.
    bool load(const CalendarRange &range);

    SandboxFixture &sandbox() { return *m_sandbox; }
    CalendarStore &store() { return *m_store; }
    CalendarSync &sync() { return *m_sync; }
    ManualClock &clock() { return m_clock; }
    GraphClient &client() { return *m_client; }
    QString calendarId(const QString &name);
    // The first cached event with this subject (any calendar), or an invalid Event.
    Event eventBySubject(const QString &subject);

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<GraphTestTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<CalendarStore> m_store;
    std::unique_ptr<CalendarSync> m_sync;
};

} // namespace MentorDesk::Test
