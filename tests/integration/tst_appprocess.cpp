// The mentordesk executable as a user starts it (offscreen, with its own settings, data, cache and runtime
// folders): one instance per profile, a crashed instance's lock taken over, refused settings that open the window
// instead of ending it, and private files. Linux (and the other non-Apple Unixes) only: the profile is made
// private to the test through the XDG_* variables, which Qt ignores on Windows and macOS, where the app would run
// in the user's real profile; the files are checked for Unix permissions too.
#include "support/Platform.h"
#include "support/PrivatePermissions.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

using MentorDesk::Test::kPrivateDirectory;
using MentorDesk::Test::kPrivateFile;

// One user profile: its own XDG folders.
struct Profile
{
    Profile()
    {
        for (const char *folder : {"config", "data", "cache", "runtime"})
            QDir().mkpath(home.filePath(QLatin1StringView(folder)));
        QFile::setPermissions(home.filePath(u"runtime"_s), kPrivateDirectory);
    }

    QString settingsFile() const { return home.filePath(u"config/MentorDesk/MentorDesk.conf"_s); }
    QString dataDirectory() const { return home.filePath(u"data/MentorDesk/MentorDesk"_s); }

    std::unique_ptr<QProcess> start(const QStringList &arguments = {}) const
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"runtime"_s));
        env.insert(u"QT_LOGGING_RULES"_s, u"mentordesk.*.debug=true"_s);
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(QStringLiteral(MENTORDESK_BINARY), arguments);
        return process;
    }

    QTemporaryDir home;
};

// Reads the process's stderr until it contains text (or the process ends, or the time is up).
bool waitForLog(QProcess &process, QByteArray &log, const QByteArray &text, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!log.contains(text) && timer.elapsed() < timeoutMs) {
        if (process.state() == QProcess::NotRunning) {
            log += process.readAllStandardError();
            break;
        }
        process.waitForReadyRead(200);
        log += process.readAllStandardError();
    }
    return log.contains(text);
}

void stop(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

} // namespace

class TestAppProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondStartHandsOverAndLeaves();
    void lockOfACrashedInstanceIsTakenOver();
    void profilesAreIndependent();
    void refusedSettingsOpenTheWindowWithTheReason();
    void foldersAndFilesArePrivate();
    void selfTestChecksEveryPartWithoutAWindow();
};

void TestAppProcess::initTestCase()
{
    if constexpr (!MentorDesk::Test::kXdgHome)
        QSKIP("needs XDG base directories (Linux) to give the app a private profile; on Windows and macOS it would "
              "use the user's own");
}

void TestAppProcess::secondStartHandsOverAndLeaves()
{
    Profile profile;
    const auto first = profile.start();
    QByteArray firstLog;
    QVERIFY2(waitForLog(*first, firstLog, "started"), firstLog.constData());

    QElapsedTimer timer;
    timer.start();
    const auto second = profile.start({u"--tenant"_s, u"contoso.com"_s});
    QVERIFY(second->waitForFinished(10000));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    qInfo("the second start handed over and left after %lld ms", elapsed);
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed))); // "within a second" on an idle machine
    const QByteArray secondLog = second->readAllStandardError();
    QVERIFY2(!secondLog.contains("started"), secondLog.constData()); // it never opened a window of its own

    QVERIFY2(waitForLog(*first, firstLog, "activated by a second start with 2 argument(s)"), firstLog.constData());
    QCOMPARE(first->state(), QProcess::Running);
    stop(*first);
}

void TestAppProcess::lockOfACrashedInstanceIsTakenOver()
{
    Profile profile;
    const auto crashed = profile.start();
    QByteArray log;
    QVERIFY2(waitForLog(*crashed, log, "started"), log.constData());
    crashed->kill(); // SIGKILL: no destructor removes the lock file
    QVERIFY(crashed->waitForFinished(5000));
    QVERIFY(QFile::exists(QDir(profile.dataDirectory()).filePath(u"mentordesk.lock"_s)));

    const auto next = profile.start();
    QByteArray nextLog;
    QVERIFY2(waitForLog(*next, nextLog, "started"), nextLog.constData());
    QTest::qWait(500);
    QCOMPARE(next->state(), QProcess::Running); // it holds the profile now
    // ... and hands over to later starts like any first instance.
    const auto later = profile.start();
    QVERIFY(later->waitForFinished(10000));
    QCOMPARE(later->exitCode(), 0);
    QVERIFY2(waitForLog(*next, nextLog, "activated by a second start"), nextLog.constData());
    stop(*next);
}

void TestAppProcess::profilesAreIndependent()
{
    Profile one;
    Profile two;
    const auto first = one.start();
    const auto second = two.start();
    QByteArray firstLog;
    QByteArray secondLog;
    QVERIFY2(waitForLog(*first, firstLog, "started"), firstLog.constData());
    QVERIFY2(waitForLog(*second, secondLog, "started"), secondLog.constData());
    QTest::qWait(300);
    QCOMPARE(first->state(), QProcess::Running);
    QCOMPARE(second->state(), QProcess::Running);
    stop(*first);
    stop(*second);
}

void TestAppProcess::refusedSettingsOpenTheWindowWithTheReason()
{
    Profile profile;
    {
        QSettings settings(profile.settingsFile(), QSettings::IniFormat);
        settings.setValue(u"auth/authority"_s, u"javascript:alert(1)"_s);
        settings.setValue(u"auth/tenant"_s, u"contoso.com"_s);
    }
    const auto app = profile.start();
    QByteArray log;
    QVERIFY2(waitForLog(*app, log, "started"), log.constData()); // it opened its window
    QVERIFY2(log.contains("refused setting auth/authority"), log.constData());
    QVERIFY2(!log.contains("mentordesk: "), log.constData()); // not the command line's fatal message
    QTest::qWait(300);
    QCOMPARE(app->state(), QProcess::Running);
    stop(*app);

    // The same value on the command line ends the program with the reason, before any window.
    const auto refused = profile.start({u"--authority=javascript:alert(1)"_s});
    QVERIFY(refused->waitForFinished(10000));
    QCOMPARE(refused->exitCode(), 2);
    const QByteArray error = refused->readAllStandardError();
    QVERIFY2(error.contains("mentordesk: The sign-in authority \"javascript:alert(1)\" is not a valid URL."),
             error.constData());
}

void TestAppProcess::foldersAndFilesArePrivate()
{
    Profile profile;
    // Left by an older version with the default permissions.
    QDir().mkpath(QFileInfo(profile.settingsFile()).absolutePath());
    {
        QSettings settings(profile.settingsFile(), QSettings::IniFormat);
        settings.setValue(u"auth/tenant"_s, u"contoso.com"_s);
    }
    QFile::setPermissions(profile.settingsFile(), kPrivateFile | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::setPermissions(QFileInfo(profile.settingsFile()).absolutePath(),
                          kPrivateDirectory | QFileDevice::ReadOther | QFileDevice::ExeOther);

    const auto app = profile.start();
    QByteArray log;
    QVERIFY2(waitForLog(*app, log, "started"), log.constData());
    const QStringList expected{QFileInfo(profile.settingsFile()).absolutePath(), profile.settingsFile(),
                               profile.dataDirectory(), QDir(profile.dataDirectory()).filePath(u"mentordesk.lock"_s)};
    for (const QString &path : expected) {
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        const bool directory = QFileInfo(path).isDir();
        QCOMPARE(QFile::permissions(path), directory ? kPrivateDirectory : kPrivateFile);
    }
    stop(*app);
}

// What installers and package tests run: every part is there in a build, the keychain answers (the test session's
// gnome-keyring), and no display is needed.
void TestAppProcess::selfTestChecksEveryPartWithoutAWindow()
{
    MENTORDESK_REQUIRE_SECRET_SERVICE(false);
    Profile profile;
    auto process = profile.start({u"--self-test"_s});
    QVERIFY(process->waitForFinished(30000));
    const QString out = QString::fromUtf8(process->readAllStandardOutput());
    QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0,
             qPrintable(out + QString::fromUtf8(process->readAllStandardError())));
    const QStringList lines = out.trimmed().split(u'\n');
    QStringList parts;
    for (const QString &line : lines) {
        QVERIFY2(line.contains(u": ok ("_s), qPrintable(line));
        parts << line.section(u':', 0, 0);
    }
    QCOMPARE(
        parts,
        (QStringList{u"tls"_s, u"sqlite"_s, u"keychain"_s, u"platform"_s, u"images"_s, u"icons"_s, u"translations"_s}));
    QVERIFY2(out.contains(u"MentorDesk: de"_s), qPrintable(out)); // our .qm files load
}

QTEST_GUILESS_MAIN(TestAppProcess)
#include "tst_appprocess.moc"
