#pragma once

#include "core/auth/AuthError.h"
#include "core/auth/TokenSet.h"
#include "core/graph/GraphRetryPolicy.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace MentorDesk {

class Clock;

// grant_type=refresh_token against the token endpoint, written out rather than through
// QOAuth2AuthorizationCodeFlow::refreshAccessToken(): Qt 6.4 sends an empty client_secret and a stale
// redirect_uri, and stays stuck in RefreshingToken after a failure (QTBUG-106821). Sends client_id,
// refresh_token and scope, nothing else.
//
// A passing failure is tried again within one start(), as GraphClient tries Graph requests (GraphRetryPolicy): 429,
// 503 and 504 (after Retry-After when the answer has one, up to maxRetryAfter), a connection reset before or while
// answering, a body cut short, and no answer within the transfer timeout. Sending the same refresh token again is
// harmless: the identity platform does not revoke a refresh token when it issues the next one (docs/entra/sign-in.md).
// Each attempt is one HTTP request: the body cannot be resent by QNetworkAccessManager behind the job's back.
class TokenRefreshJob : public QObject
{
    Q_OBJECT

public:
    TokenRefreshJob(QNetworkAccessManager *nam, Clock *clock, QObject *parent = nullptr);
    ~TokenRefreshJob() override;

    void start(const QUrl &tokenEndpoint, const QString &clientId, const QString &refreshToken,
               const QStringList &scopes);
    void abort();

    void setRetryPolicy(const GraphRetryPolicy &policy) { m_policy = policy; }
    const GraphRetryPolicy &retryPolicy() const { return m_policy; }
    // No answer within this time ends the attempt (default 30 s).
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    // HTTP attempts of the running or last refresh.
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    // On success the token set carries the new refresh token (Entra rotates them; the old one must be dropped).
    void finished(const MentorDesk::TokenSet &tokens, const MentorDesk::AuthError &error);

private:
    void send();
    void onReplyFinished(QNetworkReply *reply);
    // Schedules the next attempt for a passing failure; false when the failure is final.
    bool retry(QNetworkReply *reply, int status, bool transportFailed);

    QNetworkAccessManager *m_nam;
    Clock *m_clock;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QNetworkRequest m_request;
    QByteArray m_form;
    QStringList m_scopes;
    GraphRetryPolicy m_policy;
    std::chrono::milliseconds m_transferTimeout{30000};
    int m_attempts = 0;
};

} // namespace MentorDesk
