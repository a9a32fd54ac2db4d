#pragma once

#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResponse.h"
#include "core/graph/GraphResult.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace MentorDesk {

class GraphCall;
class GraphClient;

// Base of every Graph call (after libkgapi's Job and Nextcloud's AbstractNetworkJob). A subclass only builds the
// request and parses the reply; the base does transport, retries, re-authentication, errors and the one
// terminal finished(GraphResult) signal. A job runs standalone (start()) or inside a GraphBatchJob, unchanged.
//
// Writing a job (put it in app/core/graph/jobs/ or your feature folder; the graph CMake globs jobs/*.cpp):
//
//     class GetEventJob : public GraphJob {
//         Q_OBJECT
//     public:
//         GetEventJob(GraphClient *client, const QString &id, QObject *parent = nullptr)
//             : GraphJob(client, parent), m_id(id) {}
//         const Event &event() const { return m_event; }        // valid after finished() with isOk()
//     protected:
//         GraphRequest buildRequest() const override {
//             return GraphRequest::get(u"/me/events/"_s + GraphRequest::encodeSegment(m_id));
//         }
//         bool parseResponse(const GraphResponse &response) override {
//             m_event = Event::fromJson(response.json.object());  // response.json is parsed already
//             return m_event.isValid();                           // false -> GraphStatus::MalformedReply
//         }
//     private:
//         QString m_id;
//         Event m_event;
//     };
//
//     auto *job = new GetEventJob(client, id, this);
//     connect(job, &GraphJob::finished, this, [job](const GraphResult &result) {
//         if (result.isOk()) use(job->event()); else showError(result.userMessage());
//     });
//     job->start();   // auto-deletes after finished() unless setAutoDelete(false)
//
// Optional hooks: acceptErrorResponse() turns an expected error into success (GetPhotoJob: 404 = no photo);
// nextRequest() continues with a follow-up request (GraphCollectionJob follows @odata.nextLink with it);
// expectsJson() = false for binary replies. Writes set GraphRequest::idempotencyKey when they carry one, so
// they may be retried after an unknown outcome; a write without one should go through the Outbox instead.
class GraphJob : public QObject
{
    Q_OBJECT

public:
    explicit GraphJob(GraphClient *client, QObject *parent = nullptr);
    ~GraphJob() override;

    // Sends the request. Call once; connect to finished() first or right after (it is always asynchronous).
    void start();
    // Stops the job; finished() is emitted (synchronously) with GraphStatus::Cancelled unless it already finished.
    void cancel();

    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_state == State::Finished; }
    // The terminal result; valid once isFinished().
    const GraphResult &result() const { return m_result; }
    GraphClient *client() const { return m_client; }

    // Default true: the job deletes itself (deleteLater) after finished(). Turn off to read it later.
    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    // Exactly once per job, whatever happens (success, failure, cancel).
    void finished(const MentorDesk::GraphResult &result);

protected:
    // The first request. Called once, when the job starts (standalone or as a $batch item).
    virtual GraphRequest buildRequest() const = 0;
    // A 2xx reply; response.json holds the parsed body when expectsJson(). Return false when the reply does not
    // have the expected shape: the job then ends with GraphStatus::MalformedReply.
    virtual bool parseResponse(const GraphResponse &response) = 0;
    // A non-2xx reply. Return true to treat it as success (the job then continues as after parseResponse()).
    virtual bool acceptErrorResponse(const GraphResponse &response);
    // After an accepted reply: another request to send before finishing (the next page, a restart), or nullopt.
    virtual std::optional<GraphRequest> nextRequest();
    // False for binary replies (photos): the body is not parsed as JSON.
    virtual bool expectsJson() const { return true; }

    // For subclasses that must fail on their own terms (e.g. a link outside Graph): ends parsing as malformed
    // with this detail in the error (technical, English).
    void setParseErrorDetail(const QString &detail) { m_parseErrorDetail = detail; }

private:
    friend class GraphBatchJob;
    enum class State { Idle, Running, Finished };

    void send(const GraphRequest &request);
    void handleResponse(GraphResponse response);
    void finishWith(GraphResult result);
    // For GraphBatchJob: the job is running but its first request travels inside a $batch.
    GraphRequest beginBatched();

    GraphClient *m_client;
    QPointer<GraphCall> m_call;
    State m_state = State::Idle;
    GraphResult m_result;
    QString m_parseErrorDetail;
    int m_attempts = 0;
    bool m_autoDelete = true;
};

} // namespace MentorDesk
