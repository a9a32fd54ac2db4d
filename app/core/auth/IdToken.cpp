#include "core/auth/IdToken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
constexpr qint64 kClockSkewSeconds = 300;
}

QString IdToken::audience() const
{
    return claims.value("aud"_L1).toString();
}
QString IdToken::issuer() const
{
    return claims.value("iss"_L1).toString();
}
QString IdToken::tenantId() const
{
    return claims.value("tid"_L1).toString();
}
QString IdToken::objectId() const
{
    const QString oid = claims.value("oid"_L1).toString();
    return oid.isEmpty() ? claims.value("sub"_L1).toString() : oid;
}
QString IdToken::name() const
{
    return claims.value("name"_L1).toString();
}
QString IdToken::preferredUsername() const
{
    return claims.value("preferred_username"_L1).toString();
}
QString IdToken::email() const
{
    return claims.value("email"_L1).toString();
}
QString IdToken::nonce() const
{
    return claims.value("nonce"_L1).toString();
}

QDateTime IdToken::expiresAt() const
{
    const QJsonValue exp = claims.value("exp"_L1);
    // A NumericDate (RFC 7519, may have a fraction). Outside years 1970 to 9999 it is no date at all, and a double
    // beyond qint64 would not even convert (found by tests/fuzz).
    const double seconds = exp.toDouble(-1);
    if (!exp.isDouble() || seconds < 0 || seconds >= 253402300800.0)
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(seconds)).toUTC();
}

IdToken IdToken::decode(const QString &jwt, QString *error)
{
    IdToken token;
    const QStringList parts = jwt.split(u'.');
    if (parts.size() != 3) {
        *error = tr("the ID token is not a JWT");
        return token;
    }
    const auto payload = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload) {
        *error = tr("the ID token is not base64url-encoded");
        return token;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("the ID token's claims are not JSON");
        return token;
    }
    token.claims = doc.object();
    error->clear();
    return token;
}

QString IdToken::validate(const Expected &expected) const
{
    // aud may be a string or an array (OIDC); Entra sends a string. With several audiences the token must say it
    // was issued to us (azp), and an azp that names another client is refused either way.
    const QJsonValue aud = claims.value("aud"_L1);
    const bool audienceOk
        = aud.isArray() ? aud.toArray().contains(expected.clientId) : aud.toString() == expected.clientId;
    if (!audienceOk)
        return tr("it was issued for another application");
    const QJsonValue azp = claims.value("azp"_L1);
    if ((aud.isArray() || !azp.isUndefined()) && azp.toString() != expected.clientId)
        return tr("it was issued for another application");
    if (tenantId().isEmpty() || QUuid::fromString(tenantId()).isNull())
        return tr("it names no tenant");
    if (!expected.issuer.isEmpty()) {
        // Entra's multi-tenant discovery documents say https://login.microsoftonline.com/{tenantid}/v2.0.
        QString issuerWanted = expected.issuer;
        issuerWanted.replace("{tenantid}"_L1, tenantId());
        if (issuer() != issuerWanted)
            return tr("it was issued by \"%1\", not by the sign-in service MentorDesk asked").arg(issuer());
    }
    if (!expected.tenant.isEmpty() && !QUuid::fromString(expected.tenant).isNull()
        && QUuid::fromString(expected.tenant) != QUuid::fromString(tenantId()))
        return tr("it was issued by another tenant");
    const QDateTime exp = expiresAt();
    if (!exp.isValid())
        return tr("it has no expiry time");
    if (exp.addSecs(kClockSkewSeconds) < expected.nowUtc)
        return tr("it has expired");
    if (!expected.nonce.isEmpty() && nonce() != expected.nonce)
        return tr("its nonce does not match this sign-in attempt");
    if (objectId().isEmpty())
        return tr("it does not identify the user");
    return {};
}

} // namespace MentorDesk
