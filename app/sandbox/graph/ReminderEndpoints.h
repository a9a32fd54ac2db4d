#pragma once

#include "sandbox/graph/GraphContext.h"
#include "sandbox/http/HttpResponse.h"

namespace MentorDesk::Sandbox {

class CalendarEndpoints;

// Outlook's reminders: GET /me/reminderView(startDateTime='…',endDateTime='…') (and /users/{id}/…), and
// POST …/events/{id}/dismissReminder and …/snoozeReminder. CalendarEndpoints routes here after it has checked the
// mailbox, the sharing and the scopes.
class ReminderEndpoints
{
public:
    ReminderEndpoints(SandboxState &state, CalendarEndpoints &calendar);

    static bool isReminderView(const QString &segment); // "reminderView", with or without its parameters
    HttpResponse view(GraphContext &context, const QString &mailbox, const QString &segment) const;
    HttpResponse dismiss(GraphContext &context, const QString &id);
    HttpResponse snooze(GraphContext &context, const QString &id);

    // When the instance's reminder fires: reminderMinutesBeforeStart before its start, or when it was snoozed to.
    // Invalid when it has none (isReminderOn off, dismissed, cancelled by the organizer).
    QDateTime fireTime(const EventInstance &instance) const;

private:
    // The instance a dismiss or snooze acts on: the one named, or for a series master the next occurrence that has
    // not ended.
    std::optional<EventInstance> target(const QString &id) const;

    SandboxState &m_state;
    CalendarEndpoints &m_calendar;
};

} // namespace MentorDesk::Sandbox
