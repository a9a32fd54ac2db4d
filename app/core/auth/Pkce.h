#pragma once

#include <QString>

namespace MentorDesk {

// RFC 7636 S256: a fresh verifier per authorization request (32 random octets, base64url: 43 characters) and
// its challenge base64url(SHA-256(verifier)). Used by hand on Qt < 6.8; Qt 6.8+ does the same internally.
struct Pkce
{
    QString verifier;
    QString challenge;

    static Pkce generate();
    static QString challengeFor(const QString &verifier);
};

} // namespace MentorDesk
