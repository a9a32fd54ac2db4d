#include "core/graph/GraphResponse.h"

#include <QJsonParseError>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace MentorDesk {

QString GraphResponse::requestId() const
{
    return QString::fromLatin1(header("request-id"));
}

QString GraphResponse::contentType() const
{
    const QByteArray value = header("content-type");
    const qsizetype semicolon = value.indexOf(';');
    return QString::fromLatin1(semicolon < 0 ? value : value.left(semicolon)).trimmed().toLower();
}

bool GraphResponse::isJsonContent() const
{
    const QString type = contentType();
    return type == "application/json"_L1 || type.endsWith("+json"_L1);
}

int GraphResponse::retryAfterSeconds(const QDateTime &nowUtc) const
{
    return parseRetryAfter(header("retry-after"), nowUtc);
}

int GraphResponse::parseRetryAfter(const QByteArray &headerValue, const QDateTime &nowUtc)
{
    const QByteArray value = headerValue.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    // RFC 9110 also allows an IMF-fixdate; Graph uses seconds, but a proxy in between might not.
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return int(qMax<qint64>(0, nowUtc.secsTo(when)));
}

bool GraphResponse::parseJson(QString *errorString)
{
    if (body.trimmed().isEmpty()) {
        json = {};
        return true;
    }
    QJsonParseError error;
    json = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        if (errorString)
            *errorString = error.errorString();
        json = {};
        return false;
    }
    return true;
}

} // namespace MentorDesk
