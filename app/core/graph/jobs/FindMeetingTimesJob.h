#pragma once

#include "core/graph/GraphJob.h"
#include "core/model/EmailAddress.h"
#include "core/model/MeetingTimeSuggestions.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

namespace MentorDesk {

// POST /me/findMeetingTimes (docs/graph/scheduling.md#findmeetingtimes): slots in which the organizer and the attendees
// are free. A query, not a write, so it is retried like a GET. Work and school accounts only (personal accounts get a
// 4xx).
class FindMeetingTimesJob : public GraphJob
{
    Q_OBJECT

public:
    struct Query
    {
        QList<EmailAddress> attendees; // required attendees besides the organizer (may be empty: organizer only)
        int durationMinutes = 30;
        QList<std::pair<QDateTime, QDateTime>> windows; // UTC; empty: Graph's default (the next working days)
        QString timeZoneName = QStringLiteral("UTC"); // Graph zone name the slots are sent and returned in
        int maxCandidates = 10;
        QString activityDomain = QStringLiteral("work"); // work | personal | unrestricted
        double minimumAttendeePercentage = 50;
        bool returnSuggestionReasons = true;
    };

    FindMeetingTimesJob(GraphClient *client, const Query &query, QObject *parent = nullptr);

    static GraphRequest request(const Query &query);

    // Valid after finished() with an Ok result.
    const MeetingTimeSuggestions &suggestions() const { return m_suggestions; }

protected:
    GraphRequest buildRequest() const override;
    bool parseResponse(const GraphResponse &response) override;

private:
    Query m_query;
    MeetingTimeSuggestions m_suggestions;
};

} // namespace MentorDesk
