#include "core/booking/BookingCalendar.h"

#include "core/booking/OwnFreeTime.h"
#include "core/booking/PastAttendees.h"
#include "core/calendar/CalendarStore.h"
#include "core/common/Clock.h"

#include <algorithm>

namespace MentorDesk {

namespace {
constexpr int kPeoplePastDays = 400;
constexpr int kPeopleFutureDays = 180;

QStringList ownCalendarIdsOf(CalendarStore *store)
{
    QStringList ids;
    for (const Calendar &calendar : store->calendars()) {
        if (calendar.isOwn())
            ids << calendar.id;
    }
    return ids;
}

// Timed events only, as in conflicts(): an all-day entry (a holiday, "working from home") does not make a slot busy.
bool blocks(const Event &event, const QDateTime &startUtc, const QDateTime &endUtc)
{
    return OwnFreeTime::blocksTime(event) && !event.isAllDay && event.start < endUtc && event.end > startUtc;
}
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

void BookingCalendar::setOtherStores(const QList<CalendarStore *> &stores)
{
    m_others.clear();
    for (CalendarStore *store : stores) {
        if (store && store != m_store && !m_others.contains(store))
            m_others.append(store);
    }
}

QList<CalendarStore *> BookingCalendar::otherStores() const
{
    QList<CalendarStore *> result;
    for (const QPointer<CalendarStore> &store : m_others) {
        if (store)
            result.append(store);
    }
    return result;
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
    return isOpen() ? ownCalendarIdsOf(m_store) : QStringList();
}

QList<Event> BookingCalendar::busyElsewhere(const QDateTime &startUtc, const QDateTime &endUtc) const
{
    QList<Event> result;
    if (!startUtc.isValid() || endUtc <= startUtc)
        return result;
    for (CalendarStore *store : otherStores()) {
        if (store == m_store || !store->isOpen())
            continue; // the own store may have been set after the others
        const QStringList ids = ownCalendarIdsOf(store);
        if (ids.isEmpty())
            continue; // eventsBetween() reads every calendar for an empty list
        for (const Event &event : store->eventsBetween(startUtc, endUtc, ids)) {
            if (blocks(event, startUtc, endUtc))
                result.append(event);
        }
    }
    return result;
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
    if (!startUtc.isValid() || endUtc <= startUtc)
        return result;
    if (isOpen()) {
        for (const Event &event : m_store->eventsBetween(startUtc, endUtc, ownCalendarIds())) {
            if (event.id == ignore.id && !ignore.id.isEmpty())
                continue;
            if (blocks(event, startUtc, endUtc))
                result.append(event);
        }
    }
    // The same meeting seen from another account (invited there too) is not a clash with itself.
    for (const Event &event : busyElsewhere(startUtc, endUtc)) {
        if (ignore.iCalUId.isEmpty() || event.iCalUId != ignore.iCalUId)
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
    QList<Event> events = m_store->eventsBetween(windowStart, windowEnd, ownCalendarIds());
    events += busyElsewhere(windowStart, windowEnd);
    return OwnFreeTime::find(events, windowStart, windowEnd, durationMinutes, m_clock->nowUtc(), options);
}

QList<MeetingTimeSuggestion>
BookingCalendar::withoutBusyElsewhere(const QList<MeetingTimeSuggestion> &suggestions) const
{
    if (suggestions.isEmpty() || otherStores().isEmpty())
        return suggestions;
    QDateTime first;
    QDateTime last;
    for (const MeetingTimeSuggestion &suggestion : suggestions) {
        if (!first.isValid() || suggestion.start < first)
            first = suggestion.start;
        if (!last.isValid() || suggestion.end > last)
            last = suggestion.end;
    }
    const QList<Event> busy = busyElsewhere(first, last); // one read for the whole list
    QList<MeetingTimeSuggestion> result;
    for (const MeetingTimeSuggestion &suggestion : suggestions) {
        const bool clash = std::any_of(busy.cbegin(), busy.cend(), [&](const Event &event) {
            return blocks(event, suggestion.start, suggestion.end);
        });
        if (clash)
            continue;
        result.append(suggestion);
        result.last().order = int(result.size());
    }
    return result;
}

} // namespace MentorDesk
