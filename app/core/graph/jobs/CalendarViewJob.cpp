#include "core/graph/jobs/CalendarViewJob.h"

#include "core/common/Logging.h"
#include "core/model/GraphTime.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

CalendarViewJob::CalendarViewJob(GraphClient *client, const Calendar &calendar, const QDateTime &startUtc,
                                 const QDateTime &endUtc, int pageSize, QObject *parent)
    : GraphCollectionJob(client, request(calendar, startUtc, endUtc, pageSize), parent)
    , m_calendar(calendar)
    , m_startUtc(startUtc)
    , m_endUtc(endUtc)
{ }

QByteArray CalendarViewJob::preferHeader(int maxPageSize)
{
    QByteArray value = QByteArrayLiteral(R"(outlook.timezone="UTC")");
    if (maxPageSize > 0)
        value += ", odata.maxpagesize=" + QByteArray::number(maxPageSize);
    return value;
}

GraphRequest CalendarViewJob::request(const Calendar &calendar, const QDateTime &startUtc, const QDateTime &endUtc,
                                      int pageSize)
{
    const QString path = calendar.isOwn()
        ? u"/me/calendars/%1/calendarView"_s.arg(GraphRequest::encodeSegment(calendar.id))
        : u"/users/%1/calendar/calendarView"_s.arg(GraphRequest::encodeSegment(calendar.ownerUpn()));
    GraphRequest request = GraphRequest::get(path,
                                             {{u"startDateTime"_s, GraphTime::formatQueryParameter(startUtc)},
                                              {u"endDateTime"_s, GraphTime::formatQueryParameter(endUtc)},
                                              {u"$top"_s, QString::number(qMax(1, pageSize))}});
    request.setHeader("Prefer", preferHeader());
    return request;
}

bool CalendarViewJob::parseItem(const QJsonObject &item)
{
    Event event = Event::fromJson(item, m_calendar.id);
    if (!event.isValid()) {
        ++m_skipped;
        qCWarning(lcCalendar) << "calendarView returned an item without id or times; left out";
        return true;
    }
    m_events.append(std::move(event));
    return true;
}

void CalendarViewJob::resetCollection()
{
    GraphCollectionJob::resetCollection();
    m_events.clear();
    m_skipped = 0;
}

} // namespace MentorDesk
