#include "sandbox/graph/GraphErrorReply.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

QJsonObject GraphErrorReply::body(const QString &code, const QString &message, const QString &requestId,
                                  const QString &clientRequestId)
{
    return QJsonObject{
        {u"error"_s,
         QJsonObject{{u"code"_s, code},
                     {u"message"_s, message},
                     {u"innerError"_s,
                      QJsonObject{{u"date"_s, QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss"_s)},
                                  {u"request-id"_s, requestId},
                                  {u"client-request-id"_s, clientRequestId}}}}},
    };
}

HttpResponse GraphErrorReply::make(const GraphContext &context, int status, const QString &code, const QString &message)
{
    return HttpResponse::json(status, body(code, message, context.requestId, context.clientRequestId));
}

HttpResponse GraphErrorReply::unauthorized(const GraphContext &context, const QString &message)
{
    HttpResponse response = make(context, 401, u"InvalidAuthenticationToken"_s, message);
    response.headers.emplaceBack(
        "WWW-Authenticate",
        "Bearer realm=\"\", authorization_uri=\"" + context.baseUrl.toUtf8()
            + "/common/oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\"");
    return response;
}

HttpResponse GraphErrorReply::missingScope(const GraphContext &context, Workload workload, const QStringList &accepted)
{
    switch (workload) {
    case Workload::Outlook:
        return make(context, 403, u"ErrorAccessDenied"_s, u"Access is denied. Check credentials and try again."_s);
    case Workload::Directory:
        return make(context, 403, u"Authorization_RequestDenied"_s,
                    u"Insufficient privileges to complete the operation."_s);
    case Workload::Teams:
        return make(
            context, 403, u"Forbidden"_s,
            u"Missing scope permissions on the request. API requires one of '%1'. Scopes on the request '%2'"_s.arg(
                accepted.join(u", "_s), context.scopes.join(u", "_s)));
    }
    return make(context, 403, u"accessDenied"_s, u"Access denied."_s);
}

HttpResponse GraphErrorReply::throttled(const GraphContext &context, int retryAfterSeconds, const QString &message)
{
    HttpResponse response = make(context, 429, u"ApplicationThrottled"_s, message);
    response.headers.emplaceBack("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

HttpResponse GraphErrorReply::invalidJson(const GraphContext &context)
{
    return make(
        context, 400, u"BadRequest"_s,
        u"Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid "
        u"JSON format."_s);
}

} // namespace MentorDesk::Sandbox
