#pragma once

#include "core/booking/SessionDraft.h"
#include "core/consent/FeatureGate.h"
#include "core/model/Calendar.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace MentorDesk {

// What "Book" creates for a draft: a Teams meeting, or a plain calendar event and why.
struct MeetingPlan
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::MeetingPlan)

public:
    bool teams = false;
    QString explanation; // translated

    // teams: the feature gate's answer for Feature::TeamsMeetingInvite; calendar: the draft's, when known.
    static MeetingPlan forDraft(const SessionDraft &draft, const FeatureAvailability &teams,
                                const std::optional<Calendar> &calendar);
};

} // namespace MentorDesk
