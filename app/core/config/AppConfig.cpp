#include "config/AppConfig.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
constexpr auto kClientId = "auth/clientId"_L1;
constexpr auto kTenant = "auth/tenant"_L1;
constexpr auto kCloud = "auth/cloud"_L1;
constexpr auto kAuthority = "auth/authority"_L1;
constexpr auto kGraphUrl = "graph/baseUrl"_L1;
constexpr auto kStaySignedIn = "auth/staySignedIn"_L1;
constexpr auto kTimeout = "auth/signInTimeoutSeconds"_L1;
} // namespace

QUrl AppConfig::authority() const
{
    if (!authorityOverride.isEmpty())
        return authorityOverride.adjusted(QUrl::StripTrailingSlash);
    QUrl url = CloudInfo::loginHost(cloud);
    url.setPath(u'/' + tenant.trimmed());
    return url;
}

QUrl AppConfig::graphBaseUrl() const
{
    if (!graphUrlOverride.isEmpty())
        return graphUrlOverride.adjusted(QUrl::StripTrailingSlash);
    return CloudInfo::graphBase(cloud);
}

bool AppConfig::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString AppConfig::validateAuthority(const QUrl &authority)
{
    if (!authority.isValid() || authority.host().isEmpty())
        return tr("The sign-in authority \"%1\" is not a valid URL.").arg(authority.toDisplayString());
    if (authority.scheme() == "https"_L1)
        return {};
    if (authority.scheme() == "http"_L1 && isLoopback(authority))
        return {};
    return tr("The sign-in authority must use https (plain http is only allowed on this computer, for the demo "
              "tenant): \"%1\".")
        .arg(authority.toDisplayString());
}

QString AppConfig::validateGraphUrl(const QUrl &graphUrl)
{
    if (!graphUrl.isValid() || graphUrl.host().isEmpty())
        return tr("The Microsoft Graph address \"%1\" is not a valid URL.").arg(graphUrl.toDisplayString());
    if (graphUrl.scheme() == "https"_L1 || (graphUrl.scheme() == "http"_L1 && isLoopback(graphUrl)))
        return {};
    return tr("The Microsoft Graph address must use https (plain http is only allowed on this computer): \"%1\".")
        .arg(graphUrl.toDisplayString());
}

QString AppConfig::validateTenant(const QString &tenant)
{
    const QString t = tenant.trimmed();
    static const QRegularExpression domain(
        u"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"_s);
    if (t == "organizations"_L1 || t == "common"_L1 || t == "consumers"_L1)
        return {};
    if (!QUuid::fromString(t).isNull() || domain.match(t).hasMatch())
        return {};
    return tr("The tenant must be \"organizations\", \"common\", \"consumers\", a tenant ID or a domain such as "
              "contoso.onmicrosoft.com; \"%1\" is none of these.")
        .arg(t);
}

QString AppConfig::validate() const
{
    if (authorityOverride.isEmpty()) {
        if (QString error = validateTenant(tenant); !error.isEmpty())
            return error;
    } else if (QString error = validateAuthority(authorityOverride); !error.isEmpty()) {
        return error;
    }
    if (!graphUrlOverride.isEmpty()) {
        if (QString error = validateGraphUrl(graphUrlOverride); !error.isEmpty())
            return error;
    }
    if (signInTimeoutSeconds < 30 || signInTimeoutSeconds > 3600)
        return tr("The sign-in timeout must be between 30 seconds and one hour.");
    return {};
}

AppConfig AppConfig::load(const QSettings &settings)
{
    AppConfig config;
    config.clientId = settings.value(kClientId, config.clientId).toString().trimmed();
    config.tenant = settings.value(kTenant, config.tenant).toString().trimmed();
    config.cloud = CloudInfo::fromKey(settings.value(kCloud).toString()).value_or(Cloud::Global);
    config.authorityOverride = QUrl(settings.value(kAuthority).toString());
    config.graphUrlOverride = QUrl(settings.value(kGraphUrl).toString());
    config.staySignedIn = settings.value(kStaySignedIn, false).toBool();
    config.signInTimeoutSeconds = settings.value(kTimeout, config.signInTimeoutSeconds).toInt();
    return config;
}

void AppConfig::save(QSettings &settings) const
{
    settings.setValue(kClientId, clientId);
    settings.setValue(kTenant, tenant);
    settings.setValue(kCloud, CloudInfo::key(cloud));
    if (authorityOverride.isEmpty())
        settings.remove(kAuthority);
    else
        settings.setValue(kAuthority, authorityOverride.toString());
    if (graphUrlOverride.isEmpty())
        settings.remove(kGraphUrl);
    else
        settings.setValue(kGraphUrl, graphUrlOverride.toString());
    settings.setValue(kStaySignedIn, staySignedIn);
    settings.setValue(kTimeout, signInTimeoutSeconds);
}

} // namespace MentorDesk
