#pragma once

#include "core/model/Event.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace MentorDesk {

// What one sync step learned about one calendar, applied by CalendarStore::applyChanges() in one transaction.
//
// - A full calendarView load of a window: upserts = every event returned, replacesWindow = true and the window
//   set; cached events of that calendar overlapping the window that were not returned are deleted.
// - A delta round: upserts = changed events, removedIds = the "@removed" ids, deltaLink = the new
//   @odata.deltaLink for (calendarId, window).
struct CalendarChangeSet
{
    QString calendarId; // every upsert is stored under this calendar (Graph's event JSON does not name it)
    QList<Event> upserts;
    QStringList removedIds;

    bool replacesWindow = false;
    QDateTime windowStartUtc; // the calendarView/delta window (also the delta link's key)
    QDateTime windowEndUtc;

    QString deltaLink; // stored for (calendarId, window) when non-empty; never logged (it carries a token)
    // Marks the calendar "last updated" at the store clock's now (false for a partial page that is not the end
    // of a round).
    bool markUpdated = true;
};

} // namespace MentorDesk
