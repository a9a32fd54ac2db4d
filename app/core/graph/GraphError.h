#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace MentorDesk {

struct GraphResponse;

// Everything known about a failed Graph call, for branching (code), support (request ids, date) and the
// details pane. Graph's shape: {"error":{"code","message","innerError":{"code"?,"date","request-id",
// "client-request-id"}}}. Branch on code, never on message. The user-facing text lives in GraphResult.
struct GraphError
{
    int httpStatus = 0; // 0 when no HTTP response arrived
    QString code; // e.g. "ErrorAccessDenied", "InvalidAuthenticationToken", "syncStateNotFound"
    QString innerCode; // innerError.code, when Graph gives a more specific one
    QString message; // Graph's own English message: technical details only, never the whole story for a user
    QString requestId; // request-id header, else innerError.request-id
    QString clientRequestId; // the GUID we sent (client-request-id), else innerError.client-request-id
    QDateTime date; // innerError.date, UTC
    int retryAfterSeconds = -1; // Retry-After when the server sent one
    QString networkError; // the transport failure (Qt's English text) when no response arrived

    bool isNull() const { return httpStatus == 0 && code.isEmpty() && networkError.isEmpty(); }
    // Case-insensitive match on code or innerCode (Graph is not consistent about case, e.g. itemNotFound).
    bool hasCode(QStringView candidate) const;
    // One line for a details pane and bug reports: "ErrorAccessDenied · HTTP 403 · request-id … · 2025-…Z".
    QString technicalDetails() const;

    // Reads {"error":{…}} (or the inner object itself). Unknown fields are ignored, nulls read as empty.
    static GraphError fromJson(const QJsonObject &json, int httpStatus = 0);
    // Reads a body that may be JSON, HTML from a proxy, or empty.
    static GraphError fromBody(const QByteArray &body, int httpStatus);
    // Body plus headers (request-id, client-request-id, Retry-After) plus transport failure.
    static GraphError fromResponse(const GraphResponse &response);

    friend bool operator==(const GraphError &, const GraphError &) = default;
};

} // namespace MentorDesk
