// Start-up to a painted month view from the cache, and peak memory, each against a bare Qt window measured in the
// same run. Every sample is a fresh child process (this executable with --child), so both sides pay for process
// start, library loading and QApplication alike:
//   bare:  QApplication + an empty 1400x860 QWidget, until its first paint;
//   month: QApplication + CalendarPage on a CalendarStore holding N cached events, until the month view has painted
//          the month (events included); no network.
// Targets (issue 7): start-up <= 1.5x the bare window with 2,000 cached events; peak memory (VmHWM) <= the bare
// window + 40 MB with 10,000 cached events. Figures are printed, not asserted (timings are not pass/fail tests).
#include "core/calendar/CalendarStore.h"
#include "core/calendar/EventListModel.h"
#include "core/common/Clock.h"
#include "support/SyntheticCalendar.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/MonthView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#if defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
// clang-format off
#include <windows.h> // before psapi.h, which needs its types
#include <psapi.h>
// clang-format on
#elif defined(Q_OS_MACOS)
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QTimeZone kZone("Europe/Berlin");
const QDate kToday(2026, 11, 25);

// This process's peak resident memory in KiB, or -1: VmHWM on Linux, the peak working set on Windows
// (https://learn.microsoft.com/en-us/windows/win32/api/psapi/ns-psapi-process_memory_counters), ru_maxrss on macOS,
// where getrusage reports it in bytes.
qint64 peakKiB()
{
#if defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters{};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters)))
        return -1;
    return qint64(counters.PeakWorkingSetSize / 1024);
#elif defined(Q_OS_MACOS)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    return qint64(usage.ru_maxrss / 1024);
#else
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(u"VmHWM:\\s*(\\d+)\\s*kB"_s);
    const auto match = hwm.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
#endif
}

// Reports the first paint of a widget, after it is done, then quits.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(std::function<bool()> ready)
        : m_ready(std::move(ready))
    { }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_ready()) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                std::printf("painted %lld\n", peakKiB());
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_ready;
    bool m_done = false;
};

int runChild(int argc, char **argv)
{
    const QString mode = QString::fromLocal8Bit(argv[2]);
    if (mode == "cache"_L1 && argc >= 5) // cache <path> <events>: for looking at one run by hand
        return SyntheticCalendar::writeCache(QString::fromLocal8Bit(argv[3]), QByteArray(argv[4]).toInt(),
                                             kToday.addDays(-182), 365, 17, kZone)
            ? 0
            : 1;
    QApplication app(argc, argv);
    if (mode == "bare"_L1 || mode == "label"_L1) {
        QWidget window;
        window.resize(1400, 860);
        // "label": the same window showing one line of text, i.e. with font loading and text shaping, which any
        // window with words pays for (a second baseline, to show where the time goes).
        if (mode == "label"_L1) {
            auto *label = new QLabel(u"Wednesday, 25 November 2026 — 09:15 Team stand-up"_s, &window);
            label->move(20, 20);
        }
        FirstPaint watcher([] { return true; });
        window.installEventFilter(&watcher);
        window.show();
        return app.exec();
    }
    // month <cache path>
    const bool phases = qEnvironmentVariableIsSet("MENTORDESK_BENCH_PHASES");
    QElapsedTimer timer;
    timer.start();
    const auto phase = [&](const char *what) {
        if (phases)
            std::fprintf(stderr, "%-28s %7.1f ms\n", what, double(timer.nsecsElapsed()) / 1e6);
    };
    ManualClock clock(QDateTime(kToday, QTime(9, 0), QTimeZone::utc()));
    CalendarStore store(QString::fromLocal8Bit(argv[3]), &clock);
    store.open();
    phase("store open");
    CalendarPage page(nullptr, &clock);
    phase("page constructed");
    page.setTimeZone(kZone);
    page.setFirstDayOfWeek(Qt::Monday);
    phase("zone and first day");
    page.setCalendar(&store, nullptr);
    phase("calendar set (query)");
    page.resize(1400, 860);
    FirstPaint watcher([&page] { return page.eventModel()->rowCount() > 0; });
    page.monthView()->viewport()->installEventFilter(&watcher);
    page.show();
    phase("shown");
    const int code = app.exec();
    phase("painted and quit");
    std::fprintf(stderr, "month view showed %d events\n", page.eventModel()->rowCount());
    return code;
}

struct Sample
{
    double ms = 0;
    qint64 peakKiB = 0;
};

Sample runOnce(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    Sample sample;
    QByteArray out;
    while (!out.contains('\n') && child.waitForReadyRead(30000))
        out += child.readAllStandardOutput();
    sample.ms = double(timer.nsecsElapsed()) / 1e6;
    child.waitForFinished(30000);
    out += child.readAllStandardOutput();
    const QList<QByteArray> parts = out.trimmed().split(' ');
    if (parts.size() == 2 && parts.first() == "painted")
        sample.peakKiB = parts.at(1).toLongLong();
    else
        sample.ms = -1;
    return sample;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

class BenchmarkCalendarStartup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    double m_labelMs = 0;

    // Alternating runs (bare, month, bare, month, ...) so load on the machine hits both alike.
    void compare(int events, int runs, double *bareMs, double *monthMs, qint64 *barePeak, qint64 *monthPeak)
    {
        const QString cache = m_dir.filePath(u"calendar-%1.sqlite"_s.arg(events));
        // A year of calendar around today: the month on screen holds about a twelfth of it.
        QVERIFY(SyntheticCalendar::writeCache(cache, events, kToday.addDays(-182), 365, 17, kZone));
        runOnce({u"--child"_s, u"bare"_s}); // warm the file cache for both
        runOnce({u"--child"_s, u"month"_s, cache});
        QList<double> bare;
        QList<double> label;
        QList<double> month;
        QList<double> bareKiB;
        QList<double> monthKiB;
        for (int i = 0; i < runs; ++i) {
            const Sample b = runOnce({u"--child"_s, u"bare"_s});
            const Sample l = runOnce({u"--child"_s, u"label"_s});
            const Sample m = runOnce({u"--child"_s, u"month"_s, cache});
            QVERIFY(b.ms > 0 && l.ms > 0 && m.ms > 0);
            bare << b.ms;
            label << l.ms;
            month << m.ms;
            bareKiB << double(b.peakKiB);
            monthKiB << double(m.peakKiB);
        }
        *bareMs = median(bare);
        m_labelMs = median(label);
        *monthMs = median(month);
        *barePeak = qint64(median(bareKiB));
        *monthPeak = qint64(median(monthKiB));
    }

private Q_SLOTS:
    void startupToPaintedMonth();
    void peakMemory();
};

void BenchmarkCalendarStartup::startupToPaintedMonth()
{
    double bare = 0;
    double month = 0;
    qint64 barePeak = 0;
    qint64 monthPeak = 0;
    compare(2000, 11, &bare, &month, &barePeak, &monthPeak);
    std::printf("start-up to first paint, platform %s (median of 11 child processes each):\n"
                "  bare Qt window                          %7.1f ms\n"
                "  the same window with one label          %7.1f ms   ratio %.2fx\n"
                "  month view, 2,000 cached events          %7.1f ms   ratio %.2fx to bare (target <= 1.5x), "
                "%.2fx to the label window\n",
                qPrintable(QGuiApplication::platformName()), bare, m_labelMs, m_labelMs / bare, month, month / bare,
                month / m_labelMs);
    std::fflush(stdout);
}

void BenchmarkCalendarStartup::peakMemory()
{
    double bare = 0;
    double month = 0;
    qint64 barePeak = 0;
    qint64 monthPeak = 0;
    compare(10000, 5, &bare, &month, &barePeak, &monthPeak);
    if (barePeak < 0 || monthPeak < 0)
        QSKIP("this platform did not report the children's peak memory");
    std::printf("peak memory (VmHWM, median of 5 child processes each):\n"
                "  bare Qt window                          %7.1f MB\n"
                "  month view, 10,000 cached events         %7.1f MB   +%.1f MB (target <= +40 MB)\n"
                "  (start-up with 10,000 cached events: %.1f ms vs %.1f ms bare, ratio %.2fx)\n",
                double(barePeak) / 1024.0, double(monthPeak) / 1024.0, double(monthPeak - barePeak) / 1024.0, month,
                bare, month / bare);
    std::fflush(stdout);
}

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);
    QApplication app(argc, argv);
    BenchmarkCalendarStartup benchmark;
    return QTest::qExec(&benchmark, argc, argv);
}

#include "tst_calendar_startup.moc"
