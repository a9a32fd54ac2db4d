#include "core/graph/jobs/CalendarDeltaJob.h"

#include "core/common/Logging.h"
#include "core/graph/jobs/CalendarViewJob.h"
#include "core/model/GraphTime.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

CalendarDeltaJob::CalendarDeltaJob(GraphClient *client, const QDateTime &startUtc, const QDateTime &endUtc,
                                   const QUrl &storedDeltaLink, int pageSize, QObject *parent)
    : GraphDeltaJob(client, initialRequest(startUtc, endUtc, pageSize), storedDeltaLink, parent)
    , m_startUtc(startUtc)
    , m_endUtc(endUtc)
{ }

GraphRequest CalendarDeltaJob::initialRequest(const QDateTime &startUtc, const QDateTime &endUtc, int pageSize)
{
    GraphRequest request = GraphRequest::get(u"/me/calendarView/delta"_s,
                                             {{u"startDateTime"_s, GraphTime::formatQueryParameter(startUtc)},
                                              {u"endDateTime"_s, GraphTime::formatQueryParameter(endUtc)}});
    request.setHeader("Prefer", CalendarViewJob::preferHeader(qMax(1, pageSize)));
    return request;
}

void CalendarDeltaJob::setCalendarId(const QString &calendarId)
{
    m_calendarId = calendarId;
    for (Event &event : m_events)
        event.calendarId = calendarId;
}

bool CalendarDeltaJob::parseChange(const QJsonObject &item)
{
    Event event = Event::fromJson(item, m_calendarId);
    if (!event.isValid()) {
        ++m_skipped;
        qCWarning(lcCalendar) << "calendarView delta returned an item without id or times; left out";
        return true;
    }
    m_events.append(std::move(event));
    return true;
}

void CalendarDeltaJob::resetCollection()
{
    GraphDeltaJob::resetCollection();
    m_events.clear();
    m_skipped = 0;
}

} // namespace MentorDesk
