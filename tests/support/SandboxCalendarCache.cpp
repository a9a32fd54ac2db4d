#include "support/SandboxCalendarCache.h"

#include "core/calendar/CalendarStore.h"
#include "core/graph/GraphRequest.h"
#include "core/model/GraphTime.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

bool loadSandboxCalendarCache(SandboxFixture &sandbox, const QString &token, CalendarStore &store,
                              const QDateTime &fromUtc, const QDateTime &toUtc)
{
    const QJsonObject me = sandbox.get(sandbox.graphUrl(u"/me"_s), token).json();
    const QString address = me.value("mail"_L1).toString(me.value("userPrincipalName"_L1).toString());
    QList<Calendar> calendars;
    const SandboxFixture::Reply list = sandbox.get(sandbox.graphUrl(u"/me/calendars?$top=100"_s), token);
    if (list.status != 200)
        return false;
    for (const QJsonValue &value : list.json().value("value"_L1).toArray())
        calendars << Calendar::fromJson(value, address);
    if (!store.isOpen() && store.open() == CalendarStore::OpenStatus::Failed)
        return false;
    if (!store.replaceCalendars(calendars))
        return false;
    for (const Calendar &calendar : std::as_const(calendars)) {
        if (!calendar.isOwn())
            continue;
        CalendarChangeSet changes;
        changes.calendarId = calendar.id;
        changes.replacesWindow = true;
        changes.windowStartUtc = fromUtc;
        changes.windowEndUtc = toUtc;
        QUrl next = sandbox.graphUrl(u"/me/calendars/%1/calendarView?startDateTime=%2&endDateTime=%3&$top=500"_s.arg(
            GraphRequest::encodeSegment(calendar.id), GraphTime::formatQueryParameter(fromUtc),
            GraphTime::formatQueryParameter(toUtc)));
        while (next.isValid() && !next.isEmpty()) {
            const SandboxFixture::Reply page = sandbox.get(next, token);
            if (page.status != 200)
                return false;
            for (const QJsonValue &value : page.json().value("value"_L1).toArray())
                changes.upserts << Event::fromJson(value, calendar.id);
            next = QUrl(page.json().value("@odata.nextLink"_L1).toString());
        }
        if (!store.applyChanges(changes))
            return false;
    }
    return true;
}

} // namespace MentorDesk::Test
