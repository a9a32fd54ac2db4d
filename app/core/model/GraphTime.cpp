#include "core/model/GraphTime.h"

#include "core/common/Logging.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

struct ZoneCache
{
    QMutex mutex;
    QHash<QString, QTimeZone> zones; // invalid QTimeZone = known to be unresolvable
    QSet<QString> warned;
};

ZoneCache &zoneCache()
{
    static ZoneCache cache;
    return cache;
}

bool isUtcName(const QString &name)
{
    return name.compare("UTC"_L1, Qt::CaseInsensitive) == 0 || name.compare("Etc/UTC"_L1, Qt::CaseInsensitive) == 0
        || name.compare("tzone://Microsoft/Utc"_L1, Qt::CaseInsensitive) == 0
        || name.compare("Coordinated Universal Time"_L1, Qt::CaseInsensitive) == 0;
}

QTimeZone resolveZone(const QString &name)
{
    if (isUtcName(name))
        return QTimeZone::utc();
    // Windows ids first: that is what Graph sends. windowsIdToDefaultIanaId() is a table lookup, and returns
    // nothing for IANA ids, which QTimeZone then resolves directly.
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(name.toUtf8());
    QTimeZone zone(iana.isEmpty() ? name.toUtf8() : iana);
    return zone.isValid() ? zone : QTimeZone();
}

bool isUtcZone(const QTimeZone &zone)
{
    // Covers QTimeZone::utc() on 6.4 ("UTC" backend) and 6.5+ (lightweight UTC), and zones like "Etc/UTC".
    return zone.isValid() && (zone.id() == "UTC" || zone.id() == "Etc/UTC");
}

qint64 offsetMsAt(const QTimeZone &zone, qint64 utcMs)
{
    return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()))) * 1000;
}

// Splits Graph's "yyyy-MM-ddTHH:mm:ss.fffffff" (optionally with Z or an offset) into wall-clock date and time, or
// into an absolute instant when an offset is present. Qt's ISO parser reads any number of fraction digits; we
// append a Z so it never interprets the wall-clock time in the machine's zone (which could shift it in a gap).
bool parseIso(QString text, QDate *date, QTime *time, QDateTime *instant)
{
    text = text.trimmed();
    if (text.isEmpty())
        return false;
    const qsizetype t = text.indexOf(u'T');
    if (t < 0)
        text += "T00:00:00"_L1;
    const QStringView clock = QStringView(text).mid(text.indexOf(u'T') + 1);
    const bool hasOffset = clock.endsWith(u'Z') || clock.endsWith(u'z') || clock.contains(u'+') || clock.contains(u'-');
    const QDateTime parsed = QDateTime::fromString(hasOffset ? text : text + u'Z', Qt::ISODateWithMs);
    if (!parsed.isValid())
        return false;
    if (hasOffset) {
        *instant = parsed.toUTC();
    } else {
        *date = parsed.date();
        *time = parsed.time();
    }
    return true;
}

} // namespace

QTimeZone GraphTime::zoneForName(const QString &name)
{
    if (name.isEmpty())
        return {};
    ZoneCache &cache = zoneCache();
    QMutexLocker locker(&cache.mutex);
    const auto it = cache.zones.constFind(name);
    if (it != cache.zones.constEnd())
        return *it;
    const QTimeZone zone = resolveZone(name);
    cache.zones.insert(name, zone);
    return zone;
}

QTimeZone GraphTime::zoneForNameOrUtc(const QString &name)
{
    if (name.isEmpty())
        return QTimeZone::utc();
    const QTimeZone zone = zoneForName(name);
    if (zone.isValid())
        return zone;
    ZoneCache &cache = zoneCache();
    QMutexLocker locker(&cache.mutex);
    if (!cache.warned.contains(name)) {
        cache.warned.insert(name);
        qCWarning(lcCalendar) << "Unknown time zone" << name << "- reading its times as UTC";
    }
    return QTimeZone::utc();
}

QString GraphTime::graphZoneName(const QTimeZone &zone)
{
    if (!zone.isValid() || isUtcZone(zone))
        return u"UTC"_s;
    const QByteArray windows = QTimeZone::ianaIdToWindowsId(zone.id());
    return QString::fromUtf8(windows.isEmpty() ? zone.id() : windows);
}

QString GraphTime::zoneDisplayName(const QString &graphName)
{
    if (graphName.isEmpty())
        return {};
    if (isUtcName(graphName))
        return u"UTC"_s;
    return graphName;
}

QDateTime GraphTime::toUtc(QDate date, QTime time, const QTimeZone &zone)
{
    if (!date.isValid())
        return {};
    if (!time.isValid())
        time = QTime(0, 0);
    const qint64 naive = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    if (!zone.isValid())
        return QDateTime::fromMSecsSinceEpoch(naive, QTimeZone::utc()).toUTC();
    if (!zone.hasTransitions()) {
        return QDateTime::fromMSecsSinceEpoch(naive - offsetMsAt(zone, naive), QTimeZone::utc()).toUTC();
    }
    // The offsets in force a day either side of the wall-clock time (zones never change offset twice within two
    // days). A candidate instant is valid when the zone really has that offset then.
    const qint64 before = offsetMsAt(zone, naive - kDayMs);
    const qint64 after = offsetMsAt(zone, naive + kDayMs);
    qint64 best = 0;
    bool found = false;
    for (const qint64 offset : {before, after}) {
        const qint64 candidate = naive - offset;
        if (offsetMsAt(zone, candidate) == offset && (!found || candidate < best)) {
            best = candidate; // in a fold both are valid: the earlier is the first occurrence
            found = true;
        }
    }
    if (!found) {
        // A gap: read with the offset before it, which lands after the transition (02:30 PST -> 03:30 PDT).
        best = naive - before;
    }
    return QDateTime::fromMSecsSinceEpoch(best, QTimeZone::utc()).toUTC();
}

QDateTime GraphTime::parse(const QString &dateTime, const QString &timeZone)
{
    QDate date;
    QTime time;
    QDateTime instant;
    if (!parseIso(dateTime, &date, &time, &instant))
        return {};
    if (instant.isValid())
        return instant;
    const QTimeZone zone = zoneForNameOrUtc(timeZone);
    if (isUtcZone(zone))
        return QDateTime(date, time, QTimeZone::utc()).toUTC();
    return toUtc(date, time, zone);
}

QDateTime GraphTime::fromJson(const QJsonValue &dateTimeTimeZone)
{
    const QJsonObject object = dateTimeTimeZone.toObject();
    return parse(object.value("dateTime"_L1).toString(), object.value("timeZone"_L1).toString());
}

QDate GraphTime::wallClockDate(const QJsonValue &dateTimeTimeZone)
{
    // The date as written, before any zone or rounding gets a say.
    const QString text = dateTimeTimeZone.toObject().value("dateTime"_L1).toString().trimmed();
    return QDate::fromString(text.left(10), Qt::ISODate);
}

QJsonObject GraphTime::toJson(const QDateTime &instant, const QString &timeZoneName)
{
    const QString name = timeZoneName.isEmpty() ? u"UTC"_s : timeZoneName;
    return QJsonObject{{"dateTime"_L1, formatWallClock(instant, zoneForNameOrUtc(name))}, {"timeZone"_L1, name}};
}

QJsonObject GraphTime::dateToJson(QDate date, const QString &timeZoneName)
{
    const QString name = timeZoneName.isEmpty() ? u"UTC"_s : timeZoneName;
    return QJsonObject{{"dateTime"_L1, QString(date.toString(Qt::ISODate) + "T00:00:00.0000000"_L1)},
                       {"timeZone"_L1, name}};
}

QString GraphTime::formatWallClock(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return {};
    const QDateTime wall = instant.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    return wall.toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz"_s) + "0000"_L1;
}

QString GraphTime::formatQueryParameter(const QDateTime &instant)
{
    return instant.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

QDateTime GraphTime::parseInstant(const QJsonValue &value)
{
    QDate date;
    QTime time;
    QDateTime instant;
    if (!parseIso(value.toString(), &date, &time, &instant))
        return {};
    if (!instant.isValid())
        instant = QDateTime(date, time, QTimeZone::utc()).toUTC(); // no offset: Graph means UTC
    // Graph writes 0001-01-01T00:00:00Z for "never" (e.g. a response time before anyone responded).
    if (instant.date().year() <= 1)
        return {};
    return instant;
}

QString GraphTime::formatInstant(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    return instant.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz"_s) + "0000Z"_L1;
}

QDate GraphTime::parseDate(const QJsonValue &value)
{
    const QDate date = QDate::fromString(value.toString().left(10), Qt::ISODate);
    return date.isValid() && date.year() > 1 ? date : QDate();
}

QDateTime GraphTime::toViewerTime(const QDateTime &instant, const QTimeZone &viewer)
{
    return instant.toTimeZone(viewer.isValid() ? viewer : QTimeZone::systemTimeZone());
}

bool GraphTime::differsFromViewer(const QDateTime &instant, const QTimeZone &eventZone, const QTimeZone &viewer)
{
    if (!eventZone.isValid() || !instant.isValid())
        return false;
    const QTimeZone v = viewer.isValid() ? viewer : QTimeZone::systemTimeZone();
    return eventZone.offsetFromUtc(instant) != v.offsetFromUtc(instant);
}

QDateTime GraphTime::utc(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone::utc()).toUTC();
}

} // namespace MentorDesk
