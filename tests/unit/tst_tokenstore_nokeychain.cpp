// A session bus without any Secret Service: the process must learn that before its first D-Bus call, so this
// case has its own executable (D-Bus connections are per process). Linux only: on Windows and macOS the keychain
// (Credential Manager, Keychain) is part of the system and cannot be taken away from one process.
#include "core/auth/KeychainSecretBackend.h"
#include "core/auth/TokenStore.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

class TestTokenStoreNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fallsBackToMemoryAndSaysSo();
};

void TestTokenStoreNoKeychain::initTestCase()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_DARWIN)
    QSKIP("needs D-Bus (Linux Secret Service): only there can a process be left without a keychain");
#else
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mentordesk-no-bus");
#endif
}

void TestTokenStoreNoKeychain::fallsBackToMemoryAndSaysSo()
{
    KeychainSecretBackend backend(u"io.mentordesk.MentorDesk.test"_s);
    TokenStore store(&backend);
    QSignalSpy unavailable(&store, &TokenStore::unavailable);

    StoredSession session;
    session.account.objectId = u"oid"_s;
    session.account.tenantId = u"tid"_s;
    session.tokens.accessToken = u"access-token-value"_s;
    session.tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);

    std::optional<AuthError> saved;
    store.save(session, [&saved](const AuthError &error) { saved = error; });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
    QVERIFY2(!saved->isError(), qPrintable(saved->description));
    QCOMPARE(unavailable.size(), 1);
    QVERIFY(!store.isPersistent());
    const QString message = unavailable.first().first().toString();
    QVERIFY2(message.contains(u"sign in again"_s), qPrintable(message));
    QCOMPARE(store.unavailableReason(), message);

    // Usable for this run, from memory only.
    bool loaded = false;
    store.load(session.account.key(), [&](const std::optional<StoredSession> &stored, const AuthError &error) {
        QVERIFY(!error.isError());
        QVERIFY(stored);
        QCOMPARE(stored->tokens.accessToken, session.tokens.accessToken);
        loaded = true;
    });
    QTRY_VERIFY(loaded);
}

QTEST_GUILESS_MAIN(TestTokenStoreNoKeychain)
#include "tst_tokenstore_nokeychain.moc"
