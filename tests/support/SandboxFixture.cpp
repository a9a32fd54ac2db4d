#include "support/SandboxFixture.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

QJsonObject SandboxFixture::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray SandboxFixture::Reply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Sandbox::SandboxOptions SandboxFixture::defaultOptions()
{
    Sandbox::SandboxOptions options;
    options.now = QDateTime::fromString(QLatin1StringView(kDefaultNow), Qt::ISODate);
    return options;
}

SandboxFixture::SandboxFixture(const Sandbox::SandboxOptions &options)
    : m_server(std::make_unique<Sandbox::SandboxServer>(options))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_listening = m_server->listen(QHostAddress::LocalHost, 0);
}

SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::isListening() const
{
    return m_listening;
}

Sandbox::SandboxServer &SandboxFixture::server()
{
    return *m_server;
}

QNetworkAccessManager &SandboxFixture::network()
{
    return *m_network;
}

QUrl SandboxFixture::baseUrl() const
{
    return m_server->baseUrl();
}

QUrl SandboxFixture::authority(const QString &tenant) const
{
    return m_server->authority(tenant);
}

QUrl SandboxFixture::url(const QString &pathAndQuery) const
{
    return QUrl(m_server->baseUrl().toString() + pathAndQuery, QUrl::TolerantMode);
}

QUrl SandboxFixture::graphUrl(const QString &pathAndQuery) const
{
    return url(u"/v1.0"_s + pathAndQuery);
}

SandboxFixture::Reply SandboxFixture::request(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                              const QList<QNetworkReply::RawHeaderPair> &headers, const QString &token,
                                              int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return result;
}

SandboxFixture::Reply SandboxFixture::get(const QUrl &url, const QString &token,
                                          const QList<QNetworkReply::RawHeaderPair> &headers)
{
    return request("GET", url, {}, headers, token);
}

SandboxFixture::Reply SandboxFixture::postJson(const QUrl &url, const QJsonObject &body, const QString &token,
                                               const QList<QNetworkReply::RawHeaderPair> &headers)
{
    QList<QNetworkReply::RawHeaderPair> all = headers;
    all.emplaceBack("Content-Type", "application/json");
    return request("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), all, token);
}

SandboxFixture::Reply SandboxFixture::postForm(const QUrl &url, const QByteArray &formEncoded)
{
    return request("POST", url, formEncoded, {{"Content-Type", "application/x-www-form-urlencoded"}});
}

QString SandboxFixture::addFault(const QJsonObject &fault)
{
    return postJson(url(u"/_sandbox/faults"_s), fault).json().value(u"id"_s).toString();
}

void SandboxFixture::clearFaults()
{
    request("DELETE", url(u"/_sandbox/faults"_s));
}

int SandboxFixture::tokenRequests(const QString &grantType)
{
    int count = 0;
    for (const QJsonValue &request : server().stateSnapshot().value(u"tokenRequests"_s).toArray()) {
        for (const QJsonValue &parameter : request.toObject().value(u"parameters"_s).toArray()) {
            const QJsonArray pair = parameter.toArray(); // [name, value]
            count += pair.at(0).toString() == u"grant_type"_s && pair.at(1).toString() == grantType;
        }
    }
    return count;
}

QJsonObject SandboxFixture::state()
{
    return get(url(u"/_sandbox/state"_s)).json();
}

QJsonObject SandboxFixture::setConfig(const QJsonObject &config)
{
    return postJson(url(u"/_sandbox/config"_s), config).json();
}

void SandboxFixture::advanceClock(int seconds)
{
    postJson(url(u"/_sandbox/clock"_s), {{u"advanceSeconds"_s, seconds}});
}

QString SandboxFixture::issueToken(const QStringList &scopes, int lifetimeSeconds)
{
    QJsonObject body{{u"scopes"_s, QJsonArray::fromStringList(scopes)}};
    if (lifetimeSeconds > 0)
        body.insert(u"lifetimeSeconds"_s, lifetimeSeconds);
    return postJson(url(u"/_sandbox/token"_s), body).json().value(u"access_token"_s).toString();
}

QJsonObject SandboxFixture::mutate(const QJsonObject &mutation)
{
    return postJson(url(u"/_sandbox/mutate"_s), mutation).json();
}

} // namespace MentorDesk::Test
