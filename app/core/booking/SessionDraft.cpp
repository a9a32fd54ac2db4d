#include "core/booking/SessionDraft.h"

#include "core/model/GraphTime.h"
#include "core/model/JsonEnum.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
using K = SessionDraft::RepeatKind;
using E = SessionDraft::RepeatEnd;
constexpr std::pair<K, QLatin1StringView> kKinds[] = {
    {K::None, "none"_L1},
    {K::Weekly, "weekly"_L1},
    {K::EveryTwoWeeks, "everyTwoWeeks"_L1},
    {K::Monthly, "monthly"_L1},
};
constexpr std::pair<E, QLatin1StringView> kEnds[] = {
    {E::UntilDate, "untilDate"_L1},
    {E::Count, "count"_L1},
};
} // namespace

QString SessionDraft::newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

SessionDraft SessionDraft::create(const QDateTime &nowUtc, const QTimeZone &zone)
{
    SessionDraft draft;
    draft.id = newGuid();
    draft.transactionId = newGuid();
    draft.meetingExternalId = newGuid();
    const QTimeZone effective = zone.isValid() ? zone : QTimeZone::utc();
    draft.timeZoneId = QString::fromUtf8(effective.id());
    // The next full hour that leaves at least half an hour to prepare.
    const QDateTime local = nowUtc.addSecs(30 * 60).toTimeZone(effective);
    QDateTime start = GraphTime::toUtc(local.date(), QTime(local.time().hour(), 0), effective);
    if (start < local)
        start = start.addSecs(3600);
    draft.setStartUtc(start);
    draft.createdUtc = draft.updatedUtc = nowUtc;
    return draft;
}

QTimeZone SessionDraft::zone() const
{
    if (timeZoneId.isEmpty())
        return {};
    return QTimeZone(timeZoneId.toUtf8());
}

QDateTime SessionDraft::startUtc() const
{
    const QTimeZone z = zone();
    if (!date.isValid() || !time.isValid() || !z.isValid())
        return {};
    return GraphTime::toUtc(date, time, z);
}

QDateTime SessionDraft::endUtc() const
{
    const QDateTime start = startUtc();
    return start.isValid() ? start.addSecs(qint64(durationMinutes) * 60) : QDateTime();
}

void SessionDraft::setStartUtc(const QDateTime &instantUtc)
{
    const QTimeZone z = zone().isValid() ? zone() : QTimeZone::utc();
    const QDateTime local = instantUtc.toTimeZone(z);
    date = local.date();
    time = QTime(local.time().hour(), local.time().minute());
}

std::optional<Recurrence> SessionDraft::recurrence() const
{
    if (repeat.kind == RepeatKind::None || !date.isValid())
        return std::nullopt;
    Recurrence recurrence;
    switch (repeat.kind) {
    case RepeatKind::Weekly:
    case RepeatKind::EveryTwoWeeks:
        recurrence.patternType = Recurrence::PatternType::Weekly;
        recurrence.interval = repeat.kind == RepeatKind::Weekly ? 1 : 2;
        recurrence.daysOfWeek = {Qt::DayOfWeek(date.dayOfWeek())};
        break;
    case RepeatKind::Monthly:
        recurrence.patternType = Recurrence::PatternType::AbsoluteMonthly;
        recurrence.interval = 1;
        recurrence.dayOfMonth = date.day();
        break;
    case RepeatKind::None:
        break;
    }
    recurrence.firstDayOfWeek = Qt::Sunday;
    recurrence.startDate = date;
    if (repeat.end == RepeatEnd::UntilDate) {
        recurrence.rangeType = Recurrence::RangeType::EndDate;
        recurrence.endDate = repeat.until;
    } else {
        recurrence.rangeType = Recurrence::RangeType::Numbered;
        recurrence.numberOfOccurrences = repeat.count;
    }
    recurrence.recurrenceTimeZone = GraphTime::graphZoneName(zone());
    return recurrence;
}

bool SessionDraft::isBlank() const
{
    return mentees.isEmpty() && subject.trimmed().isEmpty() && agenda.trimmed().isEmpty();
}

QString SessionDraft::effectiveSubject() const
{
    const QString typed = subject.simplified();
    if (!typed.isEmpty())
        return typed;
    QStringList names;
    for (const EmailAddress &mentee : mentees) {
        if (!mentee.displayName().isEmpty())
            names << mentee.displayName();
    }
    if (names.isEmpty())
        return tr("Mentoring session");
    //: %1: the mentees' names, comma-separated
    return tr("Mentoring: %1").arg(names.join(u", "_s));
}

QJsonObject SessionDraft::toJson() const
{
    QJsonArray menteeArray;
    for (const EmailAddress &mentee : mentees)
        menteeArray.append(mentee.toJson());
    QJsonObject repeatObject{{"kind"_L1, JsonEnum::toString(repeat.kind, kKinds)},
                             {"end"_L1, JsonEnum::toString(repeat.end, kEnds)},
                             {"count"_L1, repeat.count}};
    if (repeat.until.isValid())
        repeatObject.insert("until"_L1, repeat.until.toString(Qt::ISODate));
    QJsonObject object{
        {"id"_L1, id},
        {"transactionId"_L1, transactionId},
        {"meetingExternalId"_L1, meetingExternalId},
        {"mentees"_L1, menteeArray},
        {"subject"_L1, subject},
        {"agenda"_L1, agenda},
        {"durationMinutes"_L1, durationMinutes},
        {"timeZone"_L1, timeZoneId},
        {"calendarId"_L1, calendarId},
        {"reminderMinutes"_L1, reminderMinutes},
        {"repeat"_L1, repeatObject},
        {"teamsMeeting"_L1, teamsMeeting},
    };
    if (date.isValid())
        object.insert("date"_L1, date.toString(Qt::ISODate));
    if (time.isValid())
        object.insert("time"_L1, time.toString(u"HH:mm"_s));
    if (outboxId > 0)
        object.insert("outboxId"_L1, QString::number(outboxId));
    if (!lastError.isEmpty())
        object.insert("lastError"_L1, lastError);
    if (createdUtc.isValid())
        object.insert("created"_L1, GraphTime::formatInstant(createdUtc));
    if (updatedUtc.isValid())
        object.insert("updated"_L1, GraphTime::formatInstant(updatedUtc));
    return object;
}

SessionDraft SessionDraft::fromJson(const QJsonObject &object)
{
    SessionDraft draft;
    draft.id = object.value("id"_L1).toString();
    draft.transactionId = object.value("transactionId"_L1).toString();
    draft.meetingExternalId = object.value("meetingExternalId"_L1).toString();
    const QJsonArray menteeArray = object.value("mentees"_L1).toArray();
    for (const QJsonValue &mentee : menteeArray)
        draft.mentees.append(EmailAddress::fromJson(mentee));
    draft.subject = object.value("subject"_L1).toString();
    draft.agenda = object.value("agenda"_L1).toString();
    draft.durationMinutes = object.value("durationMinutes"_L1).toInt(kDefaultDurationMinutes);
    draft.date = QDate::fromString(object.value("date"_L1).toString(), Qt::ISODate);
    draft.time = QTime::fromString(object.value("time"_L1).toString(), u"HH:mm"_s);
    draft.timeZoneId = object.value("timeZone"_L1).toString();
    draft.calendarId = object.value("calendarId"_L1).toString();
    draft.reminderMinutes = object.value("reminderMinutes"_L1).toInt(kDefaultReminderMinutes);
    const QJsonObject repeatObject = object.value("repeat"_L1).toObject();
    draft.repeat.kind = JsonEnum::fromString(repeatObject.value("kind"_L1).toString(), kKinds, K::None);
    draft.repeat.end = JsonEnum::fromString(repeatObject.value("end"_L1).toString(), kEnds, E::Count);
    draft.repeat.count = repeatObject.value("count"_L1).toInt(Repeat().count);
    draft.repeat.until = QDate::fromString(repeatObject.value("until"_L1).toString(), Qt::ISODate);
    draft.teamsMeeting = object.value("teamsMeeting"_L1).toBool(true);
    draft.outboxId = object.value("outboxId"_L1).toString().toLongLong();
    draft.lastError = object.value("lastError"_L1).toString();
    draft.createdUtc = GraphTime::parseInstant(object.value("created"_L1));
    draft.updatedUtc = GraphTime::parseInstant(object.value("updated"_L1));
    return draft;
}

} // namespace MentorDesk
