#include "sandbox/http/HttpRequest.h"

#include "sandbox/http/FormEncoding.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<QByteArray> HttpRequest::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values << value;
    }
    return values;
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString HttpRequest::queryValue(QStringView name) const
{
    return FormEncoding::firstValue(query, name);
}

bool HttpRequest::hasQueryItem(QStringView name) const
{
    for (const auto &item : query) {
        if (item.first == name)
            return true;
    }
    return false;
}

void HttpRequest::setTarget(const QByteArray &encodedPath, const QByteArray &encodedQuery)
{
    // Decode segment by segment so that an encoded '/' inside an id cannot create a new segment.
    path = QUrl::fromPercentEncoding(encodedPath);
    segments.clear();
    for (const QByteArray &segment : encodedPath.split('/')) {
        if (!segment.isEmpty())
            segments << QUrl::fromPercentEncoding(segment);
    }
    rawQuery = encodedQuery;
    query = FormEncoding::parse(encodedQuery);
}

std::optional<QJsonObject> HttpRequest::jsonObject() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace MentorDesk::Sandbox
