#pragma once

#include "sandbox/http/HttpResponder.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>

namespace MentorDesk::Sandbox {

class TrackingTcpServer;

// The one place that knows QtHttpServer's version differences (6.4: handleRequest(request, QTcpSocket*) and
// makeResponder(); 6.8: handleRequest(request, QHttpServerResponder&), QHttpHeaders, no listen()). It turns
// every request into an HttpRequest value and hands it, with an HttpResponder, to one handler function.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest &request, HttpResponder responder)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // Listens on the given (loopback) address through our own QTcpServer so connections can be cut later.
    bool listenOn(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

private:
    Handler m_handler;
    TrackingTcpServer *m_tcpServer = nullptr;
    QString m_errorString;
};

} // namespace MentorDesk::Sandbox
