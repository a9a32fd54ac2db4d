#include "sandbox/http/HttpResponse.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.emplaceBack(name, value);
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.headers.emplaceBack("Content-Type", "application/json; charset=utf-8");
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::html(int status, const QString &html)
{
    HttpResponse response;
    response.status = status;
    response.headers.emplaceBack("Content-Type", "text/html; charset=utf-8");
    // A consent page must never be framed or cached (Entra sends the same headers).
    response.headers.emplaceBack("X-Frame-Options", "DENY");
    response.headers.emplaceBack("Cache-Control", "no-store, no-cache");
    response.body = html.toUtf8();
    return response;
}

HttpResponse HttpResponse::redirect(const QByteArray &location)
{
    HttpResponse response;
    response.status = 302;
    response.headers.emplaceBack("Location", location);
    response.headers.emplaceBack("Cache-Control", "no-store, no-cache");
    return response;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse response;
    response.status = status;
    return response;
}

} // namespace MentorDesk::Sandbox
