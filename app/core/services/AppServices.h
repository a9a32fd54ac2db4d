#pragma once

#include "core/config/AppConfig.h"
#include "core/model/UserProfile.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace MentorDesk {

struct Account;
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
// - per-account services (the outbox, and the feature services added beside it) open when an account is signed in
//   or restored, close when it changes, and their files go when the user signs out.
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
    TokenStore *tokenStore() const { return m_tokenStore; }
    Session *session() const { return m_session; }
    GraphClient *graph() const { return m_graph; }
    NetworkReachability *reachability() const { return m_reachability; }

    // Per account; null while nobody is signed in.
    Outbox *outbox() const { return m_outbox; }
    // Teams channels and posting (its posts go through outbox()).
    TeamsService *teams() const { return m_teams; }
    // The calendar cache (<account data>/calendar.sqlite) and its sync, started when the account opens.
    CalendarStore *calendarStore() const { return m_calendarStore; }
    CalendarSync *calendarSync() const { return m_calendarSync; }
    // Booking sessions (its writes go through outbox()) and the account's session drafts.
    BookingService *booking() const { return m_booking; }
    DraftStore *drafts() const { return m_drafts; }
    // GET /me of the signed-in user, and their photo (empty when they have none).
    const UserProfile &profile() const { return m_profile; }
    const QByteArray &photo() const { return m_photo; }

    // MentorDesk's per-user data folder (the single-instance lock, the accounts' folders): QStandardPaths'
    // AppLocalDataLocation, the same as AppDataLocation except on Windows, where it is %LOCALAPPDATA% rather than the
    // roaming %APPDATA% that Folder Redirection may put on a network share, where SQLite and lock files are unsafe
    // (https://www.sqlite.org/useovernet.html).
    static QString dataDirectory();
    // Where an account's files live: <data folder>/accounts/<non-identifying id>/. Sign-out deletes it.
    static QString accountDataDirectory(const Account &account);

Q_SIGNALS:
    // The per-account services are open for this account (after sign-in or restore, or an account switch).
    void accountOpened(const MentorDesk::Account &account);
    // They are about to close (sign-out or switch): stop using outbox() and friends.
    void accountClosing();
    void profileChanged();
    void accountDataRemoved(const QString &directory);

private:
    void onSessionChanged();
    void openAccount(const Account &account);
    void closeAccount();
    void loadProfile();
    SecretBackend *backendFor(const AppConfig &config) const;

    AppConfig m_config;
    std::unique_ptr<SecretBackend> m_keychain;
    std::unique_ptr<MemorySecretBackend> m_memorySecrets;
    Clock *m_clock;
    QNetworkAccessManager *m_network;
    TokenStore *m_tokenStore;
    Session *m_session;
    GraphClient *m_graph;
    NetworkReachability *m_reachability;
    QString m_openAccountKey;
    Outbox *m_outbox = nullptr;
    TeamsService *m_teams = nullptr;
    CalendarStore *m_calendarStore = nullptr;
    CalendarSync *m_calendarSync = nullptr;
    DraftStore *m_drafts = nullptr;
    BookingService *m_booking = nullptr;
    UserProfile m_profile;
    QByteArray m_photo;
};

} // namespace MentorDesk
