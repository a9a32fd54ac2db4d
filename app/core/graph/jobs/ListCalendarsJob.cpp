#include "core/graph/jobs/ListCalendarsJob.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

ListCalendarsJob::ListCalendarsJob(GraphClient *client, QObject *parent)
    : GraphCollectionJob(client, request(), parent)
{ }

GraphRequest ListCalendarsJob::request()
{
    return GraphRequest::get(u"/me/calendars"_s);
}

QList<Calendar> ListCalendarsJob::calendars(const QString &signedInAddress) const
{
    QList<Calendar> result;
    for (const QJsonObject &item : items()) {
        Calendar calendar = Calendar::fromJson(item, signedInAddress);
        if (!calendar.id.isEmpty())
            result.append(calendar);
    }
    return result;
}

} // namespace MentorDesk
