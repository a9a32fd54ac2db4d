#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace MentorDesk {

// Graph's patternedRecurrence on a series master: {pattern{...}, range{...}}. Enough to describe a series
// ("weekly on Monday until 30 Nov"); occurrences themselves are expanded by Graph (calendarView), never here.
struct Recurrence
{
    enum class PatternType { Daily, Weekly, AbsoluteMonthly, RelativeMonthly, AbsoluteYearly, RelativeYearly };
    enum class RangeType { EndDate, NoEnd, Numbered };
    enum class WeekIndex { First, Second, Third, Fourth, Last };

    // pattern
    PatternType patternType = PatternType::Daily;
    int interval = 1;
    int month = 0; // 1-12 for yearly patterns, else 0
    int dayOfMonth = 0; // absolute patterns, else 0
    QList<Qt::DayOfWeek> daysOfWeek; // weekly and relative patterns, in Graph's order
    Qt::DayOfWeek firstDayOfWeek = Qt::Sunday;
    WeekIndex index = WeekIndex::First; // relative patterns
    // range
    RangeType rangeType = RangeType::NoEnd;
    QDate startDate;
    QDate endDate; // RangeType::EndDate only (inclusive)
    int numberOfOccurrences = 0; // RangeType::Numbered only
    QString recurrenceTimeZone;

    // nullopt for null, missing or pattern-less values (occurrences and single instances carry recurrence: null).
    static std::optional<Recurrence> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;

    static PatternType patternTypeFromString(QStringView text);
    static QString patternTypeToString(PatternType type);
    static RangeType rangeTypeFromString(QStringView text);
    static QString rangeTypeToString(RangeType type);
    static Qt::DayOfWeek dayFromString(QStringView text); // unknown -> Qt::Monday
    static QString dayToString(Qt::DayOfWeek day);

    friend bool operator==(const Recurrence &, const Recurrence &) = default;
};

} // namespace MentorDesk
