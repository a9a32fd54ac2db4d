#include "core/booking/BookingCalendar.h"

#include "core/booking/OwnFreeTime.h"
#include "core/booking/PastAttendees.h"
#include "core/calendar/CalendarStore.h"
#include "core/common/Clock.h"

namespace MentorDesk {

namespace {
constexpr int kPeoplePastDays = 400;
constexpr int kPeopleFutureDays = 180;
} // namespace

BookingCalendar::BookingCalendar(Clock *clock)
    : m_clock(clock)
{ }

void BookingCalendar::setStore(CalendarStore *store)
{
    m_store = store;
    m_peopleRevision = 0;
    m_people.clear();
}

CalendarStore *BookingCalendar::store() const
{
    return m_store;
}

bool BookingCalendar::isOpen() const
{
    return m_store && m_store->isOpen();
}

QList<Calendar> BookingCalendar::calendars() const
{
    return isOpen() ? m_store->calendars() : QList<Calendar>();
}

QList<Calendar> BookingCalendar::bookableCalendars() const
{
    QList<Calendar> result;
    for (const Calendar &calendar : calendars()) {
        if (!calendar.isWritable())
            continue;
        if (calendar.isDefaultCalendar)
            result.prepend(calendar);
        else
            result.append(calendar);
    }
    return result;
}

std::optional<Calendar> BookingCalendar::calendarFor(const SessionDraft &draft) const
{
    for (const Calendar &calendar : calendars()) {
        if (draft.calendarId.isEmpty() ? (calendar.isDefaultCalendar && calendar.isOwn())
                                       : calendar.id == draft.calendarId)
            return calendar;
    }
    return std::nullopt;
}

SessionDraft BookingCalendar::newDraft() const
{
    SessionDraft draft = SessionDraft::create(m_clock->nowUtc());
    const QList<Calendar> bookable = bookableCalendars();
    if (!bookable.isEmpty())
        draft.calendarId = bookable.first().id;
    return draft;
}

Calendar BookingCalendar::calendarOf(const Event &event) const
{
    for (const Calendar &calendar : calendars()) {
        if (calendar.id == event.calendarId)
            return calendar;
    }
    return {};
}

QStringList BookingCalendar::ownCalendarIds() const
{
    QStringList ids;
    for (const Calendar &calendar : calendars()) {
        if (calendar.isOwn())
            ids << calendar.id;
    }
    return ids;
}

QList<EmailAddress> BookingCalendar::knownPeople(const QString &ownAddress) const
{
    if (!isOpen())
        return {};
    if (m_peopleRevision != 0 && m_peopleRevision == m_store->revision() && m_peopleOwnAddress == ownAddress)
        return m_people;
    const QDateTime now = m_clock->nowUtc();
    const QList<Event> events
        = m_store->eventsBetween(now.addDays(-kPeoplePastDays), now.addDays(kPeopleFutureDays), ownCalendarIds());
    m_people = PastAttendees::fromEvents(events, ownAddress);
    m_peopleRevision = m_store->revision();
    m_peopleOwnAddress = ownAddress;
    return m_people;
}

QList<Event> BookingCalendar::conflicts(const QDateTime &startUtc, const QDateTime &endUtc, const Event &ignore) const
{
    QList<Event> result;
    if (!isOpen() || !startUtc.isValid() || endUtc <= startUtc)
        return result;
    for (const Event &event : m_store->eventsBetween(startUtc, endUtc, ownCalendarIds())) {
        if (event.id == ignore.id && !ignore.id.isEmpty())
            continue;
        if (OwnFreeTime::blocksTime(event) && !event.isAllDay && event.start < endUtc && event.end > startUtc)
            result.append(event);
    }
    return result;
}

QList<MeetingTimeSuggestion> BookingCalendar::ownFreeTime(const QDateTime &windowStart, const QDateTime &windowEnd,
                                                          int durationMinutes, const QTimeZone &zone,
                                                          int maxSuggestions) const
{
    if (!isOpen())
        return {};
    OwnFreeTime::Options options;
    options.zone = zone;
    options.maxSuggestions = maxSuggestions;
    const QList<Event> events = m_store->eventsBetween(windowStart, windowEnd, ownCalendarIds());
    return OwnFreeTime::find(events, windowStart, windowEnd, durationMinutes, m_clock->nowUtc(), options);
}

} // namespace MentorDesk
