#pragma once

#include "sandbox/http/HttpRequest.h"
#include "sandbox/http/HttpResponse.h"
#include "sandbox/identity/TenantScopeCatalog.h"
#include "sandbox/identity/TokenIssuer.h"

#include <QCoreApplication>

namespace MentorDesk::Sandbox {

// Entra ID v2.0 at the same paths: /{tenant}/v2.0/.well-known/openid-configuration, /{tenant}/oauth2/v2.0/authorize
// (consent page, redirects), /{tenant}/oauth2/v2.0/token (code + PKCE, refresh), /{tenant}/v2.0/adminconsent,
// /{tenant}/discovery/v2.0/keys, /{tenant}/oauth2/v2.0/logout and /common/oauth2/nativeclient (the page where a
// redirect to the native-client URI ends, e.g. an admin consent opened on the administrator's computer).
class IdentityEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::Sandbox::IdentityEndpoints)

public:
    IdentityEndpoints(SandboxState &state, const TokenIssuer &issuer);

    static bool isIdentityPath(const HttpRequest &request);
    static bool isTokenPath(const HttpRequest &request); // /{tenant}/oauth2/v2.0/token
    HttpResponse handle(const HttpRequest &request, const QString &baseUrl);
    // The demo registration's equivalent of https://login.microsoftonline.com/common/oauth2/nativeclient.
    static QString nativeClientRedirectUri(const QString &baseUrl);

    // The Graph scopes a token for this user gets when the given ones are granted now: everything consented
    // before (by the user or an admin) counts too, as on Entra; unsupported ones drop out for personal accounts.
    QStringList tokenGraphScopes(const QString &upn, const QStringList &granted) const;

    // What a status fault with an AADSTS code (Fault::aadsts) answers: Entra's token error shape (error,
    // error_description "AADSTS<code>: …", error_codes, trace and correlation ids), with Entra's wording for the
    // codes a refresh meets (70000, 70008, 700082, 70043, 50173, 65001).
    HttpResponse injectedTokenError(int status, const QString &error, int code) const;
    // A fault hit a token request: one that was never processed ("before") is recorded in tokenRequests like any
    // other (secrets as "(present)", outcome "fault:<type>"); a processed one ("after") gets the fault's id on its
    // record. So tokenRequests counts every attempt a client made.
    void recordTokenFault(const HttpRequest &request, const QString &faultId, const QString &faultType, bool processed,
                          int status);

private:
    struct Problem
    {
        Problem(QString error, int code, QString message, QString subcode = {})
            : error(std::move(error))
            , code(code)
            , message(std::move(message))
            , subcode(std::move(subcode))
        { }

        QString error;
        int code = 0;
        QString message;
        QString subcode; // error_subcode, e.g. "cancel" when the user left a page with its button
    };

    HttpResponse openIdConfiguration(const QString &tenant, const QString &baseUrl) const;
    HttpResponse authorize(const HttpRequest &request, const QString &tenant, const QString &baseUrl);
    HttpResponse authorizeDecision(const HttpRequest &request, const QString &tenant);
    HttpResponse token(const HttpRequest &request, const QString &tenant, const QString &baseUrl);
    HttpResponse adminConsent(const HttpRequest &request, const QString &tenant, const QString &baseUrl);
    HttpResponse adminConsentDecision(const HttpRequest &request);
    HttpResponse nativeClientPage(const HttpRequest &request) const;
    HttpResponse keys() const;

    HttpResponse errorPage(int status, const Problem &problem) const;
    // error, error_subcode, error_description, then extra, then state (Entra's order).
    HttpResponse redirectWithError(const QString &redirectUri, const Problem &problem, const QString &state,
                                   const ParameterList &extra = {}) const;
    HttpResponse issueCode(const QJsonObject &flow);
    HttpResponse tokenError(int status, const Problem &problem) const;
    QString errorDescription(const Problem &problem) const;
    std::optional<Problem> tenantProblem(const QString &tenant, bool forSignIn) const;
    bool isRegisteredRedirect(const QString &uri, const QString &baseUrl) const;
    // The one consent rule of authorize and token: a scope counts when the user consented to it or an administrator
    // granted it tenant-wide; a user may consent only to scopes that need no administrator, and to none at all when
    // the tenant lets no user consent (personal accounts have no administrator: both rules are off for them).
    bool isGranted(const QString &upn, const QString &scope) const;
    bool userMayConsent(const ScopeInfo &info) const;
    QString tenantIdFor(const QString &tenant) const;

    SandboxState &m_state;
    const TokenIssuer &m_issuer;
};

} // namespace MentorDesk::Sandbox
