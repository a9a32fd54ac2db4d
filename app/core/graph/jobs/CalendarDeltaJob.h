#pragma once

#include "core/graph/GraphDeltaJob.h"
#include "core/model/Event.h"

#include <QDateTime>
#include <QList>

namespace MentorDesk {

// One delta round over the signed-in user's default calendar: GET /me/calendarView/delta?startDateTime&endDateTime
// (docs/graph/calendars.md#delta). Graph v1.0 documents calendarView delta for the primary calendar only
// (https://learn.microsoft.com/graph/api/event-delta: /me/calendarView/delta and /users/{id}/calendarView/delta), so
// other calendars are refreshed by reading their window again (CalendarViewJob). Times in UTC; odata.maxpagesize per
// page; no $select (delta refuses it).
//
// Changed and added events land in events() (calendarId as given), @removed ids in removed(): deleted, or changed
// to fall outside the window (the caller checks the window before deleting). isFullSync(): the events are the
// whole window (first round, or restarted because the stored link expired).
class CalendarDeltaJob : public GraphDeltaJob
{
    Q_OBJECT

public:
    static constexpr int kDefaultPageSize = 200;

    CalendarDeltaJob(GraphClient *client, const QDateTime &startUtc, const QDateTime &endUtc,
                     const QUrl &storedDeltaLink = {}, int pageSize = kDefaultPageSize, QObject *parent = nullptr);

    static GraphRequest initialRequest(const QDateTime &startUtc, const QDateTime &endUtc,
                                       int pageSize = kDefaultPageSize);

    // Graph's event JSON does not name the calendar; the events carry this id (set it before reading events()).
    void setCalendarId(const QString &calendarId);
    QString calendarId() const { return m_calendarId; }
    QDateTime windowStartUtc() const { return m_startUtc; }
    QDateTime windowEndUtc() const { return m_endUtc; }
    const QList<Event> &events() const { return m_events; }
    int skippedItems() const { return m_skipped; }

protected:
    bool parseChange(const QJsonObject &item) override;
    void resetCollection() override;

private:
    QDateTime m_startUtc;
    QDateTime m_endUtc;
    QString m_calendarId;
    QList<Event> m_events;
    int m_skipped = 0;
};

} // namespace MentorDesk
