#pragma once

#include "sandbox/http/HttpRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace MentorDesk::Sandbox {

// Graph's date/time dialect: dateTimeTimeZone values ("2026-11-28T09:00:00.0000000" + a Windows zone name),
// DateTimeOffset strings with seven fractional digits, Prefer headers and ISO 8601 durations.
class GraphTimeFormat
{
public:
    // "Pacific Standard Time", an IANA id or "UTC"; invalid QTimeZone when unknown.
    static QTimeZone zone(const QString &name);
    // The Windows name Graph uses for a zone ("Tokyo Standard Time"): a Windows name stays, an IANA id ("Asia/Tokyo")
    // is converted by QTimeZone; empty when neither.
    static QString windowsName(const QString &name);
    static QString formatLocal(const QDateTime &utc, const QTimeZone &zone); // 2026-11-28T09:00:00.0000000
    static QString formatOffset(const QDateTime &utc); // 2026-11-28T09:00:00Z (originalStart)
    static QString formatTimestamp(const QDateTime &utc); // 2026-11-28T09:00:00.1230000Z (createdDateTime)
    // A query value such as startDateTime: with an offset it is honoured, without one it is UTC.
    static QDateTime parseQueryValue(const QString &value);
    // A dateTimeTimeZone object; returns an invalid QDateTime and sets *error when unusable.
    static QDateTime parseDateTimeTimeZone(const QJsonValue &value, QString *zoneName, QString *error);
    // The value of Prefer: outlook.timezone="..." (empty when absent), and outlook.body-content-type.
    static QString preferredZone(const HttpRequest &request);
    static QString preferredBodyType(const HttpRequest &request);
    static int preferredMaxPageSize(const HttpRequest &request); // odata.maxpagesize, 0 when absent
    // PT1H30M, P1D, PT45S; -1 when not a duration.
    static qint64 parseDurationSeconds(const QString &iso);

private:
    static QString preference(const HttpRequest &request, QLatin1StringView name);
};

} // namespace MentorDesk::Sandbox
