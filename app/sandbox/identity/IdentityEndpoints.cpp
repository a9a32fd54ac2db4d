#include "sandbox/identity/IdentityEndpoints.h"

#include "sandbox/http/FormEncoding.h"
#include "sandbox/identity/ConsentPage.h"
#include "sandbox/identity/TenantScopeCatalog.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

namespace {

constexpr qint64 kCodeLifetimeSeconds = 600;
constexpr qint64 kRefreshInactivitySeconds = 90LL * 24 * 3600;
const QString kAppName = u"MentorDesk"_s;

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool hasParameter(const ParameterList &parameters, const QString &name)
{
    for (const auto &parameter : parameters) {
        if (parameter.first == name)
            return true;
    }
    return false;
}

QJsonArray toPairs(const ParameterList &parameters)
{
    QJsonArray pairs;
    for (const auto &[name, value] : parameters)
        pairs.append(QJsonArray{name, value});
    return pairs;
}

// Canonical scope names in the catalogue's order, so responses are stable.
QStringList canonicalOrder(const QStringList &scopes)
{
    return TenantScopeCatalog::ordered(QSet<QString>(scopes.begin(), scopes.end()));
}

// "{resource}/.default": every statically configured permission of the registration for Microsoft Graph, named by
// its URI or its application id (https://learn.microsoft.com/entra/identity-platform/scopes-oidc#the-default-scope).
// The demo Graph at the sandbox's own address is Graph too, so an app configured for it asks for baseUrl/.default.
bool isGraphDefault(const QString &scope, const QString &baseUrl)
{
    for (const QString &resource : {u"https://graph.microsoft.com"_s, baseUrl, QString::fromLatin1(kGraphResourceId)}) {
        if (scope.compare(resource + u"/.default"_s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

const QStringList &openIdScopes()
{
    static const QStringList scopes{u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s};
    return scopes;
}

QString consentMissingMessage(const QString &clientId)
{
    return u"The user or administrator has not consented to use the application with ID '%1' named '%2'. Send an "
           u"interactive authorization request for this user and resource."_s.arg(clientId, kAppName);
}

} // namespace

IdentityEndpoints::IdentityEndpoints(SandboxState &state, const TokenIssuer &issuer)
    : m_state(state)
    , m_issuer(issuer)
{ }

bool IdentityEndpoints::isIdentityPath(const HttpRequest &request)
{
    const QStringList &s = request.segments;
    if (s.size() == 4 && s.at(1) == u"oauth2"_s && s.at(2) == u"v2.0"_s)
        return true;
    if (s.size() == 4 && s.at(1) == u"v2.0"_s && s.at(2) == u".well-known"_s)
        return true;
    if (s.size() == 3 && s.at(1) == u"v2.0"_s && s.at(2) == u"adminconsent"_s)
        return true;
    if (s.size() == 3 && s.at(0) == u"common"_s && s.at(1) == u"oauth2"_s && s.at(2) == u"nativeclient"_s)
        return true;
    return s.size() == 4 && s.at(1) == u"discovery"_s && s.at(2) == u"v2.0"_s && s.at(3) == u"keys"_s;
}

bool IdentityEndpoints::isTokenPath(const HttpRequest &request)
{
    const QStringList &s = request.segments;
    return s.size() == 4 && s.at(1) == u"oauth2"_s && s.at(2) == u"v2.0"_s && s.at(3) == u"token"_s;
}

HttpResponse IdentityEndpoints::handle(const HttpRequest &request, const QString &baseUrl)
{
    const QStringList &s = request.segments;
    const QString tenant = s.at(0);
    if (s.size() == 4 && s.at(2) == u".well-known"_s && s.at(3) == u"openid-configuration"_s)
        return openIdConfiguration(tenant, baseUrl);
    if (s.size() == 4 && s.at(1) == u"discovery"_s)
        return keys();
    if (s.size() == 3 && s.at(2) == u"adminconsent"_s)
        return request.method == "POST" ? adminConsentDecision(request) : adminConsent(request, tenant, baseUrl);
    if (s.size() == 3 && s.at(2) == u"nativeclient"_s)
        return nativeClientPage(request);
    if (s.size() == 4 && s.at(1) == u"oauth2"_s) {
        if (s.at(3) == u"authorize"_s)
            return request.method == "POST" ? authorizeDecision(request, tenant) : authorize(request, tenant, baseUrl);
        if (s.at(3) == u"token"_s)
            return token(request, tenant, baseUrl);
        if (s.at(3) == u"logout"_s) {
            m_state.browserSessionUpn.clear(); // signing out ends the browser's session: prompt=none is login_required
            const QString target = request.queryValue(u"post_logout_redirect_uri"_s);
            if (!target.isEmpty() && isRegisteredRedirect(target, baseUrl))
                return HttpResponse::redirect(QUrl(target).toEncoded());
            return HttpResponse::html(200, ConsentPage::signedOut());
        }
    }
    return errorPage(404, {u"invalid_request"_s, 90011, u"Request is not valid: unknown endpoint."_s});
}

QString IdentityEndpoints::nativeClientRedirectUri(const QString &baseUrl)
{
    return baseUrl + u"/common/oauth2/nativeclient"_s;
}

QString IdentityEndpoints::tenantIdFor(const QString &tenant) const
{
    if (tenant == u"consumers"_s || tenant == QLatin1StringView(kMsaTenantId))
        return QString::fromLatin1(kMsaTenantId);
    if (tenant == u"common"_s || tenant == u"organizations"_s)
        return u"{tenantid}"_s;
    return m_state.tenantId;
}

std::optional<IdentityEndpoints::Problem> IdentityEndpoints::tenantProblem(const QString &tenant, bool forSignIn) const
{
    const bool known = tenant == u"common"_s || tenant == u"organizations"_s || tenant == u"consumers"_s
        || tenant == m_state.tenantId || tenant.compare(m_state.tenantDomain, Qt::CaseInsensitive) == 0
        || tenant == QLatin1StringView(kMsaTenantId);
    if (!known) {
        return Problem{u"invalid_tenant"_s, 90002,
                       u"Tenant '%1' not found. Check to make sure you have the correct tenant ID and are signing into "
                       u"the correct cloud."_s.arg(tenant)};
    }
    if (!forSignIn)
        return std::nullopt;
    const bool consumerAuthority = tenant == u"consumers"_s || tenant == QLatin1StringView(kMsaTenantId);
    const bool workAuthority = tenant == u"organizations"_s || tenant == m_state.tenantId
        || tenant.compare(m_state.tenantDomain, Qt::CaseInsensitive) == 0;
    if (m_state.personalAccounts && workAuthority) {
        return Problem{u"invalid_request"_s, 50020,
                       u"User account '%1' from identity provider 'live.com' does not exist in tenant '%2' and cannot "
                       u"access the application '%3'. You can't sign in here with a personal account. Use your work or "
                       u"school account instead."_s.arg(m_state.mentorUpn, tenant, m_state.clientId)};
    }
    if (!m_state.personalAccounts && consumerAuthority) {
        return Problem{
            u"invalid_request"_s, 50020,
            u"User account '%1' from identity provider 'https://sts.windows.net/%2/' does not exist in tenant "
            u"'Microsoft Services' and cannot access the application '%3'."_s.arg(m_state.mentorUpn, m_state.tenantId,
                                                                                  m_state.clientId)};
    }
    return std::nullopt;
}

bool IdentityEndpoints::isRegisteredRedirect(const QString &uri, const QString &baseUrl) const
{
    // Mobile and desktop registration: http://localhost/callback and http://127.0.0.1/callback; the port is
    // ignored for loopback, host and path must match exactly (docs/entra/sign-in.md). Beside them, the sandbox's
    // equivalent of https://login.microsoftonline.com/common/oauth2/nativeclient, matched exactly: the URI an
    // admin consent link names, since it is opened on the administrator's computer where no app listens
    // (https://learn.microsoft.com/entra/identity-platform/scenario-desktop-app-registration).
    if (uri == nativeClientRedirectUri(baseUrl))
        return true;
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http"_s || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return false;
    if (url.host() != u"localhost"_s && url.host() != u"127.0.0.1"_s)
        return false;
    return url.path() == u"/callback"_s;
}

QString IdentityEndpoints::errorDescription(const Problem &problem) const
{
    return u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5"_s.arg(
        QString::number(problem.code), problem.message, guid(), guid(),
        m_state.clock.nowUtc().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s));
}

HttpResponse IdentityEndpoints::errorPage(int status, const Problem &problem) const
{
    return HttpResponse::html(status,
                              ConsentPage::error(u"AADSTS%1: %2"_s.arg(problem.code).arg(problem.message), guid(),
                                                 guid(), m_state.clock.nowUtc().toString(Qt::ISODate)));
}

HttpResponse IdentityEndpoints::redirectWithError(const QString &redirectUri, const Problem &problem,
                                                  const QString &state, const ParameterList &extra) const
{
    ParameterList parameters{{u"error"_s, problem.error}};
    if (!problem.subcode.isEmpty())
        parameters.append({u"error_subcode"_s, problem.subcode});
    parameters.append({u"error_description"_s, errorDescription(problem)});
    parameters.append(extra);
    if (!state.isNull())
        parameters.append({u"state"_s, state});
    return HttpResponse::redirect(QUrl(redirectUri).toEncoded() + '?' + FormEncoding::encode(parameters));
}

HttpResponse IdentityEndpoints::openIdConfiguration(const QString &tenant, const QString &baseUrl) const
{
    if (const auto problem = tenantProblem(tenant, false))
        return tokenError(400, *problem);
    const QString root = baseUrl + u'/' + tenant;
    const QString issuerTenant = tenantIdFor(tenant);
    return HttpResponse::json(
        200,
        QJsonObject{
            {u"token_endpoint"_s, QString(root + u"/oauth2/v2.0/token"_s)},
            {u"token_endpoint_auth_methods_supported"_s,
             QJsonArray{u"client_secret_post"_s, u"private_key_jwt"_s, u"client_secret_basic"_s}},
            {u"jwks_uri"_s, QString(root + u"/discovery/v2.0/keys"_s)},
            {u"response_modes_supported"_s, QJsonArray{u"query"_s, u"fragment"_s, u"form_post"_s}},
            {u"subject_types_supported"_s, QJsonArray{u"pairwise"_s}},
            {u"id_token_signing_alg_values_supported"_s, QJsonArray{u"HS256"_s}},
            {u"response_types_supported"_s,
             QJsonArray{u"code"_s, u"id_token"_s, u"code id_token"_s, u"id_token token"_s}},
            {u"scopes_supported"_s, QJsonArray{u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s}},
            {u"issuer"_s, QString(baseUrl + u'/' + issuerTenant + u"/v2.0"_s)},
            {u"request_uri_parameter_supported"_s, false},
            {u"userinfo_endpoint"_s, QString(baseUrl + u"/oidc/userinfo"_s)},
            {u"authorization_endpoint"_s, QString(root + u"/oauth2/v2.0/authorize"_s)},
            {u"device_authorization_endpoint"_s, QString(root + u"/oauth2/v2.0/devicecode"_s)},
            {u"http_logout_supported"_s, true},
            {u"frontchannel_logout_supported"_s, true},
            {u"end_session_endpoint"_s, QString(root + u"/oauth2/v2.0/logout"_s)},
            {u"claims_supported"_s,
             QJsonArray{u"sub"_s, u"iss"_s, u"aud"_s, u"exp"_s, u"iat"_s, u"auth_time"_s, u"acr"_s, u"nonce"_s,
                        u"preferred_username"_s, u"name"_s, u"tid"_s, u"ver"_s, u"at_hash"_s, u"c_hash"_s, u"email"_s,
                        u"oid"_s}},
            {u"code_challenge_methods_supported"_s, QJsonArray{u"plain"_s, u"S256"_s}},
            {u"tenant_region_scope"_s, u"EU"_s},
            {u"cloud_instance_name"_s, u"sandbox.invalid"_s},
            {u"cloud_graph_host_name"_s, u"graph.sandbox.invalid"_s},
            {u"msgraph_host"_s, u"graph.microsoft.com"_s},
        });
}

HttpResponse IdentityEndpoints::keys() const
{
    // Entra publishes RSA keys; the sandbox signs with a per-run HMAC key it never publishes. Clients do not
    // verify access tokens (they are for Graph), so an empty key set is honest.
    return HttpResponse::json(200, QJsonObject{{u"keys"_s, QJsonArray{}}});
}

bool IdentityEndpoints::isGranted(const QString &upn, const QString &scope) const
{
    if (m_state.userConsents.value(upn.toLower()).contains(scope))
        return true;
    return !m_state.personalAccounts && m_state.adminGrantedScopes.contains(scope);
}

bool IdentityEndpoints::userMayConsent(const ScopeInfo &info) const
{
    if (m_state.personalAccounts)
        return true;
    return !info.adminConsentRequired && !m_state.userConsentDisabled;
}

QStringList IdentityEndpoints::tokenGraphScopes(const QString &upn, const QStringList &granted) const
{
    QSet<QString> scopes;
    const auto add = [&](const QString &scope) {
        const ScopeInfo *info = TenantScopeCatalog::find(scope);
        if (!info || info->openIdConnect)
            return;
        if (m_state.personalAccounts && !info->personalAccounts)
            return;
        // A grant withdrawn since (an administrator's, through /_sandbox/config) no longer counts.
        if (!isGranted(upn, info->name))
            return;
        scopes.insert(info->name);
    };
    for (const QString &scope : granted)
        add(scope);
    for (const QString &scope : m_state.userConsents.value(upn.toLower()))
        add(scope);
    for (const QString &scope : m_state.adminGrantedScopes)
        add(scope);
    return TenantScopeCatalog::ordered(scopes);
}

HttpResponse IdentityEndpoints::authorize(const HttpRequest &request, const QString &tenant, const QString &baseUrl)
{
    const ParameterList &parameters = request.query;
    QJsonObject record{{u"method"_s, QString::fromLatin1(request.method)},
                       {u"tenant"_s, tenant},
                       {u"parameters"_s, toPairs(parameters)},
                       {u"time"_s, m_state.clock.nowUtc().toString(Qt::ISODate)}};
    const auto finish = [&](const QString &outcome, HttpResponse response) {
        record.insert(u"outcome"_s, outcome);
        m_state.authorizeRequests.append(record);
        return response;
    };

    if (const auto problem = tenantProblem(tenant, false))
        return finish(u"error:AADSTS%1"_s.arg(problem->code), errorPage(400, *problem));
    const QStringList duplicated = FormEncoding::duplicatedNames(parameters);
    if (!duplicated.isEmpty()) {
        const Problem problem{
            u"invalid_request"_s, 9000411,
            u"The request is not properly formatted. The parameter '%1' is duplicated."_s.arg(duplicated.first())};
        return finish(u"error:AADSTS9000411"_s, errorPage(400, problem));
    }
    const QString clientId = FormEncoding::firstValue(parameters, u"client_id"_s);
    if (clientId.isEmpty()) {
        return finish(u"error:AADSTS900144"_s,
                      errorPage(400,
                                {u"invalid_request"_s, 900144,
                                 u"The request body must contain the following parameter: 'client_id'."_s}));
    }
    if (clientId != m_state.clientId) {
        return finish(u"error:AADSTS700016"_s,
                      errorPage(400,
                                {u"unauthorized_client"_s, 700016,
                                 u"Application with identifier '%1' was not found in the directory '%2'. This can "
                                 u"happen if the application has not been installed by the administrator of the "
                                 u"tenant or consented to by any user in the tenant. You may have sent your "
                                 u"authentication request to the wrong tenant."_s.arg(clientId, m_state.tenantName)}));
    }
    const QString redirectUri = FormEncoding::firstValue(parameters, u"redirect_uri"_s);
    if (!isRegisteredRedirect(redirectUri, baseUrl)) {
        return finish(u"error:AADSTS50011"_s,
                      errorPage(400,
                                {u"invalid_request"_s, 50011,
                                 u"The redirect URI '%1' specified in the request does not match the redirect URIs "
                                 u"configured for the application '%2'. Make sure the redirect URI sent in the "
                                 u"request matches one added to your application in the Azure portal."_s.arg(
                                     redirectUri, clientId)}));
    }

    // From here on errors travel back to the (valid) redirect URI (RFC 6749 section 4.1.2.1); before it, never.
    const QString state
        = hasParameter(parameters, u"state"_s) ? FormEncoding::firstValue(parameters, u"state"_s) : QString();
    const QString prompt = FormEncoding::firstValue(parameters, u"prompt"_s);
    // prompt=none never shows a page: every outcome is a redirect (OpenID Connect Core 1.0 section 3.1.2.6,
    // https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow#error-codes-for-authorization-endpoint-errors).
    const bool silent = prompt == u"none"_s;
    const auto fail = [&](const Problem &problem) {
        return finish(u"redirect:"_s + problem.error, redirectWithError(redirectUri, problem, state));
    };
    if (const auto problem = tenantProblem(tenant, true)) {
        if (silent)
            return fail(*problem);
        return finish(u"error:AADSTS%1"_s.arg(problem->code), errorPage(400, *problem));
    }
    const QString responseType = FormEncoding::firstValue(parameters, u"response_type"_s);
    if (responseType.isEmpty())
        return fail({u"invalid_request"_s, 900144,
                     u"The request body must contain the following parameter: 'response_type'."_s});
    if (responseType != u"code"_s)
        return fail({u"unsupported_response_type"_s, 700054,
                     u"response_type '%1' is not enabled for the application."_s.arg(responseType)});
    const QString scopeParameter = FormEncoding::firstValue(parameters, u"scope"_s);
    if (scopeParameter.trimmed().isEmpty())
        return fail(
            {u"invalid_request"_s, 900144, u"The request body must contain the following parameter: 'scope'."_s});
    QStringList requested;
    for (const QString &raw : scopeParameter.split(u' ', Qt::SkipEmptyParts)) {
        if (isGraphDefault(raw, baseUrl)) {
            requested << TenantScopeCatalog::staticPermissions();
            continue;
        }
        const ScopeInfo *info = TenantScopeCatalog::find(raw);
        if (!info) {
            return fail({u"invalid_scope"_s, 70011,
                         u"The provided value for the input parameter 'scope' is not valid. The scope '%1' does not "
                         u"exist."_s.arg(raw)});
        }
        requested << info->name;
    }
    requested.removeDuplicates();
    const QString challenge = FormEncoding::firstValue(parameters, u"code_challenge"_s);
    QString method = FormEncoding::firstValue(parameters, u"code_challenge_method"_s);
    if (!method.isEmpty() && challenge.isEmpty())
        return fail({u"invalid_request"_s, 900144,
                     u"The request body must contain the following parameter: 'code_challenge'."_s});
    if (!challenge.isEmpty()) {
        if (method.isEmpty())
            method = u"plain"_s;
        if (method != u"S256"_s && method != u"plain"_s)
            return fail({u"invalid_request"_s, 50148,
                         u"The code_challenge_method '%1' is not supported; use S256 or plain."_s.arg(method)});
        if (challenge.size() < 43 || challenge.size() > 128)
            return fail({u"invalid_request"_s, 501491, u"Invalid size of Code_Challenge parameter."_s});
    }

    // Personal accounts cannot have the Teams and directory scopes: they are silently left out.
    QStringList granted;
    for (const QString &scope : requested) {
        const ScopeInfo *info = TenantScopeCatalog::find(scope);
        if (m_state.personalAccounts && !info->personalAccounts)
            continue;
        granted << scope;
    }
    const QString account = m_state.mentorUpn;
    QStringList needsAdmin; // only an administrator can grant these
    QStringList needsConsent; // the user can consent to these
    for (const QString &scope : std::as_const(granted)) {
        if (isGranted(account, scope))
            continue;
        if (userMayConsent(*TenantScopeCatalog::find(scope)))
            needsConsent << scope;
        else
            needsAdmin << scope;
    }

    const QString flowId = randomToken(24);
    const QJsonObject flow{
        {u"tenant"_s, tenant},
        {u"clientId"_s, clientId},
        {u"redirectUri"_s, redirectUri},
        {u"state"_s, hasParameter(parameters, u"state"_s) ? QJsonValue(state) : QJsonValue()},
        {u"scopes"_s, QJsonArray::fromStringList(granted)},
        {u"codeChallenge"_s, challenge},
        {u"codeChallengeMethod"_s, challenge.isEmpty() ? QString() : method},
        {u"nonce"_s, FormEncoding::firstValue(parameters, u"nonce"_s)},
        {u"needsAdmin"_s, QJsonArray::fromStringList(needsAdmin)},
    };

    if (silent) {
        // Nobody signed in in this browser, or the hint names someone else: only an interactive sign-in helps.
        const QString hint = FormEncoding::firstValue(parameters, u"login_hint"_s);
        if (m_state.browserSessionUpn.isEmpty()
            || (!hint.isEmpty() && hint.compare(m_state.browserSessionUpn, Qt::CaseInsensitive) != 0)) {
            return fail({u"login_required"_s, 50058,
                         u"A silent sign-in request was sent but no user is signed in. The cookies used to represent "
                         u"the user's session were not sent in the request to Azure AD."_s});
        }
        if (m_state.interactionRequired) {
            return fail({u"interaction_required"_s, 50076,
                         u"Due to a configuration change made by your administrator, or because you moved to a new "
                         u"location, you must use multi-factor authentication to access '%1'."_s.arg(
                             QLatin1StringView(kGraphResourceId))});
        }
        if (!needsAdmin.isEmpty())
            return fail({u"consent_required"_s, 90094, u"The grant requires admin permission."_s});
        if (!needsConsent.isEmpty())
            return fail({u"consent_required"_s, 65001, consentMissingMessage(clientId)});
        return finish(u"redirect:code"_s, issueCode(flow));
    }

    // An interactive request signs the mentor in (the sandbox has no password page): this browser now has a
    // session, which later prompt=none requests find.
    m_state.browserSessionUpn = account;
    const QString action = baseUrl + u'/' + tenant + u"/oauth2/v2.0/authorize"_s;
    if (!needsAdmin.isEmpty()) {
        m_state.pendingAuthorizations.insert(flowId, flow);
        return finish(
            u"page:needAdminApproval"_s,
            HttpResponse::html(200, ConsentPage::needAdminApproval(action, flowId, kAppName, account, needsAdmin)));
    }
    if (m_state.autoConsent
        || (needsConsent.isEmpty() && prompt != u"consent"_s && prompt != u"login"_s && prompt != u"select_account"_s))
        return finish(u"redirect:code"_s, issueCode(flow));
    m_state.pendingAuthorizations.insert(flowId, flow);
    QList<ConsentPage::ScopeLine> lines;
    for (const QString &scope : std::as_const(granted)) {
        const ScopeInfo *info = TenantScopeCatalog::find(scope);
        lines.append({*info, !m_state.personalAccounts && m_state.adminGrantedScopes.contains(scope)});
    }
    const QString host = QUrl(redirectUri).host();
    return finish(
        u"page:consent"_s,
        HttpResponse::html(200,
                           ConsentPage::consent(action, flowId, kAppName, account,
                                                m_state.personalAccounts ? u"Microsoft account"_s : m_state.tenantName,
                                                host, lines)));
}

HttpResponse IdentityEndpoints::issueCode(const QJsonObject &flow)
{
    const QString upn = m_state.mentorUpn.toLower();
    QStringList scopes;
    for (const auto &scope : flow.value(u"scopes"_s).toArray()) {
        scopes << scope.toString();
        // What an administrator granted for everyone is not the user's own consent: it ends with the admin grant.
        if (!isGranted(upn, scope.toString()))
            m_state.userConsents[upn].insert(scope.toString());
    }
    AuthorizationCode code;
    code.clientId = flow.value(u"clientId"_s).toString();
    code.redirectUri = flow.value(u"redirectUri"_s).toString();
    code.tenant = flow.value(u"tenant"_s).toString();
    code.scopes = scopes;
    code.codeChallenge = flow.value(u"codeChallenge"_s).toString();
    code.codeChallengeMethod = flow.value(u"codeChallengeMethod"_s).toString();
    code.nonce = flow.value(u"nonce"_s).toString();
    code.userUpn = upn;
    code.issuedAt = m_state.clock.nowUtc();
    const QString value = u"1.AXkA"_s + randomToken(96);
    m_state.codes.insert(value, code);
    ParameterList parameters{{u"code"_s, value}};
    if (!flow.value(u"state"_s).isNull())
        parameters.append({u"state"_s, flow.value(u"state"_s).toString()});
    parameters.append({u"session_state"_s, guid()});
    return HttpResponse::redirect(QUrl(code.redirectUri).toEncoded() + '?' + FormEncoding::encode(parameters));
}

HttpResponse IdentityEndpoints::authorizeDecision(const HttpRequest &request, const QString &tenant)
{
    Q_UNUSED(tenant);
    const ParameterList form = FormEncoding::parse(request.body);
    const QString flowId = FormEncoding::firstValue(form, u"flow"_s);
    const QString decision = FormEncoding::firstValue(form, u"decision"_s);
    if (!m_state.pendingAuthorizations.contains(flowId)
        || m_state.pendingAuthorizations.value(flowId).value(u"kind"_s).toString() == u"admin"_s) {
        return errorPage(400,
                         {u"invalid_request"_s, 90014,
                          u"The sign-in session has expired or was already used. Start the sign-in again."_s});
    }
    const QJsonObject flow = m_state.pendingAuthorizations.take(flowId);
    const QString redirectUri = flow.value(u"redirectUri"_s).toString();
    const QString state = flow.value(u"state"_s).isNull() ? QString() : flow.value(u"state"_s).toString();
    const auto log = [&](const QString &outcome) {
        m_state.authorizeRequests.append(QJsonObject{{u"method"_s, u"POST"_s},
                                                     {u"tenant"_s, tenant},
                                                     {u"parameters"_s, toPairs(form)},
                                                     {u"time"_s, m_state.clock.nowUtc().toString(Qt::ISODate)},
                                                     {u"outcome"_s, outcome}});
    };
    // Both pages' way out is the user cancelling: access_denied with error_subcode=cancel, as Entra sends it
    // (https://learn.microsoft.com/entra/identity-platform/reference-error-codes). "Need admin approval" has only
    // "Return to the application without granting consent", so any decision on it ends the same way.
    if (!flow.value(u"needsAdmin"_s).toArray().isEmpty()) {
        log(u"redirect:access_denied"_s);
        return redirectWithError(
            redirectUri, {u"access_denied"_s, 90094, u"The grant requires admin permission."_s, u"cancel"_s}, state);
    }
    if (decision == u"accept"_s) {
        log(u"redirect:code"_s);
        return issueCode(flow);
    }
    log(u"redirect:access_denied"_s);
    return redirectWithError(
        redirectUri, {u"access_denied"_s, 65004, u"User declined to consent to access the app."_s, u"cancel"_s}, state);
}

HttpResponse IdentityEndpoints::tokenError(int status, const Problem &problem) const
{
    const QString traceId = guid();
    const QString correlationId = guid();
    const QString timestamp = m_state.clock.nowUtc().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
    HttpResponse response = HttpResponse::json(
        status,
        QJsonObject{
            {u"error"_s, problem.error},
            {u"error_description"_s,
             u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5"_s.arg(
                 QString::number(problem.code), problem.message, traceId, correlationId, timestamp)},
            {u"error_codes"_s, QJsonArray{problem.code}},
            {u"timestamp"_s, timestamp},
            {u"trace_id"_s, traceId},
            {u"correlation_id"_s, correlationId},
        });
    response.headers.emplaceBack("Cache-Control", "no-store, no-cache");
    return response;
}

HttpResponse IdentityEndpoints::injectedTokenError(int status, const QString &error, int code) const
{
    // Entra's wording (https://learn.microsoft.com/entra/identity-platform/reference-error-codes).
    const QHash<int, QString> messages{
        {70000, u"The request was denied because one or more grants are invalid."_s},
        {70008,
         u"The provided authorization code or refresh token has expired due to inactivity. Send a new interactive "
         u"authorization request for this user and resource."_s},
        {700082,
         u"The refresh token has expired due to inactivity. The token was issued on %1 and was inactive for "
         u"90.00:00:00."_s},
        {70043,
         u"The refresh token has expired or is invalid due to sign-in frequency checks by conditional access."_s},
        {50173,
         u"The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have "
         u"changed or reset their password. The grant was issued on '%1' and the TokensValidFrom date (before which "
         u"tokens are not valid) for this user is '%2'."_s},
        {65001, consentMissingMessage(m_state.clientId)},
    };
    const QString earlier = m_state.clock.nowUtc().addDays(-7).toString(Qt::ISODateWithMs);
    const QString now = m_state.clock.nowUtc().toString(Qt::ISODateWithMs);
    QString message = messages.value(code, u"Injected failure (sandbox fault, AADSTS%1)."_s.arg(code));
    if (message.contains(u"%1"_s))
        message = message.contains(u"%2"_s) ? message.arg(earlier, now) : message.arg(earlier);
    return tokenError(status, {error, code, message});
}

namespace {
QJsonArray recordedParameters(const ParameterList &form)
{
    QJsonArray recorded;
    static const QStringList secretNames{u"code"_s,          u"code_verifier"_s,    u"refresh_token"_s,
                                         u"client_secret"_s, u"client_assertion"_s, u"password"_s};
    for (const auto &[name, value] : form) {
        if (secretNames.contains(name))
            recorded.append(QJsonArray{name, value.isEmpty() ? u"(empty)"_s : u"(present)"_s});
        else
            recorded.append(QJsonArray{name, value});
    }
    return recorded;
}
} // namespace

void IdentityEndpoints::recordTokenFault(const HttpRequest &request, const QString &faultId, const QString &faultType,
                                         bool processed, int status)
{
    if (processed && !m_state.tokenRequests.isEmpty()) {
        QJsonObject last = m_state.tokenRequests.last().toObject();
        last.insert(u"fault"_s, faultId);
        m_state.tokenRequests.replace(m_state.tokenRequests.size() - 1, last);
        return;
    }
    const ParameterList form = request.method == "POST" ? FormEncoding::parse(request.body) : ParameterList();
    m_state.tokenRequests.append(QJsonObject{{u"tenant"_s, request.segments.value(0)},
                                             {u"parameters"_s, recordedParameters(form)},
                                             {u"time"_s, m_state.clock.nowUtc().toString(Qt::ISODate)},
                                             {u"status"_s, status},
                                             {u"outcome"_s, QString(u"fault:"_s + faultType)},
                                             {u"fault"_s, faultId}});
}

HttpResponse IdentityEndpoints::token(const HttpRequest &request, const QString &tenant, const QString &baseUrl)
{
    const ParameterList form = request.method == "POST" ? FormEncoding::parse(request.body) : ParameterList();
    QJsonObject record{{u"tenant"_s, tenant},
                       {u"parameters"_s, recordedParameters(form)},
                       {u"time"_s, m_state.clock.nowUtc().toString(Qt::ISODate)}};
    const auto finish = [&](HttpResponse response, const QString &outcome) {
        record.insert(u"status"_s, response.status);
        record.insert(u"outcome"_s, outcome);
        m_state.tokenRequests.append(record);
        return response;
    };
    const auto fail = [&](int status, const Problem &problem) {
        return finish(tokenError(status, problem), problem.error + u":AADSTS"_s + QString::number(problem.code));
    };

    if (request.method != "POST")
        return fail(
            400, {u"invalid_request"_s, 900561, u"The endpoint only accepts POST requests. Received a GET request."_s});
    if (const auto problem = tenantProblem(tenant, false))
        return fail(400, *problem);
    const QStringList duplicated = FormEncoding::duplicatedNames(form);
    if (!duplicated.isEmpty()) {
        return fail(
            400,
            {u"invalid_request"_s, 9000411,
             u"The request is not properly formatted. The parameter '%1' is duplicated."_s.arg(duplicated.first())});
    }
    const QString clientId = FormEncoding::firstValue(form, u"client_id"_s);
    if (clientId.isEmpty())
        return fail(
            400,
            {u"invalid_request"_s, 900144, u"The request body must contain the following parameter: 'client_id'."_s});
    if (clientId != m_state.clientId) {
        return fail(400,
                    {u"unauthorized_client"_s, 700016,
                     u"Application with identifier '%1' was not found in the directory '%2'."_s.arg(
                         clientId, m_state.tenantName)});
    }
    // A public client must not authenticate; Entra refuses a secret or an assertion outright (even an empty one).
    if (hasParameter(form, u"client_secret"_s) || hasParameter(form, u"client_assertion"_s)) {
        return fail(401,
                    {u"invalid_client"_s, 700025,
                     u"Client is public so neither 'client_assertion' nor 'client_secret' should be presented."_s});
    }
    const QString grantType = FormEncoding::firstValue(form, u"grant_type"_s);
    if (grantType.isEmpty())
        return fail(
            400,
            {u"invalid_request"_s, 900144, u"The request body must contain the following parameter: 'grant_type'."_s});

    QStringList grantedScopes; // as the user granted them (incl. OIDC)
    QString upn;
    QString nonce;
    if (grantType == u"authorization_code"_s) {
        const QString value = FormEncoding::firstValue(form, u"code"_s);
        if (value.isEmpty())
            return fail(
                400,
                {u"invalid_request"_s, 900144, u"The request body must contain the following parameter: 'code'."_s});
        const auto it = m_state.codes.find(value);
        if (it == m_state.codes.end())
            return fail(400, {u"invalid_grant"_s, 9002313, u"Invalid request. Request is malformed or invalid."_s});
        AuthorizationCode &code = it.value();
        if (code.redeemed) {
            // Entra answers a replay with this error and nothing more: tokens issued before stay valid.
            return fail(400,
                        {u"invalid_grant"_s, 54005,
                         u"OAuth2 Authorization code was already redeemed, please retry with a new valid code or use "
                         u"an existing refresh token."_s});
        }
        if (code.issuedAt.secsTo(m_state.clock.nowUtc()) > kCodeLifetimeSeconds) {
            return fail(400,
                        {u"invalid_grant"_s, 70008,
                         u"The provided authorization code or refresh token has expired due to inactivity. Send a new "
                         u"interactive authorization request for this user and resource."_s});
        }
        if (code.clientId != clientId)
            return fail(
                400, {u"invalid_grant"_s, 70000, u"The request was denied because one or more grants are invalid."_s});
        const QString redirectUri = FormEncoding::firstValue(form, u"redirect_uri"_s);
        if (redirectUri != code.redirectUri) {
            return fail(400,
                        {u"invalid_grant"_s, 500112,
                         u"The reply address '%1' does not match the reply address '%2' provided when requesting "
                         u"Authorization code."_s.arg(redirectUri, code.redirectUri)});
        }
        if (!code.codeChallenge.isEmpty()) {
            if (!hasParameter(form, u"code_verifier"_s)) {
                return fail(400,
                            {u"invalid_grant"_s, 50148,
                             u"The code_verifier does not match the code_challenge supplied in the authorization "
                             u"request for PKCE."_s});
            }
            const QString verifier = FormEncoding::firstValue(form, u"code_verifier"_s);
            const QString computed = code.codeChallengeMethod == u"S256"_s
                ? QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                          .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                : verifier;
            if (computed != code.codeChallenge) {
                return fail(400,
                            {u"invalid_grant"_s, 501481,
                             u"The Code_Verifier does not match the code_challenge supplied in the authorization "
                             u"request."_s});
            }
        }
        code.redeemed = true;
        grantedScopes = code.scopes;
        upn = code.userUpn;
        nonce = code.nonce;
    } else if (grantType == u"refresh_token"_s) {
        const QString value = FormEncoding::firstValue(form, u"refresh_token"_s);
        if (value.isEmpty())
            return fail(400,
                        {u"invalid_request"_s, 900144,
                         u"The request body must contain the following parameter: 'refresh_token'."_s});
        const auto it = m_state.refreshTokens.find(value);
        if (it == m_state.refreshTokens.end())
            return fail(400, {u"invalid_grant"_s, 9002313, u"Invalid request. Request is malformed or invalid."_s});
        RefreshToken &refresh = it.value();
        if (refresh.revoked) {
            return fail(400,
                        {u"invalid_grant"_s, 70000,
                         u"The provided value for the input parameter 'refresh_token' or 'assertion' is not valid. "
                         u"The refresh token has been revoked."_s});
        }
        if (refresh.lastUsed.secsTo(m_state.clock.nowUtc()) > kRefreshInactivitySeconds) {
            return fail(400,
                        {u"invalid_grant"_s, 700082,
                         u"The refresh token has expired due to inactivity. The token was issued on %1 and was "
                         u"inactive for 90.00:00:00."_s.arg(refresh.lastUsed.toString(Qt::ISODate))});
        }
        if (refresh.clientId != clientId)
            return fail(
                400, {u"invalid_grant"_s, 70000, u"The request was denied because one or more grants are invalid."_s});
        // Every scope asked for must be granted now, by the user or an administrator (the rule authorize applies);
        // .default asks for whatever is granted. Scopes personal accounts cannot have drop out, as in authorize.
        QStringList requested;
        const QString scopeParameter = FormEncoding::firstValue(form, u"scope"_s);
        for (const QString &raw : scopeParameter.split(u' ', Qt::SkipEmptyParts)) {
            if (isGraphDefault(raw, baseUrl))
                continue;
            const ScopeInfo *info = TenantScopeCatalog::find(raw);
            if (!info) {
                return fail(400,
                            {u"invalid_scope"_s, 70011,
                             u"The provided value for the input parameter 'scope' is not valid. The scope '%1' does "
                             u"not exist."_s.arg(raw)});
            }
            if (m_state.personalAccounts && !info->personalAccounts)
                continue;
            if (!isGranted(refresh.userUpn, info->name))
                return fail(400, {u"invalid_grant"_s, 65001, consentMissingMessage(clientId)});
            requested << info->name;
        }
        refresh.lastUsed = m_state.clock.nowUtc();
        grantedScopes = refresh.scopes;
        for (const QString &scope : std::as_const(requested)) {
            if (!grantedScopes.contains(scope))
                grantedScopes << scope;
        }
        upn = refresh.userUpn;
    } else {
        return fail(400,
                    {u"unsupported_grant_type"_s, 70003,
                     u"The app requested an unsupported grant type '%1'."_s.arg(grantType)});
    }

    const User *user = m_state.user(upn);
    const QStringList graphScopes = tokenGraphScopes(upn, grantedScopes);
    QStringList responseScopes = graphScopes;
    for (const QString &oidc : {u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s}) {
        if (grantedScopes.contains(oidc))
            responseScopes << oidc;
    }
    const int lifetime = m_state.tokenLifetimeSeconds;
    QJsonObject body{
        {u"token_type"_s, u"Bearer"_s},
        {u"scope"_s, responseScopes.join(u' ')},
        {u"expires_in"_s, lifetime},
        {u"ext_expires_in"_s, lifetime},
        {u"access_token"_s, m_issuer.accessToken(*user, graphScopes, lifetime)},
    };
    if (grantedScopes.contains(u"openid"_s))
        body.insert(u"id_token"_s, m_issuer.idToken(*user, grantedScopes, nonce, baseUrl));
    if (grantedScopes.contains(u"offline_access"_s)) {
        // Rotation: every redemption returns a new refresh token; the old one stays valid (Entra does not revoke it).
        const QString refreshValue = u"1.AXkA"_s + randomToken(160);
        m_state.refreshTokens.insert(refreshValue, {clientId, grantedScopes, upn, m_state.clock.nowUtc(), false});
        body.insert(u"refresh_token"_s, refreshValue);
    }
    HttpResponse response = HttpResponse::json(200, body);
    response.headers.emplaceBack("Cache-Control", "no-store, no-cache");
    return finish(response, u"tokens"_s);
}

// The administrator's side of https://learn.microsoft.com/entra/identity-platform/v2-admin-consent: they sign in (the
// seed's admin@domain), see what the app asks for everyone in the tenant, and approve or decline. The answer goes to
// the registered redirect URI; the app's is usually the native-client page, as the administrator's computer runs no
// MentorDesk. The administrator signs in on their own computer, so the mentor's browser session stays as it was.
HttpResponse IdentityEndpoints::adminConsent(const HttpRequest &request, const QString &tenant, const QString &baseUrl)
{
    const ParameterList &parameters = request.query;
    QJsonObject record{{u"method"_s, QString::fromLatin1(request.method)},
                       {u"tenant"_s, tenant},
                       {u"parameters"_s, toPairs(parameters)},
                       {u"time"_s, m_state.clock.nowUtc().toString(Qt::ISODate)}};
    const auto finish = [&](const QString &outcome, HttpResponse response) {
        record.insert(u"outcome"_s, outcome);
        m_state.adminConsentRequests.append(record);
        return response;
    };
    const auto page = [&](const Problem &problem) {
        return finish(u"error:AADSTS%1"_s.arg(problem.code), errorPage(400, problem));
    };
    if (const auto problem = tenantProblem(tenant, false))
        return page(*problem);
    if (tenant == u"common"_s || tenant == u"consumers"_s) {
        return page({u"invalid_request"_s, 90130,
                     u"Application '%1' is not supported over the /common or /consumers endpoints. Please use the "
                     u"/organizations or tenant-specific endpoint."_s.arg(m_state.clientId)});
    }
    const QStringList duplicated = FormEncoding::duplicatedNames(parameters);
    if (!duplicated.isEmpty()) {
        return page(
            {u"invalid_request"_s, 9000411,
             u"The request is not properly formatted. The parameter '%1' is duplicated."_s.arg(duplicated.first())});
    }
    const QString clientId = FormEncoding::firstValue(parameters, u"client_id"_s);
    if (clientId.isEmpty()) {
        return page(
            {u"invalid_request"_s, 900144, u"The request body must contain the following parameter: 'client_id'."_s});
    }
    if (clientId != m_state.clientId) {
        return page({u"unauthorized_client"_s, 700016,
                     u"Application with identifier '%1' was not found in the directory '%2'."_s.arg(
                         clientId, m_state.tenantName)});
    }
    const QString redirectUri = FormEncoding::firstValue(parameters, u"redirect_uri"_s);
    if (!isRegisteredRedirect(redirectUri, baseUrl)) {
        return page({u"invalid_request"_s, 50011,
                     u"The redirect URI '%1' specified in the request does not match the redirect URIs configured "
                     u"for the application '%2'."_s.arg(redirectUri, clientId)});
    }
    // From here on errors travel back to the redirect URI.
    const QString state
        = hasParameter(parameters, u"state"_s) ? FormEncoding::firstValue(parameters, u"state"_s) : QString();
    QStringList scopes;
    const QString scopeParameter = FormEncoding::firstValue(parameters, u"scope"_s);
    for (const QString &raw : scopeParameter.split(u' ', Qt::SkipEmptyParts)) {
        if (isGraphDefault(raw, baseUrl)) {
            scopes << TenantScopeCatalog::staticPermissions();
            continue;
        }
        const ScopeInfo *info = TenantScopeCatalog::find(raw);
        if (!info) {
            const Problem problem{u"invalid_scope"_s, 70011,
                                  u"The provided value for the input parameter 'scope' is not valid. The scope '%1' "
                                  u"does not exist."_s.arg(raw)};
            return finish(u"redirect:invalid_scope"_s, redirectWithError(redirectUri, problem, state));
        }
        scopes << info->name;
    }
    if (scopes.isEmpty())
        scopes = TenantScopeCatalog::staticPermissions();
    scopes = canonicalOrder(scopes);
    const QString flowId = randomToken(24);
    m_state.pendingAuthorizations.insert(flowId,
                                         QJsonObject{{u"kind"_s, u"admin"_s},
                                                     {u"tenant"_s, tenant},
                                                     {u"redirectUri"_s, redirectUri},
                                                     {u"state"_s, state.isNull() ? QJsonValue() : QJsonValue(state)},
                                                     {u"scopes"_s, QJsonArray::fromStringList(scopes)}});
    QList<ConsentPage::ScopeLine> lines;
    for (const QString &scope : std::as_const(scopes))
        lines.append({*TenantScopeCatalog::find(scope), m_state.adminGrantedScopes.contains(scope)});
    return finish(
        u"page:adminConsent"_s,
        HttpResponse::html(200,
                           ConsentPage::adminConsent(baseUrl + u'/' + tenant + u"/v2.0/adminconsent"_s, flowId,
                                                     kAppName, m_state.adminUpn, m_state.tenantName, lines)));
}

HttpResponse IdentityEndpoints::adminConsentDecision(const HttpRequest &request)
{
    const ParameterList form = FormEncoding::parse(request.body);
    const QString flowId = FormEncoding::firstValue(form, u"flow"_s);
    QJsonObject record{{u"method"_s, u"POST"_s},
                       {u"parameters"_s, toPairs(form)},
                       {u"time"_s, m_state.clock.nowUtc().toString(Qt::ISODate)}};
    const auto finish = [&](const QString &outcome, HttpResponse response) {
        record.insert(u"outcome"_s, outcome);
        m_state.adminConsentRequests.append(record);
        return response;
    };
    if (!m_state.pendingAuthorizations.contains(flowId)
        || m_state.pendingAuthorizations.value(flowId).value(u"kind"_s).toString() != u"admin"_s) {
        return finish(u"error:AADSTS90014"_s,
                      errorPage(400,
                                {u"invalid_request"_s, 90014,
                                 u"The sign-in session has expired or was already used. Start the sign-in again."_s}));
    }
    const QJsonObject flow = m_state.pendingAuthorizations.take(flowId);
    record.insert(u"tenant"_s, flow.value(u"tenant"_s).toString());
    const QString redirectUri = flow.value(u"redirectUri"_s).toString();
    const QString state = flow.value(u"state"_s).isNull() ? QString() : flow.value(u"state"_s).toString();
    if (FormEncoding::firstValue(form, u"decision"_s) != u"accept"_s) {
        // As Entra answers a declined admin consent: no tenant, but error_uri and (oddly) admin_consent=True, so an
        // app must look at error first (github.com/MicrosoftDocs/azure-docs/issues/114009).
        return finish(u"redirect:access_denied"_s,
                      redirectWithError(redirectUri,
                                        {u"access_denied"_s, 65004, u"User declined to consent to access the app."_s},
                                        state,
                                        {{u"error_uri"_s, u"https://login.microsoftonline.com/error?code=65004"_s},
                                         {u"admin_consent"_s, u"True"_s}}));
    }
    // The grant is tenant-wide: every user gets these scopes without being asked. Consenting to an app includes
    // signing its users in and keeping their access (the OpenID Connect scopes).
    QStringList scopes;
    for (const auto &scope : flow.value(u"scopes"_s).toArray()) {
        m_state.adminGrantedScopes.insert(scope.toString());
        if (!TenantScopeCatalog::isOpenIdConnect(scope.toString()))
            scopes << u"https://graph.microsoft.com/"_s + scope.toString();
    }
    for (const QString &scope : openIdScopes())
        m_state.adminGrantedScopes.insert(scope);
    ParameterList parameters{
        {u"admin_consent"_s, u"True"_s}, {u"tenant"_s, m_state.tenantId}, {u"scope"_s, scopes.join(u' ')}};
    if (!state.isNull())
        parameters.append({u"state"_s, state});
    return finish(u"redirect:admin_consent"_s,
                  HttpResponse::redirect(QUrl(redirectUri).toEncoded() + '?' + FormEncoding::encode(parameters)));
}

HttpResponse IdentityEndpoints::nativeClientPage(const HttpRequest &request) const
{
    // Whatever arrives here is shown, never acted upon: an error with its description, an admin consent's result,
    // or a neutral page (a sign-in's code is for the app that reads this address, so it is not shown).
    const QString error = request.queryValue(u"error"_s);
    if (!error.isEmpty()) {
        return HttpResponse::html(200,
                                  ConsentPage::nativeClientError(error, request.queryValue(u"error_subcode"_s),
                                                                 request.queryValue(u"error_description"_s)));
    }
    if (request.queryValue(u"admin_consent"_s).compare(u"True"_s, Qt::CaseInsensitive) == 0) {
        const QString tenant = request.queryValue(u"tenant"_s);
        const bool ours = tenant == m_state.tenantId || tenant.compare(m_state.tenantDomain, Qt::CaseInsensitive) == 0;
        return HttpResponse::html(200, ConsentPage::adminConsentApproved(kAppName, ours ? m_state.tenantName : tenant));
    }
    return HttpResponse::html(200, ConsentPage::nativeClient());
}

} // namespace MentorDesk::Sandbox
