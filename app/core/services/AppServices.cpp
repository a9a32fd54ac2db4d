#include "core/services/AppServices.h"

#include "core/auth/Account.h"
#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/auth/TokenStore.h"
#include "core/booking/BookingService.h"
#include "core/common/Logging.h"
#include "core/graph/NetworkReachability.h"
#include "core/graph/SystemNetworkReachability.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
// The keys of the accounts signed in, in the order they were added. Before several accounts, only the last one was
// kept (session/lastAccount, which Session still writes for "Continue as …").
constexpr auto kAccounts = "session/accounts"_L1;
constexpr auto kLastAccount = "session/lastAccount"_L1;
} // namespace

AppServices::AppServices(const AppConfig &config, std::unique_ptr<SecretBackend> keychain, BrowserOpener *browser,
                         Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_keychain(std::move(keychain))
    , m_memorySecrets(std::make_unique<MemorySecretBackend>())
    , m_browser(browser)
    , m_clock(clock)
    , m_network(new QNetworkAccessManager(this))
    , m_reachability(new SystemNetworkReachability(this))
{
    m_network->setTransferTimeout(30000);
    m_signIn = makeSession(config);
    connect(m_signIn.session.get(), &Session::signInFinished, this,
            [this](Session::Round, const SignInResult &result) { onSignInFinished(result.succeeded()); });
}

AppServices::~AppServices()
{
    closeAll();
}

SecretBackend *AppServices::backend() const
{
    return m_config.sandbox ? static_cast<SecretBackend *>(m_memorySecrets.get()) : m_keychain.get();
}

AppServices::SessionParts AppServices::makeSession(const AppConfig &config)
{
    SessionParts parts;
    parts.tokenStore = std::make_unique<TokenStore>(config.sandbox ? static_cast<SecretBackend *>(m_memorySecrets.get())
                                                                   : m_keychain.get());
    parts.session = std::make_unique<Session>(config, m_network, m_browser, parts.tokenStore.get(), m_clock);
    return parts;
}

Session *AppServices::session() const
{
    return account() ? account()->session() : m_signIn.session.get();
}

QList<AccountServices *> AppServices::accounts() const
{
    QList<AccountServices *> list;
    for (const auto &account : m_accounts)
        list << account.get();
    return list;
}

AccountServices *AppServices::accountFor(const QString &accountKey) const
{
    for (const auto &account : m_accounts) {
        if (account->key() == accountKey)
            return account.get();
    }
    return nullptr;
}

void AppServices::reconfigure(const AppConfig &config)
{
    signOutAll();
    m_config = config;
    m_signIn.tokenStore->setBackend(backend());
    m_signIn.session->setConfig(config);
}

void AppServices::addAccount(const std::optional<AppConfig> &config)
{
    const AppConfig &use = config ? *config : m_config;
    m_signIn.tokenStore->setBackend(use.sandbox ? static_cast<SecretBackend *>(m_memorySecrets.get())
                                                : m_keychain.get());
    m_signIn.session->setConfig(use);
    m_signIn.session->addAccount();
}

void AppServices::onSignInFinished(bool succeeded)
{
    Session *signIn = m_signIn.session.get();
    if (!succeeded || !signIn->account().isValid()) {
        signIn->setConfig(m_config); // after another tenant's Add account…
        m_signIn.tokenStore->setBackend(backend());
        return;
    }
    const AppConfig config = signIn->config();
    const StoredSession stored = signIn->handOver();
    if (AccountServices *open = accountFor(stored.account.key())) {
        Q_EMIT accountAlreadyOpen(open);
    } else {
        // The account takes the keychain queue that saved its tokens, so its own saves line up behind that one.
        SessionParts parts = makeSession(config);
        std::swap(parts.tokenStore, m_signIn.tokenStore);
        parts.session->setTokenStore(parts.tokenStore.get());
        signIn->setTokenStore(m_signIn.tokenStore.get());
        parts.session->adopt(stored);
        openAccount(std::move(parts));
    }
    signIn->setConfig(m_config);
    m_signIn.tokenStore->setBackend(backend());
}

void AppServices::restoreAccounts()
{
    if (m_config.sandbox)
        return; // the demo tenant restarts empty with every run
    QSettings settings;
    QStringList keys = settings.value(kAccounts).toStringList();
    if (keys.isEmpty() && !settings.value(kLastAccount).toString().isEmpty())
        keys << settings.value(kLastAccount).toString(); // stored by a version with one account
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (accountFor(key))
            continue;
        SessionParts parts = makeSession(m_config);
        parts.accountKey = key;
        Session *session = parts.session.get();
        connect(session, &Session::stateChanged, this, [this, session](Session::State state) {
            if (state != Session::State::Restoring)
                onRestored(session);
        });
        m_restoring.push_back(std::move(parts));
        session->restore(key);
    }
    Q_EMIT restoringChanged(isRestoring());
}

void AppServices::onRestored(Session *session)
{
    const auto it = std::find_if(m_restoring.begin(), m_restoring.end(),
                                 [session](const SessionParts &parts) { return parts.session.get() == session; });
    if (it == m_restoring.end())
        return;
    disconnect(session, &Session::stateChanged, this, nullptr);
    SessionParts parts = std::move(*it);
    const QString key = parts.accountKey;
    m_restoring.erase(it);
    if (session->state() == Session::State::SignedOut) {
        // Not restorable (no stored tokens, or issued for another authority, Graph or client): "Continue as …" on
        // the welcome page still offers it when no other account opened.
        if (session->rememberedAccount().isValid() && !m_signIn.session->rememberedAccount().isValid())
            m_signIn.session->setRememberedAccount(session->rememberedAccount());
        if (!session->lastError().isError())
            remember(key, false); // nothing usable is stored; a keychain that failed to answer keeps it for next time
        // Deleted later: this runs inside the session's own keychain callback.
        parts.session.release()->deleteLater();
        parts.tokenStore.release()->deleteLater();
    } else if (!accountFor(session->account().key())) {
        openAccount(std::move(parts));
    }
    if (!isRestoring())
        Q_EMIT restoringChanged(false);
}

void AppServices::openAccount(SessionParts parts)
{
    const Account account = parts.session->account();
    Session *session = parts.session.get();
    m_accounts.push_back(std::make_unique<AccountServices>(
        std::move(parts.tokenStore), std::move(parts.session), accountDataDirectory(account),
        AccountServices::Shared{m_network, m_clock, m_reachability}));
    AccountServices *opened = m_accounts.back().get();
    // Signed out: the keychain entries are gone; the services go after this signal has returned (the session that
    // emits it is theirs), and their files after them.
    connect(session, &Session::signedOut, this, [this](const Account &signedOut) {
        QMetaObject::invokeMethod(
            this,
            [this, signedOut] {
                closeAccount(signedOut.key());
                if (m_signIn.session->rememberedAccount().key() == signedOut.key())
                    m_signIn.session->setRememberedAccount({}); // no "Continue as …" for an account signed out
                const QString directory = accountDataDirectory(signedOut);
                if (QDir(directory).exists() && !QDir(directory).removeRecursively())
                    qCWarning(lcApp) << "could not remove every cached file of the signed-out account";
                remember(signedOut.key(), false);
                Q_EMIT accountDataRemoved(directory);
                Q_EMIT accountSignedOut(signedOut);
            },
            Qt::QueuedConnection);
    });
    updateFreeTimeSources();
    if (!session->config().sandbox)
        remember(account.key(), true);
    qCInfo(lcApp) << "account opened;" << m_accounts.size() << "open";
    Q_EMIT accountOpened(opened);
    opened->start(); // after the UI named the range it shows: one start-up round for it
}

void AppServices::closeAccount(const QString &accountKey)
{
    const auto it = std::find_if(m_accounts.begin(), m_accounts.end(),
                                 [&accountKey](const auto &account) { return account->key() == accountKey; });
    if (it == m_accounts.end())
        return;
    Q_EMIT accountClosing(it->get());
    std::unique_ptr<AccountServices> closing = std::move(*it);
    m_accounts.erase(it);
    updateFreeTimeSources();
    closing.reset(); // closes its databases before sign-out deletes their files
}

void AppServices::updateFreeTimeSources()
{
    // A free time is free in every account's own calendars.
    for (AccountServices *account : accounts()) {
        QList<CalendarStore *> others;
        for (AccountServices *other : accounts()) {
            if (other != account)
                others << other->calendarStore();
        }
        account->booking()->setOtherCalendars(others);
    }
}

void AppServices::closeAll()
{
    while (!m_accounts.empty())
        closeAccount(m_accounts.back()->key());
}

void AppServices::signOutAll()
{
    for (AccountServices *account : accounts())
        account->session()->signOut();
    // A remembered account that did not open (its restore failed) goes too.
    const Account remembered = m_signIn.session->rememberedAccount();
    if (remembered.isValid() && !accountFor(remembered.key()))
        m_signIn.session->signOut();
}

void AppServices::remember(const QString &accountKey, bool signedIn)
{
    QSettings settings;
    QStringList keys = settings.value(kAccounts).toStringList();
    if (!signedIn)
        keys.removeAll(accountKey);
    else if (!keys.contains(accountKey))
        keys << accountKey;
    if (keys.isEmpty())
        settings.remove(kAccounts);
    else
        settings.setValue(kAccounts, keys);
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
