#include "core/auth/OidcDiscovery.h"

#include "core/common/Logging.h"
#include "core/config/AppConfig.h"
#include "core/config/Cloud.h"

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

namespace {
bool belongsTo(const QUrl &url, const QUrl &authority)
{
    const int defaultPort = authority.scheme() == "http"_L1 ? 80 : 443;
    if (url.host().compare(authority.host(), Qt::CaseInsensitive) == 0)
        return url.port(defaultPort) == authority.port(defaultPort) && url.scheme() == authority.scheme();
    const std::optional<Cloud> cloud = CloudInfo::cloudOfLoginHost(authority.host());
    return cloud && url.scheme() == "https"_L1 && url.port(443) == 443
        && CloudInfo::loginHosts(*cloud).contains(url.host(), Qt::CaseInsensitive);
}
} // namespace

QString OidcConfiguration::parse(const QByteArray &json, const QUrl &authority, OidcConfiguration *configuration)
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
        // A document that sends the browser or the code somewhere else is not the authority's.
        if (!belongsTo(endpoint, authority))
            return OidcDiscovery::tr("the OpenID configuration of %1 points to another server (%2)")
                .arg(authority.host(), endpoint.host());
    }
    // The issuer is required (OpenID Connect Discovery 1.0, section 3) and must be the authority's, with Entra's
    // {tenantid} placeholder allowed in its path.
    const QUrl issuer(QString(result.issuer).replace("{tenantid}"_L1, "tenantid"_L1), QUrl::StrictMode);
    if (result.issuer.isEmpty() || !issuer.isValid() || !belongsTo(issuer, authority))
        return OidcDiscovery::tr("the OpenID configuration of %1 names another issuer (\"%2\")")
            .arg(authority.host(), result.issuer);
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
    connect(m_reply, &QNetworkReply::finished, this, [this, authority, reply = m_reply.data()] {
        reply->deleteLater();
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        OidcConfiguration configuration;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            AuthError error
                = AuthError::make(AuthError::Kind::Discovery,
                                  status ? tr("HTTP %1 from %2").arg(status).arg(reply->url().toDisplayString())
                                         : AuthError::describeNetworkError(reply->error()));
            error.httpStatus = status;
            if (status == 0) {
                error.kind = AuthError::Kind::Network;
                qCInfo(lcAuth) << "OpenID configuration not read:" << reply->errorString();
            }
            Q_EMIT finished(configuration, error);
            return;
        }
        const QString problem = OidcConfiguration::parse(reply->readAll(), authority, &configuration);
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
