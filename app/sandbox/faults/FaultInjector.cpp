#include "sandbox/faults/FaultInjector.h"

#include "sandbox/graph/GraphErrorReply.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

QString FaultInjector::add(Fault fault)
{
    fault.id = u"fault-%1"_s.arg(m_nextId++);
    m_faults.append(fault);
    return fault.id;
}

void FaultInjector::clear()
{
    m_faults.clear();
}

std::optional<Fault> FaultInjector::take(const QByteArray &method, const QString &path)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!fault.matches(method, path))
            continue;
        const Fault hit = fault;
        if (--fault.remaining <= 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

QJsonArray FaultInjector::list() const
{
    QJsonArray faults;
    for (const Fault &fault : m_faults)
        faults.append(fault.toJson());
    return faults;
}

HttpResponse FaultInjector::failureResponse(const Fault &fault, const QString &requestId,
                                            const QString &clientRequestId, const QString &baseUrl)
{
    GraphContext context;
    context.requestId = requestId;
    context.clientRequestId = clientRequestId;
    context.baseUrl = baseUrl;
    if (fault.type == Fault::Type::ExpiredToken)
        return GraphErrorReply::unauthorized(context, u"Lifetime validation failed, the token is expired."_s);
    static const QHash<QString, QString> messages{
        {u"serviceNotAvailable"_s, u"The service is temporarily unavailable. Try again later."_s},
        {u"TooManyRequests"_s, u"Too many requests. Please retry after the time in Retry-After."_s},
        {u"gatewayTimeout"_s, u"The gateway did not receive a response in time."_s},
    };
    HttpResponse response
        = GraphErrorReply::make(context, fault.status, fault.code,
                                messages.value(fault.code, u"Injected failure (sandbox fault %1)."_s.arg(fault.id)));
    if (fault.retryAfterSeconds >= 0)
        response.headers.emplaceBack("Retry-After", QByteArray::number(fault.retryAfterSeconds));
    return response;
}

HttpResponse FaultInjector::malformed(HttpResponse response)
{
    QByteArray body = response.body.isEmpty() ? QByteArray("{\"value\":[]}") : response.body;
    body = body.left(std::max<qsizetype>(1, body.size() * 2 / 3)) + "\x01<not json";
    response.body = body;
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

} // namespace MentorDesk::Sandbox
