#include "sandbox/identity/TokenIssuer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

namespace {
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodePart(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
}
} // namespace

TokenIssuer::TokenIssuer(const SandboxState &state)
    : m_state(state)
{ }

QString TokenIssuer::sign(const QJsonObject &payload) const
{
    const QJsonObject header{{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"HS256"_s}, {u"kid"_s, u"sandbox"_s}};
    const QByteArray signingInput = encodePart(header) + '.' + encodePart(payload);
    const QByteArray signature
        = QMessageAuthenticationCode::hash(signingInput, m_state.signingKey, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + signature.toBase64(kBase64Url));
}

QString TokenIssuer::objectId(const User &user) const
{
    // Personal accounts have their own object ids (00000000-0000-0000-xxxx-xxxxxxxxxxxx).
    if (!m_state.personalAccounts)
        return user.id;
    return u"00000000-0000-0000-"_s + user.id.right(17);
}

QString TokenIssuer::accessTokenIssuer() const
{
    return u"https://sts.sandbox.invalid/%1/"_s.arg(m_state.activeTenantId());
}

QString TokenIssuer::accessToken(const User &user, const QStringList &graphScopes, int lifetimeSeconds) const
{
    const qint64 now = m_state.clock.nowUtc().toSecsSinceEpoch();
    const QJsonObject payload{
        {u"aud"_s, QString::fromLatin1(kGraphResourceId)},
        {u"iss"_s, accessTokenIssuer()},
        {u"iat"_s, now},
        {u"nbf"_s, now},
        {u"exp"_s, now + lifetimeSeconds},
        {u"appid"_s, m_state.clientId},
        {u"idtyp"_s, u"user"_s},
        {u"name"_s, user.displayName},
        {u"oid"_s, objectId(user)},
        {u"scp"_s, graphScopes.join(u' ')},
        {u"tid"_s, m_state.activeTenantId()},
        {u"unique_name"_s, user.upn},
        {u"upn"_s, user.upn},
        {u"uti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"ver"_s, u"1.0"_s},
    };
    return sign(payload);
}

QString TokenIssuer::idToken(const User &user, const QStringList &scopes, const QString &nonce,
                             const QString &issuerBase) const
{
    const qint64 now = m_state.clock.nowUtc().toSecsSinceEpoch();
    const QString tid = m_state.activeTenantId();
    const QByteArray subject
        = QCryptographicHash::hash((objectId(user) + u'|' + m_state.clientId).toUtf8(), QCryptographicHash::Sha256)
              .toBase64(kBase64Url)
              .left(43);
    QJsonObject payload{
        {u"aud"_s, m_state.clientId},
        {u"iss"_s, QString(issuerBase + u'/' + tid + u"/v2.0"_s)},
        {u"iat"_s, now},
        {u"nbf"_s, now},
        {u"exp"_s, now + 3600},
        {u"sub"_s, QString::fromLatin1(subject)},
        {u"tid"_s, tid},
        {u"ver"_s, u"2.0"_s},
    };
    if (!nonce.isEmpty())
        payload.insert(u"nonce"_s, nonce);
    // oid, name and preferred_username come with "profile"; email only with "email" (id-token-claims-reference).
    if (scopes.contains(u"profile"_s)) {
        payload.insert(u"oid"_s, objectId(user));
        payload.insert(u"name"_s, user.displayName);
        payload.insert(u"preferred_username"_s, user.upn);
    }
    if (scopes.contains(u"email"_s))
        payload.insert(u"email"_s, user.upn);
    return sign(payload);
}

TokenIssuer::Validation TokenIssuer::validate(const QByteArray &authorizationHeader) const
{
    Validation result;
    const QByteArray header = authorizationHeader.trimmed();
    if (header.isEmpty())
        return result;
    result.status = Validation::Status::Malformed;
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return result;
    const QByteArray token = header.mid(7).trimmed();
    const QList<QByteArray> parts = token.split('.');
    if (token.isEmpty() || parts.size() != 3)
        return result;
    const auto payload = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::Base64UrlEncoding);
    const QJsonDocument document = QJsonDocument::fromJson(payload.decoded);
    if (!payload || !document.isObject())
        return result;
    result.status = Validation::Status::Foreign;
    const QByteArray expected = QMessageAuthenticationCode::hash(QByteArray(parts.at(0) + '.' + parts.at(1)),
                                                                 m_state.signingKey, QCryptographicHash::Sha256)
                                    .toBase64(kBase64Url);
    result.claims = document.object();
    if (expected != parts.at(2) || result.claims.value(u"aud"_s).toString() != QLatin1StringView(kGraphResourceId))
        return result;
    const qint64 now = m_state.clock.nowUtc().toSecsSinceEpoch();
    if (now >= result.claims.value(u"exp"_s).toInteger()) {
        result.status = Validation::Status::Expired;
        return result;
    }
    // Entra allows five minutes of clock skew.
    if (now + 300 < result.claims.value(u"nbf"_s).toInteger()) {
        result.status = Validation::Status::NotYetValid;
        return result;
    }
    result.status = Validation::Status::Valid;
    result.scopes = result.claims.value(u"scp"_s).toString().split(u' ', Qt::SkipEmptyParts);
    return result;
}

QJsonObject TokenIssuer::decodePayload(const QString &jwt)
{
    const QList<QString> parts = jwt.split(u'.');
    if (parts.size() != 3)
        return {};
    const auto payload = QByteArray::fromBase64Encoding(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(payload.decoded).object();
}

} // namespace MentorDesk::Sandbox
