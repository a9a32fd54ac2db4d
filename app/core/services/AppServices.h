#pragma once

#include "core/config/AppConfig.h"
#include "core/services/AccountServices.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace MentorDesk {

class BookingService;
class BrowserOpener;
class CalendarStore;
class CalendarSync;
class Clock;
class DraftStore;
class MemorySecretBackend;
class NetworkReachability;
class Outbox;
class SecretBackend;
class Session;
class TeamsService;
class TokenStore;

// The composition root of the core: builds what the accounts share and opens one AccountServices per signed-in
// account.
// - network, keychain backend, network reachability and the sign-in session live as long as the app;
// - the sign-in session runs first sign-ins and Account ▸ Add account…; when it succeeds it hands the account and
//   its tokens over to a new AccountServices (with its own session, keychain queue, Graph client, caches, outbox,
//   booking and Teams), and is ready for the next account;
// - the accounts signed in are remembered (their keys, in the settings) and restored at start-up, each on its own;
// - signing out of one account destroys its services and removes its tokens and files; the others keep working.
// The demo tenant keeps its tokens in memory and remembers no account: they mean nothing outside this run.
class AppServices : public QObject
{
    Q_OBJECT

public:
    // keychain: the system keychain backend (KeychainSecretBackend in the app); browser and clock are not owned.
    AppServices(const AppConfig &config, std::unique_ptr<SecretBackend> keychain, BrowserOpener *browser, Clock *clock,
                QObject *parent = nullptr);
    ~AppServices() override;

    const AppConfig &config() const { return m_config; }
    // Switches authority/Graph/client (e.g. to the demo tenant). Every account is signed out first.
    void reconfigure(const AppConfig &config);

    QNetworkAccessManager *network() const { return m_network; }
    Clock *clock() const { return m_clock; }
    // Opens the sign-in page and every link the user follows (join, Outlook, Teams); the app's, or a test's.
    BrowserOpener *browser() const { return m_browser; }
    NetworkReachability *reachability() const { return m_reachability; }

    // The session that signs in the next account (the welcome page's, Add account…'s). It holds no account
    // between rounds.
    Session *signInSession() const { return m_signIn.session.get(); }
    // The first account's session, else the sign-in session.
    Session *session() const;

    // The signed-in accounts, in the order they were added; empty while nobody is signed in.
    QList<AccountServices *> accounts() const;
    AccountServices *accountFor(const QString &accountKey) const;
    // The first account (the default organiser, the window title's); null while nobody is signed in.
    AccountServices *account() const { return m_accounts.empty() ? nullptr : m_accounts.front().get(); }
    // Shortcuts into account(); null while nobody is signed in.
    Outbox *outbox() const { return account() ? account()->outbox() : nullptr; }
    TeamsService *teams() const { return account() ? account()->teams() : nullptr; }
    CalendarStore *calendarStore() const { return account() ? account()->calendarStore() : nullptr; }
    CalendarSync *calendarSync() const { return account() ? account()->calendarSync() : nullptr; }
    BookingService *booking() const { return account() ? account()->booking() : nullptr; }
    DraftStore *drafts() const { return account() ? account()->drafts() : nullptr; }

    // Restores every remembered account from the keychain (start-up). isRestoring() while any is still loading.
    void restoreAccounts();
    bool isRestoring() const { return !m_restoring.empty(); }
    // Account ▸ Add account…: a sign-in where the user picks another account; config: another tenant's settings
    // (the demo's second tenant), else the app's.
    void addAccount(const std::optional<AppConfig> &config = std::nullopt);
    // "Sign out of all": every account, its tokens and files.
    void signOutAll();

    // MentorDesk's per-user data folder (the single-instance lock, the accounts' folders): QStandardPaths'
    // AppLocalDataLocation, the same as AppDataLocation except on Windows, where it is %LOCALAPPDATA% rather than the
    // roaming %APPDATA% that Folder Redirection may put on a network share, where SQLite and lock files are unsafe
    // (https://www.sqlite.org/useovernet.html).
    static QString dataDirectory();
    // Where an account's files live: <data folder>/accounts/<non-identifying id>/. Sign-out deletes it.
    static QString accountDataDirectory(const Account &account);

Q_SIGNALS:
    // An account's services are open (after sign-in, Add account… or restore).
    void accountOpened(MentorDesk::AccountServices *account);
    // They are about to be destroyed (sign-out): let go of account and everything it owns.
    void accountClosing(MentorDesk::AccountServices *account);
    void accountDataRemoved(const QString &directory);
    // An account was signed out: its tokens and files are gone.
    void accountSignedOut(const MentorDesk::Account &account);
    // Add account… ended on an account that is already open: nothing changed.
    void accountAlreadyOpen(MentorDesk::AccountServices *account);
    void restoringChanged(bool restoring);

private:
    // A session with its own keychain queue, before it belongs to an account.
    struct SessionParts
    {
        std::unique_ptr<TokenStore> tokenStore;
        std::unique_ptr<Session> session;
        QString accountKey; // the account being restored
    };
    SessionParts makeSession(const AppConfig &config);
    void onSignInFinished(bool succeeded);
    void onRestored(Session *session);
    void openAccount(SessionParts parts);
    void closeAccount(const QString &accountKey);
    void closeAll();
    void updateFreeTimeSources();
    // Adds the account to the accounts restored at start-up, or takes it off.
    static void remember(const QString &accountKey, bool signedIn);
    SecretBackend *backend() const;

    AppConfig m_config;
    std::unique_ptr<SecretBackend> m_keychain;
    std::unique_ptr<MemorySecretBackend> m_memorySecrets;
    BrowserOpener *m_browser;
    Clock *m_clock;
    QNetworkAccessManager *m_network;
    NetworkReachability *m_reachability;
    SessionParts m_signIn;
    std::vector<SessionParts> m_restoring;
    std::vector<std::unique_ptr<AccountServices>> m_accounts;
};

} // namespace MentorDesk
