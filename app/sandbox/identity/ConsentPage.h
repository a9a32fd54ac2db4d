#pragma once

#include "sandbox/identity/TenantScopeCatalog.h"

#include <QCoreApplication>

namespace MentorDesk::Sandbox {

// The HTML pages of the imitated sign-in: consent, "Need admin approval", admin consent, errors and the native-client
// redirect page. Every value that came from a request is HTML-escaped; the forms post back a flow id only, never the
// request's values.
class ConsentPage
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::Sandbox::ConsentPage)

public:
    struct ScopeLine
    {
        ScopeInfo info;
        bool alreadyGrantedByAdmin = false;
    };

    static QString consent(const QString &action, const QString &flowId, const QString &appName, const QString &account,
                           const QString &tenantName, const QString &redirectHost, const QList<ScopeLine> &scopes);
    static QString needAdminApproval(const QString &action, const QString &flowId, const QString &appName,
                                     const QString &account, const QStringList &adminScopes);
    static QString adminConsent(const QString &action, const QString &flowId, const QString &appName,
                                const QString &account, const QString &tenantName, const QList<ScopeLine> &scopes);
    static QString error(const QString &message, const QString &traceId, const QString &correlationId,
                         const QString &timestamp);
    static QString signedOut();
    // /common/oauth2/nativeclient: an admin consent's approval, an error redirected there, or neither.
    static QString adminConsentApproved(const QString &appName, const QString &tenantName);
    static QString nativeClientError(const QString &error, const QString &subcode, const QString &description);
    static QString nativeClient();

private:
    static QString frame(const QString &title, const QString &content);
};

} // namespace MentorDesk::Sandbox
