#include "core/graph/GraphRequest.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace MentorDesk {

GraphRequest GraphRequest::get(const QString &path, const QList<std::pair<QString, QString>> &query)
{
    GraphRequest request;
    request.path = path;
    request.query = query;
    return request;
}

GraphRequest GraphRequest::fromLink(const QUrl &link)
{
    GraphRequest request;
    request.absoluteUrl = link;
    return request;
}

GraphRequest GraphRequest::post(const QString &path, const QJsonObject &body, const QString &idempotencyKey)
{
    GraphRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = path;
    request.setJsonBody(body);
    request.idempotencyKey = idempotencyKey;
    return request;
}

GraphRequest GraphRequest::patch(const QString &path, const QJsonObject &body)
{
    GraphRequest request;
    request.method = QByteArrayLiteral("PATCH");
    request.path = path;
    request.setJsonBody(body);
    return request;
}

GraphRequest GraphRequest::deleteResource(const QString &path)
{
    GraphRequest request;
    request.method = QByteArrayLiteral("DELETE");
    request.path = path;
    return request;
}

GraphRequest &GraphRequest::addQuery(const QString &key, const QString &value)
{
    query.append({key, value});
    return *this;
}

GraphRequest &GraphRequest::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
    return *this;
}

QByteArray GraphRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

GraphRequest &GraphRequest::setJsonBody(const QJsonObject &json)
{
    body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return *this;
}

bool GraphRequest::isRetrySafe() const
{
    static const QList<QByteArray> safe = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"};
    return safe.contains(method.toUpper()) || !idempotencyKey.isEmpty() || idempotent;
}

QString GraphRequest::encodedQuery() const
{
    // OData system options keep their '$'; ':' stays readable in date-times; '+', '&', '=', '#' are encoded so
    // an offset like +01:00 is not read as a space.
    QString out;
    for (const auto &[key, value] : query) {
        if (!out.isEmpty())
            out += u'&';
        out += QString::fromLatin1(QUrl::toPercentEncoding(key, "$"));
        out += u'=';
        out += QString::fromLatin1(QUrl::toPercentEncoding(value, "$:,'()*/@"));
    }
    return out;
}

QString GraphRequest::relativeTarget() const
{
    const QString q = encodedQuery();
    return q.isEmpty() ? path : path + u'?' + q;
}

QString GraphRequest::encodeSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment, "@:"));
}

} // namespace MentorDesk
