// Fault injection, $batch, per-mailbox concurrency and the mentordesk-sandbox executable.
#include "sandbox/SandboxServer.h"
#include "sandbox/faults/Fault.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {
const QStringList kScopes{u"User.Read"_s, u"Calendars.ReadWrite"_s, u"Channel.ReadBasic.All"_s};
const QString kWindow = u"startDateTime=2026-11-23T00:00:00&endDateTime=2026-11-30T00:00:00"_s;
} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusFaults_data();
    void statusFaults();
    void retryAfterAsHttpDate();
    void htmlProxyPage();
    void transportFaults_data();
    void transportFaults();
    void afterFaultProcessesTheRequest();
    void expiredTokenFault();
    void tokenEndpointFaults();
    void delayAndMailboxConcurrency();
    void destroyedWhileHoldingADelayedReply_data();
    void destroyedWhileHoldingADelayedReply();
    void faultValidation();
    void batchOutOfOrderWithPerItemStatus();
    void batchRules_data();
    void batchRules();
    void batchItemFaultsAndThrottling();
    void randomFaultsRateAndSequence();
    void randomFaultsRefuseBadRequests_data();
    void randomFaultsRefuseBadRequests();
    void executableFirstLine();
    void executableRefusesNonLoopback();
};

void TestSandboxFaults::statusFaults_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("code");
    QTest::newRow("429") << 429 << 2 << u"TooManyRequests"_s;
    QTest::newRow("503") << 503 << 5 << u"serviceNotAvailable"_s;
    QTest::newRow("504 without Retry-After") << 504 << -1 << u"gatewayTimeout"_s;
}

void TestSandboxFaults::statusFaults()
{
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    QFETCH(QString, code);
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kScopes);
    QJsonObject fault{{u"path"_s, u"/v1.0/me"_s},
                      {u"method"_s, u"GET"_s},
                      {u"count"_s, 2},
                      {u"type"_s, u"status"_s},
                      {u"status"_s, status}};
    if (retryAfter >= 0)
        fault.insert(u"retryAfter"_s, retryAfter);
    QVERIFY(!sandbox.addFault(fault).isEmpty());
    for (int i = 0; i < 2; ++i) {
        const auto reply = sandbox.get(sandbox.graphUrl(u"/me"_s), token,
                                       {{"client-request-id", "11111111-2222-3333-4444-555555555555"}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"code"_s).toString(), code);
        QCOMPARE(reply.header("client-request-id"), QByteArray("11111111-2222-3333-4444-555555555555"));
        QCOMPARE(reply.header("Retry-After"), retryAfter >= 0 ? QByteArray::number(retryAfter) : QByteArray());
    }
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me"_s), token).status, 200); // used up after count requests
    const QJsonArray log = sandbox.state().value(u"graphRequests"_s).toArray();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).toObject().value(u"status"_s).toInt(), status);
    QCOMPARE(log.at(0).toObject().value(u"clientRequestId"_s).toString(), u"11111111-2222-3333-4444-555555555555"_s);
}

void TestSandboxFaults::retryAfterAsHttpDate()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kScopes);
    QVERIFY(!sandbox
                 .addFault({{u"path"_s, u"/v1.0/me"_s},
                            {u"status"_s, 429},
                            {u"retryAfter"_s, 120},
                            {u"retryAfterFormat"_s, u"httpDate"_s}})
                 .isEmpty());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto reply = sandbox.get(sandbox.graphUrl(u"/me"_s), token);
    QCOMPARE(reply.status, 429);
    // An IMF-fixdate two minutes from now, in English whatever the locale.
    const QString header = QString::fromLatin1(reply.header("Retry-After"));
    const QDateTime at = QLocale::c().toDateTime(header, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    QVERIFY2(at.isValid(), qPrintable(header));
    QDateTime utc = at;
    utc.setTimeZone(QTimeZone::utc());
    QVERIFY(std::abs(before.secsTo(utc) - 120) <= 2);
    QString error;
    QVERIFY(!Sandbox::Fault::fromJson({{u"path"_s, u"/v1.0/me"_s}, {u"retryAfterFormat"_s, u"minutes"_s}}, &error));
    QVERIFY(error.contains(u"retryAfterFormat"_s));
}

void TestSandboxFaults::htmlProxyPage()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kScopes);
    QVERIFY(!sandbox.addFault({{u"path"_s, u"/v1.0/me"_s}, {u"status"_s, 502}, {u"body"_s, u"html"_s}}).isEmpty());
    const auto reply = sandbox.get(sandbox.graphUrl(u"/me"_s), token);
    QCOMPARE(reply.status, 502);
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QVERIFY(reply.body.startsWith("<!DOCTYPE html>"));
    QVERIFY(reply.json().isEmpty());
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me"_s), token).status, 200);
}

void TestSandboxFaults::transportFaults_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("drop") << u"drop"_s;
    QTest::newRow("truncate") << u"truncate"_s;
    QTest::newRow("malformed") << u"malformed"_s;
}

void TestSandboxFaults::transportFaults()
{
    QFETCH(QString, type);
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kScopes);
    // QNetworkAccessManager silently resends a request once when a reused connection closes before any byte of a
    // response arrived, so a drop needs count 2 to be seen by a Qt client.
    sandbox.addFault({{u"path"_s, u"/v1.0/me/calendarView"_s},
                      {u"type"_s, type},
                      {u"when"_s, u"after"_s},
                      {u"count"_s, type == u"drop"_s ? 2 : 1}});
    const auto reply = sandbox.get(sandbox.graphUrl(u"/me/calendarView?"_s + kWindow), token);
    if (type == u"malformed"_s) {
        QCOMPARE(reply.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(reply.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    } else {
        QVERIFY(reply.error != QNetworkReply::NoError);
    }
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me/calendarView?"_s + kWindow), token).status, 200);
}

void TestSandboxFaults::afterFaultProcessesTheRequest()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kScopes);
    sandbox.addFault({{u"method"_s, u"POST"_s},
                      {u"path"_s, u"/v1.0/me/events"_s},
                      {u"when"_s, u"after"_s},
                      {u"type"_s, u"status"_s},
                      {u"status"_s, 504}});
    const QJsonObject body{
        {u"subject"_s, u"Lost response"_s},
        {u"start"_s, QJsonObject{{u"dateTime"_s, u"2026-12-02T13:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
        {u"end"_s, QJsonObject{{u"dateTime"_s, u"2026-12-02T14:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
        {u"transactionId"_s, u"tx-lost-1"_s}};
    QCOMPARE(sandbox.postJson(sandbox.graphUrl(u"/me/events"_s), body, token).status, 504);
    // The event exists although the client saw an error; the retry with the same transactionId finds it.
    const auto retry = sandbox.postJson(sandbox.graphUrl(u"/me/events"_s), body, token);
    QCOMPARE(retry.status, 201);
    int copies = 0;
    for (const auto &event : sandbox.state().value(u"events"_s).toArray())
        copies += event.toObject().value(u"subject"_s).toString() == u"Lost response"_s;
    QCOMPARE(copies, 1);
    // "before": nothing is created.
    sandbox.addFault(
        {{u"method"_s, u"POST"_s}, {u"path"_s, u"/v1.0/me/events"_s}, {u"type"_s, u"drop"_s}, {u"count"_s, 2}});
    QJsonObject other = body;
    other.insert(u"subject"_s, u"Never arrives"_s);
    other.remove(u"transactionId"_s);
    QVERIFY(sandbox.postJson(sandbox.graphUrl(u"/me/events"_s), other, token).error != QNetworkReply::NoError);
    for (const auto &event : sandbox.state().value(u"events"_s).toArray())
        QVERIFY(event.toObject().value(u"subject"_s).toString() != u"Never arrives"_s);
}

void TestSandboxFaults::expiredTokenFault()
{
    SandboxFixture sandbox;
    sandbox.addFault({{u"path"_s, u"/v1.0/"_s}, {u"type"_s, u"expiredToken"_s}});
    const auto reply = sandbox.get(sandbox.graphUrl(u"/me"_s), sandbox.issueToken(kScopes));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"InvalidAuthenticationToken"_s);
    QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
}

void TestSandboxFaults::tokenEndpointFaults()
{
    SandboxFixture sandbox;
    const QString path = sandbox.authority().path() + u"/oauth2/v2.0/token"_s;
    const QByteArray form = "client_id=" + sandbox.server().clientId().toLatin1()
        + "&grant_type=refresh_token&refresh_token=secret-refresh-token-value&scope=User.Read";
    const auto requests = [&sandbox] {
        return sandbox.state().value(u"tokenRequests"_s).toArray();
    };

    // "aadsts": Entra's token error shape, e.g. a refresh token revoked by a password change.
    QVERIFY(!sandbox.addFault({{u"path"_s, path}, {u"aadsts"_s, 50173}}).isEmpty());
    const auto revoked = sandbox.postForm(sandbox.url(path), form);
    QCOMPARE(revoked.status, 400);
    const QJsonObject body = revoked.json();
    QCOMPARE(body.value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(body.value(u"error_codes"_s).toArray(), QJsonArray{50173});
    QVERIFY(body.value(u"error_description"_s).toString().startsWith(u"AADSTS50173: The provided grant has expired"_s));
    QVERIFY(!body.value(u"correlation_id"_s).toString().isEmpty());
    QVERIFY(!body.value(u"trace_id"_s).toString().isEmpty());
    QVERIFY(
        !sandbox.addFault({{u"path"_s, path}, {u"code"_s, u"interaction_required"_s}, {u"aadsts"_s, 50076}}).isEmpty());
    const QJsonObject mfa = sandbox.postForm(sandbox.url(path), form).json();
    QCOMPARE(mfa.value(u"error"_s).toString(), u"interaction_required"_s);
    QCOMPARE(mfa.value(u"error_codes"_s).toArray(), QJsonArray{50076});

    // Every attempt a fault hit is in tokenRequests, the refresh token as "(present)" only: never processed
    // ("before", with the status sent, 0 for a dropped connection), or processed and then spoilt ("after").
    QVERIFY(!sandbox.addFault({{u"path"_s, path}, {u"type"_s, u"drop"_s}, {u"count"_s, 2}}).isEmpty());
    QVERIFY(sandbox.postForm(sandbox.url(path), form).error != QNetworkReply::NoError);
    QVERIFY(!sandbox.addFault({{u"path"_s, path}, {u"status"_s, 503}, {u"when"_s, u"after"_s}}).isEmpty());
    QCOMPARE(sandbox.postForm(sandbox.url(path), form).status, 503);
    const QJsonArray recorded = requests();
    QVERIFY(recorded.size() >= 4);
    const QJsonObject first = recorded.first().toObject();
    QCOMPARE(first.value(u"outcome"_s).toString(), u"fault:status"_s);
    QCOMPARE(first.value(u"status"_s).toInt(), 400);
    const QJsonObject dropped = recorded.at(2).toObject();
    QCOMPARE(dropped.value(u"outcome"_s).toString(), u"fault:drop"_s);
    QCOMPARE(dropped.value(u"status"_s).toInt(), 0);
    QVERIFY(dropped.value(u"parameters"_s).toArray().contains(QJsonArray{u"refresh_token"_s, u"(present)"_s}));
    const QJsonObject spoilt = recorded.last().toObject();
    QCOMPARE(spoilt.value(u"outcome"_s).toString(), u"invalid_grant:AADSTS9002313"_s); // processed: a bogus token
    QVERIFY(spoilt.value(u"fault"_s).toString().startsWith(u"fault-"_s));
    QVERIFY(!QJsonDocument(sandbox.state()).toJson().contains("secret-refresh-token-value"));

    QString error;
    QVERIFY(!Sandbox::Fault::fromJson({{u"path"_s, path}, {u"aadsts"_s, 0}}, &error));
    QVERIFY(error.contains(u"aadsts"_s));
    QVERIFY(!Sandbox::Fault::fromJson({{u"path"_s, path}, {u"aadsts"_s, 70008}, {u"type"_s, u"drop"_s}}, &error));
    QVERIFY(!Sandbox::Fault::fromJson({{u"path"_s, path}, {u"aadsts"_s, 70008}, {u"body"_s, u"html"_s}}, &error));
}

void TestSandboxFaults::delayAndMailboxConcurrency()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kScopes);
    sandbox.addFault(
        {{u"path"_s, u"/v1.0/me/calendarView"_s}, {u"type"_s, u"delay"_s}, {u"delayMs"_s, 3000}, {u"count"_s, 4}});
    // Four requests are held by the delay; a fifth concurrent one on the same mailbox is throttled.
    QList<QNetworkReply *> held;
    for (int i = 0; i < 4; ++i) {
        QNetworkRequest request(sandbox.graphUrl(u"/me/calendarView?"_s + kWindow));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        held << sandbox.network().get(request);
    }
    // Wait until all four reached the sandbox and are held.
    const QString mailbox = sandbox.server().mentorUpn();
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.state().value(u"inFlight"_s).toObject().value(mailbox).toInt(), 4, 10000);
    const auto fifth = sandbox.get(sandbox.graphUrl(u"/me/calendarView?"_s + kWindow), token);
    QCOMPARE(fifth.status, 429);
    QVERIFY(!fifth.header("Retry-After").isEmpty());
    QCOMPARE(fifth.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"ApplicationThrottled"_s);
    // /me is not a mailbox request and is not limited.
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me"_s), token).status, 200);
    for (QNetworkReply *reply : held) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me/calendarView?"_s + kWindow), token).status, 200);
}

void TestSandboxFaults::destroyedWhileHoldingADelayedReply_data()
{
    QTest::addColumn<QString>("when");
    QTest::newRow("before") << u"before"_s;
    QTest::newRow("after") << u"after"_s;
}

void TestSandboxFaults::destroyedWhileHoldingADelayedReply()
{
    // A test that ends while a delay fault still holds a reply must not crash the sandbox's teardown.
    QFETCH(QString, when);
    QNetworkAccessManager nam;
    QPointer<QNetworkReply> reply;
    {
        Sandbox::SandboxServer sandbox;
        QVERIFY(sandbox.listen(QHostAddress(QHostAddress::LocalHost)));
        const QString token = sandbox.issueToken({u"User.Read"_s});
        QNetworkRequest fault(QUrl(sandbox.baseUrl().toString() + u"/_sandbox/faults"_s));
        fault.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *armed = nam.post(fault,
                                        QJsonDocument(QJsonObject{{u"path"_s, u"/v1.0/me"_s},
                                                                  {u"type"_s, u"delay"_s},
                                                                  {u"when"_s, when},
                                                                  {u"delayMs"_s, 60000}})
                                            .toJson());
        QTRY_VERIFY(armed->isFinished());
        QCOMPARE(armed->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        armed->deleteLater();
        QNetworkRequest me(QUrl(sandbox.graphBaseUrl().toString() + u"/me"_s));
        me.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        reply = nam.get(me);
        QTest::qWait(300); // the request reached the sandbox and is being held
        QVERIFY(!reply->isFinished());
    }
    // The sandbox is gone; the held reply went with it, and the client sees a closed connection.
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QVERIFY(reply->error() != QNetworkReply::NoError);
    reply->deleteLater();
}

void TestSandboxFaults::faultValidation()
{
    SandboxFixture sandbox;
    QCOMPARE(sandbox.postJson(sandbox.url(u"/_sandbox/faults"_s), {{u"path"_s, u"me"_s}}).status, 400);
    QCOMPARE(sandbox.postJson(sandbox.url(u"/_sandbox/faults"_s), {{u"path"_s, u"/v1.0"_s}, {u"type"_s, u"explode"_s}})
                 .status,
             400);
    QCOMPARE(sandbox.postJson(sandbox.url(u"/_sandbox/faults"_s), {{u"path"_s, u"/v1.0"_s}, {u"status"_s, 799}}).status,
             400);
    QCOMPARE(sandbox.postJson(sandbox.url(u"/_sandbox/faults"_s), {{u"path"_s, u"/v1.0"_s}}).status, 201);
    sandbox.clearFaults();
    QCOMPARE(sandbox.state().value(u"faults"_s).toArray().size(), 0);
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me"_s), sandbox.issueToken(kScopes)).status, 200);
}

void TestSandboxFaults::batchOutOfOrderWithPerItemStatus()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kScopes);
    const QJsonObject batch{
        {u"requests"_s,
         QJsonArray{
             QJsonObject{{u"id"_s, u"1"_s}, {u"method"_s, u"GET"_s}, {u"url"_s, u"/me"_s}},
             QJsonObject{{u"id"_s, u"2"_s}, {u"method"_s, u"GET"_s}, {u"url"_s, u"/me/joinedTeams"_s}},
             QJsonObject{
                 {u"id"_s, u"3"_s}, {u"method"_s, u"GET"_s}, {u"url"_s, QString(u"/me/calendarView?"_s + kWindow)}},
             QJsonObject{{u"id"_s, u"4"_s},
                         {u"method"_s, u"GET"_s},
                         {u"url"_s, u"/me/joinedTeams"_s},
                         {u"dependsOn"_s, QJsonArray{u"2"_s}}},
             QJsonObject{
                 {u"id"_s, u"5"_s},
                 {u"method"_s, u"POST"_s},
                 {u"url"_s, u"/me/events"_s},
                 {u"headers"_s, QJsonObject{{u"Content-Type"_s, u"application/json"_s}}},
                 {u"body"_s,
                  QJsonObject{
                      {u"subject"_s, u"From batch"_s},
                      {u"start"_s, QJsonObject{{u"dateTime"_s, u"2026-12-02T13:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
                      {u"end"_s, QJsonObject{{u"dateTime"_s, u"2026-12-02T14:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}}}}},
         }}};
    const auto reply = sandbox.postJson(sandbox.graphUrl(u"/$batch"_s), batch, token);
    QCOMPARE(reply.status, 200);
    const QJsonArray responses = reply.json().value(u"responses"_s).toArray();
    QCOMPARE(responses.size(), 5);
    QStringList order;
    QHash<QString, int> status;
    for (const auto &value : responses) {
        order << value.toObject().value(u"id"_s).toString();
        status.insert(value.toObject().value(u"id"_s).toString(), value.toObject().value(u"status"_s).toInt());
    }
    QVERIFY(order != (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
    QCOMPARE(status.value(u"1"_s), 200);
    QCOMPARE(status.value(u"2"_s), 403);
    QCOMPARE(status.value(u"3"_s), 200);
    QCOMPARE(status.value(u"4"_s), 424);
    QCOMPARE(status.value(u"5"_s), 201);
}

void TestSandboxFaults::batchRules_data()
{
    QTest::addColumn<QJsonArray>("requests");
    QJsonArray tooMany;
    for (int i = 0; i < 21; ++i)
        tooMany.append(QJsonObject{{u"id"_s, QString::number(i)}, {u"method"_s, u"GET"_s}, {u"url"_s, u"/me"_s}});
    QTest::newRow("21 requests") << tooMany;
    QTest::newRow("duplicate ids") << QJsonArray{
        QJsonObject{{u"id"_s, u"1"_s}, {u"method"_s, u"GET"_s}, {u"url"_s, u"/me"_s}},
        QJsonObject{{u"id"_s, u"1"_s}, {u"method"_s, u"GET"_s}, {u"url"_s, u"/me"_s}}};
    QTest::newRow("body without Content-Type")
        << QJsonArray{QJsonObject{{u"id"_s, u"1"_s},
                                  {u"method"_s, u"POST"_s},
                                  {u"url"_s, u"/me/events"_s},
                                  {u"body"_s, QJsonObject{{u"subject"_s, u"x"_s}}}}};
}

void TestSandboxFaults::batchRules()
{
    QFETCH(QJsonArray, requests);
    SandboxFixture sandbox;
    const auto reply
        = sandbox.postJson(sandbox.graphUrl(u"/$batch"_s), {{u"requests"_s, requests}}, sandbox.issueToken(kScopes));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"BadRequest"_s);
}

void TestSandboxFaults::batchItemFaultsAndThrottling()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kScopes);
    sandbox.addFault(
        {{u"path"_s, u"/v1.0/me/calendars"_s}, {u"type"_s, u"status"_s}, {u"status"_s, 429}, {u"retryAfter"_s, 3}});
    QJsonArray requests{QJsonObject{{u"id"_s, u"c"_s}, {u"method"_s, u"GET"_s}, {u"url"_s, u"/me/calendars"_s}}};
    for (int i = 0; i < 5; ++i)
        requests.append(QJsonObject{{u"id"_s, u"v%1"_s.arg(i)},
                                    {u"method"_s, u"GET"_s},
                                    {u"url"_s, QString(u"/me/calendarView?"_s + kWindow)}});
    const auto reply = sandbox.postJson(sandbox.graphUrl(u"/$batch"_s), {{u"requests"_s, requests}}, token);
    QCOMPARE(reply.status, 200);
    int throttled = 0;
    for (const auto &value : reply.json().value(u"responses"_s).toArray()) {
        const QJsonObject item = value.toObject();
        if (item.value(u"id"_s).toString() == u"c"_s) {
            QCOMPARE(item.value(u"status"_s).toInt(), 429);
            QCOMPARE(item.value(u"headers"_s).toObject().value(u"Retry-After"_s).toString(), u"3"_s);
        } else if (item.value(u"status"_s).toInt() == 429) {
            ++throttled;
            QVERIFY(item.value(u"headers"_s).toObject().contains(u"Retry-After"_s));
        }
    }
    // Each item counts against the mailbox's four concurrent requests on its own.
    QVERIFY(throttled >= 1);
}

void TestSandboxFaults::executableFirstLine()
{
#ifndef MENTORDESK_SANDBOX_BINARY
    QSKIP("mentordesk-sandbox is not built");
#else
    QProcess process;
    process.start(QStringLiteral(MENTORDESK_SANDBOX_BINARY),
                  {u"--listen"_s, u"127.0.0.1:0"_s, u"--events"_s, u"10"_s, u"--seed"_s, u"3"_s});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 20000);
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression pattern(u"^MentorDesk sandbox listening on http://127\\.0\\.0\\.1:(\\d+)$"_s);
    const auto match = pattern.match(first);
    QVERIFY2(match.hasMatch(), qPrintable(first));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    QVERIFY(QString::fromUtf8(process.readLine()).contains(QLatin1StringView(MentorDesk::Sandbox::kDefaultClientId)));
    // It answers over HTTP.
    SandboxFixture client; // only for its synchronous HTTP helper
    const auto root = client.get(
        QUrl(u"http://127.0.0.1:%1/organizations/v2.0/.well-known/openid-configuration"_s.arg(match.captured(1))));
    QCOMPARE(root.status, 200);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
#endif
}

void TestSandboxFaults::executableRefusesNonLoopback()
{
#ifndef MENTORDESK_SANDBOX_BINARY
    QSKIP("mentordesk-sandbox is not built");
#else
    QProcess process;
    process.start(QStringLiteral(MENTORDESK_SANDBOX_BINARY), {u"--listen"_s, u"0.0.0.0:0"_s});
    QVERIFY(process.waitForFinished(20000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("loopback"));
#endif
}

void TestSandboxFaults::randomFaultsRateAndSequence()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kScopes);
    constexpr int kRequests = 1000;
    // Only 503s, so every injected fault shows in the status; the same seed twice, then another one.
    const auto run = [&](int seed) {
        const auto armed
            = sandbox.postJson(sandbox.url(u"/_sandbox/faults/random"_s),
                               {{u"probability"_s, 0.1}, {u"seed"_s, seed}, {u"types"_s, QJsonArray{u"503"_s}}});
        QString statuses;
        if (armed.status != 201)
            return statuses;
        for (int i = 0; i < kRequests; ++i)
            statuses += sandbox.get(sandbox.graphUrl(u"/me"_s), token).status == 503 ? u'x' : u'.';
        return statuses;
    };
    const QString first = run(7);
    QCOMPARE(first.size(), kRequests);
    const int failed = int(first.count(u'x'));
    // 10 % of 1,000 requests is 100 ± 9.5 (one standard deviation); three of them either side.
    QVERIFY2(failed >= 70 && failed <= 130, qPrintable(u"%1 of %2 failed"_s.arg(failed).arg(kRequests)));
    const QJsonObject counters = sandbox.get(sandbox.url(u"/_sandbox/faults/random"_s)).json();
    QCOMPARE(counters.value(u"requests"_s).toInt(), kRequests);
    QCOMPARE(counters.value(u"injected"_s).toInt(), failed);
    QCOMPARE(run(7), first);
    QVERIFY(run(8) != first);
    // DELETE /_sandbox/faults switches random faults off too.
    sandbox.clearFaults();
    for (int i = 0; i < 50; ++i)
        QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me"_s), token).status, 200);
    QVERIFY(!sandbox.get(sandbox.url(u"/_sandbox/faults/random"_s)).json().value(u"active"_s).toBool());
}

void TestSandboxFaults::randomFaultsRefuseBadRequests_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("probability above 1") << QJsonObject{{u"probability"_s, 1.5}};
    QTest::newRow("negative probability") << QJsonObject{{u"probability"_s, -0.1}};
    QTest::newRow("unknown type") << QJsonObject{{u"types"_s, QJsonArray{u"503"_s, u"teapot"_s}}};
    QTest::newRow("relative path") << QJsonObject{{u"path"_s, u"v1.0"_s}};
}

void TestSandboxFaults::randomFaultsRefuseBadRequests()
{
    QFETCH(QJsonObject, body);
    SandboxFixture sandbox;
    const auto reply = sandbox.postJson(sandbox.url(u"/_sandbox/faults/random"_s), body);
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.json().value(u"error"_s).toString().isEmpty());
    QVERIFY(!sandbox.get(sandbox.url(u"/_sandbox/faults/random"_s)).json().value(u"active"_s).toBool());
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
