#pragma once

#include "core/auth/Account.h"
#include "core/auth/AuthError.h"
#include "core/auth/TokenSet.h"

#include <QStringList>

namespace MentorDesk {

// The one terminal outcome of an interactive sign-in round.
struct SignInResult
{
    AuthError error; // kind None on success
    Account account;
    TokenSet tokens;
    QStringList requestedScopes;

    bool succeeded() const { return !error.isError(); }
};

} // namespace MentorDesk
