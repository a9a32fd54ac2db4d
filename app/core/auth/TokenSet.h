#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace MentorDesk {

class ScopeCatalog;

// The tokens of one sign-in. Lives in memory and in the system keychain only (TokenStore); its debug output and
// JSON for the keychain are the only ways out, and the former never shows token values.
struct TokenSet
{
    QString accessToken;
    QDateTime expiresAt; // UTC
    QString refreshToken; // only when the user opted in to "Stay signed in"
    QStringList grantedScopes;
    QString idToken; // transient: decoded at sign-in, never stored

    bool isValidAt(const QDateTime &nowUtc, qint64 marginSeconds = 60) const
    {
        return !accessToken.isEmpty() && expiresAt.isValid() && nowUtc.addSecs(marginSeconds) < expiresAt;
    }

    // Parses a successful token endpoint answer (Entra v2). Granted scopes come from the answer's "scope"; the
    // OpenID scopes Entra leaves out of it count as granted when their proof is there (id_token for openid and
    // email, refresh_token for offline_access). Returns false with *error set when the answer is unusable.
    static bool fromTokenResponse(const QJsonObject &response, const QStringList &requestedScopes,
                                  const ScopeCatalog &catalog, const QDateTime &nowUtc, TokenSet *tokens,
                                  QString *error);

    QJsonObject toJson(bool includeRefreshToken) const;
    static TokenSet fromJson(const QJsonObject &json);

    friend bool operator==(const TokenSet &, const TokenSet &) = default;
};

} // namespace MentorDesk
