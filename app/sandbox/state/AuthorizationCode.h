#pragma once

#include <QDateTime>
#include <QStringList>

namespace MentorDesk::Sandbox {

// What an issued authorization code is bound to; codes are single use and live ten minutes.
struct AuthorizationCode
{
    QString clientId;
    QString redirectUri;
    QString tenant; // as it appeared in the authorize path
    QStringList scopes; // granted, canonical spelling
    QString codeChallenge;
    QString codeChallengeMethod;
    QString nonce;
    QString userUpn;
    QDateTime issuedAt;
    bool redeemed = false;
};

} // namespace MentorDesk::Sandbox
