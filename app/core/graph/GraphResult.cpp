#include "core/graph/GraphResult.h"

#include "core/graph/GraphResponse.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

GraphStatus statusForHttp(int httpStatus, const GraphError &error)
{
    if (error.hasCode(u"syncStateNotFound") || error.hasCode(u"resyncRequired"))
        return GraphStatus::ResyncRequired;
    if (httpStatus >= 200 && httpStatus < 300)
        return GraphStatus::Ok;
    switch (httpStatus) {
    case 401:
        return GraphStatus::SignInRequired;
    case 403:
        // Conditional Access asking for more claims is solved by signing in again, not by a permission.
        return error.hasCode(u"insufficient_claims") ? GraphStatus::SignInRequired : GraphStatus::PermissionDenied;
    case 404:
    case 410:
        return GraphStatus::NotFound;
    case 409:
    case 412:
        return GraphStatus::Conflict;
    case 424:
        return GraphStatus::FailedDependency;
    case 429:
        return GraphStatus::Throttled;
    default:
        break;
    }
    if (httpStatus >= 500 && httpStatus < 600)
        return GraphStatus::ServerError;
    if (httpStatus >= 400 && httpStatus < 500)
        return GraphStatus::BadRequest;
    return GraphStatus::MalformedReply; // 1xx/3xx: nothing Graph sends to this client
}

} // namespace

bool GraphResult::isTransient() const
{
    switch (status) {
    case GraphStatus::Offline:
    case GraphStatus::ConnectionLost:
    case GraphStatus::Timeout:
    case GraphStatus::Throttled:
    case GraphStatus::ServerError:
    case GraphStatus::SignInRequired:
        return true;
    default:
        return false;
    }
}

bool GraphResult::isOutcomeUnknown() const
{
    switch (status) {
    case GraphStatus::ConnectionLost:
    case GraphStatus::Timeout:
    case GraphStatus::MalformedReply:
    case GraphStatus::Cancelled: // cancelled while in flight: it may have arrived
        return true;
    case GraphStatus::ServerError:
        return httpStatus != 503; // 503: the service refused before doing anything
    default:
        return false;
    }
}

QString GraphResult::userMessage() const
{
    return userMessage(status, error.retryAfterSeconds);
}

QString GraphResult::userMessage(GraphStatus status, int retryAfterSeconds)
{
    switch (status) {
    case GraphStatus::Ok:
        return {};
    case GraphStatus::Cancelled:
        return tr("Cancelled.");
    case GraphStatus::Offline:
        return tr("MentorDesk cannot reach Microsoft 365 right now. Check your internet connection and try again.");
    case GraphStatus::ConnectionLost:
        return tr("The connection to Microsoft 365 was interrupted. Try again.");
    case GraphStatus::Timeout:
        return tr("Microsoft 365 did not answer in time. Try again in a moment.");
    case GraphStatus::Throttled:
        if (retryAfterSeconds == 1)
            return tr("Microsoft 365 is limiting how many requests MentorDesk may make. Try again in 1 second.");
        if (retryAfterSeconds > 1)
            return tr("Microsoft 365 is limiting how many requests MentorDesk may make. Try again in %n seconds.",
                      nullptr, retryAfterSeconds);
        return tr("Microsoft 365 is limiting how many requests MentorDesk may make. Wait a minute and try again.");
    case GraphStatus::ServerError:
        return tr("Microsoft 365 is having trouble right now. Try again in a few minutes.");
    case GraphStatus::SignInRequired:
        return tr("Your sign-in has expired. Sign in again to continue; what you entered is kept.");
    case GraphStatus::PermissionDenied:
        return tr("MentorDesk is not allowed to do this with your account: a permission is missing or your "
                  "organisation does not allow it. See the Permissions page for details.");
    case GraphStatus::NotFound:
        return tr("This item no longer exists in Microsoft 365; it may have been deleted or moved. Refresh and try "
                  "again.");
    case GraphStatus::Conflict:
        return tr("This item was changed elsewhere in the meantime. Refresh and try again.");
    case GraphStatus::BadRequest:
        return tr("Microsoft 365 refused this request. If it keeps happening, report it with the details below.");
    case GraphStatus::MalformedReply:
        return tr("Microsoft 365 sent a reply MentorDesk could not read. Try again; if it keeps happening, report "
                  "it with the details below.");
    case GraphStatus::ResyncRequired:
        return tr("The calendar has to be loaded again from the start.");
    case GraphStatus::FailedDependency:
        return tr("This could not be done because a step it depends on failed. Try again.");
    }
    return {};
}

QString GraphResult::statusKey(GraphStatus status)
{
    switch (status) {
    case GraphStatus::Ok:
        return u"ok"_s;
    case GraphStatus::Cancelled:
        return u"cancelled"_s;
    case GraphStatus::Offline:
        return u"offline"_s;
    case GraphStatus::ConnectionLost:
        return u"connectionLost"_s;
    case GraphStatus::Timeout:
        return u"timeout"_s;
    case GraphStatus::Throttled:
        return u"throttled"_s;
    case GraphStatus::ServerError:
        return u"serverError"_s;
    case GraphStatus::SignInRequired:
        return u"signInRequired"_s;
    case GraphStatus::PermissionDenied:
        return u"permissionDenied"_s;
    case GraphStatus::NotFound:
        return u"notFound"_s;
    case GraphStatus::Conflict:
        return u"conflict"_s;
    case GraphStatus::BadRequest:
        return u"badRequest"_s;
    case GraphStatus::MalformedReply:
        return u"malformedReply"_s;
    case GraphStatus::ResyncRequired:
        return u"resyncRequired"_s;
    case GraphStatus::FailedDependency:
        return u"failedDependency"_s;
    }
    return {};
}

GraphStatus GraphResult::statusFromKey(const QString &key)
{
    for (int i = int(GraphStatus::Ok); i <= int(GraphStatus::FailedDependency); ++i) {
        if (statusKey(GraphStatus(i)) == key)
            return GraphStatus(i);
    }
    return GraphStatus::BadRequest;
}

GraphResult GraphResult::fromResponse(const GraphResponse &response)
{
    GraphResult result;
    result.httpStatus = response.httpStatus;
    result.requestId = response.requestId();
    result.clientRequestId = response.clientRequestId;
    result.attempts = response.attempts;
    switch (response.transport) {
    case GraphResponse::Transport::Completed:
        result.status = statusForHttp(response.httpStatus,
                                      response.isSuccess() ? GraphError{} : GraphError::fromResponse(response));
        break;
    case GraphResponse::Transport::NotSent:
        result.status = GraphStatus::Offline;
        break;
    case GraphResponse::Transport::NoToken:
        result.status = GraphStatus::SignInRequired;
        break;
    case GraphResponse::Transport::Lost:
        result.status = GraphStatus::ConnectionLost;
        break;
    case GraphResponse::Transport::TimedOut:
        result.status = GraphStatus::Timeout;
        break;
    case GraphResponse::Transport::Cancelled:
        result.status = GraphStatus::Cancelled;
        break;
    case GraphResponse::Transport::Refused:
        result.status = GraphStatus::BadRequest;
        break;
    }
    if (result.status != GraphStatus::Ok) {
        result.error = GraphError::fromResponse(response);
        if (result.requestId.isEmpty()) // e.g. a $batch item: only innerError has it
            result.requestId = result.error.requestId;
    }
    return result;
}

GraphResult GraphResult::failure(GraphStatus status, const GraphError &error)
{
    GraphResult result;
    result.status = status;
    result.error = error;
    result.httpStatus = error.httpStatus;
    result.requestId = error.requestId;
    result.clientRequestId = error.clientRequestId;
    return result;
}

} // namespace MentorDesk
