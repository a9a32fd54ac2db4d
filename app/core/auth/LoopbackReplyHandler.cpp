#include "auth/LoopbackReplyHandler.h"

#include "common/Logging.h"

#include <QHostAddress>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace MentorDesk {

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent)
{
    // Qt 6.4 strips the leading slash and matches by prefix; 6.7+ keeps the path as given and matches it exactly.
    // "/callback" is right for both, and keeps /favicon.ico out.
    setCallbackPath(u"/callback"_s);
    m_port = isListening() ? port() : 0;
    if (m_port)
        qCDebug(lcAuth) << "loopback listener open on 127.0.0.1 port" << m_port;
}

QString LoopbackReplyHandler::redirectUri(quint16 port)
{
    return u"http://localhost:%1/callback"_s.arg(port);
}

QString LoopbackReplyHandler::callback() const
{
    return redirectUri(m_port);
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
        return;
    }
    // Entra answers 400/401 with {error, error_description (AADSTS...), error_codes, correlation_id}.
    const AuthError error
        = AuthError::fromTokenEndpoint(status, reply->readAll(), reply->error(), reply->errorString());
    qCInfo(lcAuth) << "token endpoint refused:" << error.technicalDetails();
    Q_EMIT tokenRequestFailed(error);
}

} // namespace MentorDesk
