#include "core/auth/TokenSet.h"

#include "core/consent/ScopeCatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MentorDesk {

bool TokenSet::fromTokenResponse(const QJsonObject &response, const QStringList &requestedScopes,
                                 const ScopeCatalog &catalog, const QDateTime &nowUtc, TokenSet *tokens, QString *error)
{
    TokenSet result;
    result.accessToken = response.value("access_token"_L1).toString();
    if (result.accessToken.isEmpty()) {
        *error = QCoreApplication::translate("MentorDesk::TokenSet", "the answer contains no access token");
        return false;
    }
    const QString tokenType = response.value("token_type"_L1).toString();
    if (!tokenType.isEmpty() && tokenType.compare("Bearer"_L1, Qt::CaseInsensitive) != 0) {
        *error = QCoreApplication::translate("MentorDesk::TokenSet", "unsupported token type %1").arg(tokenType);
        return false;
    }
    // expires_in is a number in Entra v2 answers, a string in some older ones.
    const QJsonValue expiresIn = response.value("expires_in"_L1);
    // Anything but a plausible lifetime (up to a year) is read as Entra's usual hour; a double beyond qint64 would
    // not even convert (found by tests/fuzz).
    const double seconds = expiresIn.isString() ? expiresIn.toString().toDouble() : expiresIn.toDouble();
    constexpr double kYear = 366.0 * 24 * 3600;
    result.expiresAt = nowUtc.addSecs(seconds >= 1 && seconds <= kYear ? qint64(seconds) : 3600);
    result.refreshToken = response.value("refresh_token"_L1).toString();
    result.idToken = response.value("id_token"_L1).toString();

    const QString scope = response.value("scope"_L1).toString();
    QStringList granted = scope.isEmpty() ? requestedScopes : catalog.parseScopeString(scope);
    // The opt-in scope is offline_access ("Stay signed in"); its proof is a refresh token.
    auto isOptIn = [&catalog](const QString &name) {
        const auto info = catalog.scope(name);
        return info && info->optIn;
    };
    auto proven = [&](const QString &openIdScope) {
        return isOptIn(openIdScope) ? !result.refreshToken.isEmpty() : !result.idToken.isEmpty();
    };
    for (const QString &requested : requestedScopes) {
        if (ScopeCatalog::isOpenIdScope(requested) && !granted.contains(requested) && proven(requested))
            granted << requested;
    }
    // A refresh token nobody asked for is not kept: "Stay signed in" is opt-in.
    if (std::none_of(requestedScopes.cbegin(), requestedScopes.cend(), isOptIn)) {
        result.refreshToken.clear();
        granted.erase(std::remove_if(granted.begin(), granted.end(), isOptIn), granted.end());
    }
    result.grantedScopes = granted;
    *tokens = result;
    return true;
}

QJsonObject TokenSet::toJson(bool includeRefreshToken) const
{
    QJsonObject json{{"accessToken"_L1, accessToken},
                     {"expiresAt"_L1, expiresAt.toUTC().toString(Qt::ISODateWithMs)},
                     {"scopes"_L1, QJsonArray::fromStringList(grantedScopes)}};
    if (includeRefreshToken && !refreshToken.isEmpty())
        json.insert("refreshToken"_L1, refreshToken);
    return json;
}

TokenSet TokenSet::fromJson(const QJsonObject &json)
{
    TokenSet tokens;
    tokens.accessToken = json.value("accessToken"_L1).toString();
    tokens.expiresAt = QDateTime::fromString(json.value("expiresAt"_L1).toString(), Qt::ISODate);
    tokens.refreshToken = json.value("refreshToken"_L1).toString();
    for (const QJsonValue &scope : json.value("scopes"_L1).toArray())
        tokens.grantedScopes << scope.toString();
    return tokens;
}

} // namespace MentorDesk
