#pragma once

#include "sandbox/faults/FaultInjector.h"
#include "sandbox/graph/CalendarEndpoints.h"
#include "sandbox/identity/IdentityEndpoints.h"

namespace MentorDesk::Sandbox {

// /_sandbox/*: the test-only control surface (faults, state, config, clock, tokens, mutations, revocation).
// JSON in and out; it exists only in the sandbox and needs no token.
class ControlEndpoints
{
public:
    ControlEndpoints(SandboxState &state, FaultInjector &faults, const TokenIssuer &issuer, IdentityEndpoints &identity,
                     CalendarEndpoints &calendar);

    static bool isControlPath(const HttpRequest &request);
    HttpResponse handle(const HttpRequest &request);

    QJsonObject snapshot() const;
    QJsonObject applyConfig(const QJsonObject &config); // returns the resulting config
    QJsonObject config() const;
    QJsonObject issueToken(const QStringList &scopes, int lifetimeSeconds);

private:
    HttpResponse mutate(const QJsonObject &request);
    static HttpResponse error(int status, const QString &message);

    SandboxState &m_state;
    FaultInjector &m_faults;
    const TokenIssuer &m_issuer;
    IdentityEndpoints &m_identity;
    CalendarEndpoints &m_calendar;
};

} // namespace MentorDesk::Sandbox
