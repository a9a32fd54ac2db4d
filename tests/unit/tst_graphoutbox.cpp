#include "core/common/PlainText.h"
#include "core/graph/GraphClient.h"
#include "core/graph/NetworkReachability.h"
#include "core/graph/SystemNetworkReachability.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxModel.h"
#include "support/GraphFakeNetwork.h"
#include "support/GraphTestTokenProvider.h"
#include "support/SqliteWriteLock.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

Q_DECLARE_METATYPE(MentorDesk::OutboxState)

namespace {

// Writes of any kind: the outbox only stores the tag.
template<size_t N>
struct Tag
{
    char text[N];
    constexpr Tag(const char (&from)[N]) { std::copy_n(from, N, text); }
};
template<Tag T>
struct TestWrite
{
    static constexpr QLatin1StringView kind{T.text, sizeof(T.text) - 1};
};

qint64 idOf(const OutboxWrite *write)
{
    return write ? write->id() : 0;
}

const QUrl kBase(u"https://graph.microsoft.com/v1.0"_s);

GraphRequest booking(const QString &subject, const QString &transactionId = {})
{
    QJsonObject body{{"subject"_L1, subject}};
    if (!transactionId.isEmpty())
        body.insert("transactionId"_L1, transactionId);
    GraphRequest request = GraphRequest::post(u"/me/events"_s, body, transactionId);
    request.setHeader("Prefer", R"(outlook.timezone="W. Europe Standard Time")");
    return request;
}

GraphRequest channelPost(const QString &text)
{
    return GraphRequest::post(u"/teams/t1/channels/"_s + GraphRequest::encodeSegment(u"19:abc@thread.tacv2"_s)
                                  + u"/messages"_s,
                              QJsonObject{{"body"_L1, QJsonObject{{"content"_L1, text}}}});
}

FakeReply created(const QString &id)
{
    return FakeReply::json(201, QJsonDocument(QJsonObject{{"id"_L1, id}, {"subject"_L1, u"x"_s}}));
}

FakeReply error(const QString &name)
{
    return FakeReply::fixture(u"graph/errors/%1.json"_s.arg(name));
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs SQL on the outbox file through a connection of its own, as another process would.
bool execOn(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test-direct"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                qWarning() << query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"test-direct"_s);
    return ok;
}

} // namespace

class TestGraphOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<GraphFakeNetwork> m_network;
    std::unique_ptr<GraphTestTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;

    QString databasePath() const { return m_dir->filePath(u"outbox.sqlite"_s); }

    std::unique_ptr<Outbox> makeOutbox()
    {
        auto outbox = std::make_unique<Outbox>(m_client.get(), databasePath());
        outbox->setRetryBackoff(std::chrono::milliseconds(20), std::chrono::milliseconds(80));
        return outbox;
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void sendsAndForgets();
    void outcomes_data();
    void outcomes();
    void pendingIsRetriedAutomatically();
    void retryAfterSetsTheNextAttempt();
    void survivesARestart();
    void crashWhileSendingIsRecovered_data();
    void crashWhileSendingIsRecovered();
    void retryAndDiscard();
    void keepsTheOrder();
    void waitsForTheNetwork();
    void waitsForTheSession();
    void modelRoles();
    void writeHandleReportsItsStatesAndFinishesOnce();
    void handlersGetOnlyTheirKind();
    void handlerReattachesToWritesFromAnEarlierRun();
    void modelFollowsTheQueue();
    void refusesAbsoluteUrls();
    void systemReachability();
    void twoInstancesSendAQueuedWriteOnce_data();
    void twoInstancesSendAQueuedWriteOnce();
    void secondInstanceLeavesASendInProgressAlone_data();
    void secondInstanceLeavesASendInProgressAlone();
    void abandonedSendIsRecoveredWhenItsLeaseRunsOut();
    void damagedDatabaseIsSetAside_data();
    void damagedDatabaseIsSetAside();
    void lockedDatabaseIsNotSetAside();
};

void TestGraphOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_network = std::make_unique<GraphFakeNetwork>();
    m_tokens = std::make_unique<GraphTestTokenProvider>(u"token-one-secret"_s);
    m_client = std::make_unique<GraphClient>(m_network.get(), m_tokens.get(), kBase);
    GraphRetryPolicy policy; // one attempt per send: what happens next is the outbox's decision
    policy.maxAttempts = 1;
    m_client->setRetryPolicy(policy);
}

void TestGraphOutbox::cleanup()
{
    m_client.reset();
    m_tokens.reset();
    m_network.reset();
    m_dir.reset();
}

void TestGraphOutbox::sendsAndForgets()
{
    m_network->enqueue("POST", u"/v1.0/me/events"_s, created(u"AAMkNew="_s));
    auto outbox = makeOutbox();
    QVERIFY(outbox->isOpen());
    QSignalSpy finished(outbox.get(), &Outbox::entryFinished);
    const qint64 id
        = idOf(outbox->enqueue<TestWrite<"booking">>(u"Mentoring with Ana"_s, booking(u"Mentoring"_s, u"tx-1"_s)));
    QVERIFY(id > 0);
    QCOMPARE(outbox->size(), 1);
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toLongLong(), id);
    QCOMPARE(finished.first().at(1).toString(), u"booking"_s);
    const auto result = finished.first().at(2).value<GraphResult>();
    QVERIFY(result.isOk());
    QCOMPARE(result.httpStatus, 201);
    QCOMPARE(result.json.object().value("id"_L1).toString(), u"AAMkNew="_s);
    QCOMPARE(outbox->size(), 0);
    const RecordedRequest &sent = m_network->requests().first();
    QCOMPARE(sent.header("prefer"), R"(outlook.timezone="W. Europe Standard Time")");
    QCOMPARE(sent.header("authorization"), "Bearer token-one-secret");
    outbox.reset();
    QCOMPARE(makeOutbox()->size(), 0);
}

void TestGraphOutbox::outcomes_data()
{
    QTest::addColumn<FakeReply>("reply");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<OutboxState>("state");
    QTest::addColumn<QString>("messageSays");

    const FakeReply refused = FakeReply::failure(QNetworkReply::ConnectionRefusedError);
    const FakeReply reset = FakeReply::failure(QNetworkReply::RemoteHostClosedError);
    const FakeReply garbled = FakeReply::json(201, QByteArrayLiteral(R"({"id":"AAMk)"));
    const QString unconfirmed = u"could not confirm whether this was sent"_s;
    QTest::newRow("offline") << refused << false << OutboxState::Pending << u"cannot be reached"_s;
    QTest::newRow("429") << error(u"429-mailbox-concurrency"_s) << false << OutboxState::Pending << u"slow down"_s;
    QTest::newRow("503") << error(u"503-service-unavailable"_s) << false << OutboxState::Pending
                         << u"did not answer properly"_s;
    QTest::newRow("reset, no key") << reset << false << OutboxState::NeedsAttention << unconfirmed;
    QTest::newRow("reset, transactionId") << reset << true << OutboxState::Pending << u"did not answer properly"_s;
    QTest::newRow("504, no key") << error(u"504-gateway-timeout"_s) << false << OutboxState::NeedsAttention
                                 << unconfirmed;
    QTest::newRow("504, transactionId") << error(u"504-gateway-timeout"_s) << true << OutboxState::Pending
                                        << u"did not answer properly"_s;
    QTest::newRow("500, no key") << error(u"500-empty-body"_s) << false << OutboxState::NeedsAttention << unconfirmed;
    QTest::newRow("unreadable 201, no key") << garbled << false << OutboxState::NeedsAttention << unconfirmed;
    QTest::newRow("unreadable 201, transactionId")
        << garbled << true << OutboxState::Pending << u"did not answer properly"_s;
    QTest::newRow("403") << error(u"403-access-denied"_s) << true << OutboxState::Failed << u"Permissions page"_s;
    QTest::newRow("400") << error(u"400-occurrence-crossing-boundary"_s) << true << OutboxState::Failed
                         << u"refused this request"_s;
    QTest::newRow("404") << error(u"404-item-not-found"_s) << false << OutboxState::Failed << u"no longer exists"_s;
}

void TestGraphOutbox::outcomes()
{
    QFETCH(FakeReply, reply);
    QFETCH(bool, withKey);
    QFETCH(OutboxState, state);
    QFETCH(QString, messageSays);

    m_network->enqueue("POST", u"/v1.0/"_s, reply);
    m_network->enqueue("POST", u"/v1.0/"_s, created(u"AAMkLater="_s)); // for an automatic retry, if any
    auto outbox = makeOutbox();
    outbox->setRetryBackoff(std::chrono::minutes(10), std::chrono::minutes(10)); // no automatic retry here
    QSignalSpy changed(outbox.get(), &Outbox::entryStateChanged);
    const GraphRequest request = withKey ? booking(u"Mentoring"_s, u"tx-2"_s) : channelPost(u"Session at 10"_s);
    const qint64 id = idOf(outbox->enqueue<TestWrite<"write">>(u"A write"_s, request));
    QVERIFY(changed.wait());
    QCOMPARE(changed.first().at(0).toLongLong(), id);
    QCOMPARE(changed.first().at(2).value<OutboxState>(), state);
    const std::optional<OutboxEntry> entry = outbox->entry(id);
    QVERIFY(entry);
    QCOMPARE(entry->state, state);
    QCOMPARE(entry->attempts, 1);
    QVERIFY2(entry->message().contains(messageSays), qPrintable(entry->message()));
    OutboxModel model(outbox.get());
    const QModelIndex index = model.index(0);
    QCOMPARE(model.data(index, OutboxModel::StateRole).toInt(), int(state));
    QCOMPARE(model.data(index, OutboxModel::MessageRole).toString(), entry->message());
    QCOMPARE(model.data(index, Qt::DisplayRole).toString(), u"A write"_s);
    QTest::qWait(50);
    QCOMPARE(m_network->requests().size(), 1); // nothing sent twice behind the user's back
    // The state is on disk, not only in memory.
    outbox.reset();
    auto reopened = makeOutbox();
    QCOMPARE(reopened->entry(id)->state, state);
    QCOMPARE(reopened->entry(id)->lastStatus, entry->lastStatus);
}

void TestGraphOutbox::pendingIsRetriedAutomatically()
{
    m_network->enqueue("POST", u"/v1.0/me/events"_s,
                       QList<FakeReply>{FakeReply::failure(QNetworkReply::ConnectionRefusedError),
                                        error(u"503-service-unavailable"_s).withHeader("Retry-After", "0"),
                                        created(u"AAMkNew="_s)});
    auto outbox = makeOutbox();
    QSignalSpy finished(outbox.get(), &Outbox::entryFinished);
    outbox->enqueue<TestWrite<"booking">>(u"Mentoring"_s, booking(u"Mentoring"_s));
    QVERIFY(finished.wait());
    QVERIFY(finished.first().at(2).value<GraphResult>().isOk());
    QCOMPARE(m_network->requests().size(), 3);
}

void TestGraphOutbox::retryAfterSetsTheNextAttempt()
{
    m_network->enqueue("POST", u"/v1.0/me/events"_s, error(u"429-mailbox-concurrency"_s)); // Retry-After: 10
    auto outbox = makeOutbox();
    QSignalSpy changed(outbox.get(), &Outbox::entryStateChanged);
    const qint64 id = idOf(outbox->enqueue<TestWrite<"booking">>(u"Mentoring"_s, booking(u"Mentoring"_s)));
    QVERIFY(changed.wait());
    const OutboxEntry entry = *outbox->entry(id);
    QCOMPARE(entry.state, OutboxState::Pending);
    QCOMPARE(entry.retryAfterSeconds, 10);
    QCOMPARE(entry.updatedUtc.msecsTo(entry.nextAttemptUtc), 10000);
    QTest::qWait(100);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestGraphOutbox::survivesARestart()
{
    m_network->enqueue("POST", u"/v1.0/me/events"_s, FakeReply::failure(QNetworkReply::ConnectionRefusedError));
    auto outbox = makeOutbox();
    outbox->setRetryBackoff(std::chrono::minutes(10), std::chrono::minutes(10));
    QSignalSpy changed(outbox.get(), &Outbox::entryStateChanged);
    const GraphRequest request = booking(u"Mentoring with Ana"_s, u"tx-restart"_s);
    const qint64 id = idOf(outbox->enqueue<TestWrite<"booking">>(u"Mentoring with Ana, Tue 10:00"_s, request));
    QVERIFY(changed.wait());
    const OutboxEntry before = *outbox->entry(id);
    outbox.reset(); // the app quits

    QFile file(databasePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("token-one-secret")); // a token never reaches the disk
    file.close();

    m_network->enqueue("POST", u"/v1.0/me/events"_s, created(u"AAMkNew="_s));
    auto restarted = makeOutbox(); // the app starts again
    QCOMPARE(restarted->size(), 1);
    const OutboxEntry after = *restarted->entry(id);
    QCOMPARE(after.kind, u"booking"_s);
    QCOMPARE(after.label, u"Mentoring with Ana, Tue 10:00"_s);
    QCOMPARE(after.request.method, request.method);
    QCOMPARE(after.request.path, request.path);
    QCOMPARE(after.request.body, request.body);
    QCOMPARE(after.request.idempotencyKey, u"tx-restart"_s);
    QCOMPARE(after.request.header("Prefer"), request.header("Prefer"));
    QCOMPARE(after.createdUtc, before.createdUtc);
    QCOMPARE(after.attempts, 1);
    QSignalSpy finished(restarted.get(), &Outbox::entryFinished);
    restarted->sendPendingNow(); // the network came back
    QVERIFY(finished.wait());
    QCOMPARE(finished.first().at(0).toLongLong(), id);
    QCOMPARE(m_network->requestCount(u"/v1.0/me/events"_s), 2);
    QCOMPARE(m_network->requests().last().body, request.body);
}

void TestGraphOutbox::crashWhileSendingIsRecovered_data()
{
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<OutboxState>("state");
    QTest::newRow("transactionId: resend") << true << OutboxState::Pending;
    QTest::newRow("no key: ask the user") << false << OutboxState::NeedsAttention;
}

void TestGraphOutbox::crashWhileSendingIsRecovered()
{
    QFETCH(bool, withKey);
    QFETCH(OutboxState, state);
    m_network->enqueue("POST", u"/v1.0/"_s, created(u"AAMk="_s).held());
    auto outbox = makeOutbox();
    const qint64 id
        = idOf(outbox->enqueue<TestWrite<"w">>(u"w"_s, withKey ? booking(u"M"_s, u"tx-3"_s) : channelPost(u"hi"_s)));
    QTRY_COMPARE(outbox->entry(id)->state, OutboxState::Sending);
    outbox.reset(); // gone while the request was on the wire
    auto restarted = std::make_unique<Outbox>(m_client.get(), databasePath());
    restarted->setRetryBackoff(std::chrono::minutes(10), std::chrono::minutes(10));
    QCOMPARE(restarted->entry(id)->state, state);
    if (state == OutboxState::NeedsAttention)
        QVERIFY(restarted->entry(id)->message().contains(u"could not confirm"_s));
}

void TestGraphOutbox::retryAndDiscard()
{
    m_network->enqueue("POST", u"/v1.0/"_s,
                       QList<FakeReply>{error(u"403-access-denied"_s),
                                        FakeReply::failure(QNetworkReply::RemoteHostClosedError),
                                        created(u"AAMkPost="_s).held()});
    auto outbox = makeOutbox();
    QSignalSpy changed(outbox.get(), &Outbox::entryStateChanged);
    QSignalSpy finished(outbox.get(), &Outbox::entryFinished);
    const qint64 failed = idOf(outbox->enqueue<TestWrite<"booking">>(u"Booking"_s, booking(u"M"_s, u"tx-4"_s)));
    QVERIFY(changed.wait());
    QCOMPARE(outbox->entry(failed)->state, OutboxState::Failed);
    OutboxModel model(outbox.get());
    QVERIFY(model.data(model.index(0), OutboxModel::CanRetryRole).toBool());

    const qint64 unsure = idOf(outbox->enqueue<TestWrite<"channelPost">>(u"Announcement"_s, channelPost(u"Hello"_s)));
    QVERIFY(changed.wait());
    QCOMPARE(outbox->entry(unsure)->state, OutboxState::NeedsAttention);

    QVERIFY(outbox->discard(unsure));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toLongLong(), unsure);
    QCOMPARE(finished.first().at(2).value<GraphResult>().status, GraphStatus::Cancelled);
    QCOMPARE(outbox->size(), 1);

    QVERIFY(outbox->retry(failed)); // e.g. after the user granted the permission
    QTRY_COMPARE(outbox->entry(failed)->state, OutboxState::Sending);
    QVERIFY(!outbox->discard(failed)); // not while it is on the wire
    QVERIFY(!outbox->retry(failed));
    QTRY_COMPARE(m_network->heldCount(), 1);
    m_network->releaseHeld();
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(finished.at(1).at(2).value<GraphResult>().isOk());
    QCOMPARE(outbox->size(), 0);
    QVERIFY(!outbox->retry(failed));
    QCOMPARE(makeOutbox()->size(), 0);
}

void TestGraphOutbox::keepsTheOrder()
{
    m_network->enqueue("POST", u"/v1.0/me/events"_s,
                       QList<FakeReply>{FakeReply::failure(QNetworkReply::ConnectionRefusedError), created(u"1"_s),
                                        created(u"2"_s), created(u"3"_s)});
    auto outbox = makeOutbox();
    QSignalSpy finished(outbox.get(), &Outbox::entryFinished);
    outbox->enqueue<TestWrite<"booking">>(u"A"_s, booking(u"A"_s));
    outbox->enqueue<TestWrite<"reschedule">>(u"B"_s, booking(u"B"_s));
    outbox->enqueue<TestWrite<"cancel">>(u"C"_s, booking(u"C"_s));
    QTRY_COMPARE(finished.count(), 3);
    QStringList order;
    for (const RecordedRequest &request : m_network->requests())
        order << QJsonDocument::fromJson(request.body).object().value("subject"_L1).toString();
    QCOMPARE(order, (QStringList{u"A"_s, u"A"_s, u"B"_s, u"C"_s}));
    QCOMPARE(m_network->maxInFlight(), 1);
}

void TestGraphOutbox::waitsForTheNetwork()
{
    m_network->enqueue("POST", u"/v1.0/me/events"_s, created(u"1"_s));
    NetworkReachability reachability;
    reachability.setOnline(false);
    auto outbox = makeOutbox();
    outbox->setReachability(&reachability);
    QSignalSpy finished(outbox.get(), &Outbox::entryFinished);
    outbox->enqueue<TestWrite<"booking">>(u"A"_s, booking(u"A"_s));
    QTest::qWait(100);
    QCOMPARE(m_network->requests().size(), 0);
    QCOMPARE(outbox->entries().first().state, OutboxState::Pending);
    reachability.setOnline(true);
    QVERIFY(finished.wait());
    QCOMPARE(m_network->requests().size(), 1);
}

void TestGraphOutbox::waitsForTheSession()
{
    m_tokens->setNextToken(QString()); // re-authentication fails: the user has to sign in
    m_network->enqueue("POST", u"/v1.0/me/events"_s, QList<FakeReply>{error(u"401-expired-token"_s), created(u"1"_s)});
    auto outbox = makeOutbox();
    QSignalSpy changed(outbox.get(), &Outbox::entryStateChanged);
    QSignalSpy finished(outbox.get(), &Outbox::entryFinished);
    const qint64 id = idOf(outbox->enqueue<TestWrite<"booking">>(u"A"_s, booking(u"A"_s)));
    QVERIFY(changed.wait());
    QCOMPARE(outbox->entry(id)->state, OutboxState::Pending);
    QVERIFY(outbox->entry(id)->message().contains(u"after you sign in again"_s));
    QTest::qWait(150); // several backoff periods: no prompt storm, no resend
    QCOMPARE(m_network->requests().size(), 1);
    QCOMPARE(m_tokens->reauthenticationCount(), 1);

    m_tokens->setNextToken(u"token-two"_s); // the user signs in again
    m_tokens->requestReauthentication();
    QVERIFY(finished.wait());
    QCOMPARE(m_network->requests().size(), 2);
    QCOMPARE(m_network->requests().last().header("authorization"), "Bearer token-two");
}

void TestGraphOutbox::modelRoles()
{
    m_network->enqueue("POST", u"/v1.0/me/events"_s, error(u"403-access-denied"_s));
    auto outbox = makeOutbox();
    OutboxModel model(outbox.get());
    QSignalSpy changed(outbox.get(), &Outbox::entryStateChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const qint64 id = idOf(outbox->enqueue<TestWrite<"booking">>(u"Mentoring with Ana"_s, booking(u"A"_s)));
    QCOMPARE(inserted.count(), 1);
    QVERIFY(changed.wait());
    QVERIFY(dataChanged.count() >= 2); // sending, then failed
    const QModelIndex index = model.index(0);
    QCOMPARE(model.data(index, OutboxModel::IdRole).toLongLong(), id);
    QCOMPARE(model.data(index, OutboxModel::KindRole).toString(), u"booking"_s);
    QCOMPARE(model.data(index, OutboxModel::LabelRole).toString(), u"Mentoring with Ana"_s);
    QCOMPARE(model.data(index, OutboxModel::StateTextRole).toString(), OutboxEntry::stateText(OutboxState::Failed));
    QCOMPARE(model.data(index, OutboxModel::AttemptsRole).toInt(), 1);
    QVERIFY(model.data(index, OutboxModel::CreatedRole).toDateTime().isValid());
    QVERIFY(model.data(index, OutboxModel::CanDiscardRole).toBool());
    QVERIFY(model.data(index, OutboxModel::ErrorDetailsRole).toString().contains(u"ErrorAccessDenied"_s));
    QVERIFY(model.data(index, OutboxModel::ErrorDetailsRole).toString().contains(u"0f7e6d5c"_s));
    QCOMPARE(model.data(index, Qt::ToolTipRole).toString(),
             PlainText::toolTip(model.data(index, OutboxModel::MessageRole).toString()));
    QVERIFY(!model.data(model.index(5), Qt::DisplayRole).isValid());
    const QHash<int, QByteArray> roles = model.roleNames();
    QCOMPARE(roles.value(OutboxModel::LabelRole), "label");
    QCOMPARE(roles.value(OutboxModel::StateRole), "state");
    QCOMPARE(roles.value(OutboxModel::CanRetryRole), "canRetry");
    QCOMPARE(outbox->count(OutboxState::Failed), 1);
}

void TestGraphOutbox::writeHandleReportsItsStatesAndFinishesOnce()
{
    m_network->enqueue(
        "POST", u"/v1.0/me/events"_s,
        QList<FakeReply>{FakeReply::failure(QNetworkReply::ConnectionRefusedError), created(u"AAMk1="_s)});
    auto outbox = makeOutbox();
    QList<OutboxWrite *> handled;
    QList<OutboxState> seen;
    QList<GraphStatus> attempts;
    outbox->setHandler<TestWrite<"booking">>(outbox.get(), [&](OutboxWrite *write) {
        handled << write;
        connect(write, &OutboxWrite::stateChanged, outbox.get(), [&](OutboxState state, const GraphResult &attempt) {
            seen << state;
            attempts << attempt.status;
        });
    });
    OutboxWrite *write = outbox->enqueue<TestWrite<"booking">>(u"Mentoring"_s, booking(u"M"_s, u"tx-h"_s));
    QVERIFY(write);
    QCOMPARE(handled, QList<OutboxWrite *>{write}); // the handler had it before it went on the wire
    QCOMPARE(write->kind(), u"booking"_s);
    QCOMPARE(write->label(), u"Mentoring"_s);
    QSignalSpy finished(write, &OutboxWrite::finished);
    QPointer<OutboxWrite> guard = write;
    QTRY_COMPARE(finished.size(), 1);
    // Sending, Pending (connection refused: surely not sent), Sending again, then done.
    QCOMPARE(seen, (QList<OutboxState>{OutboxState::Sending, OutboxState::Pending, OutboxState::Sending}));
    QCOMPARE(attempts.at(1), GraphStatus::Offline);
    const auto result = finished.first().at(0).value<GraphResult>();
    QVERIFY(result.isOk());
    QCOMPARE(result.json.object().value("id"_L1).toString(), u"AAMk1="_s);
    QVERIFY(write->isFinished());
    QCOMPARE(outbox->write(write->id()), nullptr);
    QTRY_VERIFY(!guard); // the outbox lets go of it once it has finished
    QCOMPARE(finished.size(), 1);
}

void TestGraphOutbox::handlersGetOnlyTheirKind()
{
    m_network->enqueue("POST", u"/v1.0/"_s, QList<FakeReply>{created(u"1"_s), created(u"2"_s), created(u"3"_s)});
    auto outbox = makeOutbox();
    QStringList bookings;
    QStringList posts;
    outbox->setHandler<TestWrite<"booking">>(outbox.get(),
                                             [&bookings](OutboxWrite *write) { bookings << write->label(); });
    outbox->setHandler<TestWrite<"channelPost">>(outbox.get(),
                                                 [&posts](OutboxWrite *write) { posts << write->label(); });
    QSignalSpy finished(outbox.get(), &Outbox::entryFinished);
    outbox->enqueue<TestWrite<"booking">>(u"B"_s, booking(u"B"_s, u"tx-b"_s));
    outbox->enqueue<TestWrite<"channelPost">>(u"P"_s, channelPost(u"P"_s));
    outbox->enqueue<TestWrite<"other">>(u"O"_s, booking(u"O"_s, u"tx-o"_s)); // nobody handles it: still sent
    QCOMPARE(bookings, QStringList{u"B"_s});
    QCOMPARE(posts, QStringList{u"P"_s});
    QTRY_COMPARE(finished.size(), 3);
}

void TestGraphOutbox::handlerReattachesToWritesFromAnEarlierRun()
{
    m_network->enqueue("POST", u"/v1.0/"_s, error(u"403-access-denied"_s));
    qint64 failedId = 0;
    qint64 waitingId = 0;
    {
        auto outbox = makeOutbox();
        outbox->setRetryBackoff(std::chrono::minutes(10), std::chrono::minutes(10));
        QSignalSpy changed(outbox.get(), &Outbox::entryStateChanged);
        failedId = idOf(outbox->enqueue<TestWrite<"booking">>(u"Refused"_s, booking(u"R"_s, u"tx-r"_s)));
        QVERIFY(changed.wait());
        m_network->enqueue("POST", u"/v1.0/"_s, FakeReply::failure(QNetworkReply::ConnectionRefusedError));
        waitingId = idOf(outbox->enqueue<TestWrite<"booking">>(u"Waiting"_s, booking(u"W"_s, u"tx-w"_s)));
        QVERIFY(changed.wait());
        QCOMPARE(outbox->entry(waitingId)->state, OutboxState::Pending);
    } // the app quits

    m_network->enqueue("POST", u"/v1.0/"_s, created(u"AAMkW="_s));
    auto restarted = makeOutbox();
    QHash<qint64, QPointer<OutboxWrite>> handed;
    QHash<qint64, GraphResult> outcomes;
    restarted->setHandler<TestWrite<"booking">>(restarted.get(), [&](OutboxWrite *write) {
        handed.insert(write->id(), write);
        connect(write, &OutboxWrite::finished, restarted.get(),
                [&outcomes, id = write->id()](const GraphResult &result) { outcomes.insert(id, result); });
    });
    QCOMPARE(handed.size(), 2); // both, at once, with what the outbox knows of them
    QCOMPARE(handed.value(failedId)->state(), OutboxState::Failed);
    QCOMPARE(handed.value(failedId)->label(), u"Refused"_s);
    QCOMPARE(handed.value(failedId), restarted->write(failedId));
    QCOMPARE(handed.value(waitingId)->label(), u"Waiting"_s);
    QTRY_VERIFY(outcomes.contains(waitingId)); // sent in this run, reported to the re-attached handler
    QVERIFY(outcomes.value(waitingId).isOk());
    QVERIFY(handed.value(failedId)->discard());
    QVERIFY(outcomes.contains(failedId));
    QCOMPARE(outcomes.value(failedId).status, GraphStatus::Cancelled);
    QCOMPARE(restarted->size(), 0);
}

void TestGraphOutbox::modelFollowsTheQueue()
{
    m_network->enqueue("POST", u"/v1.0/"_s, QList<FakeReply>{error(u"403-access-denied"_s), created(u"2"_s).held()});
    auto outbox = makeOutbox();
    QSignalSpy changed(outbox.get(), &Outbox::entryStateChanged);
    const qint64 first = idOf(outbox->enqueue<TestWrite<"booking">>(u"First"_s, booking(u"1"_s, u"tx-1"_s)));
    QVERIFY(changed.wait());
    OutboxModel model(outbox.get()); // made after the first entry: it starts with what is queued
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0), OutboxModel::StateRole).toInt(), int(OutboxState::Failed));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    OutboxWrite *second = outbox->enqueue<TestWrite<"booking">>(u"Second"_s, booking(u"2"_s, u"tx-2"_s));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1), Qt::DisplayRole).toString(), u"Second"_s);
    QTRY_COMPARE(model.data(model.index(1), OutboxModel::StateRole).toInt(), int(OutboxState::Sending));
    QVERIFY(!dataChanged.isEmpty());
    QVERIFY(outbox->discard(first));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0), OutboxModel::IdRole).toLongLong(), second->id());
    QTRY_COMPARE(m_network->heldCount(), 1);
    m_network->releaseHeld();
    QTRY_COMPARE(model.rowCount(), 0);
}

void TestGraphOutbox::refusesAbsoluteUrls()
{
    auto outbox = makeOutbox();
    QCOMPARE(idOf(outbox->enqueue<TestWrite<"x">>(
                 u"x"_s, GraphRequest::fromLink(QUrl(u"https://graph.microsoft.com/v1.0/me"_s)))),
             0);
    QCOMPARE(outbox->size(), 0);
}

void TestGraphOutbox::systemReachability()
{
    // Whatever this machine offers (NetworkManager, glib, or no backend in a container), it must load without
    // trouble and, without a backend, let sending attempts find out (online).
    SystemNetworkReachability reachability;
    if (!reachability.hasBackend())
        QVERIFY(reachability.isOnline());
    qInfo() << "network information backend:" << (reachability.hasBackend() ? reachability.backendName() : u"none"_s)
            << "online:" << reachability.isOnline();
    QSignalSpy changed(&reachability, &NetworkReachability::onlineChanged);
    const bool online = reachability.isOnline();
    reachability.setOnline(online);
    QCOMPARE(changed.count(), 0);
    reachability.setOnline(!online);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toBool(), !online);
}

void TestGraphOutbox::twoInstancesSendAQueuedWriteOnce_data()
{
    QTest::addColumn<bool>("withKey");
    QTest::newRow("channel post, no key") << false;
    QTest::newRow("booking with transactionId") << true;
}

void TestGraphOutbox::twoInstancesSendAQueuedWriteOnce()
{
    QFETCH(bool, withKey);
    {
        // Queued while offline by a run that then quit: on disk, pending.
        NetworkReachability offline;
        offline.setOnline(false);
        auto outbox = makeOutbox();
        outbox->setReachability(&offline);
        QVERIFY(
            idOf(outbox->enqueue<TestWrite<"w">>(u"w"_s, withKey ? booking(u"M"_s, u"tx-two"_s) : channelPost(u"Hi"_s)))
            > 0);
    }
    m_network->enqueue("POST", u"/v1.0/"_s, QList<FakeReply>{created(u"1"_s), created(u"2"_s)});
    // Two instances (two windows, or a second MentorDesk) start on the same file and both find it pending.
    auto first = makeOutbox();
    auto second = makeOutbox();
    first->setSendingLease(std::chrono::milliseconds(300));
    second->setSendingLease(std::chrono::milliseconds(300));
    QCOMPARE(first->size(), 1);
    QCOMPARE(second->size(), 1);
    QSignalSpy firstFinished(first.get(), &Outbox::entryFinished);
    QSignalSpy secondFinished(second.get(), &Outbox::entryFinished);
    QTRY_COMPARE(firstFinished.count() + secondFinished.count(), 1);
    // The one that did not send it learns that it is gone.
    QTRY_COMPARE(first->size() + second->size(), 0);
    QTest::qWait(200);
    QCOMPARE(m_network->requests().size(), 1);
    QCOMPARE(firstFinished.count() + secondFinished.count(), 1);
}

void TestGraphOutbox::secondInstanceLeavesASendInProgressAlone_data()
{
    QTest::addColumn<bool>("withKey");
    QTest::newRow("channel post, no key") << false;
    QTest::newRow("booking with transactionId") << true;
}

void TestGraphOutbox::secondInstanceLeavesASendInProgressAlone()
{
    QFETCH(bool, withKey);
    m_network->enqueue("POST", u"/v1.0/"_s, QList<FakeReply>{created(u"1"_s).held(), created(u"2"_s)});
    auto first = makeOutbox();
    first->setSendingLease(std::chrono::milliseconds(300)); // renewed every 100 ms while it sends
    QSignalSpy finished(first.get(), &Outbox::entryFinished);
    const qint64 id = idOf(
        first->enqueue<TestWrite<"w">>(u"w"_s, withKey ? booking(u"M"_s, u"tx-live"_s) : channelPost(u"Hello"_s)));
    QTRY_COMPARE(m_network->heldCount(), 1);

    // A second instance starts while the first one is waiting for Graph's answer.
    auto second = makeOutbox();
    second->setSendingLease(std::chrono::milliseconds(300));
    QCOMPARE(second->size(), 1);
    QCOMPARE(second->entry(id)->state, OutboxState::Sending); // not mistaken for a crash
    QVERIFY(!second->retry(id));
    QVERIFY(!second->discard(id));
    QTest::qWait(700); // more than two leases: the first instance keeps its claim fresh
    QCOMPARE(second->entry(id)->state, OutboxState::Sending);
    QCOMPARE(m_network->requests().size(), 1);

    m_network->releaseHeld();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.first().at(2).value<GraphResult>().isOk());
    QTRY_COMPARE(second->size(), 0);
    QTest::qWait(200);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestGraphOutbox::abandonedSendIsRecoveredWhenItsLeaseRunsOut()
{
    m_network->enqueue("POST", u"/v1.0/"_s, created(u"1"_s).held());
    qint64 id = 0;
    {
        auto outbox = makeOutbox();
        id = idOf(outbox->enqueue<TestWrite<"w">>(u"w"_s, channelPost(u"Hello"_s)));
        QTRY_COMPARE(m_network->heldCount(), 1);
    }
    // As a process that died on the wire leaves it: "sending", claimed by an owner whose lease has not run out
    // yet (lease_until is in milliseconds since the epoch, UTC).
    const qint64 leaseEnd = QDateTime::currentMSecsSinceEpoch() + 500;
    QVERIFY(execOn(
        databasePath(),
        u"UPDATE outbox_entries SET owner = 'crashed-instance', lease_until = %1 WHERE id = %2"_s.arg(leaseEnd).arg(
            id)));
    auto restarted = makeOutbox();
    restarted->setSendingLease(std::chrono::milliseconds(150));
    QCOMPARE(restarted->entry(id)->state, OutboxState::Sending); // the owner may still be alive
    QTRY_COMPARE_WITH_TIMEOUT(restarted->entry(id)->state, OutboxState::NeedsAttention, 5000);
    QVERIFY(QDateTime::currentMSecsSinceEpoch() >= leaseEnd);
    QVERIFY(restarted->entry(id)->message().contains(u"could not confirm"_s));
    QTest::qWait(100);
    QCOMPARE(m_network->requests().size(), 1); // not sent again behind the user's back
}

void TestGraphOutbox::damagedDatabaseIsSetAside_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("entries");
    QTest::newRow("garbage") << u"garbage"_s << -1;
    QTest::newRow("truncated, three writes queued") << u"truncated"_s << 3;
}

void TestGraphOutbox::damagedDatabaseIsSetAside()
{
    QFETCH(QString, damage);
    QFETCH(int, entries);
    if (damage == "garbage"_L1) {
        QByteArray bytes(8192, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &byte : bytes)
            byte = char(generator.bounded(256));
        QFile file(databasePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    } else {
        NetworkReachability offline;
        offline.setOnline(false);
        {
            auto outbox = makeOutbox();
            outbox->setReachability(&offline);
            for (const QString &name : {u"A"_s, u"B"_s, u"C"_s})
                QVERIFY(idOf(outbox->enqueue<TestWrite<"booking">>(name, booking(name))) > 0);
        }
        // The last page (the AUTOINCREMENT bookkeeping) is lost, e.g. to a full disk during a copy.
        QFile file(databasePath());
        const qint64 size = file.size();
        QVERIFY(size >= 3 * 4096);
        QVERIFY(file.resize(size - 4096));
    }
    const QByteArray original = readFile(databasePath());
    QVERIFY(!original.isEmpty());

    m_network->enqueue("POST", u"/v1.0/me/events"_s, created(u"AAMkNew="_s));
    auto outbox = makeOutbox();
    QSignalSpy setAside(outbox.get(), &Outbox::storeSetAside);
    QVERIFY(outbox->isOpen());
    const OutboxSetAside report = outbox->setAsideReport();
    QVERIFY(!report.isNull());
    QCOMPARE(report.entries, entries);
    QVERIFY2(QFileInfo(report.path).fileName().startsWith(u"outbox.sqlite.damaged-"_s), qPrintable(report.path));
    QCOMPARE(QFileInfo(report.path).absolutePath(), QFileInfo(databasePath()).absolutePath());
    QCOMPARE(readFile(report.path), original); // kept byte for byte
    QTRY_COMPARE(setAside.count(), 1); // for a banner connected right after construction
    QCOMPARE(setAside.first().first().value<OutboxSetAside>().path, report.path);
    const QString message = outbox->setAsideMessage();
    QVERIFY2(message.contains(QDir::toNativeSeparators(report.path)), qPrintable(message));
    QVERIFY2(message.contains(u"Nothing was deleted"_s), qPrintable(message));
    QVERIFY2(message.contains(entries < 0 ? u"set it aside at"_s : u"it held 3 changes"_s), qPrintable(message));

    // New writes work again.
    QSignalSpy finished(outbox.get(), &Outbox::entryFinished);
    QVERIFY(idOf(outbox->enqueue<TestWrite<"booking">>(u"D"_s, booking(u"D"_s))) > 0);
    QVERIFY(finished.wait());
    QVERIFY(finished.first().at(2).value<GraphResult>().isOk());
    QCOMPARE(m_network->requests().size(), 1);

    // The fresh file is sound: the next start sets nothing aside.
    outbox.reset();
    auto restarted = makeOutbox();
    QVERIFY(restarted->isOpen());
    QVERIFY(restarted->setAsideReport().isNull());
    QVERIFY(restarted->setAsideMessage().isEmpty());
    QCOMPARE(QDir(m_dir->path()).entryList({u"outbox.sqlite.damaged-*"_s}, QDir::Files).size(), 1);
}

void TestGraphOutbox::lockedDatabaseIsNotSetAside()
{
    {
        auto outbox = makeOutbox();
        QVERIFY(outbox->isOpen());
    }
    const QByteArray before = readFile(databasePath());
    bool opened = false;
    {
        // Another process is in the middle of writing it: busy is not damaged.
        Test::SqliteWriteLock other(databasePath(), {}, {u"DELETE FROM outbox_entries"_s});
        QVERIFY2(other.isHeld(), qPrintable(other.errorString()));
        {
            auto outbox = makeOutbox();
            opened = outbox->isOpen();
            QVERIFY(outbox->setAsideReport().isNull());
        }
        QVERIFY(other.release(false));
    }
    QVERIFY(!opened);
    QCOMPARE(QDir(m_dir->path()).entryList({u"outbox.sqlite.damaged-*"_s}, QDir::Files).size(), 0);
    QCOMPARE(readFile(databasePath()), before);
    QVERIFY(makeOutbox()->isOpen()); // and once the lock is gone it opens as usual
}

QTEST_GUILESS_MAIN(TestGraphOutbox)
#include "tst_graphoutbox.moc"
