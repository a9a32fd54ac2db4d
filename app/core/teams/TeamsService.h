#pragma once

#include "core/consent/ConsentState.h"
#include "core/consent/FeatureGate.h"
#include "core/graph/GraphResult.h"
#include "core/model/Channel.h"
#include "core/model/Team.h"
#include "core/outbox/OutboxEntry.h"
#include "core/teams/ChannelRateLimiter.h"
#include "core/teams/ChannelTarget.h"
#include "core/teams/PostResult.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace MentorDesk {

class GraphBatchJob;
class GraphClient;
class GetTeamJob;
class ListChannelsJob;
class ListMyTeamsJob;
class MessageComposer;
class Outbox;
class OutboxWrite;
class ScopeCatalog;
class Session;
class TeamListModel;

// Posting to a Teams channel: the user's teams (cached for the session, refreshable), each team's channels (cached
// per team), the remembered default channel (per account), and sending.
//
// Teams come from GET /me/transitiveMemberOf/microsoft.graph.group filtered client-side (ListMyTeamsJob); whether
// a team is archived from GET /teams/{id}, fetched in $batch groups of 20 after the list arrives and when a team's
// channels are opened. Archived teams stay listed but cannot be posted to.
//
// Posts go through the Outbox (PostChannelMessageWrite), so they survive failures and restarts. A channel message
// has no idempotency key: after an unknown outcome it is NeedsAttention and never resent by itself; the user checks
// the channel and chooses Retry or Discard. At most four posts per second reach one channel (ChannelRateLimiter);
// a 429 is retried by the outbox after Retry-After.
//
//     const qint64 id = teams->post(target, composer, &problem);   // 0: refused, problem says why
//     connect(teams, &TeamsService::postFinished, this, [id](const PostResult &r) {
//         if (r.postId == id && r.isSent()) showLink(r.message.webUrl);
//     });
//
// Every action is gated (FeatureGate: ListTeams, ListChannels, PostToChannel); availability() says why not.
class TeamsService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxPostsPerSecond = 4;

    // catalog: the scope catalogue for the gate (ScopeCatalog::instance() by default).
    TeamsService(GraphClient *client, Outbox *outbox, QObject *parent = nullptr);
    TeamsService(GraphClient *client, Outbox *outbox, const ScopeCatalog &catalog, QObject *parent = nullptr);
    ~TeamsService() override;

    // Follows the session: its consent state (gates) and account (settings, caches). AppServices calls this.
    void setSession(Session *session);
    // Or set them directly (tests): an empty account key means signed out, which drops every cache.
    void setConsentState(const ConsentState &state);
    const ConsentState &consentState() const { return m_consent; }
    void setAccountKey(const QString &accountKey);
    const QString &accountKey() const { return m_accountKey; }
    // ListTeams, ListChannels or PostToChannel; the message says why and what to do when unavailable.
    FeatureAvailability availability(Feature feature) const;

    // --- Teams (cached for the session)
    TeamListModel *teamModel() const { return m_teams; }
    bool teamsLoaded() const { return m_teamsLoaded; }
    bool isRefreshingTeams() const;
    // Loads the teams unless they are loaded or loading.
    void ensureTeams();
    // Reads every page again (keeps the current list until the new one arrives). teamsRefreshFinished() follows.
    void refreshTeams();
    // Stops a running refresh and channel loads; the cached lists stay.
    void cancel();
    std::optional<Team> team(const QString &teamId) const;
    // From the last refresh: groups without resourceProvisioningOptions (see ListMyTeamsJob).
    int groupsWithoutProvisioning() const { return m_withoutProvisioning; }

    // --- Channels (cached per team for the session)
    // channelsLoaded() follows, also for a cached team (then right away, queued).
    void loadChannels(const QString &teamId, bool refresh = false);
    bool hasChannels(const QString &teamId) const { return m_channels.contains(teamId); }
    bool isLoadingChannels(const QString &teamId) const;
    QList<Channel> channels(const QString &teamId) const { return m_channels.value(teamId); }

    // --- The remembered default channel (settings of the account: ids and names only)
    ChannelTarget defaultChannel() const;
    void setDefaultChannel(const ChannelTarget &target);

    // --- Posting
    // Checks the gate, the team (not archived) and the message (not empty, not too large), then queues it.
    // Returns the post id, or 0 with *problem (translated) saying why nothing was sent.
    qint64 post(const ChannelTarget &target, const MessageComposer &message, QString *problem = nullptr);
    // Failed / NeedsAttention: send it again (the user's choice). False otherwise.
    bool retryPost(qint64 postId);
    // Drops a post that is not on the wire. postFinished() reports Discarded.
    bool discardPost(qint64 postId);
    std::optional<PostState> postState(qint64 postId) const;
    // Translated: what is happening with the post and what the user can do.
    QString postStatusText(qint64 postId) const;

Q_SIGNALS:
    void availabilityChanged();
    void teamsRefreshStarted();
    void teamsRefreshProgress(int groupsRead);
    void teamsRefreshFinished(const MentorDesk::GraphResult &result);
    void teamUpdated(const MentorDesk::Team &team);
    void channelsLoaded(const QString &teamId, const MentorDesk::GraphResult &result);
    void defaultChannelChanged(const MentorDesk::ChannelTarget &target);
    void postStateChanged(qint64 postId, MentorDesk::PostState state, const QString &statusText);
    // Terminal, once per post: Sent (with the message and its webUrl) or Discarded.
    void postFinished(const MentorDesk::PostResult &result);

private:
    struct Post
    {
        qint64 id = 0;
        ChannelTarget target;
        QJsonObject message;
        QString label;
        qint64 outboxId = 0;
        PostState state = PostState::Waiting;
        QString statusText;
    };

    static QString channelKey(const ChannelTarget &target);
    void onTeamsListed(ListMyTeamsJob *job, const GraphResult &result);
    void checkArchiveStates();
    void checkArchiveState(const QString &teamId, bool force = false);
    void applyTeam(const Team &team);
    void pump();
    void setPostState(Post &post, PostState state, const QString &text);
    Post *postForOutboxId(qint64 outboxId);
    // The outbox's handler for posts: the one being enqueued (m_enqueuing), or one stored before a restart.
    void follow(OutboxWrite *write);
    void onWriteStateChanged(qint64 outboxId, OutboxState state, const GraphResult &result);
    void onWriteFinished(qint64 outboxId, const GraphResult &result);
    QString failureText(const Post &post, const GraphResult &result) const;
    void dropSessionData();

    GraphClient *m_client;
    QPointer<Outbox> m_outbox;
    const ScopeCatalog &m_catalog;
    FeatureGate m_gate;
    ConsentState m_consent;
    QString m_accountKey;
    QPointer<Session> m_session;

    TeamListModel *m_teams;
    bool m_teamsLoaded = false;
    int m_withoutProvisioning = 0;
    QPointer<ListMyTeamsJob> m_listJob;
    QPointer<GraphBatchJob> m_archiveBatch;
    QHash<QString, QPointer<GetTeamJob>> m_teamJobs;
    QSet<QString> m_archiveChecked; // asked once per session, whatever the answer
    QHash<QString, QList<Channel>> m_channels;
    QHash<QString, QPointer<ListChannelsJob>> m_channelJobs;

    ChannelRateLimiter m_limiter;
    QHash<qint64, Post> m_posts;
    QList<qint64> m_waiting; // not yet in the outbox, in the order posted
    QTimer m_pumpTimer;
    qint64 m_nextPostId = 1;
    qint64 m_enqueuing = 0; // the post whose write is being enqueued
};

} // namespace MentorDesk
