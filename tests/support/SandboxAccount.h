#pragma once

#include "core/auth/SecretBackend.h"
#include "core/graph/GraphClient.h"
#include "core/services/AccountServices.h"
#include "support/GraphTestTokenProvider.h"
#include "support/SandboxFixture.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QStringList>

#include <memory>

namespace MentorDesk::Test {

// One signed-in account as the app builds it (AccountServices: outbox, calendar cache, drafts, booking, Teams)
// against a demo tenant of its own (SandboxOptions::tenant) over loopback, with its files in folder. No browser
// round: the token is issued by the sandbox for scopes and adopted by the account's session (valid for an hour of
// the given clock), and the booking and Teams services are told that consent directly. Nothing is fetched until asked
// (start() is not called).
//
//   SandboxAccount contoso(u"contoso"_s, dir.filePath(u"a"_s), &clock);
//   SandboxAccount programme(u"programme"_s, dir.filePath(u"b"_s), &clock);
//   NewSessionDialog dialog({contoso.services(), programme.services()}, contoso.services());
class SandboxAccount
{
public:
    static QStringList defaultScopes();

    SandboxAccount(const QString &tenant, const QString &folder, Clock *clock,
                   const QStringList &scopes = defaultScopes());
    ~SandboxAccount();

    SandboxFixture &sandbox() { return m_sandbox; }
    AccountServices *services() const { return m_services.get(); }
    QString token() const { return m_tokens.accessToken(); }
    // The signed-in user's address in this tenant.
    QString address() const { return m_address; }
    // What the calendar feature would have cached for [from, to).
    bool loadCalendarCache(const QDateTime &from, const QDateTime &to);

private:
    SandboxFixture m_sandbox;
    QStringList m_scopes;
    QNetworkAccessManager m_network;
    MemorySecretBackend m_secrets;
    GraphTestTokenProvider m_tokens;
    QString m_address;
    std::unique_ptr<AccountServices> m_services;
};

} // namespace MentorDesk::Test
