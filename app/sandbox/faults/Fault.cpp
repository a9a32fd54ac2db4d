#include "sandbox/faults/Fault.h"

#include <QHttpServerResponder>
#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

namespace {
const QStringList kTypeNames{u"status"_s, u"drop"_s, u"delay"_s, u"truncate"_s, u"malformed"_s, u"expiredToken"_s};
}

bool Fault::matches(const QByteArray &requestMethod, const QString &path) const
{
    if (remaining <= 0)
        return false;
    if (!method.isEmpty() && method.compare(QString::fromLatin1(requestMethod), Qt::CaseInsensitive) != 0)
        return false;
    return path.startsWith(pathPrefix);
}

QJsonObject Fault::toJson() const
{
    QJsonObject object{{u"id"_s, id},
                       {u"path"_s, pathPrefix},
                       {u"count"_s, remaining},
                       {u"when"_s, after ? u"after"_s : u"before"_s},
                       {u"type"_s, kTypeNames.at(int(type))},
                       {u"status"_s, status},
                       {u"code"_s, code},
                       {u"delayMs"_s, delayMs}};
    if (!method.isEmpty())
        object.insert(u"method"_s, method);
    if (retryAfterSeconds >= 0)
        object.insert(u"retryAfter"_s, retryAfterSeconds);
    if (retryAfterAsDate)
        object.insert(u"retryAfterFormat"_s, u"httpDate"_s);
    if (htmlBody)
        object.insert(u"body"_s, u"html"_s);
    if (aadsts > 0)
        object.insert(u"aadsts"_s, aadsts);
    return object;
}

std::optional<Fault> Fault::fromJson(const QJsonObject &object, QString *error)
{
    Fault fault;
    fault.method = object.value(u"method"_s).toString().toUpper();
    fault.pathPrefix = object.value(u"path"_s).toString();
    if (!fault.pathPrefix.startsWith(u'/')) {
        *error = u"\"path\" must be a path prefix starting with '/', e.g. \"/v1.0/me/events\"."_s;
        return std::nullopt;
    }
    fault.remaining = object.value(u"count"_s).toInt(1);
    if (fault.remaining < 1) {
        *error = u"\"count\" must be at least 1."_s;
        return std::nullopt;
    }
    const QString when = object.value(u"when"_s).toString(u"before"_s);
    if (when != u"before"_s && when != u"after"_s) {
        *error = u"\"when\" must be \"before\" or \"after\"."_s;
        return std::nullopt;
    }
    fault.after = when == u"after"_s;
    const qsizetype type = kTypeNames.indexOf(object.value(u"type"_s).toString(u"status"_s));
    if (type < 0) {
        *error = u"\"type\" must be one of %1."_s.arg(kTypeNames.join(u", "_s));
        return std::nullopt;
    }
    fault.type = Type(type);
    const bool entraError = object.contains(u"aadsts"_s); // Entra refuses a grant with 400
    fault.status = object.value(u"status"_s).toInt(entraError ? 400 : fault.type == Type::Malformed ? 200 : 503);
    if (!QMetaEnum::fromType<QHttpServerResponder::StatusCode>().valueToKey(fault.status)) {
        *error = u"\"status\" %1 is not an HTTP status the sandbox can send."_s.arg(fault.status);
        return std::nullopt;
    }
    fault.retryAfterSeconds = object.contains(u"retryAfter"_s) ? object.value(u"retryAfter"_s).toInt() : -1;
    const QString retryAfterFormat = object.value(u"retryAfterFormat"_s).toString(u"seconds"_s);
    if (retryAfterFormat != u"seconds"_s && retryAfterFormat != u"httpDate"_s) {
        *error = u"\"retryAfterFormat\" must be \"seconds\" or \"httpDate\"."_s;
        return std::nullopt;
    }
    fault.retryAfterAsDate = retryAfterFormat == u"httpDate"_s;
    const QString body = object.value(u"body"_s).toString(u"json"_s);
    if (body != u"json"_s && body != u"html"_s) {
        *error = u"\"body\" must be \"json\" or \"html\"."_s;
        return std::nullopt;
    }
    fault.htmlBody = body == u"html"_s;
    fault.delayMs = object.value(u"delayMs"_s).toInt(fault.type == Type::Delay ? 1000 : 0);
    fault.aadsts = object.value(u"aadsts"_s).toInt(0);
    if (entraError && (fault.aadsts <= 0 || fault.type != Type::Status || fault.htmlBody)) {
        *error = u"\"aadsts\" must be a positive AADSTS code, on a status fault with a JSON body."_s;
        return std::nullopt;
    }
    const QString defaultCode = fault.aadsts > 0 ? u"invalid_grant"_s
        : fault.status == 429                    ? u"TooManyRequests"_s
        : fault.status == 503                    ? u"serviceNotAvailable"_s
        : fault.status == 504                    ? u"gatewayTimeout"_s
                                                 : u"generalException"_s;
    fault.code = object.value(u"code"_s).toString(defaultCode);
    return fault;
}

} // namespace MentorDesk::Sandbox
