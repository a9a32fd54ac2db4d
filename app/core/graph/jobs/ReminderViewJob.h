#pragma once

#include "core/graph/GraphCollectionJob.h"
#include "core/model/Reminder.h"

#include <QDateTime>
#include <QList>

namespace MentorDesk {

// GET /me/reminderView(startDateTime='…',endDateTime='…') (docs/graph/reminders.md#reminder-view): the reminders of
// the signed-in user's events that start in a window, every page. reminderView is an OData function, so the window
// travels in the path as quoted parameters, not as a query string. Graph reads the two values in the zone of
// Prefer: outlook.timezone (UTC when absent) and answers in that zone; this job sends both in UTC, as wall-clock times
// in Graph's 7-digit format (the shape Microsoft's example uses).
class ReminderViewJob : public GraphCollectionJob
{
    Q_OBJECT

public:
    ReminderViewJob(GraphClient *client, const QDateTime &startUtc, const QDateTime &endUtc, QObject *parent = nullptr);

    static GraphRequest request(const QDateTime &startUtc, const QDateTime &endUtc);

    QDateTime windowStartUtc() const { return m_startUtc; }
    QDateTime windowEndUtc() const { return m_endUtc; }
    // Every reminder of every page, in Graph's order; valid after finished() with an Ok result.
    const QList<Reminder> &reminders() const { return m_reminders; }
    // Items that were not usable reminders (no eventId or fire time): left out, not fatal.
    int skippedItems() const { return m_skipped; }

protected:
    bool parseItem(const QJsonObject &item) override;
    void resetCollection() override;

private:
    QDateTime m_startUtc;
    QDateTime m_endUtc;
    QList<Reminder> m_reminders;
    int m_skipped = 0;
};

} // namespace MentorDesk
