#pragma once

#include "auth/AuthError.h"

#include <QOAuthHttpServerReplyHandler>

namespace MentorDesk {

// The loopback redirect listener (RFC 8252 section 7.3), made identical on every Qt version:
// - listens on 127.0.0.1 only, on a port the OS picks, from construction until close();
// - announces the pinned redirect URI http://localhost:PORT/callback (Qt flips between 127.0.0.1 and localhost
//   across versions, and Entra's portal only accepts http://localhost for desktop apps; see README);
// - surfaces token endpoint errors with Entra's JSON body (Qt 6.4 swallows them, later versions lose the body).
class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT

public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);

    QString callback() const override;
    void networkReplyFinished(QNetworkReply *reply) override;

    quint16 listeningPort() const { return m_port; }
    static QString redirectUri(quint16 port);

Q_SIGNALS:
    void tokenRequestFailed(const MentorDesk::AuthError &error);

private:
    quint16 m_port = 0; // cached at listen time, so callback() stays right after close()
};

} // namespace MentorDesk
