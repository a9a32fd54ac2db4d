#include "support/SandboxAccount.h"

#include "core/auth/Account.h"
#include "core/auth/Session.h"
#include "core/auth/TokenStore.h"
#include "core/booking/BookingService.h"
#include "core/common/Clock.h"
#include "core/teams/TeamsService.h"
#include "support/SandboxCalendarCache.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

namespace {

Sandbox::SandboxOptions optionsFor(const QString &tenant)
{
    Sandbox::SandboxOptions options = SandboxFixture::defaultOptions();
    options.tenant = tenant;
    return options;
}

} // namespace

QStringList SandboxAccount::defaultScopes()
{
    return {u"openid"_s,
            u"User.Read"_s,
            u"email"_s,
            u"Calendars.Read.Shared"_s,
            u"Calendars.ReadWrite"_s,
            u"OnlineMeetings.ReadWrite"_s,
            u"Group.Read.All"_s,
            u"Channel.ReadBasic.All"_s,
            u"ChannelMessage.Send"_s};
}

SandboxAccount::SandboxAccount(const QString &tenant, const QString &folder, Clock *clock, const QStringList &scopes)
    : m_sandbox(optionsFor(tenant))
    , m_scopes(scopes)
    , m_tokens(m_sandbox.issueToken(scopes))
{
    m_tokens.setRefresher([this] { return m_sandbox.issueToken(m_scopes); });
    const QJsonObject me = m_sandbox.get(m_sandbox.graphUrl(u"/me"_s), m_tokens.accessToken()).json();
    m_address = me.value("mail"_L1).toString();
    if (m_address.isEmpty())
        m_address = me.value("userPrincipalName"_L1).toString();

    Account account;
    account.objectId = me.value("id"_L1).toString();
    account.tenantId = tenant;
    account.username = me.value("userPrincipalName"_L1).toString();
    account.displayName = me.value("displayName"_L1).toString();
    account.email = m_address;
    // The account's own session, holding the token the sandbox issued (as a sign-in would hand it over), on a
    // configuration that points at this tenant; AccountServices builds its Graph client from it.
    AppConfig config;
    config.clientId = m_sandbox.server().clientId();
    config.authorityOverride = m_sandbox.server().authority();
    config.graphUrlOverride = m_sandbox.server().graphBaseUrl();
    auto tokenStore = std::make_unique<TokenStore>(&m_secrets);
    auto session = std::make_unique<Session>(config, &m_network, nullptr, tokenStore.get(), clock);
    StoredSession stored;
    stored.account = account;
    stored.tokens.accessToken = m_tokens.accessToken();
    stored.tokens.expiresAt = clock->nowUtc().addSecs(3600);
    stored.tokens.grantedScopes = scopes;
    stored.requestedScopes = scopes;
    stored.authority = config.authority();
    session->adopt(stored);
    AccountServices::Shared shared;
    shared.network = &m_network;
    shared.clock = clock;
    m_services = std::make_unique<AccountServices>(std::move(tokenStore), std::move(session), folder, shared);

    ConsentState consent;
    consent.signedIn = true;
    consent.accountKind = AccountKind::WorkOrSchool;
    consent.grantedScopes = scopes;
    consent.teamsEnabled = true;
    m_services->booking()->setConsentStateProvider([consent] { return consent; });
    m_services->teams()->setAccountKey(account.storageId());
    m_services->teams()->setConsentState(consent);
}

SandboxAccount::~SandboxAccount() = default;

bool SandboxAccount::loadCalendarCache(const QDateTime &from, const QDateTime &to)
{
    return loadSandboxCalendarCache(m_sandbox, m_tokens.accessToken(), *m_services->calendarStore(), from, to);
}

} // namespace MentorDesk::Test
