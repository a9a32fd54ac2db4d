// Groups, Teams, channels, channel messages and standalone meetings in the sandbox (docs/graph/teams.md,
// docs/graph/booking.md#standalone-teams-meetings).
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace MentorDesk::Test;

namespace {
const QStringList kTeamsScopes{u"User.Read"_s, u"Group.Read.All"_s, u"Channel.ReadBasic.All"_s,
                               u"ChannelMessage.Send"_s, u"OnlineMeetings.ReadWrite"_s};
}

class TestSandboxGraphTeams : public QObject
{
    Q_OBJECT

private:
    QJsonArray allGroups(SandboxFixture &sandbox, const QString &token, int *pages)
    {
        QJsonArray items;
        QUrl next = sandbox.graphUrl(
            u"/me/transitiveMemberOf/microsoft.graph.group?$select=id,displayName,resourceProvisioningOptions"_s);
        *pages = 0;
        while (next.isValid() && *pages < 20) {
            const auto reply = sandbox.get(next, token);
            if (reply.status != 200)
                return {};
            ++*pages;
            for (const auto &item : reply.json().value(u"value"_s).toArray())
                items.append(item);
            next = QUrl(reply.json().value(u"@odata.nextLink"_s).toString());
        }
        return items;
    }
    QString teamId(SandboxFixture &sandbox, const QString &name)
    {
        int pages = 0;
        for (const auto &group : allGroups(sandbox, sandbox.issueToken(kTeamsScopes), &pages))
            if (group.toObject().value(u"displayName"_s).toString() == name)
                return group.toObject().value(u"id"_s).toString();
        return {};
    }
    QJsonArray channels(SandboxFixture &sandbox, const QString &team, const QString &query = {})
    {
        return sandbox
            .get(sandbox.graphUrl(u"/teams/%1/channels%2"_s.arg(team, query)), sandbox.issueToken(kTeamsScopes))
            .json()
            .value(u"value"_s)
            .toArray();
    }

private Q_SLOTS:
    void transitiveMemberOfFullAndLimited();
    void resourceProvisioningFilterIsRejected();
    void joinedTeamsIsForbiddenWithOurScopes();
    void channelsHidePrivateOnesAndFilter();
    void channelIdsRawAndEncoded();
    void postAndReply();
    void postValidation_data();
    void postValidation();
    void postRateLimit();
    void onlineMeetingsAndCreateOrGet();
};

void TestSandboxGraphTeams::transitiveMemberOfFullAndLimited()
{
    SandboxFixture sandbox;
    int pages = 0;
    const QJsonArray groups = allGroups(sandbox, sandbox.issueToken(kTeamsScopes), &pages);
    QVERIFY(pages >= 2);
    int teams = 0;
    bool sawLegacy = false;
    for (const auto &value : groups) {
        const QJsonObject group = value.toObject();
        teams += group.value(u"resourceProvisioningOptions"_s).toArray().contains(u"Team"_s);
        if (group.value(u"displayName"_s).toString() == u"Legacy Mentors"_s) {
            sawLegacy = true;
            QVERIFY(group.value(u"resourceProvisioningOptions"_s).toArray().isEmpty());
        }
    }
    QCOMPARE(teams, 4); // five teams; the legacy one lacks resourceProvisioningOptions
    QVERIFY(sawLegacy);
    // Without a group-read scope: only @odata.type and id.
    const auto limited = sandbox.get(sandbox.graphUrl(u"/me/transitiveMemberOf/microsoft.graph.group?$top=50"_s),
                                     sandbox.issueToken({u"User.Read"_s}));
    QCOMPARE(limited.status, 200);
    const QJsonArray items = limited.json().value(u"value"_s).toArray();
    QCOMPARE(items.size(), groups.size());
    for (const auto &item : items) {
        QCOMPARE(item.toObject().keys(), (QStringList{u"@odata.type"_s, u"id"_s}));
        QCOMPARE(item.toObject().value(u"@odata.type"_s).toString(), u"#microsoft.graph.group"_s);
    }
}

void TestSandboxGraphTeams::resourceProvisioningFilterIsRejected()
{
    SandboxFixture sandbox;
    const auto reply = sandbox.get(
        sandbox.graphUrl(
            u"/me/transitiveMemberOf/microsoft.graph.group?$filter=resourceProvisioningOptions/Any(x:x%20eq%20'Team')"_s),
        sandbox.issueToken(kTeamsScopes));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"Request_UnsupportedQuery"_s);
}

void TestSandboxGraphTeams::joinedTeamsIsForbiddenWithOurScopes()
{
    SandboxFixture sandbox;
    const auto forbidden = sandbox.get(sandbox.graphUrl(u"/me/joinedTeams"_s), sandbox.issueToken(kTeamsScopes));
    QCOMPARE(forbidden.status, 403);
    const QJsonObject error = forbidden.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"Forbidden"_s);
    QVERIFY(error.value(u"message"_s)
                .toString()
                .startsWith(u"Missing scope permissions on the request. API requires one of '"_s));
    QVERIFY(error.value(u"message"_s).toString().contains(u"Team.ReadBasic.All"_s));
    QVERIFY(error.value(u"message"_s).toString().contains(u"Scopes on the request '"_s));
    const auto allowed
        = sandbox.get(sandbox.graphUrl(u"/me/joinedTeams"_s), sandbox.issueToken({u"Team.ReadBasic.All"_s}));
    QCOMPARE(allowed.status, 200);
    const QJsonArray teams = allowed.json().value(u"value"_s).toArray();
    QCOMPARE(teams.size(), 5);
    bool archived = false;
    for (const auto &team : teams)
        archived = archived || team.toObject().value(u"isArchived"_s).toBool();
    QVERIFY(archived);
}

void TestSandboxGraphTeams::channelsHidePrivateOnesAndFilter()
{
    SandboxFixture sandbox;
    const QString team = teamId(sandbox, u"Mentoring Programme"_s);
    QVERIFY(!team.isEmpty());
    QStringList names;
    for (const auto &channel : channels(sandbox, team)) {
        names << channel.toObject().value(u"displayName"_s).toString();
        QVERIFY(channel.toObject().value(u"id"_s).toString().startsWith(u"19:"_s));
        QVERIFY(channel.toObject().value(u"id"_s).toString().endsWith(u"@thread.tacv2"_s));
    }
    QVERIFY(names.contains(u"General"_s));
    QVERIFY(names.contains(u"Mentor Leads"_s));
    QVERIFY(!names.contains(u"HR Confidential"_s));
    const QJsonArray privateOnes = channels(sandbox, team, u"?$filter=membershipType%20eq%20'private'"_s);
    QCOMPARE(privateOnes.size(), 1);
    QCOMPARE(privateOnes.first().toObject().value(u"displayName"_s).toString(), u"Mentor Leads"_s);
    const auto noScope
        = sandbox.get(sandbox.graphUrl(u"/teams/%1/channels"_s.arg(team)), sandbox.issueToken({u"User.Read"_s}));
    QCOMPARE(noScope.status, 403);
    QCOMPARE(noScope.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"Forbidden"_s);
}

void TestSandboxGraphTeams::channelIdsRawAndEncoded()
{
    SandboxFixture sandbox;
    const QString team = teamId(sandbox, u"Mentoring Programme"_s);
    const QString channel = channels(sandbox, team).first().toObject().value(u"id"_s).toString();
    const QString token = sandbox.issueToken(kTeamsScopes);
    const QJsonObject body{{u"body"_s, QJsonObject{{u"content"_s, u"Hello"_s}}}};
    const auto raw
        = sandbox.postJson(sandbox.graphUrl(u"/teams/%1/channels/%2/messages"_s.arg(team, channel)), body, token);
    QCOMPARE(raw.status, 201);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(channel));
    QVERIFY(encoded.contains(u"%3A"_s));
    const auto viaEncoded = sandbox.postJson(
        QUrl(sandbox.graphUrl(QString()).toString() + u"/teams/%1/channels/%2/messages"_s.arg(team, encoded),
             QUrl::StrictMode),
        body, token);
    QCOMPARE(viaEncoded.status, 201);
    QCOMPARE(viaEncoded.json().value(u"channelIdentity"_s).toObject().value(u"channelId"_s).toString(), channel);
}

void TestSandboxGraphTeams::postAndReply()
{
    SandboxFixture sandbox;
    const QString team = teamId(sandbox, u"Mentoring Programme"_s);
    const QString channel = channels(sandbox, team).first().toObject().value(u"id"_s).toString();
    const QString token = sandbox.issueToken(kTeamsScopes);
    const QString content = u"Hi <at id=\"0\">Kenji Tanaka</at>, session on Friday &amp; <b>bring notes</b>"_s;
    const QJsonObject body{
        {u"body"_s, QJsonObject{{u"contentType"_s, u"html"_s}, {u"content"_s, content}}},
        {u"mentions"_s,
         QJsonArray{QJsonObject{{u"id"_s, 0},
                                {u"mentionText"_s, u"Kenji Tanaka"_s},
                                {u"mentioned"_s,
                                 QJsonObject{{u"user"_s,
                                              QJsonObject{{u"id"_s, u"x"_s},
                                                          {u"displayName"_s, u"Kenji Tanaka"_s},
                                                          {u"userIdentityType"_s, u"aadUser"_s}}}}}}}},
    };
    const auto posted
        = sandbox.postJson(sandbox.graphUrl(u"/teams/%1/channels/%2/messages"_s.arg(team, channel)), body, token);
    QCOMPARE(posted.status, 201);
    const QJsonObject message = posted.json();
    const QString id = message.value(u"id"_s).toString();
    bool numeric = false;
    id.toLongLong(&numeric);
    QVERIFY(numeric);
    QCOMPARE(message.value(u"etag"_s).toString(), id);
    QVERIFY(message.value(u"replyToId"_s).isNull());
    QCOMPARE(message.value(u"from"_s).toObject().value(u"user"_s).toObject().value(u"displayName"_s).toString(),
             u"Alex Mentor"_s);
    QCOMPARE(message.value(u"channelIdentity"_s).toObject().value(u"teamId"_s).toString(), team);
    QVERIFY(message.value(u"webUrl"_s).toString().startsWith(u"https://teams.microsoft.com/l/message/"_s));
    QCOMPARE(message.value(u"body"_s).toObject().value(u"contentType"_s).toString(), u"html"_s);
    const auto reply
        = sandbox.postJson(sandbox.graphUrl(u"/teams/%1/channels/%2/messages/%3/replies"_s.arg(team, channel, id)),
                           {{u"body"_s, QJsonObject{{u"content"_s, u"Plain reply"_s}}}}, token);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.json().value(u"replyToId"_s).toString(), id);
    QCOMPARE(reply.json().value(u"body"_s).toObject().value(u"contentType"_s).toString(), u"text"_s);
    // The state holds both, with the exact content.
    const QJsonArray stored = sandbox.state().value(u"channelMessages"_s).toArray();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.first().toObject().value(u"body"_s).toObject().value(u"content"_s).toString(), content);
}

void TestSandboxGraphTeams::postValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("mention without tag") << QByteArray(
        R"x({"body":{"contentType":"html","content":"Hi"},"mentions":[{"id":0,"mentionText":"K"}]})x")
                                         << 400;
    QTest::newRow("tag without mention") << QByteArray(
        R"x({"body":{"contentType":"html","content":"Hi <at id=\"1\">K</at>"}})x")
                                         << 400;
    QTest::newRow("attachment mismatch") << QByteArray(
        R"x({"body":{"contentType":"html","content":"<attachment id=\"a1\"></attachment>"},"attachments":[{"id":"a2","contentType":"reference"}]})x")
                                         << 400;
    QTest::newRow("no body") << QByteArray(R"x({"subject":"x"})x") << 400;
    QTest::newRow("too large") << (QByteArray(R"x({"body":{"content":")x") + QByteArray(29 * 1024, 'a')
                                   + QByteArray(R"x("}})x"))
                               << 413;
}

void TestSandboxGraphTeams::postValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    SandboxFixture sandbox;
    const QString team = teamId(sandbox, u"Mentoring Programme"_s);
    const QString channel = channels(sandbox, team).first().toObject().value(u"id"_s).toString();
    const auto reply = sandbox.request("POST", sandbox.graphUrl(u"/teams/%1/channels/%2/messages"_s.arg(team, channel)),
                                       body, {{"Content-Type", "application/json"}}, sandbox.issueToken(kTeamsScopes));
    QCOMPARE(reply.status, status);
    QVERIFY(reply.json().value(u"error"_s).toObject().contains(u"innerError"_s));
    QCOMPARE(sandbox.state().value(u"channelMessages"_s).toArray().size(), 0);
}

void TestSandboxGraphTeams::postRateLimit()
{
    SandboxFixture sandbox;
    const QString team = teamId(sandbox, u"Engineering Guild"_s);
    const QString channel = channels(sandbox, team).first().toObject().value(u"id"_s).toString();
    const QString token = sandbox.issueToken(kTeamsScopes);
    const QUrl url = sandbox.graphUrl(u"/teams/%1/channels/%2/messages"_s.arg(team, channel));
    // Four posts within a second are fine; a burst beyond four per second is throttled.
    QList<int> statuses;
    for (int i = 0; i < 10; ++i)
        statuses << sandbox.postJson(url, {{u"body"_s, QJsonObject{{u"content"_s, u"n%1"_s.arg(i)}}}}, token).status;
    QCOMPARE(statuses.mid(0, 4), (QList<int>{201, 201, 201, 201}));
    QVERIFY(statuses.contains(429));
    const auto throttled = sandbox.postJson(url, {{u"body"_s, QJsonObject{{u"content"_s, u"again"_s}}}}, token);
    if (throttled.status == 429)
        QCOMPARE(throttled.header("Retry-After"), QByteArray("1"));
}

void TestSandboxGraphTeams::onlineMeetingsAndCreateOrGet()
{
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kTeamsScopes);
    const auto created = sandbox.postJson(sandbox.graphUrl(u"/me/onlineMeetings"_s),
                                          {{u"subject"_s, u"Drop-in"_s},
                                           {u"startDateTime"_s, u"2026-12-01T14:30:34.2444915-07:00"_s},
                                           {u"endDateTime"_s, u"2026-12-01T15:00:34.2464912-07:00"_s}},
                                          token);
    QCOMPARE(created.status, 201);
    QVERIFY(
        created.json().value(u"joinWebUrl"_s).toString().startsWith(u"https://teams.microsoft.com/l/meetup-join/"_s));
    const QJsonObject settings = created.json().value(u"joinMeetingIdSettings"_s).toObject();
    bool digits = false;
    settings.value(u"joinMeetingId"_s).toString().toLongLong(&digits);
    QVERIFY(digits);
    QVERIFY(!settings.value(u"passcode"_s).toString().isEmpty());
    const QJsonObject request{{u"externalId"_s, u"session-42"_s}, {u"subject"_s, u"Session 42"_s}};
    const auto first = sandbox.postJson(sandbox.graphUrl(u"/me/onlineMeetings/createOrGet"_s), request, token);
    QCOMPARE(first.status, 201);
    const auto second = sandbox.postJson(sandbox.graphUrl(u"/me/onlineMeetings/createOrGet"_s), request, token);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(u"id"_s).toString(), first.json().value(u"id"_s).toString());
    QCOMPARE(
        sandbox.postJson(sandbox.graphUrl(u"/me/onlineMeetings/createOrGet"_s), {{u"subject"_s, u"x"_s}}, token).status,
        400);
    const QJsonObject state = sandbox.state();
    QCOMPARE(state.value(u"onlineMeetings"_s).toArray().size(), 2);
    // No calendar event was created by any of this.
    for (const auto &event : state.value(u"events"_s).toArray())
        QVERIFY(event.toObject().value(u"subject"_s).toString() != u"Session 42"_s);
}

QTEST_GUILESS_MAIN(TestSandboxGraphTeams)
#include "tst_sandbox_graph_teams.moc"
