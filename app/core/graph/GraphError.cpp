#include "core/graph/GraphError.h"

#include "core/graph/GraphResponse.h"

#include <QJsonDocument>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

QDateTime parseGraphDate(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime date = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!date.isValid())
        return {};
    // innerError.date carries no offset but is UTC.
    if (date.timeSpec() == Qt::LocalTime)
        date.setTimeZone(QTimeZone::utc());
    return date.toUTC();
}

QString firstString(const QJsonObject &object, std::initializer_list<QLatin1StringView> keys)
{
    for (QLatin1StringView key : keys) {
        const QString value = object.value(key).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

bool GraphError::hasCode(QStringView candidate) const
{
    return code.compare(candidate, Qt::CaseInsensitive) == 0
        || (!innerCode.isEmpty() && innerCode.compare(candidate, Qt::CaseInsensitive) == 0);
}

QString GraphError::technicalDetails() const
{
    QStringList parts;
    if (!code.isEmpty())
        parts << (innerCode.isEmpty() ? code : code + u'/' + innerCode);
    if (httpStatus > 0)
        parts << u"HTTP %1"_s.arg(httpStatus);
    if (!networkError.isEmpty())
        parts << networkError;
    if (!requestId.isEmpty())
        parts << u"request-id %1"_s.arg(requestId);
    if (!clientRequestId.isEmpty())
        parts << u"client-request-id %1"_s.arg(clientRequestId);
    if (date.isValid())
        parts << date.toString(Qt::ISODate);
    return parts.join(u" · "_s);
}

GraphError GraphError::fromJson(const QJsonObject &json, int httpStatus)
{
    GraphError error;
    error.httpStatus = httpStatus;
    const QJsonObject object = json.value("error"_L1).isObject() ? json.value("error"_L1).toObject() : json;
    error.code = object.value("code"_L1).toString();
    error.message = object.value("message"_L1).toString();
    // Graph spells it innerError, some workloads innererror.
    const QJsonObject inner = object.value("innerError"_L1).isObject() ? object.value("innerError"_L1).toObject()
                                                                       : object.value("innererror"_L1).toObject();
    error.innerCode = inner.value("code"_L1).toString();
    error.requestId = firstString(inner, {"request-id"_L1, "requestId"_L1});
    error.clientRequestId = firstString(inner, {"client-request-id"_L1, "clientRequestId"_L1});
    error.date = parseGraphDate(inner.value("date"_L1).toString());
    return error;
}

GraphError GraphError::fromBody(const QByteArray &body, int httpStatus)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject())
        return fromJson(doc.object(), httpStatus);
    GraphError error; // HTML from a proxy, a truncated body, nothing at all: keep the status only
    error.httpStatus = httpStatus;
    return error;
}

GraphError GraphError::fromResponse(const GraphResponse &response)
{
    GraphError error;
    if (response.transport == GraphResponse::Transport::Completed) {
        error = fromBody(response.body, response.httpStatus);
        error.retryAfterSeconds = response.retryAfterSeconds();
    } else {
        error.networkError = response.networkErrorString;
    }
    // The headers are authoritative; the body's copies are a fallback (e.g. inside $batch items).
    if (const QString id = response.requestId(); !id.isEmpty())
        error.requestId = id;
    if (error.clientRequestId.isEmpty())
        error.clientRequestId = response.clientRequestId;
    return error;
}

} // namespace MentorDesk
