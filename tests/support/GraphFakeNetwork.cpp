#include "support/GraphFakeNetwork.h"

#include "support/Fixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkRequest>

#include <cstring>

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

// One scripted reply, delivered like QNetworkReplyHttpImpl would: metaDataChanged, readyRead, finished.
class FakeNetworkReply : public QNetworkReply
{
public:
    FakeNetworkReply(GraphFakeNetwork *network, QNetworkAccessManager::Operation operation,
                     const QNetworkRequest &request, const FakeReply &reply)
        : QNetworkReply(network)
        , m_network(network)
        , m_reply(reply)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (!m_reply.hold)
            QMetaObject::invokeMethod(this, &FakeNetworkReply::deliver, Qt::QueuedConnection);
    }

    void deliver()
    {
        if (isFinished())
            return;
        if (m_reply.error != QNetworkReply::NoError) {
            setError(m_reply.error, u"Fake transport failure %1"_s.arg(int(m_reply.error)));
            Q_EMIT errorOccurred(m_reply.error);
            complete();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_reply.status);
        for (const auto &[name, value] : m_reply.headers)
            setRawHeader(name, value);
        m_data = m_reply.body;
        if (const NetworkError httpError = errorForStatus(m_reply.status); httpError != NoError) {
            setError(httpError, u"Fake HTTP %1"_s.arg(m_reply.status));
            Q_EMIT errorOccurred(httpError);
        }
        Q_EMIT metaDataChanged();
        Q_EMIT downloadProgress(m_data.size(), m_data.size());
        Q_EMIT readyRead();
        complete();
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, u"Operation canceled"_s);
        Q_EMIT errorOccurred(OperationCanceledError);
        complete();
    }

    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_pos);
        if (count <= 0)
            return isFinished() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_pos, size_t(count));
        m_pos += count;
        return count;
    }

private:
    // What QNetworkAccessManager reports for HTTP error statuses.
    static NetworkError errorForStatus(int status)
    {
        switch (status) {
        case 401:
            return AuthenticationRequiredError;
        case 403:
            return ContentAccessDenied;
        case 404:
            return ContentNotFoundError;
        case 409:
            return ContentConflictError;
        case 410:
            return ContentGoneError;
        case 500:
            return InternalServerError;
        case 501:
            return OperationNotImplementedError;
        case 503:
            return ServiceUnavailableError;
        default:
            break;
        }
        if (status >= 400 && status < 500)
            return status == 400 ? ProtocolInvalidOperationError : UnknownContentError;
        if (status >= 500)
            return UnknownServerError;
        return NoError;
    }

    void complete()
    {
        setFinished(true);
        Q_EMIT finished();
        if (m_network)
            m_network->replyDone();
    }

    QPointer<GraphFakeNetwork> m_network;
    FakeReply m_reply;
    QByteArray m_data;
    qint64 m_pos = 0;
};

FakeReply FakeReply::json(int status, const QJsonDocument &body)
{
    return json(status, body.toJson(QJsonDocument::Compact));
}

FakeReply FakeReply::json(int status, const QByteArray &body)
{
    FakeReply reply;
    reply.status = status;
    reply.body = body;
    reply.headers.append({QByteArrayLiteral("Content-Type"),
                          QByteArrayLiteral("application/json; odata.metadata=minimal; charset=utf-8")});
    return reply;
}

FakeReply FakeReply::fixture(const QString &relativePath)
{
    const QJsonObject recorded = readJsonFixture(relativePath).object();
    FakeReply reply;
    reply.status = recorded.value("status"_L1).toInt(200);
    const QJsonObject headers = recorded.value("headers"_L1).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        reply.headers.append({it.key().toLatin1(), it.value().toVariant().toString().toUtf8()});
    const QJsonValue body = recorded.value("body"_L1);
    if (body.isObject())
        reply.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        reply.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    else if (recorded.contains("bodyText"_L1))
        reply.body = recorded.value("bodyText"_L1).toString().toUtf8();
    else if (recorded.contains("bodyBase64"_L1))
        reply.body = QByteArray::fromBase64(recorded.value("bodyBase64"_L1).toString().toLatin1());
    return reply;
}

FakeReply FakeReply::failure(QNetworkReply::NetworkError error)
{
    FakeReply reply;
    reply.status = 0;
    reply.error = error;
    return reply;
}

FakeReply &FakeReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

FakeReply &FakeReply::held()
{
    hold = true;
    return *this;
}

GraphFakeNetwork::GraphFakeNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

GraphFakeNetwork::~GraphFakeNetwork() = default;

void GraphFakeNetwork::enqueue(const QByteArray &method, const QString &pathPrefix, const FakeReply &reply)
{
    enqueue(method, pathPrefix, QList<FakeReply>{reply});
}

void GraphFakeNetwork::enqueue(const QByteArray &method, const QString &pathPrefix, const QList<FakeReply> &replies)
{
    for (Route &route : m_routes) {
        if (route.method == method && route.prefix == pathPrefix) {
            route.replies.append(replies);
            return;
        }
    }
    m_routes.append({method, pathPrefix, replies});
}

int GraphFakeNetwork::remainingReplies() const
{
    int count = 0;
    for (const Route &route : m_routes)
        count += int(route.replies.size());
    return count;
}

int GraphFakeNetwork::requestCount(const QString &pathPrefix) const
{
    int count = 0;
    for (const RecordedRequest &request : m_requests) {
        if (request.url.path().startsWith(pathPrefix))
            ++count;
    }
    return count;
}

int GraphFakeNetwork::heldCount() const
{
    int count = 0;
    for (const QPointer<QNetworkReply> &reply : m_held) {
        if (reply && !reply->isFinished())
            ++count;
    }
    return count;
}

void GraphFakeNetwork::releaseHeld()
{
    const QList<QPointer<QNetworkReply>> held = std::exchange(m_held, {});
    for (const QPointer<QNetworkReply> &reply : held) {
        if (reply)
            static_cast<FakeNetworkReply *>(reply.data())->deliver();
    }
}

void GraphFakeNetwork::clear()
{
    m_routes.clear();
    m_requests.clear();
    m_maxInFlight = m_inFlight;
}

void GraphFakeNetwork::replyDone()
{
    --m_inFlight;
}

QNetworkReply *GraphFakeNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    RecordedRequest recorded;
    switch (op) {
    case GetOperation:
        recorded.method = "GET";
        break;
    case PostOperation:
        recorded.method = "POST";
        break;
    case PutOperation:
        recorded.method = "PUT";
        break;
    case DeleteOperation:
        recorded.method = "DELETE";
        break;
    case HeadOperation:
        recorded.method = "HEAD";
        break;
    default:
        recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    recorded.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        recorded.headers.insert(name.toLower(), request.rawHeader(name));
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);

    const QString path = request.url().path(QUrl::FullyEncoded);
    Route *best = nullptr;
    for (Route &route : m_routes) {
        if (route.method == recorded.method && path.startsWith(route.prefix) && !route.replies.isEmpty()
            && (!best || route.prefix.size() > best->prefix.size()))
            best = &route;
    }
    FakeReply reply;
    if (best) {
        reply = best->replies.takeFirst();
    } else {
        qWarning("GraphFakeNetwork: no reply scripted for %s %s", recorded.method.constData(), qPrintable(path));
        reply = FakeReply::json(404,
                                QByteArrayLiteral(R"({"error":{"code":"fakeNetworkNoRoute","message":"no route"}})"));
    }
    ++m_inFlight;
    m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
    auto *networkReply = new FakeNetworkReply(this, op, request, reply);
    if (reply.hold)
        m_held.append(networkReply);
    return networkReply;
}

} // namespace MentorDesk::Test
