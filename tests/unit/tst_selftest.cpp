// `mentordesk --self-test` names each part an install lacks. Here every plugin is taken away (no library path
// holds one) and the resources are absent: each check must say MISSING, name what it looked for, and fail the
// exit code. The positive run, with the real binary and its resources, is integration.appprocess.
#include "core/auth/SecretBackend.h"
#include "core/services/SelfTest.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

class TestSelfTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesEveryMissingPart();
    void keychainThatDoesNotAnswerIsReportedNotFatal();
};

namespace {

// A keychain that never calls back (a hung Secret Service).
class SilentSecretBackend final : public SecretBackend
{
public:
    void read(const QString &, QObject *, Callback) override { }
    void write(const QString &, const QByteArray &, QObject *, Callback) override { }
    void remove(const QString &, QObject *, Callback) override { }
    bool persistsAcrossRestarts() const override { return true; }
};

} // namespace

void TestSelfTest::namesEveryMissingPart()
{
    // Must run before anything loads a plugin in this process: loaded plugins stay loaded.
    QTemporaryDir empty;
    const QStringList before = QCoreApplication::libraryPaths();
    QCoreApplication::setLibraryPaths({empty.path()});
    MemorySecretBackend keychain;
    SelfTest::Parts parts;
    parts.keychain = &keychain;
    parts.translationsDirectory = empty.path();
    parts.iconsDirectory = empty.path();
    const QList<SelfTest::Check> checks = SelfTest::run(parts);
    QCoreApplication::setLibraryPaths(before);

    QHash<QString, SelfTest::Check> byPart;
    for (const SelfTest::Check &check : checks)
        byPart.insert(check.part, check);
    QCOMPARE(byPart.size(), 7);
    for (const QString &part : {u"tls"_s, u"sqlite"_s, u"platform"_s, u"images"_s, u"icons"_s, u"translations"_s}) {
        QVERIFY2(byPart.value(part).status == SelfTest::Status::Missing, qPrintable(part));
        QVERIFY(SelfTest::line(byPart.value(part)).startsWith(part + u": MISSING ("_s));
    }
    QCOMPARE(byPart.value(u"keychain"_s).status, SelfTest::Status::Ok); // the memory backend answers
    QVERIFY(byPart.value(u"sqlite"_s).detail.contains(u"QSQLITE"_s));
    QVERIFY(byPart.value(u"platform"_s).detail.contains(SelfTest::platformPlugins().constFirst()));
    QVERIFY(byPart.value(u"images"_s).detail.contains(u"SVG"_s));
    QVERIFY(byPart.value(u"translations"_s).detail.contains(empty.path()));
    QCOMPARE(SelfTest::exitCode(checks), 1);
}

void TestSelfTest::keychainThatDoesNotAnswerIsReportedNotFatal()
{
    SilentSecretBackend keychain;
    SelfTest::Parts parts;
    parts.keychain = &keychain;
    parts.keychainTimeoutMs = 200;
    const QList<SelfTest::Check> checks = SelfTest::run(parts);
    const auto it = std::find_if(checks.cbegin(), checks.cend(),
                                 [](const SelfTest::Check &c) { return c.part == u"keychain"_s; });
    QVERIFY(it != checks.cend());
    QCOMPARE(it->status, SelfTest::Status::Unavailable);
    QVERIFY(it->detail.contains(u"memory only"_s));
    // Unavailable alone never fails the self-test: a session without a keychain still runs MentorDesk.
    QCOMPARE(SelfTest::exitCode({*it}), 0);
}

QTEST_GUILESS_MAIN(TestSelfTest)
#include "tst_selftest.moc"
