#include "sandbox/graph/RecurrenceExpander.h"

#include "sandbox/graph/GraphTimeFormat.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

namespace {

int dayOfWeekNumber(const QString &name)
{
    static const QStringList names{u"monday"_s, u"tuesday"_s,  u"wednesday"_s, u"thursday"_s,
                                   u"friday"_s, u"saturday"_s, u"sunday"_s};
    return int(names.indexOf(name.toLower())) + 1; // Qt: Monday = 1
}

QList<int> daysOfWeek(const QJsonObject &pattern)
{
    QList<int> days;
    for (const auto &day : pattern.value(u"daysOfWeek"_s).toArray()) {
        const int number = dayOfWeekNumber(day.toString());
        if (number > 0)
            days << number;
    }
    return days;
}

QDate startOfWeek(const QDate &date, int firstDay)
{
    const int back = (date.dayOfWeek() - firstDay + 7) % 7;
    return date.addDays(-back);
}

int monthsBetween(const QDate &from, const QDate &to)
{
    return (to.year() - from.year()) * 12 + (to.month() - from.month());
}

// first/second/third/fourth/last weekday-of-month test for relative patterns.
bool matchesRelative(const QDate &date, const QJsonObject &pattern)
{
    if (!daysOfWeek(pattern).contains(date.dayOfWeek()))
        return false;
    const QString index = pattern.value(u"index"_s).toString(u"first"_s).toLower();
    if (index == u"last"_s)
        return date.addDays(7).month() != date.month();
    static const QStringList order{u"first"_s, u"second"_s, u"third"_s, u"fourth"_s};
    return (date.day() - 1) / 7 == order.indexOf(index);
}

bool matches(const QDate &date, const QDate &start, const QJsonObject &pattern)
{
    const QString type = pattern.value(u"type"_s).toString();
    const int interval = std::max(1, pattern.value(u"interval"_s).toInt(1));
    if (type == u"daily"_s)
        return start.daysTo(date) % interval == 0;
    if (type == u"weekly"_s) {
        const int firstDay = std::max(1, dayOfWeekNumber(pattern.value(u"firstDayOfWeek"_s).toString(u"sunday"_s)));
        const qint64 weeks = startOfWeek(start, firstDay).daysTo(startOfWeek(date, firstDay)) / 7;
        QList<int> days = daysOfWeek(pattern);
        if (days.isEmpty())
            days << start.dayOfWeek();
        return weeks % interval == 0 && days.contains(date.dayOfWeek());
    }
    if (type == u"absoluteMonthly"_s)
        return monthsBetween(start, date) % interval == 0
            && date.day() == pattern.value(u"dayOfMonth"_s).toInt(start.day());
    if (type == u"relativeMonthly"_s)
        return monthsBetween(start, date) % interval == 0 && matchesRelative(date, pattern);
    if (type == u"absoluteYearly"_s)
        return (date.year() - start.year()) % interval == 0
            && date.month() == pattern.value(u"month"_s).toInt(start.month())
            && date.day() == pattern.value(u"dayOfMonth"_s).toInt(start.day());
    if (type == u"relativeYearly"_s)
        return (date.year() - start.year()) % interval == 0
            && date.month() == pattern.value(u"month"_s).toInt(start.month()) && matchesRelative(date, pattern);
    return false;
}

} // namespace

QTimeZone RecurrenceExpander::seriesZone(const StoredEvent &master)
{
    const QString name = master.recurrence.value(u"range"_s).toObject().value(u"recurrenceTimeZone"_s).toString();
    QTimeZone zone = GraphTimeFormat::zone(name.isEmpty() ? master.startZone : name);
    if (!zone.isValid())
        zone = QTimeZone::utc();
    return zone;
}

QList<QDateTime> RecurrenceExpander::originalStarts(const StoredEvent &master, const QDateTime &fromUtc,
                                                    const QDateTime &toUtc)
{
    QList<QDateTime> starts;
    const QJsonObject pattern = master.recurrence.value(u"pattern"_s).toObject();
    const QJsonObject range = master.recurrence.value(u"range"_s).toObject();
    const QTimeZone zone = seriesZone(master);
    const QDateTime localStart = master.startUtc.toTimeZone(zone);
    QDate first = QDate::fromString(range.value(u"startDate"_s).toString(), Qt::ISODate);
    if (!first.isValid())
        first = localStart.date();
    const QString rangeType = range.value(u"type"_s).toString(u"noEnd"_s);
    const QDate endDate = QDate::fromString(range.value(u"endDate"_s).toString(), Qt::ISODate);
    const int count = range.value(u"numberOfOccurrences"_s).toInt();
    const QDate lastNeeded = toUtc.toTimeZone(zone).date().addDays(1);

    int produced = 0;
    // Ten years of days at most: enough for any view, bounded for a noEnd series.
    for (QDate date = first; date.isValid() && first.daysTo(date) < 3660; date = date.addDays(1)) {
        if (rangeType == u"endDate"_s && endDate.isValid() && date > endDate)
            break;
        if (rangeType == u"numbered"_s && produced >= count)
            break;
        if (date > lastNeeded)
            break;
        if (!matches(date, first, pattern))
            continue;
        ++produced;
        const QDateTime start = QDateTime(date, localStart.time(), zone).toUTC();
        if (start >= fromUtc && start < toUtc)
            starts << start;
    }
    return starts;
}

QString RecurrenceExpander::occurrenceId(const QString &masterId, const QDateTime &originalStartUtc)
{
    const QByteArray raw = masterId.toUtf8() + '|' + originalStartUtc.toUTC().toString(Qt::ISODate).toUtf8();
    return u"AAMkAO"_s
        + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool RecurrenceExpander::parseOccurrenceId(const QString &id, QString *masterId, QDateTime *originalStartUtc)
{
    if (!id.startsWith(u"AAMkAO"_s))
        return false;
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        id.mid(6).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const qsizetype bar = decoded.decoded.lastIndexOf('|');
    if (bar < 0)
        return false;
    *masterId = QString::fromUtf8(decoded.decoded.left(bar));
    *originalStartUtc = QDateTime::fromString(QString::fromUtf8(decoded.decoded.mid(bar + 1)), Qt::ISODate).toUTC();
    return originalStartUtc->isValid();
}

QList<EventInstance> RecurrenceExpander::instancesOf(const SandboxState &state, const StoredEvent &stored,
                                                     const QDateTime &fromUtc, const QDateTime &toUtc)
{
    QList<EventInstance> result;
    if (!stored.removed.isEmpty())
        return result;
    const auto overlaps = [&](const QDateTime &start, const QDateTime &end) {
        return start == end ? (start >= fromUtc && start < toUtc) : (start < toUtc && end > fromUtc);
    };
    switch (stored.type) {
    case StoredEvent::Type::SingleInstance:
    case StoredEvent::Type::Exception:
        if (stored.type == StoredEvent::Type::Exception) {
            const auto master = state.events.constFind(stored.seriesMasterId);
            if (master == state.events.constEnd() || !master->removed.isEmpty())
                return result;
        }
        if (overlaps(stored.startUtc, stored.endUtc))
            result.append({&stored, false, stored.id, stored.startUtc, stored.endUtc, stored.originalStartUtc});
        break;
    case StoredEvent::Type::SeriesMaster: {
        QSet<QDateTime> replaced;
        for (const QString &id : state.eventOrder) {
            const auto candidateFound = state.events.constFind(id);
            const StoredEvent &candidate = candidateFound.value();
            if (candidate.type == StoredEvent::Type::Exception && candidate.seriesMasterId == stored.id) {
                replaced.insert(candidate.originalStartUtc);
                if (candidate.removed.isEmpty() && overlaps(candidate.startUtc, candidate.endUtc))
                    result.append({&candidate, false, candidate.id, candidate.startUtc, candidate.endUtc,
                                   candidate.originalStartUtc});
            }
        }
        const qint64 duration = stored.startUtc.secsTo(stored.endUtc);
        const QTimeZone zone = seriesZone(stored);
        for (const QDateTime &start : originalStarts(stored, fromUtc.addSecs(-duration), toUtc)) {
            if (replaced.contains(start) || stored.cancelledDates.contains(start.toTimeZone(zone).date()))
                continue;
            const QDateTime end = start.addSecs(duration);
            if (overlaps(start, end))
                result.append({&stored, true, occurrenceId(stored.id, start), start, end, start});
        }
        break;
    }
    }
    return result;
}

QList<EventInstance> RecurrenceExpander::instances(const SandboxState &state, const QString &mailbox,
                                                   const QString &calendarId, const QDateTime &fromUtc,
                                                   const QDateTime &toUtc)
{
    QList<EventInstance> singles;
    QList<EventInstance> occurrences;
    for (const QString &id : state.eventOrder) {
        const auto storedFound = state.events.constFind(id);
        const StoredEvent &stored = storedFound.value();
        if (stored.mailbox != mailbox || (!calendarId.isEmpty() && stored.calendarId != calendarId))
            continue;
        if (stored.type == StoredEvent::Type::Exception)
            continue; // reached through its master, so a removed master hides its exceptions too
        for (const EventInstance &instance : instancesOf(state, stored, fromUtc, toUtc))
            (instance.isOccurrence ? occurrences : singles).append(instance);
    }
    const auto byStart = [](const EventInstance &a, const EventInstance &b) {
        return a.startUtc != b.startUtc ? a.startUtc < b.startUtc : a.id < b.id;
    };
    std::stable_sort(singles.begin(), singles.end(), byStart);
    std::stable_sort(occurrences.begin(), occurrences.end(), byStart);
    return singles + occurrences;
}

} // namespace MentorDesk::Sandbox
