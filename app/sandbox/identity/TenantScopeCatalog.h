#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace MentorDesk::Sandbox {

struct ScopeInfo
{
    QString name; // canonical spelling, e.g. "Calendars.ReadWrite"
    QString description; // what the consent page shows
    bool adminConsentRequired = false;
    bool personalAccounts = true; // supported for Microsoft accounts
    bool openIdConnect = false; // openid, profile, email, offline_access
};

// Delegated scopes the sandbox knows (OIDC + the Graph permissions of docs/permissions.md, with their admin-consent and
// personal-account support); anything else is an invalid scope, as on Entra.
class TenantScopeCatalog
{
public:
    static const QList<ScopeInfo> &all();
    // Accepts "User.Read", "user.read" and "https://graph.microsoft.com/User.Read"; nullptr when unknown.
    static const ScopeInfo *find(const QString &scope);
    // The demo registration's statically configured permissions (what ".default" stands for).
    static QStringList staticPermissions();
    // The static permissions only an administrator can grant (Group.Read.All).
    static QStringList adminOnlyStaticPermissions();
    // Canonical names in the catalogue's order, so responses and snapshots are stable.
    static QStringList ordered(const QSet<QString> &scopes);
    static bool isOpenIdConnect(const QString &scope);
};

} // namespace MentorDesk::Sandbox
