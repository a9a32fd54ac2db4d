#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace MentorDesk::Sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;
using ParameterList = QList<QPair<QString, QString>>;

// A received request as a plain value, independent of the QtHttpServer version that parsed it.
struct HttpRequest
{
    QByteArray method; // upper case: GET, POST, PATCH, DELETE, ...
    QString path; // percent-decoded path, e.g. "/v1.0/teams/19:abc@thread.tacv2/channels"
    QStringList segments; // the path's non-empty segments, each percent-decoded on its own
    QByteArray rawQuery; // the query as sent, still encoded
    ParameterList query; // form-decoded ('+' is a space), in order, duplicates kept
    HeaderList headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const; // first value; names compare case-insensitively
    QList<QByteArray> headerValues(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    QString queryValue(QStringView name) const; // first value, or a null string
    bool hasQueryItem(QStringView name) const;
    std::optional<QJsonObject> jsonObject() const; // the body, if it is a JSON object

    // Builds path, segments and query from the encoded path and query of a request line.
    void setTarget(const QByteArray &encodedPath, const QByteArray &encodedQuery);
};

} // namespace MentorDesk::Sandbox
