#pragma once

#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace MentorDesk {

class GraphCall;
class GraphClient;
class GraphJob;
struct GraphResponse;

// Runs independent GraphJobs in one round trip: their first requests go out as one POST /$batch (several in
// parallel when there are more than 20), the answers (in any order, each with its own status) are matched by
// id and handed to each job exactly as if it had sent its request itself. So a job behaves the same inside a
// batch: it parses its reply, accepts or reports errors, and a GraphCollectionJob then follows its nextLinks
// on its own. Items answered 429/503/504 are retried in a follow-up batch (after the longest Retry-After, else
// backoff); items answered 401 after one re-authentication; a 424 goes with the item it depended on.
//
//     auto *batch = new GraphBatchJob(client, this);
//     auto *me = new GetMeJob(client, this);
//     auto *calendars = new GraphCollectionJob(client, GraphRequest::get(u"/me/calendars"_s), this);
//     batch->addJob(me);
//     batch->addJob(calendars);
//     connect(me, &GraphJob::finished, ...);          // per-job results, as usual
//     connect(batch, &GraphBatchJob::finished, ...);  // after every member job has finished
//     batch->start();
//
// Add only jobs that have not been started. Batching suits GETs; a write inside a batch is never retried
// unless its request is retry-safe (GraphRequest::isRetrySafe()).
class GraphBatchJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRequestsPerBatch = 20;

    explicit GraphBatchJob(GraphClient *client, QObject *parent = nullptr);
    ~GraphBatchJob() override;

    // Returns the job's id in the batch ("1", "2", ...). dependsOn: ids returned earlier; a dependency only
    // holds within the same group of 20 (items are grouped in the order they are added).
    QString addJob(GraphJob *job, const QStringList &dependsOn = {});
    int jobCount() const { return int(m_items.size()); }

    void start();
    // Cancels every member job that has not finished, then finishes with GraphStatus::Cancelled.
    void cancel();

    bool isFinished() const { return m_finished; }
    // Ok when every POST /$batch was answered; otherwise the transport or HTTP failure of the last one that
    // was not (its member jobs carry the same failure).
    const GraphResult &result() const { return m_result; }
    // POST /$batch requests sent, retries included.
    int batchRequestsSent() const { return m_batchRequestsSent; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    // Once every member job has finished (including the pages it fetched after the batch).
    void finished(const MentorDesk::GraphResult &result);

private:
    struct Item
    {
        QString id;
        QPointer<GraphJob> job;
        QStringList dependsOn;
        GraphRequest request; // set at start()
        int attempts = 0;
        bool reauthenticated = false;
        bool delivered = false;
    };

    void sendItems(const QList<int> &indexes);
    void sendGroup(const QList<int> &indexes);
    void onBatchFinished(const QList<int> &indexes, const GraphResponse &response);
    void deliver(int index, const GraphResponse &response);
    void fail(int index, const GraphResult &result);
    void jobDone(QObject *job);
    void checkFinished();
    void finishWith(const GraphResult &result);

    GraphClient *m_client;
    QList<Item> m_items;
    QSet<QObject *> m_unfinishedJobs;
    QList<QPointer<GraphCall>> m_calls;
    GraphResult m_result;
    int m_batchRequestsSent = 0;
    int m_pendingWork = 0; // batches in flight, retries waiting, re-authentications running
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace MentorDesk
