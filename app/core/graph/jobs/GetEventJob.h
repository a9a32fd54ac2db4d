#pragma once

#include "core/graph/GraphJob.h"
#include "core/model/Calendar.h"
#include "core/model/Event.h"

namespace MentorDesk {

// GET /me/events/{id} (own calendars) or /users/{owner}/events/{id} (a colleague's shared calendar): one event in
// full, for the details pane when calendarView left something out (the body, or a series master's recurrence
// pattern, which calendarView never returns). Times in UTC.
class GetEventJob : public GraphJob
{
    Q_OBJECT

public:
    GetEventJob(GraphClient *client, const Calendar &calendar, const QString &eventId, QObject *parent = nullptr);

    const Calendar &calendar() const { return m_calendar; }
    const QString &eventId() const { return m_eventId; }
    // Valid after finished() with an Ok result; calendarId set.
    const Event &event() const { return m_event; }

protected:
    GraphRequest buildRequest() const override;
    bool parseResponse(const GraphResponse &response) override;

private:
    Calendar m_calendar;
    QString m_eventId;
    Event m_event;
};

} // namespace MentorDesk
