#include "core/model/ScheduleInformation.h"

#include "core/model/GraphTime.h"
#include "core/model/JsonEnum.h"
#include "core/model/Recurrence.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

constexpr std::pair<Availability, QLatin1StringView> kAvailability[] = {
    {Availability::Free, "free"_L1},
    {Availability::Tentative, "tentative"_L1},
    {Availability::Busy, "busy"_L1},
    {Availability::OutOfOffice, "oof"_L1},
    {Availability::WorkingElsewhere, "workingElsewhere"_L1},
    {Availability::Unknown, "unknown"_L1},
};

// Edm.TimeOfDay: "08:00:00.0000000" (any number of fraction digits, or none; "08:00" tolerated).
QTime parseTimeOfDay(const QJsonValue &value)
{
    const QString text = value.toString().trimmed();
    const qsizetype dot = text.indexOf(u'.');
    const QString clock = dot < 0 ? text : text.left(dot);
    QTime time = QTime::fromString(clock, Qt::ISODate);
    if (!time.isValid())
        return {};
    if (dot >= 0) {
        const QString fraction = QString(text.mid(dot + 1) + "000"_L1).left(3);
        bool ok = false;
        const int ms = fraction.toInt(&ok);
        if (ok)
            time = time.addMSecs(ms);
    }
    return time;
}

QString formatTimeOfDay(const QTime &time)
{
    return time.isValid() ? time.toString(u"HH:mm:ss.zzz"_s) + "0000"_L1 : QString();
}

} // namespace

Availability availabilityFromString(QStringView text)
{
    return JsonEnum::fromString(text, kAvailability, Availability::Unknown);
}

QString availabilityToString(Availability availability)
{
    return JsonEnum::toString(availability, kAvailability);
}

Availability availabilityFromDigit(QChar digit)
{
    switch (digit.unicode()) {
    case u'0':
        return Availability::Free;
    case u'1':
        return Availability::Tentative;
    case u'2':
        return Availability::Busy;
    case u'3':
        return Availability::OutOfOffice;
    case u'4':
        return Availability::WorkingElsewhere;
    default:
        return Availability::Unknown;
    }
}

QChar availabilityToDigit(Availability availability)
{
    switch (availability) {
    case Availability::Free:
        return u'0';
    case Availability::Tentative:
        return u'1';
    case Availability::Busy:
        return u'2';
    case Availability::OutOfOffice:
        return u'3';
    case Availability::WorkingElsewhere:
        return u'4';
    case Availability::Unknown:
        break;
    }
    return u'?';
}

// --- ScheduleItem

ScheduleItem ScheduleItem::fromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    ScheduleItem item;
    item.status = availabilityFromString(object.value("status"_L1).toString());
    item.start = GraphTime::fromJson(object.value("start"_L1));
    item.end = GraphTime::fromJson(object.value("end"_L1));
    if (item.start.isValid() && (!item.end.isValid() || item.end < item.start))
        item.end = item.start;
    item.subject = object.value("subject"_L1).toString();
    item.location = object.value("location"_L1).toString();
    item.isPrivate = object.value("isPrivate"_L1).toBool();
    return item;
}

QJsonObject ScheduleItem::toJson() const
{
    QJsonObject object{{"status"_L1, availabilityToString(status)},
                       {"start"_L1, start.isValid() ? QJsonValue(GraphTime::toJson(start)) : QJsonValue()},
                       {"end"_L1, end.isValid() ? QJsonValue(GraphTime::toJson(end)) : QJsonValue()}};
    if (!subject.isEmpty())
        object.insert("subject"_L1, subject);
    if (!location.isEmpty())
        object.insert("location"_L1, location);
    if (isPrivate)
        object.insert("isPrivate"_L1, true);
    return object;
}

// --- WorkingHours

WorkingHours WorkingHours::fromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    WorkingHours hours;
    const QJsonArray days = object.value("daysOfWeek"_L1).toArray();
    for (const QJsonValue &value : days) {
        // Recurrence knows Graph's dayOfWeek names; it reads an unknown one as Monday, so check the way back.
        const QString name = value.toString();
        const Qt::DayOfWeek day = Recurrence::dayFromString(name);
        if (Recurrence::dayToString(day).compare(name, Qt::CaseInsensitive) == 0 && !hours.daysOfWeek.contains(day))
            hours.daysOfWeek.append(day);
    }
    hours.startTime = parseTimeOfDay(object.value("startTime"_L1));
    hours.endTime = parseTimeOfDay(object.value("endTime"_L1));
    // timeZoneBase {name} or its customTimeZone subtype (bias, standardOffset, daylightOffset): only the name is
    // looked up; a custom zone's rules are not rebuilt.
    hours.timeZoneName = object.value("timeZone"_L1).toObject().value("name"_L1).toString();
    hours.timeZone = GraphTime::zoneForName(hours.timeZoneName);
    return hours;
}

QJsonObject WorkingHours::toJson() const
{
    QJsonArray days;
    for (const Qt::DayOfWeek day : daysOfWeek)
        days.append(Recurrence::dayToString(day));
    QJsonObject object{{"daysOfWeek"_L1, days}};
    if (startTime.isValid())
        object.insert("startTime"_L1, formatTimeOfDay(startTime));
    if (endTime.isValid())
        object.insert("endTime"_L1, formatTimeOfDay(endTime));
    if (!timeZoneName.isEmpty())
        object.insert("timeZone"_L1, QJsonObject{{"name"_L1, timeZoneName}});
    return object;
}

// --- ScheduleInformation

QList<Availability> ScheduleInformation::parseAvailabilityView(QStringView digits)
{
    QList<Availability> view;
    view.reserve(digits.size());
    for (const QChar digit : digits)
        view.append(availabilityFromDigit(digit));
    return view;
}

QString ScheduleInformation::formatAvailabilityView(const QList<Availability> &view)
{
    QString digits;
    digits.reserve(view.size());
    for (const Availability availability : view)
        digits.append(availabilityToDigit(availability));
    return digits;
}

Availability ScheduleInformation::availabilityAt(const QDateTime &instant, const QDateTime &viewStartUtc,
                                                 int intervalMinutes) const
{
    if (!instant.isValid() || !viewStartUtc.isValid() || intervalMinutes <= 0 || instant < viewStartUtc)
        return Availability::Unknown;
    const qint64 slot = viewStartUtc.secsTo(instant) / (qint64(intervalMinutes) * 60);
    return slot < availabilityView.size() ? availabilityView.at(qsizetype(slot)) : Availability::Unknown;
}

ScheduleInformation ScheduleInformation::fromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    ScheduleInformation info;
    info.scheduleId = object.value("scheduleId"_L1).toString();
    info.availabilityView = parseAvailabilityView(object.value("availabilityView"_L1).toString());
    const QJsonArray items = object.value("scheduleItems"_L1).toArray();
    info.scheduleItems.reserve(items.size());
    for (const QJsonValue &value : items) {
        ScheduleItem item = ScheduleItem::fromJson(value);
        if (item.isValid())
            info.scheduleItems.append(std::move(item));
    }
    info.workingHours = WorkingHours::fromJson(object.value("workingHours"_L1));
    const QJsonObject error = object.value("error"_L1).toObject();
    info.error.message = error.value("message"_L1).toString();
    // Documented as a string; accept a number too.
    const QJsonValue code = error.value("responseCode"_L1);
    info.error.responseCode = code.isDouble() ? QString::number(code.toInteger()) : code.toString();
    return info;
}

QJsonObject ScheduleInformation::toJson() const
{
    QJsonObject object{{"scheduleId"_L1, scheduleId}};
    if (!availabilityView.isEmpty())
        object.insert("availabilityView"_L1, formatAvailabilityView(availabilityView));
    if (!scheduleItems.isEmpty()) {
        QJsonArray items;
        for (const ScheduleItem &item : scheduleItems)
            items.append(item.toJson());
        object.insert("scheduleItems"_L1, items);
    }
    if (!workingHours.isEmpty() || !workingHours.timeZoneName.isEmpty())
        object.insert("workingHours"_L1, workingHours.toJson());
    if (hasError())
        object.insert("error"_L1, QJsonObject{{"message"_L1, error.message}, {"responseCode"_L1, error.responseCode}});
    return object;
}

} // namespace MentorDesk
