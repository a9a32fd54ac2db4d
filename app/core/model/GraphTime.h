#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

namespace MentorDesk {

// Microsoft Graph date/time conventions in one place (lives in model/ because every value type's fromJson() needs
// it; md_model depends on Qt Core only).
//
// Graph sends event times as dateTimeTimeZone: {"dateTime":"2026-11-28T09:00:00.0000000","timeZone":"..."} where
// dateTime is a wall-clock time without offset (7 fraction digits) and timeZone is "UTC" (the default), a Windows
// zone id ("Pacific Standard Time", when the request sent Prefer: outlook.timezone), an IANA id, or a custom zone
// ("tzone://Microsoft/Custom") that cannot be resolved. Every instant leaving this class is a QDateTime in UTC
// (Qt::UTC spec), so == compares instants and nothing depends on the machine's zone.
//
// Wall-clock times that do not exist or exist twice follow RFC 5545 (what Outlook and other calendars do): a time
// in a DST gap is read with the offset before the gap (02:30 on a spring-forward day becomes 03:30 daylight time),
// an ambiguous time in a DST fold means its first occurrence. Qt's own QDateTime(date, time, zone) resolves these
// differently in 6.4 and 6.8, so toUtc() does the arithmetic itself with QTimeZone::offsetFromUtc().
class GraphTime
{
public:
    // The zone for a Graph timeZone string: "UTC" (also "Etc/UTC", "tzone://Microsoft/Utc"), a Windows id via
    // QTimeZone::windowsIdToDefaultIanaId(), or an IANA id. Invalid QTimeZone for an empty, custom or unknown
    // name. Lookups are cached (thread-safe), since QTimeZone construction reads the system's zone files.
    static QTimeZone zoneForName(const QString &name);
    // As zoneForName(), but an unresolvable name falls back to UTC with one logged warning per name. Empty is UTC.
    static QTimeZone zoneForNameOrUtc(const QString &name);
    // The name to send to Graph for a zone: "UTC", else the Windows id (what Outlook stores), else the IANA id.
    static QString graphZoneName(const QTimeZone &zone);
    // A short human name for a Graph zone name: the Windows id as is ("Pacific Standard Time"), IANA ids as is,
    // "UTC"; empty for an empty name.
    static QString zoneDisplayName(const QString &graphName);

    // A wall-clock date and time in zone to the UTC instant, with the gap and fold rules above. An invalid zone is
    // read as UTC. Invalid date gives an invalid QDateTime.
    static QDateTime toUtc(QDate date, QTime time, const QTimeZone &zone);

    // dateTime as Graph writes it (any number of fraction digits; a trailing Z or ±hh:mm offset is tolerated and
    // then wins over the zone name) read in the named zone (unknown zones: UTC, see zoneForNameOrUtc()).
    // Returns the instant in UTC, or an invalid QDateTime for an empty or malformed dateTime.
    static QDateTime parse(const QString &dateTime, const QString &timeZone);
    // A dateTimeTimeZone object; null, missing or malformed gives an invalid QDateTime.
    static QDateTime fromJson(const QJsonValue &dateTimeTimeZone);
    // The wall-clock date named by a dateTimeTimeZone's dateTime, ignoring the zone: how all-day events are read
    // (an all-day event on 28 Nov is on 28 Nov in every zone). Invalid QDate when absent or malformed.
    static QDate wallClockDate(const QJsonValue &dateTimeTimeZone);
    // Graph's dateTimeTimeZone for an instant, written as wall-clock time in the named zone (unknown: UTC).
    static QJsonObject toJson(const QDateTime &instant, const QString &timeZoneName = QStringLiteral("UTC"));
    // Midnight of a date as dateTimeTimeZone (all-day events are sent as midnight to midnight).
    static QJsonObject dateToJson(QDate date, const QString &timeZoneName = QStringLiteral("UTC"));
    // "2026-11-28T09:00:00.0000000": the instant's wall-clock time in zone, Graph's 7-digit format.
    static QString formatWallClock(const QDateTime &instant, const QTimeZone &zone);
    // "2026-11-28T08:00:00Z": for startDateTime/endDateTime query parameters (read by Graph as UTC).
    static QString formatQueryParameter(const QDateTime &instant);

    // An Edm.DateTimeOffset ("2026-11-20T10:15:00.1234567Z", offsets allowed) as UTC. Graph's "no value"
    // 0001-01-01T00:00:00Z, null, empty and malformed give an invalid QDateTime.
    static QDateTime parseInstant(const QJsonValue &value);
    static QString formatInstant(const QDateTime &instant);
    // An Edm.Date ("2026-11-28"); invalid QDate for null, "0001-01-01" and malformed values.
    static QDate parseDate(const QJsonValue &value);

    // Display helpers. The instant in the viewer's zone (the system zone by default).
    static QDateTime toViewerTime(const QDateTime &instant, const QTimeZone &viewer = QTimeZone::systemTimeZone());
    // Whether an event's own zone shows a different wall-clock time than the viewer's at this instant (so the
    // details pane should also show the event's zone). False when the event's zone is invalid/unknown.
    static bool differsFromViewer(const QDateTime &instant, const QTimeZone &eventZone,
                                  const QTimeZone &viewer = QTimeZone::systemTimeZone());

    static QDateTime utc(QDate date, QTime time = QTime(0, 0));
};

} // namespace MentorDesk
