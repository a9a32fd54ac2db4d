#include "services/AppServices.h"

#include "auth/Account.h"
#include "auth/SecretBackend.h"
#include "auth/Session.h"
#include "auth/TokenStore.h"
#include "common/Logging.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace MentorDesk {

AppServices::AppServices(const AppConfig &config, std::unique_ptr<SecretBackend> secrets, BrowserOpener *browser,
                         Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_secrets(std::move(secrets))
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
    , m_tokenStore(new TokenStore(m_secrets.get(), this))
    , m_session(new Session(config, m_network, browser, m_tokenStore, clock, this))
{
    m_network->setTransferTimeout(30000);
    connect(m_session, &Session::signedOut, this, [this](const Account &account) {
        const QString directory = accountDataDirectory(account);
        if (QDir(directory).exists() && !QDir(directory).removeRecursively())
            qCWarning(lcApp) << "could not remove every cached file of the signed-out account";
        Q_EMIT accountDataRemoved(directory);
    });
}

AppServices::~AppServices() = default;

void AppServices::reconfigure(const AppConfig &config)
{
    if (m_session->account().isValid())
        m_session->signOut();
    m_config = config;
    m_session->setConfig(config);
}

QString AppServices::accountDataDirectory(const Account &account)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/accounts/"_L1 + account.storageId();
}

} // namespace MentorDesk
