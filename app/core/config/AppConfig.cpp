#include "core/config/AppConfig.h"

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
constexpr auto kCustomCloud = "auth/customCloud"_L1;
constexpr auto kStaySignedIn = "auth/staySignedIn"_L1;
constexpr auto kTimeout = "auth/signInTimeoutSeconds"_L1;
constexpr int kMinTimeout = 30;
constexpr int kMaxTimeout = 3600;

using Field = ConfigProblem::Field;
} // namespace

QString ConfigProblem::settingsKey(Field field)
{
    switch (field) {
    case Field::Tenant:
        return kTenant;
    case Field::Cloud:
        return kCloud;
    case Field::Authority:
        return kAuthority;
    case Field::GraphUrl:
        return kGraphUrl;
    case Field::CustomCloud:
        return kCustomCloud;
    case Field::Timeout:
        return kTimeout;
    }
    return {};
}

QString ConfigProblem::optionName(Field field)
{
    switch (field) {
    case Field::Tenant:
        return u"--tenant"_s;
    case Field::Cloud:
        return u"--cloud"_s;
    case Field::Authority:
        return u"--authority"_s;
    case Field::GraphUrl:
        return u"--graph-url"_s;
    case Field::CustomCloud:
        return u"--custom-cloud"_s;
    case Field::Timeout:
        return {};
    }
    return {};
}

QString ConfigProblem::settingsMessage() const
{
    return tr("The setting %1 = \"%2\" in MentorDesk's settings file was refused: %3")
        .arg(settingsKey(field), value, reason);
}

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

QList<ConfigProblem> AppConfig::problems() const
{
    QList<ConfigProblem> found;
    const auto refuse = [&found](Field field, const QString &value, const QString &reason) {
        found.append({field, value, reason});
    };
    const QString cloudName = CloudInfo::displayName(cloud);

    if (authorityOverride.isEmpty()) {
        if (QString error = validateTenant(tenant); !error.isEmpty())
            refuse(Field::Tenant, tenant, error);
    } else if (QString error = validateAuthority(authorityOverride); !error.isEmpty()) {
        refuse(Field::Authority, authorityOverride.toString(), error);
    } else if (!isLoopback(authorityOverride) && !customCloud
               && !CloudInfo::loginHosts(cloud).contains(authorityOverride.host(), Qt::CaseInsensitive)) {
        // As MSAL does: an authority outside Microsoft's known sign-in hosts is only used when the user says so.
        refuse(Field::Authority, authorityOverride.toString(),
               tr("\"%1\" is not a Microsoft sign-in address of the %2 cloud (%3). To sign in somewhere else, choose "
                  "a custom cloud, with both a custom sign-in authority and a custom Microsoft Graph address.")
                   .arg(authorityOverride.host(), cloudName, CloudInfo::loginHost(cloud).host()));
    }

    if (!graphUrlOverride.isEmpty()) {
        const QUrl &graph = graphUrlOverride;
        const QString value = graph.toString();
        if (!graph.isValid() || graph.host().isEmpty()) {
            refuse(Field::GraphUrl, value,
                   tr("The Microsoft Graph address \"%1\" is not a valid URL.").arg(graph.toDisplayString()));
        } else if (isLoopback(graph)) {
            // Loopback Graph is the demo tenant: its tokens come from a loopback authority. A token from Microsoft
            // never goes to a local port, where any program of this computer could be listening.
            if (!isLoopback(authority()))
                refuse(Field::GraphUrl, value,
                       tr("A Microsoft Graph address on this computer (\"%1\") only works with a sign-in authority "
                          "on this computer, such as the demo tenant's.")
                           .arg(graph.toDisplayString()));
            else if (graph.scheme() != "http"_L1 && graph.scheme() != "https"_L1)
                refuse(Field::GraphUrl, value,
                       tr("The Microsoft Graph address must use https or, on this computer, http: \"%1\".")
                           .arg(graph.toDisplayString()));
        } else if (graph.scheme() != "https"_L1) {
            refuse(Field::GraphUrl, value,
                   tr("The Microsoft Graph address must use https (plain http is only allowed on this computer): "
                      "\"%1\".")
                       .arg(graph.toDisplayString()));
        } else if (!customCloud && !CloudInfo::isGraphHost(cloud, graph.host())) {
            refuse(Field::GraphUrl, value,
                   tr("MentorDesk sends your Microsoft Graph sign-in only to Microsoft Graph of the %1 cloud (%2), "
                      "never to \"%3\". To use another Graph address, choose a custom cloud, with both a custom "
                      "sign-in authority and a custom Microsoft Graph address.")
                       .arg(cloudName, CloudInfo::graphBase(cloud).host(), graph.host()));
        }
    }

    if (customCloud && (authorityOverride.isEmpty() || graphUrlOverride.isEmpty()))
        refuse(Field::CustomCloud, u"true"_s,
               tr("A custom cloud needs both a custom sign-in authority and a custom Microsoft Graph address."));

    if (signInTimeoutSeconds < kMinTimeout || signInTimeoutSeconds > kMaxTimeout)
        refuse(Field::Timeout, QString::number(signInTimeoutSeconds),
               tr("The sign-in timeout must be between 30 seconds and one hour."));
    return found;
}

QString AppConfig::validate() const
{
    const QList<ConfigProblem> found = problems();
    return found.isEmpty() ? QString() : found.constFirst().reason;
}

void AppConfig::resetField(Field field)
{
    const AppConfig defaults;
    switch (field) {
    case Field::Tenant:
        tenant = defaults.tenant;
        break;
    case Field::Cloud:
        cloud = defaults.cloud;
        break;
    case Field::Authority:
        authorityOverride = defaults.authorityOverride;
        break;
    case Field::GraphUrl:
        graphUrlOverride = defaults.graphUrlOverride;
        break;
    case Field::CustomCloud:
        customCloud = defaults.customCloud;
        break;
    case Field::Timeout:
        signInTimeoutSeconds = defaults.signInTimeoutSeconds;
        break;
    }
}

AppConfig AppConfig::load(const QSettings &settings, QList<ConfigProblem> *problems)
{
    AppConfig config;
    QList<ConfigProblem> found;
    config.clientId = settings.value(kClientId, config.clientId).toString().trimmed();
    config.tenant = settings.value(kTenant, config.tenant).toString().trimmed();
    if (const QString key = settings.value(kCloud).toString(); !key.isEmpty()) {
        if (const auto cloud = CloudInfo::fromKey(key))
            config.cloud = *cloud;
        else
            found.append({Field::Cloud, key, tr("Unknown cloud: use global, usgov, usgov-dod or china.")});
    }
    config.authorityOverride = QUrl(settings.value(kAuthority).toString(), QUrl::StrictMode);
    config.graphUrlOverride = QUrl(settings.value(kGraphUrl).toString(), QUrl::StrictMode);
    config.customCloud = settings.value(kCustomCloud, false).toBool();
    config.staySignedIn = settings.value(kStaySignedIn, false).toBool();
    if (settings.contains(kTimeout)) {
        bool ok = false;
        const QString text = settings.value(kTimeout).toString();
        const int seconds = text.trimmed().toInt(&ok);
        if (ok)
            config.signInTimeoutSeconds = seconds;
        else
            found.append({Field::Timeout, text, tr("The sign-in timeout must be a number of seconds.")});
    }
    // Each refused value falls back to its default; the others stay. A fallback can make another value refusable
    // (a custom Graph address once the custom cloud is gone), hence the loop, which ends: each round resets one
    // field more, and there are only so many.
    for (;;) {
        const QList<ConfigProblem> more = config.problems();
        if (more.isEmpty())
            break;
        for (const ConfigProblem &problem : more) {
            config.resetField(problem.field);
            found.append(problem);
        }
    }
    if (problems)
        *problems = found;
    return config;
}

bool AppConfig::save(QSettings &settings) const
{
    if (sandbox)
        return false;
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
    if (customCloud)
        settings.setValue(kCustomCloud, true);
    else
        settings.remove(kCustomCloud);
    settings.setValue(kStaySignedIn, staySignedIn);
    settings.setValue(kTimeout, signInTimeoutSeconds);
    return true;
}

} // namespace MentorDesk
