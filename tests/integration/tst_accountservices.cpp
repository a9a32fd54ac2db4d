// One object per signed-in account (AccountServices): what it fetches when it opens, and that it goes as one.
#include "core/auth/KeychainSecretBackend.h"
#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/auth/TokenStore.h"
#include "core/booking/BookingService.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarSync.h"
#include "core/common/Clock.h"
#include "core/graph/GraphClient.h"
#include "core/outbox/Outbox.h"
#include "core/services/AppServices.h"
#include "core/teams/TeamsService.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "support/Platform.h"
#include "support/TestBrowser.h"

#include <QDir>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

// The app's settings for a demo tenant: its client id, authority and Graph address.
AppConfig configFor(const Sandbox::SandboxServer &sandbox)
{
    AppConfig config;
    config.clientId = sandbox.clientId();
    config.authorityOverride = sandbox.authority();
    config.graphUrlOverride = sandbox.graphBaseUrl();
    return config;
}

// What a fresh keychain queue finds for accountKey: whether a session is stored there.
bool storedInKeychain(const QString &service, const QString &accountKey)
{
    KeychainSecretBackend keychain(service);
    TokenStore store(&keychain);
    std::optional<bool> found;
    store.load(accountKey, [&found](const std::optional<StoredSession> &session, const AuthError &) {
        found = session.has_value();
    });
    [[maybe_unused]] const bool answered = QTest::qWaitFor([&found] { return found.has_value(); }, 10000);
    return found.value_or(false);
}

// The app's services against a demo tenant of their own, signed in through the test browser.
struct SignedIn
{
    SignedIn()
        : services(config(), std::make_unique<MemorySecretBackend>(), &browser, Clock::system())
        , opened(&services, &AppServices::accountOpened)
    { }

    AppConfig config()
    {
        listening = sandbox.listen(QHostAddress(QHostAddress::LocalHost));
        return configFor(sandbox);
    }

    bool signIn()
    {
        services.session()->signIn();
        return listening && QTest::qWaitFor([this] { return opened.size() == 1; }, 15000);
    }

    Sandbox::SandboxServer sandbox;
    bool listening = false;
    Test::TestBrowser browser;
    AppServices services;
    QSignalSpy opened;
};

} // namespace

class TestAccountServices : public QObject
{
    Q_OBJECT

private:
    // GET requests the demo tenant served for path, $batch items included.
    static int served(const Sandbox::SandboxServer &sandbox, const QString &path)
    {
        int count = 0;
        for (const QJsonValue &request : sandbox.stateSnapshot().value("graphRequests"_L1).toArray()) {
            const QJsonObject object = request.toObject();
            if (object.value("method"_L1).toString() == "GET"_L1 && object.value("path"_L1).toString() == path)
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    void openingAnAccountReadsTheProfileOnce();
    void signOutDestroysTheAccountAsOne();
    void signedInAccountsAreRestoredAtStartUp();
    void twoTenantsSideBySide();
    void signingOutOfOneAccountRemovesOnlyItsKeychainEntries();
};

void TestAccountServices::openingAnAccountReadsTheProfileOnce()
{
    SignedIn app;
    QVERIFY(app.signIn());
    AppServices &services = app.services;
    const Sandbox::SandboxServer &sandbox = app.sandbox;
    AccountServices *account = services.account();
    QVERIFY(account);
    QCOMPARE(app.opened.first().at(0).value<AccountServices *>(), account);
    QTRY_VERIFY_WITH_TIMEOUT(account->profile().isValid(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(account->calendarSync()->state() == CalendarSync::State::Idle, 15000);
    QCOMPARE(account->profile().displayName, u"Alex Mentor"_s);
    QCOMPARE(account->address(), account->profile().primaryAddress());
    QTRY_VERIFY_WITH_TIMEOUT(!account->photo().isEmpty(), 15000);
    // The profile travels in the calendar's start-up $batch, and nothing else asks for it again.
    QCOMPARE(served(sandbox, u"/v1.0/me"_s), 1);
    QCOMPARE(served(sandbox, u"/v1.0/me/photo/$value"_s), 1);
    QCOMPARE(services.session()->account().displayName, u"Alex Mentor"_s);
}

void TestAccountServices::signOutDestroysTheAccountAsOne()
{
    SignedIn app;
    QVERIFY(app.signIn());
    AppServices &services = app.services;
    QPointer<AccountServices> account = services.account();
    const QPointer<Outbox> outbox = account->outbox();
    const QPointer<CalendarStore> store = account->calendarStore();
    const QPointer<CalendarSync> sync = account->calendarSync();
    const QPointer<BookingService> booking = account->booking();
    const QPointer<TeamsService> teams = account->teams();
    const QString directory = account->dataDirectory();
    QVERIFY(QDir(directory).exists());

    QSignalSpy closing(&services, &AppServices::accountClosing);
    QSignalSpy removed(&services, &AppServices::accountDataRemoved);
    // Everything still there while the UI lets go of it.
    connect(&services, &AppServices::accountClosing, this, [&](AccountServices *closed) {
        QCOMPARE(closed, account.data());
        QVERIFY(outbox && store && sync && booking && teams);
    });
    services.session()->signOut();
    QTRY_COMPARE(closing.size(), 1); // once the keychain entries are gone
    QVERIFY(!account && !outbox && !store && !sync && !booking && !teams);
    QCOMPARE(services.account(), nullptr);
    QCOMPARE(services.outbox(), nullptr);
    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(0).toString(), directory);
    QVERIFY(!QDir(directory).exists()); // its databases were closed before their files went
}

void TestAccountServices::signedInAccountsAreRestoredAtStartUp()
{
    MENTORDESK_REQUIRE_SECRET_SERVICE(false);
    QSettings().clear();
    Sandbox::SandboxServer sandbox;
    QVERIFY(sandbox.listen(QHostAddress(QHostAddress::LocalHost)));
    AppConfig config = configFor(sandbox);
    config.staySignedIn = true;
    const QString service = u"io.mentordesk.MentorDesk.accounts-test"_s;
    Test::TestBrowser browser;
    browser.setAction(Test::TestBrowser::Action::Accept);
    QString key;
    {
        AppServices services(config, std::make_unique<KeychainSecretBackend>(service), &browser, Clock::system());
        QSignalSpy opened(&services, &AppServices::accountOpened);
        services.signInSession()->signIn();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
        key = services.account()->key();
        QCOMPARE(QSettings().value(u"session/accounts"_s).toStringList(), QStringList{key});
        // The sign-in session handed the account over and holds nothing.
        QCOMPARE(services.signInSession()->state(), Session::State::SignedOut);
        QVERIFY(services.signInSession()->accessToken().isEmpty());
        QTest::qWait(1000); // the keychain write is asynchronous
    }
    const int browserOpens = browser.openCount();
    {
        AppServices services(config, std::make_unique<KeychainSecretBackend>(service), &browser, Clock::system());
        QSignalSpy opened(&services, &AppServices::accountOpened);
        services.restoreAccounts();
        QVERIFY(services.isRestoring());
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
        QTRY_VERIFY(!services.isRestoring());
        AccountServices *account = services.account();
        QCOMPARE(account->key(), key);
        QCOMPARE(account->session()->state(), Session::State::SignedIn);
        QCOMPARE(browser.openCount(), browserOpens); // from the keychain, without the browser
        QTRY_VERIFY_WITH_TIMEOUT(account->profile().isValid(), 15000); // its own Graph client works

        QSignalSpy signedOut(&services, &AppServices::accountSignedOut);
        services.signOutAll();
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 15000);
        QVERIFY(services.accounts().isEmpty());
        QVERIFY(!QSettings().contains(u"session/accounts"_s));
    }
    // Nothing is left to restore.
    AppServices services(config, std::make_unique<KeychainSecretBackend>(service), &browser, Clock::system());
    services.restoreAccounts();
    QTRY_VERIFY_WITH_TIMEOUT(!services.isRestoring(), 15000);
    QVERIFY(services.accounts().isEmpty());
}

void TestAccountServices::twoTenantsSideBySide()
{
    // Alex in Contoso, then Add account… with Sam in the mentoring programme's tenant (another demo tenant).
    SignedIn app;
    QVERIFY(app.signIn());
    Sandbox::SandboxOptions options;
    options.tenant = u"programme"_s;
    Sandbox::SandboxServer programme(options);
    QVERIFY(programme.listen(QHostAddress(QHostAddress::LocalHost)));
    app.services.addAccount(configFor(programme));
    QTRY_COMPARE_WITH_TIMEOUT(app.opened.size(), 2, 15000);
    QCOMPARE(app.services.accounts().size(), 2);
    AccountServices *alex = app.services.accounts().at(0);
    AccountServices *sam = app.services.accounts().at(1);
    for (AccountServices *account : {alex, sam})
        QTRY_VERIFY_WITH_TIMEOUT(
            account->profile().isValid() && account->calendarSync()->state() == CalendarSync::State::Idle, 15000);
    QCOMPARE(alex->profile().displayName, u"Alex Mentor"_s);
    QCOMPARE(sam->profile().displayName, u"Sam Rivera"_s);
    // Each account talks to its own tenant through its own Graph client and session.
    QCOMPARE(alex->graph()->baseUrl(), app.sandbox.graphBaseUrl());
    QCOMPARE(sam->graph()->baseUrl(), programme.graphBaseUrl());
    QCOMPARE(served(app.sandbox, u"/v1.0/me"_s), 1);
    QCOMPARE(served(programme, u"/v1.0/me"_s), 1);
    QVERIFY(alex->session() != sam->session() && alex->session()->tokenStore() != sam->session()->tokenStore());
    QCOMPARE(sam->account().tenantId, programme.tenantId());
    // The sign-in session is back on the app's own settings, ready for the next account.
    QCOMPARE(app.services.signInSession()->config().graphBaseUrl(), app.sandbox.graphBaseUrl());
    QCOMPARE(app.services.signInSession()->state(), Session::State::SignedOut);

    // A free time is free in every account's own calendars: each booking sees the other's cache.
    QCOMPARE(alex->booking()->otherCalendars(), QList<CalendarStore *>{sam->calendarStore()});
    QCOMPARE(sam->booking()->otherCalendars(), QList<CalendarStore *>{alex->calendarStore()});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<Event> samsEvents = sam->calendarStore()->eventsBetween(now.addDays(-7), now.addDays(31));
    auto busy = std::find_if(samsEvents.begin(), samsEvents.end(), [](const Event &event) {
        return !event.isAllDay && !event.isCancelled && event.showAs == Event::ShowAs::Busy;
    });
    QVERIFY2(busy != samsEvents.end(), "the programme's seed has a busy meeting around today");
    bool seen = false;
    for (const Event &conflict : alex->booking()->conflicts(busy->start, busy->end))
        seen = seen || conflict.id == busy->id;
    QVERIFY2(seen, "a time busy in Sam's calendar is no free time for Alex's booking");

    // Signing out of Sam keeps Alex.
    QSignalSpy signedOut(&app.services, &AppServices::accountSignedOut);
    const QString samFolder = sam->dataDirectory();
    sam->session()->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 15000);
    QCOMPARE(app.services.accounts(), QList<AccountServices *>{alex});
    QVERIFY(!QDir(samFolder).exists());
    QVERIFY(QDir(alex->dataDirectory()).exists());
    QCOMPARE(alex->session()->state(), Session::State::SignedIn);
    QVERIFY(alex->booking()->otherCalendars().isEmpty());
}

void TestAccountServices::signingOutOfOneAccountRemovesOnlyItsKeychainEntries()
{
    // Both accounts stay signed in, so both keep a session in the real keychain (gnome-keyring in the suite).
    MENTORDESK_REQUIRE_SECRET_SERVICE(false);
    QSettings().clear();
    Sandbox::SandboxServer contoso;
    Sandbox::SandboxOptions options;
    options.tenant = u"programme"_s;
    Sandbox::SandboxServer programme(options);
    QVERIFY(contoso.listen(QHostAddress(QHostAddress::LocalHost)));
    QVERIFY(programme.listen(QHostAddress(QHostAddress::LocalHost)));
    AppConfig first = configFor(contoso);
    first.staySignedIn = true;
    AppConfig second = configFor(programme);
    second.staySignedIn = true;
    const QString service = u"io.mentordesk.MentorDesk.two-accounts-test"_s;
    Test::TestBrowser browser;
    browser.setAction(Test::TestBrowser::Action::Accept);
    AppServices services(first, std::make_unique<KeychainSecretBackend>(service), &browser, Clock::system());
    QSignalSpy opened(&services, &AppServices::accountOpened);
    services.signInSession()->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
    services.addAccount(second);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 15000);
    const QString alex = services.accounts().at(0)->key();
    const QString sam = services.accounts().at(1)->key();
    QVERIFY(alex != sam);
    QCOMPARE(QSettings().value(u"session/accounts"_s).toStringList(), (QStringList{alex, sam}));
    QTRY_VERIFY_WITH_TIMEOUT(storedInKeychain(service, alex) && storedInKeychain(service, sam), 10000);

    QSignalSpy signedOut(&services, &AppServices::accountSignedOut);
    services.accountFor(sam)->session()->signOut();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 15000);
    QVERIFY(!storedInKeychain(service, sam));
    QVERIFY(storedInKeychain(service, alex));
    QCOMPARE(QSettings().value(u"session/accounts"_s).toStringList(), QStringList{alex});

    services.signOutAll();
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 2, 15000);
    QVERIFY(!storedInKeychain(service, alex));
    QVERIFY(services.accounts().isEmpty());
    QVERIFY(!QSettings().contains(u"session/accounts"_s));
}

QTEST_GUILESS_MAIN(TestAccountServices)
#include "tst_accountservices.moc"
