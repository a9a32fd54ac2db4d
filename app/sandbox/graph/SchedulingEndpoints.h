#pragma once

#include "sandbox/graph/GraphContext.h"
#include "sandbox/http/HttpResponse.h"

#include <optional>

namespace MentorDesk::Sandbox {

// findMeetingTimes, getSchedule, and standalone Teams meetings (onlineMeetings, createOrGet).
class SchedulingEndpoints
{
public:
    explicit SchedulingEndpoints(SandboxState &state);
    std::optional<HttpResponse> handle(GraphContext &context);

private:
    HttpResponse findMeetingTimes(GraphContext &context);
    HttpResponse getSchedule(GraphContext &context, const QString &mailbox);
    HttpResponse createOnlineMeeting(GraphContext &context, bool createOrGet);
    // 0 free, 1 tentative, 2 busy, 3 oof, 4 working elsewhere; -1 when the address is unknown.
    int availability(const QString &address, const QDateTime &from, const QDateTime &to) const;

    SandboxState &m_state;
};

} // namespace MentorDesk::Sandbox
