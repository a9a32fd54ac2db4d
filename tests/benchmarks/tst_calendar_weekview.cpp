// The week view with 500 overlapping events: layout + paint of a 1200x800 view (a model change invalidates the
// layout cache, the view lays the week out again and paints it into an image), against the same view painting an
// empty week in the same run. Target (issue 7): layout + paint <= 16 ms (one frame at 60 Hz). Printed, not asserted.
#include "SyntheticCalendar.h"
#include "calendar/CalendarStore.h"
#include "calendar/EventListModel.h"
#include "calendar/TimeGridView.h"
#include "common/Clock.h"

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

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

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
    const double busyTotal = medianMs(31, [&] { reloadLayoutPaint(busy); });
    const double quietTotal = medianMs(31, [&] { reloadLayoutPaint(quiet); });
    const double busyQuery = medianMs(31, [&] { busy.model.reload(); }); // query + view layout (attached)
    busy.view.setModel(nullptr);
    const double queryOnly = medianMs(31, [&] { busy.model.reload(); });
    busy.view.setModel(&busy.model);
    const double busyPaint = medianMs(31, [&] { paint(busy.view); });
    const double quietPaint = medianMs(31, [&] { paint(quiet.view); });

    const double layoutAndPaint = busyTotal - queryOnly;
    std::printf("week view 1200x800, 500 overlapping events (median of 31):\n"
                "  cache query (SQLite -> 500 events)       %7.2f ms\n"
                "  layout (week, 500 events)                %7.2f ms\n"
                "  paint                                    %7.2f ms   (empty week %.2f ms, ratio %.1fx)\n"
                "  layout + paint                           %7.2f ms   (target <= 16 ms; empty week %.2f ms, "
                "ratio %.1fx)\n"
                "  query + layout + paint                   %7.2f ms\n",
                queryOnly, busyQuery - queryOnly, busyPaint, quietPaint, busyPaint / qMax(0.001, quietPaint),
                layoutAndPaint, quietTotal, layoutAndPaint / qMax(0.001, quietTotal), busyTotal);
    std::fflush(stdout);
}

QTEST_MAIN(BenchmarkCalendarWeekView)
#include "tst_calendar_weekview.moc"
