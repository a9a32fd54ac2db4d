#pragma once

#include "core/auth/AuthError.h"
#include "core/auth/TokenSet.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace MentorDesk {

class Clock;

// grant_type=refresh_token against the token endpoint, written out rather than through
// QOAuth2AuthorizationCodeFlow::refreshAccessToken(): Qt 6.4 sends an empty client_secret and a stale
// redirect_uri, and stays stuck in RefreshingToken after a failure (QTBUG-106821). Sends client_id,
// refresh_token and scope, nothing else.
class TokenRefreshJob : public QObject
{
    Q_OBJECT

public:
    TokenRefreshJob(QNetworkAccessManager *nam, Clock *clock, QObject *parent = nullptr);
    ~TokenRefreshJob() override;

    void start(const QUrl &tokenEndpoint, const QString &clientId, const QString &refreshToken,
               const QStringList &scopes);
    void abort();

Q_SIGNALS:
    // On success the token set carries the new refresh token (Entra rotates them; the old one must be dropped).
    void finished(const MentorDesk::TokenSet &tokens, const MentorDesk::AuthError &error);

private:
    QNetworkAccessManager *m_nam;
    Clock *m_clock;
    QPointer<QNetworkReply> m_reply;
    QStringList m_scopes;
};

} // namespace MentorDesk
