#pragma once

#include "core/booking/SessionDraft.h"
#include "core/calendar/EventChangeRule.h"
#include "core/model/Calendar.h"
#include "core/model/EmailAddress.h"
#include "core/model/Event.h"
#include "core/model/MeetingTimeSuggestion.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace MentorDesk {

class CalendarStore;
class Clock;

// What booking reads from the account's calendar cache: the calendars (which ones may be booked into), people met
// before, clashes and the mentor's own free time. Without a cache (or a closed one) every answer is empty.
class BookingCalendar
{
public:
    // clock is not owned and must outlive this.
    explicit BookingCalendar(Clock *clock);

    // Not owned.
    void setStore(CalendarStore *store);
    CalendarStore *store() const;
    bool isOpen() const;
    // The caches of the user's other signed-in accounts (not owned; the own store and duplicates are skipped): time
    // that is busy in their own calendars is busy for this account too, in conflicts(), ownFreeTime() and
    // withoutBusyElsewhere().
    void setOtherStores(const QList<CalendarStore *> &stores);
    QList<CalendarStore *> otherStores() const;

    QList<Calendar> calendars() const;
    // Own calendars MentorDesk may write to, the default one first.
    QList<Calendar> bookableCalendars() const;
    // The draft's calendar; with none chosen, the own default one.
    std::optional<Calendar> calendarFor(const SessionDraft &draft) const;
    // A fresh draft in the system's zone, in the default bookable calendar.
    SessionDraft newDraft() const;
    // The event's calendar; a Calendar without id when it is not in the cache.
    Calendar calendarOf(const Event &event) const;
    // May the event be moved or cancelled, judged with its calendar from the cache.
    EventChangeRule changeRule(const Event &event) const { return EventChangeRule(event, calendarOf(event)); }
    // People met before (attendees and organizers of cached events in own calendars), without ownAddress.
    QList<EmailAddress> knownPeople(const QString &ownAddress) const;
    // Cached events in own calendars (this account's and the other accounts') that block [startUtc, endUtc), except
    // `ignore` itself and its copies in the other accounts' calendars (same iCalUId).
    QList<Event> conflicts(const QDateTime &startUtc, const QDateTime &endUtc, const Event &ignore = {}) const;
    // Free slots in the own calendars of every account (see OwnFreeTime), from now on.
    QList<MeetingTimeSuggestion> ownFreeTime(const QDateTime &windowStart, const QDateTime &windowEnd,
                                             int durationMinutes, const QTimeZone &zone, int maxSuggestions) const;
    // suggestions without those that clash with busy time in another account's own calendars (findMeetingTimes only
    // sees this account's mailbox), renumbered in their order.
    QList<MeetingTimeSuggestion> withoutBusyElsewhere(const QList<MeetingTimeSuggestion> &suggestions) const;

private:
    QStringList ownCalendarIds() const;
    // Blocking events in the other accounts' own calendars that overlap [startUtc, endUtc).
    QList<Event> busyElsewhere(const QDateTime &startUtc, const QDateTime &endUtc) const;

    Clock *m_clock;
    QPointer<CalendarStore> m_store;
    QList<QPointer<CalendarStore>> m_others;
    // knownPeople() reads a year of events: only again when the cache changed.
    mutable quint64 m_peopleRevision = 0;
    mutable QString m_peopleOwnAddress;
    mutable QList<EmailAddress> m_people;
};

} // namespace MentorDesk
