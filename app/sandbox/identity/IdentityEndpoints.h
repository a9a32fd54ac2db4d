#pragma once

#include "sandbox/http/HttpResponse.h"
#include "sandbox/identity/TokenIssuer.h"

#include <QCoreApplication>

namespace MentorDesk::Sandbox {

// Entra ID v2.0 at the same paths: /{tenant}/v2.0/.well-known/openid-configuration, /{tenant}/oauth2/v2.0/authorize
// (consent page, redirects), /{tenant}/oauth2/v2.0/token (code + PKCE, refresh), /{tenant}/v2.0/adminconsent,
// /{tenant}/discovery/v2.0/keys and /{tenant}/oauth2/v2.0/logout.
class IdentityEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::Sandbox::IdentityEndpoints)

public:
    IdentityEndpoints(SandboxState &state, const TokenIssuer &issuer);

    static bool isIdentityPath(const HttpRequest &request);
    HttpResponse handle(const HttpRequest &request, const QString &baseUrl);

    // The Graph scopes a token for this user gets when the given ones are granted now: everything consented
    // before (by the user or an admin) counts too, as on Entra; unsupported ones drop out for personal accounts.
    QStringList tokenGraphScopes(const QString &upn, const QStringList &granted) const;

private:
    struct Problem
    {
        QString error;
        int code = 0;
        QString message;
    };

    HttpResponse openIdConfiguration(const QString &tenant, const QString &baseUrl) const;
    HttpResponse authorize(const HttpRequest &request, const QString &tenant, const QString &baseUrl);
    HttpResponse authorizeDecision(const HttpRequest &request, const QString &tenant);
    HttpResponse token(const HttpRequest &request, const QString &tenant, const QString &baseUrl);
    HttpResponse adminConsent(const HttpRequest &request, const QString &tenant, const QString &baseUrl);
    HttpResponse adminConsentDecision(const HttpRequest &request);
    HttpResponse keys() const;

    HttpResponse errorPage(int status, const Problem &problem) const;
    HttpResponse redirectWithError(const QString &redirectUri, const Problem &problem, const QString &state) const;
    HttpResponse issueCode(const QJsonObject &flow);
    HttpResponse tokenError(int status, const Problem &problem) const;
    QString errorDescription(const Problem &problem) const;
    std::optional<Problem> tenantProblem(const QString &tenant, bool forSignIn) const;
    bool isRegisteredRedirect(const QString &uri) const;
    QString tenantIdFor(const QString &tenant) const;

    SandboxState &m_state;
    const TokenIssuer &m_issuer;
};

} // namespace MentorDesk::Sandbox
