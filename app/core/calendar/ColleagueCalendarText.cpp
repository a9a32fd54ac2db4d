#include "core/calendar/ColleagueCalendarText.h"

#include "core/graph/jobs/ColleagueCalendarViewJob.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

QString ColleagueCalendarText::calendarFailure(const GraphResult &result, const EmailAddress &colleague)
{
    const QString who = colleague.displayName();
    switch (ColleagueCalendarViewJob::accessFor(result)) {
    case ColleagueCalendarViewJob::Access::Readable:
        return {};
    case ColleagueCalendarViewJob::Access::NotShared:
        return tr("%1 has not shared their calendar with you. Ask them to share it in Outlook; until then MentorDesk "
                  "can only show when they are free or busy.")
            .arg(who);
    case ColleagueCalendarViewJob::Access::NoCalendar:
        return tr("Microsoft 365 has no calendar for %1. Check the address; the person may not have an Outlook "
                  "mailbox in your organisation.")
            .arg(who);
    case ColleagueCalendarViewJob::Access::Failed:
        break;
    }
    return result.userMessage();
}

QString ColleagueCalendarText::scheduleFailure(const ScheduleInformation &schedule, const EmailAddress &colleague)
{
    if (!schedule.hasError())
        return {};
    const QString who = colleague.address.isEmpty() ? schedule.scheduleId : colleague.displayName();
    // 5009: the address is not in the directory (microsoftgraph/microsoft-graph-docs issue 11225).
    if (schedule.error.responseCode == "5009"_L1)
        return tr("Microsoft 365 does not know %1 in your organisation, so their free and busy times are unknown. "
                  "Check the address.")
            .arg(who);
    return tr("Microsoft 365 could not tell when %1 is free or busy.").arg(who);
}

} // namespace MentorDesk
