// Calendar core speed: week layout with 500 overlapping events, and loading 2,000 / 10,000 cached events.
// Reported as times and as ratios against a baseline measured in the same run on the same data (not pass/fail).
#include "core/calendar/CalendarRange.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/EventLayout.h"
#include "core/calendar/EventLayoutCache.h"
#include "core/model/GraphTime.h"
#include "support/BenchmarkTiming.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

const QTimeZone kZone("Europe/Berlin");

using Test::medianMs;

void report(const char *what, double ms, const char *baselineName, double baselineMs)
{
    qInfo("%-48s %9.3f ms   baseline (%s) %9.3f ms   ratio %6.1fx", what, ms, baselineName, baselineMs,
          baselineMs > 0 ? ms / baselineMs : 0.0);
}

// A realistic, dense calendar: timed meetings of 15 min to 2 h between 07:00 and 19:00 (many overlapping),
// a few all-day and multi-day items. Deterministic.
QList<Event> makeEvents(int count, QDate firstDate, int days, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Event> events;
    events.reserve(count);
    for (int i = 0; i < count; ++i) {
        Event event;
        event.id = u"bench-%1"_s.arg(i);
        event.calendarId = u"cal"_s;
        event.subject = u"Meeting %1 about topic %2"_s.arg(i).arg(random.bounded(1000));
        event.bodyPreview = u"Agenda and notes for the meeting, a line or two of preview text."_s;
        event.organizer = EmailAddress{u"Organizer %1"_s.arg(i % 37), u"organizer%1@contoso.com"_s.arg(i % 37)};
        for (int a = 0; a < 4; ++a) {
            Attendee attendee;
            attendee.emailAddress = EmailAddress{u"Person %1"_s.arg(a), u"person%1@contoso.com"_s.arg(a)};
            attendee.status.response = ResponseStatus::Response::Accepted;
            event.attendees << attendee;
        }
        event.location.displayName = u"Room %1"_s.arg(i % 12);
        event.originalStartTimeZone = u"W. Europe Standard Time"_s;
        event.originalEndTimeZone = event.originalStartTimeZone;
        const QDate date = firstDate.addDays(random.bounded(days));
        if (i % 50 == 0) {
            event.isAllDay = true;
            event.startDate = date;
            event.endDate = date.addDays(1 + random.bounded(3));
            event.start = GraphTime::toUtc(event.startDate, QTime(0, 0), kZone);
            event.end = GraphTime::toUtc(event.endDate, QTime(0, 0), kZone);
        } else {
            const int startMinute = 7 * 60 + 15 * random.bounded(48);
            event.start = GraphTime::toUtc(date, QTime(startMinute / 60, startMinute % 60), kZone);
            event.end = event.start.addSecs(60 * 15 * (1 + random.bounded(8)));
            event.isOnlineMeeting = true;
            event.onlineMeetingProvider = OnlineMeetingProvider::TeamsForBusiness;
            event.joinUrl = QUrl(u"https://teams.microsoft.com/l/meetup-join/19%3ameeting_"_s + event.id);
        }
        events << event;
    }
    return events;
}

} // namespace

class BenchmarkCalendarLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weekLayout500();
    void cacheLoad_data();
    void cacheLoad();
};

void BenchmarkCalendarLayout::weekLayout500()
{
    const CalendarRange week = CalendarRange::week(QDate(2026, 11, 23), Qt::Monday, kZone);
    const QList<Event> events = makeEvents(500, week.firstDate(), 7, 7);

    int items = 0;
    const auto layoutWeek = [&] {
        items = 0;
        for (const QDate &date : week.dates())
            items += int(EventLayout::layoutDay(events, date, kZone).size());
        items += int(EventLayout::layoutStrip(events, week.firstDate(), 7, kZone).items.size());
    };
    const double layoutMs = medianMs(41, layoutWeek);
    QCOMPARE(items, 500);

    // Baseline: sorting the same 500 events by start and end (the least any view must do with them).
    const double sortMs = medianMs(41, [&] {
        QList<Event> copy = events;
        std::sort(copy.begin(), copy.end(), [](const Event &a, const Event &b) {
            return a.start != b.start ? a.start < b.start : a.end < b.end;
        });
    });

    EventLayoutCache cache;
    const auto cachedWeek = [&] {
        for (const QDate &date : week.dates())
            cache.day(events, 1, date, kZone);
        cache.strip(events, 1, week);
    };
    cachedWeek();
    const double cachedMs = medianMs(41, cachedWeek);

    int maxColumns = 0;
    for (const QDate &date : week.dates()) {
        for (const TimedLayoutItem &item : EventLayout::layoutDay(events, date, kZone))
            maxColumns = qMax(maxColumns, item.columnCount);
    }
    qInfo("week with 500 events: %d laid out, up to %d columns in a cluster (target: layout + paint <= 16 ms)", items,
          maxColumns);
    report("week layout, 500 events (uncached)", layoutMs, "sort 500 events", sortMs);
    report("week layout, 500 events (cache hit)", cachedMs, "sort 500 events", sortMs);
}

void BenchmarkCalendarLayout::cacheLoad_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("2000") << 2000;
    QTest::newRow("10000") << 10000;
}

void BenchmarkCalendarLayout::cacheLoad()
{
    QFETCH(int, count);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"calendar.sqlite"_s);
    // The events spread over a year; the start-up view is one month of it.
    const QDate first(2026, 6, 1);
    const QList<Event> events = makeEvents(count, first, 365, 11);
    const CalendarRange month = CalendarRange::month(QDate(2026, 11, 15), Qt::Monday, kZone);
    const CalendarRange year = CalendarRange::custom(first, first.addDays(364), kZone);

    double writeMs = 0;
    {
        CalendarStore store(path);
        store.open();
        Calendar calendar;
        calendar.id = u"cal"_s;
        calendar.name = u"Calendar"_s;
        store.replaceCalendars({calendar});
        CalendarChangeSet set;
        set.calendarId = u"cal"_s;
        set.upserts = events;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(store.applyChanges(set));
        writeMs = double(timer.nsecsElapsed()) / 1e6;
    }
    const qint64 fileSize = QFileInfo(path).size();

    // Baseline: the same events as one JSON file, read and parsed into Events (a cache without a database).
    const QString jsonPath = dir.filePath(u"events.json"_s);
    {
        QJsonArray array;
        for (const Event &event : events)
            array.append(event.toJson());
        QFile file(jsonPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    int parsed = 0;
    const double jsonMs = medianMs(5, [&] {
        QFile file(jsonPath);
        file.open(QIODevice::ReadOnly);
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
        QList<Event> loaded;
        loaded.reserve(array.size());
        for (const QJsonValue &value : array)
            loaded << Event::fromJson(value, u"cal"_s);
        parsed = int(loaded.size());
    });
    QCOMPARE(parsed, count);

    int all = 0;
    int inMonth = 0;
    const double openMs = medianMs(5, [&] {
        CalendarStore store(path);
        store.open();
    });
    const double loadAllMs = medianMs(5, [&] {
        CalendarStore store(path);
        store.open();
        all = int(store.events(year).size());
    });
    const double monthMs = medianMs(5, [&] {
        CalendarStore store(path);
        store.open();
        inMonth = int(store.events(month).size());
    });
    QCOMPARE(all, count);

    qInfo("%d events: file %.1f MB, written in one transaction in %.1f ms; open (incl. integrity check) %.2f ms", count,
          double(fileSize) / 1e6, writeMs, openMs);
    report(qPrintable(u"open + load all %1 events"_s.arg(count)), loadAllMs, "JSON file parse", jsonMs);
    report(qPrintable(u"open + load a month (%1 of %2 events)"_s.arg(inMonth).arg(count)), monthMs, "JSON file parse",
           jsonMs);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    BenchmarkCalendarLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_calendar_layout.moc"
