#pragma once

#include "core/graph/GraphError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

namespace MentorDesk {

struct GraphResponse;

// The class of outcome a caller branches on. Each failure class has one user-facing message saying what to do.
enum class GraphStatus {
    Ok,
    Cancelled, // the caller cancelled
    Offline, // could not connect at all: nothing was sent
    ConnectionLost, // the connection broke mid-request (reset, truncated reply): a write's outcome is unknown
    Timeout, // no answer within the transfer timeout: a write's outcome is unknown
    Throttled, // 429 after the allowed retries (error.retryAfterSeconds says how long to wait)
    ServerError, // 5xx after the allowed retries
    SignInRequired, // 401 and one re-authentication did not help, or no token: "sign in again"
    PermissionDenied, // 403: a scope is missing or the organisation forbids it -> Permissions page
    NotFound, // 404 (or 410 outside delta)
    Conflict, // 409/412: changed elsewhere
    BadRequest, // other 4xx: a bug or an unsupported case; report with the request id
    MalformedReply, // 2xx whose body could not be read (bad JSON, unexpected shape, link outside Graph)
    ResyncRequired, // a delta link expired (syncStateNotFound / resyncRequired): do a full sync
    FailedDependency, // 424 inside $batch: a request it depended on failed
};

// The value every Graph job and outbox entry ends with: status, HTTP status, the reply JSON and the error.
struct GraphResult
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::GraphResult)

public:
    GraphStatus status = GraphStatus::Ok;
    int httpStatus = 0;
    QJsonDocument json; // the reply body for a 2xx JSON reply (the last page for a paged job)
    GraphError error; // empty for Ok
    QString requestId; // Graph's request-id of the last response, for support
    QString clientRequestId; // the GUID we sent with the last request
    int attempts = 0; // HTTP attempts made over the whole job (retries, re-authentication, pages)

    bool isOk() const { return status == GraphStatus::Ok; }
    // Worth trying again later without changing anything: offline, lost, timeout, throttled, 5xx, sign-in.
    bool isTransient() const;
    // For writes: true when the server may or may not have acted (timeout, dropped connection, 500/502/504,
    // an unreadable 2xx). False when it surely acted (2xx), surely did not (never sent, 401, 429, 503) or
    // refused it (4xx).
    bool isOutcomeUnknown() const;

    // Translated: what happened and what the user can do about it.
    QString userMessage() const;
    static QString userMessage(GraphStatus status, int retryAfterSeconds = -1);
    static QString statusKey(GraphStatus status); // stable English key for logs, storage and tests

    // Classifies a response by transport outcome and HTTP status; does not look at a 2xx body.
    static GraphResult fromResponse(const GraphResponse &response);
    static GraphResult failure(GraphStatus status, const GraphError &error = {});
    static GraphStatus statusFromKey(const QString &key);
};

} // namespace MentorDesk
