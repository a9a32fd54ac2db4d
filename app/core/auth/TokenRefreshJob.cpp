#include "core/auth/TokenRefreshJob.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/consent/ScopeCatalog.h"
#include "core/graph/GraphResponse.h"
#include "core/graph/HttpTransport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace MentorDesk {

TokenRefreshJob::TokenRefreshJob(QNetworkAccessManager *nam, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_clock(clock)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &TokenRefreshJob::send);
}

TokenRefreshJob::~TokenRefreshJob()
{
    abort();
}

void TokenRefreshJob::start(const QUrl &tokenEndpoint, const QString &clientId, const QString &refreshToken,
                            const QStringList &scopes)
{
    abort();
    m_scopes = scopes;
    m_attempts = 0;
    QUrlQuery form;
    form.addQueryItem(u"client_id"_s, clientId);
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s, refreshToken);
    form.addQueryItem(u"scope"_s, scopes.join(u' '));
    m_form = form.toString(QUrl::FullyEncoded).toUtf8();
    m_request = QNetworkRequest(tokenEndpoint);
    m_request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    m_request.setHeader(QNetworkRequest::ContentLengthHeader, m_form.size());
    m_request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    m_request.setTransferTimeout(int(m_transferTimeout.count()));
    send();
}

void TokenRefreshJob::send()
{
    ++m_attempts;
    auto *body = new OneShotBody(m_form, this);
    m_reply = m_nam->post(m_request, body);
    body->setParent(m_reply);
    qCDebug(lcAuth) << "refreshing the access token at" << m_request.url().host() << "attempt" << m_attempts << "of"
                    << m_policy.maxAttempts;
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] { onReplyFinished(reply); });
}

void TokenRefreshJob::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const bool transportFailed
        = (status == 0 || !HttpTransport::isHttpLevelError(reply->error()) || HttpTransport::isCutShort(reply, body));
    if (transportFailed || status != 200) {
        if (transportFailed) // Qt's English reason, for the log only; it names no token
            qCInfo(lcAuth) << "token endpoint attempt" << m_attempts << "failed:" << reply->errorString()
                           << (status ? u"(HTTP %1, answer cut short)"_s.arg(status) : QString());
        else
            qCInfo(lcAuth) << "token endpoint answered HTTP" << status << "on attempt" << m_attempts;
        if (retry(reply, status, transportFailed))
            return;
        Q_EMIT finished({},
                        transportFailed
                            ? AuthError::fromTokenEndpoint(0, {}, reply->error(), reply->errorString())
                            : AuthError::fromTokenEndpoint(status, body, reply->error(), reply->errorString()));
        return;
    }
    TokenSet tokens;
    QString problem;
    if (!TokenSet::fromTokenResponse(QJsonDocument::fromJson(body).object(), m_scopes, ScopeCatalog::instance(),
                                     m_clock->nowUtc(), &tokens, &problem)) {
        AuthError error = AuthError::make(AuthError::Kind::ServerError, problem);
        error.httpStatus = status;
        Q_EMIT finished({}, error);
        return;
    }
    tokens.idToken.clear();
    Q_EMIT finished(tokens, {});
}

bool TokenRefreshJob::retry(QNetworkReply *reply, int status, bool transportFailed)
{
    if (m_attempts >= m_policy.maxAttempts)
        return false;
    // Refused, host unknown, no network: nothing left this computer, and trying again at once will not change that.
    if (transportFailed && HttpTransport::neverLeftThisComputer(reply->error()))
        return false;
    if (!transportFailed && status != 429 && status != 503 && status != 504)
        return false;
    const int retryAfter
        = transportFailed ? -1 : GraphResponse::parseRetryAfter(reply->rawHeader("Retry-After"), m_clock->nowUtc());
    if (retryAfter > m_policy.maxRetryAfter.count())
        return false; // too long to wait here: the session says so and tries again later
    const int delayMs = retryAfter >= 0 ? retryAfter * 1000 : int(m_policy.backoff(m_attempts).count());
    qCInfo(lcAuth) << "trying the token endpoint again in" << delayMs << "ms"
                   << (retryAfter >= 0 ? "(Retry-After)" : "(backoff)");
    m_retryTimer.start(delayMs);
    return true;
}

void TokenRefreshJob::abort()
{
    m_retryTimer.stop();
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->abort();
    }
}

} // namespace MentorDesk
