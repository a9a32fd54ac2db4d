#pragma once

#include "sandbox/faults/FaultInjector.h"
#include "sandbox/graph/CalendarEndpoints.h"
#include "sandbox/graph/DirectoryEndpoints.h"
#include "sandbox/graph/SchedulingEndpoints.h"
#include "sandbox/graph/TeamsEndpoints.h"
#include "sandbox/identity/TokenIssuer.h"

namespace MentorDesk::Sandbox {

// Microsoft Graph v1.0 under /v1.0: authentication (401 + WWW-Authenticate), request-id/client-request-id,
// Prefer headers, routing to the workload endpoints, per-mailbox concurrency and $batch.
class GraphEndpoints
{
public:
    GraphEndpoints(SandboxState &state, const TokenIssuer &issuer, FaultInjector &faults);

    static bool isGraphPath(const HttpRequest &request);
    // The Outlook mailbox a request works on (for the 4-concurrent-requests limit); empty when none.
    QString mailboxFor(const HttpRequest &request) const;
    HttpResponse process(const HttpRequest &request, const QString &baseUrl);
    // 429 for a mailbox already running four requests.
    HttpResponse concurrencyLimited(const HttpRequest &request, const QString &baseUrl) const;
    // Adds request-id / client-request-id (the client's value echoed) to a response made elsewhere (faults).
    static void stamp(HttpResponse &response, const QString &requestId, const QString &clientRequestId);
    static QString clientRequestId(const HttpRequest &request, const QString &requestId);

    // A $batch item hit a fault that can only affect the whole HTTP response (drop, delay, truncate, malformed).
    std::optional<Fault> takeBatchFault();

    CalendarEndpoints &calendar() { return m_calendar; }

private:
    HttpResponse route(GraphContext &context);
    HttpResponse batch(GraphContext &context, const QString &baseUrl);
    void log(const HttpRequest &request, int status, const QString &clientRequestId);

    SandboxState &m_state;
    const TokenIssuer &m_issuer;
    FaultInjector &m_faults;
    DirectoryEndpoints m_directory;
    CalendarEndpoints m_calendar;
    SchedulingEndpoints m_scheduling;
    TeamsEndpoints m_teams;
    std::optional<Fault> m_batchFault;
};

} // namespace MentorDesk::Sandbox
