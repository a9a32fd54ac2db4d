#pragma once

#include "core/auth/AuthError.h"

#include <QCoreApplication>

namespace MentorDesk {

// What "Check again" found out about permissions waiting for an administrator
// (docs/entra/admin-consent.md#check-again). It is always one of three answers the user can act on (or a failure to ask
// at all), never a consent page.
struct ConsentCheckResult
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::ConsentCheckResult)

public:
    enum class Outcome {
        Approved, // the permissions are granted now; the session holds tokens for them
        NotYet, // still waiting for an administrator
        SignInAgain, // the check needs the user: the sign-in expired, or Entra wants an interactive round
        Failed, // Microsoft could not be asked (network, service error); nothing changed
    };

    Outcome outcome = Outcome::Failed;
    AuthError error; // why it is not Approved
    bool usedBrowser = false; // a silent browser round (prompt=none) rather than a token request

    static ConsentCheckResult fromError(const AuthError &error, bool usedBrowser);
    // Translated: the answer, and what to do now.
    QString userMessage() const;
};

} // namespace MentorDesk
