#include "core/booking/MeetingPlan.h"

namespace MentorDesk {

MeetingPlan MeetingPlan::forDraft(const SessionDraft &draft, const FeatureAvailability &teams,
                                  const std::optional<Calendar> &calendar)
{
    if (!draft.teamsMeeting)
        return {false, tr("Without a Teams meeting: the invitation has no join link.")};
    if (teams.reason == FeatureAvailability::Reason::PersonalAccount) {
        return {false,
                tr("Personal Microsoft accounts cannot create Teams meetings. MentorDesk books a calendar "
                   "event and sends the invitation, without a Teams link.")};
    }
    if (!teams.isAvailable())
        return {false, teams.message};
    if (calendar && !calendar->allowsTeamsMeetings()) {
        return {false,
                tr("The calendar \"%1\" does not offer Teams meetings. The session is booked as a calendar "
                   "event without a Teams link.")
                    .arg(calendar->name)};
    }
    return {true, tr("A Teams meeting is added; the invitation carries its join link.")};
}

} // namespace MentorDesk
