#include "sandbox/SandboxServer.h"

#include "sandbox/ControlEndpoints.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/faults/FaultInjector.h"
#include "sandbox/graph/GraphEndpoints.h"
#include "sandbox/http/HttpServer.h"
#include "sandbox/identity/ConsentPage.h"
#include "sandbox/identity/IdentityEndpoints.h"
#include "sandbox/seed/DemoOrganisation.h"
#include "sandbox/seed/SeedBuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

struct SandboxServer::Private
{
    explicit Private(const SandboxOptions &options)
        : options(options)
        , state(options)
        , issuer(state)
        , identity(state, issuer)
        , graph(state, issuer, faults)
        , control(state, faults, issuer, identity, graph.calendar())
    { }

    void handle(const HttpRequest &request, HttpResponder responder);
    bool isForUs(const HttpRequest &request) const;
    void answer(const HttpRequest &request, const std::optional<Fault> &fault, HttpResponder responder,
                const QString &mailbox);
    HttpResponse process(const HttpRequest &request);
    void scheduleSave();

    SandboxOptions options;
    SandboxState state;
    TokenIssuer issuer;
    FaultInjector faults;
    IdentityEndpoints identity;
    GraphEndpoints graph;
    ControlEndpoints control;
    std::unique_ptr<HttpServer> server;
    // Replies held back by a delay fault wait on timers owned by this object. Declared after the server, it is
    // destroyed first, so a held reply never outlives the connection it belongs to (that crashed on Qt 6.8).
    QObject pendingReplies;
    QString errorString;
    QString baseUrl;
    QList<QByteArray> hosts; // the Host values we answer: our loopback address and port, lower case
    bool saveScheduled = false;
    QObject *owner = nullptr;
};

HttpResponse SandboxServer::Private::process(const HttpRequest &request)
{
    if (GraphEndpoints::isGraphPath(request))
        return graph.process(request, baseUrl);
    if (IdentityEndpoints::isIdentityPath(request))
        return identity.handle(request, baseUrl);
    if (request.segments.isEmpty()) {
        // A friendly root for people exploring with a browser or curl.
        return HttpResponse::json(
            200,
            QJsonObject{{u"sandbox"_s, u"MentorDesk sandbox (not a Microsoft service)"_s},
                        {u"authority"_s, QString(baseUrl + u"/organizations"_s)},
                        {u"graph"_s, QString(baseUrl + u"/v1.0"_s)},
                        {u"clientId"_s, state.clientId},
                        {u"nativeClientRedirectUri"_s, IdentityEndpoints::nativeClientRedirectUri(baseUrl)},
                        {u"mentor"_s, state.mentorUpn},
                        {u"admin"_s, state.adminUpn}});
    }
    return HttpResponse::html(404,
                              ConsentPage::error(u"The page you asked for does not exist in the sandbox."_s,
                                                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                 state.clock.nowUtc().toString(Qt::ISODate)));
}

void SandboxServer::Private::scheduleSave()
{
    if (options.stateFile.isEmpty() || saveScheduled)
        return;
    saveScheduled = true;
    QTimer::singleShot(0, owner, [this] {
        saveScheduled = false;
        QSaveFile file(options.stateFile);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QJsonDocument(state.persistentState()).toJson(QJsonDocument::Compact));
            // flush() first: commit() (Qt 6.4) misses a failed write of the buffered rest (a full disk) and would
            // replace the state with an empty file.
            if (!file.flush() || !file.commit())
                qCWarning(lcSandbox) << "could not save the sandbox state to" << options.stateFile;
        }
    });
}

void SandboxServer::Private::answer(const HttpRequest &request, const std::optional<Fault> &fault,
                                    HttpResponder responder, const QString &mailbox)
{
    if (!mailbox.isEmpty())
        --state.inFlight[mailbox];
    const bool isGraph = GraphEndpoints::isGraphPath(request);
    // A token request a fault hits is recorded too, so tokenRequests counts every attempt a client made.
    const auto recordTokenFault = [&](const Fault &hit, bool processed, int status) {
        if (IdentityEndpoints::isTokenPath(request))
            identity.recordTokenFault(request, hit.id, hit.toJson().value(u"type"_s).toString(), processed, status);
    };
    const auto failure = [&](const Fault &hit, const QString &requestId, const QString &clientRequestId) {
        return hit.aadsts > 0 ? identity.injectedTokenError(hit.status, hit.code, hit.aadsts)
                              : FaultInjector::failureResponse(hit, requestId, clientRequestId, baseUrl);
    };
    HttpResponse response;
    if (fault && !fault->after && fault->type != Fault::Type::Delay) {
        // "before": the request never reaches the service.
        const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString clientRequestId = GraphEndpoints::clientRequestId(request, requestId);
        switch (fault->type) {
        case Fault::Type::Drop:
            recordTokenFault(*fault, false, 0);
            responder.drop();
            return;
        case Fault::Type::Truncate:
        case Fault::Type::Malformed:
            response = HttpResponse::json(fault->status == 503 ? 200 : fault->status,
                                          QJsonObject{{u"value"_s, QJsonArray{}}});
            break;
        default:
            response = failure(*fault, requestId, clientRequestId);
            break;
        }
        recordTokenFault(*fault, false, response.status);
        if (isGraph) {
            GraphEndpoints::stamp(response, requestId, clientRequestId);
            state.logGraphRequest(QJsonObject{{u"method"_s, QString::fromLatin1(request.method)},
                                              {u"path"_s, request.path},
                                              {u"status"_s, response.status},
                                              {u"clientRequestId"_s, clientRequestId},
                                              {u"fault"_s, fault->id}});
        }
    } else {
        response = process(request);
        if (request.method != "GET" && response.status < 400)
            scheduleSave();
    }
    // "after" faults, and faults a $batch item hit that only the whole response can show.
    std::optional<Fault> effective = fault && fault->after ? fault : std::nullopt;
    if (const auto batchFault = graph.takeBatchFault(); batchFault && !effective)
        effective = batchFault;
    const bool bodyFaultBefore
        = fault && !fault->after && (fault->type == Fault::Type::Truncate || fault->type == Fault::Type::Malformed);
    if (bodyFaultBefore)
        effective = fault;
    if (effective) {
        if (effective->after)
            recordTokenFault(*effective, true, 0);
        switch (effective->type) {
        case Fault::Type::Status:
        case Fault::Type::ExpiredToken: {
            const QString requestId = QString::fromLatin1(response.header("request-id"));
            const QString clientRequestId = QString::fromLatin1(response.header("client-request-id"));
            response = failure(*effective, requestId, clientRequestId);
            if (isGraph)
                GraphEndpoints::stamp(response, requestId, clientRequestId);
            break;
        }
        case Fault::Type::Drop:
            responder.drop();
            return;
        case Fault::Type::Truncate:
            responder.sendTruncated(response);
            return;
        case Fault::Type::Malformed:
            response = FaultInjector::malformed(response);
            break;
        case Fault::Type::Delay: {
            if (!mailbox.isEmpty())
                ++state.inFlight[mailbox];
            auto held = std::make_shared<HttpResponder>(std::move(responder));
            QTimer::singleShot(effective->delayMs, &pendingReplies, [this, held, response, mailbox] {
                if (!mailbox.isEmpty())
                    --state.inFlight[mailbox];
                held->send(response);
            });
            return;
        }
        }
    }
    responder.send(response);
}

bool SandboxServer::Private::isForUs(const HttpRequest &request) const
{
    const QList<QByteArray> values = request.headerValues("host");
    return values.size() == 1 && hosts.contains(values.first().trimmed().toLower());
}

void SandboxServer::Private::handle(const HttpRequest &request, HttpResponder responder)
{
    // Every request passes here. A web page can reach a loopback port through DNS rebinding (its own name,
    // re-resolved to 127.0.0.1), but its requests still name the page's host: answer only requests addressed to
    // the address and port we listen on. A request without Host (HTTP/1.1 requires one) is refused too.
    if (!isForUs(request)) {
        qCWarning(lcSandbox) << "refused a request not addressed to" << baseUrl << ":" << request.method
                             << request.path;
        responder.send(HttpResponse::json(
            421,
            QJsonObject{{u"error"_s, u"misdirected_request"_s},
                        {u"error_description"_s,
                         u"The MentorDesk sandbox only answers requests addressed to %1."_s.arg(baseUrl)}}));
        return;
    }
    qCDebug(lcSandbox) << request.method << request.path; // never the query: it may carry codes or state
    if (ControlEndpoints::isControlPath(request)) {
        HttpResponse response = control.handle(request);
        if (request.method != "GET" && response.status < 400)
            scheduleSave();
        responder.send(response);
        return;
    }
    const std::optional<Fault> fault = faults.take(request.method, request.path);
    QString mailbox;
    if (GraphEndpoints::isGraphPath(request)) {
        mailbox = graph.mailboxFor(request);
        // Outlook allows four concurrent requests per mailbox; a fifth is throttled (docs/graph/general.md#throttling).
        if (!mailbox.isEmpty() && state.inFlight.value(mailbox) >= 4) {
            HttpResponse response = graph.concurrencyLimited(request, baseUrl);
            state.logGraphRequest(
                QJsonObject{{u"method"_s, QString::fromLatin1(request.method)},
                            {u"path"_s, request.path},
                            {u"status"_s, response.status},
                            {u"clientRequestId"_s, QString::fromLatin1(response.header("client-request-id"))}});
            responder.send(response);
            return;
        }
    }
    if (!mailbox.isEmpty())
        ++state.inFlight[mailbox];
    if (fault && fault->type == Fault::Type::Delay && !fault->after) {
        auto held = std::make_shared<HttpResponder>(std::move(responder));
        QTimer::singleShot(fault->delayMs, &pendingReplies, [this, held, request, mailbox] {
            answer(request, std::nullopt, std::move(*held), mailbox);
        });
        return;
    }
    answer(request, fault, std::move(responder), mailbox);
}

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(options))
{
    d->owner = this;
    const DemoOrganisation *organisation = DemoOrganisation::find(options.tenant);
    if (!organisation) {
        qCWarning(lcSandbox) << "unknown demo tenant" << options.tenant << "- seeding"
                             << DemoOrganisation::keys().first();
        organisation = &DemoOrganisation::all().front();
    }
    SeedBuilder(d->state, *organisation, options.eventsPerCalendar).build();
    if (options.randomFaultProbability > 0)
        d->faults.random().start(options.randomFaultProbability, options.randomFaultSeed, RandomFaults::defaultKinds(),
                                 u"/v1.0/"_s);
    if (!options.stateFile.isEmpty()) {
        QFile file(options.stateFile);
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
            // A state file belongs to one tenant, seed and anchor; anything else would mix two tenants. Files from
            // before --tenant carry no tenant id and are Contoso's.
            const QString savedTenant
                = saved.value(u"tenantId"_s).toString(DemoOrganisation::text(DemoOrganisation::all().front().tenantId));
            if (saved.value(u"seed"_s).toInteger() == options.seed && savedTenant == d->state.tenantId
                && saved.value(u"anchor"_s).toString() == d->state.anchorUtc.toString(Qt::ISODate))
                d->state.restore(saved);
            else
                qCWarning(lcSandbox) << "ignoring" << options.stateFile
                                     << "(made with another --tenant, --seed or --now)";
        }
    }
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        d->errorString
            = tr("The sandbox listens on loopback only (127.0.0.1 or ::1), not on %1.").arg(address.toString());
        return false;
    }
    d->server = std::make_unique<HttpServer>(
        [this](const HttpRequest &request, HttpResponder responder) { d->handle(request, std::move(responder)); });
    if (!d->server->listenOn(address, port)) {
        d->errorString = d->server->errorString();
        d->server.reset();
        return false;
    }
    // Always name the host as an IP literal, as RFC 8252 prefers for loopback.
    const bool ipv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const QString host = ipv6 ? u"[::1]"_s : u"127.0.0.1"_s;
    d->baseUrl = u"http://%1:%2"_s.arg(host).arg(d->server->port());
    const QByteArray portText = QByteArray::number(d->server->port());
    const QByteArray address8 = address.toString().toLatin1();
    const QByteArray literal = ipv6 ? QByteArray('[' + address8 + ']') : address8;
    d->hosts.clear();
    for (const QByteArray &name : {host.toLatin1(), literal, QByteArray("localhost")}) {
        QList<QByteArray> forms{QByteArray(name.toLower() + ':' + portText)};
        if (portText == "80")
            forms << name.toLower(); // the default port may be left out
        for (const QByteArray &form : std::as_const(forms)) {
            if (!d->hosts.contains(form))
                d->hosts << form;
        }
    }
    qCDebug(lcSandbox) << "listening on" << d->baseUrl;
    return true;
}

QString SandboxServer::errorString() const
{
    return d->errorString;
}

quint16 SandboxServer::port() const
{
    return d->server ? d->server->port() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(d->baseUrl);
}

QUrl SandboxServer::authority(const QString &tenant) const
{
    return QUrl(d->baseUrl + u'/' + tenant);
}

QUrl SandboxServer::graphBaseUrl() const
{
    return QUrl(d->baseUrl + u"/v1.0"_s);
}

QUrl SandboxServer::nativeClientRedirectUri() const
{
    return QUrl(IdentityEndpoints::nativeClientRedirectUri(d->baseUrl));
}

QString SandboxServer::adminUpn() const
{
    return d->state.adminUpn;
}

QString SandboxServer::clientId() const
{
    return d->state.clientId;
}

QString SandboxServer::mentorUpn() const
{
    return d->state.mentorUpn;
}

QString SandboxServer::tenantId() const
{
    return d->state.tenantId;
}

QString SandboxServer::tenantDomain() const
{
    return d->state.tenantDomain;
}

QString SandboxServer::tenantName() const
{
    return d->state.tenantName;
}

const SandboxOptions &SandboxServer::options() const
{
    return d->options;
}

QJsonObject SandboxServer::stateSnapshot() const
{
    return d->control.snapshot();
}

QJsonObject SandboxServer::setConfig(const QJsonObject &config)
{
    return d->control.applyConfig(config);
}

void SandboxServer::advanceClock(qint64 seconds)
{
    d->state.clock.advance(seconds);
}

QString SandboxServer::issueToken(const QStringList &scopes, int lifetimeSeconds)
{
    return d->control.issueToken(scopes, lifetimeSeconds).value(u"access_token"_s).toString();
}

} // namespace MentorDesk::Sandbox
