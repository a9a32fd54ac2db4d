#pragma once

#include "sandbox/http/HttpRequest.h"

#include <QJsonObject>

namespace MentorDesk::Sandbox {

// A response as a plain value; HttpResponder writes it with whatever QtHttpServer offers.
struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    void setHeader(const QByteArray &name, const QByteArray &value); // replaces any value of that name

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse html(int status, const QString &html);
    static HttpResponse redirect(const QByteArray &location); // an already encoded absolute URL
    static HttpResponse empty(int status);
};

} // namespace MentorDesk::Sandbox
