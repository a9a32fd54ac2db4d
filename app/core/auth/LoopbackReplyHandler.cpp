#include "core/auth/LoopbackReplyHandler.h"

#include "core/common/Logging.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QNetworkReply>
#include <QTcpServer>
#include <QUrlQuery>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

#include <functional>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
constexpr auto kCallbackPath = "/callback"_L1;
constexpr int kListenAttempts = 8;
} // namespace

// The one place that knows how QtHttpServer's request handling differs between 6.4 (handleRequest with the socket,
// makeResponder, headers as a list of pairs) and 6.8 (a responder is passed in, QHttpHeaders). Everything it gets
// is answered with an HTML page; nothing is routed.
class LoopbackHttpListener : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &request, const QByteArray &host,
                                       QHttpServerResponder &responder)>;

    LoopbackHttpListener(Handler handler, QObject *parent)
        : QAbstractHttpServer(parent)
        , m_handler(std::move(handler))
    { }

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        m_handler(request, request.headers().value(QHttpHeaders::WellKnownHeader::Host).toByteArray(), responder);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder) override
    {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QByteArray host;
        for (const auto &[name, value] : request.headers()) {
            if (name.compare("host", Qt::CaseInsensitive) == 0)
                host = value;
        }
        QHttpServerResponder responder = makeResponder(request, socket);
        m_handler(request, host, responder);
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
    }
#endif

private:
    Handler m_handler;
};

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : QOAuthOobReplyHandler(parent)
{
    m_http = new LoopbackHttpListener(
        [this](const QHttpServerRequest &request, const QByteArray &host, QHttpServerResponder &responder) {
            const QUrl hostUrl(u"http://"_s + QString::fromLatin1(host), QUrl::StrictMode);
            const Answer reply = answer(request.method() == QHttpServerRequest::Method::Get, request.url(),
                                        hostUrl.host(), quint16(hostUrl.port(80)));
            responder.write(reply.html, "text/html; charset=utf-8",
                            reply.status == 200       ? QHttpServerResponder::StatusCode::Ok
                                : reply.status == 404 ? QHttpServerResponder::StatusCode::NotFound
                                                      : QHttpServerResponder::StatusCode::BadRequest);
            if (m_strayRequests >= kMaxStrayRequests && isListening()) {
                qCWarning(lcAuth) << "closing the sign-in listener after" << m_strayRequests << "stray requests";
                close();
                Q_EMIT tooManyStrayRequests();
            }
        },
        this);
    if (listen())
        qCDebug(lcAuth) << "loopback listener open on port" << m_port
                        << (m_ipv6 ? "(127.0.0.1 and ::1)" : "(127.0.0.1)");
}

LoopbackReplyHandler::~LoopbackReplyHandler()
{
    close();
}

bool LoopbackReplyHandler::listen()
{
    for (int attempt = 0; attempt < kListenAttempts; ++attempt) {
        auto *ipv4 = new QTcpServer(this);
        if (!ipv4->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
            qCWarning(lcAuth) << "cannot listen on 127.0.0.1:" << ipv4->errorString();
            delete ipv4;
            return false;
        }
        const quint16 port = ipv4->serverPort();
        auto *ipv6 = new QTcpServer(this);
        if (ipv6->listen(QHostAddress(QHostAddress::LocalHostIPv6), port)) {
            m_http->bind(ipv4);
            m_http->bind(ipv6);
            m_ipv4 = ipv4;
            m_ipv6 = ipv6;
            m_port = port;
            return true;
        }
        const QAbstractSocket::SocketError error = ipv6->serverError();
        delete ipv6;
        if (error == QAbstractSocket::AddressInUseError) {
            // Another process holds [::1]:port and would get a browser that tries ::1 first: take another pair.
            qCInfo(lcAuth) << "port" << port << "is taken on ::1; trying another";
            delete ipv4;
            continue;
        }
        // No usable IPv6 loopback here, so nobody can listen on [::1] either and browsers fall back to 127.0.0.1.
        qCDebug(lcAuth) << "no IPv6 loopback:" << error;
        m_http->bind(ipv4);
        m_ipv4 = ipv4;
        m_port = port;
        return true;
    }
    qCWarning(lcAuth) << "no port was free on both 127.0.0.1 and ::1";
    return false;
}

bool LoopbackReplyHandler::isListening() const
{
    return (m_ipv4 && m_ipv4->isListening()) || (m_ipv6 && m_ipv6->isListening());
}

bool LoopbackReplyHandler::listensOnIpv6() const
{
    return m_ipv6 && m_ipv6->isListening();
}

void LoopbackReplyHandler::close()
{
    if (m_ipv4)
        m_ipv4->close();
    if (m_ipv6)
        m_ipv6->close();
}

QString LoopbackReplyHandler::redirectUri(quint16 port)
{
    return u"http://localhost:%1/callback"_s.arg(port);
}

QString LoopbackReplyHandler::callback() const
{
    return redirectUri(m_port);
}

LoopbackReplyHandler::Answer LoopbackReplyHandler::ignore(int status, const QString &message)
{
    ++m_strayRequests;
    Q_EMIT strayRequestIgnored(m_strayRequests);
    return {status, page(tr("Not part of your sign-in"), message, false).toUtf8()};
}

LoopbackReplyHandler::Answer LoopbackReplyHandler::answer(bool isGet, const QUrl &url, const QString &host,
                                                          quint16 hostPort)
{
    // A browser on this computer names the listener as the redirect URI did (localhost) or by its address.
    const bool ourHost = hostPort == m_port
        && (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback());
    if (!ourHost || !isGet || url.path() != kCallbackPath) {
        qCInfo(lcAuth) << "ignored a request to the sign-in listener that is not a callback";
        return ignore(404,
                      tr("This address belongs to MentorDesk's sign-in and answers nothing else. The request was "
                         "ignored."));
    }
    const std::optional<QVariantMap> parameters = callbackParameters(url);
    if (!parameters) {
        qCInfo(lcAuth) << "ignored a callback with a repeated parameter";
        return ignore(400, tr("This answer is not well-formed, so MentorDesk ignored it."));
    }
    const QVariantMap &values = *parameters;
    if (m_expectedState.isEmpty() || values.value(u"state"_s).toString() != m_expectedState) {
        // Not this round's: a stale tab, or someone else's attempt to end or hijack the sign-in. Ignored; the real
        // answer can still arrive.
        qCInfo(lcAuth) << "ignored a callback that does not carry this sign-in's state";
        return ignore(400,
                      tr("This answer does not belong to MentorDesk's current sign-in, so it was ignored. If you "
                         "are signing in, use the browser tab MentorDesk opened last."));
    }
    m_expectedState.clear(); // one answer per round
    m_callbackText = page(tr("Waiting"), tr("MentorDesk is finishing your sign-in."), false);
    Q_EMIT callbackReceived(values);
    return {200, m_callbackText.toUtf8()};
}

std::optional<QVariantMap> LoopbackReplyHandler::callbackParameters(const QUrl &url)
{
    QVariantMap values;
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (values.contains(name))
            return std::nullopt;
        values.insert(name, value);
    }
    return values;
}

QString LoopbackReplyHandler::page(const QString &title, const QString &message, bool success)
{
    const QString accent = success ? u"#107c10"_s : u"#a4262c"_s;
    return u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
           "content=\"width=device-width\"><meta name=\"referrer\" content=\"no-referrer\"><title>%1</title>"
           "</head><body><div style=\"font-family:sans-serif;max-width:34em;margin:4em auto;padding:1.5em 2em;"
           "border-left:6px solid %2;background:#f7f7f7;color:#222\"><h1 style=\"font-size:1.4em;margin-top:0\">%3"
           "</h1><p>%4</p><p style=\"color:#666\">%5</p></div></body></html>"_s.arg(
               QCoreApplication::applicationName().toHtmlEscaped(), accent, title.toHtmlEscaped(),
               message.toHtmlEscaped(),
               tr("MentorDesk %1").arg(QCoreApplication::applicationVersion()).toHtmlEscaped());
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        QOAuthOobReplyHandler::networkReplyFinished(reply);
        return;
    }
    // Entra answers 400/401 with {error, error_description (AADSTS...), error_codes, correlation_id}.
    const AuthError error
        = AuthError::fromTokenEndpoint(status, reply->readAll(), reply->error(), reply->errorString());
    qCInfo(lcAuth) << "token endpoint refused:" << error.technicalDetails()
                   << (status == 0 ? reply->errorString() : QString()); // Qt's reason names no token
    Q_EMIT tokenRequestFailed(error);
}

} // namespace MentorDesk
