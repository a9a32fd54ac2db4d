// An account's folder (calendar cache, queued writes, drafts) is private to the user on Unix, macOS included: 0700
// folders, 0600 files, however the files came to be. The test process restricts new files first, as main() does.
#include "core/auth/Account.h"
#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/booking/BookingService.h"
#include "core/booking/DraftStore.h"
#include "core/booking/SessionDraft.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarSync.h"
#include "core/common/Clock.h"
#include "core/common/PrivateFiles.h"
#include "core/graph/GraphRequest.h"
#include "core/outbox/Outbox.h"
#include "core/services/AppServices.h"
#include "core/teams/TeamsService.h"
#include "sandbox/SandboxServer.h"
#include "support/PrivatePermissions.h"
#include "support/TestBrowser.h"

#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

struct TestWrite // a write of no feature: the outbox stores and sends it all the same
{
    static constexpr QLatin1StringView kind{"test.write"};
};
using Test::kPrivateDirectory;
using Test::kPrivateFile;
} // namespace

class TestAccountFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void accountFolderIsPrivate();
};

void TestAccountFiles::initTestCase()
{
#ifdef Q_OS_UNIX
    PrivateFiles::restrictNewFiles();
#else
    QSKIP("checks Unix permissions (Linux, macOS); on Windows the profile folder's ACL keeps the account private");
#endif
}

void TestAccountFiles::accountFolderIsPrivate()
{
    Sandbox::SandboxServer sandbox;
    QVERIFY(sandbox.listen(QHostAddress(QHostAddress::LocalHost)));
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    Test::TestBrowser browser;
    AppConfig config;
    config.clientId = sandbox.clientId();
    config.authorityOverride = sandbox.authority();
    config.graphUrlOverride = sandbox.graphBaseUrl();
    AppServices services(config, std::make_unique<MemorySecretBackend>(), &browser, &clock);
    QSignalSpy opened(&services, &AppServices::accountOpened);
    services.session()->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
    const QString directory = AppServices::accountDataDirectory(services.session()->account());

    // Something of each kind in it: the calendar cache (synced), a queued write and a draft.
    QTRY_VERIFY_WITH_TIMEOUT(services.calendarSync()->state() == CalendarSync::State::Idle, 15000);
    QVERIFY(services.outbox()->enqueue<TestWrite>(
        u"A write"_s, GraphRequest::post(u"/me/events"_s, QJsonObject{{u"subject"_s, u"x"_s}})));
    SessionDraft draft = SessionDraft::create(clock.nowUtc(), QTimeZone::utc());
    draft.subject = u"Mentoring"_s;
    QVERIFY(services.drafts()->save(draft));

    QStringList seen;
    QVERIFY(QFile::permissions(directory) == kPrivateDirectory);
    QDirIterator it(directory, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        seen << it.fileInfo().fileName();
        QCOMPARE(QFile::permissions(path), it.fileInfo().isDir() ? kPrivateDirectory : kPrivateFile);
    }
    for (const QString &name : {u"calendar.sqlite"_s, u"outbox.sqlite"_s, QString::fromLatin1(DraftStore::kFileName)})
        QVERIFY2(seen.contains(name), qPrintable(seen.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestAccountFiles)
#include "tst_accountfiles.moc"
