#include "core/config/Cloud.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

QString CloudInfo::key(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return u"global"_s;
    case Cloud::UsGovL4:
        return u"usgov"_s;
    case Cloud::UsGovL5:
        return u"usgov-dod"_s;
    case Cloud::China:
        return u"china"_s;
    }
    return u"global"_s;
}

std::optional<Cloud> CloudInfo::fromKey(const QString &key)
{
    for (Cloud cloud : all()) {
        if (CloudInfo::key(cloud).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return cloud;
    }
    return std::nullopt;
}

QString CloudInfo::displayName(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return tr("Global (Microsoft 365)");
    case Cloud::UsGovL4:
        return tr("US Government (GCC High)");
    case Cloud::UsGovL5:
        return tr("US Government (DoD)");
    case Cloud::China:
        return tr("China (operated by 21Vianet)");
    }
    return {};
}

QUrl CloudInfo::loginHost(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return QUrl(u"https://login.microsoftonline.com"_s);
    case Cloud::UsGovL4:
    case Cloud::UsGovL5:
        return QUrl(u"https://login.microsoftonline.us"_s);
    case Cloud::China:
        return QUrl(u"https://login.chinacloudapi.cn"_s);
    }
    return {};
}

QUrl CloudInfo::graphBase(Cloud cloud)
{
    switch (cloud) {
    case Cloud::Global:
        return QUrl(u"https://graph.microsoft.com/v1.0"_s);
    case Cloud::UsGovL4:
        return QUrl(u"https://graph.microsoft.us/v1.0"_s);
    case Cloud::UsGovL5:
        return QUrl(u"https://dod-graph.microsoft.us/v1.0"_s);
    case Cloud::China:
        return QUrl(u"https://microsoftgraph.chinacloudapi.cn/v1.0"_s);
    }
    return {};
}

QStringList CloudInfo::loginHosts(Cloud cloud)
{
    // https://learn.microsoft.com/graph/deployments and the known hosts MSAL validates authorities against.
    switch (cloud) {
    case Cloud::Global:
        return {u"login.microsoftonline.com"_s, u"login.microsoft.com"_s, u"login.windows.net"_s, u"sts.windows.net"_s};
    case Cloud::UsGovL4:
    case Cloud::UsGovL5:
        return {u"login.microsoftonline.us"_s, u"login.usgovcloudapi.net"_s};
    case Cloud::China:
        return {u"login.chinacloudapi.cn"_s, u"login.partner.microsoftonline.cn"_s};
    }
    return {};
}

std::optional<Cloud> CloudInfo::cloudOfLoginHost(const QString &host)
{
    for (Cloud cloud : all()) {
        if (loginHosts(cloud).contains(host, Qt::CaseInsensitive))
            return cloud;
    }
    return std::nullopt;
}

bool CloudInfo::isGraphHost(Cloud cloud, const QString &host)
{
    return !host.isEmpty() && graphBase(cloud).host().compare(host, Qt::CaseInsensitive) == 0;
}

bool CloudInfo::supportsOnlineMeetings(Cloud cloud)
{
    return cloud != Cloud::China;
}

QList<Cloud> CloudInfo::all()
{
    return {Cloud::Global, Cloud::UsGovL4, Cloud::UsGovL5, Cloud::China};
}

} // namespace MentorDesk
