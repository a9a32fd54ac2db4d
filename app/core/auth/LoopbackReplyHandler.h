#pragma once

#include "core/auth/AuthError.h"

#include <QOAuthOobReplyHandler>
#include <QPointer>
#include <QVariantMap>

#include <optional>

class QTcpServer;

namespace MentorDesk {

class LoopbackHttpListener;

// The loopback redirect listener (RFC 8252 sections 7.3 and 8.3), identical on every Qt version:
// - listens on 127.0.0.1 and on ::1, on the same port the OS picks for IPv4 (a new pair of ports when ::1 has that
//   one taken), so a browser that resolves "localhost" to ::1 first reaches MentorDesk and no other local process;
//   where the machine has no IPv6 loopback at all, 127.0.0.1 alone is enough;
// - announces the pinned redirect URI http://localhost:PORT/callback (the form Entra's portal registers for
//   desktop apps; see README, "Security");
// - passes on only the one request that carries this round's state: GET /callback with a Host of this listener.
//   Every other request (another path or method, a foreign Host, no or another state, an error= without our
//   state) gets a short error page and is otherwise ignored, so a local process or a web page scanning ports
//   cannot end the user's sign-in. After kMaxStrayRequests of them the listener closes and says so;
// - surfaces token endpoint errors with Entra's JSON body (Qt 6.4 swallows them, later versions lose the body).
class LoopbackReplyHandler : public QOAuthOobReplyHandler
{
    Q_OBJECT

public:
    static constexpr int kMaxStrayRequests = 20;

    explicit LoopbackReplyHandler(QObject *parent = nullptr);
    ~LoopbackReplyHandler() override;

    QString callback() const override;
    void networkReplyFinished(QNetworkReply *reply) override;

    // The state of the running round; only a callback carrying it is passed on (callbackReceived).
    void setExpectedState(const QString &state) { m_expectedState = state; }
    // The page the browser gets for the callback that is passed on (set while callbackReceived is emitted).
    void setCallbackText(const QString &html) { m_callbackText = html; }
    QString callbackText() const { return m_callbackText; }

    bool isListening() const;
    void close();
    quint16 listeningPort() const { return m_port; }
    bool listensOnIpv6() const;
    int strayRequests() const { return m_strayRequests; }
    static QString redirectUri(quint16 port);
    // The callback's query parameters, fully decoded; nullopt when a name repeats (an answer that is not
    // well-formed, or one crafted to make the state check and the code read different values). Untrusted input:
    // tests/fuzz/fuzz_loopbackcallback.cpp.
    static std::optional<QVariantMap> callbackParameters(const QUrl &url);
    // A small page for the browser; every text is escaped here.
    static QString page(const QString &title, const QString &message, bool success);

Q_SIGNALS:
    void tokenRequestFailed(const MentorDesk::AuthError &error);
    void strayRequestIgnored(int count);
    // kMaxStrayRequests requests that were not the sign-in's: the listener has closed.
    void tooManyStrayRequests();

private:
    struct Answer
    {
        int status = 200;
        QByteArray html;
    };
    Answer answer(bool isGet, const QUrl &url, const QString &host, quint16 hostPort);
    Answer ignore(int status, const QString &message);
    bool listen();

    LoopbackHttpListener *m_http = nullptr;
    QPointer<QTcpServer> m_ipv4;
    QPointer<QTcpServer> m_ipv6;
    quint16 m_port = 0; // cached at listen time, so callback() stays right after close()
    QString m_expectedState;
    QString m_callbackText;
    int m_strayRequests = 0;
};

} // namespace MentorDesk
