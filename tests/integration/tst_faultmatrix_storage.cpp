// The fault matrix, storage half (README "Fault matrix"): what goes wrong with the files MentorDesk keeps on the
// user's machine, against the demo tenant over real loopback HTTP. The disk fills up while a calendar sync round
// writes the cache, while a booking or a channel post is stored in the outbox; another program holds the calendar
// cache or the outbox file in a write transaction for longer than the store waits (SQLITE_BUSY). Each cell asserts
// that nothing crashes, that the user gets a translated sentence with neither raw error text nor SQLite's own text in
// it, that nothing is lost (the cached calendar still reads as before and its delta link has not moved past what was
// stored; the draft is kept, also on disk; the post's text is kept), that the demo tenant has no duplicate, and that
// once the fault is gone the user's retry or the next sync round succeeds exactly once.
//
// "Disk full" is a real full disk: the test runs in a mount namespace of its own with a small tmpfs (support/
// SmallDisk), which a ballast file fills to the last block, so the system answers every write that needs space
// with ENOSPC, which SQLite reports as SQLITE_FULL; deleting the ballast gives the space back. That is chosen over
// lowering SQLite's PRAGMA max_page_count on the store's connection, which only stops the database file from
// growing: a booking or a post that fits into a page the outbox file already has would still be stored, and the
// rollback journal and the calendar's write-ahead log, which a full disk refuses first, would not be touched. The
// disk-full cells are skipped where the test cannot have a mount namespace (not Linux, or user namespaces
// disabled); the SQLITE_BUSY cells run everywhere.
#include "core/booking/BookingService.h"
#include "core/booking/DraftStore.h"
#include "core/calendar/CalendarRange.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarSync.h"
#include "core/common/Clock.h"
#include "core/consent/ScopeCatalog.h"
#include "core/graph/GraphClient.h"
#include "core/outbox/Outbox.h"
#include "core/teams/MessageComposer.h"
#include "core/teams/TeamListModel.h"
#include "core/teams/TeamsService.h"
#include "support/FaultMatrix.h"
#include "support/GraphTestTokenProvider.h"
#include "support/SandboxFixture.h"
#include "support/SmallDisk.h"
#include "support/SqliteWriteLock.h"
#include "support/UserMessageCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

enum class Fault {
    DiskFull, // the disk holding the file has no block left (SmallDisk)
    Busy, // another connection holds the file in a write transaction beyond the store's busy timeout
};

const QStringList kCalendarScopes{u"openid"_s, u"User.Read"_s, u"Calendars.ReadWrite"_s, u"Calendars.Read.Shared"_s};
const QStringList kTeamsScopes{u"openid"_s, u"User.Read"_s, u"Group.Read.All"_s, u"Channel.ReadBasic.All"_s,
                               u"ChannelMessage.Send"_s};

QDateTime sandboxNow()
{
    return QDateTime::fromString(QLatin1StringView(SandboxFixture::kDefaultNow), Qt::ISODate);
}

CalendarRange november()
{
    return CalendarRange::month(QDate(2026, 11, 25), Qt::Monday, QTimeZone("Europe/Berlin"));
}

// What SQLite itself says when a write fails this way (Qt adds "Unable to fetch row" and the like): never part of
// what the user is told.
const QStringList kSqliteWording{u"database or disk is full"_s, u"database is locked"_s, u"disk I/O error"_s,
                                 u"Unable to fetch row"_s,      u"Unable to commit"_s,   u"SQLITE_"_s};

QString sqliteWordingIn(const QString &message, const QString &storeError)
{
    if (!storeError.isEmpty() && message.contains(storeError))
        return storeError;
    for (const QString &wording : kSqliteWording) {
        if (message.contains(wording, Qt::CaseInsensitive))
            return wording;
    }
    return {};
}

// The calendar feature as the app wires it: a CalendarSync filling a real SQLite cache at cachePath.
struct CalendarHarness
{
    CalendarHarness(SandboxFixture &sandbox, const QString &cachePath)
        : clock(sandboxNow())
        , tokens(sandbox.issueToken(kCalendarScopes))
        , client(&network, &tokens, sandbox.server().graphBaseUrl())
        , store(cachePath, &clock)
    {
        tokens.setRefresher([&sandbox] { return sandbox.issueToken(kCalendarScopes); });
        opened = store.open();
        sync = std::make_unique<CalendarSync>(&client, &store, &clock);
        sync->setSignedInAddress(sandbox.server().mentorUpn());
        sync->setPrefetchEnabled(false);
        sync->setRefreshInterval(std::chrono::milliseconds(0));
        sync->setRange(november());
    }

    // One visible round to its end (start-up round first, refreshes after).
    GraphResult round()
    {
        QSignalSpy finished(sync.get(), &CalendarSync::syncFinished);
        sync->refresh();
        if (!finished.wait(30000))
            return GraphResult::failure(GraphStatus::Timeout);
        return finished.first().at(0).value<GraphResult>();
    }

    QString defaultCalendarId()
    {
        for (const Calendar &calendar : store.calendars()) {
            if (calendar.isOwn() && calendar.isDefaultCalendar)
                return calendar.id;
        }
        return {};
    }

    CalendarRange window() const { return CalendarSync::syncWindowFor(november()); }
    QString deltaLink() { return store.deltaLink(defaultCalendarId(), window().startUtc(), window().endUtc()); }

    // What the views would show of the window: calendar, id, subject and times of every cached event.
    QStringList cached()
    {
        QStringList rows;
        for (const Event &event : store.eventsBetween(window().startUtc(), window().endUtc())) {
            rows << u"%1 | %2 | %3 | %4 – %5"_s.arg(event.calendarId, event.id, event.subject,
                                                    event.start.toString(Qt::ISODate), event.end.toString(Qt::ISODate));
        }
        return rows;
    }

    ManualClock clock;
    QNetworkAccessManager network;
    GraphTestTokenProvider tokens;
    GraphClient client;
    CalendarStore store;
    CalendarStore::OpenStatus opened = CalendarStore::OpenStatus::Failed;
    std::unique_ptr<CalendarSync> sync;
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

// The fault, on for as long as it lives: the small disk filled up, or another connection's write transaction.
class StorageFault
{
public:
    StorageFault(Fault fault, const QString &databasePath, const QStringList &lockStatements)
        : m_fault(fault)
    {
        if (fault == Fault::DiskFull) {
            m_on = SmallDisk::fill();
            m_error = u"the small disk still has %1 bytes free"_s.arg(SmallDisk::bytesAvailable());
        } else {
            m_lock = std::make_unique<SqliteWriteLock>(databasePath, QStringList(), lockStatements);
            m_on = m_lock->isHeld();
            m_error = m_lock->errorString();
        }
    }
    ~StorageFault() { end(); }
    Q_DISABLE_COPY_MOVE(StorageFault)

    bool isOn() const { return m_on; }
    QString errorString() const { return m_error; }
    // The user freed some space, or the other program finished (without writing anything).
    bool end()
    {
        if (!m_on)
            return true;
        m_on = false;
        return m_fault == Fault::DiskFull ? SmallDisk::makeRoom() : m_lock->release(false);
    }

private:
    Fault m_fault;
    bool m_on = false;
    QString m_error;
    std::unique_ptr<SqliteWriteLock> m_lock;
};

} // namespace

class TestFaultMatrixStorage : public QObject
{
    Q_OBJECT

private:
    UserMessageCheck m_messages;
    FaultMatrix m_matrix;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir; // the disk-full cells' files live on the small disk, the others here

    // Where the cell keeps its files: on the small disk when the disk is to fill up.
    QString folderFor(Fault fault)
    {
        if (fault == Fault::DiskFull)
            return SmallDisk::path();
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->path();
    }

    QList<QJsonObject> tenantEvents(const QString &key, const QString &value)
    {
        QList<QJsonObject> matching;
        for (const QJsonValue &event : m_sandbox->state().value("events"_L1).toArray()) {
            if (event.toObject().value(key).toString() == value)
                matching << event.toObject();
        }
        return matching;
    }

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void calendarCache_data();
    void calendarCache();
    void book_data();
    void book();
    void post_data();
    void post();
};

void TestFaultMatrixStorage::initTestCase()
{
    QVERIFY(m_messages.install());
}

void TestFaultMatrixStorage::cleanup()
{
    m_matrix.recordTag(QString::fromUtf8(QTest::currentDataTag()), !QTest::currentTestFailed());
    m_sandbox.reset();
    m_dir.reset();
    if (SmallDisk::isAvailable()) { // the next cell starts with an empty disk
        SmallDisk::makeRoom();
        const QDir disk(SmallDisk::path());
        for (const QString &name : disk.entryList(QDir::Files | QDir::Hidden))
            QFile::remove(disk.filePath(name));
    }
}

void TestFaultMatrixStorage::cleanupTestCase()
{
    qInfo().noquote() << m_matrix.table(u"Fault matrix, storage (fault kind × operation)"_s);
    QVERIFY2(m_matrix.failedCells().isEmpty(), qPrintable(m_matrix.failedCells().join(u", "_s)));
}

void TestFaultMatrixStorage::calendarCache_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("expectedFailure"); // CalendarStore::Failure the store reports
    // A refresh brings an event added elsewhere while the cache's disk is full / while another program (a second
    // MentorDesk, a backup tool) holds the cache in a write transaction.
    QTest::newRow("disk full/calendar cache") << int(Fault::DiskFull) << int(CalendarStore::Failure::DiskFull);
    QTest::newRow("SQLITE_BUSY/calendar cache") << int(Fault::Busy) << int(CalendarStore::Failure::Busy);
}

void TestFaultMatrixStorage::calendarCache()
{
    QFETCH(int, fault);
    QFETCH(int, expectedFailure);
    if (Fault(fault) == Fault::DiskFull && !SmallDisk::isAvailable())
        QSKIP(SmallDisk::unavailableReason().constData());

    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    const QString cachePath = folderFor(Fault(fault)) + u"/calendar.sqlite"_s;
    CalendarHarness app(*m_sandbox, cachePath);
    QCOMPARE(app.opened, CalendarStore::OpenStatus::Created);
    const GraphResult first = app.round(); // the start-up round, with room on the disk
    QVERIFY2(first.isOk(), qPrintable(first.userMessage()));
    const QStringList before = app.cached();
    QVERIFY(!before.isEmpty());
    const QString linkBefore = app.deltaLink();
    QVERIFY(!linkBefore.isEmpty());

    // Someone adds an event to the mentor's calendar; the next round's delta brings it.
    const QString subject = u"Planned while the cache could not be written"_s;
    const QString id
        = m_sandbox
              ->mutate(
                  {{u"op"_s, u"createEvent"_s},
                   {u"event"_s,
                    QJsonObject{
                        {u"subject"_s, subject},
                        {u"start"_s, QJsonObject{{u"dateTime"_s, u"2026-11-26T14:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
                        {u"end"_s,
                         QJsonObject{{u"dateTime"_s, u"2026-11-26T15:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}}}}})
              .value(u"id"_s)
              .toString();
    QVERIFY(!id.isEmpty());

    QSignalSpy recovered(&app.store, &CalendarStore::recovered);
    {
        StorageFault storage(Fault(fault), cachePath, {u"DELETE FROM delta_links"_s});
        QVERIFY2(storage.isOn(), qPrintable(storage.errorString()));
        const GraphResult failed = app.round();
        QVERIFY(!failed.isOk());
        QCOMPARE(failed.error.code, QString::fromLatin1(CalendarSync::kCacheNotWritten));
        QCOMPARE(int(app.store.lastFailure()), expectedFailure);
        QCOMPARE(app.sync->state(), CalendarSync::State::Error);
        const QString message = app.sync->statusText();
        QVERIFY2(m_messages.problem(message).isEmpty(), qPrintable(m_messages.problem(message)));
        // The status line wraps the sentence ("Could not update: %1 %2"): the sentence itself is translated too.
        const QString sentence = app.sync->lastMessage();
        QVERIFY2(m_messages.problem(sentence).isEmpty(), qPrintable(m_messages.problem(sentence)));
        QVERIFY(message.contains(sentence));
        QVERIFY(!app.store.errorString().isEmpty());
        const QString sqlite = sqliteWordingIn(message, app.store.errorString());
        QVERIFY2(sqlite.isEmpty(), qPrintable(u"SQLite's \"%1\" in: %2"_s.arg(sqlite, message)));
        // It is this computer's trouble, not Microsoft's.
        QVERIFY2(!message.contains(GraphResult::userMessage(GraphStatus::ServerError)), qPrintable(message));

        // Nothing lost: the calendar reads as before, from the same file, and the delta link is where it was, so
        // the next round asks for the same changes again.
        QVERIFY(app.store.isOpen());
        QCOMPARE(recovered.size(), 0);
        QCOMPARE(app.cached(), before);
        QCOMPARE(app.deltaLink(), linkBefore);
        QVERIFY(!app.store.event(app.defaultCalendarId(), id));
        QVERIFY(storage.end());
    }

    // The space is back / the other program is done: the next round stores everything, once.
    const GraphResult again = app.round();
    QVERIFY2(again.isOk(), qPrintable(again.userMessage()));
    QCOMPARE(app.sync->state(), CalendarSync::State::Idle);
    QCOMPARE(app.sync->lastMessage(), QString());
    QCOMPARE(recovered.size(), 0);
    const QStringList after = app.cached();
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(after.filter(id).size(), 1);
    const QString linkAfter = app.deltaLink();
    QVERIFY(!linkAfter.isEmpty());
    QVERIFY(linkAfter != linkBefore);
    // Exactly what a first sync into an empty cache stores now.
    QTemporaryDir freshDir;
    CalendarHarness fresh(*m_sandbox, freshDir.filePath(u"calendar.sqlite"_s));
    QVERIFY(fresh.round().isOk());
    QCOMPARE(after, fresh.cached());
    QCOMPARE(tenantEvents(u"subject"_s, subject).size(), 1); // the sync only reads
}

void TestFaultMatrixStorage::book_data()
{
    QTest::addColumn<int>("fault");
    // The outbox cannot store the booking: the disk is full. (SQLITE_BUSY/book is in integration.faultmatrix_local.)
    QTest::newRow("disk full/book") << int(Fault::DiskFull);
}

void TestFaultMatrixStorage::book()
{
    QFETCH(int, fault);
    if (Fault(fault) == Fault::DiskFull && !SmallDisk::isAvailable())
        QSKIP(SmallDisk::unavailableReason().constData());

    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    const QString folder = folderFor(Fault(fault));
    const QString outboxPath = folder + u"/outbox.sqlite"_s;
    const QString draftsPath = folder + u"/booking-drafts.json"_s;
    ManualClock clock(sandboxNow());
    QNetworkAccessManager network;
    GraphTestTokenProvider tokens;
    tokens.setAccessToken(m_sandbox->issueToken(ScopeCatalog::instance().signInScopes(false)));
    GraphClient client(&network, &tokens, m_sandbox->server().graphBaseUrl());
    Outbox outbox(&client, outboxPath);
    QVERIFY(outbox.isOpen());
    DraftStore drafts(draftsPath, &clock);
    drafts.load();
    BookingService service(&client, &outbox, &drafts, &clock);
    service.setConsentStateProvider([] {
        ConsentState state;
        state.signedIn = true;
        state.grantedScopes = ScopeCatalog::instance().signInScopes(false);
        return state;
    });
    service.setOrganizerAddress(m_sandbox->state().value("mentor"_L1).toString());

    // The user has filled in the dialog, which saved the draft while the disk had room.
    SessionDraft draft = SessionDraft::create(sandboxNow(), QTimeZone("Europe/Berlin"));
    draft.mentees = {{u"Priya Sharma"_s, u"priya.sharma@contoso-mentoring.example"_s}};
    draft.subject = u"Booked while the disk is full"_s;
    draft.date = QDate(2026, 11, 27);
    draft.time = QTime(10, 0);
    draft.durationMinutes = 60;
    QVERIFY(drafts.saveEdits(draft));

    {
        StorageFault storage(Fault(fault), outboxPath, {u"DELETE FROM outbox_entries"_s});
        QVERIFY2(storage.isOn(), qPrintable(storage.errorString()));
        const BookingResult result = waitFor(service.book(*drafts.draft(draft.id)));
        QCOMPARE(result.status, BookingResult::Status::Failed);
        QVERIFY2(m_messages.problem(result.message).isEmpty(), qPrintable(m_messages.problem(result.message)));
        QVERIFY(!outbox.errorString().isEmpty());
        QCOMPARE(result.details, outbox.errorString()); // SQLite's text is in the details, for a report
        const QString sqlite = sqliteWordingIn(result.message, outbox.errorString());
        QVERIFY2(sqlite.isEmpty(), qPrintable(u"SQLite's \"%1\" in: %2"_s.arg(sqlite, result.message)));

        // Nothing lost, nothing sent: the draft is kept, in memory and in its file (as saved before the disk
        // filled up), and the outbox holds nothing half-stored.
        QVERIFY(drafts.draft(draft.id));
        DraftStore onDisk(draftsPath, &clock);
        QVERIFY(onDisk.load());
        QVERIFY(onDisk.draft(draft.id));
        QCOMPARE(onDisk.draft(draft.id)->subject, draft.subject);
        QCOMPARE(outbox.size(), 0);
        QVERIFY(storage.end());
    }
    QCOMPARE(tenantEvents(u"transactionId"_s, draft.transactionId).size(), 0);

    // The space is back and the user books again: one event.
    const BookingResult again = waitFor(service.book(*drafts.draft(draft.id)));
    QVERIFY2(again.isSuccess(), qPrintable(again.message));
    QCOMPARE(tenantEvents(u"transactionId"_s, draft.transactionId).size(), 1);
    QCOMPARE(outbox.size(), 0);
    Outbox reopened(&client, outboxPath); // nothing left behind to be sent again after a restart
    QCOMPARE(reopened.size(), 0);
}

void TestFaultMatrixStorage::post_data()
{
    QTest::addColumn<int>("fault");
    // The outbox cannot store the post: the disk is full / another program holds the outbox file.
    QTest::newRow("disk full/post") << int(Fault::DiskFull);
    QTest::newRow("SQLITE_BUSY/post") << int(Fault::Busy);
}

void TestFaultMatrixStorage::post()
{
    QFETCH(int, fault);
    if (Fault(fault) == Fault::DiskFull && !SmallDisk::isAvailable())
        QSKIP(SmallDisk::unavailableReason().constData());

    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    const QString outboxPath = folderFor(Fault(fault)) + u"/outbox.sqlite"_s;
    QNetworkAccessManager network;
    GraphTestTokenProvider tokens(m_sandbox->issueToken(kTeamsScopes));
    GraphClient client(&network, &tokens, m_sandbox->server().graphBaseUrl());
    Outbox outbox(&client, outboxPath);
    QVERIFY(outbox.isOpen());
    TeamsService service(&client, &outbox);
    service.setAccountKey(u"faultmatrix-storage"_s);
    ConsentState consent;
    consent.signedIn = true;
    consent.grantedScopes = kTeamsScopes;
    consent.grantedScopes.removeAll(u"openid"_s);
    consent.teamsEnabled = true;
    service.setConsentState(consent);

    // The composer's channel: Engineering Guild › Architecture.
    QSignalSpy teamsLoaded(&service, &TeamsService::teamsRefreshFinished);
    service.refreshTeams();
    QVERIFY(teamsLoaded.wait(15000));
    QVERIFY(teamsLoaded.first().at(0).value<GraphResult>().isOk());
    ChannelTarget target;
    target.teamName = u"Engineering Guild"_s;
    target.channelName = u"Architecture"_s;
    for (const Team &team : service.teamModel()->teams()) {
        if (team.displayName == target.teamName)
            target.teamId = team.id;
    }
    QSignalSpy channelsLoaded(&service, &TeamsService::channelsLoaded);
    service.loadChannels(target.teamId);
    QVERIFY(channelsLoaded.wait(15000));
    for (const Channel &channel : service.channels(target.teamId)) {
        if (channel.displayName == target.channelName)
            target.channelId = channel.id;
    }
    QVERIFY(target.isValid());

    const QString text = u"Design review moved to Thursday at 10"_s;
    const MessageComposer composer(u"Design review"_s, text);
    auto posted = [this, &text] {
        int count = 0;
        for (const QJsonValue &message : m_sandbox->state().value("channelMessages"_L1).toArray())
            count += QJsonDocument(message.toObject()).toJson().contains(text.toUtf8());
        return count;
    };
    QSignalSpy finished(&service, &TeamsService::postFinished);
    qint64 id = 0;
    {
        StorageFault storage(Fault(fault), outboxPath, {u"DELETE FROM outbox_entries"_s});
        QVERIFY2(storage.isOn(), qPrintable(storage.errorString()));
        QString problem;
        id = service.post(target, composer, &problem);
        QVERIFY2(id != 0, qPrintable(problem));
        QTRY_COMPARE_WITH_TIMEOUT(service.postState(id).value_or(PostState::Sent), PostState::Failed, 15000);
        const QString message = service.postStatusText(id);
        QVERIFY2(m_messages.problem(message).isEmpty(), qPrintable(m_messages.problem(message)));
        QVERIFY(!outbox.errorString().isEmpty());
        const QString sqlite = sqliteWordingIn(message, outbox.errorString());
        QVERIFY2(sqlite.isEmpty(), qPrintable(u"SQLite's \"%1\" in: %2"_s.arg(sqlite, message)));
        // Nothing sent, nothing half-stored; the post with its text waits for the user's Retry.
        QCOMPARE(outbox.size(), 0);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(posted(), 0);
        QVERIFY(storage.end());
    }

    // The fault is gone and the user chooses Retry: the same text is posted, once.
    QVERIFY(service.retryPost(id));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const PostResult result = finished.first().at(0).value<PostResult>();
    QVERIFY2(result.isSent(), qPrintable(result.result.userMessage()));
    QCOMPARE(result.postId, id);
    QCOMPARE(result.message.bodyContent, composer.html());
    QCOMPARE(posted(), 1);
    QCOMPARE(m_sandbox->state().value("channelMessages"_L1).toArray().size(), 1);
    QTest::qWait(200); // nothing else follows
    QCOMPARE(finished.size(), 1);
    QCOMPARE(posted(), 1);
}

int main(int argc, char *argv[])
{
    // The small disk first: joining a namespace of its own needs a process with one thread, before Qt starts any.
    SmallDisk::prepare();
    int status = 0;
    {
        QCoreApplication app(argc, argv);
        TestFaultMatrixStorage test;
        QTEST_SET_MAIN_SOURCE_PATH
        status = QTest::qExec(&test, argc, argv);
    }
    SmallDisk::release();
    return status;
}

#include "tst_faultmatrix_storage.moc"
