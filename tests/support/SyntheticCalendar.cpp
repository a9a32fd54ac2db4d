#include "support/SyntheticCalendar.h"

#include "core/calendar/CalendarStore.h"
#include "core/model/GraphTime.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

QList<Event> SyntheticCalendar::events(int count, QDate firstDate, int days, quint32 seed, const QTimeZone &zone,
                                       const QString &calendarId)
{
    QRandomGenerator random(seed);
    QList<Event> events;
    events.reserve(count);
    for (int i = 0; i < count; ++i) {
        Event event;
        event.id = u"AAMkSynthetic-%1-%2"_s.arg(seed).arg(i);
        event.calendarId = calendarId;
        event.subject = u"Meeting %1 about topic %2"_s.arg(i).arg(random.bounded(1000));
        event.body.contentType = Event::Body::ContentType::Html;
        event.body.content = u"<html><body><p>Agenda for meeting %1:</p><ul><li>Progress since last time</li>"
                             u"<li>Blockers</li><li>Next steps</li></ul><p>Notes are in the shared folder.</p>"
                             u"<p>________________________________________________________________</p>"
                             u"<p>Microsoft Teams meeting</p></body></html>"_s.arg(i);
        event.bodyPreview = u"Agenda for meeting %1: Progress since last time, Blockers, Next steps"_s.arg(i);
        event.organizer = EmailAddress{u"Organizer %1"_s.arg(i % 37), u"organizer%1@contoso.com"_s.arg(i % 37)};
        event.isOrganizer = i % 3 == 0;
        for (int a = 0; a < 4; ++a) {
            Attendee attendee;
            attendee.emailAddress = EmailAddress{u"Person %1"_s.arg(a), u"person%1@contoso.com"_s.arg(a)};
            attendee.status.response = ResponseStatus::Response::Accepted;
            event.attendees << attendee;
        }
        event.location.displayName = u"Room %1"_s.arg(i % 12);
        event.originalStartTimeZone = u"W. Europe Standard Time"_s;
        event.originalEndTimeZone = event.originalStartTimeZone;
        event.webLink = QUrl(u"https://outlook.office365.com/owa/?itemid=%1&exvsurl=1&path=/calendar/item"_s.arg(i));
        const QDate date = firstDate.addDays(random.bounded(qMax(1, days)));
        if (i % 50 == 0) {
            event.isAllDay = true;
            event.startDate = date;
            event.endDate = date.addDays(1 + random.bounded(3));
            event.start = GraphTime::toUtc(event.startDate, QTime(0, 0), zone);
            event.end = GraphTime::toUtc(event.endDate, QTime(0, 0), zone);
            event.showAs = Event::ShowAs::Oof;
        } else {
            const int startMinute = 7 * 60 + 15 * random.bounded(48);
            event.start = GraphTime::toUtc(date, QTime(startMinute / 60, startMinute % 60), zone);
            event.end = event.start.addSecs(60 * 15 * (1 + random.bounded(8)));
            event.isOnlineMeeting = true;
            event.onlineMeetingProvider = OnlineMeetingProvider::TeamsForBusiness;
            event.joinUrl = QUrl(u"https://teams.microsoft.com/l/meetup-join/19%3ameeting_"_s + event.id);
            if (i % 7 == 0)
                event.showAs = Event::ShowAs::Tentative;
        }
        events << event;
    }
    return events;
}

bool SyntheticCalendar::writeCache(const QString &path, int count, QDate firstDate, int days, quint32 seed,
                                   const QTimeZone &zone)
{
    CalendarStore store(path);
    if (store.open() == CalendarStore::OpenStatus::Failed)
        return false;
    Calendar calendar;
    calendar.id = u"cal"_s;
    calendar.name = u"Calendar"_s;
    calendar.canEdit = true;
    calendar.isDefaultCalendar = true;
    calendar.owner = EmailAddress{u"Alex Mentor"_s, u"alex@contoso.com"_s};
    calendar.color = Calendar::Color::LightBlue;
    if (!store.replaceCalendars({calendar}))
        return false;
    CalendarChangeSet set;
    set.calendarId = calendar.id;
    set.upserts = events(count, firstDate, days, seed, zone);
    return store.applyChanges(set);
}

} // namespace MentorDesk::Test
