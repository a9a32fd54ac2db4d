#include "core/calendar/EventChangeRule.h"

namespace MentorDesk {

EventChangeRule::EventChangeRule(const Event &event, const Calendar &calendar)
    : m_event(event)
    , m_calendar(calendar)
{ }

EventChangeRule::Reason EventChangeRule::reason(Change change) const
{
    if (!m_event.isValid())
        return Reason::Unavailable;
    if (m_event.isCancelled)
        return Reason::AlreadyCancelled;
    // Before the organizer: on a colleague's calendar isOrganizer is theirs, and "… invited you" would be wrong.
    if (!m_calendar.id.isEmpty() && !m_calendar.isWritable())
        return Reason::ReadOnlyCalendar;
    if (!m_event.isOrganizer)
        return Reason::NotOrganizer;
    // Moving writes a start and end time, which would turn an all-day event into a timed one.
    if (change == Change::Move && m_event.isAllDay)
        return Reason::AllDay;
    return Reason::None;
}

QString EventChangeRule::whyNot(Change change) const
{
    switch (reason(change)) {
    case Reason::None:
        return {};
    case Reason::Unavailable:
        return tr("This session is not available any more.");
    case Reason::AlreadyCancelled:
        return tr("This session has been cancelled already.");
    case Reason::ReadOnlyCalendar:
        return tr("This session is in \"%1\", which MentorDesk can only read.").arg(m_calendar.name);
    case Reason::NotOrganizer: {
        const QString organizer = m_event.organizer.displayName();
        return organizer.isEmpty()
            ? tr("Only the organizer can reschedule or cancel this meeting.")
            : tr("Only the organizer can reschedule or cancel this meeting; %1 invited you.").arg(organizer);
    }
    case Reason::AllDay:
        return tr("MentorDesk moves sessions with a start and end time, not all-day events. Move this one in "
                  "Outlook.");
    }
    return {};
}

} // namespace MentorDesk
