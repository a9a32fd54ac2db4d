#include "core/model/Recurrence.h"

#include "core/model/GraphTime.h"
#include "core/model/JsonEnum.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
using PatternType = Recurrence::PatternType;
using RangeType = Recurrence::RangeType;
using WeekIndex = Recurrence::WeekIndex;

constexpr std::pair<PatternType, QLatin1StringView> kPatterns[] = {
    {PatternType::Daily, "daily"_L1},
    {PatternType::Weekly, "weekly"_L1},
    {PatternType::AbsoluteMonthly, "absoluteMonthly"_L1},
    {PatternType::RelativeMonthly, "relativeMonthly"_L1},
    {PatternType::AbsoluteYearly, "absoluteYearly"_L1},
    {PatternType::RelativeYearly, "relativeYearly"_L1},
};
constexpr std::pair<RangeType, QLatin1StringView> kRanges[] = {
    {RangeType::EndDate, "endDate"_L1},
    {RangeType::NoEnd, "noEnd"_L1},
    {RangeType::Numbered, "numbered"_L1},
};
constexpr std::pair<WeekIndex, QLatin1StringView> kIndexes[] = {
    {WeekIndex::First, "first"_L1},   {WeekIndex::Second, "second"_L1}, {WeekIndex::Third, "third"_L1},
    {WeekIndex::Fourth, "fourth"_L1}, {WeekIndex::Last, "last"_L1},
};
constexpr std::pair<Qt::DayOfWeek, QLatin1StringView> kDays[] = {
    {Qt::Monday, "monday"_L1},     {Qt::Tuesday, "tuesday"_L1}, {Qt::Wednesday, "wednesday"_L1},
    {Qt::Thursday, "thursday"_L1}, {Qt::Friday, "friday"_L1},   {Qt::Saturday, "saturday"_L1},
    {Qt::Sunday, "sunday"_L1},
};
} // namespace

std::optional<Recurrence> Recurrence::fromJson(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    const QJsonObject pattern = object.value("pattern"_L1).toObject();
    if (pattern.isEmpty())
        return std::nullopt;
    const QJsonObject range = object.value("range"_L1).toObject();

    Recurrence recurrence;
    recurrence.patternType = patternTypeFromString(pattern.value("type"_L1).toString());
    recurrence.interval = qMax(1, pattern.value("interval"_L1).toInt(1));
    recurrence.month = pattern.value("month"_L1).toInt();
    recurrence.dayOfMonth = pattern.value("dayOfMonth"_L1).toInt();
    const QJsonArray days = pattern.value("daysOfWeek"_L1).toArray();
    for (const QJsonValue &day : days)
        recurrence.daysOfWeek.append(dayFromString(day.toString()));
    const QString firstDay = pattern.value("firstDayOfWeek"_L1).toString();
    recurrence.firstDayOfWeek = firstDay.isEmpty() ? Qt::Sunday : dayFromString(firstDay);
    recurrence.index = JsonEnum::fromString(pattern.value("index"_L1).toString(), kIndexes, WeekIndex::First);

    recurrence.rangeType = rangeTypeFromString(range.value("type"_L1).toString());
    recurrence.startDate = GraphTime::parseDate(range.value("startDate"_L1));
    if (recurrence.rangeType == RangeType::EndDate)
        recurrence.endDate = GraphTime::parseDate(range.value("endDate"_L1));
    if (recurrence.rangeType == RangeType::Numbered)
        recurrence.numberOfOccurrences = range.value("numberOfOccurrences"_L1).toInt();
    recurrence.recurrenceTimeZone = range.value("recurrenceTimeZone"_L1).toString();
    return recurrence;
}

QJsonObject Recurrence::toJson() const
{
    QJsonArray days;
    for (const Qt::DayOfWeek day : daysOfWeek)
        days.append(dayToString(day));
    const QJsonObject pattern{
        {"type"_L1, patternTypeToString(patternType)},
        {"interval"_L1, interval},
        {"month"_L1, month},
        {"dayOfMonth"_L1, dayOfMonth},
        {"daysOfWeek"_L1, days},
        {"firstDayOfWeek"_L1, dayToString(firstDayOfWeek)},
        {"index"_L1, JsonEnum::toString(index, kIndexes)},
    };
    const QJsonObject range{
        {"type"_L1, rangeTypeToString(rangeType)},
        {"startDate"_L1, startDate.isValid() ? startDate.toString(Qt::ISODate) : u"0001-01-01"_s},
        {"endDate"_L1, endDate.isValid() ? endDate.toString(Qt::ISODate) : u"0001-01-01"_s},
        {"recurrenceTimeZone"_L1, recurrenceTimeZone},
        {"numberOfOccurrences"_L1, numberOfOccurrences},
    };
    return QJsonObject{{"pattern"_L1, pattern}, {"range"_L1, range}};
}

Recurrence::PatternType Recurrence::patternTypeFromString(QStringView text)
{
    return JsonEnum::fromString(text, kPatterns, PatternType::Daily);
}

QString Recurrence::patternTypeToString(PatternType type)
{
    return JsonEnum::toString(type, kPatterns);
}

Recurrence::RangeType Recurrence::rangeTypeFromString(QStringView text)
{
    return JsonEnum::fromString(text, kRanges, RangeType::NoEnd);
}

QString Recurrence::rangeTypeToString(RangeType type)
{
    return JsonEnum::toString(type, kRanges);
}

Qt::DayOfWeek Recurrence::dayFromString(QStringView text)
{
    return JsonEnum::fromString(text, kDays, Qt::Monday);
}

QString Recurrence::dayToString(Qt::DayOfWeek day)
{
    return JsonEnum::toString(day, kDays);
}

} // namespace MentorDesk
