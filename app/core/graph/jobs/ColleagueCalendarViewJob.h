#pragma once

#include "core/graph/jobs/CalendarViewJob.h"
#include "core/model/EmailAddress.h"

namespace MentorDesk {

struct GraphResult;

// A colleague's default calendar for a UTC window, by address: GET /users/{address}/calendar/calendarView
// (docs/graph/calendars.md#calendar-view), the way CalendarViewJob reads a shared calendar from the calendar list, for
// someone whose calendar is not in that list (a mentee, a co-mentor). Needs Calendars.Read.Shared, and the colleague
// must have shared the calendar with the signed-in user (or the organisation lets everyone see details); otherwise
// Graph refuses.
//
// How a refusal reads: 403 is PermissionDenied and 404 NotFound, as for every job; access() says what that means
// here (not shared with you, no such mailbox), so the UI can say so instead of pointing at the Permissions page. The
// events carry an empty calendarId: they belong to no calendar of the calendar list.
class ColleagueCalendarViewJob : public CalendarViewJob
{
    Q_OBJECT

public:
    enum class Access {
        Readable, // Ok
        NotShared, // 403: the colleague has not shared the calendar with you (or stopped sharing it)
        NoCalendar, // 404, or a mailbox Graph cannot read: unknown address, no Exchange Online mailbox
        Failed, // anything else (offline, throttled, …): GraphResult::userMessage() says it
    };
    Q_ENUM(Access)

    ColleagueCalendarViewJob(GraphClient *client, const EmailAddress &colleague, const QDateTime &startUtc,
                             const QDateTime &endUtc, int pageSize = kDefaultPageSize, QObject *parent = nullptr);

    // The calendar entry CalendarViewJob needs for /users/{address}/calendar/calendarView.
    static Calendar calendarOf(const EmailAddress &colleague);
    static GraphRequest request(const EmailAddress &colleague, const QDateTime &startUtc, const QDateTime &endUtc,
                                int pageSize = kDefaultPageSize);
    static Access accessFor(const GraphResult &result);

    const EmailAddress &colleague() const { return m_colleague; }
    // Valid once finished().
    Access access() const;

private:
    EmailAddress m_colleague;
};

} // namespace MentorDesk
