#include "core/common/DateFormats.h"

namespace MentorDesk {

// Translators: these are QLocale date patterns (d = day, ddd/dddd = short/long weekday, MMM/MMMM = short/long
// month, yyyy = year); keep the letters, change order and punctuation to your language's custom.

QString DateFormats::weekdayDayMonthYear()
{
    //: date pattern, e.g. "Fri 27 Nov 2026"
    return tr("ddd d MMM yyyy");
}

QString DateFormats::rangeStartDay()
{
    //: date pattern: the first day of a range in one month, e.g. the "23" of "23 – 29 November 2026"
    return tr("d");
}

QString DateFormats::weekdayDayMonth()
{
    //: date pattern, e.g. "Fri 27 Nov"
    return tr("ddd d MMM");
}

QString DateFormats::dayMonthYear()
{
    //: date pattern, e.g. "27 Nov 2026"
    return tr("d MMM yyyy");
}

QString DateFormats::dayMonth()
{
    //: date pattern, e.g. "27 Nov"
    return tr("d MMM");
}

QString DateFormats::dayLongMonth()
{
    //: date pattern, e.g. "27 November"
    return tr("d MMMM");
}

QString DateFormats::dayLongMonthYear()
{
    //: date pattern, e.g. "27 November 2026"
    return tr("d MMMM yyyy");
}

QString DateFormats::longMonthYear()
{
    //: date pattern, e.g. "November 2026"
    return tr("MMMM yyyy");
}

QString DateFormats::longWeekdayDayLongMonth()
{
    //: date pattern, e.g. "Friday, 27 November"
    return tr("dddd, d MMMM");
}

QString DateFormats::longDate()
{
    //: date pattern, e.g. "Friday, 27 November 2026"
    return tr("dddd, d MMMM yyyy");
}

} // namespace MentorDesk
