#pragma once

#include <QString>

namespace MentorDesk {

// Unguessable tokens for OAuth state, nonce and PKCE verifiers: bytes from the operating system's CSPRNG
// (QRandomGenerator::system()), base64url without padding, so they travel in URLs unchanged on every Qt version.
class SecureRandom
{
public:
    static QString urlSafeToken(int bytes = 32);
};

} // namespace MentorDesk
