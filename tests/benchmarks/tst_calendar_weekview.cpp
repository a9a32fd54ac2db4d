// Switching the week view (1200x800) to a week of 500 overlapping events: the whole switch, i.e. the cache query,
// the layout and the paint (EventListModel::setRange() from the week before, then the view paints into an image),
// against the same view switching to an empty week in the same run. Twice: with the store holding the events parsed
// (it served them before, or the sync just wrote them), and as the first read after start-up (a store opened on
// the file again, which parses each event's JSON once). Target (issue 7): the switch <= 16 ms (one frame at 60 Hz).
// Printed, not asserted.
#include "core/calendar/CalendarStore.h"
#include "core/calendar/EventLayout.h"
#include "core/calendar/EventListModel.h"
#include "core/common/Clock.h"
#include "support/BenchmarkTiming.h"
#include "support/SyntheticCalendar.h"
#include "ui/calendar/TimeGridView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QTimeZone kZone("Europe/Berlin");

using Test::medianMs;

} // namespace

class BenchmarkCalendarWeekView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void week500();
};

void BenchmarkCalendarWeekView::week500()
{
    QTemporaryDir dir;
    const CalendarRange week = CalendarRange::week(QDate(2026, 11, 23), Qt::Monday, kZone);
    const CalendarRange before = week.previous(); // empty in both caches
    const QString full = dir.filePath(u"full.sqlite"_s);
    const QString empty = dir.filePath(u"empty.sqlite"_s);
    QVERIFY(SyntheticCalendar::writeCache(full, 500, week.firstDate(), 7, 5, kZone));
    QVERIFY(SyntheticCalendar::writeCache(empty, 0, week.firstDate(), 7, 5, kZone));
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone::utc()));

    struct Setup
    {
        explicit Setup(const QString &path, Clock *clock, const CalendarRange &range)
            : store(path, clock)
            , model(&store)
        {
            store.open();
            model.setRange(range);
            view.setClock(clock);
            view.setModel(&model);
            view.resize(1200, 800);
            view.show();
        }
        CalendarStore store;
        EventListModel model;
        TimeGridView view;
    };
    Setup busy(full, &clock, week);
    Setup quiet(empty, &clock, week);
    QVERIFY(QTest::qWaitForWindowExposed(&busy.view));
    QCOMPARE(busy.model.rowCount(), 500);
    QCOMPARE(quiet.model.rowCount(), 0);
    QImage image(busy.view.size(), QImage::Format_ARGB32_Premultiplied);

    const auto paint = [&image](TimeGridView &view) {
        QPainter painter(&image);
        view.render(&painter);
    };
    // From the week before (painted) to the week: the model queries the store, the view lays the week out
    // (EventListModel::reloaded) and paints it.
    QList<double> warmUpdate; // of the busy week's warm switches: setRange() alone (query + layout)
    const auto switchToWeek = [&](Setup &setup, QList<double> *updateMs = nullptr) {
        setup.model.setRange(before);
        paint(setup.view);
        QElapsedTimer timer;
        timer.start();
        setup.model.setRange(week);
        if (updateMs)
            *updateMs << double(timer.nsecsElapsed()) / 1e6;
        paint(setup.view);
        return double(timer.nsecsElapsed()) / 1e6;
    };
    // The first read after start-up: a store opened on the file again has parsed nothing yet (the model shows the
    // empty week before meanwhile, so its reload on open() parses nothing either).
    const auto reopen = [&before](Setup &setup) {
        setup.model.setRange(before);
        setup.store.close();
        setup.store.open();
    };
    for (int i = 0; i < 5; ++i) {
        switchToWeek(busy);
        switchToWeek(quiet);
    }
    // Samples of the busy and the empty week alternate so that load on the machine hits both alike.
    const auto medianOf = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    QList<double> warmBusy;
    QList<double> warmQuiet;
    QList<double> coldBusy;
    QList<double> coldQuiet;
    for (int i = 0; i < 31; ++i) {
        warmBusy << switchToWeek(busy, &warmUpdate);
        warmQuiet << switchToWeek(quiet);
        reopen(busy);
        coldBusy << switchToWeek(busy);
        reopen(quiet);
        coldQuiet << switchToWeek(quiet);
    }
    QCOMPARE(busy.model.rowCount(), 500);
    // The query alone, as the model asks for it.
    int queried = 0;
    const double warmQuery = medianMs(31, [&] { queried = int(busy.store.events(week).size()); });
    QList<double> coldQueries;
    for (int i = 0; i < 31; ++i) {
        reopen(busy);
        QElapsedTimer timer;
        timer.start();
        queried = int(busy.store.events(week).size());
        coldQueries << double(timer.nsecsElapsed()) / 1e6;
    }
    QCOMPARE(queried, 500);
    busy.model.setRange(week);
    QCOMPARE(busy.model.rowCount(), 500);
    // Layout alone, as the view asks for it (every day of the week and the all-day strip, uncached).
    const QList<Event> events = busy.model.events();
    int laidOut = 0;
    const double layoutMs = medianMs(31, [&] {
        laidOut = int(EventLayout::layoutStrip(events, week.firstDate(), 7, kZone).items.size());
        for (const QDate &date : week.dates())
            laidOut += int(EventLayout::layoutDay(events, date, kZone, 22).size());
    });
    const double busyPaint = medianMs(31, [&] { paint(busy.view); });
    const double quietPaint = medianMs(31, [&] { paint(quiet.view); });

    const double warm = medianOf(warmBusy);
    const double warmEmpty = medianOf(warmQuiet);
    const double cold = medianOf(coldBusy);
    const double coldEmpty = medianOf(coldQuiet);
    std::printf("week view 1200x800, %d overlapping events laid out (median of 31):\n"
                "  switch to the week (query + layout + paint)  %7.2f ms   (target <= 16 ms; empty week %.2f ms, "
                "ratio %.1fx)\n"
                "    of which the model and view update         %7.2f ms   (the cache query alone, events "
                "parsed: %.2f ms)\n"
                "  same, first read after start-up              %7.2f ms   (empty week %.2f ms, ratio %.1fx)\n"
                "    of which the cache query alone (parses)    %7.2f ms\n"
                "  layout alone (EventLayout, 7 days)           %7.2f ms\n"
                "  paint alone (layout cached)                  %7.2f ms   (empty week %.2f ms, ratio %.1fx)\n",
                laidOut, warm, warmEmpty, warm / qMax(0.001, warmEmpty), medianOf(warmUpdate), warmQuery, cold,
                coldEmpty, cold / qMax(0.001, coldEmpty), medianOf(coldQueries), layoutMs, busyPaint, quietPaint,
                busyPaint / qMax(0.001, quietPaint));
    std::fflush(stdout);
}

QTEST_MAIN(BenchmarkCalendarWeekView)
#include "tst_calendar_weekview.moc"
