#pragma once

#include "core/graph/GraphJob.h"
#include "core/model/ScheduleInformation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace MentorDesk {

// POST /me/calendar/getSchedule (docs/graph/scheduling.md#getschedule): free/busy, working hours and (when their
// owners allow it) the subjects of busy blocks, for up to 20 addresses over less than 62 days. A question, not a
// change, so it is declared idempotent and retried like a GET. One reply item per address, in the order asked; an
// address Graph cannot look up comes back with ScheduleInformation::error and nothing else, not as a failed call.
// Work and school accounts only.
class GetScheduleJob : public GraphJob
{
    Q_OBJECT

public:
    static constexpr int kMaxSchedules = 20; // Graph's limit per request: split longer lists
    static constexpr int kMaxDays = 62; // the window must be shorter than this
    static constexpr int kMinIntervalMinutes = 5;
    static constexpr int kMaxIntervalMinutes = 1440;

    struct Query
    {
        QStringList schedules; // SMTP addresses of people, distribution lists or rooms
        QDateTime startUtc;
        QDateTime endUtc;
        int intervalMinutes = 30; // availabilityViewInterval, clamped to 5…1440
        // The Graph zone name startTime/endTime are written in and the reply's items come back in
        // (Prefer: outlook.timezone). Either way the parsed times are UTC instants.
        QString timeZoneName = QStringLiteral("UTC");
    };

    GetScheduleJob(GraphClient *client, const Query &query, QObject *parent = nullptr);

    static GraphRequest request(const Query &query);

    const Query &query() const { return m_query; }
    // Valid after finished() with an Ok result: one per reply item, in Graph's order.
    const QList<ScheduleInformation> &schedules() const { return m_schedules; }
    // The item for an address (case-insensitive), if Graph sent one.
    std::optional<ScheduleInformation> schedule(const QString &address) const;

protected:
    GraphRequest buildRequest() const override;
    bool parseResponse(const GraphResponse &response) override;

private:
    Query m_query;
    QList<ScheduleInformation> m_schedules;
};

} // namespace MentorDesk
