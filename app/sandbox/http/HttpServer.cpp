#include "sandbox/http/HttpServer.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

#include <optional>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

// Remembers each accepted socket by its peer port: Qt 6.8 hides the socket behind the responder, but a
// request still tells its remote port, which is enough to find the connection and cut it.
class TrackingTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

    QTcpSocket *socketForPeerPort(quint16 port) const { return m_sockets.value(port); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        const quint16 peerPort = socket->peerPort();
        m_sockets.insert(peerPort, socket);
        connect(socket, &QObject::destroyed, this, [this, peerPort, socket] {
            if (m_sockets.value(peerPort) == socket)
                m_sockets.remove(peerPort);
        });
        addPendingConnection(socket);
    }

private:
    QHash<quint16, QPointer<QTcpSocket>> m_sockets;
};

struct HttpResponder::Private
{
    std::optional<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    bool answered = false;
};

HttpResponder::HttpResponder() = default;
HttpResponder::HttpResponder(HttpResponder &&other) noexcept = default;
HttpResponder &HttpResponder::operator=(HttpResponder &&other) noexcept = default;
HttpResponder::~HttpResponder() = default;

bool HttpResponder::isConnected() const
{
    return d && d->socket && d->socket->state() == QAbstractSocket::ConnectedState;
}

namespace {

QHttpServerResponder::StatusCode statusCode(int status)
{
    // QtHttpServer 6.4 looks the reason phrase up in a fixed table and throws for unknown codes.
    const QMetaEnum meta = QMetaEnum::fromType<QHttpServerResponder::StatusCode>();
    return meta.valueToKey(status) ? QHttpServerResponder::StatusCode(status)
                                   : QHttpServerResponder::StatusCode::InternalServerError;
}

QByteArray rawHead(const HttpResponse &response)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Sandbox\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    return head;
}

} // namespace

void HttpResponder::send(const HttpResponse &response)
{
    if (!d || d->answered)
        return;
    d->answered = true;
    if (!isConnected() || !d->responder)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers;
    for (const auto &[name, value] : response.headers)
        headers.append(QByteArrayView(name), QByteArrayView(value));
    d->responder->write(response.body, headers, statusCode(response.status));
#else
    QHttpServerResponder &responder = *d->responder;
    responder.writeStatusLine(statusCode(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
#endif
    d->responder.reset();
}

void HttpResponder::sendTruncated(const HttpResponse &response)
{
    if (!d || d->answered)
        return;
    d->answered = true;
    if (isConnected()) {
        // Written past QtHttpServer on purpose: it would never send a body shorter than its Content-Length.
        d->socket->write(rawHead(response) + response.body.left(response.body.size() / 2));
        d->socket->flush();
        d->socket->abort();
    }
    d->responder.reset();
}

void HttpResponder::drop()
{
    if (!d || d->answered)
        return;
    d->answered = true;
    if (d->socket)
        d->socket->abort();
    d->responder.reset();
}

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

HttpServer::~HttpServer() = default;

bool HttpServer::listenOn(const QHostAddress &address, quint16 port)
{
    auto *server = new TrackingTcpServer(this);
    if (!server->listen(address, port)) {
        m_errorString = server->errorString();
        delete server;
        return false;
    }
    bind(server);
    m_tcpServer = server;
    return true;
}

quint16 HttpServer::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

QString HttpServer::errorString() const
{
    return m_errorString;
}

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

HttpRequest toValue(const QHttpServerRequest &request)
{
    HttpRequest value;
    value.method = methodName(request.method());
    const QUrl url = request.url();
    value.setTarget(url.path(QUrl::FullyEncoded).toUtf8(), url.query(QUrl::FullyEncoded).toUtf8());
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders &headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i)
        value.headers.emplaceBack(QByteArray(headers.nameAt(i).data(), headers.nameAt(i).size()),
                                  headers.valueAt(i).toByteArray());
#else
    value.headers = request.headers();
#endif
    value.body = request.body();
    return value;
}

} // namespace

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
bool HttpServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    HttpResponder handle;
    handle.d = std::make_unique<HttpResponder::Private>();
    handle.d->responder.emplace(std::move(responder));
    if (m_tcpServer)
        handle.d->socket = m_tcpServer->socketForPeerPort(request.remotePort());
    m_handler(toValue(request), std::move(handle));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
{
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}
#else
bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpResponder handle;
    handle.d = std::make_unique<HttpResponder::Private>();
    handle.d->responder.emplace(makeResponder(request, socket));
    handle.d->socket = socket;
    m_handler(toValue(request), std::move(handle));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
#endif

} // namespace MentorDesk::Sandbox
