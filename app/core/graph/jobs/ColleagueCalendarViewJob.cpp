#include "core/graph/jobs/ColleagueCalendarViewJob.h"

#include "core/graph/GraphResult.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

ColleagueCalendarViewJob::ColleagueCalendarViewJob(GraphClient *client, const EmailAddress &colleague,
                                                   const QDateTime &startUtc, const QDateTime &endUtc, int pageSize,
                                                   QObject *parent)
    : CalendarViewJob(client, calendarOf(colleague), startUtc, endUtc, pageSize, parent)
    , m_colleague(colleague)
{ }

Calendar ColleagueCalendarViewJob::calendarOf(const EmailAddress &colleague)
{
    Calendar calendar;
    calendar.name = colleague.displayName();
    calendar.owner = colleague;
    calendar.kind = Calendar::Kind::SharedReadOnly; // read through /users/{address}/calendar
    return calendar;
}

GraphRequest ColleagueCalendarViewJob::request(const EmailAddress &colleague, const QDateTime &startUtc,
                                               const QDateTime &endUtc, int pageSize)
{
    return CalendarViewJob::request(calendarOf(colleague), startUtc, endUtc, pageSize);
}

ColleagueCalendarViewJob::Access ColleagueCalendarViewJob::accessFor(const GraphResult &result)
{
    // Codes Graph uses for a mailbox it cannot read, whatever the HTTP status
    // (https://learn.microsoft.com/graph/errors; docs/graph/general.md#errors).
    if (result.error.hasCode(u"MailboxNotEnabledForRESTAPI") || result.error.hasCode(u"ErrorInvalidUser")
        || result.error.hasCode(u"ErrorNonExistentMailbox"))
        return Access::NoCalendar;
    switch (result.status) {
    case GraphStatus::Ok:
        return Access::Readable;
    case GraphStatus::PermissionDenied:
        return Access::NotShared;
    case GraphStatus::NotFound:
        return Access::NoCalendar;
    default:
        return Access::Failed;
    }
}

ColleagueCalendarViewJob::Access ColleagueCalendarViewJob::access() const
{
    return accessFor(result());
}

} // namespace MentorDesk
