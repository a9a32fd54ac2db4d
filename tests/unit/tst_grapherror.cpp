#include "core/graph/GraphError.h"
#include "core/graph/GraphResponse.h"
#include "core/graph/GraphResult.h"
#include "support/GraphFakeNetwork.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using MentorDesk::Test::FakeReply;

namespace {

GraphResponse responseFrom(const FakeReply &reply)
{
    GraphResponse response;
    response.httpStatus = reply.status;
    response.body = reply.body;
    for (const auto &[name, value] : reply.headers)
        response.headers.insert(name.toLower(), value);
    response.clientRequestId = u"11111111-2222-4333-8444-555555555555"_s;
    return response;
}

} // namespace

class TestGraphError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordedErrors_data();
    void recordedErrors();
    void transportFailures_data();
    void transportFailures();
    void everyStatusHasAMessage();
    void throttledMessageSaysWhen();
    void statusKeysRoundTrip();
    void retryAfterHttpDate();
};

void TestGraphError::recordedErrors_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<GraphStatus>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("innerCode");
    QTest::addColumn<QString>("requestId");
    QTest::addColumn<QString>("clientRequestId");
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<bool>("outcomeUnknown");
    QTest::addColumn<QString>("messageSays");

    const QString ours = u"11111111-2222-4333-8444-555555555555"_s;
    QTest::newRow("401 expired token") << u"401-expired-token"_s << GraphStatus::SignInRequired
                                       << u"InvalidAuthenticationToken"_s << QString()
                                       << u"4b5d2c1e-0c6a-4b2e-9d6c-2f1f0a7b8c90"_s
                                       << u"4b5d2c1e-0c6a-4b2e-9d6c-2f1f0a7b8c90"_s << u"2025-02-13T10:17:05Z"_s << -1
                                       << true << false << u"Sign in again"_s;
    QTest::newRow("403 outlook") << u"403-access-denied"_s << GraphStatus::PermissionDenied << u"ErrorAccessDenied"_s
                                 << QString() << u"0f7e6d5c-4b3a-4291-8f7e-6d5c4b3a2910"_s
                                 << u"6e2f8a10-1111-4c3d-8e9f-0a1b2c3d4e5f"_s << u"2024-11-02T08:00:59Z"_s << -1
                                 << false << false << u"Permissions page"_s;
    QTest::newRow("403 directory") << u"403-authorization-request-denied"_s << GraphStatus::PermissionDenied
                                   << u"Authorization_RequestDenied"_s << QString()
                                   << u"8d1c3b2a-9e8f-4a7b-b6c5-d4e3f2a1b0c9"_s
                                   << u"8d1c3b2a-9e8f-4a7b-b6c5-d4e3f2a1b0c9"_s << u"2024-06-18T14:22:41Z"_s << -1
                                   << false << false << u"Permissions page"_s;
    QTest::newRow("403 teams") << u"403-teams-missing-scope"_s << GraphStatus::PermissionDenied << u"Forbidden"_s
                               << u"MissingScope"_s << u"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"_s
                               << u"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"_s << u"2025-01-07T09:30:12Z"_s << -1 << false
                               << false << u"Permissions page"_s;
    QTest::newRow("404 photo") << u"404-image-not-found"_s << GraphStatus::NotFound << u"ImageNotFound"_s << QString()
                               << u"c0ffee00-1234-4abc-9def-000000000404"_s << u"c0ffee00-1234-4abc-9def-000000000404"_s
                               << u"2023-09-12T16:45:03Z"_s << -1 << false << false << u"no longer exists"_s;
    QTest::newRow("404 item") << u"404-item-not-found"_s << GraphStatus::NotFound << u"ErrorItemNotFound"_s << QString()
                              << u"5e4d3c2b-1a09-4f8e-a7d6-c5b4a3928170"_s << u"5e4d3c2b-1a09-4f8e-a7d6-c5b4a3928170"_s
                              << u"2025-03-01T12:00:00Z"_s << -1 << false << false << u"Refresh"_s;
    QTest::newRow("409") << u"409-conflict"_s << GraphStatus::Conflict << u"ErrorIrresolvableConflict"_s << QString()
                         << u"77777777-8888-4999-aaaa-bbbbbbbbbbbb"_s << u"77777777-8888-4999-aaaa-bbbbbbbbbbbb"_s
                         << u"2025-04-04T04:04:04Z"_s << -1 << false << false << u"changed elsewhere"_s;
    QTest::newRow("410 syncStateNotFound")
        << u"410-sync-state-not-found"_s << GraphStatus::ResyncRequired << u"syncStateNotFound"_s << QString()
        << u"12121212-3434-4565-8787-909090909090"_s << u"12121212-3434-4565-8787-909090909090"_s
        << u"2025-05-20T07:15:30Z"_s << -1 << false << false << u"loaded again"_s;
    QTest::newRow("410 resyncRequired") << u"410-resync-required"_s << GraphStatus::ResyncRequired
                                        << u"resyncRequired"_s << QString() << u"23232323-4545-4676-8989-010101010101"_s
                                        << u"23232323-4545-4676-8989-010101010101"_s << u"2025-05-21T07:15:30Z"_s << -1
                                        << false << false << u"loaded again"_s;
    QTest::newRow("429 Retry-After") << u"429-mailbox-concurrency"_s << GraphStatus::Throttled
                                     << u"ApplicationThrottled"_s << QString()
                                     << u"99999999-0000-4111-8222-333333333333"_s
                                     << u"99999999-0000-4111-8222-333333333333"_s << u"2025-02-02T02:02:02Z"_s << 10
                                     << true << false << u"Try again in 10 seconds"_s;
    QTest::newRow("429 no Retry-After") << u"429-no-retry-after"_s << GraphStatus::Throttled << u"TooManyRequests"_s
                                        << QString() << u"98989898-0000-4111-8222-333333333333"_s
                                        << u"98989898-0000-4111-8222-333333333333"_s << u"2025-02-02T02:02:03Z"_s << -1
                                        << true << false << u"Wait a minute"_s;
    QTest::newRow("503") << u"503-service-unavailable"_s << GraphStatus::ServerError << u"serviceNotAvailable"_s
                         << QString() << u"50350350-3503-4503-8503-503503503503"_s
                         << u"50350350-3503-4503-8503-503503503503"_s << u"2025-06-06T06:06:06Z"_s << 5 << true << false
                         << u"having trouble"_s;
    QTest::newRow("504") << u"504-gateway-timeout"_s << GraphStatus::ServerError << u"UnknownError"_s << QString()
                         << u"50450450-4504-4504-8504-504504504504"_s << u"50450450-4504-4504-8504-504504504504"_s
                         << u"2025-06-07T06:06:06Z"_s << -1 << true << true << u"having trouble"_s;
    QTest::newRow("502 html") << u"502-html-proxy"_s << GraphStatus::ServerError << QString() << QString() << QString()
                              << ours << QString() << -1 << true << true << u"having trouble"_s;
    QTest::newRow("500 empty") << u"500-empty-body"_s << GraphStatus::ServerError << QString() << QString()
                               << u"50050050-0500-4500-8500-500500500500"_s << ours << QString() << -1 << true << true
                               << u"having trouble"_s;
    QTest::newRow("400 nulls, extras") << u"400-extra-fields-and-nulls"_s << GraphStatus::BadRequest
                                       << u"invalidRequest"_s << QString() << u"40040040-0400-4400-8400-400400400400"_s
                                       << u"3f2e1d0c-ba98-4765-8432-10fedcba9876"_s << u"2025-07-07T07:07:07Z"_s << -1
                                       << false << false << u"refused"_s;
    QTest::newRow("400 outlook") << u"400-occurrence-crossing-boundary"_s << GraphStatus::BadRequest
                                 << u"ErrorOccurrenceCrossingBoundary"_s << QString()
                                 << u"40140140-0401-4401-8401-401401401401"_s
                                 << u"40140140-0401-4401-8401-401401401401"_s << u"2025-08-08T08:08:08Z"_s << -1
                                 << false << false << u"refused"_s;
    QTest::newRow("400 innererror") << u"400-lowercase-innererror"_s << GraphStatus::BadRequest << u"invalidRequest"_s
                                    << u"invalidResourceId"_s << u"41141141-0411-4411-8411-411411411411"_s << ours
                                    << u"2025-08-09T08:08:08.123Z"_s << -1 << false << false << u"refused"_s;
}

void TestGraphError::recordedErrors()
{
    QFETCH(QString, fixture);
    QFETCH(GraphStatus, status);
    QFETCH(QString, code);
    QFETCH(QString, innerCode);
    QFETCH(QString, requestId);
    QFETCH(QString, clientRequestId);
    QFETCH(QString, date);
    QFETCH(int, retryAfter);
    QFETCH(bool, transient);
    QFETCH(bool, outcomeUnknown);
    QFETCH(QString, messageSays);

    const FakeReply reply = FakeReply::fixture(u"graph/errors/%1.json"_s.arg(fixture));
    const GraphResult result = GraphResult::fromResponse(responseFrom(reply));
    QCOMPARE(result.status, status);
    QCOMPARE(result.httpStatus, reply.status);
    QCOMPARE(result.error.httpStatus, reply.status);
    QCOMPARE(result.error.code, code);
    QCOMPARE(result.error.innerCode, innerCode);
    QCOMPARE(result.error.requestId, requestId);
    QCOMPARE(result.error.clientRequestId, clientRequestId);
    QCOMPARE(result.error.date.isValid(), !date.isEmpty());
    if (!date.isEmpty()) {
        QCOMPARE(result.error.date, QDateTime::fromString(date, Qt::ISODateWithMs));
        QCOMPARE(result.error.date.timeSpec(), Qt::UTC);
    }
    QCOMPARE(result.error.retryAfterSeconds, retryAfter);
    QCOMPARE(result.isTransient(), transient);
    QCOMPARE(result.isOutcomeUnknown(), outcomeUnknown);
    QVERIFY2(result.userMessage().contains(messageSays, Qt::CaseInsensitive), qPrintable(result.userMessage()));
    // Graph's own text is never the user message, but it is kept for the details pane.
    if (!result.error.message.isEmpty())
        QVERIFY(!result.userMessage().contains(result.error.message));
    if (!code.isEmpty())
        QVERIFY(result.error.technicalDetails().contains(code));
    QVERIFY(result.error.technicalDetails().contains(u"HTTP %1"_s.arg(reply.status)));
}

void TestGraphError::transportFailures_data()
{
    QTest::addColumn<GraphResponse::Transport>("transport");
    QTest::addColumn<GraphStatus>("status");
    QTest::addColumn<bool>("outcomeUnknown");
    QTest::addColumn<QString>("messageSays");

    QTest::newRow("refused") << GraphResponse::Transport::NotSent << GraphStatus::Offline << false
                             << u"internet connection"_s;
    QTest::newRow("reset") << GraphResponse::Transport::Lost << GraphStatus::ConnectionLost << true << u"interrupted"_s;
    QTest::newRow("timeout") << GraphResponse::Transport::TimedOut << GraphStatus::Timeout << true
                             << u"did not answer in time"_s;
    QTest::newRow("no token") << GraphResponse::Transport::NoToken << GraphStatus::SignInRequired << false
                              << u"Sign in again"_s;
    QTest::newRow("cancelled") << GraphResponse::Transport::Cancelled << GraphStatus::Cancelled << true
                               << u"Cancelled"_s;
}

void TestGraphError::transportFailures()
{
    QFETCH(GraphResponse::Transport, transport);
    QFETCH(GraphStatus, status);
    QFETCH(bool, outcomeUnknown);
    QFETCH(QString, messageSays);

    GraphResponse response;
    response.transport = transport;
    response.networkErrorString = u"Connection refused"_s;
    response.clientRequestId = u"11111111-2222-4333-8444-555555555555"_s;
    const GraphResult result = GraphResult::fromResponse(response);
    QCOMPARE(result.status, status);
    QCOMPARE(result.isOutcomeUnknown(), outcomeUnknown);
    QCOMPARE(result.httpStatus, 0);
    QCOMPARE(result.error.clientRequestId, response.clientRequestId);
    QVERIFY2(result.userMessage().contains(messageSays, Qt::CaseInsensitive), qPrintable(result.userMessage()));
}

void TestGraphError::everyStatusHasAMessage()
{
    for (int i = int(GraphStatus::Cancelled); i <= int(GraphStatus::FailedDependency); ++i) {
        const auto status = GraphStatus(i);
        QVERIFY2(!GraphResult::userMessage(status).isEmpty(), qPrintable(GraphResult::statusKey(status)));
        QVERIFY(GraphResult::userMessage(status).endsWith(u'.'));
    }
    QVERIFY(GraphResult::userMessage(GraphStatus::Ok).isEmpty());
}

void TestGraphError::throttledMessageSaysWhen()
{
    QVERIFY(GraphResult::userMessage(GraphStatus::Throttled, 1).contains(u"1 second"_s));
    QVERIFY(GraphResult::userMessage(GraphStatus::Throttled, 30).contains(u"30 seconds"_s));
}

void TestGraphError::statusKeysRoundTrip()
{
    for (int i = int(GraphStatus::Ok); i <= int(GraphStatus::FailedDependency); ++i)
        QCOMPARE(GraphResult::statusFromKey(GraphResult::statusKey(GraphStatus(i))), GraphStatus(i));
}

void TestGraphError::retryAfterHttpDate()
{
    GraphResponse response;
    response.headers.insert("retry-after", "Wed, 21 Oct 2015 07:28:30 GMT");
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
    QCOMPARE(response.retryAfterSeconds(now), 30);
    response.headers.insert("retry-after", "7");
    QCOMPARE(response.retryAfterSeconds(now), 7);
    response.headers.insert("retry-after", "soon");
    QCOMPARE(response.retryAfterSeconds(now), -1);
}

QTEST_GUILESS_MAIN(TestGraphError)
#include "tst_grapherror.moc"
