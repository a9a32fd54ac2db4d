#pragma once

#include "sandbox/graph/GraphContext.h"
#include "sandbox/http/HttpResponse.h"

namespace MentorDesk::Sandbox {

// Graph's error shape: {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}.
class GraphErrorReply
{
public:
    static HttpResponse make(const GraphContext &context, int status, const QString &code, const QString &message);
    static QJsonObject body(const QString &code, const QString &message, const QString &requestId,
                            const QString &clientRequestId);
    static HttpResponse unauthorized(const GraphContext &context, const QString &message);
    // 403 for a missing scope, in the calling workload's dialect.
    enum class Workload { Outlook, Directory, Teams };
    static HttpResponse missingScope(const GraphContext &context, Workload workload, const QStringList &accepted);
    static HttpResponse throttled(const GraphContext &context, int retryAfterSeconds, const QString &message);
    static HttpResponse invalidJson(const GraphContext &context);
};

} // namespace MentorDesk::Sandbox
