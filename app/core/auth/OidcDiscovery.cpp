#include "auth/OidcDiscovery.h"

#include "common/Logging.h"
#include "config/AppConfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
constexpr int kTimeoutMs = 30000;
}

QUrl OidcConfiguration::discoveryUrl(const QUrl &authority)
{
    QUrl url = authority.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(url.path() + "/v2.0/.well-known/openid-configuration"_L1);
    return url;
}

QString OidcConfiguration::parse(const QByteArray &json, OidcConfiguration *configuration)
{
    QJsonParseError parseError;
    const QJsonObject doc = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || doc.isEmpty())
        return OidcDiscovery::tr("the OpenID configuration is not JSON");
    OidcConfiguration result;
    result.authorizationEndpoint = QUrl(doc.value("authorization_endpoint"_L1).toString(), QUrl::StrictMode);
    result.tokenEndpoint = QUrl(doc.value("token_endpoint"_L1).toString(), QUrl::StrictMode);
    result.endSessionEndpoint = QUrl(doc.value("end_session_endpoint"_L1).toString(), QUrl::StrictMode);
    result.issuer = doc.value("issuer"_L1).toString();
    for (const QUrl &endpoint : {result.authorizationEndpoint, result.tokenEndpoint}) {
        if (!endpoint.isValid() || endpoint.isEmpty())
            return OidcDiscovery::tr("the OpenID configuration lacks its authorization or token endpoint");
        // The same rule as for the authority itself: https, or plain http only on this computer.
        if (const QString error = AppConfig::validateAuthority(endpoint); !error.isEmpty())
            return error;
    }
    *configuration = result;
    return {};
}

OidcDiscovery::OidcDiscovery(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{ }

OidcDiscovery::~OidcDiscovery()
{
    abort();
}

void OidcDiscovery::start(const QUrl &authority)
{
    abort();
    QNetworkRequest request(OidcConfiguration::discoveryUrl(authority));
    request.setTransferTimeout(kTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_nam->get(request);
    qCDebug(lcAuth) << "reading OpenID configuration of" << authority.toDisplayString();
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] {
        reply->deleteLater();
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        OidcConfiguration configuration;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            AuthError error = AuthError::make(
                AuthError::Kind::Discovery,
                status ? tr("HTTP %1 from %2").arg(status).arg(reply->url().toDisplayString()) : reply->errorString());
            error.httpStatus = status;
            if (status == 0)
                error.kind = AuthError::Kind::Network;
            Q_EMIT finished(configuration, error);
            return;
        }
        const QString problem = OidcConfiguration::parse(reply->readAll(), &configuration);
        Q_EMIT finished(configuration,
                        problem.isEmpty() ? AuthError() : AuthError::make(AuthError::Kind::Discovery, problem));
    });
}

void OidcDiscovery::abort()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->abort();
    }
}

} // namespace MentorDesk
