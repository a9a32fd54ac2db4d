#pragma once

#include "config/AppConfig.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace MentorDesk {

struct Account;
class BrowserOpener;
class Clock;
class SecretBackend;
class Session;
class TokenStore;

class AppServices : public QObject
{
    Q_OBJECT

public:
    // secrets: the keychain backend (KeychainSecretBackend in the app); browser and clock are not owned.
    AppServices(const AppConfig &config, std::unique_ptr<SecretBackend> secrets, BrowserOpener *browser, Clock *clock,
                QObject *parent = nullptr);
    ~AppServices() override;

    const AppConfig &config() const { return m_config; }
    // Switches authority/Graph/client (e.g. to the demo tenant). The current session ends first.
    void reconfigure(const AppConfig &config);

    QNetworkAccessManager *network() const { return m_network; }
    Clock *clock() const { return m_clock; }
    TokenStore *tokenStore() const { return m_tokenStore; }
    Session *session() const { return m_session; }

    // Where an account's caches live: <app data>/accounts/<non-identifying id>/. Sign-out deletes it.
    static QString accountDataDirectory(const Account &account);

Q_SIGNALS:
    void accountDataRemoved(const QString &directory);

private:
    AppConfig m_config;
    std::unique_ptr<SecretBackend> m_secrets;
    Clock *m_clock;
    QNetworkAccessManager *m_network;
    TokenStore *m_tokenStore;
    Session *m_session;
};

} // namespace MentorDesk
