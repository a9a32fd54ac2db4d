// The fault matrix, local half (README "Fault matrix"): what goes wrong on the user's own machine and in the browser,
// against the demo tenant over real loopback HTTP. Sign-in runs with the real loopback listener (consent declined, a
// redirect with another attempt's state, a replayed redirect, no keychain service); bookings, reschedules and
// cancellations run while another process holds the outbox file (SQLITE_BUSY). Each cell asserts that nothing
// crashes, that the user gets a translated sentence with no raw error text in it, that nothing is lost or half-done
// (no code exchanged that should not be, the draft or the session untouched), and that trying again once the fault
// is gone succeeds exactly once.
#include "core/auth/AuthError.h"
#include "core/auth/KeychainSecretBackend.h"
#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/auth/SignInFlow.h"
#include "core/auth/SignInResult.h"
#include "core/auth/TokenStore.h"
#include "core/booking/BookingService.h"
#include "core/booking/DraftStore.h"
#include "core/common/Clock.h"
#include "core/config/AppConfig.h"
#include "core/consent/ScopeCatalog.h"
#include "core/graph/GraphClient.h"
#include "core/outbox/Outbox.h"
#include "sandbox/SandboxServer.h"
#include "support/FaultMatrix.h"
#include "support/GraphTestTokenProvider.h"
#include "support/Platform.h"
#include "support/SandboxFixture.h"
#include "support/SqliteWriteLock.h"
#include "support/TestBrowser.h"
#include "support/UserMessageCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#ifdef MENTORDESK_TEST_HAVE_QTDBUS
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#endif

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;
using Kind = AuthError::Kind;

namespace {

// How long a sign-in attempt may wait for the browser in these cells: short, because a redirect that is ignored
// (wrong state, replayed) leaves the attempt waiting until this timeout, which is then what the user is told.
constexpr int kSignInTimeoutSeconds = 3;

// A machine without a keychain service: every operation answers Unavailable, as QtKeychain does when no Secret
// Service is on the session bus, with its (English, technical) reason.
class MissingSecretBackend final : public SecretBackend
{
public:
    static constexpr char kReason[]
        = "org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided by any "
          ".service files";

    void read(const QString &, QObject *context, Callback callback) override { fail(context, callback); }
    void write(const QString &, const QByteArray &, QObject *context, Callback callback) override
    {
        fail(context, callback);
    }
    void remove(const QString &, QObject *context, Callback callback) override { fail(context, callback); }
    bool persistsAcrossRestarts() const override { return true; }

private:
    static void fail(QObject *context, const Callback &callback)
    {
        QMetaObject::invokeMethod(
            context,
            [callback] {
                callback({Status::Unavailable, {}, QString::fromLatin1(kReason)});
            },
            Qt::QueuedConnection);
    }
};

#ifdef MENTORDESK_TEST_HAVE_QTDBUS
// A secret as the Secret Service API carries it: (session, parameters, value, content type).
// https://specifications.freedesktop.org/secret-service-spec/latest/types.html
struct DBusSecret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const DBusSecret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, DBusSecret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}
#endif

} // namespace

#ifdef MENTORDESK_TEST_HAVE_QTDBUS
Q_DECLARE_METATYPE(DBusSecret)
#endif

namespace {

// The test session's real gnome-keyring (scripts/with-keyring.sh), locked and unlocked over D-Bus as the desktop does
// it: Lock() as the screen locker does, and unlocking with the password as the login (PAM) does. With the keyring
// locked, a read asks gnome-keyring to prompt; no prompter can show here, so the prompt ends unanswered, as when
// the user cancels the unlock dialog.
class SecretServiceKeyring
{
public:
    static constexpr char kService[] = "org.freedesktop.secrets";
    static constexpr char kLogin[] = "/org/freedesktop/secrets/collection/login";

    static QString unavailableReason()
    {
#ifndef MENTORDESK_TEST_HAVE_QTDBUS
        return u"built without Qt D-Bus"_s;
#else
        if (!kXdgHome)
            return u"the Secret Service is the Linux keychain"_s;
        if (qEnvironmentVariableIsEmpty("MENTORDESK_TEST_KEYRING_PASSWORD"))
            return u"not under scripts/with-keyring.sh"_s;
        if (!QDBusConnection::sessionBus().interface()->isServiceRegistered(QString::fromLatin1(kService)))
            return u"no Secret Service on the session bus"_s;
        return {};
#endif
    }

#ifdef MENTORDESK_TEST_HAVE_QTDBUS
    static bool lock()
    {
        // No unlock dialog may appear, whatever DISPLAY the bus was started with: gcr-prompter cannot start.
        QDBusMessage environment
            = QDBusMessage::createMethodCall(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                                             u"org.freedesktop.DBus"_s, u"UpdateActivationEnvironment"_s);
        environment << QVariant::fromValue(
            QMap<QString, QString>{{u"DISPLAY"_s, QString()}, {u"WAYLAND_DISPLAY"_s, QString()}});
        QDBusConnection::sessionBus().call(environment);
        QDBusMessage call = service(u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
        call << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(QString::fromLatin1(kLogin))});
        return QDBusConnection::sessionBus().call(call).type() == QDBusMessage::ReplyMessage && isLocked();
    }

    static bool unlock()
    {
        qDBusRegisterMetaType<DBusSecret>();
        QDBusMessage open = service(u"org.freedesktop.Secret.Service"_s, u"OpenSession"_s);
        open << u"plain"_s << QVariant::fromValue(QDBusVariant(QString()));
        const QDBusMessage opened = QDBusConnection::sessionBus().call(open);
        if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() != 2)
            return false;
        DBusSecret secret{opened.arguments().at(1).value<QDBusObjectPath>(),
                          {},
                          qgetenv("MENTORDESK_TEST_KEYRING_PASSWORD"),
                          u"text/plain"_s};
        // gnome-keyring's own interface for unlocking with the password, which its PAM module uses:
        // https://gitlab.gnome.org/GNOME/gnome-keyring/-/blob/main/daemon/dbus/org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface.xml
        QDBusMessage call
            = service(u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s, u"UnlockWithMasterPassword"_s);
        call << QVariant::fromValue(QDBusObjectPath(QString::fromLatin1(kLogin))) << QVariant::fromValue(secret);
        return QDBusConnection::sessionBus().call(call).type() == QDBusMessage::ReplyMessage && !isLocked();
    }

    static bool isLocked()
    {
        QDBusMessage call = QDBusMessage::createMethodCall(QString::fromLatin1(kService), QString::fromLatin1(kLogin),
                                                           u"org.freedesktop.DBus.Properties"_s, u"Get"_s);
        call << u"org.freedesktop.Secret.Collection"_s << u"Locked"_s;
        const QDBusReply<QDBusVariant> reply = QDBusConnection::sessionBus().call(call);
        return reply.isValid() && reply.value().variant().toBool();
    }

private:
    static QDBusMessage service(const QString &interface, const QString &method)
    {
        return QDBusMessage::createMethodCall(QString::fromLatin1(kService), u"/org/freedesktop/secrets"_s, interface,
                                              method);
    }
#endif
};

BookingResult waitFor(BookingOperation *operation)
{
    QSignalSpy finished(operation, &BookingOperation::finished);
    if (!finished.wait(20000) || finished.size() != 1) {
        BookingResult timedOut;
        timedOut.status = BookingResult::Status::Failed;
        return timedOut;
    }
    return finished.first().first().value<BookingResult>();
}

} // namespace

class TestFaultMatrixLocal : public QObject
{
    Q_OBJECT

private:
    UserMessageCheck m_messages;
    FaultMatrix m_matrix;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<TestBrowser> m_browser;
    std::unique_ptr<ManualClock> m_clock;

    SignInRequest request() const
    {
        SignInRequest r;
        r.authority = m_sandbox->authority();
        r.clientId = m_sandbox->server().clientId();
        r.scopes = ScopeCatalog::instance().signInScopes(false);
        r.timeoutSeconds = kSignInTimeoutSeconds;
        return r;
    }

    SignInResult runFlow(SignInFlow &flow)
    {
        QSignalSpy finished(&flow, &SignInFlow::finished);
        flow.start(request());
        if (!finished.wait((kSignInTimeoutSeconds + 10) * 1000) || finished.size() != 1)
            return {};
        return finished.first().first().value<SignInResult>();
    }

    int codeExchanges() const { return m_sandbox->tokenRequests(u"authorization_code"_s); }

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void signIn_data();
    void signIn();
    void keychain_data();
    void keychain();
    void keychainLocked_data();
    void keychainLocked();
    void outboxBusy_data();
    void outboxBusy();
};

void TestFaultMatrixLocal::initTestCase()
{
    QVERIFY(m_messages.install());
}

void TestFaultMatrixLocal::cleanup()
{
    m_matrix.recordTag(QString::fromUtf8(QTest::currentDataTag()), !QTest::currentTestFailed());
    m_browser.reset();
    m_clock.reset();
    m_sandbox.reset();
}

void TestFaultMatrixLocal::cleanupTestCase()
{
    qInfo().noquote() << m_matrix.table(u"Fault matrix, local (fault kind × operation)"_s);
    QVERIFY2(m_matrix.failedCells().isEmpty(), qPrintable(m_matrix.failedCells().join(u", "_s)));
}

void TestFaultMatrixLocal::signIn_data()
{
    QTest::addColumn<bool>("autoConsent"); // false: the consent page is shown
    QTest::addColumn<bool>("replay"); // a good sign-in first, whose redirect the next attempt gets again
    QTest::addColumn<int>("action"); // TestBrowser::Action for the attempt under test
    QTest::addColumn<int>("expectedKind"); // AuthError::Kind the attempt ends in
    QTest::addColumn<int>("expectedExchanges"); // authorization codes exchanged in all

    QTest::newRow("consent denied/sign-in")
        << false << false << int(TestBrowser::Action::Decline) << int(Kind::Declined) << 0;
    // The redirect carries another attempt's state (a stale tab, a forged link): ignored, nothing exchanged, and the
    // attempt ends when it times out.
    QTest::newRow("state mismatch/sign-in")
        << true << false << int(TestBrowser::Action::TamperState) << int(Kind::TimedOut) << 0;
    // The previous attempt's redirect (its code already used) delivered to the new listener: ignored, so the one
    // exchange is the first attempt's.
    QTest::newRow("replayed code/sign-in")
        << true << true << int(TestBrowser::Action::ReplayPrevious) << int(Kind::TimedOut) << 1;
}

void TestFaultMatrixLocal::signIn()
{
    QFETCH(bool, autoConsent);
    QFETCH(bool, replay);
    QFETCH(int, action);
    QFETCH(int, expectedKind);
    QFETCH(int, expectedExchanges);

    Sandbox::SandboxOptions options; // the real clock: the id_token is checked against it
    options.autoConsent = autoConsent;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
    m_browser = std::make_unique<TestBrowser>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    SignInFlow flow(&m_sandbox->network(), m_browser.get(), m_clock.get());

    if (replay) {
        m_browser->setAction(TestBrowser::Action::Accept);
        const SignInResult first = runFlow(flow);
        QVERIFY2(first.succeeded(), qPrintable(first.error.description));
        QTRY_COMPARE(flow.listeningPort(), quint16(0));
    }

    m_browser->setAction(TestBrowser::Action(action));
    const SignInResult result = runFlow(flow);
    QCOMPARE(int(result.error.kind), expectedKind);
    const QString message = result.error.userMessage();
    QVERIFY2(m_messages.problem(message).isEmpty(), qPrintable(m_messages.problem(message)));
    QCOMPARE(codeExchanges(), expectedExchanges);
    QTRY_COMPARE(flow.listeningPort(), quint16(0)); // the listener is closed again

    // The user tries again and it works: one more exchange, no leftovers from the failed attempt.
    m_sandbox->setConfig({{"autoConsent"_L1, true}});
    m_browser->setAction(TestBrowser::Action::Accept);
    const SignInResult again = runFlow(flow);
    QVERIFY2(again.succeeded(), qPrintable(again.error.description));
    QCOMPARE(codeExchanges(), expectedExchanges + 1);
}

void TestFaultMatrixLocal::keychain_data()
{
    QTest::addColumn<int>("unused");
    // "Stay signed in" on a machine without a keychain: the sign-in still works, in memory, and the user is told.
    QTest::newRow("keychain missing/sign-in") << 0;
}

void TestFaultMatrixLocal::keychain()
{
    Sandbox::SandboxOptions options; // the real clock: the id_token is checked against it
    options.autoConsent = true;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
    m_browser = std::make_unique<TestBrowser>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    AppConfig config;
    config.clientId = m_sandbox->server().clientId();
    config.authorityOverride = m_sandbox->authority();
    config.graphUrlOverride = m_sandbox->server().graphBaseUrl();
    config.staySignedIn = true;
    MissingSecretBackend backend;
    TokenStore store(&backend);
    Session session(config, &m_sandbox->network(), m_browser.get(), &store, m_clock.get());
    QSignalSpy unavailable(&session, &Session::keychainUnavailable);
    QSignalSpy finished(&session, &Session::signInFinished);
    session.signIn();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(session.state(), Session::State::SignedIn); // nothing lost: signed in, in memory
    QVERIFY(!session.accessToken().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!unavailable.isEmpty(), 5000);
    const QString message = unavailable.first().first().toString();
    QVERIFY2(m_messages.problem(message).isEmpty(), qPrintable(m_messages.problem(message)));
    QVERIFY2(!message.contains(QString::fromLatin1(MissingSecretBackend::kReason)), qPrintable(message));
    QCOMPARE(codeExchanges(), 1);
}

void TestFaultMatrixLocal::keychainLocked_data()
{
    QTest::addColumn<bool>("savedBefore"); // signed in (and remembered) before the keyring was locked
    // The keyring is locked (screen locked, a session without the login unlock) and the unlock prompt goes
    // unanswered. Restoring the remembered session cannot read it: the user is told, and nothing is deleted.
    QTest::newRow("keychain locked/restore") << true;
    // Signing in meanwhile works, in memory for this run, and the user is told.
    QTest::newRow("keychain locked/sign-in") << false;
}

void TestFaultMatrixLocal::keychainLocked()
{
    QFETCH(bool, savedBefore);
    const QString unavailable = SecretServiceKeyring::unavailableReason();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
#ifdef MENTORDESK_TEST_HAVE_QTDBUS
    Sandbox::SandboxOptions options; // the real clock: the id_token is checked against it
    options.autoConsent = true;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
    m_browser = std::make_unique<TestBrowser>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
    AppConfig config;
    config.clientId = m_sandbox->server().clientId();
    config.authorityOverride = m_sandbox->authority();
    config.graphUrlOverride = m_sandbox->server().graphBaseUrl();
    config.staySignedIn = true;
    // Each run its own keychain service, so entries of an earlier run never answer for this one.
    KeychainSecretBackend backend(u"mentordesk-faultmatrix-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
    // A "run" of MentorDesk: its own token store and session over the same keychain.
    struct Run
    {
        TokenStore store;
        Session session;
        Run(const AppConfig &config, QNetworkAccessManager *network, BrowserOpener *browser, SecretBackend *backend,
            Clock *clock)
            : store(backend)
            , session(config, network, browser, &store, clock)
        { }
    };
    const auto newRun = [&] {
        return std::make_unique<Run>(config, &m_sandbox->network(), m_browser.get(), &backend, m_clock.get());
    };
    const auto isStored = [&](const QString &key) {
        TokenStore probe(&backend);
        std::optional<bool> found;
        probe.load(key,
                   [&](const std::optional<StoredSession> &stored, const AuthError &) { found = stored.has_value(); });
        for (int waited = 0; !found && waited < 10000; waited += 50)
            QTest::qWait(50);
        return found.value_or(false);
    };

    QString accountKey;
    if (savedBefore) {
        auto first = newRun();
        first->session.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(first->session.state(), Session::State::SignedIn, 15000);
        accountKey = first->session.account().key();
        QTRY_VERIFY_WITH_TIMEOUT(isStored(accountKey), 10000);
    }
    const int exchangesBefore = codeExchanges();

    QVERIFY(SecretServiceKeyring::lock());
    {
        auto locked = newRun();
        QSignalSpy unavailableSpy(&locked->session, &Session::keychainUnavailable);
        if (savedBefore) {
            locked->session.restore(accountKey);
            QTRY_COMPARE_WITH_TIMEOUT(locked->session.state(), Session::State::SignedOut, 15000);
            QCOMPARE(codeExchanges(), exchangesBefore); // no browser, no code: nothing happened behind the user
        } else {
            locked->session.signIn();
            QTRY_COMPARE_WITH_TIMEOUT(locked->session.state(), Session::State::SignedIn, 15000);
            QVERIFY(!locked->session.accessToken().isEmpty()); // signed in, in memory
            accountKey = locked->session.account().key();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!unavailableSpy.isEmpty(), 15000);
        const QString message = unavailableSpy.first().first().toString();
        QVERIFY2(m_messages.problem(message).isEmpty(), qPrintable(m_messages.problem(message)));
        QVERIFY2(!message.contains(u"org.freedesktop"_s), qPrintable(message));
        QVERIFY2(SecretServiceKeyring::isLocked(), "the app must not unlock the user's keyring behind their back");
    }

    // The user unlocks the keyring. Nothing was lost: the remembered sign-in comes back without the browser; a
    // sign-in made while it was locked is remembered from the next sign-in on.
    QVERIFY(SecretServiceKeyring::unlock());
    auto unlocked = newRun();
    QSignalSpy unavailableAfter(&unlocked->session, &Session::keychainUnavailable);
    if (savedBefore) {
        QVERIFY(isStored(accountKey));
        const int opened = m_browser->openCount();
        unlocked->session.restore(accountKey);
        QTRY_COMPARE_WITH_TIMEOUT(unlocked->session.state(), Session::State::SignedIn, 15000);
        QCOMPARE(m_browser->openCount(), opened);
    } else {
        QVERIFY(!isStored(accountKey)); // the locked run kept it in memory only, as it said
        unlocked->session.signIn();
        QTRY_COMPARE_WITH_TIMEOUT(unlocked->session.state(), Session::State::SignedIn, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(isStored(accountKey), 10000);
    }
    QCOMPARE(unavailableAfter.size(), 0);
    TokenStore cleanup(&backend);
    bool removed = false;
    cleanup.remove(accountKey, [&](const AuthError &) { removed = true; });
    QTRY_VERIFY(removed);
#endif
}

void TestFaultMatrixLocal::outboxBusy_data()
{
    QTest::addColumn<int>("operation"); // BookingResult::Operation
    // Another MentorDesk instance holds the outbox file in a write transaction for longer than the store waits
    // (OutboxStore::kBusyTimeoutMs): the write cannot be stored for sending.
    QTest::newRow("SQLITE_BUSY/book") << int(BookingResult::Operation::Book);
    QTest::newRow("SQLITE_BUSY/reschedule") << int(BookingResult::Operation::Reschedule);
    QTest::newRow("SQLITE_BUSY/cancel") << int(BookingResult::Operation::Cancel);
}

void TestFaultMatrixLocal::outboxBusy()
{
    using Op = BookingResult::Operation;
    QFETCH(int, operation);
    const auto op = Op(operation);

    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    const QDateTime now = QDateTime::fromString(QLatin1StringView(SandboxFixture::kDefaultNow), Qt::ISODate);
    ManualClock clock(now);
    QTemporaryDir dir;
    QNetworkAccessManager network;
    GraphTestTokenProvider tokens;
    tokens.setAccessToken(m_sandbox->issueToken(ScopeCatalog::instance().signInScopes(false)));
    GraphClient client(&network, &tokens, m_sandbox->server().graphBaseUrl());
    const QString outboxPath = dir.filePath(u"outbox.sqlite"_s);
    Outbox outbox(&client, outboxPath);
    QVERIFY(outbox.isOpen());
    DraftStore drafts(dir.filePath(u"drafts.json"_s), &clock);
    drafts.load();
    BookingService service(&client, &outbox, &drafts, &clock);
    service.setConsentStateProvider([] {
        ConsentState state;
        state.signedIn = true;
        state.grantedScopes = ScopeCatalog::instance().signInScopes(false);
        return state;
    });
    service.setOrganizerAddress(m_sandbox->state().value("mentor"_L1).toString());

    SessionDraft draft = SessionDraft::create(now, QTimeZone("Europe/Berlin"));
    draft.mentees = {{u"Priya Sharma"_s, u"priya.sharma@contoso-mentoring.example"_s}};
    draft.subject = u"Booked while the outbox is busy"_s;
    draft.date = QDate(2026, 11, 27);
    draft.time = QTime(10, 0);
    draft.durationMinutes = 60;
    const QString transactionId = draft.transactionId;
    auto events = [this, &transactionId](const QString &status = {}) {
        QList<QJsonObject> matching;
        for (const QJsonValue &value : m_sandbox->state().value("events"_L1).toArray()) {
            const QJsonObject event = value.toObject();
            if (event.value("transactionId"_L1).toString() == transactionId
                && (status.isEmpty() || event.value("sandboxStatus"_L1).toString() == status))
                matching << event;
        }
        return matching;
    };

    Event booked;
    if (op != Op::Book) { // a session booked earlier, while the outbox was free
        const BookingResult result = waitFor(service.book(draft));
        QVERIFY2(result.isSuccess(), qPrintable(result.message));
        booked = result.event;
        QCOMPARE(events().size(), 1);
    }
    const QDateTime newStart = now.addDays(3);
    auto attempt = [&]() -> BookingOperation * {
        switch (op) {
        case Op::Book:
            return service.book(drafts.draft(draft.id).value_or(draft));
        case Op::Reschedule:
            return service.reschedule(booked, newStart, newStart.addSecs(3600),
                                      BookingService::ChangeScope::ThisOccurrence);
        case Op::Cancel:
            return service.cancel(booked, u"Something came up"_s, BookingService::ChangeScope::ThisOccurrence);
        default:
            return nullptr;
        }
    };

    {
        SqliteWriteLock other(outboxPath, {}, {u"DELETE FROM outbox_entries"_s});
        QVERIFY2(other.isHeld(), qPrintable(other.errorString()));
        const BookingResult result = waitFor(attempt());
        QCOMPARE(result.status, BookingResult::Status::Failed);
        QVERIFY2(m_messages.problem(result.message).isEmpty(), qPrintable(m_messages.problem(result.message)));
        // UserMessageCheck does not know SQLite's wording: the store's own error text must not be in the sentence.
        QVERIFY(!outbox.errorString().isEmpty());
        QVERIFY2(!result.message.contains(outbox.errorString()), qPrintable(result.message));
        QVERIFY(other.release(false));
    }
    // Nothing lost and nothing half-done: a new booking's draft is kept; an existing session is untouched.
    if (op == Op::Book) {
        QVERIFY(drafts.draft(draft.id));
        QCOMPARE(events().size(), 0);
    } else {
        QCOMPARE(events(u"active"_s).size(), 1);
    }

    // The lock is gone and the user tries again: it happens once.
    const BookingResult again = waitFor(attempt());
    QVERIFY2(again.isSuccess(), qPrintable(again.message));
    QCOMPARE(events().size(), 1);
    if (op == Op::Cancel)
        QCOMPARE(events(u"active"_s).size(), 0);
    else
        QCOMPARE(events(u"active"_s).size(), 1);
}

QTEST_GUILESS_MAIN(TestFaultMatrixLocal)
#include "tst_faultmatrix_local.moc"
