#include "core/graph/GraphClient.h"
#include "core/graph/writes/CreateEventWrite.h"
#include "core/graph/writes/PostChannelMessageWrite.h"
#include "core/outbox/Outbox.h"
#include "support/GraphTestTokenProvider.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

Q_DECLARE_METATYPE(MentorDesk::OutboxState)

namespace {

qint64 outboxId(const OutboxWrite *write)
{
    return write ? write->id() : 0;
}

const QStringList kScopes{
    u"User.Read"_s,      u"Calendars.ReadWrite"_s,   u"Calendars.Read.Shared"_s, u"OnlineMeetings.ReadWrite"_s,
    u"Group.Read.All"_s, u"Channel.ReadBasic.All"_s, u"ChannelMessage.Send"_s};

GraphRequest bookingRequest(const QString &subject, const QString &transactionId)
{
    const QJsonObject body{
        {"subject"_L1, subject},
        {"start"_L1,
         QJsonObject{{"dateTime"_L1, u"2026-11-27T10:00:00"_s}, {"timeZone"_L1, u"W. Europe Standard Time"_s}}},
        {"end"_L1,
         QJsonObject{{"dateTime"_L1, u"2026-11-27T11:00:00"_s}, {"timeZone"_L1, u"W. Europe Standard Time"_s}}},
        {"attendees"_L1,
         QJsonArray{QJsonObject{{"type"_L1, u"required"_s},
                                {"emailAddress"_L1, QJsonObject{{"address"_L1, u"priya.sharma@example.org"_s}}}}}},
        {"isOnlineMeeting"_L1, true},
        {"onlineMeetingProvider"_L1, u"teamsForBusiness"_s},
        {"transactionId"_L1, transactionId}};
    GraphRequest request = GraphRequest::post(u"/me/events"_s, body, transactionId);
    request.setHeader("Prefer", R"(outlook.timezone="W. Europe Standard Time")");
    return request;
}

int countEvents(const QJsonObject &state, const QString &subject)
{
    int count = 0;
    for (const QJsonValue &event : state.value("events"_L1).toArray()) {
        if (event.toObject().value("subject"_L1).toString() == subject
            && event.toObject().value("sandboxStatus"_L1).toString() == "active"_L1)
            ++count;
    }
    return count;
}

int countRequests(const QJsonObject &state, const QString &method, const QString &path)
{
    int count = 0;
    for (const QJsonValue &request : state.value("graphRequests"_L1).toArray()) {
        if (request.toObject().value("method"_L1).toString() == method
            && request.toObject().value("path"_L1).toString() == path)
            ++count;
    }
    return count;
}

} // namespace

class TestGraphOutboxIntegration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString databasePath() const
    {
        return m_dir.filePath(u"outbox-%1.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
    }

private Q_SLOTS:
    void bookingWhileDownIsSentOnceWhenBack();
    void lostReplyWithTransactionIdIsSentOnce();
    void channelPostWithUnknownOutcomeNeedsAttention();
    void expiredSignInKeepsTheBooking();
};

void TestGraphOutboxIntegration::bookingWhileDownIsSentOnceWhenBack()
{
    QNetworkAccessManager network;
    GraphTestTokenProvider tokens;
    quint16 port = 0;
    QUrl graphBase;
    {
        // The sandbox runs long enough to sign in, then goes away: its port has nobody listening any more.
        Sandbox::SandboxServer before(SandboxFixture::defaultOptions());
        QVERIFY(before.listen(QHostAddress::LocalHost));
        port = before.port();
        graphBase = before.graphBaseUrl();
        tokens.setAccessToken(before.issueToken(kScopes));
    }
    GraphClient client(&network, &tokens, graphBase);
    const QString subject = u"Mentoring with Priya (booked offline)"_s;
    const QString transactionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    qint64 id = 0;
    {
        Outbox outbox(&client, databasePath());
        outbox.setRetryBackoff(std::chrono::minutes(10), std::chrono::minutes(10));
        QSignalSpy changed(&outbox, &Outbox::entryStateChanged);
        id = outboxId(outbox.enqueue<CreateEventWrite>(u"Mentoring with Priya, Fri 27 Nov 10:00"_s,
                                                       bookingRequest(subject, transactionId)));
        QVERIFY(id > 0);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().at(2).value<OutboxState>(), OutboxState::Pending);
        QCOMPARE(changed.first().at(3).value<GraphResult>().status, GraphStatus::Offline);
        QVERIFY(outbox.entry(id)->message().contains(u"cannot be reached"_s));
    } // the app quits with the booking unsent

    // The app starts again; the sandbox is back on the same address (a new process: fresh state, new keys).
    Sandbox::SandboxServer after(SandboxFixture::defaultOptions());
    QVERIFY(after.listen(QHostAddress::LocalHost, port));
    tokens.setRefresher([&after] { return after.issueToken(kScopes); });
    {
        Outbox outbox(&client, databasePath());
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.entry(id)->label, u"Mentoring with Priya, Fri 27 Nov 10:00"_s);
        QSignalSpy finished(&outbox, &Outbox::entryFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toLongLong(), id);
        const auto result = finished.first().at(2).value<GraphResult>();
        QVERIFY(result.isOk());
        QCOMPARE(result.httpStatus, 201);
        QCOMPARE(result.json.object().value("subject"_L1).toString(), subject);
        QVERIFY(!result.json.object().value("id"_L1).toString().isEmpty());
        QCOMPARE(outbox.size(), 0);
    }
    {
        Outbox outbox(&client, databasePath()); // and once more: nothing left to send
        QCOMPARE(outbox.size(), 0);
        QTest::qWait(200);
    }
    const QJsonObject state = after.stateSnapshot();
    QCOMPARE(countEvents(state, subject), 1);
    // At most a 401 for the first sandbox's token, then the one 201.
    QCOMPARE(countRequests(state, u"POST"_s, u"/v1.0/me/events"_s), tokens.reauthenticationCount() + 1);
}

void TestGraphOutboxIntegration::lostReplyWithTransactionIdIsSentOnce()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    QNetworkAccessManager network;
    GraphTestTokenProvider tokens(sandbox.issueToken(kScopes));
    GraphClient client(&network, &tokens, sandbox.server().graphBaseUrl());
    GraphRetryPolicy policy;
    policy.initialBackoff = std::chrono::milliseconds(20);
    client.setRetryPolicy(policy);
    // Every reply of the client's own attempts is lost after Graph created the event.
    sandbox.addFault(QJsonObject{{"method"_L1, u"POST"_s},
                                 {"path"_L1, u"/v1.0/me/events"_s},
                                 {"when"_L1, u"after"_s},
                                 {"type"_L1, u"drop"_s},
                                 {"count"_L1, policy.maxAttempts}});
    Outbox outbox(&client, databasePath());
    outbox.setRetryBackoff(std::chrono::milliseconds(50), std::chrono::milliseconds(50));
    QSignalSpy changed(&outbox, &Outbox::entryStateChanged);
    QSignalSpy finished(&outbox, &Outbox::entryFinished);
    const QString subject = u"Mentoring with Jonas (lost replies)"_s;
    const qint64 id = outboxId(outbox.enqueue<CreateEventWrite>(
        subject, bookingRequest(subject, QUuid::createUuid().toString(QUuid::WithoutBraces))));
    QVERIFY(finished.wait(15000));
    QCOMPARE(changed.count(), 1); // unknown outcome, but the transactionId makes a repeat safe: Pending
    QCOMPARE(changed.first().at(2).value<OutboxState>(), OutboxState::Pending);
    QCOMPARE(finished.first().at(0).toLongLong(), id);
    QVERIFY(finished.first().at(2).value<GraphResult>().isOk());
    const QJsonObject state = sandbox.state();
    QCOMPARE(countEvents(state, subject), 1);
    QCOMPARE(countRequests(state, u"POST"_s, u"/v1.0/me/events"_s), policy.maxAttempts + 1);
}

void TestGraphOutboxIntegration::channelPostWithUnknownOutcomeNeedsAttention()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    const QString discovery = sandbox.issueToken({u"Team.ReadBasic.All"_s, u"Channel.ReadBasic.All"_s});
    QString teamId;
    for (const QJsonValue &team :
         sandbox.get(sandbox.graphUrl(u"/me/joinedTeams"_s), discovery).json().value("value"_L1).toArray()) {
        if (team.toObject().value("displayName"_L1).toString() == "Mentoring Programme"_L1)
            teamId = team.toObject().value("id"_L1).toString();
    }
    QVERIFY(!teamId.isEmpty());
    const QJsonArray channels = sandbox.get(sandbox.graphUrl(u"/teams/%1/channels"_s.arg(teamId)), discovery)
                                    .json()
                                    .value("value"_L1)
                                    .toArray();
    QVERIFY(!channels.isEmpty());
    const QString channelId = channels.first().toObject().value("id"_L1).toString();
    const QString path = u"/teams/%1/channels/%2/messages"_s.arg(teamId, GraphRequest::encodeSegment(channelId));

    QNetworkAccessManager network;
    GraphTestTokenProvider tokens(sandbox.issueToken(kScopes));
    GraphClient client(&network, &tokens, sandbox.server().graphBaseUrl());
    sandbox.addFault(QJsonObject{{"method"_L1, u"POST"_s},
                                 {"path"_L1, u"/v1.0/teams/%1/channels/"_s.arg(teamId)},
                                 {"when"_L1, u"after"_s},
                                 {"type"_L1, u"drop"_s}});
    Outbox outbox(&client, databasePath());
    outbox.setRetryBackoff(std::chrono::milliseconds(20), std::chrono::milliseconds(20));
    QSignalSpy changed(&outbox, &Outbox::entryStateChanged);
    QSignalSpy finished(&outbox, &Outbox::entryFinished);
    const qint64 id = outboxId(outbox.enqueue<PostChannelMessageWrite>(
        u"Announcement: mentoring sessions"_s,
        GraphRequest::post(path, QJsonObject{{"body"_L1, QJsonObject{{"content"_L1, u"Sessions open on Friday"_s}}}})));
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.first().at(2).value<OutboxState>(), OutboxState::NeedsAttention);
    QCOMPARE(changed.first().at(3).value<GraphResult>().status, GraphStatus::ConnectionLost);
    QVERIFY(outbox.entry(id)->message().contains(
        u"MentorDesk could not confirm whether this was sent. Check before sending it again."_s));
    QTest::qWait(300); // many backoff periods: nothing is sent again on its own
    QCOMPARE(sandbox.state().value("channelMessages"_L1).toArray().size(), 1);
    QCOMPARE(countRequests(sandbox.state(), u"POST"_s, u"/v1.0"_s + QUrl::fromPercentEncoding(path.toUtf8())), 1);

    QVERIFY(outbox.discard(id)); // the user saw it in the channel
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(2).value<GraphResult>().status, GraphStatus::Cancelled);
    QCOMPARE(sandbox.state().value("channelMessages"_L1).toArray().size(), 1);
}

void TestGraphOutboxIntegration::expiredSignInKeepsTheBooking()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    QNetworkAccessManager network;
    GraphTestTokenProvider tokens(sandbox.issueToken(kScopes));
    tokens.setNextToken(QString()); // no refresh: the user has to sign in, and has not yet
    GraphClient client(&network, &tokens, sandbox.server().graphBaseUrl());
    sandbox.addFault(
        QJsonObject{{"method"_L1, u"POST"_s}, {"path"_L1, u"/v1.0/me/events"_s}, {"type"_L1, u"expiredToken"_s}});
    Outbox outbox(&client, databasePath());
    outbox.setRetryBackoff(std::chrono::milliseconds(20), std::chrono::milliseconds(20));
    QSignalSpy changed(&outbox, &Outbox::entryStateChanged);
    QSignalSpy finished(&outbox, &Outbox::entryFinished);
    QSignalSpy signInRequired(&client, &GraphClient::signInRequired);
    const QString subject = u"Mentoring with Priya (sign-in expired)"_s;
    const qint64 id = outboxId(outbox.enqueue<CreateEventWrite>(
        subject, bookingRequest(subject, QUuid::createUuid().toString(QUuid::WithoutBraces))));
    QVERIFY(changed.wait(10000));
    QCOMPARE(outbox.entry(id)->state, OutboxState::Pending);
    QVERIFY(outbox.entry(id)->message().contains(u"after you sign in again"_s));
    QCOMPARE(signInRequired.count(), 1);
    QTest::qWait(200);
    QCOMPARE(countEvents(sandbox.state(), subject), 0);

    tokens.setRefresher([&sandbox] { return sandbox.server().issueToken(kScopes); }); // the user signs in again
    tokens.requestReauthentication();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().at(2).value<GraphResult>().isOk());
    QCOMPARE(countEvents(sandbox.state(), subject), 1);
}

QTEST_GUILESS_MAIN(TestGraphOutboxIntegration)
#include "tst_graphoutbox.moc"
