#pragma once

#include <QCoreApplication>
#include <QString>

namespace MentorDesk {

// The date patterns the app shows (QLocale::toString / QDateTimeEdit::setDisplayFormat syntax), in one place and
// translatable: Qt has no locale skeletons, so each language's translation gives its own order and punctuation
// ("ddd d MMM yyyy" in English, "ddd, d. MMM yyyy" in German). Names and weekdays come from the locale.
class DateFormats
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::DateFormats)

public:
    static QString weekdayDayMonthYear(); // Fri 27 Nov 2026
    static QString rangeStartDay(); // the "23" of "23 – 29 November 2026"
    static QString weekdayDayMonth(); // Fri 27 Nov
    static QString dayMonthYear(); // 27 Nov 2026
    static QString dayMonth(); // 27 Nov
    static QString dayLongMonth(); // 27 November
    static QString dayLongMonthYear(); // 27 November 2026
    static QString longMonthYear(); // November 2026
    static QString longWeekdayDayLongMonth(); // Friday, 27 November
    static QString longDate(); // Friday, 27 November 2026
};

} // namespace MentorDesk
