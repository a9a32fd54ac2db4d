#include "core/auth/AdminConsentRequest.h"

#include "core/auth/SecureRandom.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
// The authority's tenant segment (its last path segment) and what comes before it (a custom authority's prefix).
QString tenantOf(const QUrl &authority)
{
    return authority.path().section(u'/', -1);
}
} // namespace

AdminConsentRequest::AdminConsentRequest(const AppConfig &config, const QString &tenantId, const QString &requester,
                                         const ScopeCatalog &catalog)
    : m_clientId(config.clientId)
    , m_requester(requester)
    , m_state(SecureRandom::urlSafeToken(16))
{
    const QUrl authority = config.authority();
    m_tenant = tenantId.isEmpty() ? tenantOf(authority) : tenantId;
    // The admin consent endpoint takes a tenant id, a domain or "organizations", never "common" or "consumers".
    if (m_tenant.isEmpty() || m_tenant.compare(u"common"_s, Qt::CaseInsensitive) == 0
        || m_tenant.compare(u"consumers"_s, Qt::CaseInsensitive) == 0)
        m_tenant = u"organizations"_s;

    for (const ScopeInfo &info : catalog.scopes()) {
        m_scopes.append({info.scope, info.title, info.why, info.adminConsent == AdminConsent::Yes});
    }

    m_url = authority;
    const QString prefix = authority.path().section(u'/', 0, -2); // empty for Microsoft's own login hosts
    m_url.setPath(prefix + u"/%1/v2.0/adminconsent"_s.arg(m_tenant));
    QUrlQuery query;
    query.addQueryItem(u"client_id"_s, m_clientId);
    // The exact delegated scopes, space-separated; Entra reads unqualified names as Microsoft Graph's.
    query.addQueryItem(u"scope"_s, scopeNames().join(u' '));
    query.addQueryItem(u"redirect_uri"_s, nativeClientRedirectUri(config).toString());
    query.addQueryItem(u"state"_s, m_state);
    m_url.setQuery(query);
}

QUrl AdminConsentRequest::nativeClientRedirectUri(const AppConfig &config)
{
    const QUrl authority = config.authority();
    QUrl url = authority;
    url.setPath(authority.path().section(u'/', 0, -2) + u"/common/oauth2/nativeclient"_s);
    url.setQuery(QString());
    return url;
}

QStringList AdminConsentRequest::scopeNames() const
{
    QStringList names;
    for (const Scope &scope : m_scopes)
        names << scope.name;
    return names;
}

QStringList AdminConsentRequest::scopesNeedingAdministrator() const
{
    QStringList names;
    for (const Scope &scope : m_scopes) {
        if (scope.needsAdministrator)
            names << scope.name;
    }
    return names;
}

QString AdminConsentRequest::subject() const
{
    return tr("Request: approve MentorDesk for our organisation");
}

QString AdminConsentRequest::message() const
{
    const QString who = m_requester.isEmpty() ? QString() : tr("\n\n%1").arg(m_requester);
    return tr("Hello,\n\n"
              "I would like to use MentorDesk, a desktop app for mentoring sessions, with my work account. Our "
              "organisation lets only administrators approve apps, so MentorDesk needs your approval once, for "
              "everyone.\n\n"
              "MentorDesk uses delegated permissions only: it acts as the signed-in user and can never reach data that "
              "user cannot reach. It has no client secret and no access of its own. The permissions are listed "
              "below.\n\n"
              "To review and approve them, open this link and sign in with an administrator account:\n%1\n\n"
              "Microsoft then shows the permissions and asks you to accept. Afterwards the page says that the app "
              "was approved; nothing else needs to be installed or configured. You can revoke the approval at any "
              "time in the Microsoft Entra admin center (Enterprise applications → MentorDesk → Permissions).\n\n"
              "Thank you!%2")
        .arg(adminConsentLink(), who);
}

QString AdminConsentRequest::toText() const
{
    QStringList lines;
    lines << message() << QString() << tr("Details") << QString();
    lines << tr("Application: MentorDesk");
    lines << tr("Application (client) ID: %1").arg(m_clientId);
    lines << tr("Tenant: %1").arg(m_tenant);
    lines << tr("Delegated permissions (Microsoft Graph):");
    for (const Scope &scope : m_scopes) {
        const QString admin
            = scope.needsAdministrator ? tr("needs an administrator") : tr("users may consent, unless not allowed");
        lines << tr("- %1 (%2): %3 [%4]").arg(scope.name, scope.title, scope.why, admin);
    }
    lines << tr("Administrator consent link: %1").arg(adminConsentLink());
    return lines.join(u'\n');
}

QUrl AdminConsentRequest::mailtoUrl(const QString &recipient) const
{
    QUrl url;
    url.setScheme(u"mailto"_s);
    url.setPath(recipient);
    // Every character that is not unreserved is percent-encoded, so the body's "&", "=" and "#" reach the mail
    // client as text; line breaks are CRLF (RFC 6068, section 5).
    const auto encode = [](QString text) {
        return QUrl::toPercentEncoding(text.replace(u'\n', u"\r\n"_s));
    };
    url.setQuery(QString::fromLatin1("subject=" + encode(subject()) + "&body=" + encode(toText())));
    return url;
}

} // namespace MentorDesk
