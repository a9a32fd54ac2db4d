#include "core/auth/ConsentCheckResult.h"

namespace MentorDesk {

ConsentCheckResult ConsentCheckResult::fromError(const AuthError &error, bool usedBrowser)
{
    ConsentCheckResult result;
    result.error = error;
    result.usedBrowser = usedBrowser;
    switch (error.kind) {
    case AuthError::Kind::None:
        result.outcome = Outcome::Approved;
        break;
    // Entra answers a token request for scopes nobody granted with invalid_grant + AADSTS65001, and a silent
    // authorize request with consent_required: both mean "no grant yet".
    case AuthError::Kind::ConsentRequired:
    case AuthError::Kind::AdminApprovalRequired:
    case AuthError::Kind::Declined:
        result.outcome = Outcome::NotYet;
        break;
    case AuthError::Kind::InvalidGrant:
    case AuthError::Kind::InteractionRequired:
        result.outcome = Outcome::SignInAgain;
        break;
    default:
        result.outcome = Outcome::Failed;
        break;
    }
    return result;
}

QString ConsentCheckResult::userMessage() const
{
    switch (outcome) {
    case Outcome::Approved:
        return tr("Approved. Your administrator has approved MentorDesk, and everything that was waiting for it "
                  "works now.");
    case Outcome::NotYet:
        return tr("Not approved yet. Your administrator has not approved MentorDesk so far. Send them the request "
                  "if you have not yet, and check again once they tell you it is done.");
    case Outcome::SignInAgain:
        return tr("You need to sign in again before MentorDesk can check: %1").arg(error.userMessage());
    case Outcome::Failed:
        if (error.kind == AuthError::Kind::Cancelled)
            return tr("The check was cancelled. Nothing changed.");
        if (error.kind == AuthError::Kind::Network)
            return tr("MentorDesk could not reach Microsoft to check. Check your connection and try again.");
        return tr("Microsoft's sign-in service could not answer the check right now. Nothing changed; try again in a "
                  "few minutes.");
    }
    return {};
}

} // namespace MentorDesk
