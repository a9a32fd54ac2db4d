#include "core/config/AppConfig.h"
#include "core/graph/GraphCall.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphCollectionJob.h"
#include "core/graph/jobs/GetMeJob.h"
#include "support/GraphFakeNetwork.h"
#include "support/GraphTestTokenProvider.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QUrl kBase(u"https://graph.microsoft.com/v1.0"_s);

FakeReply meReply()
{
    return FakeReply::fixture(u"graph/me/full.json"_s);
}

FakeReply errorReply(const QString &name)
{
    return FakeReply::fixture(u"graph/errors/%1.json"_s.arg(name));
}

QStringList g_trafficLog;
QtMessageHandler g_previousHandler = nullptr;

void captureTraffic(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category
        && (qstrcmp(context.category, "mentordesk.graph.traffic") == 0
            || qstrcmp(context.category, "mentordesk.graph") == 0))
        g_trafficLog << message;
    g_previousHandler(type, context, message);
}

} // namespace

class TestGraphClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GraphFakeNetwork> m_network;
    std::unique_ptr<GraphTestTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;

    GraphResult runMe(GetMeJob **jobOut = nullptr)
    {
        auto *job = new GetMeJob(m_client.get(), m_client.get());
        job->setAutoDelete(false);
        QSignalSpy spy(job, &GraphJob::finished);
        job->start();
        if (!spy.wait(10000))
            return GraphResult::failure(GraphStatus::Cancelled);
        [&] {
            QCOMPARE(spy.count(), 1);
        }();
        if (jobOut)
            *jobOut = job;
        return job->result();
    }

    GraphResponse runCall(const GraphRequest &request)
    {
        GraphCall *call = m_client->send(request);
        QSignalSpy spy(call, &GraphCall::finished);
        if (!spy.wait(10000))
            return {};
        return spy.first().first().value<GraphResponse>();
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void sendsCorrelationAndAuthHeaders();
    void resolvesUrls_data();
    void resolvesUrls();
    void cloudBaseComesFromConfig_data();
    void cloudBaseComesFromConfig();
    void mailboxKeys_data();
    void mailboxKeys();
    void retries_data();
    void retries();
    void backoffWithoutRetryAfterIsJittered();
    void retryAfterTooLongIsHandedToTheCaller();
    void postWithoutIdempotencyKeyIsNeverRepeated_data();
    void postWithoutIdempotencyKeyIsNeverRepeated();
    void connectionRefusedIsOfflineAtOnce();
    void reauthenticatesOnceThenResumes();
    void failedReauthenticationEndsInSignInRequired();
    void reauthenticationFailedForNowIsOffline_data();
    void reauthenticationFailedForNowIsOffline();
    void secondUnauthorizedIsTerminal();
    void missingTokenIsFetchedBeforeSending();
    void concurrentUnauthorizedShareOneReauthentication();
    void atMostFourConcurrentPerMailbox();
    void timesOutWithoutProgress();
    void cancelFinishesOnce();
    void trafficLogHasNoSecrets();
};

void TestGraphClient::init()
{
    m_network = std::make_unique<GraphFakeNetwork>();
    m_tokens = std::make_unique<GraphTestTokenProvider>(u"token-one"_s);
    m_client = std::make_unique<GraphClient>(m_network.get(), m_tokens.get(), kBase);
    GraphRetryPolicy policy;
    policy.initialBackoff = std::chrono::milliseconds(20);
    policy.maxBackoff = std::chrono::milliseconds(200);
    m_client->setRetryPolicy(policy);
}

void TestGraphClient::cleanup()
{
    m_client.reset();
    m_tokens.reset();
    m_network.reset();
}

void TestGraphClient::sendsCorrelationAndAuthHeaders()
{
    m_network->enqueue("GET", u"/v1.0/me"_s, QList<FakeReply>{meReply(), meReply()});
    QVERIFY(runMe().isOk());
    QVERIFY(runMe().isOk());
    QCOMPARE(m_network->requests().size(), 2);
    const RecordedRequest &first = m_network->requests().at(0);
    QCOMPARE(first.method, "GET");
    QCOMPARE(first.url, QUrl(u"https://graph.microsoft.com/v1.0/me"_s));
    QCOMPARE(first.header("authorization"), "Bearer token-one");
    QCOMPARE(first.header("accept"), "application/json");
    QCOMPARE(first.header("return-client-request-id"), "true");
    QVERIFY(first.header("user-agent").startsWith("MentorDesk/"));
    const QUuid id = QUuid::fromString(QString::fromLatin1(first.header("client-request-id")));
    QVERIFY(!id.isNull());
    QCOMPARE(id.version(), QUuid::Random);
    QVERIFY(first.header("client-request-id") != m_network->requests().at(1).header("client-request-id"));
}

void TestGraphClient::resolvesUrls_data()
{
    QTest::addColumn<GraphRequest>("request");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("relative");

    QTest::newRow("me") << GraphRequest::get(u"/me"_s) << u"https://graph.microsoft.com/v1.0/me"_s << u"/me"_s;
    QTest::newRow("photo $value") << GraphRequest::get(u"/me/photo/$value"_s)
                                  << u"https://graph.microsoft.com/v1.0/me/photo/$value"_s << u"/me/photo/$value"_s;
    QTest::newRow("query with offset")
        << GraphRequest::get(u"/me/calendarView"_s,
                             {{u"startDateTime"_s, u"2025-03-01T00:00:00+01:00"_s}, {u"$top"_s, u"50"_s}})
        << u"https://graph.microsoft.com/v1.0/me/calendarView?startDateTime=2025-03-01T00:00:00%2B01:00&$top=50"_s
        << u"/me/calendarView?startDateTime=2025-03-01T00:00:00%2B01:00&$top=50"_s;
    QTest::newRow("encoded upn") << GraphRequest::get(u"/users/"_s + GraphRequest::encodeSegment(u"ext#a/b@x.com"_s)
                                                      + u"/calendar/calendarView"_s)
                                 << u"https://graph.microsoft.com/v1.0/users/ext%23a%2Fb@x.com/calendar/calendarView"_s
                                 << u"/users/ext%23a%2Fb@x.com/calendar/calendarView"_s;
    QTest::newRow("channel id") << GraphRequest::get(
        u"/teams/t1/channels/"_s + GraphRequest::encodeSegment(u"19:abc@thread.tacv2"_s) + u"/messages"_s)
                                << u"https://graph.microsoft.com/v1.0/teams/t1/channels/19:abc@thread.tacv2/messages"_s
                                << u"/teams/t1/channels/19:abc@thread.tacv2/messages"_s;
    const QString link = u"https://graph.microsoft.com/v1.0/me/calendarView?startDateTime=2025-03-01T00%3A00%3A00Z"
                         "&%24skiptoken=ZXlK%2B%2F%3D%3D"_s;
    QTest::newRow("nextLink verbatim")
        << GraphRequest::fromLink(QUrl::fromEncoded(link.toUtf8())) << link
        << u"/me/calendarView?startDateTime=2025-03-01T00%3A00%3A00Z&%24skiptoken=ZXlK%2B%2F%3D%3D"_s;
    QTest::newRow("link elsewhere") << GraphRequest::fromLink(QUrl(u"https://evil.example/v1.0/me"_s)) << QString()
                                    << QString();
    QTest::newRow("link to another version")
        << GraphRequest::fromLink(QUrl(u"https://graph.microsoft.com/beta/me"_s)) << QString() << QString();
    QTest::newRow("link over http") << GraphRequest::fromLink(QUrl(u"http://graph.microsoft.com/v1.0/me"_s))
                                    << QString() << QString();
}

void TestGraphClient::resolvesUrls()
{
    QFETCH(GraphRequest, request);
    QFETCH(QString, url);
    QFETCH(QString, relative);
    QCOMPARE(QString::fromUtf8(m_client->resolve(request).toEncoded()), url);
    QCOMPARE(m_client->relativeTarget(request), relative);
}

void TestGraphClient::cloudBaseComesFromConfig_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<QString>("graphUrlOverride");
    QTest::addColumn<QString>("base");
    QTest::newRow("global") << Cloud::Global << QString() << u"https://graph.microsoft.com/v1.0"_s;
    QTest::newRow("gcc high") << Cloud::UsGovL4 << QString() << u"https://graph.microsoft.us/v1.0"_s;
    QTest::newRow("dod") << Cloud::UsGovL5 << QString() << u"https://dod-graph.microsoft.us/v1.0"_s;
    QTest::newRow("china") << Cloud::China << QString() << u"https://microsoftgraph.chinacloudapi.cn/v1.0"_s;
    QTest::newRow("sandbox") << Cloud::Global << u"http://127.0.0.1:8123/v1.0/"_s << u"http://127.0.0.1:8123/v1.0"_s;
}

void TestGraphClient::cloudBaseComesFromConfig()
{
    QFETCH(Cloud, cloud);
    QFETCH(QString, graphUrlOverride);
    QFETCH(QString, base);
    AppConfig config;
    config.cloud = cloud;
    config.graphUrlOverride = QUrl(graphUrlOverride);
    GraphClient client(m_network.get(), m_tokens.get(), config);
    QCOMPARE(client.baseUrl().toString(), base);
    QCOMPARE(client.resolve(GraphRequest::get(u"/me"_s)).toString(), base + u"/me"_s);
}

void TestGraphClient::mailboxKeys_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("key");
    QTest::newRow("me") << u"/me"_s << u"me"_s;
    QTest::newRow("me events") << u"/me/events?$top=5"_s << u"me"_s;
    QTest::newRow("user") << u"/users/AdeleV@Contoso.com/calendar/calendarView?x=1"_s << u"users/adelev@contoso.com"_s;
    QTest::newRow("encoded user") << u"/users/ext%23a@x.com/calendar"_s << u"users/ext#a@x.com"_s;
    QTest::newRow("teams") << u"/teams/1/channels"_s << QString();
    QTest::newRow("batch") << u"/$batch"_s << QString();
}

void TestGraphClient::mailboxKeys()
{
    QFETCH(QString, target);
    QFETCH(QString, key);
    QCOMPARE(GraphClient::mailboxKey(target), key);
}

void TestGraphClient::retries_data()
{
    QTest::addColumn<QList<FakeReply>>("replies");
    QTest::addColumn<GraphStatus>("status");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QList<int>>("delays"); // -1: a backoff, checked for range

    QTest::newRow("429 Retry-After")
        << QList<FakeReply>{errorReply(u"429-mailbox-concurrency"_s).withHeader("Retry-After", "1"), meReply()}
        << GraphStatus::Ok << 2 << QList<int>{1000};
    QTest::newRow("429 without Retry-After")
        << QList<FakeReply>{errorReply(u"429-no-retry-after"_s), meReply()} << GraphStatus::Ok << 2 << QList<int>{-1};
    QTest::newRow("503 Retry-After 0")
        << QList<FakeReply>{errorReply(u"503-service-unavailable"_s).withHeader("Retry-After", "0"), meReply()}
        << GraphStatus::Ok << 2 << QList<int>{0};
    QTest::newRow("504 twice") << QList<FakeReply>{errorReply(u"504-gateway-timeout"_s),
                                                   errorReply(u"504-gateway-timeout"_s), meReply()}
                               << GraphStatus::Ok << 3 << QList<int>{-1, -1};
    QTest::newRow("connection reset") << QList<FakeReply>{FakeReply::failure(QNetworkReply::RemoteHostClosedError),
                                                          meReply()}
                                      << GraphStatus::Ok << 2 << QList<int>{-1};
    QTest::newRow("503 exhausted") << QList<FakeReply>(4, errorReply(u"504-gateway-timeout"_s))
                                   << GraphStatus::ServerError << 4 << QList<int>{-1, -1, -1};
    QTest::newRow("reset exhausted") << QList<FakeReply>(4, FakeReply::failure(QNetworkReply::RemoteHostClosedError))
                                     << GraphStatus::ConnectionLost << 4 << QList<int>{-1, -1, -1};
    QTest::newRow("404 not retried") << QList<FakeReply>{errorReply(u"404-item-not-found"_s)} << GraphStatus::NotFound
                                     << 1 << QList<int>{};
    QTest::newRow("500 not retried") << QList<FakeReply>{errorReply(u"500-empty-body"_s)} << GraphStatus::ServerError
                                     << 1 << QList<int>{};
}

void TestGraphClient::retries()
{
    QFETCH(QList<FakeReply>, replies);
    QFETCH(GraphStatus, status);
    QFETCH(int, attempts);
    QFETCH(QList<int>, delays);

    m_network->enqueue("GET", u"/v1.0/me"_s, replies);
    const GraphResponse response = runCall(GraphRequest::get(u"/me"_s));
    QCOMPARE(GraphResult::fromResponse(response).status, status);
    QCOMPARE(response.attempts, attempts);
    QCOMPARE(m_network->requests().size(), attempts);
    QCOMPARE(response.retryDelaysMs.size(), delays.size());
    for (int i = 0; i < delays.size(); ++i) {
        if (delays.at(i) >= 0) {
            QCOMPARE(response.retryDelaysMs.at(i), delays.at(i));
        } else {
            const double expected = 20.0 * (1 << i);
            QVERIFY(response.retryDelaysMs.at(i) >= expected * 0.8 - 1);
            QVERIFY(response.retryDelaysMs.at(i) <= expected * 1.2 + 1);
        }
    }
    // Every attempt of one logical request carries the same client-request-id, so support can follow it.
    for (const RecordedRequest &request : m_network->requests())
        QCOMPARE(QString::fromLatin1(request.header("client-request-id")), response.clientRequestId);
}

void TestGraphClient::backoffWithoutRetryAfterIsJittered()
{
    GraphRetryPolicy policy;
    policy.initialBackoff = std::chrono::milliseconds(1000);
    policy.maxBackoff = std::chrono::milliseconds(5000);
    policy.jitter = 0.2;
    QSet<qint64> seen;
    for (int i = 0; i < 50; ++i) {
        const qint64 first = policy.backoff(1).count();
        QVERIFY(first >= 800 && first <= 1200);
        seen.insert(first);
        const qint64 third = policy.backoff(3).count();
        QVERIFY(third >= 3200 && third <= 4800);
        const qint64 capped = policy.backoff(10).count();
        QVERIFY(capped >= 4000 && capped <= 6000);
    }
    QVERIFY(seen.size() > 1);
}

void TestGraphClient::retryAfterTooLongIsHandedToTheCaller()
{
    m_network->enqueue("GET", u"/v1.0/me"_s,
                       errorReply(u"429-mailbox-concurrency"_s).withHeader("Retry-After", "3600"));
    const GraphResult result = runMe();
    QCOMPARE(result.status, GraphStatus::Throttled);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(result.error.retryAfterSeconds, 3600);
    QVERIFY(result.userMessage().contains(u"3600 seconds"_s));
}

void TestGraphClient::postWithoutIdempotencyKeyIsNeverRepeated_data()
{
    QTest::addColumn<FakeReply>("failure");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<GraphStatus>("status");

    const FakeReply reset = FakeReply::failure(QNetworkReply::RemoteHostClosedError);
    const FakeReply unavailable = errorReply(u"503-service-unavailable"_s).withHeader("Retry-After", "0");
    const FakeReply throttled = errorReply(u"429-mailbox-concurrency"_s).withHeader("Retry-After", "0");
    QTest::newRow("reset, no key") << reset << QString() << 1 << GraphStatus::ConnectionLost;
    QTest::newRow("reset, transactionId") << reset << u"7c3a6a2e-5a4b-4d55-9a55-0c2a9e8f1b11"_s << 2 << GraphStatus::Ok;
    QTest::newRow("503, no key") << unavailable << QString() << 1 << GraphStatus::ServerError;
    QTest::newRow("503, transactionId") << unavailable << u"k"_s << 2 << GraphStatus::Ok;
    QTest::newRow("429, no key") << throttled << QString() << 1 << GraphStatus::Throttled;
    QTest::newRow("429, transactionId") << throttled << u"k"_s << 2 << GraphStatus::Ok;
}

void TestGraphClient::postWithoutIdempotencyKeyIsNeverRepeated()
{
    QFETCH(FakeReply, failure);
    QFETCH(QString, key);
    QFETCH(int, attempts);
    QFETCH(GraphStatus, status);

    m_network->enqueue("POST", u"/v1.0/me/events"_s,
                       QList<FakeReply>{failure, FakeReply::json(201, QByteArrayLiteral(R"({"id":"AAMk1="})"))});
    QJsonObject event{{"subject"_L1, u"Mentoring"_s}};
    if (!key.isEmpty())
        event.insert("transactionId"_L1, key);
    const GraphResponse response = runCall(GraphRequest::post(u"/me/events"_s, event, key));
    QCOMPARE(response.attempts, attempts);
    QCOMPARE(m_network->requestCount(u"/v1.0/me/events"_s), attempts);
    QCOMPARE(GraphResult::fromResponse(response).status, status);
    QCOMPARE(m_network->requests().first().header("content-type"), "application/json");
    QCOMPARE(QJsonDocument::fromJson(m_network->requests().first().body).object(), event);
}

void TestGraphClient::connectionRefusedIsOfflineAtOnce()
{
    m_network->enqueue("GET", u"/v1.0/me"_s, FakeReply::failure(QNetworkReply::ConnectionRefusedError));
    const GraphResult result = runMe();
    QCOMPARE(result.status, GraphStatus::Offline);
    QCOMPARE(result.attempts, 1);
    QVERIFY(!result.isOutcomeUnknown());
    QVERIFY(result.userMessage().contains(u"internet connection"_s));
}

void TestGraphClient::reauthenticatesOnceThenResumes()
{
    m_tokens->setNextToken(u"token-two"_s);
    m_network->enqueue("GET", u"/v1.0/me"_s, QList<FakeReply>{errorReply(u"401-expired-token"_s), meReply()});
    QSignalSpy signInRequired(m_client.get(), &GraphClient::signInRequired);
    GetMeJob *job = nullptr;
    const GraphResult result = runMe(&job);
    QVERIFY(result.isOk());
    QCOMPARE(job->profile().displayName, u"Megan Bowen"_s);
    QCOMPARE(m_tokens->reauthenticationCount(), 1);
    QCOMPARE(m_network->requests().size(), 2);
    QCOMPARE(m_network->requests().at(0).header("authorization"), "Bearer token-one");
    QCOMPARE(m_network->requests().at(1).header("authorization"), "Bearer token-two");
    QCOMPARE(signInRequired.count(), 0);
}

void TestGraphClient::failedReauthenticationEndsInSignInRequired()
{
    m_tokens->setNextToken(QString()); // the user closed the sign-in window
    m_network->enqueue("GET", u"/v1.0/me"_s, errorReply(u"401-expired-token"_s));
    QSignalSpy signInRequired(m_client.get(), &GraphClient::signInRequired);
    const GraphResult result = runMe();
    QCOMPARE(result.status, GraphStatus::SignInRequired);
    QCOMPARE(result.error.code, u"InvalidAuthenticationToken"_s);
    QVERIFY(result.userMessage().contains(u"Sign in again"_s));
    QCOMPARE(m_tokens->reauthenticationCount(), 1);
    QCOMPARE(m_network->requests().size(), 1);
    QCOMPARE(signInRequired.count(), 1);
}

void TestGraphClient::reauthenticationFailedForNowIsOffline_data()
{
    QTest::addColumn<bool>("hadToken"); // false: no valid token before the first attempt
    QTest::newRow("401, then the renewal failed for now") << true;
    QTest::newRow("no token, and the renewal failed for now") << false;
}

void TestGraphClient::reauthenticationFailedForNowIsOffline()
{
    // The session could not reach the sign-in service but keeps its refresh token: the user is told that
    // Microsoft 365 cannot be reached, not to sign in again, and nothing was sent that Graph acted on.
    QFETCH(bool, hadToken);
    if (!hadToken)
        m_tokens->setAccessToken(QString());
    m_tokens->setNextToken(QString());
    m_tokens->setRenewalProblemIsPassing(true);
    if (hadToken)
        m_network->enqueue("GET", u"/v1.0/me"_s, errorReply(u"401-expired-token"_s));
    QSignalSpy signInRequired(m_client.get(), &GraphClient::signInRequired);
    const GraphResult result = runMe();
    QCOMPARE(result.status, GraphStatus::Offline);
    QVERIFY(!result.isOutcomeUnknown());
    QVERIFY(result.isTransient());
    QVERIFY(!result.userMessage().contains(u"Sign in again"_s));
    QCOMPARE(m_tokens->reauthenticationCount(), 1);
    QCOMPARE(m_network->requests().size(), hadToken ? 1 : 0);
    QCOMPARE(signInRequired.count(), 0);
}

void TestGraphClient::secondUnauthorizedIsTerminal()
{
    m_tokens->setNextToken(u"token-two"_s);
    m_network->enqueue("GET", u"/v1.0/me"_s,
                       QList<FakeReply>{errorReply(u"401-expired-token"_s), errorReply(u"401-expired-token"_s)});
    const GraphResult result = runMe();
    QCOMPARE(result.status, GraphStatus::SignInRequired);
    QCOMPARE(result.attempts, 2);
    QCOMPARE(m_tokens->reauthenticationCount(), 1);
}

void TestGraphClient::missingTokenIsFetchedBeforeSending()
{
    m_tokens->setAccessToken(QString());
    m_tokens->setNextToken(u"fresh"_s);
    m_network->enqueue("GET", u"/v1.0/me"_s, meReply());
    QVERIFY(runMe().isOk());
    QCOMPARE(m_tokens->reauthenticationCount(), 1);
    QCOMPARE(m_network->requests().first().header("authorization"), "Bearer fresh");

    // No token and no way to get one: nothing goes out at all.
    m_tokens->setAccessToken(QString());
    m_tokens->setNextToken(QString());
    const GraphResult result = runMe();
    QCOMPARE(result.status, GraphStatus::SignInRequired);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestGraphClient::concurrentUnauthorizedShareOneReauthentication()
{
    m_tokens->setNextToken(u"token-two"_s);
    for (int i = 0; i < 3; ++i)
        m_network->enqueue("GET", u"/v1.0/me"_s, errorReply(u"401-expired-token"_s));
    for (int i = 0; i < 3; ++i)
        m_network->enqueue("GET", u"/v1.0/me"_s, meReply());
    QList<GraphJob *> jobs;
    QSignalSpy *spies[3];
    for (int i = 0; i < 3; ++i) {
        auto *job = new GetMeJob(m_client.get(), m_client.get());
        job->setAutoDelete(false);
        spies[i] = new QSignalSpy(job, &GraphJob::finished);
        jobs << job;
        job->start();
    }
    for (int i = 0; i < 3; ++i) {
        QTRY_COMPARE(spies[i]->count(), 1);
        QVERIFY(jobs.at(i)->result().isOk());
        delete spies[i];
    }
    QCOMPARE(m_tokens->reauthenticationCount(), 1);
}

void TestGraphClient::atMostFourConcurrentPerMailbox()
{
    for (int i = 0; i < 10; ++i) {
        m_network->enqueue("GET", u"/v1.0/me/events/"_s, FakeReply::json(200, QByteArrayLiteral("{}")).held());
        m_network->enqueue("GET", u"/v1.0/users/AdeleV@contoso.com/"_s,
                           FakeReply::json(200, QByteArrayLiteral("{}")).held());
    }
    QList<GraphCall *> calls;
    int finished = 0;
    for (int i = 0; i < 10; ++i) {
        for (const QString &path : {u"/me/events/%1"_s.arg(i), u"/users/AdeleV@contoso.com/events/%1"_s.arg(i)}) {
            GraphCall *call = m_client->send(GraphRequest::get(path));
            connect(call, &GraphCall::finished, this, [&finished] { ++finished; });
        }
    }
    QTRY_COMPARE(m_network->inFlight(), 8);
    QCOMPARE(m_client->activeRequests(u"me"_s), 4);
    QCOMPARE(m_client->activeRequests(u"users/adelev@contoso.com"_s), 4);
    while (finished < 20) {
        m_network->releaseHeld();
        QTest::qWait(5);
        QVERIFY(m_network->inFlight() <= 8);
    }
    QCOMPARE(m_network->maxInFlight(), 8);
    QCOMPARE(m_network->requests().size(), 20);
    QCOMPARE(m_client->activeRequests(u"me"_s), 0);
}

void TestGraphClient::timesOutWithoutProgress()
{
    m_client->setTransferTimeout(std::chrono::milliseconds(50));
    m_network->enqueue("GET", u"/v1.0/me"_s, QList<FakeReply>{meReply().held(), meReply().held(), meReply()});
    GetMeJob *job = nullptr;
    QVERIFY(runMe(&job).isOk()); // two silent attempts, then an answer
    QCOMPARE(job->result().attempts, 3);

    GraphRetryPolicy once = m_client->retryPolicy();
    once.maxAttempts = 1;
    m_client->setRetryPolicy(once);
    m_network->enqueue("GET", u"/v1.0/me"_s, meReply().held());
    const GraphResult result = runMe();
    QCOMPARE(result.status, GraphStatus::Timeout);
    QVERIFY(result.isOutcomeUnknown());
    QVERIFY(result.userMessage().contains(u"did not answer in time"_s));
}

void TestGraphClient::cancelFinishesOnce()
{
    m_network->enqueue("GET", u"/v1.0/me"_s, meReply().held());
    auto *job = new GetMeJob(m_client.get(), m_client.get());
    job->setAutoDelete(false);
    QSignalSpy spy(job, &GraphJob::finished);
    job->start();
    QTRY_COMPARE(m_network->inFlight(), 1);
    job->cancel();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(job->result().status, GraphStatus::Cancelled);
    m_network->releaseHeld();
    QTest::qWait(20);
    QCOMPARE(spy.count(), 1);
    job->cancel();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_network->inFlight(), 0);
}

void TestGraphClient::trafficLogHasNoSecrets()
{
    QLoggingCategory::setFilterRules(u"mentordesk.graph.traffic.info=true\nmentordesk.graph.info=true"_s);
    g_trafficLog.clear();
    g_previousHandler = qInstallMessageHandler(captureTraffic);
    m_tokens->setAccessToken(u"eyJ0eXAiOiJKV1QiSECRETTOKEN"_s);
    m_network->enqueue("GET", u"/v1.0/me/calendarView"_s,
                       QList<FakeReply>{FakeReply::fixture(u"graph/calendarView/page1.json"_s),
                                        FakeReply::fixture(u"graph/calendarView/page2.json"_s),
                                        FakeReply::fixture(u"graph/calendarView/page3-last.json"_s)});
    auto *job = new GraphCollectionJob(m_client.get(),
                                       GraphRequest::get(u"/me/calendarView"_s,
                                                         {{u"startDateTime"_s, u"2025-03-01T00:00:00Z"_s},
                                                          {u"endDateTime"_s, u"2025-04-01T00:00:00Z"_s}}));
    job->setAutoDelete(false);
    QSignalSpy spy(job, &GraphJob::finished);
    job->start();
    QVERIFY(spy.wait());
    qInstallMessageHandler(g_previousHandler);
    QVERIFY(job->result().isOk());
    delete job;

    const QString log = g_trafficLog.join(u'\n');
    QCOMPARE(g_trafficLog.filter(u"GET /v1.0/me/calendarView 200"_s).size(), 3);
    QVERIFY(log.contains(u"ca1e0000-0000-4000-8000-000000000011"_s)); // request-id
    QVERIFY(log.contains(u" ms"_s));
    for (const QString &secret :
         {u"SECRETTOKEN"_s, u"Bearer"_s, u"skiptoken"_s, u"ZXlKaFkyTWlPakY5"_s, u"startDateTime"_s, u"Mentoring"_s})
        QVERIFY2(!log.contains(secret), qPrintable(secret));
}

QTEST_GUILESS_MAIN(TestGraphClient)
#include "tst_graphclient.moc"
