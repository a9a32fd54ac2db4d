#pragma once

#include <QDateTime>
#include <QString>

namespace MentorDesk::Sandbox {

// The application (client) id of the demo app registration, registered for the loopback redirect URIs
// http://localhost/callback and http://127.0.0.1/callback (any port) and for the sandbox's own equivalent of
// https://login.microsoftonline.com/common/oauth2/nativeclient (SandboxServer::nativeClientRedirectUri()).
inline constexpr char kDefaultClientId[] = "5d2c8a3e-6b1f-4f0e-9a57-0c3d4e5f6a7b";

// How a sandbox starts; every field has a command-line twin in mentordesk-sandbox (see main.cpp).
struct SandboxOptions
{
    quint32 seed = 1; // --seed N: the seed data is a pure function of (tenant, seed, now's date)
    // --tenant NAME: which demo organisation to seed (a row of DemoOrganisation::all()): "contoso", the mentor's
    // employer, or "programme", a mentoring programme's own tenant (another tenant id, domain and signed-in user).
    QString tenant = QStringLiteral("contoso");
    int eventsPerCalendar = 120; // --events N
    bool autoConsent = false; // --auto-consent: authorize redirects straight back with a code
    bool personalAccounts = false; // --personal: an MSA tenant (tid 9188040d-6c67-4c5b-b112-36a304b66dad)
    bool adminConsentRequired = false; // --admin-consent-required: Group.Read.All not yet admin-consented
    // --user-consent-disabled: "Users can't consent to apps": every permission waits for an administrator's grant
    // (/{tenant}/v2.0/adminconsent); until then authorize shows "Need admin approval".
    bool userConsentDisabled = false;
    // --interaction-required: the tenant demands interaction (stands in for MFA or conditional access), so every
    // prompt=none request gets interaction_required.
    bool interactionRequired = false;
    int tokenLifetimeSeconds = 3600; // --token-lifetime N
    QDateTime now; // --now ISO: anchor of the seed data and start of the sandbox clock; default: current time
    QString clientId = QLatin1StringView(kDefaultClientId);
    QString stateFile; // --state FILE: load at start, save after every change (optional)
    // --random-faults P: fail this share of Graph requests (0..1) with a random fault kind (RandomFaults), as
    // POST /_sandbox/faults/random does; --random-faults-seed N fixes the sequence. 0: off.
    double randomFaultProbability = 0;
    quint32 randomFaultSeed = 1;
};

} // namespace MentorDesk::Sandbox
