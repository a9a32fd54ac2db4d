#include "core/common/Clock.h"
#include "core/graph/GraphClient.h"
#include "core/graph/jobs/GetTeamJob.h"
#include "core/graph/jobs/ListChannelsJob.h"
#include "core/graph/jobs/ListMyTeamsJob.h"
#include "core/graph/writes/PostChannelMessageWrite.h"
#include "core/teams/ChannelListModel.h"
#include "core/teams/ChannelRateLimiter.h"
#include "core/teams/TeamListModel.h"
#include "support/Fixtures.h"
#include "support/GraphFakeNetwork.h"
#include "support/GraphTestTokenProvider.h"
#include "support/WriteRunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {
const QUrl kBase(u"https://graph.microsoft.com/v1.0"_s);

FakeReply fixture(const QString &name)
{
    return FakeReply::fixture(u"teams/%1.json"_s.arg(name));
}
} // namespace

// The Teams jobs over recorded replies (tests/data/teams), the channel rate limiter and the list models.
class TestTeamsJobs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GraphFakeNetwork> m_network;
    std::unique_ptr<GraphTestTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;

    template<typename Job>
    Job *own(Job *job)
    {
        job->setParent(m_client.get());
        job->setAutoDelete(false);
        return job;
    }

    bool run(GraphJob *job)
    {
        QSignalSpy spy(job, &GraphJob::finished);
        job->start();
        return spy.wait(10000) && spy.count() == 1;
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void listMyTeamsFiltersClientSideOverPages();
    void listMyTeamsWithoutGroupDetails();
    void listMyTeamsPageSize();
    void getTeamReadsArchived();
    void listChannelsMarksKinds();
    void postChannelMessage();
    void postChannelMessageForbidden();
    void channelIdsNormalize_data();
    void channelIdsNormalize();
    void rateLimiterAllowsFourAnswersPerSecond();
    void teamModelSortsAndMarksArchived();
    void channelModelPutsGeneralFirst();
};

void TestTeamsJobs::init()
{
    m_network = std::make_unique<GraphFakeNetwork>();
    m_tokens = std::make_unique<GraphTestTokenProvider>(u"token"_s);
    m_client = std::make_unique<GraphClient>(m_network.get(), m_tokens.get(), kBase);
}

void TestTeamsJobs::cleanup()
{
    m_client.reset();
    m_tokens.reset();
    m_network.reset();
}

void TestTeamsJobs::listMyTeamsFiltersClientSideOverPages()
{
    m_network->enqueue(
        "GET", u"/v1.0/me/transitiveMemberOf/microsoft.graph.group"_s,
        QList<FakeReply>{fixture(u"transitiveMemberOf-page1"_s), fixture(u"transitiveMemberOf-page2"_s)});
    auto *job = own(new ListMyTeamsJob(m_client.get()));
    QVERIFY(run(job));
    QVERIFY(job->result().isOk());
    QCOMPARE(job->pageCount(), 2);
    QCOMPARE(job->groupCount(), 7);
    QStringList names;
    for (const Team &team : job->teams())
        names << team.displayName;
    // "Team" in resourceProvisioningOptions, in any case and among other options; nothing else.
    QCOMPARE(names, (QStringList{u"Mentoring Programme"_s, u"Engineering Guild"_s, u"Ärzte & Pflege <Team>"_s}));
    // Absent, null or empty: not listed (Microsoft's known issue for old teams), but counted.
    QCOMPARE(job->groupsWithoutProvisioning(), 3);
    QCOMPARE(job->groupsWithoutDetails(), 0);
    QCOMPARE(job->teams().at(1).description, QString()); // null reads as empty
    QCOMPARE(job->teams().at(0).archived, Team::Archived::Unknown);

    const QList<RecordedRequest> &requests = m_network->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).url.path(), u"/v1.0/me/transitiveMemberOf/microsoft.graph.group"_s);
    QCOMPARE(QUrlQuery(requests.at(0).url).queryItemValue(u"$select"_s),
             u"id,displayName,description,resourceProvisioningOptions"_s);
    // The filter is client-side: Graph rejects $filter on resourceProvisioningOptions here.
    QVERIFY(!requests.at(0).url.query().contains(u"filter"_s));
    QVERIFY(requests.at(1).url.query().contains(u"skiptoken"_s));
}

void TestTeamsJobs::listMyTeamsWithoutGroupDetails()
{
    m_network->enqueue("GET", u"/v1.0/me/transitiveMemberOf"_s, fixture(u"transitiveMemberOf-limited"_s));
    auto *job = own(new ListMyTeamsJob(m_client.get()));
    QVERIFY(run(job));
    QVERIFY(job->result().isOk());
    QCOMPARE(job->groupCount(), 2);
    QCOMPARE(job->groupsWithoutDetails(), 2);
    QVERIFY(job->teams().isEmpty());
}

void TestTeamsJobs::listMyTeamsPageSize()
{
    m_network->enqueue("GET", u"/v1.0/me/transitiveMemberOf"_s, fixture(u"transitiveMemberOf-page2"_s));
    auto *job = own(new ListMyTeamsJob(m_client.get()));
    job->setPageSize(5000);
    QVERIFY(run(job));
    QCOMPARE(QUrlQuery(m_network->requests().at(0).url).queryItemValue(u"$top"_s), u"999"_s);
}

void TestTeamsJobs::getTeamReadsArchived()
{
    m_network->enqueue("GET", u"/v1.0/teams/0b1c0000-0000-4000-8000-000000000002"_s, fixture(u"team-archived"_s));
    auto *job = own(new GetTeamJob(m_client.get(), u"0b1c0000-0000-4000-8000-000000000002"_s));
    QVERIFY(run(job));
    QVERIFY(job->result().isOk());
    QVERIFY(job->team().isArchived());
    QVERIFY(!job->team().isPostable());
    QCOMPARE(QUrlQuery(m_network->requests().at(0).url).queryItemValue(u"$select"_s),
             u"id,displayName,description,isArchived"_s);
}

void TestTeamsJobs::listChannelsMarksKinds()
{
    const QString teamId = u"0b1c0000-0000-4000-8000-000000000002"_s;
    m_network->enqueue("GET", u"/v1.0/teams/%1/channels"_s.arg(teamId), fixture(u"channels"_s));
    auto *job = own(new ListChannelsJob(m_client.get(), teamId));
    QVERIFY(run(job));
    QVERIFY(job->result().isOk());
    const QList<Channel> &channels = job->channels();
    QCOMPARE(channels.size(), 4);
    QCOMPARE(channels.at(0).membershipType, Channel::MembershipType::Standard);
    QCOMPARE(channels.at(1).membershipType, Channel::MembershipType::Private);
    QCOMPARE(channels.at(2).membershipType, Channel::MembershipType::Shared);
    QCOMPARE(channels.at(3).membershipType, Channel::MembershipType::Unknown);
    QCOMPARE(channels.at(0).teamId, teamId);
    QVERIFY(channels.at(0).webUrl.isValid());
    QVERIFY(channels.at(2).webUrl.isEmpty()); // not https: dropped
    QCOMPARE(channels.at(3).id, u"19:11112222333344445555666677778888@thread.tacv2"_s); // decoded
}

void TestTeamsJobs::postChannelMessage()
{
    const QString teamId = u"0b1c0000-0000-4000-8000-000000000002"_s;
    const QString channelId = u"19:9a1f0c2d3e4b5a6978877665544332211@thread.tacv2"_s;
    m_network->enqueue("POST", u"/v1.0/teams/%1/channels/"_s.arg(teamId), fixture(u"message-created"_s));
    const QJsonObject message = PostChannelMessageWrite::messageJson(
        u"Sessions open on Friday"_s, u"<p>Hello &amp; welcome</p>"_s, ChatMessage::Importance::High);
    WriteRunner runner(m_client.get());
    const GraphResult result
        = runner.run<PostChannelMessageWrite>(PostChannelMessageWrite::request(teamId, channelId, message));
    QVERIFY(result.isOk());
    const ChatMessage posted = PostChannelMessageWrite::parseReply(result.json);
    QCOMPARE(posted.id, u"1616990032035"_s);
    QCOMPARE(posted.importance, ChatMessage::Importance::High);
    QCOMPARE(posted.channelId, channelId);
    QCOMPARE(posted.bodyContent, u"<p>Hello &amp; welcome</p>"_s);
    QVERIFY(posted.webUrl.toString().startsWith(u"https://teams.microsoft.com/l/message/"_s));
    QCOMPARE(posted.createdDateTime, QDateTime(QDate(2026, 11, 25), QTime(9, 0, 32, 35), QTimeZone::utc()));

    const RecordedRequest &request = m_network->requests().at(0);
    QCOMPARE(request.url.path(QUrl::FullyEncoded), u"/v1.0/teams/%1/channels/%2/messages"_s.arg(teamId, channelId));
    QCOMPARE(request.header("content-type"), "application/json");
    const QJsonObject sent = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(sent, message);
    QCOMPARE(sent.value("body"_L1).toObject().value("contentType"_L1).toString(), u"html"_s);
}

void TestTeamsJobs::postChannelMessageForbidden()
{
    m_network->enqueue("POST", u"/v1.0/teams/"_s, fixture(u"403-missing-send-scope"_s));
    WriteRunner runner(m_client.get());
    const GraphResult result = runner.run<PostChannelMessageWrite>(PostChannelMessageWrite::request(
        u"t"_s, u"19:c@thread.tacv2"_s,
        PostChannelMessageWrite::messageJson({}, u"<p>x</p>"_s, ChatMessage::Importance::Normal)));
    QCOMPARE(result.status, GraphStatus::PermissionDenied);
    QCOMPARE(result.error.code, u"Forbidden"_s);
    QCOMPARE(m_network->requests().size(), 1); // a refused write is not repeated
}

void TestTeamsJobs::channelIdsNormalize_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("raw") << u"19:abc@thread.tacv2"_s;
    QTest::newRow("lower-case encoding") << u"19%3aabc%40thread.tacv2"_s;
    QTest::newRow("upper-case encoding") << u"19%3Aabc%40thread.tacv2"_s;
    QTest::newRow("spaces around") << u" 19:abc@thread.tacv2 "_s;
}

void TestTeamsJobs::channelIdsNormalize()
{
    QFETCH(QString, id);
    QCOMPARE(Channel::normalizeId(id), u"19:abc@thread.tacv2"_s);
    const GraphRequest request = PostChannelMessageWrite::request(u"t"_s, id, {});
    QCOMPARE(request.path, u"/teams/t/channels/19:abc@thread.tacv2/messages"_s);
    QString team;
    QString channel;
    QVERIFY(PostChannelMessageWrite::parseTarget(request, &team, &channel)); // a post stored before a restart
    QCOMPARE(team, u"t"_s);
    QCOMPARE(channel, u"19:abc@thread.tacv2"_s);
}

void TestTeamsJobs::rateLimiterAllowsFourAnswersPerSecond()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()));
    ChannelRateLimiter limiter(&clock, 4);
    const QString a = u"team/19:a@thread.tacv2"_s;
    const QString b = u"team/19:b@thread.tacv2"_s;
    QCOMPARE(limiter.waitMs(a), 0);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(limiter.waitMs(a), 0);
        limiter.recordAnswer(a);
        clock.setNowUtc(clock.nowUtc().addMSecs(100));
    }
    // Four answers at 0, 100, 200, 300 ms; now 400 ms: the next may start when the first leaves, at 1000 ms.
    QCOMPARE(limiter.waitMs(a), 600);
    QCOMPARE(limiter.waitMs(b), 0); // per channel
    clock.setNowUtc(clock.nowUtc().addMSecs(599));
    QCOMPARE(limiter.waitMs(a), 1);
    clock.setNowUtc(clock.nowUtc().addMSecs(1));
    QCOMPARE(limiter.waitMs(a), 0);
    limiter.clear();
    QCOMPARE(limiter.waitMs(a), 0);
}

void TestTeamsJobs::teamModelSortsAndMarksArchived()
{
    TeamListModel model;
    Team zeta{u"z"_s, u"zeta team"_s, u""_s, Team::Archived::Unknown};
    Team alpha{u"a"_s, u"Alpha"_s, u"First"_s, Team::Archived::No};
    Team ten{u"b"_s, u"cohort B"_s, {}, Team::Archived::Unknown};
    Team two{u"2"_s, u"Cohort A"_s, {}, Team::Archived::Yes};
    model.setTeams({zeta, ten, alpha, two});
    QCOMPARE(model.rowCount(), 4);
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row)
        order << model.index(row).data().toString();
    QCOMPARE(order, (QStringList{u"Alpha"_s, u"Cohort A"_s, u"cohort B"_s, u"zeta team"_s})); // case-insensitive
    const QModelIndex archived = model.index(1);
    QCOMPARE(archived.data(TeamListModel::BadgeTextRole).toString(), u"Archived"_s);
    QCOMPARE(archived.data(TeamListModel::PostableRole).toBool(), false);
    QVERIFY(archived.data(Qt::AccessibleTextRole).toString().contains(u"archived"_s));
    QCOMPARE(model.index(0).data(TeamListModel::SearchTextRole).toString(), u"Alpha\nFirst"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateTeam(Team{u"z"_s, {}, {}, Team::Archived::Yes});
    QCOMPARE(changed.count(), 1);
    QVERIFY(model.team(u"z"_s)->isArchived());
    QCOMPARE(model.team(u"z"_s)->displayName, u"zeta team"_s); // an empty name does not overwrite
    model.updateTeam(Team{u"unknown"_s, u"x"_s, {}, Team::Archived::Yes});
    QCOMPARE(changed.count(), 1);
}

void TestTeamsJobs::channelModelPutsGeneralFirst()
{
    ChannelListModel model;
    Channel general;
    general.id = u"19:g@thread.tacv2"_s;
    general.teamId = u"t"_s;
    general.displayName = u"General"_s;
    Channel leads = general;
    leads.id = u"19:l@thread.tacv2"_s;
    leads.displayName = u"Announcements"_s;
    Channel secret = general;
    secret.id = u"19:s@thread.tacv2"_s;
    secret.displayName = u"Mentor Leads"_s;
    secret.membershipType = Channel::MembershipType::Private;
    model.setChannels(u"t"_s, {secret, leads, general});
    QCOMPARE(model.index(0).data().toString(), u"General"_s);
    QCOMPARE(model.index(1).data().toString(), u"Announcements"_s);
    QCOMPARE(model.index(2).data(ChannelListModel::BadgeTextRole).toString(), u"Private"_s);
    QCOMPARE(model.index(0).data(ChannelListModel::BadgeTextRole).toString(), QString());
    QCOMPARE(model.index(2).data(Qt::AccessibleTextRole).toString(), u"Mentor Leads, private channel"_s);
    QCOMPARE(model.rowOf(u"19%3as%40thread.tacv2"_s), 2);
}

QTEST_GUILESS_MAIN(TestTeamsJobs)
#include "tst_teamsjobs.moc"
