#pragma once

// Complete types: QPointer needs them wherever a source is built or copied.
#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarSync.h"

#include <QPointer>
#include <QString>

namespace MentorDesk {

// One signed-in account's calendar as the calendar screen shows it: its cache, its sync service (both owned by the
// account's services, null when not there) and how to tell it from the other accounts' calendars.
struct CalendarSource
{
    QPointer<CalendarStore> store;
    QPointer<CalendarSync> sync;
    QString accountKey; // Account::key(); empty for the single-store shortcuts
    QString accountName; // what the UI shows, e.g. "Alex Mentor (alex@contoso.example)"

    friend bool operator==(const CalendarSource &a, const CalendarSource &b)
    {
        return a.store == b.store && a.sync == b.sync && a.accountKey == b.accountKey && a.accountName == b.accountName;
    }
};

} // namespace MentorDesk
