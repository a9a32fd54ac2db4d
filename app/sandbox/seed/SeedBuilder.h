#pragma once

#include "sandbox/state/SandboxState.h"

#include <QRandomGenerator>

namespace MentorDesk::Sandbox {

// Fills a SandboxState with the "Contoso Mentoring" tenant: the same seed and anchor date always give the same
// people, calendars, events, groups, teams and channels (ids included).
class SeedBuilder
{
public:
    SeedBuilder(SandboxState &state, int eventsPerCalendar);
    void build();

private:
    void addUsers();
    void addCalendars();
    void addGroupsAndTeams();
    void addMentorSpecials();
    void addRandomEvents(const QString &mailbox, const QString &calendarId, int count);
    StoredEvent makeEvent(const QString &mailbox, const QString &calendarId, const QString &subject,
                          const QDateTime &startUtc, int minutes, const QString &zone);
    void addAttendees(StoredEvent &event, const QStringList &upns, const QString &organizerUpn);
    void makeOnline(StoredEvent &event);
    QString seededId(const QString &prefix, int bytes);
    QString guid(const QString &name) const;
    QDateTime local(const QDate &date, int hour, int minute, const QString &zone) const;

    SandboxState &m_state;
    int m_eventsPerCalendar;
    QRandomGenerator m_random;
    QDate m_anchorDate;
};

} // namespace MentorDesk::Sandbox
