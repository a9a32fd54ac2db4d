#pragma once

#include "core/model/Event.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace MentorDesk::Test {

// Deterministic calendars of any size for benchmarks: timed meetings of 15 minutes to 2 hours between 07:00 and
// 19:00 on the given days (dense, overlapping), every 50th one all-day or multi-day, with the fields a real Graph
// event carries (attendees, Teams link, an HTML body of a few hundred bytes).
class SyntheticCalendar
{
public:
    static QList<Event> events(int count, QDate firstDate, int days, quint32 seed, const QTimeZone &zone,
                               const QString &calendarId = QStringLiteral("cal"));
    // A cache file with one own calendar ("cal") holding count events spread over days from firstDate.
    static bool writeCache(const QString &path, int count, QDate firstDate, int days, quint32 seed,
                           const QTimeZone &zone);
};

} // namespace MentorDesk::Test
