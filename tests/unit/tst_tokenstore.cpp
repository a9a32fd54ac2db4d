// Runs against the real Secret Service (gnome-keyring on a private D-Bus session, started by scripts/test.sh via
// scripts/with-keyring.sh), the memory backend, and a keychain that is not there at all.
#include "auth/KeychainSecretBackend.h"
#include "auth/SecretBackend.h"
#include "auth/TokenStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

const QString kService = u"io.mentordesk.MentorDesk.test"_s;

StoredSession sampleSession(int tokenLength)
{
    StoredSession session;
    session.account.objectId = u"7d6e5f4a-1111-2222-3333-444455556666"_s;
    session.account.tenantId = u"0c8b2f2a-3a6e-4f4b-9a0d-6a1f2e3d4c5b"_s;
    session.account.username = u"alex@contoso-mentoring.example"_s;
    session.account.displayName = u"Alex Mentor"_s;
    session.tokens.accessToken = QString(tokenLength, u'a') + u"-end"_s;
    session.tokens.refreshToken = u"refresh-"_s + QString(tokenLength / 2, u'r');
    session.tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    session.tokens.grantedScopes = {u"openid"_s, u"User.Read"_s};
    session.requestedScopes = session.tokens.grantedScopes;
    session.authority = QUrl(u"https://login.microsoftonline.com/organizations"_s);
    return session;
}

// Synchronous wrappers: the store is asynchronous like the keychain behind it.
AuthError save(TokenStore &store, const StoredSession &session)
{
    std::optional<AuthError> result;
    store.save(session, [&result](const AuthError &error) { result = error; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return AuthError::make(AuthError::Kind::Keychain, u"timed out"_s);
    return *result;
}

std::pair<std::optional<StoredSession>, AuthError> load(TokenStore &store, const QString &key)
{
    bool done = false;
    std::pair<std::optional<StoredSession>, AuthError> result;
    store.load(key, [&](const std::optional<StoredSession> &session, const AuthError &error) {
        result = {session, error};
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 20000))
        result.second = AuthError::make(AuthError::Kind::Keychain, u"timed out"_s);
    return result;
}

AuthError remove(TokenStore &store, const QString &key)
{
    std::optional<AuthError> result;
    store.remove(key, [&result](const AuthError &error) { result = error; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return AuthError::make(AuthError::Kind::Keychain, u"timed out"_s);
    return *result;
}

// What the Secret Service itself holds for our test service, independent of QtKeychain.
QString secretToolSearch()
{
    QProcess process;
    process.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, kService});
    process.waitForFinished(10000);
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripInRealKeychain_data();
    void roundTripInRealKeychain();
    void shorterValueLeavesNoStaleChunks();
    void memoryBackendIsNotPersistent();
};

void TestTokenStore::roundTripInRealKeychain_data()
{
    QTest::addColumn<int>("tokenLength");
    QTest::newRow("one chunk") << 300;
    QTest::newRow("several chunks (over the Windows credential limit)") << 9000;
}

void TestTokenStore::roundTripInRealKeychain()
{
    QFETCH(int, tokenLength);
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run under dbus-run-session with gnome-keyring (scripts/test.sh does)");
    KeychainSecretBackend backend(kService);
    const StoredSession session = sampleSession(tokenLength);
    {
        TokenStore store(&backend);
        const AuthError error = save(store, session);
        QVERIFY2(!error.isError(), qPrintable(error.description));
        QVERIFY(store.isPersistent());
    }
    {
        // A new store (as after a restart) reads it back from the Secret Service.
        TokenStore store(&backend);
        const auto [loaded, error] = load(store, session.account.key());
        QVERIFY2(!error.isError(), qPrintable(error.description));
        QVERIFY(loaded);
        QCOMPARE(loaded->account, session.account);
        QCOMPARE(loaded->tokens.accessToken, session.tokens.accessToken);
        QCOMPARE(loaded->tokens.refreshToken, session.tokens.refreshToken);
        QCOMPARE(loaded->tokens.expiresAt, session.tokens.expiresAt.toUTC());
        QCOMPARE(loaded->tokens.grantedScopes, session.tokens.grantedScopes);
        QCOMPARE(loaded->authority, session.authority);
        QVERIFY(secretToolSearch().contains(session.account.key()));

        QVERIFY(!remove(store, session.account.key()).isError());
        const auto [gone, goneError] = load(store, session.account.key());
        QVERIFY(!gone);
        QVERIFY(!goneError.isError());
        QVERIFY2(!secretToolSearch().contains(session.account.key()), qPrintable(secretToolSearch()));
    }
}

void TestTokenStore::shorterValueLeavesNoStaleChunks()
{
    KeychainSecretBackend backend(kService);
    TokenStore store(&backend);
    QVERIFY(!save(store, sampleSession(12000)).isError());
    QVERIFY(secretToolSearch().contains(sampleSession(1).account.key() + u"#5"_s));
    QVERIFY(!save(store, sampleSession(100)).isError());
    const QString entries = secretToolSearch();
    QVERIFY2(!entries.contains(sampleSession(1).account.key() + u"#1"_s), qPrintable(entries));
    const auto [loaded, error] = load(store, sampleSession(1).account.key());
    QVERIFY(loaded);
    QCOMPARE(loaded->tokens.accessToken, sampleSession(100).tokens.accessToken);
    QVERIFY(!remove(store, sampleSession(1).account.key()).isError());
}

void TestTokenStore::memoryBackendIsNotPersistent()
{
    MemorySecretBackend backend;
    TokenStore store(&backend);
    QVERIFY(!store.isPersistent());
    const StoredSession session = sampleSession(5000);
    QVERIFY(!save(store, session).isError());
    QVERIFY(backend.keys().size() >= 3); // chunked like the real keychain
    const auto [loaded, error] = load(store, session.account.key());
    QVERIFY(loaded);
    QCOMPARE(loaded->tokens.accessToken, session.tokens.accessToken);
    QVERIFY(!remove(store, session.account.key()).isError());
    QVERIFY(backend.keys().isEmpty());
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
