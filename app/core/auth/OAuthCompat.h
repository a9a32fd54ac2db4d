#pragma once

#include <QMultiMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

class QOAuth2AuthorizationCodeFlow;

namespace MentorDesk::OAuthCompat {

// Everything that differs between Qt NetworkAuth 6.4 (Debian 12) and 6.8+ lives behind these functions
// (README, "Architecture", lists each area). Callers never test QT_VERSION themselves.

// True when Qt adds PKCE (code_challenge, code_challenge_method, code_verifier) itself (6.8+). MentorDesk adds
// them by hand otherwise, and never both: duplicated parameters are rejected by Entra.
bool qtAddsPkce();

// Configures a fresh flow: S256 PKCE on 6.8+, Qt's own nonce off on 6.9+ (MentorDesk sends and checks its own on
// every version), the token endpoint URL, and the requested scopes (setScope on 6.4, scope tokens on 6.9+).
void configureFlow(QOAuth2AuthorizationCodeFlow &flow, const QUrl &tokenEndpoint, const QStringList &scopes);

} // namespace MentorDesk::OAuthCompat
