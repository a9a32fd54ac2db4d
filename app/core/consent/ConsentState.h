#pragma once

#include "core/config/Cloud.h"

#include <QStringList>

namespace MentorDesk {

enum class AccountKind {
    WorkOrSchool,
    Personal, // a personal Microsoft account (outlook.com, hotmail.com, ...)
};

// What the feature gate decides from: the signed-in account and what Entra actually granted.
struct ConsentState
{
    bool signedIn = false;
    AccountKind accountKind = AccountKind::WorkOrSchool;
    Cloud cloud = Cloud::Global;
    QStringList grantedScopes; // normalised, from the token response's scope
    bool staySignedIn = false; // the user opted in to offline_access
    bool teamsEnabled = false; // the user turned Teams features on
    bool adminApprovalPending = false; // the last Teams consent round needs an administrator

    friend bool operator==(const ConsentState &, const ConsentState &) = default;
};

} // namespace MentorDesk
