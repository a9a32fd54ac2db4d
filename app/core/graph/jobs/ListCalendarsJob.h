#pragma once

#include "core/graph/GraphCollectionJob.h"
#include "core/model/Calendar.h"

#include <QList>

namespace MentorDesk {

// GET /me/calendars, every page: the user's own calendars and the ones colleagues share or delegate to them
// (docs/graph/calendars.md#calendar-list). The items are kept as Graph sent them because a calendar's kind (own,
// shared, delegate) depends on who is signed in, which the caller may only learn in the same round (GET /me in the same
// $batch).
class ListCalendarsJob : public GraphCollectionJob
{
    Q_OBJECT

public:
    explicit ListCalendarsJob(GraphClient *client, QObject *parent = nullptr);

    static GraphRequest request();
    // Valid after finished() with an Ok result. signedInAddress: UserProfile::primaryAddress() (or the account's
    // username); see Calendar::fromJson(). Calendars without an id are left out.
    QList<Calendar> calendars(const QString &signedInAddress) const;
};

} // namespace MentorDesk
