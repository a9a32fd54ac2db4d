#pragma once

#include "core/model/Calendar.h"
#include "core/model/Event.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace MentorDesk {

// Whether the user may move or cancel an event from MentorDesk, and if not, why. The one place that decides it: the
// calendar's drag and the details pane's buttons ask it, and BookingService refuses with its message. It does not
// include the feature gate (FeatureGate, Feature::RescheduleCancel) nor whether anyone handles the request.
//
//     const EventChangeRule rule(event, calendar);
//     if (!rule.allows(EventChangeRule::Change::Move))
//         notice->setText(rule.whyNot(EventChangeRule::Change::Move));
class EventChangeRule
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::EventChangeRule)

public:
    enum class Change { Move, Cancel };
    Q_ENUM(Change)
    // In the order they are checked: the first that applies is the one reported.
    enum class Reason {
        None, // allowed
        Unavailable, // no event (gone, or none selected)
        AlreadyCancelled,
        ReadOnlyCalendar, // a colleague's calendar, or an own one without write access
        NotOrganizer,
        AllDay, // Move only: a session has a start and an end time
    };
    Q_ENUM(Reason)

    // calendar: the one the event is on. A calendar without id stands for "not known" (not in the cache yet): then
    // only the event decides, and Microsoft 365 refuses what the calendar does not allow.
    EventChangeRule(const Event &event, const Calendar &calendar);

    Reason reason(Change change) const;
    bool allows(Change change) const { return reason(change) == Reason::None; }
    // Translated, for the user; empty when allowed.
    QString whyNot(Change change) const;

private:
    Event m_event;
    Calendar m_calendar;
};

} // namespace MentorDesk
