#include "sandbox/graph/GraphEndpoints.h"

#include "sandbox/graph/GraphErrorReply.h"
#include "sandbox/graph/GraphTimeFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

namespace {
constexpr int kMaxBatchRequests = 20;
constexpr int kMailboxConcurrency = 4;
} // namespace

GraphEndpoints::GraphEndpoints(SandboxState &state, const TokenIssuer &issuer, FaultInjector &faults)
    : m_state(state)
    , m_issuer(issuer)
    , m_faults(faults)
    , m_directory(state)
    , m_calendar(state)
    , m_scheduling(state)
    , m_teams(state)
{ }

bool GraphEndpoints::isGraphPath(const HttpRequest &request)
{
    return !request.segments.isEmpty() && request.segments.first() == u"v1.0"_s;
}

QString GraphEndpoints::clientRequestId(const HttpRequest &request, const QString &requestId)
{
    const QByteArray supplied = request.header("client-request-id");
    return supplied.isEmpty() ? requestId : QString::fromLatin1(supplied);
}

void GraphEndpoints::stamp(HttpResponse &response, const QString &requestId, const QString &clientRequestId)
{
    response.setHeader("request-id", requestId.toLatin1());
    response.setHeader("client-request-id", clientRequestId.toLatin1());
    response.setHeader("x-ms-ags-diagnostic", R"({"ServerInfo":{"DataCenter":"Sandbox","Slice":"E","Ring":"0"}})");
    if (response.header("Content-Type").startsWith("application/json"))
        response.setHeader(
            "Content-Type",
            "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8");
}

QString GraphEndpoints::mailboxFor(const HttpRequest &request) const
{
    static const QStringList outlook{u"calendar"_s, u"calendars"_s, u"calendarView"_s, u"events"_s,
                                     u"findMeetingTimes"_s};
    const QStringList path = request.segments.mid(1);
    const qsizetype index = !path.isEmpty() && path.at(0) == u"users"_s ? 2 : 1;
    if (path.size() <= index
        || !(outlook.contains(path.at(index)) || path.at(index).startsWith(u"reminderView"_s, Qt::CaseInsensitive)))
        return {};
    if (path.at(0) == u"me"_s)
        return m_issuer.validate(request.header("Authorization")).claims.value(u"upn"_s).toString().toLower();
    if (path.at(0) == u"users"_s) {
        const User *user = m_state.user(path.at(1));
        return user ? user->upn : QString();
    }
    return {};
}

HttpResponse GraphEndpoints::concurrencyLimited(const HttpRequest &request, const QString &baseUrl) const
{
    GraphContext context;
    context.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    context.clientRequestId = clientRequestId(request, context.requestId);
    context.baseUrl = baseUrl;
    HttpResponse response
        = GraphErrorReply::throttled(context, 1, u"Application is over its MailboxConcurrency limit."_s);
    stamp(response, context.requestId, context.clientRequestId);
    return response;
}

std::optional<Fault> GraphEndpoints::takeBatchFault()
{
    return std::exchange(m_batchFault, std::nullopt);
}

void GraphEndpoints::log(const HttpRequest &request, int status, const QString &clientRequestId)
{
    m_state.logGraphRequest(QJsonObject{{u"method"_s, QString::fromLatin1(request.method)},
                                        {u"path"_s, request.path},
                                        {u"status"_s, status},
                                        {u"clientRequestId"_s, clientRequestId}});
}

HttpResponse GraphEndpoints::process(const HttpRequest &request, const QString &baseUrl)
{
    GraphContext context;
    context.request = request;
    context.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    context.clientRequestId = clientRequestId(request, context.requestId);
    context.baseUrl = baseUrl;
    context.path = request.segments.mid(1);

    const auto finish = [&](HttpResponse response) {
        stamp(response, context.requestId, context.clientRequestId);
        if (!context.preferenceApplied.isEmpty())
            response.setHeader("Preference-Applied", context.preferenceApplied.join(u","_s).toUtf8());
        log(request, response.status, context.clientRequestId);
        return response;
    };

    const TokenIssuer::Validation validation = m_issuer.validate(request.header("Authorization"));
    switch (validation.status) {
    case TokenIssuer::Validation::Status::Missing:
        return finish(GraphErrorReply::unauthorized(context, u"Access token is empty."_s));
    case TokenIssuer::Validation::Status::Malformed:
        return finish(
            GraphErrorReply::unauthorized(context, u"IDX14100: JWT is not well formed, there are no dots (.)."_s));
    case TokenIssuer::Validation::Status::Foreign:
        return finish(GraphErrorReply::unauthorized(
            context, u"Access token validation failure. Invalid audience or signature."_s));
    case TokenIssuer::Validation::Status::Expired:
        return finish(GraphErrorReply::unauthorized(context, u"Lifetime validation failed, the token is expired."_s));
    case TokenIssuer::Validation::Status::NotYetValid:
        return finish(GraphErrorReply::unauthorized(context, u"Access token has expired or is not yet valid."_s));
    case TokenIssuer::Validation::Status::Valid:
        break;
    }
    context.me = m_state.user(validation.claims.value(u"upn"_s).toString());
    if (!context.me)
        return finish(GraphErrorReply::unauthorized(context, u"Access token validation failure. Unknown user."_s));
    context.scopes = validation.scopes;
    context.personal = validation.claims.value(u"tid"_s).toString() == QLatin1StringView(kMsaTenantId);
    if (context.path.size() >= 2 && context.path.at(0) == u"users"_s) {
        const User *addressed = m_state.user(context.path.at(1));
        if (addressed && addressed->upn == context.me->upn) {
            context.path.removeFirst();
            context.path.first() = u"me"_s;
        }
    }
    const QString zoneName = GraphTimeFormat::preferredZone(request);
    if (!zoneName.isEmpty()) {
        const QTimeZone zone = GraphTimeFormat::zone(zoneName);
        if (zone.isValid()) {
            context.view.zone = zone;
            context.view.zoneName = zoneName;
            context.preferenceApplied << u"outlook.timezone=\"%1\""_s.arg(zoneName);
        }
    }
    if (GraphTimeFormat::preferredBodyType(request) == u"text"_s) {
        context.view.textBody = true;
        context.preferenceApplied << u"outlook.body-content-type=\"text\""_s;
    }
    if (context.path == QStringList{u"$batch"_s}) {
        if (request.method != "POST")
            return finish(
                GraphErrorReply::make(context, 405, u"Request_BadRequest"_s, u"Only POST is supported on $batch."_s));
        return finish(batch(context, baseUrl));
    }
    return finish(route(context));
}

HttpResponse GraphEndpoints::route(GraphContext &context)
{
    if (auto response = m_directory.handle(context))
        return *response;
    if (auto response = m_scheduling.handle(context))
        return *response;
    if (auto response = m_calendar.handle(context))
        return *response;
    if (auto response = m_teams.handle(context))
        return *response;
    const QString segment = context.path.isEmpty() ? QString() : context.path.last();
    return GraphErrorReply::make(context, 400, u"BadRequest"_s,
                                 u"Resource not found for the segment '%1'."_s.arg(segment));
}

HttpResponse GraphEndpoints::batch(GraphContext &context, const QString &baseUrl)
{
    const std::optional<QJsonObject> batchBody = context.request.jsonObject();
    if (!batchBody || !batchBody->value(u"requests"_s).isArray())
        return GraphErrorReply::invalidJson(context);
    const QJsonArray requests = batchBody->value(u"requests"_s).toArray();
    if (requests.size() > kMaxBatchRequests) {
        return GraphErrorReply::make(
            context, 400, u"BadRequest"_s,
            u"Batch request contains %1 requests; the limit is %2."_s.arg(requests.size()).arg(kMaxBatchRequests));
    }
    QStringList ids;
    for (const auto &value : requests) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(u"id"_s).isDouble() ? QString::number(item.value(u"id"_s).toInt())
                                                          : item.value(u"id"_s).toString();
        if (id.isEmpty())
            return GraphErrorReply::make(context, 400, u"BadRequest"_s, u"Every request in a batch needs an id."_s);
        if (ids.contains(id))
            return GraphErrorReply::make(context, 400, u"BadRequest"_s,
                                         u"Batch request contains duplicate id '%1'."_s.arg(id));
        ids << id;
        if (item.contains(u"body"_s)) {
            bool hasContentType = false;
            const QJsonObject headers = item.value(u"headers"_s).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                hasContentType = hasContentType || it.key().compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0;
            if (!hasContentType) {
                return GraphErrorReply::make(
                    context, 400, u"BadRequest"_s,
                    u"Write request id : %1 does not contain Content-Type header or body."_s.arg(id));
            }
        }
    }
    for (const auto &value : requests) {
        for (const auto &dependency : value.toObject().value(u"dependsOn"_s).toArray()) {
            if (!ids.contains(dependency.toString()))
                return GraphErrorReply::make(context, 400, u"BadRequest"_s,
                                             u"dependsOn names an unknown id '%1'."_s.arg(dependency.toString()));
        }
    }

    QHash<QString, int> statusById;
    QList<QJsonObject> responses;
    QList<int> pending;
    for (int i = 0; i < requests.size(); ++i)
        pending << i;
    while (!pending.isEmpty()) {
        // One wave: every item whose dependencies have answered; items of a wave run side by side.
        QList<int> wave;
        for (int index : pending) {
            bool ready = true;
            for (const auto &dependency : requests.at(index).toObject().value(u"dependsOn"_s).toArray())
                ready = ready && statusById.contains(dependency.toString());
            if (ready)
                wave << index;
        }
        if (wave.isEmpty())
            return GraphErrorReply::make(context, 400, u"BadRequest"_s, u"dependsOn forms a cycle."_s);
        QHash<QString, int> waveLoad;
        for (int index : wave) {
            pending.removeOne(index);
            const QJsonObject item = requests.at(index).toObject();
            const QString id = ids.at(index);
            QJsonObject out{{u"id"_s, id}};
            bool dependencyFailed = false;
            for (const auto &dependency : item.value(u"dependsOn"_s).toArray())
                dependencyFailed = dependencyFailed || statusById.value(dependency.toString()) >= 400;
            if (dependencyFailed) {
                out.insert(u"status"_s, 424);
                out.insert(u"body"_s,
                           GraphErrorReply::body(u"FailedDependency"_s,
                                                 u"The request has failed because a request it depends on failed."_s,
                                                 context.requestId, context.clientRequestId));
                statusById.insert(id, 424);
                responses.prepend(out);
                continue;
            }
            HttpRequest inner;
            inner.method = item.value(u"method"_s).toString(u"GET"_s).toUpper().toLatin1();
            QString url = item.value(u"url"_s).toString();
            if (!url.startsWith(u'/'))
                url.prepend(u'/');
            const qsizetype question = url.indexOf(u'?');
            const QByteArray encodedPath
                = QUrl(url.left(question < 0 ? url.size() : question)).path(QUrl::FullyEncoded).toUtf8();
            inner.setTarget("/v1.0" + encodedPath, question < 0 ? QByteArray() : url.mid(question + 1).toUtf8());
            const QJsonObject headers = item.value(u"headers"_s).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                inner.headers.emplaceBack(it.key().toLatin1(), it.value().toString().toUtf8());
            inner.headers.emplaceBack("Authorization", context.request.header("Authorization"));
            if (item.contains(u"body"_s)) {
                const QJsonValue body = item.value(u"body"_s);
                inner.body = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                    : body.isArray()         ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                             : body.toString().toUtf8();
            }

            HttpResponse response;
            const std::optional<Fault> fault = m_faults.take(inner.method, inner.path);
            const bool itemFault
                = fault && (fault->type == Fault::Type::Status || fault->type == Fault::Type::ExpiredToken);
            if (fault && !itemFault && !m_batchFault)
                m_batchFault = fault;
            const QString mailbox = mailboxFor(inner);
            if (!mailbox.isEmpty())
                ++waveLoad[mailbox];
            const QString innerRequestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (itemFault && !fault->after) {
                response = FaultInjector::failureResponse(*fault, innerRequestId,
                                                          clientRequestId(inner, innerRequestId), baseUrl);
                log(inner, response.status, clientRequestId(inner, innerRequestId));
            } else if (!mailbox.isEmpty()
                       && m_state.inFlight.value(mailbox) + waveLoad.value(mailbox) > kMailboxConcurrency) {
                // Each item counts against the mailbox's four concurrent requests on its own.
                response = concurrencyLimited(inner, baseUrl);
                log(inner, response.status, QString::fromLatin1(response.header("client-request-id")));
            } else {
                response = process(inner, baseUrl);
                if (itemFault && fault->after)
                    response = FaultInjector::failureResponse(*fault, innerRequestId,
                                                              clientRequestId(inner, innerRequestId), baseUrl);
            }
            out.insert(u"status"_s, response.status);
            QJsonObject outHeaders;
            for (const auto &[name, value] : response.headers) {
                if (name == "Content-Type" || name == "Retry-After" || name == "Location"
                    || name == "Preference-Applied" || name == "WWW-Authenticate")
                    outHeaders.insert(QString::fromLatin1(name), QString::fromUtf8(value));
            }
            out.insert(u"headers"_s, outHeaders);
            if (!response.body.isEmpty()) {
                const QJsonDocument bodyDocument = QJsonDocument::fromJson(response.body);
                if (bodyDocument.isObject())
                    out.insert(u"body"_s, bodyDocument.object());
                else
                    out.insert(u"body"_s, QString::fromLatin1(response.body.toBase64()));
            }
            statusById.insert(id, response.status);
            // Answers come back in another order than asked (docs/graph/general.md#batching): newest first here.
            responses.prepend(out);
        }
    }
    QJsonArray array;
    for (const QJsonObject &response : responses)
        array.append(response);
    return HttpResponse::json(200, QJsonObject{{u"responses"_s, array}});
}

} // namespace MentorDesk::Sandbox
