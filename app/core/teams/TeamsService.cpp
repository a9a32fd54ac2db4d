#include "core/teams/TeamsService.h"

#include "core/auth/Session.h"
#include "core/common/Logging.h"
#include "core/consent/ScopeCatalog.h"
#include "core/graph/GraphBatchJob.h"
#include "core/graph/GraphClient.h"
#include "core/graph/jobs/GetTeamJob.h"
#include "core/graph/jobs/ListChannelsJob.h"
#include "core/graph/jobs/ListMyTeamsJob.h"
#include "core/graph/writes/PostChannelMessageWrite.h"
#include "core/outbox/Outbox.h"
#include "core/teams/MessageComposer.h"
#include "core/teams/TeamListModel.h"

#include <QJsonDocument>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

QString settingsGroup(const QString &accountKey)
{
    // Inside the account's group, which sign-out removes as a whole.
    return u"accounts/%1/teams"_s.arg(accountKey);
}

QString elided(const QString &text, int length)
{
    const QString line = text.simplified();
    return line.size() <= length ? line : line.left(length - 1) + u'\u2026';
}

bool isInFlight(PostState state)
{
    return state == PostState::Queued || state == PostState::Sending || state == PostState::Retrying;
}

} // namespace

TeamsService::TeamsService(GraphClient *client, Outbox *outbox, QObject *parent)
    : TeamsService(client, outbox, ScopeCatalog::instance(), parent)
{ }

TeamsService::TeamsService(GraphClient *client, Outbox *outbox, const ScopeCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_outbox(outbox)
    , m_catalog(catalog)
    , m_gate(catalog)
    , m_teams(new TeamListModel(this))
    , m_limiter(client->clock(), kMaxPostsPerSecond)
{
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &TeamsService::pump);
    if (m_outbox) // every post in the outbox, also those queued before a restart
        m_outbox->setHandler<PostChannelMessageWrite>(this, [this](OutboxWrite *write) { follow(write); });
}

TeamsService::~TeamsService()
{
    cancel();
}

// --- session and gates

void TeamsService::setSession(Session *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (!session)
        return;
    const auto sync = [this] {
        if (!m_session)
            return;
        const Account &account = m_session->account();
        setAccountKey(account.isValid() ? account.storageId() : QString());
        setConsentState(m_session->consentState());
    };
    connect(session, &Session::consentChanged, this, sync);
    connect(session, &Session::accountChanged, this, sync);
    connect(session, &Session::stateChanged, this, sync);
    sync();
}

void TeamsService::setConsentState(const ConsentState &state)
{
    if (state == m_consent)
        return;
    m_consent = state;
    Q_EMIT availabilityChanged();
}

void TeamsService::setAccountKey(const QString &accountKey)
{
    if (accountKey == m_accountKey)
        return;
    dropSessionData();
    m_accountKey = accountKey;
    Q_EMIT defaultChannelChanged(defaultChannel());
}

FeatureAvailability TeamsService::availability(Feature feature) const
{
    return m_gate.check(feature, m_consent);
}

void TeamsService::dropSessionData()
{
    cancel();
    m_teams->clear();
    m_teamsLoaded = false;
    m_withoutProvisioning = 0;
    m_archiveChecked.clear();
    m_channels.clear();
    m_limiter.clear();
    // Posts still waiting for their turn never reached the outbox: they go with the account.
    const QList<qint64> waiting = std::exchange(m_waiting, {});
    for (const qint64 id : waiting) {
        Post post = m_posts.take(id);
        PostResult result;
        result.postId = id;
        result.state = PostState::Discarded;
        result.target = post.target;
        result.result = GraphResult::failure(GraphStatus::Cancelled);
        Q_EMIT postFinished(result);
    }
    // Posts in the outbox stay: the outbox belongs to this account, and they are reported when they finish.
    for (auto it = m_posts.begin(); it != m_posts.end();) {
        if (it->outboxId == 0)
            it = m_posts.erase(it);
        else
            ++it;
    }
}

// --- teams

bool TeamsService::isRefreshingTeams() const
{
    return !m_listJob.isNull();
}

void TeamsService::ensureTeams()
{
    if (!m_teamsLoaded && !m_listJob)
        refreshTeams();
}

void TeamsService::refreshTeams()
{
    if (m_listJob)
        return;
    const FeatureAvailability gate = availability(Feature::ListTeams);
    if (!gate.isAvailable()) {
        GraphResult refused = GraphResult::failure(GraphStatus::PermissionDenied);
        refused.error.message = gate.message;
        QMetaObject::invokeMethod(
            this, [this, refused] { Q_EMIT teamsRefreshFinished(refused); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new ListMyTeamsJob(m_client, this);
    m_listJob = job;
    connect(job, &GraphCollectionJob::pageReceived, this,
            [this, job] { Q_EMIT teamsRefreshProgress(job->groupCount()); });
    connect(job, &GraphJob::finished, this, [this, job](const GraphResult &result) { onTeamsListed(job, result); });
    Q_EMIT teamsRefreshStarted();
    job->start();
}

void TeamsService::onTeamsListed(ListMyTeamsJob *job, const GraphResult &jobResult)
{
    m_listJob = nullptr;
    GraphResult result = jobResult;
    if (result.isOk() && job->groupCount() > 0 && job->groupsWithoutDetails() == job->groupCount()) {
        // Graph returned ids only: it withholds group properties without a group-read permission.
        qCWarning(lcTeams) << "transitiveMemberOf returned" << job->groupCount()
                           << "groups without details; Group.Read.All is probably not granted";
        result.status = GraphStatus::PermissionDenied;
    }
    if (result.isOk()) {
        QList<Team> teams = job->teams();
        for (Team &team : teams) {
            if (const auto known = m_teams->team(team.id); known && team.archived == Team::Archived::Unknown)
                team.archived = known->archived;
        }
        m_withoutProvisioning = job->groupsWithoutProvisioning();
        qCInfo(lcTeams) << "found" << teams.size() << "teams among" << job->groupCount() << "groups over"
                        << job->pageCount() << "pages;" << m_withoutProvisioning
                        << "groups without resourceProvisioningOptions left out";
        m_teams->setTeams(teams);
        m_teamsLoaded = true;
        // Forget channel lists of teams the user left.
        for (auto it = m_channels.begin(); it != m_channels.end();) {
            if (m_teams->rowOf(it.key()) < 0)
                it = m_channels.erase(it);
            else
                ++it;
        }
    } else if (result.status != GraphStatus::Cancelled) {
        qCWarning(lcTeams).noquote() << "listing teams failed:" << GraphResult::statusKey(result.status)
                                     << result.error.technicalDetails();
    }
    Q_EMIT teamsRefreshFinished(result);
    if (result.isOk())
        checkArchiveStates();
}

void TeamsService::cancel()
{
    if (m_listJob)
        m_listJob->cancel();
    if (m_archiveBatch)
        m_archiveBatch->cancel();
    const auto teamJobs = std::exchange(m_teamJobs, {});
    for (const QPointer<GetTeamJob> &job : teamJobs) {
        if (job)
            job->cancel();
    }
    const auto channelJobs = m_channelJobs; // cancelling finishes synchronously, which edits m_channelJobs
    for (const QPointer<ListChannelsJob> &job : channelJobs) {
        if (job)
            job->cancel();
    }
    m_channelJobs.clear();
}

std::optional<Team> TeamsService::team(const QString &teamId) const
{
    return m_teams->team(teamId);
}

void TeamsService::applyTeam(const Team &team)
{
    m_teams->updateTeam(team);
    if (const auto updated = m_teams->team(team.id))
        Q_EMIT teamUpdated(*updated);
}

void TeamsService::checkArchiveStates()
{
    if (m_archiveBatch || !availability(Feature::ListTeams).isAvailable())
        return;
    // Twenty at a time, one batch after the other: hundreds of teams must not become hundreds of parallel calls.
    auto *batch = new GraphBatchJob(m_client, this);
    for (const Team &team : m_teams->teams()) {
        if (batch->jobCount() >= GraphBatchJob::kMaxRequestsPerBatch)
            break;
        if (team.archived != Team::Archived::Unknown || m_archiveChecked.contains(team.id)
            || m_teamJobs.contains(team.id))
            continue;
        m_archiveChecked.insert(team.id);
        auto *job = new GetTeamJob(m_client, team.id, batch);
        connect(job, &GraphJob::finished, this, [this, job](const GraphResult &result) {
            if (result.isOk())
                applyTeam(job->team());
        });
        batch->addJob(job);
    }
    if (batch->jobCount() == 0) {
        delete batch;
        return;
    }
    m_archiveBatch = batch;
    connect(batch, &GraphBatchJob::finished, this, [this](const GraphResult &result) {
        m_archiveBatch = nullptr;
        if (result.isOk())
            checkArchiveStates();
    });
    batch->start();
}

void TeamsService::checkArchiveState(const QString &teamId, bool force)
{
    const auto known = m_teams->team(teamId);
    if (!known || m_teamJobs.contains(teamId) || (!force && known->archived != Team::Archived::Unknown))
        return;
    m_archiveChecked.insert(teamId);
    auto *job = new GetTeamJob(m_client, teamId, this);
    m_teamJobs.insert(teamId, job);
    connect(job, &GraphJob::finished, this, [this, job, teamId](const GraphResult &result) {
        m_teamJobs.remove(teamId);
        if (result.isOk())
            applyTeam(job->team());
    });
    job->start();
}

// --- channels

void TeamsService::loadChannels(const QString &teamId, bool refresh)
{
    if (teamId.isEmpty())
        return;
    checkArchiveState(teamId);
    if (m_channelJobs.value(teamId))
        return;
    if (m_channels.contains(teamId) && !refresh) {
        QMetaObject::invokeMethod(
            this, [this, teamId] { Q_EMIT channelsLoaded(teamId, GraphResult{}); }, Qt::QueuedConnection);
        return;
    }
    const FeatureAvailability gate = availability(Feature::ListChannels);
    if (!gate.isAvailable()) {
        GraphResult refused = GraphResult::failure(GraphStatus::PermissionDenied);
        refused.error.message = gate.message;
        QMetaObject::invokeMethod(
            this, [this, teamId, refused] { Q_EMIT channelsLoaded(teamId, refused); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new ListChannelsJob(m_client, teamId, this);
    m_channelJobs.insert(teamId, job);
    connect(job, &GraphJob::finished, this, [this, job, teamId](const GraphResult &result) {
        m_channelJobs.remove(teamId);
        if (result.isOk())
            m_channels.insert(teamId, job->channels());
        else if (result.status != GraphStatus::Cancelled)
            qCWarning(lcTeams).noquote() << "listing channels failed:" << GraphResult::statusKey(result.status)
                                         << result.error.technicalDetails();
        Q_EMIT channelsLoaded(teamId, result);
    });
    job->start();
}

bool TeamsService::isLoadingChannels(const QString &teamId) const
{
    return m_channelJobs.value(teamId) != nullptr;
}

// --- default channel

ChannelTarget TeamsService::defaultChannel() const
{
    if (m_accountKey.isEmpty())
        return {};
    QSettings settings;
    settings.beginGroup(settingsGroup(m_accountKey));
    ChannelTarget target;
    target.teamId = settings.value(u"defaultTeamId"_s).toString();
    target.channelId = Channel::normalizeId(settings.value(u"defaultChannelId"_s).toString());
    target.teamName = settings.value(u"defaultTeamName"_s).toString();
    target.channelName = settings.value(u"defaultChannelName"_s).toString();
    return target.isValid() ? target : ChannelTarget{};
}

void TeamsService::setDefaultChannel(const ChannelTarget &target)
{
    if (m_accountKey.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup(m_accountKey));
    if (!target.isValid()) {
        settings.remove(QString());
    } else {
        settings.setValue(u"defaultTeamId"_s, target.teamId);
        settings.setValue(u"defaultChannelId"_s, Channel::normalizeId(target.channelId));
        settings.setValue(u"defaultTeamName"_s, target.teamName);
        settings.setValue(u"defaultChannelName"_s, target.channelName);
    }
    Q_EMIT defaultChannelChanged(defaultChannel());
}

// --- posting

QString TeamsService::channelKey(const ChannelTarget &target)
{
    return target.teamId + u'/' + Channel::normalizeId(target.channelId);
}

qint64 TeamsService::post(const ChannelTarget &target, const MessageComposer &message, QString *problem)
{
    const auto refuse = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return qint64(0);
    };
    const FeatureAvailability gate = availability(Feature::PostToChannel);
    if (!gate.isAvailable())
        return refuse(gate.message);
    if (!m_outbox || !m_outbox->isOpen())
        return refuse(tr("MentorDesk cannot store the post before sending it, so it was not sent. Restart "
                         "MentorDesk and try again."));
    if (!target.isValid())
        return refuse(tr("Choose a team and a channel first."));
    if (const auto known = m_teams->team(target.teamId); known && known->isArchived())
        return refuse(tr("\"%1\" is archived: its channels are read-only, so nothing can be posted there.")
                          .arg(known->displayName));
    if (!message.canPost())
        return refuse(message.problem());

    Post post;
    post.id = m_nextPostId++;
    post.target = target;
    post.target.channelId = Channel::normalizeId(target.channelId);
    post.message = message.messageJson();
    const QString what = message.postedSubject().isEmpty() ? message.text() : message.postedSubject();
    post.label = tr("Post to %1: %2").arg(post.target.label(), elided(what, 60));
    post.state = PostState::Waiting;
    post.statusText = tr("Waiting for its turn…");
    m_posts.insert(post.id, post);
    m_waiting.append(post.id);
    // Queued, so the caller has the id before the first postStateChanged().
    QMetaObject::invokeMethod(this, &TeamsService::pump, Qt::QueuedConnection);
    return post.id;
}

void TeamsService::pump()
{
    m_pumpTimer.stop();
    if (!m_outbox)
        return;
    QSet<QString> busy; // channels with a post of ours in the outbox, or an earlier one still waiting
    for (const Post &post : std::as_const(m_posts)) {
        if (isInFlight(post.state))
            busy.insert(channelKey(post.target));
    }
    qint64 nextWakeMs = -1;
    QList<qint64> enqueue; // decided first, done after: the outbox and our listeners may call back into us
    for (const qint64 id : std::as_const(m_waiting)) {
        const QString key = channelKey(m_posts.value(id).target);
        if (busy.contains(key))
            continue;
        busy.insert(key); // one at a time per channel, in order
        if (const qint64 wait = m_limiter.waitMs(key); wait > 0) {
            nextWakeMs = nextWakeMs < 0 ? wait : qMin(nextWakeMs, wait);
            continue;
        }
        enqueue << id;
    }
    if (nextWakeMs > 0)
        m_pumpTimer.start(int(nextWakeMs));
    for (const qint64 id : std::as_const(enqueue)) {
        if (!m_waiting.removeOne(id) || !m_posts.contains(id))
            continue; // discarded meanwhile
        const Post post = m_posts.value(id);
        m_enqueuing = id; // follow() learns which post the new write is
        const QPointer<OutboxWrite> write = m_outbox->enqueue<PostChannelMessageWrite>(
            post.label, PostChannelMessageWrite::request(post.target.teamId, post.target.channelId, post.message));
        m_enqueuing = 0;
        auto it = m_posts.find(id);
        if (it == m_posts.end())
            continue;
        if (!write) {
            setPostState(*it, PostState::Failed,
                         tr("MentorDesk could not store the post before sending it, so it was not sent. Try again."));
            continue;
        }
        if (write->state() != OutboxState::Sending) // else follow() has said so already
            setPostState(*it, PostState::Queued, tr("Sending…"));
    }
}

void TeamsService::setPostState(Post &post, PostState state, const QString &text)
{
    post.state = state;
    post.statusText = text;
    Q_EMIT postStateChanged(post.id, state, text);
}

TeamsService::Post *TeamsService::postForOutboxId(qint64 outboxId)
{
    for (Post &post : m_posts) {
        if (post.outboxId == outboxId)
            return &post;
    }
    return nullptr;
}

void TeamsService::follow(OutboxWrite *write)
{
    const qint64 outboxId = write->id();
    auto it = m_posts.find(m_enqueuing);
    if (it != m_posts.end()) {
        it->outboxId = outboxId;
    } else {
        // Queued in an earlier run: it is ours again, so its channel waits for it and its outcome is reported.
        Post post;
        post.id = m_nextPostId++;
        if (!PostChannelMessageWrite::parseTarget(write->entry().request, &post.target.teamId, &post.target.channelId))
            qCWarning(lcTeams) << "a stored post has an unexpected request path";
        post.message = QJsonDocument::fromJson(write->entry().request.body).object();
        post.label = write->label();
        post.outboxId = outboxId;
        post.state = PostState::Queued;
        post.statusText = write->entry().message();
        it = m_posts.insert(post.id, post);
    }
    connect(write, &OutboxWrite::stateChanged, this, [this, outboxId](OutboxState state, const GraphResult &result) {
        onWriteStateChanged(outboxId, state, result);
    });
    connect(write, &OutboxWrite::finished, this,
            [this, outboxId](const GraphResult &result) { onWriteFinished(outboxId, result); });
    if (write->state() != OutboxState::Pending) // a restored write waiting for the user (Failed, NeedsAttention)
        onWriteStateChanged(outboxId, write->state(), GraphResult::failure(write->entry().lastStatus));
}

void TeamsService::onWriteStateChanged(qint64 outboxId, OutboxState state, const GraphResult &result)
{
    Post *post = postForOutboxId(outboxId);
    if (!post)
        return;
    m_limiter.recordAnswer(channelKey(post->target));
    switch (state) {
    case OutboxState::Pending: {
        const auto entry = m_outbox->entry(outboxId);
        setPostState(*post, PostState::Retrying, entry ? entry->message() : QString());
        break;
    }
    case OutboxState::Sending:
        setPostState(*post, PostState::Sending, tr("Sending…"));
        break;
    case OutboxState::Failed:
        if (result.status == GraphStatus::PermissionDenied) {
            // A 403 on a post often means the team was archived meanwhile: find out, so the picker shows it.
            checkArchiveState(post->target.teamId, true);
        }
        setPostState(*post, PostState::Failed, failureText(*post, result));
        break;
    case OutboxState::NeedsAttention:
        setPostState(*post, PostState::NeedsAttention,
                     tr("MentorDesk could not confirm whether this post arrived in %1. Look at the channel in Teams: "
                        "if it is not there, choose Retry; if it is, choose Discard. It is never sent again by "
                        "itself.")
                         .arg(post->target.label()));
        break;
    }
    QMetaObject::invokeMethod(this, &TeamsService::pump, Qt::QueuedConnection);
}

void TeamsService::onWriteFinished(qint64 outboxId, const GraphResult &result)
{
    Post *found = postForOutboxId(outboxId);
    if (!found)
        return;
    const Post post = m_posts.take(found->id);
    PostResult finished;
    finished.postId = post.id;
    finished.target = post.target;
    finished.result = result;
    if (result.isOk()) {
        m_limiter.recordAnswer(channelKey(post.target));
        finished.state = PostState::Sent;
        finished.message = PostChannelMessageWrite::parseReply(result.json);
        qCInfo(lcTeams) << "post" << post.id << "sent";
    } else {
        finished.state = PostState::Discarded;
    }
    Q_EMIT postStateChanged(post.id, finished.state,
                            finished.isSent() ? tr("Posted to %1.").arg(post.target.label()) : tr("Discarded."));
    Q_EMIT postFinished(finished);
    QMetaObject::invokeMethod(this, &TeamsService::pump, Qt::QueuedConnection);
}

QString TeamsService::failureText(const Post &post, const GraphResult &result) const
{
    switch (result.status) {
    case GraphStatus::PermissionDenied:
        return tr("Teams did not accept the post in %1: you may no longer be allowed to post there (the team may be "
                  "archived or you may have left it), or a permission is missing (see Permissions). Your text is "
                  "kept.")
            .arg(post.target.label());
    case GraphStatus::NotFound:
        return tr("%1 no longer exists, or you are no longer a member. Choose another channel; your text is kept.")
            .arg(post.target.label());
    default:
        return result.userMessage() + u' ' + tr("Your text is kept.");
    }
}

bool TeamsService::retryPost(qint64 postId)
{
    auto it = m_posts.find(postId);
    if (it == m_posts.end() || (it->state != PostState::Failed && it->state != PostState::NeedsAttention))
        return false;
    if (it->outboxId == 0) { // it never reached the outbox: queue it again
        m_waiting.append(postId);
        setPostState(*it, PostState::Waiting, tr("Waiting for its turn…"));
        QMetaObject::invokeMethod(this, &TeamsService::pump, Qt::QueuedConnection);
        return true;
    }
    if (!m_outbox || !m_outbox->retry(it->outboxId))
        return false;
    setPostState(*it, PostState::Queued, tr("Sending…"));
    return true;
}

bool TeamsService::discardPost(qint64 postId)
{
    auto it = m_posts.find(postId);
    if (it == m_posts.end() || it->state == PostState::Sending)
        return false;
    if (it->outboxId != 0)
        return m_outbox && m_outbox->discard(it->outboxId); // entryFinished(Cancelled) reports it
    m_waiting.removeAll(postId);
    const Post post = m_posts.take(postId);
    PostResult result;
    result.postId = postId;
    result.state = PostState::Discarded;
    result.target = post.target;
    result.result = GraphResult::failure(GraphStatus::Cancelled);
    Q_EMIT postStateChanged(postId, PostState::Discarded, tr("Discarded."));
    Q_EMIT postFinished(result);
    return true;
}

std::optional<PostState> TeamsService::postState(qint64 postId) const
{
    const auto it = m_posts.constFind(postId);
    if (it == m_posts.cend())
        return std::nullopt;
    return it->state;
}

QString TeamsService::postStatusText(qint64 postId) const
{
    return m_posts.value(postId).statusText;
}

} // namespace MentorDesk
