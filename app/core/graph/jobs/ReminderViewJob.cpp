#include "core/graph/jobs/ReminderViewJob.h"

#include "core/common/Logging.h"
#include "core/model/GraphTime.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

ReminderViewJob::ReminderViewJob(GraphClient *client, const QDateTime &startUtc, const QDateTime &endUtc,
                                 QObject *parent)
    : GraphCollectionJob(client, request(startUtc, endUtc), parent)
    , m_startUtc(startUtc)
    , m_endUtc(endUtc)
{ }

GraphRequest ReminderViewJob::request(const QDateTime &startUtc, const QDateTime &endUtc)
{
    // Function parameters are OData string literals: single-quoted. The values hold only digits, '-', ':', '.' and
    // 'T', all allowed in a path as they are, so nothing needs percent-encoding.
    const QTimeZone utc = QTimeZone::utc();
    const QString path = u"/me/reminderView(startDateTime='%1',endDateTime='%2')"_s.arg(
        GraphTime::formatWallClock(startUtc, utc), GraphTime::formatWallClock(endUtc, utc));
    GraphRequest request = GraphRequest::get(path);
    request.setHeader("Prefer", R"(outlook.timezone="UTC")");
    return request;
}

bool ReminderViewJob::parseItem(const QJsonObject &item)
{
    Reminder reminder = Reminder::fromJson(item);
    if (!reminder.isValid()) {
        ++m_skipped;
        qCWarning(lcCalendar) << "reminderView returned an item without eventId or fire time; left out";
        return true;
    }
    m_reminders.append(std::move(reminder));
    return true;
}

void ReminderViewJob::resetCollection()
{
    GraphCollectionJob::resetCollection();
    m_reminders.clear();
    m_skipped = 0;
}

} // namespace MentorDesk
