#include "support/SandboxAccount.h"

#include "core/auth/Account.h"
#include "core/booking/BookingService.h"
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
    , m_client(&m_network, &m_tokens, m_sandbox.server().graphBaseUrl())
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
    AccountServices::Shared shared;
    shared.graph = &m_client;
    shared.clock = clock;
    m_services = std::make_unique<AccountServices>(account, folder, shared);

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
