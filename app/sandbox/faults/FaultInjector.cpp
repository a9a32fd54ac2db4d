#include "sandbox/faults/FaultInjector.h"

#include "sandbox/graph/GraphErrorReply.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

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
    m_random.stop();
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
    return m_random.draw(path);
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
    if (fault.htmlBody) {
        // What a reverse proxy or gateway answers for itself: its own page, no Graph error JSON.
        response.body = "<!DOCTYPE html><html><head><title>" + QByteArray::number(fault.status)
            + " Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>The proxy server received an invalid "
              "response from an upstream server.</p></body></html>";
        response.setHeader("Content-Type", "text/html; charset=utf-8");
    }
    if (fault.retryAfterSeconds >= 0 && fault.retryAfterAsDate) {
        // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (RFC 9110, section 5.6.7).
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(fault.retryAfterSeconds);
        response.headers.emplaceBack("Retry-After",
                                     QLocale::c().toString(at, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1());
    } else if (fault.retryAfterSeconds >= 0) {
        response.headers.emplaceBack("Retry-After", QByteArray::number(fault.retryAfterSeconds));
    }
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
