// The fault matrix (README "Fault matrix"): every operation MentorDesk performs against Graph, run
// through every failure Graph and the network produce, against the demo tenant over real loopback HTTP. Each cell
// asserts that nothing crashes, that a failure reaches the user as a translated sentence (never a raw error), that a
// failed write stays in the outbox with its request intact and succeeds when retried, and that the tenant ends with
// exactly one event, meeting or post, whatever happened on the way.
#include "core/common/Clock.h"
#include "core/graph/GraphBatchJob.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphCollectionJob.h"
#include "core/graph/NetworkReachability.h"
#include "core/graph/jobs/CalendarDeltaJob.h"
#include "core/graph/jobs/CreateOrGetOnlineMeetingJob.h"
#include "core/graph/jobs/FindMeetingTimesJob.h"
#include "core/graph/jobs/GetMeJob.h"
#include "core/graph/jobs/ListChannelsJob.h"
#include "core/graph/jobs/ListMyTeamsJob.h"
#include "core/graph/writes/CancelEventWrite.h"
#include "core/graph/writes/CreateEventWrite.h"
#include "core/graph/writes/PostChannelMessageWrite.h"
#include "core/graph/writes/UpdateEventWrite.h"
#include "core/model/GraphTime.h"
#include "support/FaultMatrix.h"
#include "support/GraphTestTokenProvider.h"
#include "support/RunJob.h"
#include "support/SandboxAccount.h"
#include "support/SandboxFixture.h"
#include "support/UserMessageCheck.h"
#include "support/WriteRunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

enum class Operation {
    CalendarLoad, // start-up: profile, calendars and the visible range in one $batch
    DeltaSync,
    Book,
    Reschedule,
    Cancel,
    StandaloneLink,
    FindTimes,
    ListTeamsAndChannels,
    Post,
};

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::CalendarLoad:
        return u"calendar load"_s;
    case Operation::DeltaSync:
        return u"delta sync"_s;
    case Operation::Book:
        return u"book"_s;
    case Operation::Reschedule:
        return u"reschedule"_s;
    case Operation::Cancel:
        return u"cancel"_s;
    case Operation::StandaloneLink:
        return u"standalone link"_s;
    case Operation::FindTimes:
        return u"find times"_s;
    case Operation::ListTeamsAndChannels:
        return u"list teams and channels"_s;
    case Operation::Post:
        return u"post"_s;
    }
    return {};
}

bool isWrite(Operation operation)
{
    return operation == Operation::Book || operation == Operation::Reschedule || operation == Operation::Cancel
        || operation == Operation::StandaloneLink || operation == Operation::Post;
}

// A fault kind: the control request's fields besides path and method, and the operations it applies to.
struct FaultKind
{
    QString name;
    QJsonObject fault;
    QList<Operation> operations;
};

QList<FaultKind> faultKinds()
{
    const QList<Operation> all{
        Operation::CalendarLoad, Operation::DeltaSync,      Operation::Book,      Operation::Reschedule,
        Operation::Cancel,       Operation::StandaloneLink, Operation::FindTimes, Operation::ListTeamsAndChannels,
        Operation::Post};
    const QList<Operation> onAnEvent{Operation::Reschedule, Operation::Cancel};
    const QList<Operation> withABody{Operation::Book, Operation::Post};
    return {
        {u"429 Retry-After seconds"_s, {{"status"_L1, 429}, {"retryAfter"_L1, 1}}, all},
        {u"429 Retry-After date"_s,
         {{"status"_L1, 429}, {"retryAfter"_L1, 1}, {"retryAfterFormat"_L1, u"httpDate"_s}},
         all},
        {u"503"_s, {{"status"_L1, 503}}, all},
        {u"504"_s, {{"status"_L1, 504}}, all},
        {u"reset before sent"_s, {{"type"_L1, u"drop"_s}}, all},
        {u"reset after sent"_s, {{"type"_L1, u"drop"_s}, {"when"_L1, u"after"_s}}, all},
        {u"transfer timeout"_s, {{"type"_L1, u"delay"_s}, {"delayMs"_L1, 2500}}, all},
        {u"truncated body"_s, {{"type"_L1, u"truncate"_s}, {"when"_L1, u"after"_s}}, all},
        {u"malformed JSON"_s, {{"type"_L1, u"malformed"_s}, {"when"_L1, u"after"_s}}, all},
        {u"HTML proxy page"_s, {{"status"_L1, 502}, {"body"_L1, u"html"_s}}, all},
        {u"401 mid-session"_s, {{"type"_L1, u"expiredToken"_s}}, all},
        {u"403 missing scope"_s, {{"status"_L1, 403}, {"code"_L1, u"ErrorAccessDenied"_s}}, all},
        {u"404 deleted elsewhere"_s, {{"status"_L1, 404}, {"code"_L1, u"ErrorItemNotFound"_s}}, onAnEvent},
        {u"412 stale etag"_s, {{"status"_L1, 412}, {"code"_L1, u"ErrorIrresolvableConflict"_s}}, onAnEvent},
        {u"413 too large"_s, {{"status"_L1, 413}, {"code"_L1, u"RequestEntityTooLarge"_s}}, withABody},
        // Inside the start-up $batch: one item fails with its own status while the others succeed.
        {u"$batch item failure"_s, {{"status"_L1, 500}, {"code"_L1, u"generalException"_s}}, {Operation::CalendarLoad}},
        // The visible range depends on the calendar list ("dependsOn"): the list fails, so Graph answers the range
        // with 424 Failed Dependency; when the list is only throttled, both go again together.
        {u"$batch 424 dependency"_s,
         {{"status"_L1, 500}, {"code"_L1, u"generalException"_s}, {"dependency"_L1, true}},
         {Operation::CalendarLoad}},
        {u"$batch 424, dependency retried"_s,
         {{"status"_L1, 503}, {"retryAfter"_L1, 1}, {"dependency"_L1, true}},
         {Operation::CalendarLoad}},
        // The machine loses its network: the system says offline and nothing gets through; later both come back.
        {u"network down, then back"_s, {{"type"_L1, u"drop"_s}, {"count"_L1, 100}, {"offline"_L1, true}}, all},
        // The clock jumps while a first attempt fails (503) and a retry is due: forward, and back.
        {u"clock jumps an hour forward"_s, {{"status"_L1, 503}, {"clockJump"_L1, 3600}}, all},
        {u"clock jumps an hour back"_s, {{"status"_L1, 503}, {"clockJump"_L1, -3600}}, all},
        // The demo tenant answers every $batch newest first, as Graph may (any order): no fault to inject.
        {u"$batch out of order"_s, {}, {Operation::CalendarLoad}},
    };
}

// The wall clock as the system reports it, which a user (or NTP, or a resumed laptop) may move by an hour.
class JumpingClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds); }
    void jump(qint64 seconds) { m_offsetSeconds += seconds; }

private:
    qint64 m_offsetSeconds = 0;
};

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    UserMessageCheck m_messages;
    FaultMatrix m_matrix;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GraphTestTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;
    std::unique_ptr<WriteRunner> m_writes;
    JumpingClock m_clock;
    bool m_clockJumped = false;
    NetworkReachability m_reachability; // what the system says about the network (SystemNetworkReachability in the app)
    QString m_eventId; // a session the mentor organises, for reschedule and cancel
    QString m_teamId;
    QString m_channelId;
    bool m_delayed = false;
    bool m_dependency = false; // the calendar load's range item depends on its calendar list item
    int m_userMessages = 0; // cells whose first outcome reached the user as a message (the rest recovered alone)

    QJsonArray tenant(const QString &key) { return m_sandbox->state().value(key).toArray(); }

    int countWhere(const QString &key, const std::function<bool(const QJsonObject &)> &match)
    {
        int count = 0;
        for (const QJsonValue &value : tenant(key))
            count += match(value.toObject()) ? 1 : 0;
        return count;
    }

    QString faultPath(Operation operation) const
    {
        switch (operation) {
        case Operation::CalendarLoad: // an item inside the $batch
            return m_dependency ? u"/v1.0/me/calendars"_s : u"/v1.0/me/calendarView"_s;
        case Operation::DeltaSync:
            return u"/v1.0/me/calendarView/delta"_s;
        case Operation::Book:
            return u"/v1.0/me/events"_s;
        case Operation::Reschedule:
            return u"/v1.0/me/events/"_s + m_eventId;
        case Operation::Cancel:
            return u"/v1.0/me/events/%1/cancel"_s.arg(m_eventId);
        case Operation::StandaloneLink:
            return u"/v1.0/me/onlineMeetings/createOrGet"_s;
        case Operation::FindTimes:
            return u"/v1.0/me/findMeetingTimes"_s;
        case Operation::ListTeamsAndChannels:
            return u"/v1.0/me/transitiveMemberOf"_s;
        case Operation::Post:
            return u"/v1.0/teams/%1/channels/%2/messages"_s.arg(m_teamId, m_channelId);
        }
        return {};
    }

    // A read: its result, after GraphClient's own retries.
    GraphResult read(Operation operation)
    {
        const QDateTime start = GraphTime::utc(QDate(2026, 11, 23));
        const QDateTime end = GraphTime::utc(QDate(2026, 11, 30));
        switch (operation) {
        case Operation::CalendarLoad: {
            auto *batch = new GraphBatchJob(m_client.get(), m_client.get());
            batch->setAutoDelete(false);
            auto *me = new GetMeJob(m_client.get(), m_client.get());
            auto *calendars
                = new GraphCollectionJob(m_client.get(), GraphRequest::get(u"/me/calendars"_s), m_client.get());
            auto *view = new GraphCollectionJob(
                m_client.get(),
                GraphRequest::get(u"/me/calendarView"_s,
                                  {{u"startDateTime"_s, GraphTime::formatQueryParameter(start)},
                                   {u"endDateTime"_s, GraphTime::formatQueryParameter(end)}}),
                m_client.get());
            QString calendarsId;
            for (GraphJob *job : std::initializer_list<GraphJob *>{me, calendars, view}) {
                job->setAutoDelete(false);
                const QString id
                    = batch->addJob(job, job == view && m_dependency ? QStringList{calendarsId} : QStringList());
                if (job == calendars)
                    calendarsId = id;
            }
            QSignalSpy spy(batch, &GraphBatchJob::finished);
            batch->start();
            if (!spy.wait(30000))
                return GraphResult::failure(GraphStatus::Timeout);
            // Whatever failed, the answers that came back went to the job that asked.
            if (me->result().isOk() && me->profile().userPrincipalName != m_sandbox->server().mentorUpn())
                return GraphResult::failure(GraphStatus::MalformedReply);
            if (calendars->result().isOk() && calendars->items().isEmpty())
                return GraphResult::failure(GraphStatus::MalformedReply);
            if (m_dependency && !calendars->result().isOk()) {
                // The range was not run: it reports the failed dependency, and that is what the user reads.
                return view->result().status == GraphStatus::FailedDependency
                    ? view->result()
                    : GraphResult::failure(GraphStatus::MalformedReply);
            }
            for (GraphJob *job : std::initializer_list<GraphJob *>{me, calendars, view}) {
                if (!job->result().isOk())
                    return job->result();
            }
            return view->items().isEmpty() ? GraphResult::failure(GraphStatus::MalformedReply) : view->result();
        }
        case Operation::DeltaSync: {
            auto *job = new CalendarDeltaJob(m_client.get(), start, end, {}, 10, m_client.get());
            if (!runJob(job))
                return GraphResult::failure(GraphStatus::Timeout);
            if (job->result().isOk() && job->events().isEmpty())
                return GraphResult::failure(GraphStatus::MalformedReply);
            return job->result();
        }
        case Operation::FindTimes: {
            FindMeetingTimesJob::Query query;
            query.attendees
                = {EmailAddress{u"Priya Sharma"_s, u"priya.sharma@"_s + m_sandbox->server().tenantDomain()}};
            query.windows = {
                {GraphTime::utc(QDate(2026, 11, 26), QTime(8, 0)), GraphTime::utc(QDate(2026, 11, 26), QTime(17, 0))}};
            auto *job = new FindMeetingTimesJob(m_client.get(), query, m_client.get());
            return runJob(job) ? job->result() : GraphResult::failure(GraphStatus::Timeout);
        }
        case Operation::ListTeamsAndChannels: {
            auto *teams = new ListMyTeamsJob(m_client.get(), m_client.get());
            if (!runJob(teams))
                return GraphResult::failure(GraphStatus::Timeout);
            if (!teams->result().isOk())
                return teams->result();
            if (teams->teams().isEmpty())
                return GraphResult::failure(GraphStatus::MalformedReply);
            auto *channels = new ListChannelsJob(m_client.get(), teams->teams().first().id, m_client.get());
            return runJob(channels) ? channels->result() : GraphResult::failure(GraphStatus::Timeout);
        }
        default:
            break;
        }
        return GraphResult::failure(GraphStatus::BadRequest);
    }

    // What the tenant holds of this cell's write: it must end as exactly one.
    int writesOnTenant(Operation operation, const QString &marker)
    {
        switch (operation) {
        case Operation::Book:
            return countWhere(u"events"_s, [&](const QJsonObject &e) {
                return e.value("subject"_L1) == marker && e.value("mailbox"_L1) == m_sandbox->server().mentorUpn()
                    && e.value("sandboxStatus"_L1) == u"active"_s;
            });
        case Operation::Reschedule:
            return countWhere(u"events"_s, [&](const QJsonObject &e) {
                return e.value("id"_L1) == m_eventId
                    && GraphTime::fromJson(e.value("start"_L1)) == GraphTime::utc(QDate(2026, 11, 27), QTime(14, 0));
            });
        case Operation::Cancel:
            // Cancelled once: the organiser's event left the calendar (the demo tenant keeps it, marked).
            return countWhere(u"events"_s, [&](const QJsonObject &e) {
                return e.value("id"_L1) == m_eventId && e.value("sandboxStatus"_L1) != u"active"_s;
            });
        case Operation::StandaloneLink:
            return countWhere(u"onlineMeetings"_s,
                              [&](const QJsonObject &m) { return m.value("subject"_L1) == marker; });
        case Operation::Post:
            return countWhere(u"channelMessages"_s, [&](const QJsonObject &m) {
                return m.value("body"_L1).toObject().value("content"_L1).toString().contains(marker);
            });
        default:
            return 0;
        }
    }

    GraphRequest writeRequest(Operation operation, const QString &marker)
    {
        switch (operation) {
        case Operation::Book:
            return CreateEventWrite::request(
                {},
                QJsonObject{{"subject"_L1, marker},
                            {"start"_L1, GraphTime::toJson(GraphTime::utc(QDate(2026, 11, 27), QTime(10, 0)))},
                            {"end"_L1, GraphTime::toJson(GraphTime::utc(QDate(2026, 11, 27), QTime(11, 0)))},
                            {"isOnlineMeeting"_L1, true},
                            {"onlineMeetingProvider"_L1, u"teamsForBusiness"_s},
                            {"transactionId"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)}});
        case Operation::Reschedule:
            return UpdateEventWrite::request(
                m_eventId,
                QJsonObject{{"start"_L1, GraphTime::toJson(GraphTime::utc(QDate(2026, 11, 27), QTime(14, 0)))},
                            {"end"_L1, GraphTime::toJson(GraphTime::utc(QDate(2026, 11, 27), QTime(15, 0)))}});
        case Operation::Cancel:
            return CancelEventWrite::request(m_eventId, u"Sorry, something came up."_s);
        case Operation::Post:
            return PostChannelMessageWrite::request(
                m_teamId, m_channelId,
                QJsonObject{{"body"_L1,
                             QJsonObject{{"contentType"_L1, u"html"_s}, {"content"_L1, u"<p>%1</p>"_s.arg(marker)}}}});
        default:
            return {};
        }
    }

    // The write as its feature queues it: each kind has its own outbox tag and reply handling.
    OutboxWrite *enqueue(Operation operation, const GraphRequest &request)
    {
        switch (operation) {
        case Operation::Book:
            return m_writes->enqueue<CreateEventWrite>(request);
        case Operation::Reschedule:
            return m_writes->enqueue<UpdateEventWrite>(request);
        case Operation::Cancel:
            return m_writes->enqueue<CancelEventWrite>(request);
        case Operation::Post:
            return m_writes->enqueue<PostChannelMessageWrite>(request);
        default:
            return nullptr;
        }
    }

    // Sends a write as the app does (through the outbox) and, when it did not go through, does what the user does
    // next. Returns the first outcome's message check (empty: fine).
    QString write(Operation operation, const QString &marker, const QJsonObject &fault)
    {
        if (operation == Operation::StandaloneLink) {
            // Not an outbox write: the booking dialog calls it and keeps the draft; "Retry" calls it again with the
            // same externalId, so a retry can never make a second meeting.
            const QString externalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const auto create = [&] {
                auto *job = new CreateOrGetOnlineMeetingJob(
                    m_client.get(), externalId, marker, GraphTime::utc(QDate(2026, 11, 27), QTime(10, 0)),
                    GraphTime::utc(QDate(2026, 11, 27), QTime(11, 0)), m_client.get());
                return runJob(job) ? job->result() : GraphResult::failure(GraphStatus::Timeout);
            };
            const GraphResult first = create();
            if (first.isOk())
                return {};
            const QString problem = m_messages.problem(first.userMessage());
            ++m_userMessages;
            m_sandbox->clearFaults();
            const GraphResult again = create();
            return !problem.isEmpty() ? problem
                : again.isOk()        ? QString()
                                      : u"the retry failed: "_s + again.userMessage();
        }

        const GraphRequest request = writeRequest(operation, marker);
        OutboxWrite *queued = enqueue(operation, request);
        if (!queued)
            return u"the write was not queued"_s;
        const qint64 id = queued->id();
        const GraphResult first = m_writes->wait(queued);
        if (first.isOk())
            return m_writes->outbox()->size() == 0 ? QString() : u"a finished write stayed in the outbox"_s;

        const QString problem = m_messages.problem(first.userMessage());
        ++m_userMessages;
        if (!problem.isEmpty())
            return problem;
        const QList<OutboxEntry> entries = m_writes->outbox()->entries();
        if (entries.size() != 1 || entries.first().id != id)
            return u"the failed write is not in the outbox"_s;
        const OutboxEntry entry = entries.first();
        if (entry.request.body != request.body || entry.request.path != request.path)
            return u"the failed write's request changed in the outbox"_s;
        if (!fault.isEmpty())
            m_sandbox->clearFaults();
        if (entry.state == OutboxState::NeedsAttention) {
            // Outcome unknown and no key to make a resend safe: the outbox asks the user to check before sending
            // it again. The user looks: if it arrived, they discard the entry; if not, they send it again.
            if (writesOnTenant(operation, marker) > 0)
                return m_writes->outbox()->discard(id) ? QString() : u"the write could not be discarded"_s;
        }
        // Failed (Graph refused it) or still pending: the user presses Retry once the problem is gone.
        OutboxWrite *again = m_writes->outbox()->write(id);
        if (!again)
            return u"the outbox lost the write"_s;
        if (entry.state != OutboxState::Pending && !m_writes->outbox()->retry(id))
            return u"the write could not be retried"_s;
        const GraphResult retried = m_writes->wait(again);
        return retried.isOk() ? QString() : u"the retry failed: "_s + retried.userMessage();
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void cell_data();
    void cell();
};

void TestFaultMatrix::initTestCase()
{
    QVERIFY(m_messages.install());
}

void TestFaultMatrix::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<GraphTestTokenProvider>(m_sandbox->issueToken(SandboxAccount::defaultScopes()));
    m_tokens->setRefresher([this] { return m_sandbox->server().issueToken(SandboxAccount::defaultScopes()); });
    m_client = std::make_unique<GraphClient>(m_network.get(), m_tokens.get(), m_sandbox->server().graphBaseUrl());
    m_clock = JumpingClock();
    m_clockJumped = false;
    m_client->setClock(&m_clock);
    GraphRetryPolicy policy;
    policy.initialBackoff = std::chrono::milliseconds(50);
    policy.maxBackoff = std::chrono::milliseconds(400);
    m_client->setRetryPolicy(policy);
    m_client->setTransferTimeout(std::chrono::milliseconds(1000));
    m_writes = std::make_unique<WriteRunner>(m_client.get());
    m_writes->outbox()->setRetryBackoff(std::chrono::milliseconds(50), std::chrono::milliseconds(400));
    m_reachability.setOnline(true);
    m_writes->outbox()->setReachability(&m_reachability);
    m_writes->outbox()->setClock(&m_clock);

    const QString token = m_tokens->accessToken();
    const auto created = m_sandbox->postJson(
        m_sandbox->graphUrl(u"/me/events"_s),
        QJsonObject{
            {"subject"_L1, u"Mentoring to move or cancel"_s},
            {"start"_L1, GraphTime::toJson(GraphTime::utc(QDate(2026, 11, 26), QTime(10, 0)))},
            {"end"_L1, GraphTime::toJson(GraphTime::utc(QDate(2026, 11, 26), QTime(11, 0)))},
            {"attendees"_L1,
             QJsonArray{QJsonObject{
                 {"emailAddress"_L1,
                  QJsonObject{{"address"_L1, QString(u"priya.sharma@"_s + m_sandbox->server().tenantDomain())}}},
                 {"type"_L1, u"required"_s}}}}},
        token);
    QCOMPARE(created.status, 201);
    m_eventId = created.json().value("id"_L1).toString();
    auto *teams = new ListMyTeamsJob(m_client.get(), m_client.get());
    QVERIFY(runJob(teams));
    QVERIFY(!teams->teams().isEmpty());
    m_teamId = teams->teams().first().id;
    auto *channels = new ListChannelsJob(m_client.get(), m_teamId, m_client.get());
    QVERIFY(runJob(channels));
    QVERIFY(!channels->channels().isEmpty());
    m_channelId = channels->channels().first().id;
    m_delayed = false;
}

void TestFaultMatrix::cleanup()
{
    m_matrix.recordTag(QString::fromUtf8(QTest::currentDataTag()), !QTest::currentTestFailed());
    if (m_delayed) // let the demo tenant answer a delayed reply before it goes (Qt 6.8 QHttpServerResponder)
        QTest::qWait(2000);
    m_writes.reset();
    m_client.reset();
    m_tokens.reset();
    m_network.reset();
    m_sandbox.reset();
}

void TestFaultMatrix::cleanupTestCase()
{
    qInfo().noquote() << m_matrix.table(u"Fault matrix (fault kind × operation)"_s);
    qInfo() << m_userMessages << "cells ended in a message to the user; the others recovered on their own";
    QVERIFY(m_userMessages > 0);
    QVERIFY2(m_matrix.failedCells().isEmpty(), qPrintable(m_matrix.failedCells().join(u", "_s)));
}

void TestFaultMatrix::cell_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("operation");
    for (const FaultKind &kind : faultKinds()) {
        for (Operation operation : kind.operations) {
            QTest::newRow(qPrintable(kind.name + u'/' + operationName(operation))) << kind.fault << int(operation);
        }
    }
}

void TestFaultMatrix::cell()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, operation);
    const auto op = Operation(operation);
    const QString marker = u"Fault matrix %1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));

    const bool offline = fault.take("offline"_L1).toBool();
    m_dependency = fault.take("dependency"_L1).toBool();
    const qint64 clockJump = fault.take("clockJump"_L1).toInteger();
    if (clockJump != 0) {
        // Once the first attempt has failed, whatever waits for the retry sees the clock jump: the outbox after it
        // scheduled the next attempt, GraphClient's own retries right after the failed answer.
        const auto jumpOnce = [this, clockJump] {
            if (!std::exchange(m_clockJumped, true))
                m_clock.jump(clockJump);
        };
        if (isWrite(op) && op != Operation::StandaloneLink) {
            connect(m_writes->outbox(), &Outbox::entryUpdated, m_writes->outbox(),
                    [jumpOnce](const OutboxEntry &entry) {
                        if (entry.state == OutboxState::Pending && entry.attempts >= 1)
                            jumpOnce();
                    });
        } else {
            connect(m_network.get(), &QNetworkAccessManager::finished, m_network.get(), jumpOnce);
        }
    }
    if (offline)
        m_reachability.setOnline(false);
    if (!fault.isEmpty()) {
        fault.insert("path"_L1, faultPath(op));
        if (op == Operation::Reschedule)
            fault.insert("method"_L1, u"PATCH"_s);
        else if (isWrite(op) || op == Operation::FindTimes)
            fault.insert("method"_L1, u"POST"_s);
        else
            fault.insert("method"_L1, u"GET"_s);
        m_delayed = fault.value("type"_L1) == u"delay"_s;
        QVERIFY(!m_sandbox->addFault(fault).isEmpty());
    }

    if (offline && isWrite(op) && op != Operation::StandaloneLink) {
        // Offline, a write waits in the outbox (kept, with a sentence saying so) and nothing is sent; when the
        // network is back it goes out by itself, once.
        QSignalSpy finished(m_writes->outbox(), &Outbox::entryFinished);
        const GraphRequest request = writeRequest(op, marker);
        OutboxWrite *queued = enqueue(op, request);
        QVERIFY(queued);
        QTest::qWait(300);
        QCOMPARE(m_writes->outbox()->size(), 1);
        const OutboxEntry waiting = m_writes->outbox()->entries().first();
        QCOMPARE(waiting.state, OutboxState::Pending);
        QCOMPARE(waiting.request.body, request.body);
        const QString problem = m_messages.problem(waiting.message());
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u": "_s + waiting.message()));
        ++m_userMessages;
        QCOMPARE(finished.count(), 0);
        m_sandbox->clearFaults();
        m_reachability.setOnline(true);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(m_writes->outbox()->size(), 0);
        QCOMPARE(writesOnTenant(op, marker), 1);
        return;
    }
    if (isWrite(op)) {
        const QString problem = write(op, marker, fault);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(writesOnTenant(op, marker), 1);
        return;
    }
    const GraphResult result = read(op);
    if (!result.isOk()) {
        // Not recovered on its own: the user is told in a sentence, and the next attempt works.
        const QString problem = m_messages.problem(result.userMessage());
        ++m_userMessages;
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u": "_s + result.userMessage()));
        m_sandbox->clearFaults();
        const GraphResult again = read(op);
        QVERIFY2(again.isOk(), qPrintable(again.userMessage()));
    }
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
