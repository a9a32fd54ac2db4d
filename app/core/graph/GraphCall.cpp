#include "core/graph/GraphCall.h"

#include "core/common/AccessTokenProvider.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/common/Version.h"
#include "core/graph/GraphClient.h"
#include "core/graph/HttpTransport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

using HttpTransport::isHttpLevelError;
using HttpTransport::neverLeftThisComputer;

QString describe(const GraphResponse &response)
{
    switch (response.transport) {
    case GraphResponse::Transport::Completed:
        return QString::number(response.httpStatus);
    case GraphResponse::Transport::NotSent:
        return u"not sent (%1)"_s.arg(response.networkErrorString);
    case GraphResponse::Transport::NoToken:
        return u"not sent (no access token)"_s;
    case GraphResponse::Transport::Lost:
        return u"connection lost (%1)"_s.arg(response.networkErrorString);
    case GraphResponse::Transport::TimedOut:
        return u"timed out"_s;
    case GraphResponse::Transport::Cancelled:
        return u"cancelled"_s;
    case GraphResponse::Transport::Refused:
        return u"refused (URL outside the Graph base)"_s;
    }
    return {};
}

} // namespace

GraphCall::GraphCall(GraphClient *client, const GraphRequest &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
    , m_url(client->resolve(request))
    , m_mailbox(GraphClient::mailboxKey(client->relativeTarget(request)))
    , m_clientRequestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_timeoutTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &GraphCall::onTransferTimeout);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &GraphCall::enqueue);
}

GraphCall::~GraphCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void GraphCall::start()
{
    if (m_phase != Phase::Created)
        return;
    if (!m_url.isValid()) {
        GraphResponse response;
        response.transport = GraphResponse::Transport::Refused;
        response.networkErrorString = u"The request URL is not under the Microsoft Graph base URL."_s;
        qCWarning(lcGraph) << "refusing a request outside the Graph base:" << m_request.method
                           << m_request.absoluteUrl.host() << m_request.absoluteUrl.path();
        finish(response);
        return;
    }
    AccessTokenProvider *tokens = m_client->tokenProvider();
    if (tokens && tokens->accessToken().isEmpty()) {
        // No valid token right now: the one re-authentication happens before the first attempt.
        m_reauthenticated = true;
        m_phase = Phase::WaitingForToken;
        m_client->reauthenticate(this, [this, tokens](bool success) {
            if (m_phase != Phase::WaitingForToken)
                return;
            if (success && !tokens->accessToken().isEmpty()) {
                enqueue();
                return;
            }
            GraphResponse response;
            // No new token for now (the network or the sign-in service): nothing sent, as when offline.
            if (tokens->renewalProblemIsPassing()) {
                response.transport = GraphResponse::Transport::NotSent;
                response.networkErrorString = u"no new access token for now"_s;
            } else {
                response.transport = GraphResponse::Transport::NoToken;
            }
            finish(response);
        });
        return;
    }
    enqueue();
}

void GraphCall::enqueue()
{
    m_phase = Phase::Queued;
    m_client->acquireSlot(this);
}

void GraphCall::dispatch()
{
    if (m_phase != Phase::Queued) {
        m_client->releaseSlot(this);
        return;
    }
    m_phase = Phase::InFlight;
    ++m_attempts;
    m_timedOut = false;

    QNetworkRequest request(m_url);
    // Never carry the bearer token to another origin on a redirect.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    const QByteArray userAgent = "MentorDesk/" + QByteArray(kVersion) + " (Qt " + QByteArray(qVersion()) + ')';
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent);
    if (AccessTokenProvider *tokens = m_client->tokenProvider()) {
        const QString token = tokens->accessToken();
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    }
    request.setRawHeader("client-request-id", m_clientRequestId.toLatin1());
    request.setRawHeader("return-client-request-id", "true");
    if (m_request.header("Accept").isEmpty())
        request.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    if (!m_request.body.isEmpty() && m_request.header("Content-Type").isEmpty())
        request.setRawHeader("Content-Type", "application/json");

    m_attemptTimer.start();
    if (m_request.body.isEmpty()) {
        m_reply = m_client->network()->sendCustomRequest(request, m_request.method);
    } else {
        // Streamed, not buffered by QNAM, so it cannot be sent a second time behind our back (see OneShotBody).
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_request.body, this);
        m_reply = m_client->network()->sendCustomRequest(request, m_request.method, body);
        body->setParent(m_reply);
    }
    connect(m_reply, &QNetworkReply::finished, this, &GraphCall::onReplyFinished);
    // The timeout is for inactivity: a large reply that keeps arriving is not cut off.
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this] { m_timeoutTimer.start(); });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this] { m_timeoutTimer.start(); });
    m_timeoutTimer.start(m_client->transferTimeout());
}

void GraphCall::onTransferTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // emits finished synchronously, handled in onReplyFinished
}

void GraphCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_reply = nullptr;
    m_timeoutTimer.stop();
    m_client->releaseSlot(this);
    const GraphResponse response = responseFromReply(reply);
    reply->deleteLater();
    logAttempt(response);
    if (m_phase != Phase::InFlight)
        return;
    retryOrFinish(response);
}

GraphResponse GraphCall::responseFromReply(QNetworkReply *reply) const
{
    GraphResponse response;
    response.clientRequestId = m_clientRequestId;
    response.networkError = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.httpStatus = status.isValid() ? status.toInt() : 0;
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    if (response.httpStatus > 0 && isHttpLevelError(response.networkError)) {
        response.transport = GraphResponse::Transport::Completed;
        response.body = reply->readAll();
        // QNAM can report a reply cut short by a reset as complete; Content-Length tells (unless compressed).
        if (HttpTransport::isCutShort(reply, response.body)) {
            response.transport = GraphResponse::Transport::Lost;
            response.networkErrorString = u"truncated reply (%1 of %2 bytes)"_s.arg(response.body.size())
                                              .arg(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
            response.body.clear();
        }
        return response;
    }
    response.networkErrorString = reply->errorString();
    if (m_timedOut || response.networkError == QNetworkReply::TimeoutError)
        response.transport = GraphResponse::Transport::TimedOut;
    else if (response.networkError == QNetworkReply::OperationCanceledError)
        response.transport = GraphResponse::Transport::Cancelled;
    else if (neverLeftThisComputer(response.networkError))
        response.transport = GraphResponse::Transport::NotSent;
    else
        response.transport = GraphResponse::Transport::Lost; // reset, truncated body, protocol failure, ...
    return response;
}

void GraphCall::logAttempt(const GraphResponse &response) const
{
    // Method, path without query (queries can hold tokens and personal data), status, request-id, duration.
    // Never headers, tokens or bodies.
    qCInfo(lcGraphTraffic).noquote() << QString::fromLatin1(m_request.method) << m_url.path(QUrl::FullyEncoded)
                                     << describe(response) << "request-id" << response.requestId()
                                     << m_attemptTimer.elapsed() << "ms, attempt" << m_attempts;
}

void GraphCall::retryOrFinish(const GraphResponse &response)
{
    AccessTokenProvider *tokens = m_client->tokenProvider();
    const bool completed = response.transport == GraphResponse::Transport::Completed;
    if (completed && response.httpStatus == 401 && tokens && !m_reauthenticated) {
        // Graph did not act on a 401, so resending after re-authentication is safe for any method.
        m_reauthenticated = true;
        m_phase = Phase::WaitingForToken;
        m_client->reauthenticate(this, [this, tokens, response](bool success) {
            if (m_phase != Phase::WaitingForToken)
                return;
            if (success) {
                enqueue();
            } else if (tokens->renewalProblemIsPassing()) {
                // No new token for now (the network or the sign-in service): not sent again, as when offline.
                GraphResponse notSent;
                notSent.transport = GraphResponse::Transport::NotSent;
                notSent.networkErrorString = u"no new access token for now"_s;
                finish(notSent);
            } else {
                finish(response);
            }
        });
        return;
    }

    const bool retryableStatus
        = completed && (response.httpStatus == 429 || response.httpStatus == 503 || response.httpStatus == 504);
    const bool retryableTransport = response.transport == GraphResponse::Transport::Lost
        || response.transport == GraphResponse::Transport::TimedOut;
    const GraphRetryPolicy &policy = m_client->retryPolicy();
    if (!(retryableStatus || retryableTransport) || m_attempts >= policy.maxAttempts) {
        finish(response);
        return;
    }
    if (!m_request.isRetrySafe()) {
        // A POST without an idempotency key might be processed twice: the caller (or the outbox) decides.
        qCInfo(lcGraph).noquote() << "not retrying" << QString::fromLatin1(m_request.method)
                                  << m_url.path(QUrl::FullyEncoded) << "(no idempotency key)";
        finish(response);
        return;
    }
    const int retryAfter = completed ? response.retryAfterSeconds(m_client->clock()->nowUtc()) : -1;
    if (retryAfter > policy.maxRetryAfter.count()) {
        finish(response); // too long to sleep through: the caller tells the user when to try again
        return;
    }
    const int delayMs = retryAfter >= 0 ? retryAfter * 1000 : int(policy.backoff(m_attempts).count());
    m_retryDelaysMs.append(delayMs);
    qCInfo(lcGraph).noquote() << "retrying" << QString::fromLatin1(m_request.method) << m_url.path(QUrl::FullyEncoded)
                              << "in" << delayMs << "ms" << (retryAfter >= 0 ? "(Retry-After)" : "(backoff)") << "after"
                              << describe(response) << "attempt" << m_attempts << "of" << policy.maxAttempts;
    m_phase = Phase::WaitingToRetry;
    m_retryTimer.start(delayMs);
}

void GraphCall::abort()
{
    if (m_phase == Phase::Finished)
        return;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_client->releaseSlot(this);
    m_client->forgetQueued(this);
    m_retryTimer.stop();
    m_timeoutTimer.stop();
    GraphResponse response;
    response.transport = GraphResponse::Transport::Cancelled;
    finish(response);
}

void GraphCall::finish(GraphResponse response)
{
    if (m_phase == Phase::Finished)
        return;
    m_phase = Phase::Finished;
    response.clientRequestId = m_clientRequestId;
    response.attempts = m_attempts;
    response.retryDelaysMs = m_retryDelaysMs;
    const bool signInLost = response.transport == GraphResponse::Transport::NoToken
        || (response.transport == GraphResponse::Transport::Completed && response.httpStatus == 401);
    Q_EMIT finished(response);
    if (signInLost)
        Q_EMIT m_client->signInRequired();
    deleteLater();
}

} // namespace MentorDesk
