#include "core/services/AppServices.h"

#include "core/auth/Account.h"
#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/auth/TokenStore.h"
#include "core/calendar/CalendarSync.h"
#include "core/common/Logging.h"
#include "core/graph/GraphClient.h"
#include "core/graph/NetworkReachability.h"
#include "core/graph/SystemNetworkReachability.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace MentorDesk {

AppServices::AppServices(const AppConfig &config, std::unique_ptr<SecretBackend> keychain, BrowserOpener *browser,
                         Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_keychain(std::move(keychain))
    , m_memorySecrets(std::make_unique<MemorySecretBackend>())
    , m_browser(browser)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
    , m_tokenStore(new TokenStore(backendFor(config), this))
    , m_session(new Session(config, m_network, browser, m_tokenStore, clock, this))
    , m_graph(new GraphClient(m_network, m_session, config, this))
    , m_reachability(new SystemNetworkReachability(this))
{
    m_network->setTransferTimeout(30000);
    m_graph->setClock(clock);
    connect(m_session, &Session::stateChanged, this, &AppServices::onSessionChanged);
    connect(m_session, &Session::accountChanged, this, &AppServices::onSessionChanged);
    connect(m_session, &Session::signedOut, this, [this](const Account &account) {
        closeAccount(); // closes the databases before their files go
        const QString directory = accountDataDirectory(account);
        if (QDir(directory).exists() && !QDir(directory).removeRecursively())
            qCWarning(lcApp) << "could not remove every cached file of the signed-out account";
        Q_EMIT accountDataRemoved(directory);
    });
    connect(m_graph, &GraphClient::signInRequired, m_session, &Session::requestReauthentication);
}

AppServices::~AppServices()
{
    closeAccount();
}

SecretBackend *AppServices::backendFor(const AppConfig &config) const
{
    return config.sandbox ? static_cast<SecretBackend *>(m_memorySecrets.get()) : m_keychain.get();
}

void AppServices::reconfigure(const AppConfig &config)
{
    if (m_session->account().isValid())
        m_session->signOut();
    closeAccount();
    m_config = config;
    m_tokenStore->setBackend(backendFor(config));
    m_session->setConfig(config);
    m_graph->setBaseUrl(config.graphBaseUrl());
}

void AppServices::onSessionChanged()
{
    const Account &account = m_session->account();
    const Session::State state = m_session->state();
    const bool usable = account.isValid()
        && (state == Session::State::SignedIn || state == Session::State::Refreshing
            || state == Session::State::Expired);
    if (usable && (!m_account || account.key() != m_account->account().key()))
        openAccount(account);
    else if (usable && state == Session::State::SignedIn && m_account
             && m_account->calendarSync()->lastResult().status == GraphStatus::SignInRequired)
        m_account->calendarSync()->refresh(); // signed in again: catch up at once rather than at the next interval
    else if (!account.isValid() && m_account)
        closeAccount();
}

void AppServices::openAccount(const Account &account)
{
    closeAccount();
    m_account = std::make_unique<AccountServices>(account, accountDataDirectory(account),
                                                  AccountServices::Shared{m_graph, m_session, m_clock, m_reachability});
    Q_EMIT accountOpened(m_account.get());
    m_account->start(); // after the UI named the range it shows: one start-up round for it
}

void AppServices::closeAccount()
{
    if (!m_account)
        return;
    Q_EMIT accountClosing(m_account.get());
    m_account.reset(); // closes its databases before sign-out deletes their files
}

QString AppServices::dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString AppServices::accountDataDirectory(const Account &account)
{
    return QDir(dataDirectory()).filePath(u"accounts/"_s + account.storageId());
}

} // namespace MentorDesk
