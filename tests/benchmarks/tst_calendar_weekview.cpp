// The week view with 500 overlapping events: layout + paint of a 1200x800 view (a model change invalidates the
// layout cache, the view lays the week out again and paints it into an image), against the same view painting an
// empty week in the same run. Target (issue 7): layout + paint <= 16 ms (one frame at 60 Hz). Printed, not asserted.
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
    // Layout + paint: a reload (a sync arrived) makes the view lay the week out again, then it paints.
    const auto reloadLayoutPaint = [&](Setup &setup) {
        setup.model.reload();
        paint(setup.view);
    };
    for (int i = 0; i < 5; ++i) {
        reloadLayoutPaint(busy);
        reloadLayoutPaint(quiet);
    }
    // Per sample, a query alone (view detached) and query + layout + paint (view attached), back to back so that
    // load on the machine hits both alike; layout + paint is their difference.
    const auto layoutAndPaintMs = [&](Setup &setup, double *queryMs, double *totalMs) {
        QList<double> query;
        QList<double> total;
        QList<double> difference;
        for (int i = 0; i < 31; ++i) {
            setup.view.setModel(nullptr);
            QElapsedTimer timer;
            timer.start();
            setup.model.reload();
            query << double(timer.nsecsElapsed()) / 1e6;
            setup.view.setModel(&setup.model);
            timer.restart();
            reloadLayoutPaint(setup);
            total << double(timer.nsecsElapsed()) / 1e6;
            difference << total.last() - query.last();
        }
        std::sort(query.begin(), query.end());
        std::sort(total.begin(), total.end());
        std::sort(difference.begin(), difference.end());
        *queryMs = query.at(15);
        *totalMs = total.at(15);
        return difference.at(15);
    };
    double busyQuery = 0;
    double busyTotal = 0;
    double quietQuery = 0;
    double quietTotal = 0;
    const double busyLayoutPaint = layoutAndPaintMs(busy, &busyQuery, &busyTotal);
    const double quietLayoutPaint = layoutAndPaintMs(quiet, &quietQuery, &quietTotal);
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

    std::printf("week view 1200x800, %d overlapping events laid out (median of 31):\n"
                "  cache query (SQLite -> 500 events)       %7.2f ms\n"
                "  layout alone (EventLayout, 7 days)       %7.2f ms\n"
                "  paint alone (layout cached)              %7.2f ms   (empty week %.2f ms, ratio %.1fx)\n"
                "  layout + paint after a change            %7.2f ms   (target <= 16 ms; empty week %.2f ms, "
                "ratio %.1fx)\n"
                "  query + layout + paint                   %7.2f ms   (empty week %.2f ms)\n",
                laidOut, busyQuery, layoutMs, busyPaint, quietPaint, busyPaint / qMax(0.001, quietPaint),
                busyLayoutPaint, quietLayoutPaint, busyLayoutPaint / qMax(0.001, quietLayoutPaint), busyTotal,
                quietTotal);
    std::fflush(stdout);
}

QTEST_MAIN(BenchmarkCalendarWeekView)
#include "tst_calendar_weekview.moc"
