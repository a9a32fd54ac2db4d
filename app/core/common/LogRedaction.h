#pragma once

#include <QString>

namespace MentorDesk {

// MentorDesk's own categories never receive a secret, but Qt's do: at debug level qt.networkauth.* logs the whole
// authorization URL (state, nonce, PKCE challenge), and a failing reply may be logged with its body. So every
// message passes through redact() before any handler writes it, whatever the logging rules say.
class LogRedaction
{
public:
    // Chains a handler in front of the current one (the default one, or a test's).
    static void install();
    // Replaces the values of secret parameters (state, nonce, code, code_verifier, code_challenge, tokens, client
    // secrets and assertions; in URLs, forms, JSON and QDebug's QVariantMap output), bearer tokens and anything that
    // looks like a JWT with "[redacted]".
    static QString redact(const QString &message);
};

} // namespace MentorDesk
