#pragma once

#include "core/graph/GraphCollectionJob.h"
#include "core/model/Calendar.h"
#include "core/model/Event.h"

#include <QDateTime>
#include <QList>

namespace MentorDesk {

// GET …/calendarView?startDateTime=…&endDateTime=…&$top=N for one calendar and a UTC window, every page
// (docs/graph/calendars.md#calendar-view): occurrences, exceptions and single instances, never series masters. Own
// calendars are read as /me/calendars/{id}/calendarView; a colleague's shared or delegated calendar as
// /users/{owner}/calendar/calendarView (Calendars.Read.Shared, concept doc). Times come back in UTC
// (Prefer: outlook.timezone="UTC"), bodies as HTML (render them only after sanitising).
class CalendarViewJob : public GraphCollectionJob
{
    Q_OBJECT

public:
    static constexpr int kDefaultPageSize = 200;

    CalendarViewJob(GraphClient *client, const Calendar &calendar, const QDateTime &startUtc, const QDateTime &endUtc,
                    int pageSize = kDefaultPageSize, QObject *parent = nullptr);

    static GraphRequest request(const Calendar &calendar, const QDateTime &startUtc, const QDateTime &endUtc,
                                int pageSize = kDefaultPageSize);
    // The Prefer header every calendar read sends (UTC times; odata.maxpagesize for delta rounds when > 0).
    static QByteArray preferHeader(int maxPageSize = 0);

    const Calendar &calendar() const { return m_calendar; }
    QDateTime windowStartUtc() const { return m_startUtc; }
    QDateTime windowEndUtc() const { return m_endUtc; }
    // Every event of every page, calendarId set; valid after finished() with an Ok result.
    const QList<Event> &events() const { return m_events; }
    // Items that were not usable events (no id or times): left out, not fatal.
    int skippedItems() const { return m_skipped; }

protected:
    bool parseItem(const QJsonObject &item) override;
    void resetCollection() override;

private:
    Calendar m_calendar;
    QDateTime m_startUtc;
    QDateTime m_endUtc;
    QList<Event> m_events;
    int m_skipped = 0;
};

} // namespace MentorDesk
