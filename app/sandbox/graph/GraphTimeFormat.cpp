#include "sandbox/graph/GraphTimeFormat.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

QTimeZone GraphTimeFormat::zone(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"UTC"_s, Qt::CaseInsensitive) == 0
        || trimmed.compare(u"tzone://Microsoft/Utc"_s, Qt::CaseInsensitive) == 0
        || trimmed == u"Coordinated Universal Time"_s)
        return QTimeZone::utc();
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(trimmed.toUtf8());
    if (!iana.isEmpty())
        return QTimeZone(iana);
    const QTimeZone direct(trimmed.toUtf8());
    return direct.isValid() ? direct : QTimeZone();
}

QString GraphTimeFormat::windowsName(const QString &name)
{
    const QByteArray id = name.trimmed().toUtf8();
    if (!QTimeZone::windowsIdToDefaultIanaId(id).isEmpty())
        return QString::fromUtf8(id);
    if (id == "UTC" || id == "Etc/UTC")
        return u"UTC"_s;
    return QString::fromUtf8(QTimeZone::ianaIdToWindowsId(id));
}

QString GraphTimeFormat::formatLocal(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u".0000000"_s;
}

QString GraphTimeFormat::formatOffset(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'Z';
}

QString GraphTimeFormat::formatTimestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"0000Z"_s;
}

namespace {

// yyyy-MM-ddTHH:mm[:ss][.fraction][Z|±HH:mm]
const QRegularExpression &dateTimePattern()
{
    static const QRegularExpression pattern(
        uR"(^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2}))?(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$)"_s);
    return pattern;
}

struct Parsed
{
    QDate date;
    QTime time;
    QString offset;
    bool ok = false;
};

Parsed parse(const QString &text)
{
    Parsed parsed;
    const auto match = dateTimePattern().match(text.trimmed());
    if (!match.hasMatch())
        return parsed;
    parsed.date = QDate::fromString(match.captured(1), Qt::ISODate);
    const QString hm = match.captured(2).isEmpty() ? u"00:00"_s : match.captured(2);
    const QString seconds = match.captured(3).isEmpty() ? u"00"_s : match.captured(3);
    QString fraction = match.captured(4).left(3);
    while (fraction.size() < 3)
        fraction += u'0';
    parsed.time = QTime::fromString(hm + u':' + seconds + u'.' + fraction, u"HH:mm:ss.zzz"_s);
    parsed.offset = match.captured(5);
    parsed.ok = parsed.date.isValid() && parsed.time.isValid();
    return parsed;
}

QDateTime withOffset(const Parsed &parsed)
{
    if (parsed.offset.isEmpty() || parsed.offset == u"Z"_s)
        return QDateTime(parsed.date, parsed.time, QTimeZone::utc());
    QString digits = parsed.offset.mid(1);
    digits.remove(u':');
    const int seconds
        = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60) * (parsed.offset.startsWith(u'-') ? -1 : 1);
    return QDateTime(parsed.date, parsed.time, QTimeZone(seconds)).toUTC();
}

} // namespace

QDateTime GraphTimeFormat::parseQueryValue(const QString &value)
{
    const Parsed parsed = parse(value);
    return parsed.ok ? withOffset(parsed) : QDateTime();
}

QDateTime GraphTimeFormat::parseDateTimeTimeZone(const QJsonValue &value, QString *zoneName, QString *error)
{
    const QJsonObject object = value.toObject();
    const QString dateTime = object.value(u"dateTime"_s).toString();
    QString name = object.value(u"timeZone"_s).toString();
    if (name.isEmpty())
        name = u"UTC"_s;
    const Parsed parsed = parse(dateTime);
    if (!value.isObject() || !parsed.ok) {
        if (error)
            *error = u"Cannot convert the literal '%1' to the expected type 'Edm.DateTimeOffset'."_s.arg(dateTime);
        return {};
    }
    const QTimeZone tz = zone(name);
    if (!tz.isValid()) {
        if (error)
            *error = u"A valid TimeZone value must be specified. The following TimeZone value is not supported: '%1'."_s
                         .arg(name);
        return {};
    }
    if (zoneName)
        *zoneName = name;
    // A value with its own offset wins over the named zone (Graph accepts both shapes).
    if (!parsed.offset.isEmpty())
        return withOffset(parsed);
    return QDateTime(parsed.date, parsed.time, tz).toUTC();
}

QString GraphTimeFormat::preference(const HttpRequest &request, QLatin1StringView name)
{
    for (const QByteArray &header : request.headerValues("Prefer")) {
        for (const QByteArray &part : header.split(',')) {
            const QByteArray trimmed = part.trimmed();
            const qsizetype eq = trimmed.indexOf('=');
            if (eq < 0)
                continue;
            if (trimmed.left(eq).trimmed().compare(QByteArrayView(name.data(), name.size()), Qt::CaseInsensitive) != 0)
                continue;
            QByteArray value = trimmed.mid(eq + 1).trimmed();
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            return QString::fromUtf8(value);
        }
    }
    return {};
}

QString GraphTimeFormat::preferredZone(const HttpRequest &request)
{
    return preference(request, "outlook.timezone"_L1);
}

QString GraphTimeFormat::preferredBodyType(const HttpRequest &request)
{
    return preference(request, "outlook.body-content-type"_L1).toLower();
}

int GraphTimeFormat::preferredMaxPageSize(const HttpRequest &request)
{
    return preference(request, "odata.maxpagesize"_L1).toInt();
}

qint64 GraphTimeFormat::parseDurationSeconds(const QString &iso)
{
    static const QRegularExpression pattern(uR"(^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$)"_s);
    const auto match = pattern.match(iso.trimmed());
    if (!match.hasMatch() || iso.trimmed() == u"P"_s || iso.trimmed().endsWith(u'T'))
        return -1;
    return match.captured(1).toLongLong() * 86400 + match.captured(2).toLongLong() * 3600
        + match.captured(3).toLongLong() * 60 + match.captured(4).toLongLong();
}

} // namespace MentorDesk::Sandbox
