#include "support/OtherProvider.h"

#include "support/Jwt.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

namespace {
Sandbox::HttpResponse error(const QString &code, const QString &description)
{
    return Sandbox::HttpResponse::json(400, {{u"error"_s, code}, {u"error_description"_s, description}});
}
} // namespace

OtherProvider::OtherProvider()
    : OtherProvider(Options{})
{ }

OtherProvider::OtherProvider(Options options)
    : m_options(std::move(options))
    , m_server([this](const Sandbox::HttpRequest &request, Sandbox::HttpResponder responder) {
        responder.send(handle(request));
    })
{
    if (!m_server.listenOn(QHostAddress(QHostAddress::LocalHost), 0))
        qFatal("provider did not start: %s", qPrintable(m_server.errorString()));
}

Sandbox::HttpResponse OtherProvider::handle(const Sandbox::HttpRequest &request)
{
    using Sandbox::FormEncoding;
    const QString root = u'/' + tenantId;
    if (request.method == "GET" && request.path == root + u"/v2.0/.well-known/openid-configuration"_s) {
        ++discoveryRequests;
        const QString issuer = base().toString() + root + u"/idp"_s;
        return Sandbox::HttpResponse::json(200,
                                           {{u"issuer"_s, issuer},
                                            {u"authorization_endpoint"_s, QString(issuer + u"/connect/authorize"_s)},
                                            {u"token_endpoint"_s, QString(issuer + u"/connect/token"_s)},
                                            {u"jwks_uri"_s, QString(issuer + u"/keys"_s)},
                                            {u"response_types_supported"_s, QJsonArray{u"code"_s}},
                                            {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}},
                                            {u"subject_types_supported"_s, QJsonArray{u"pairwise"_s}},
                                            {u"id_token_signing_alg_values_supported"_s, QJsonArray{u"RS256"_s}}});
    }
    if (request.method == "GET" && request.path == root + u"/idp/connect/authorize"_s) {
        lastAuthorize = request.query;
        if (!FormEncoding::duplicatedNames(request.query).isEmpty())
            return error(u"invalid_request"_s, u"duplicated parameters"_s);
        const QUrl redirect(FormEncoding::firstValue(request.query, u"redirect_uri"_s));
        if (FormEncoding::firstValue(request.query, u"client_id"_s) != clientId
            || FormEncoding::firstValue(request.query, u"response_type"_s) != "code"_L1
            || FormEncoding::firstValue(request.query, u"code_challenge_method"_s) != "S256"_L1
            || FormEncoding::firstValue(request.query, u"code_challenge"_s).isEmpty()
            || FormEncoding::firstValue(request.query, u"state"_s).isEmpty()
            || !QHostAddress(redirect.host() == "localhost"_L1 ? u"127.0.0.1"_s : redirect.host()).isLoopback())
            return error(u"invalid_request"_s, u"bad authorize request"_s);
        const QString code = u"other-"_s + QUuid::createUuid().toString(QUuid::Id128);
        m_grants.insert(code,
                        {FormEncoding::firstValue(request.query, u"code_challenge"_s), redirect.toString(),
                         FormEncoding::firstValue(request.query, u"nonce"_s),
                         FormEncoding::firstValue(request.query, u"scope"_s)});
        ++codesIssued;
        QUrl back = redirect;
        QUrlQuery query;
        query.addQueryItem(u"code"_s, code);
        query.addQueryItem(u"state"_s, FormEncoding::firstValue(request.query, u"state"_s));
        back.setQuery(query);
        return Sandbox::HttpResponse::redirect(back.toEncoded());
    }
    if (request.method == "POST" && request.path == root + u"/idp/connect/token"_s) {
        const Sandbox::ParameterList form = FormEncoding::parse(request.body);
        lastToken = form;
        if (!FormEncoding::duplicatedNames(form).isEmpty())
            return error(u"invalid_request"_s, u"duplicated parameters"_s);
        if (!FormEncoding::firstValue(form, u"client_secret"_s).isEmpty())
            return error(u"invalid_client"_s, u"public clients have no secret"_s);
        const auto grant = m_grants.constFind(FormEncoding::firstValue(form, u"code"_s));
        if (FormEncoding::firstValue(form, u"grant_type"_s) != "authorization_code"_L1 || grant == m_grants.cend())
            return error(u"invalid_grant"_s, u"unknown code"_s);
        const QByteArray challenge
            = QCryptographicHash::hash(FormEncoding::firstValue(form, u"code_verifier"_s).toLatin1(),
                                       QCryptographicHash::Sha256)
                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (QString::fromLatin1(challenge) != grant->challenge)
            return error(u"invalid_grant"_s, u"PKCE verification failed"_s);
        if (FormEncoding::firstValue(form, u"redirect_uri"_s) != grant->redirectUri
            || FormEncoding::firstValue(form, u"client_id"_s) != clientId)
            return error(u"invalid_grant"_s, u"redirect_uri or client_id differ"_s);
        const Grant used = *grant;
        m_grants.erase(grant); // single use
        ++tokensIssued;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject claims{{u"iss"_s, QString(base().toString() + u'/' + tenantId + u"/idp"_s)},
                           {u"aud"_s, clientId},
                           {u"tid"_s, tenantId},
                           {u"sub"_s, u"other-subject"_s},
                           {u"oid"_s, objectId},
                           {u"nonce"_s, used.nonce},
                           {u"iat"_s, now},
                           {u"nbf"_s, now},
                           {u"exp"_s, now + 3600}};
        if (m_options.profileClaims) {
            claims.insert(u"name"_s, u"Ola Other"_s);
            claims.insert(u"preferred_username"_s, u"ola@other-idp.example"_s);
        }
        const QStringList scopes = used.scope.split(u' ', Qt::SkipEmptyParts);
        QJsonObject response{{u"token_type"_s, u"Bearer"_s},
                             {u"access_token"_s,
                              m_options.accessToken
                                  ? m_options.accessToken(scopes)
                                  : QString(u"other-access-"_s + QUuid::createUuid().toString(QUuid::Id128))},
                             {u"expires_in"_s, 3600},
                             {u"scope"_s, used.scope},
                             {u"id_token"_s, makeJwt(claims)}};
        if (scopes.contains(u"offline_access"_s))
            response.insert(u"refresh_token"_s,
                            QString(u"other-refresh-"_s + QUuid::createUuid().toString(QUuid::Id128)));
        return Sandbox::HttpResponse::json(200, response);
    }
    return Sandbox::HttpResponse::json(404, {{u"error"_s, u"not_found"_s}});
}

} // namespace MentorDesk::Test
