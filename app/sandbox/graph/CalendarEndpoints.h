#pragma once

#include "sandbox/graph/GraphContext.h"
#include "sandbox/http/HttpResponse.h"

#include <memory>
#include <optional>

namespace MentorDesk::Sandbox {

class MeetingResponses;
class ReminderEndpoints;

// Outlook calendar endpoints: calendars, calendarView (own, other calendars, shared), calendarView/delta, events
// (list, get, create with transactionId idempotency and Teams links, update, delete, cancel), the answers to
// invitations (MeetingResponses) and reminders (ReminderEndpoints).
class CalendarEndpoints
{
public:
    explicit CalendarEndpoints(SandboxState &state);
    ~CalendarEndpoints();

    std::optional<HttpResponse> handle(GraphContext &context);

    // Used by /_sandbox/mutate too: creates an event in a mailbox from a Graph event body.
    struct CreateResult
    {
        StoredEvent event;
        QString errorCode;
        QString errorMessage;
    };
    CreateResult createEvent(const QString &mailbox, const QString &calendarId, const QJsonObject &body, bool personal);
    // Applies a Graph PATCH body to a stored event (or the exception made for an occurrence). Returns an error code
    // or an empty string.
    QString updateEvent(const QString &id, const QJsonObject &patch, QString *message, QString *resultId);
    bool removeEvent(const QString &id, const QString &how);

    static const QStringList &writableProperties();

    // A stored item, or an occurrence expanded from its series; nullopt when there is no such (visible) item.
    std::optional<EventInstance> findInstance(const QString &id) const;
    // The stored item behind an instance, to change it: for an occurrence, the exception that now stands for it
    // (created under the occurrence's id, inheriting its reminder). Invalidates pointers into SandboxState::events.
    StoredEvent *materialize(const EventInstance &instance);

private:
    HttpResponse listCalendars(GraphContext &context);
    HttpResponse calendarView(GraphContext &context, const QString &mailbox, const QString &calendarId);
    HttpResponse delta(GraphContext &context, const QString &mailbox, const QString &calendarId);
    HttpResponse listEvents(GraphContext &context, const QString &mailbox, const QString &calendarId);
    HttpResponse getEvent(GraphContext &context, const QString &id);
    HttpResponse postEvent(GraphContext &context, const QString &mailbox, const QString &calendarId);
    HttpResponse patchEvent(GraphContext &context, const QString &id);
    HttpResponse deleteEvent(GraphContext &context, const QString &id);
    HttpResponse cancelEvent(GraphContext &context, const QString &id);

    QJsonObject calendarJson(const StoredCalendar &calendar, const User &viewer, bool personal) const;
    QJsonObject instanceJson(GraphContext &context, const EventInstance &instance) const;
    QString deltaSignature(const QJsonObject &token) const;
    // The exception an occurrence becomes when it is changed (not yet stored).
    StoredEvent exceptionFor(const EventInstance &occurrence) const;

    SandboxState &m_state;
    std::unique_ptr<ReminderEndpoints> m_reminders;
    std::unique_ptr<MeetingResponses> m_responses;
};

} // namespace MentorDesk::Sandbox
