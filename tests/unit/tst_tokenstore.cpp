// Runs against the real Secret Service (gnome-keyring on a private D-Bus session, started by scripts/test.sh via
// scripts/with-keyring.sh; skipped where there is none, and on Windows and macOS), the memory backend, and a
// keychain that is not there at all. Every entry must fit one Windows credential on every platform.
#include "core/auth/KeychainSecretBackend.h"
#include "core/auth/SecretBackend.h"
#include "core/auth/TokenStore.h"
#include "support/Platform.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
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

// Runs the event loop until the store calls back (or 20 s pass). Not QTest::qWaitFor, which sleeps between its
// checks: a save is dozens of queued keychain calls.
template<typename Result>
std::optional<Result> await(const std::function<void(std::function<void(Result)>)> &start)
{
    struct State
    {
        std::optional<Result> result;
        QEventLoop *loop = nullptr;
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    state->loop = &loop;
    start([state](Result result) {
        state->result = std::move(result);
        if (state->loop)
            state->loop->quit();
    });
    if (!state->result) {
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    state->loop = nullptr;
    return state->result;
}

// Synchronous wrappers: the store is asynchronous like the keychain behind it.
AuthError save(TokenStore &store, const StoredSession &session)
{
    const auto result = await<AuthError>([&](std::function<void(AuthError)> done) {
        store.save(session, [done](const AuthError &error) { done(error); });
    });
    return result ? *result : AuthError::make(AuthError::Kind::Keychain, u"timed out"_s);
}

using LoadResult = std::pair<std::optional<StoredSession>, AuthError>;

LoadResult load(TokenStore &store, const QString &key)
{
    const auto result = await<LoadResult>([&](std::function<void(LoadResult)> done) {
        store.load(key, [done](const std::optional<StoredSession> &session, const AuthError &error) {
            done({session, error});
        });
    });
    return result ? *result : LoadResult{std::nullopt, AuthError::make(AuthError::Kind::Keychain, u"timed out"_s)};
}

AuthError remove(TokenStore &store, const QString &key)
{
    const auto result = await<AuthError>([&](std::function<void(AuthError)> done) {
        store.remove(key, [done](const AuthError &error) { done(error); });
    });
    return result ? *result : AuthError::make(AuthError::Kind::Keychain, u"timed out"_s);
}

// A keychain that fails the failAt-th operation (reads, writes and removes counted from 1; 0: never) and
// otherwise behaves like the memory backend, to interrupt a save at every possible point.
class FailingSecretBackend final : public SecretBackend
{
public:
    void read(const QString &key, QObject *context, Callback callback) override
    {
        if (!shouldFail(context, callback))
            memory.read(key, context, std::move(callback));
    }
    void write(const QString &key, const QByteArray &data, QObject *context, Callback callback) override
    {
        largestWrite = std::max(largestWrite, data.size());
        if (!shouldFail(context, callback))
            memory.write(key, data, context, std::move(callback));
    }
    void remove(const QString &key, QObject *context, Callback callback) override
    {
        if (!shouldFail(context, callback))
            memory.remove(key, context, std::move(callback));
    }
    bool persistsAcrossRestarts() const override { return true; }

    MemorySecretBackend memory;
    int operations = 0;
    int failAt = 0;
    qsizetype largestWrite = 0; // bytes of the largest entry written

private:
    bool shouldFail(QObject *context, const Callback &callback)
    {
        if (++operations != failAt)
            return false;
        QMetaObject::invokeMethod(
            context,
            [callback] {
                callback({SecretBackend::Status::Error, {}, u"injected failure"_s});
            },
            Qt::QueuedConnection);
        return true;
    }
};

SecretBackend::Result writeDirectly(SecretBackend &backend, const QString &key, const QByteArray &data)
{
    QObject context;
    const auto result = await<SecretBackend::Result>([&](std::function<void(SecretBackend::Result)> done) {
        backend.write(key, data, &context, [done](const SecretBackend::Result &r) { done(r); });
    });
    return result ? *result : SecretBackend::Result{SecretBackend::Status::Error, {}, u"timed out"_s};
}

// How many entries a save of this session leaves in an empty keychain.
int entriesFor(const StoredSession &session)
{
    MemorySecretBackend backend;
    TokenStore store(&backend);
    if (save(store, session).isError())
        return -1;
    return int(backend.keys().size());
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
    void everyEntryFitsAWindowsCredential_data();
    void everyEntryFitsAWindowsCredential();
    void interruptedSaveLeavesOneCompleteSet_data();
    void interruptedSaveLeavesOneCompleteSet();
    void readsAndMigratesTheV1Layout_data();
    void readsAndMigratesTheV1Layout();
    void removeClearsEveryLayout();
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
    MENTORDESK_REQUIRE_SECRET_SERVICE(true);
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
    MENTORDESK_REQUIRE_SECRET_SERVICE(true);
    KeychainSecretBackend backend(kService);
    TokenStore store(&backend);
    const QString key = sampleSession(1).account.key();
    QVERIFY(!save(store, sampleSession(12000)).isError());
    const QString before = secretToolSearch();
    QVERIFY2(before.contains(key + u"#a5"_s) || before.contains(key + u"#b5"_s), qPrintable(before));
    QVERIFY(!save(store, sampleSession(100)).isError());
    const QString entries = secretToolSearch();
    for (const QString &stale : {u"#a2"_s, u"#b2"_s, u"#1"_s})
        QVERIFY2(!entries.contains(key + stale), qPrintable(entries));
    QVERIFY2(entries.contains(key + u"#a1"_s) != entries.contains(key + u"#b1"_s), qPrintable(entries));
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

void TestTokenStore::everyEntryFitsAWindowsCredential_data()
{
    QTest::addColumn<int>("tokenLength");
    QTest::newRow("one chunk") << 300;
    QTest::newRow("two chunks") << TokenStore::kChunkSize;
    QTest::newRow("several chunks") << 9000;
    QTest::newRow("near the most chunks") << 12000; // about 18 kB of JSON: 9 of the 10 chunks
}

// Credential Manager refuses a blob over 2560 bytes (TokenStore::kMaxEntryBytes): checked here with the memory
// backend, so it holds on every platform, not only where the Windows keychain runs.
void TestTokenStore::everyEntryFitsAWindowsCredential()
{
    QFETCH(int, tokenLength);
    FailingSecretBackend backend;
    TokenStore store(&backend);
    const StoredSession session = sampleSession(tokenLength);
    QVERIFY(!save(store, session).isError());
    QVERIFY(backend.largestWrite > 0);
    QVERIFY2(backend.largestWrite <= TokenStore::kChunkSize, qPrintable(QString::number(backend.largestWrite)));
    QVERIFY(backend.largestWrite <= TokenStore::kMaxEntryBytes);
    const auto [loaded, error] = load(store, session.account.key());
    QVERIFY2(!error.isError(), qPrintable(error.description));
    QVERIFY(loaded);
    QCOMPARE(loaded->tokens.accessToken, session.tokens.accessToken);

    // Too large for kMaxChunks entries: refused with a reason, never written as one oversized entry.
    const int before = backend.operations;
    QVERIFY(save(store, sampleSession(TokenStore::kMaxChunks * TokenStore::kChunkSize)).isError());
    QCOMPARE(backend.operations, before);
}

void TestTokenStore::interruptedSaveLeavesOneCompleteSet_data()
{
    QTest::addColumn<int>("fromLength");
    QTest::addColumn<int>("toLength");
    QTest::addColumn<int>("failAt");
    const struct
    {
        int from;
        int to;
        const char *name;
    } cases[] = {{7000, 1500, "long to short"}, {1500, 7000, "short to long"}, {7000, 7200, "long to long"}};
    for (const auto &c : cases) {
        // Every operation of that save, counted once without failures.
        FailingSecretBackend backend;
        TokenStore store(&backend);
        QVERIFY(!save(store, sampleSession(c.from)).isError());
        const int before = backend.operations;
        QVERIFY(!save(store, sampleSession(c.to)).isError());
        const int steps = backend.operations - before;
        QVERIFY(steps > 3);
        for (int k = 1; k <= steps; ++k)
            QTest::addRow("%s, operation %d of %d fails", c.name, k, steps) << c.from << c.to << k;
    }
}

void TestTokenStore::interruptedSaveLeavesOneCompleteSet()
{
    QFETCH(int, fromLength);
    QFETCH(int, toLength);
    QFETCH(int, failAt);
    const StoredSession a = sampleSession(fromLength);
    const StoredSession b = sampleSession(toLength);
    const QString key = a.account.key();
    FailingSecretBackend backend;
    TokenStore store(&backend);
    QVERIFY(!save(store, a).isError());
    const int entriesOfA = entriesFor(a);
    QVERIFY(entriesOfA >= 2); // more than one chunk
    QCOMPARE(int(backend.memory.keys().size()), entriesOfA); // a first save leaves nothing stale either

    backend.failAt = backend.operations + failAt;
    const AuthError interrupted = save(store, b); // may fail: that is the point
    QVERIFY(backend.operations >= backend.failAt);
    backend.failAt = 0;

    // Either the old session or the new one, complete: never an error, never a mix.
    const auto [loaded, error] = load(store, key);
    QVERIFY2(!error.isError(), qPrintable(error.description));
    QVERIFY(loaded);
    const bool isA
        = loaded->tokens.accessToken == a.tokens.accessToken && loaded->tokens.refreshToken == a.tokens.refreshToken;
    const bool isB
        = loaded->tokens.accessToken == b.tokens.accessToken && loaded->tokens.refreshToken == b.tokens.refreshToken;
    QVERIFY2(isA || isB, "a mix of the old and the new session");
    if (!interrupted.isError())
        QVERIFY(isB); // success means the new one is stored

    // The next save that goes through leaves exactly one set and nothing stale.
    QVERIFY(!save(store, b).isError());
    const auto [again, againError] = load(store, key);
    QVERIFY2(!againError.isError(), qPrintable(againError.description));
    QVERIFY(again);
    QCOMPARE(again->tokens.accessToken, b.tokens.accessToken);
    QCOMPARE(int(backend.memory.keys().size()), entriesFor(b));
    QVERIFY(!remove(store, key).isError());
    QVERIFY2(backend.memory.keys().isEmpty(), qPrintable(backend.memory.keys().join(u", "_s)));
}

void TestTokenStore::readsAndMigratesTheV1Layout_data()
{
    QTest::addColumn<int>("tokenLength");
    QTest::newRow("one chunk") << 300;
    QTest::newRow("several chunks") << 9000;
}

void TestTokenStore::readsAndMigratesTheV1Layout()
{
    QFETCH(int, tokenLength);
    const StoredSession session = sampleSession(tokenLength);
    const QString key = session.account.key();
    MemorySecretBackend backend;
    // Written the way the first releases did: "MDv1:<count>:" and the first 2048 bytes of the JSON at the key,
    // the rest in key#1, key#2, ...
    const QByteArray json
        = QJsonDocument(QJsonObject{{"version"_L1, 1},
                                    {"account"_L1, session.account.toJson()},
                                    {"tokens"_L1, session.tokens.toJson(true)},
                                    {"requestedScopes"_L1, QJsonArray::fromStringList(session.requestedScopes)},
                                    {"authority"_L1, session.authority.toString()}})
              .toJson(QJsonDocument::Compact);
    QList<QByteArray> chunks;
    for (qsizetype offset = 0; offset < json.size(); offset += 2048)
        chunks << json.mid(offset, 2048);
    for (int i = 0; i < chunks.size(); ++i) {
        const QByteArray value
            = i == 0 ? "MDv1:" + QByteArray::number(chunks.size()) + ':' + chunks.at(0) : chunks.at(i);
        QCOMPARE(writeDirectly(backend, i == 0 ? key : u"%1#%2"_s.arg(key).arg(i), value).status,
                 SecretBackend::Status::Ok);
    }

    TokenStore store(&backend);
    const auto [loaded, error] = load(store, key);
    QVERIFY2(!error.isError(), qPrintable(error.description));
    QVERIFY(loaded);
    QCOMPARE(loaded->account, session.account);
    QCOMPARE(loaded->tokens.accessToken, session.tokens.accessToken);
    QCOMPARE(loaded->tokens.refreshToken, session.tokens.refreshToken);
    QCOMPARE(loaded->requestedScopes, session.requestedScopes);

    // The next save (a refresh, say) writes the new layout and drops every old chunk.
    StoredSession refreshed = *loaded;
    refreshed.tokens.accessToken = u"refreshed-"_s + QString(tokenLength, u'x');
    QVERIFY(!save(store, refreshed).isError());
    const QStringList keys = backend.keys();
    for (int i = 1; i < chunks.size(); ++i)
        QVERIFY2(!keys.contains(u"%1#%2"_s.arg(key).arg(i)), qPrintable(keys.join(u", "_s)));
    QCOMPARE(int(keys.size()), entriesFor(refreshed));
    const auto [migrated, migratedError] = load(store, key);
    QVERIFY2(!migratedError.isError(), qPrintable(migratedError.description));
    QVERIFY(migrated);
    QCOMPARE(migrated->tokens.accessToken, refreshed.tokens.accessToken);
}

void TestTokenStore::removeClearsEveryLayout()
{
    // Leftovers of every kind: the current set, an unfinished newer one and first-release chunks.
    MemorySecretBackend backend;
    TokenStore store(&backend);
    const StoredSession session = sampleSession(7000);
    const QString key = session.account.key();
    QVERIFY(!save(store, session).isError());
    QVERIFY(!save(store, sampleSession(9000)).isError());
    for (int i = 1; i < TokenStore::kMaxChunks; ++i)
        QCOMPARE(writeDirectly(backend, u"%1#%2"_s.arg(key).arg(i), "stale").status, SecretBackend::Status::Ok);
    QVERIFY(!remove(store, key).isError());
    QVERIFY2(backend.keys().isEmpty(), qPrintable(backend.keys().join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
