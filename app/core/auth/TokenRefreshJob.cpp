#include "core/auth/TokenRefreshJob.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/consent/ScopeCatalog.h"

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
{ }

TokenRefreshJob::~TokenRefreshJob()
{
    abort();
}

void TokenRefreshJob::start(const QUrl &tokenEndpoint, const QString &clientId, const QString &refreshToken,
                            const QStringList &scopes)
{
    abort();
    m_scopes = scopes;
    QUrlQuery form;
    form.addQueryItem(u"client_id"_s, clientId);
    form.addQueryItem(u"grant_type"_s, u"refresh_token"_s);
    form.addQueryItem(u"refresh_token"_s, refreshToken);
    form.addQueryItem(u"scope"_s, scopes.join(u' '));
    QNetworkRequest request(tokenEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setTransferTimeout(30000);
    m_reply = m_nam->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    qCDebug(lcAuth) << "refreshing the access token at" << tokenEndpoint.host();
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply.data()] {
        reply->deleteLater();
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            Q_EMIT finished({}, AuthError::fromTokenEndpoint(status, body, reply->error(), reply->errorString()));
            return;
        }
        TokenSet tokens;
        QString problem;
        if (!TokenSet::fromTokenResponse(QJsonDocument::fromJson(body).object(), m_scopes, ScopeCatalog::instance(),
                                         m_clock->nowUtc(), &tokens, &problem)) {
            Q_EMIT finished({}, AuthError::make(AuthError::Kind::ServerError, problem));
            return;
        }
        tokens.idToken.clear();
        Q_EMIT finished(tokens, {});
    });
}

void TokenRefreshJob::abort()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->abort();
    }
}

} // namespace MentorDesk
