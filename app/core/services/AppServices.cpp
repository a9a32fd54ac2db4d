#include "core/services/AppServices.h"

#include "core/auth/Account.h"
#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/auth/TokenStore.h"
#include "core/booking/BookingService.h"
#include "core/booking/DraftStore.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarSync.h"
#include "core/common/Logging.h"
#include "core/common/PrivateFiles.h"
#include "core/graph/GraphClient.h"
#include "core/graph/NetworkReachability.h"
#include "core/graph/SystemNetworkReachability.h"
#include "core/graph/jobs/GetMeJob.h"
#include "core/graph/jobs/GetPhotoJob.h"
#include "core/outbox/Outbox.h"
#include "core/teams/TeamsService.h"

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
    if (usable && account.key() != m_openAccountKey)
        openAccount(account);
    else if (usable && state == Session::State::SignedIn && m_calendarSync
             && m_calendarSync->lastResult().status == GraphStatus::SignInRequired)
        m_calendarSync->refresh(); // signed in again: catch up at once rather than at the next interval
    else if (!account.isValid() && !m_openAccountKey.isEmpty())
        closeAccount();
}

void AppServices::openAccount(const Account &account)
{
    closeAccount();
    const QString directory = accountDataDirectory(account);
    PrivateFiles::makeDirectory(directory); // 0700 before the caches, drafts and outbox go into it
    m_openAccountKey = account.key();
    const QDir folder(directory);
    m_outbox = new Outbox(m_graph, folder.filePath(u"outbox.sqlite"_s), this);
    m_outbox->setClock(m_clock);
    m_outbox->setReachability(m_reachability);
    m_teams = new TeamsService(m_graph, m_outbox, this);
    m_teams->setSession(m_session);
    m_calendarStore = new CalendarStore(folder.filePath(u"calendar.sqlite"_s), m_clock, this);
    m_calendarStore->open(); // a failure leaves it closed: the calendar shows empty and says it cannot update
    m_calendarSync = new CalendarSync(m_graph, m_calendarStore, m_clock, this);
    m_calendarSync->setSignedInAddress(account.email.isEmpty() ? account.username : account.email);
    // A booking, reschedule or cancellation went through: show the calendar as it is now, not at the next interval.
    connect(m_outbox, &Outbox::entryFinished, m_calendarSync,
            [sync = m_calendarSync](qint64, const QString &kind, const GraphResult &result) {
                static const QStringList calendarWrites{QLatin1StringView(BookingService::kCreateKind),
                                                        QLatin1StringView(BookingService::kUpdateKind),
                                                        QLatin1StringView(BookingService::kCancelKind)};
                if (result.isOk() && calendarWrites.contains(kind))
                    sync->refresh();
            });
    connect(m_reachability, &NetworkReachability::onlineChanged, m_calendarSync, [sync = m_calendarSync](bool online) {
        if (online && sync->state() == CalendarSync::State::Offline)
            sync->refresh(); // back online: no need to wait for the next interval
    });
    m_drafts = new DraftStore(folder.filePath(QLatin1StringView(DraftStore::kFileName)), m_clock, this);
    m_drafts->load();
    m_booking = new BookingService(m_graph, m_outbox, m_drafts, m_clock, this);
    m_booking->setConsentStateProvider([session = m_session] { return session->consentState(); });
    m_booking->setOrganizerAddress(account.email.isEmpty() ? account.username : account.email);
    m_booking->setCalendarStore(m_calendarStore); // calendars, people met before, own free time
    connect(m_booking, &BookingService::calendarChanged, m_calendarSync, &CalendarSync::refresh);
    qCInfo(lcApp) << "account services open";
    Q_EMIT accountOpened(account);
    m_calendarSync->start(); // after the UI named the range it shows: one start-up round for it
    loadProfile();
}

void AppServices::closeAccount()
{
    if (m_openAccountKey.isEmpty())
        return;
    Q_EMIT accountClosing();
    delete m_teams;
    m_teams = nullptr;
    delete m_booking; // before the outbox it listens to
    m_booking = nullptr;
    delete m_drafts;
    m_drafts = nullptr;
    delete m_outbox;
    m_outbox = nullptr;
    delete m_calendarSync; // cancels what runs; before the store it writes to
    m_calendarSync = nullptr;
    delete m_calendarStore; // closes the database before sign-out deletes its file
    m_calendarStore = nullptr;
    m_openAccountKey.clear();
    m_profile = {};
    m_photo.clear();
    Q_EMIT profileChanged();
}

void AppServices::loadProfile()
{
    const QString key = m_openAccountKey;
    auto *me = new GetMeJob(m_graph, this);
    connect(me, &GraphJob::finished, this, [this, me, key](const GraphResult &result) {
        if (key != m_openAccountKey || !result.isOk())
            return;
        m_profile = me->profile();
        m_session->updateProfile(m_profile.displayName, m_profile.userPrincipalName, m_profile.mail);
        if (m_booking && !m_profile.primaryAddress().isEmpty())
            m_booking->setOrganizerAddress(m_profile.primaryAddress());
        Q_EMIT profileChanged();
    });
    me->start();
    auto *photo = new GetPhotoJob(m_graph, {}, this);
    connect(photo, &GraphJob::finished, this, [this, photo, key](const GraphResult &result) {
        if (key != m_openAccountKey || !result.isOk())
            return;
        m_photo = photo->photo(); // empty when the user has no photo (404 ImageNotFound)
        Q_EMIT profileChanged();
    });
    photo->start();
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
