#pragma once

#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace MentorDesk {

class GraphClient;

// One logical request in flight inside GraphClient: queueing per mailbox, the HTTP attempts, retries and the
// one re-authentication. Created by GraphClient::send(); emits finished() exactly once and deletes itself.
class GraphCall : public QObject
{
    Q_OBJECT

public:
    ~GraphCall() override;

    const GraphRequest &request() const { return m_request; }
    QString clientRequestId() const { return m_clientRequestId; }
    bool isFinished() const { return m_phase == Phase::Finished; }

    // Stops whatever is happening (queued, in flight, waiting to retry) and finishes with Transport::Cancelled.
    void abort();

Q_SIGNALS:
    void finished(const MentorDesk::GraphResponse &response);

private:
    friend class GraphClient;
    enum class Phase { Created, WaitingForToken, Queued, InFlight, WaitingToRetry, Finished };

    GraphCall(GraphClient *client, const GraphRequest &request);
    void start();
    void enqueue();
    void dispatch();
    void onReplyFinished();
    void onTransferTimeout();
    void retryOrFinish(const GraphResponse &response);
    void finish(GraphResponse response);
    GraphResponse responseFromReply(QNetworkReply *reply) const;
    void logAttempt(const GraphResponse &response) const;

    GraphClient *m_client;
    GraphRequest m_request;
    QUrl m_url;
    QString m_mailbox;
    QString m_clientRequestId;
    Phase m_phase = Phase::Created;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptTimer;
    bool m_holdsSlot = false;
    bool m_timedOut = false;
    bool m_reauthenticated = false;
    int m_attempts = 0;
    QList<int> m_retryDelaysMs;
};

} // namespace MentorDesk
