#pragma once

#include "sandbox/seed/DemoOrganisation.h"
#include "sandbox/state/SandboxState.h"

#include <QRandomGenerator>
#include <QUuid>

namespace MentorDesk::Sandbox {

// Fills a SandboxState with one demo organisation (by default "Contoso Mentoring"): the same organisation, seed and
// anchor date always give the same people, calendars, events, groups, teams and channels (ids included).
class SeedBuilder
{
public:
    SeedBuilder(SandboxState &state, const DemoOrganisation &organisation, int eventsPerCalendar);
    void build();

private:
    void addUsers();
    void addCalendars();
    void addGroupsAndTeams();
    void addMentorSpecials();
    void addMentorsDay();
    void addRandomEvents(const QString &mailbox, const QString &calendarId, int count);
    StoredEvent makeEvent(const QString &mailbox, const QString &calendarId, const QString &subject,
                          const QDateTime &startUtc, int minutes, const QString &zone);
    void addAttendees(StoredEvent &event, const QStringList &upns, const QString &organizerUpn);
    void makeOnline(StoredEvent &event);
    void setAttendees(StoredEvent &event, const QStringList &upns, const QString &organizerUpn);
    QString seededId(const QString &prefix, int bytes);
    QString guid(const QString &name) const;
    QString upn(const char16_t *local) const;
    QStringList upns(const char16_t *locals) const;
    QDateTime local(const QDate &date, int hour, int minute, const QString &zone) const;

    SandboxState &m_state;
    const DemoOrganisation &m_org;
    int m_eventsPerCalendar;
    QRandomGenerator m_random;
    QDate m_anchorDate;
    QUuid m_namespace;
};

} // namespace MentorDesk::Sandbox
