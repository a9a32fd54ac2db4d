#pragma once

#include "core/config/AppConfig.h"
#include "core/services/AccountServices.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace MentorDesk {

class BookingService;
class BrowserOpener;
class CalendarStore;
class CalendarSync;
class Clock;
class DraftStore;
class GraphClient;
class MemorySecretBackend;
class NetworkReachability;
class Outbox;
class SecretBackend;
class Session;
class TeamsService;
class TokenStore;

// The composition root of the core: builds the shared services once and wires their lifecycles.
// - network, keychain-backed token store, Session, the Graph client and network reachability live as long as the app;
// - one AccountServices per signed-in account (outbox, calendar, drafts, booking, Teams, profile) is created when the
//   account is signed in or restored and destroyed as one when it changes; its files go when the user signs out.
// The demo tenant keeps its tokens in memory: they mean nothing outside this run of the app.
class AppServices : public QObject
{
    Q_OBJECT

public:
    // keychain: the system keychain backend (KeychainSecretBackend in the app); browser and clock are not owned.
    AppServices(const AppConfig &config, std::unique_ptr<SecretBackend> keychain, BrowserOpener *browser, Clock *clock,
                QObject *parent = nullptr);
    ~AppServices() override;

    const AppConfig &config() const { return m_config; }
    // Switches authority/Graph/client (e.g. to the demo tenant). The current session ends first.
    void reconfigure(const AppConfig &config);

    QNetworkAccessManager *network() const { return m_network; }
    Clock *clock() const { return m_clock; }
    // Opens the sign-in page and every link the user follows (join, Outlook, Teams); the app's, or a test's.
    BrowserOpener *browser() const { return m_browser; }
    TokenStore *tokenStore() const { return m_tokenStore; }
    Session *session() const { return m_session; }
    GraphClient *graph() const { return m_graph; }
    NetworkReachability *reachability() const { return m_reachability; }

    // The signed-in account's services; null while nobody is signed in.
    AccountServices *account() const { return m_account.get(); }
    // Shortcuts into account(); null while nobody is signed in.
    Outbox *outbox() const { return m_account ? m_account->outbox() : nullptr; }
    TeamsService *teams() const { return m_account ? m_account->teams() : nullptr; }
    CalendarStore *calendarStore() const { return m_account ? m_account->calendarStore() : nullptr; }
    CalendarSync *calendarSync() const { return m_account ? m_account->calendarSync() : nullptr; }
    BookingService *booking() const { return m_account ? m_account->booking() : nullptr; }
    DraftStore *drafts() const { return m_account ? m_account->drafts() : nullptr; }

    // MentorDesk's per-user data folder (the single-instance lock, the accounts' folders): QStandardPaths'
    // AppLocalDataLocation, the same as AppDataLocation except on Windows, where it is %LOCALAPPDATA% rather than the
    // roaming %APPDATA% that Folder Redirection may put on a network share, where SQLite and lock files are unsafe
    // (https://www.sqlite.org/useovernet.html).
    static QString dataDirectory();
    // Where an account's files live: <data folder>/accounts/<non-identifying id>/. Sign-out deletes it.
    static QString accountDataDirectory(const Account &account);

Q_SIGNALS:
    // The account's services are open (after sign-in or restore, or an account switch).
    void accountOpened(MentorDesk::AccountServices *account);
    // They are about to be destroyed (sign-out or switch): let go of account and everything it owns.
    void accountClosing(MentorDesk::AccountServices *account);
    void accountDataRemoved(const QString &directory);

private:
    void onSessionChanged();
    void openAccount(const Account &account);
    void closeAccount();
    SecretBackend *backendFor(const AppConfig &config) const;

    AppConfig m_config;
    std::unique_ptr<SecretBackend> m_keychain;
    std::unique_ptr<MemorySecretBackend> m_memorySecrets;
    BrowserOpener *m_browser;
    Clock *m_clock;
    QNetworkAccessManager *m_network;
    TokenStore *m_tokenStore;
    Session *m_session;
    GraphClient *m_graph;
    NetworkReachability *m_reachability;
    std::unique_ptr<AccountServices> m_account;
};

} // namespace MentorDesk
