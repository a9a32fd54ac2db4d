#pragma once

#include "core/graph/GraphResult.h"
#include "core/model/EmailAddress.h"
#include "core/model/ScheduleInformation.h"

#include <QCoreApplication>
#include <QString>

namespace MentorDesk {

// What to tell the user when a colleague's calendar or free/busy cannot be read (translated): the calendar not shared
// with them, no such mailbox, or why getSchedule could not answer for one address. The wording names the person and
// says what they or the user can do, instead of pointing at MentorDesk's permissions.
class ColleagueCalendarText
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::ColleagueCalendarText)

public:
    // For a ColleagueCalendarViewJob's result; empty for Ok.
    static QString calendarFailure(const GraphResult &result, const EmailAddress &colleague);
    // For a getSchedule item that carries an error; empty when it has none.
    static QString scheduleFailure(const ScheduleInformation &schedule, const EmailAddress &colleague = {});
};

} // namespace MentorDesk
