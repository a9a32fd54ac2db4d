#include "core/graph/GraphClient.h"
#include "core/graph/GraphRequest.h"
#include "core/outbox/Outbox.h"
#include "core/teams/MessageComposer.h"
#include "core/teams/TeamListModel.h"
#include "core/teams/TeamsService.h"
#include "support/GraphTestTokenProvider.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QStringList kScopes{u"openid"_s,
                          u"User.Read"_s,
                          u"Calendars.ReadWrite"_s,
                          u"Calendars.Read.Shared"_s,
                          u"OnlineMeetings.ReadWrite"_s,
                          u"Group.Read.All"_s,
                          u"Channel.ReadBasic.All"_s,
                          u"ChannelMessage.Send"_s};

ConsentState consent(const QStringList &granted = kScopes, bool teamsEnabled = true)
{
    ConsentState state;
    state.signedIn = true;
    state.grantedScopes = granted;
    state.grantedScopes.removeAll(u"openid"_s);
    state.teamsEnabled = teamsEnabled;
    return state;
}

// Everything a post needs, wired as the app wires it, against an in-process sandbox over real HTTP.
struct Env
{
    explicit Env(const QString &outboxPath, const QStringList &scopes = kScopes)
        : tokens(sandbox.issueToken(scopes))
        , client(&network, &tokens, sandbox.server().graphBaseUrl())
        , outbox(&client, outboxPath)
        , service(&client, &outbox)
    {
        GraphRetryPolicy policy;
        policy.initialBackoff = std::chrono::milliseconds(20);
        client.setRetryPolicy(policy);
        outbox.setRetryBackoff(std::chrono::milliseconds(50), std::chrono::milliseconds(50));
        service.setAccountKey(u"integration-account"_s);
        service.setConsentState(consent(scopes));
    }

    bool loadTeams()
    {
        QSignalSpy finished(&service, &TeamsService::teamsRefreshFinished);
        service.refreshTeams();
        return finished.wait(15000) && finished.first().at(0).value<GraphResult>().isOk();
    }

    QString teamId(const QString &name) const
    {
        for (const Team &team : service.teamModel()->teams()) {
            if (team.displayName == name)
                return team.id;
        }
        return {};
    }

    QList<Channel> channels(const QString &teamId)
    {
        QSignalSpy loaded(&service, &TeamsService::channelsLoaded);
        service.loadChannels(teamId);
        if (!loaded.wait(15000))
            return {};
        return service.channels(teamId);
    }

    ChannelTarget target(const QString &teamName, const QString &channelName)
    {
        ChannelTarget target;
        target.teamId = teamId(teamName);
        target.teamName = teamName;
        target.channelName = channelName;
        for (const Channel &channel : channels(target.teamId)) {
            if (channel.displayName == channelName)
                target.channelId = channel.id;
        }
        return target;
    }

    // Posts and waits for the terminal result (Sent or Discarded) or for the post to get stuck (Failed, Needs
    // Attention); returns the last state.
    PostState postAndWait(const ChannelTarget &to, const MessageComposer &message, PostResult *result = nullptr,
                          QString *problem = nullptr)
    {
        QSignalSpy states(&service, &TeamsService::postStateChanged);
        QSignalSpy finished(&service, &TeamsService::postFinished);
        const qint64 id = service.post(to, message, problem);
        if (id == 0)
            return PostState::Discarded;
        const auto stuck = [&] {
            for (const QList<QVariant> &state : std::as_const(states)) {
                const auto s = state.at(1).value<PostState>();
                if (state.at(0).toLongLong() == id && (s == PostState::Failed || s == PostState::NeedsAttention))
                    return true;
            }
            return false;
        };
        for (int i = 0; i < 300 && finished.isEmpty() && !stuck(); ++i)
            QTest::qWait(50);
        if (!finished.isEmpty()) {
            if (result)
                *result = finished.first().at(0).value<PostResult>();
            return finished.first().at(0).value<PostResult>().state;
        }
        return *service.postState(id);
    }

    QJsonArray messages() { return sandbox.state().value("channelMessages"_L1).toArray(); }

    QList<int> statuses(const QString &method, const QString &pathPrefix)
    {
        QList<int> result;
        for (const QJsonValue &request : sandbox.state().value("graphRequests"_L1).toArray()) {
            const QJsonObject object = request.toObject();
            if (object.value("method"_L1).toString() == method
                && object.value("path"_L1).toString().startsWith(pathPrefix))
                result << object.value("status"_L1).toInt();
        }
        return result;
    }

    // Teams refuses the next post to the team's channels with 403 Forbidden (as for a member without the right).
    void refusePostsTo(const ChannelTarget &to)
    {
        sandbox.addFault(QJsonObject{{"method"_L1, u"POST"_s},
                                     {"path"_L1, u"/v1.0/teams/%1/channels/"_s.arg(to.teamId)},
                                     {"type"_L1, u"status"_s},
                                     {"status"_L1, 403},
                                     {"code"_L1, u"Forbidden"_s}});
    }

    QString messagesPath(const ChannelTarget &to) const
    {
        return u"/v1.0/teams/%1/channels/%2/messages"_s.arg(to.teamId, to.channelId);
    }

    SandboxFixture sandbox;
    QNetworkAccessManager network;
    GraphTestTokenProvider tokens;
    GraphClient client;
    Outbox outbox;
    TeamsService service;
};

} // namespace

class TestTeamsService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString outboxPath() const
    {
        return m_dir.filePath(u"outbox-%1-%2.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction()),
                                                           QLatin1StringView(QTest::currentDataTag())));
    }

private Q_SLOTS:
    void initTestCase();
    void discoversTeamsThroughTransitiveMemberOfOverSeveralPages();
    void joinedTeamsIsNotUsable();
    void channelsShowPrivateOnesOnlyToMembers();
    void postArrivesWithExactlyTheEscapedContent_data();
    void postArrivesWithExactlyTheEscapedContent();
    void encodedChannelIdPostsToTheSameChannel();
    void oversizedPostIsRefusedBeforeSending();
    void rateLimitKeepsEveryChannelAtFourPerSecond();
    void faultsBeforeAreRetriedAndPostedOnce_data();
    void faultsBeforeAreRetriedAndPostedOnce();
    void faultsAfterNeedAttentionAndAreNeverResent_data();
    void faultsAfterNeedAttentionAndAreNeverResent();
    void forbiddenKeepsTheDraftUntilRetry();
    void postQueuedBeforeARestartIsFollowedAfterIt();
    void missingSendScopeIsReported();
    void archivedTeamIsMarkedAndRefused();
    void gateExplainsWhyTeamsFeaturesAreOff();
    void defaultChannelIsRememberedPerAccount();
    void signOutDropsTheCache();
};

void TestTeamsService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qRegisterMetaType<PostResult>();
    qRegisterMetaType<PostState>();
    qRegisterMetaType<GraphResult>();
}

void TestTeamsService::discoversTeamsThroughTransitiveMemberOfOverSeveralPages()
{
    Env env(outboxPath());
    QSignalSpy progress(&env.service, &TeamsService::teamsRefreshProgress);
    QVERIFY(env.loadTeams());
    QStringList names;
    for (const Team &team : env.service.teamModel()->teams())
        names << team.displayName;
    // Sorted by name; plain groups, the team without resourceProvisioningOptions ("Legacy Mentors": Microsoft
    // does not list such old teams either) and the team the mentor is not in ("Finance Team") are left out.
    QCOMPARE(names,
             (QStringList{u"Archived Cohort 2024"_s, u"Engineering Guild"_s, u"Mentoring Programme"_s,
                          u"New Joiners 2026"_s}));
    QVERIFY(env.service.groupsWithoutProvisioning() > 0);
    QVERIFY(env.service.teamsLoaded());

    // Every page was read (22 groups, 10 per page), and /me/joinedTeams was never asked.
    const QList<int> pages = env.statuses(u"GET"_s, u"/v1.0/me/transitiveMemberOf/microsoft.graph.group"_s);
    QCOMPARE(pages, (QList<int>{200, 200, 200}));
    QCOMPARE(progress.count(), 3);
    QVERIFY(env.statuses(u"GET"_s, u"/v1.0/me/joinedTeams"_s).isEmpty());

    // Archive states arrive through $batch right after the list.
    const QString archived = env.teamId(u"Archived Cohort 2024"_s);
    QTRY_VERIFY_WITH_TIMEOUT(env.service.team(archived)->isArchived(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(env.service.team(env.teamId(u"Mentoring Programme"_s))->archived, Team::Archived::No,
                              10000);
    QVERIFY(!env.statuses(u"POST"_s, u"/v1.0/$batch"_s).isEmpty());
    QVERIFY(env.service.teamModel()->index(0).data(TeamListModel::BadgeTextRole).toString() == u"Archived"_s);

    // Cached for the session: ensureTeams() does not ask again.
    env.service.ensureTeams();
    QTest::qWait(100);
    QCOMPARE(env.statuses(u"GET"_s, u"/v1.0/me/transitiveMemberOf"_s).size(), 3);
}

void TestTeamsService::joinedTeamsIsNotUsable()
{
    // Why the service reads transitiveMemberOf: with the app's scopes, /me/joinedTeams is 403.
    SandboxFixture sandbox;
    const QString token = sandbox.issueToken(kScopes);
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/me/joinedTeams"_s), token).status, 403);
    // GET /teams/{id} (for isArchived) does accept Group.Read.All.
    QString archived;
    for (const QJsonValue &group :
         sandbox.get(sandbox.graphUrl(u"/me/transitiveMemberOf/microsoft.graph.group?$top=50"_s), token)
             .json()
             .value("value"_L1)
             .toArray()) {
        if (group.toObject().value("displayName"_L1).toString() == "Archived Cohort 2024"_L1)
            archived = group.toObject().value("id"_L1).toString();
    }
    QVERIFY(!archived.isEmpty());
    const auto team = sandbox.get(sandbox.graphUrl(u"/teams/%1?$select=id,isArchived"_s.arg(archived)), token);
    QCOMPARE(team.status, 200);
    QCOMPARE(team.json().value("isArchived"_L1).toBool(), true);
    QVERIFY(!team.json().contains("displayName"_L1));
    QCOMPARE(sandbox.get(sandbox.graphUrl(u"/teams/%1"_s.arg(archived)), sandbox.issueToken({u"User.Read"_s})).status,
             403);
}

void TestTeamsService::channelsShowPrivateOnesOnlyToMembers()
{
    Env env(outboxPath());
    QVERIFY(env.loadTeams());
    QStringList channels;
    for (const Channel &channel : env.channels(env.teamId(u"Mentoring Programme"_s)))
        channels << channel.displayName + u':' + Channel::membershipTypeToString(channel.membershipType);
    channels.sort();
    // "HR Confidential" is private and the mentor is not in it: Graph does not list it.
    QCOMPARE(channels,
             (QStringList{u"Announcements:standard"_s, u"Cross-company Mentors:shared"_s, u"General:standard"_s,
                          u"Mentor Leads:private"_s}));
    QStringList guild;
    for (const Channel &channel : env.channels(env.teamId(u"Engineering Guild"_s)))
        guild << channel.displayName;
    guild.sort();
    QCOMPARE(guild, (QStringList{u"Architecture"_s, u"General"_s}));
    for (const Channel &channel : env.service.channels(env.teamId(u"Engineering Guild"_s)))
        QVERIFY2(channel.id.startsWith(u"19:"_s) && channel.id.endsWith(u"@thread.tacv2"_s), qPrintable(channel.id));

    // Cached per team: a second load answers without a request.
    const int before = env.statuses(u"GET"_s, u"/v1.0/teams/"_s).size();
    QSignalSpy loaded(&env.service, &TeamsService::channelsLoaded);
    env.service.loadChannels(env.teamId(u"Engineering Guild"_s));
    QVERIFY(loaded.wait(5000));
    QVERIFY(loaded.first().at(1).value<GraphResult>().isOk());
    QCOMPARE(env.statuses(u"GET"_s, u"/v1.0/teams/"_s).size(), before);
}

void TestTeamsService::postArrivesWithExactlyTheEscapedContent_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("content");

    QTest::newRow("script") << u"<script>alert(1)</script>"_s << u"<script>alert('hi')</script>"_s
                            << u"<p>&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;</p>"_s;
    // An <at> tag without a matching mention would be a 400; escaped, it is just text.
    QTest::newRow("mention tag") << QString() << u"Hi <at id=\"0\">Jane Smith</at>!"_s
                                 << u"<p>Hi &lt;at id=&quot;0&quot;&gt;Jane Smith&lt;/at&gt;!</p>"_s;
    QTest::newRow("attachment tag") << QString() << u"<attachment id=\"74d2\"></attachment>"_s
                                    << u"<p>&lt;attachment id=&quot;74d2&quot;&gt;&lt;/attachment&gt;</p>"_s;
    QTest::newRow("entity") << u"Q&A"_s << u"Fish &amp; chips"_s << u"<p>Fish &amp;amp; chips</p>"_s;
    QTest::newRow("emoji and rtl") << u"🎉 שלום"_s << u"🎉 **مرحبا** بالعالم\n- שלום עולם"_s
                                   << u"<p>🎉 <strong>مرحبا</strong> بالعالم</p><ul><li>שלום עולם</li></ul>"_s;
    QTest::newRow("formatting and link") << u"Sessions"_s
                                         << u"**New** sessions, see [the plan](https://example.org/p?a=1&b=2)"_s
                                         << u"<p><strong>New</strong> sessions, see "
                                            "<a href=\"https://example.org/p?a=1&amp;b=2\">the plan</a></p>"_s;
}

void TestTeamsService::postArrivesWithExactlyTheEscapedContent()
{
    QFETCH(QString, subject);
    QFETCH(QString, text);
    QFETCH(QString, content);
    Env env(outboxPath());
    QVERIFY(env.loadTeams());
    const ChannelTarget to = env.target(u"Mentoring Programme"_s, u"Announcements"_s);
    QVERIFY(to.isValid());
    const MessageComposer message(subject, text, ChatMessage::Importance::High);
    QCOMPARE(message.html(), content);
    PostResult result;
    QCOMPARE(env.postAndWait(to, message, &result), PostState::Sent);
    QVERIFY(result.isSent());

    const QJsonArray messages = env.messages();
    QCOMPARE(messages.size(), 1);
    const QJsonObject resource = messages.first().toObject();
    QCOMPARE(resource.value("body"_L1).toObject().value("content"_L1).toString(), content);
    QCOMPARE(resource.value("body"_L1).toObject().value("contentType"_L1).toString(), u"html"_s);
    QCOMPARE(resource.value("importance"_L1).toString(), u"high"_s);
    if (subject.isEmpty())
        QVERIFY(resource.value("subject"_L1).isNull());
    else
        QCOMPARE(resource.value("subject"_L1).toString(), subject);
    QVERIFY(resource.value("mentions"_L1).toArray().isEmpty());
    QVERIFY(resource.value("attachments"_L1).toArray().isEmpty());
    QCOMPARE(resource.value("channelIdentity"_L1).toObject().value("channelId"_L1).toString(), to.channelId);
    // The result links to the message in Teams.
    QCOMPARE(result.message.id, resource.value("id"_L1).toString());
    QCOMPARE(result.message.webUrl.toString(QUrl::FullyEncoded), resource.value("webUrl"_L1).toString());
    QVERIFY(result.message.webUrl.toString().startsWith(u"https://teams.microsoft.com/l/message/"_s));
    QCOMPARE(env.statuses(u"POST"_s, env.messagesPath(to)), QList<int>{201});
    QCOMPARE(env.outbox.size(), 0);
}

void TestTeamsService::encodedChannelIdPostsToTheSameChannel()
{
    Env env(outboxPath());
    QVERIFY(env.loadTeams());
    ChannelTarget to = env.target(u"Mentoring Programme"_s, u"Mentor Leads"_s);
    const QString raw = to.channelId;
    to.channelId = QString::fromLatin1(QUrl::toPercentEncoding(raw)); // as a Teams link carries it
    QVERIFY(to.channelId.startsWith(u"19%3A"_s));
    QCOMPARE(env.postAndWait(to, MessageComposer({}, u"Encoded id"_s)), PostState::Sent);
    const QJsonObject stored = env.messages().first().toObject();
    QCOMPARE(stored.value("channelIdentity"_L1).toObject().value("channelId"_L1).toString(), raw);
}

void TestTeamsService::oversizedPostIsRefusedBeforeSending()
{
    Env env(outboxPath());
    QVERIFY(env.loadTeams());
    const ChannelTarget to = env.target(u"Engineering Guild"_s, u"General"_s);
    MessageComposer message;
    message.setText(u"x"_s);
    const qsizetype overhead = message.requestBytes() - 1;

    message.setText(QString(u'<').repeated((MessageComposer::kMaxRequestBytes - overhead) / 4 + 1)); // &lt; each
    QVERIFY(message.requestBytes() > MessageComposer::kMaxRequestBytes);
    QString problem;
    QCOMPARE(env.service.post(to, message, &problem), 0);
    QVERIFY2(problem.contains(u"too long"_s), qPrintable(problem));
    QTest::qWait(100);
    QVERIFY(env.statuses(u"POST"_s, u"/v1.0/teams/"_s).isEmpty()); // nothing left the computer: no 413

    // Exactly at the limit it goes, and Teams (the sandbox) takes it: the client-side limit is the real one.
    message.setText(QString(u'x').repeated(MessageComposer::kMaxRequestBytes - overhead));
    QCOMPARE(message.requestBytes(), MessageComposer::kMaxRequestBytes);
    QCOMPARE(env.postAndWait(to, message), PostState::Sent);
    QCOMPARE(env.statuses(u"POST"_s, u"/v1.0/teams/"_s), QList<int>{201});
}

void TestTeamsService::rateLimitKeepsEveryChannelAtFourPerSecond()
{
    Env env(outboxPath());
    QVERIFY(env.loadTeams());
    const ChannelTarget to = env.target(u"New Joiners 2026"_s, u"Welcome"_s);
    QSignalSpy finished(&env.service, &TeamsService::postFinished);
    QList<qint64> ids;
    for (int i = 0; i < 10; ++i)
        ids << env.service.post(to, MessageComposer({}, u"Welcome %1"_s.arg(i)));
    QVERIFY(!ids.contains(0));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 10, 20000);
    for (const QList<QVariant> &result : std::as_const(finished))
        QVERIFY(result.at(0).value<PostResult>().isSent());
    // All ten arrived, in order, and Teams never had to say 429.
    QCOMPARE(env.statuses(u"POST"_s, env.messagesPath(to)), QList<int>(10, 201));
    const QJsonArray messages = env.messages();
    QCOMPARE(messages.size(), 10);
    for (int i = 0; i < 10; ++i) {
        const QJsonObject resource = messages.at(i).toObject();
        QCOMPARE(resource.value("body"_L1).toObject().value("content"_L1).toString(), u"<p>Welcome %1</p>"_s.arg(i));
    }
}

void TestTeamsService::faultsBeforeAreRetriedAndPostedOnce_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("429 with Retry-After") << 429 << 1;
    QTest::newRow("503") << 503 << -1;
}

void TestTeamsService::faultsBeforeAreRetriedAndPostedOnce()
{
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    Env env(outboxPath());
    QVERIFY(env.loadTeams());
    const ChannelTarget to = env.target(u"Mentoring Programme"_s, u"General"_s);
    QJsonObject fault{{"method"_L1, u"POST"_s},
                      {"path"_L1, u"/v1.0/teams/%1/channels/"_s.arg(to.teamId)},
                      {"when"_L1, u"before"_s},
                      {"type"_L1, u"status"_s},
                      {"status"_L1, status}};
    if (retryAfter >= 0)
        fault.insert("retryAfter"_L1, retryAfter);
    env.sandbox.addFault(fault);
    QSignalSpy states(&env.service, &TeamsService::postStateChanged);
    QCOMPARE(env.postAndWait(to, MessageComposer({}, u"Sessions open on Friday"_s)), PostState::Sent);
    bool retried = false;
    for (const QList<QVariant> &state : std::as_const(states))
        retried = retried || state.at(1).value<PostState>() == PostState::Retrying;
    QVERIFY(retried);
    // Refused once (nothing was done), then posted: exactly one message.
    QCOMPARE(env.statuses(u"POST"_s, env.messagesPath(to)), (QList<int>{status, 201}));
    QCOMPARE(env.messages().size(), 1);
}

void TestTeamsService::faultsAfterNeedAttentionAndAreNeverResent_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("status");
    QTest::newRow("dropped reply") << u"drop"_s << 0;
    QTest::newRow("504 after processing") << u"status"_s << 504;
}

void TestTeamsService::faultsAfterNeedAttentionAndAreNeverResent()
{
    QFETCH(QString, type);
    QFETCH(int, status);
    Env env(outboxPath());
    QVERIFY(env.loadTeams());
    const ChannelTarget to = env.target(u"Mentoring Programme"_s, u"General"_s);
    QJsonObject fault{{"method"_L1, u"POST"_s},
                      {"path"_L1, u"/v1.0/teams/%1/channels/"_s.arg(to.teamId)},
                      {"when"_L1, u"after"_s},
                      {"type"_L1, type}};
    if (status > 0)
        fault.insert("status"_L1, status);
    env.sandbox.addFault(fault);
    QSignalSpy finished(&env.service, &TeamsService::postFinished);
    const qint64 id = env.service.post(to, MessageComposer({}, u"Unknown outcome"_s));
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(env.service.postState(id).value_or(PostState::Sent), PostState::NeedsAttention, 10000);
    QVERIFY(env.service.postStatusText(id).contains(u"could not confirm"_s));
    QTest::qWait(500); // ten outbox backoff periods: nothing is sent again by itself
    QCOMPARE(env.statuses(u"POST"_s, env.messagesPath(to)).size(), 1);
    QCOMPARE(env.messages().size(), 1); // it did arrive: a resend would have posted it twice
    QCOMPARE(*env.service.postState(id), PostState::NeedsAttention);
    QCOMPARE(finished.count(), 0);

    // The user saw it in the channel and discards the draft.
    QVERIFY(env.service.discardPost(id));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).value<PostResult>().state, PostState::Discarded);
    QCOMPARE(env.messages().size(), 1);
    QCOMPARE(env.outbox.size(), 0);
}

void TestTeamsService::forbiddenKeepsTheDraftUntilRetry()
{
    Env env(outboxPath());
    QVERIFY(env.loadTeams());
    const ChannelTarget to = env.target(u"Engineering Guild"_s, u"Architecture"_s);
    env.refusePostsTo(to);
    QSignalSpy finished(&env.service, &TeamsService::postFinished);
    const qint64 id = env.service.post(to, MessageComposer(u"Design review"_s, u"Thursday at 10"_s));
    QTRY_COMPARE_WITH_TIMEOUT(env.service.postState(id).value_or(PostState::Sent), PostState::Failed, 10000);
    QVERIFY(env.service.postStatusText(id).contains(u"text is kept"_s));
    QTest::qWait(300);
    QCOMPARE(env.statuses(u"POST"_s, env.messagesPath(to)), QList<int>{403}); // refused: not retried by itself
    QCOMPARE(env.outbox.count(OutboxState::Failed), 1);

    QVERIFY(env.service.retryPost(id));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY(finished.first().at(0).value<PostResult>().isSent());
    QCOMPARE(env.statuses(u"POST"_s, env.messagesPath(to)), (QList<int>{403, 201}));
    QCOMPARE(env.messages().size(), 1);
    QVERIFY(!env.service.retryPost(id)); // finished
}

void TestTeamsService::postQueuedBeforeARestartIsFollowedAfterIt()
{
    Env env(outboxPath());
    QVERIFY(env.loadTeams());
    const ChannelTarget to = env.target(u"Engineering Guild"_s, u"Architecture"_s);
    env.refusePostsTo(to);
    const qint64 before = env.service.post(to, MessageComposer(u"Design review"_s, u"Thursday at 10"_s));
    QTRY_COMPARE_WITH_TIMEOUT(env.service.postState(before).value_or(PostState::Sent), PostState::Failed, 10000);

    // The app starts again on the same outbox file: the stored post is the service's again, with its channel.
    Outbox outbox(&env.client, outboxPath());
    TeamsService service(&env.client, &outbox);
    service.setAccountKey(u"integration-account"_s);
    service.setConsentState(consent());
    QCOMPARE(outbox.size(), 1);
    const qint64 id = 1; // the first post this service knows
    QCOMPARE(service.postState(id).value_or(PostState::Sent), PostState::Failed);
    QVERIFY2(service.postStatusText(id).contains(u"text is kept"_s), qPrintable(service.postStatusText(id)));
    QSignalSpy finished(&service, &TeamsService::postFinished);
    QVERIFY(service.retryPost(id));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const PostResult result = finished.first().at(0).value<PostResult>();
    QVERIFY(result.isSent());
    QCOMPARE(result.postId, id);
    QCOMPARE(result.target.teamId, to.teamId);
    QCOMPARE(result.target.channelId, to.channelId);
    QCOMPARE(env.statuses(u"POST"_s, env.messagesPath(to)), (QList<int>{403, 201})); // once refused, once sent
    QCOMPARE(env.messages().size(), 1);
}

void TestTeamsService::missingSendScopeIsReported()
{
    // A token without ChannelMessage.Send (e.g. consent changed meanwhile): Teams says 403, nothing is posted.
    Env env(outboxPath(), {u"User.Read"_s, u"Group.Read.All"_s, u"Channel.ReadBasic.All"_s});
    env.service.setConsentState(consent()); // the app still believes it may post
    QVERIFY(env.loadTeams());
    const ChannelTarget to = env.target(u"Mentoring Programme"_s, u"General"_s);
    PostResult result;
    QCOMPARE(env.postAndWait(to, MessageComposer({}, u"hello"_s), &result), PostState::Failed);
    QCOMPARE(env.statuses(u"POST"_s, env.messagesPath(to)), QList<int>{403});
    QVERIFY(env.messages().isEmpty());
}

void TestTeamsService::archivedTeamIsMarkedAndRefused()
{
    Env env(outboxPath());
    QVERIFY(env.loadTeams());
    const QString archived = env.teamId(u"Archived Cohort 2024"_s);
    ChannelTarget to = env.target(u"Archived Cohort 2024"_s, u"General"_s);
    QVERIFY(to.isValid()); // its channels can still be listed
    QTRY_VERIFY_WITH_TIMEOUT(env.service.team(archived)->isArchived(), 10000);
    QString problem;
    QCOMPARE(env.service.post(to, MessageComposer({}, u"x"_s), &problem), 0);
    QVERIFY2(problem.contains(u"archived"_s), qPrintable(problem));
    QVERIFY(env.statuses(u"POST"_s, env.messagesPath(to)).isEmpty());

    // When the archive state could not be learnt up front (here: the $batch fails), Teams refuses the post with
    // 403, nothing arrives, and the service then asks and marks the team.
    Env fresh(outboxPath() + u".2"_s);
    fresh.sandbox.addFault(QJsonObject{{"method"_L1, u"POST"_s},
                                       {"path"_L1, u"/v1.0/$batch"_s},
                                       {"type"_L1, u"status"_s},
                                       {"status"_L1, 500},
                                       {"count"_L1, 10}});
    QVERIFY(fresh.loadTeams());
    QTRY_VERIFY_WITH_TIMEOUT(!fresh.statuses(u"POST"_s, u"/v1.0/$batch"_s).isEmpty(), 10000);
    QTest::qWait(100);
    QCOMPARE(fresh.service.team(archived)->archived, Team::Archived::Unknown);
    QSignalSpy updated(&fresh.service, &TeamsService::teamUpdated);
    QCOMPARE(fresh.postAndWait(to, MessageComposer({}, u"x"_s)), PostState::Failed);
    QCOMPARE(fresh.statuses(u"POST"_s, fresh.messagesPath(to)), QList<int>{403});
    QTRY_VERIFY_WITH_TIMEOUT(fresh.service.team(archived)->isArchived(), 10000);
    QVERIFY(!updated.isEmpty());
    QVERIFY(fresh.messages().isEmpty());
}

void TestTeamsService::gateExplainsWhyTeamsFeaturesAreOff()
{
    Env env(outboxPath());
    // Signed in, Outlook permissions only, Teams features not turned on.
    env.service.setConsentState(consent({u"User.Read"_s, u"Calendars.ReadWrite"_s}, false));
    for (const Feature feature : {Feature::ListTeams, Feature::ListChannels, Feature::PostToChannel}) {
        const FeatureAvailability gate = env.service.availability(feature);
        QCOMPARE(gate.reason, FeatureAvailability::Reason::TeamsNotEnabled);
        QVERIFY(gate.message.contains(u"Permissions"_s));
    }
    QSignalSpy finished(&env.service, &TeamsService::teamsRefreshFinished);
    env.service.refreshTeams();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().at(0).value<GraphResult>().status, GraphStatus::PermissionDenied);
    QString problem;
    ChannelTarget to{u"team"_s, u"19:x@thread.tacv2"_s, {}, {}};
    QCOMPARE(env.service.post(to, MessageComposer({}, u"x"_s), &problem), 0);
    QVERIFY(problem.contains(u"Teams features"_s));
    QVERIFY(env.statuses(u"GET"_s, u"/v1.0/"_s).isEmpty()); // nothing was asked of Graph

    // Turned on, but an administrator has yet to approve Group.Read.All.
    ConsentState pending = consent({u"User.Read"_s, u"Channel.ReadBasic.All"_s, u"ChannelMessage.Send"_s});
    pending.adminApprovalPending = true;
    env.service.setConsentState(pending);
    QCOMPARE(env.service.availability(Feature::ListTeams).reason, FeatureAvailability::Reason::AdminApprovalNeeded);
    // Posting needs the channel list too, so it waits for the same approval; the message says so.
    QCOMPARE(env.service.availability(Feature::PostToChannel).reason, FeatureAvailability::Reason::AdminApprovalNeeded);
    QVERIFY(env.service.availability(Feature::PostToChannel).message.contains(u"administrator"_s));

    // Declined.
    env.service.setConsentState(consent({u"User.Read"_s}));
    QCOMPARE(env.service.availability(Feature::PostToChannel).reason, FeatureAvailability::Reason::NotGranted);

    // A personal account never gets them.
    ConsentState personal = consent({u"User.Read"_s, u"Calendars.ReadWrite"_s}, false);
    personal.accountKind = AccountKind::Personal;
    env.service.setConsentState(personal);
    QCOMPARE(env.service.availability(Feature::ListTeams).reason, FeatureAvailability::Reason::PersonalAccount);
}

void TestTeamsService::defaultChannelIsRememberedPerAccount()
{
    Env env(outboxPath());
    QVERIFY(!env.service.defaultChannel().isValid());
    QVERIFY(env.loadTeams());
    ChannelTarget to = env.target(u"Mentoring Programme"_s, u"Announcements"_s);
    QSignalSpy changed(&env.service, &TeamsService::defaultChannelChanged);
    env.service.setDefaultChannel(to);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(env.service.defaultChannel(), to);
    QCOMPARE(env.service.defaultChannel().channelName, u"Announcements"_s);

    // Another service for the same account (the next start) knows it; another account does not.
    TeamsService again(&env.client, &env.outbox);
    again.setAccountKey(u"integration-account"_s);
    QCOMPARE(again.defaultChannel(), to);
    again.setAccountKey(u"someone-else"_s);
    QVERIFY(!again.defaultChannel().isValid());
    // Stored under the account's settings group, which sign-out removes; ids and names only.
    QSettings settings;
    QCOMPARE(settings.value(u"accounts/integration-account/teams/defaultChannelId"_s).toString(), to.channelId);
    env.service.setDefaultChannel({});
    QVERIFY(!env.service.defaultChannel().isValid());
}

void TestTeamsService::signOutDropsTheCache()
{
    Env env(outboxPath());
    QVERIFY(env.loadTeams());
    const QString guild = env.teamId(u"Engineering Guild"_s);
    QVERIFY(!env.channels(guild).isEmpty());
    QVERIFY(env.service.hasChannels(guild));
    env.service.setAccountKey(QString());
    QVERIFY(!env.service.teamsLoaded());
    QCOMPARE(env.service.teamModel()->rowCount(), 0);
    QVERIFY(!env.service.hasChannels(guild));
    QVERIFY(!env.service.defaultChannel().isValid());
}

QTEST_GUILESS_MAIN(TestTeamsService)
#include "tst_teamsservice.moc"
