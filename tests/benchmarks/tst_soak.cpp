// Sync soak: what the app does on its refresh timer (a CalendarSync delta round into a real SQLite CalendarStore),
// repeated against the demo tenant while the tenant changes events between rounds and fails 10 % of Graph requests at
// random (POST /_sandbox/faults/random, a fixed seed). Passes when the resident set grows by at most 5 MB after the
// warm-up, and when, after a last round without faults, the client's cache holds exactly what the tenant has.
// Cycles: MENTORDESK_SOAK_CYCLES (default 10,000); scripts/dev/soak.sh runs it, also under AddressSanitizer.
#include "support/SandboxCalendar.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

constexpr int kDefaultCycles = 10000;
constexpr int kSampleEvery = 500;
// Caches fill during the first rounds (SQLite's page cache, Qt's network connection and DNS caches, the heap's
// arenas reaching their working size), so growth is measured from the end of the warm-up, not from the start.
constexpr int kWarmUpCycles = 1000;
constexpr qint64 kMaxGrowthBytes = 5 * 1024 * 1024;
constexpr int kSoakEvents = 5; // events the tenant keeps changing, so every delta carries something

// Resident set size: /proc/self/statm's second field (resident pages) times the page size (proc(5)).
qint64 residentBytes()
{
#ifdef Q_OS_LINUX
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
#else
    return -1;
#endif
}

int cyclesToRun()
{
    bool ok = false;
    const int cycles = qEnvironmentVariableIntValue("MENTORDESK_SOAK_CYCLES", &ok);
    return ok && cycles > 0 ? cycles : kDefaultCycles;
}

QJsonObject eventBody(const QString &subject, int day, int hour)
{
    const QString date = QDate(2026, 11, 2).addDays(day).toString(Qt::ISODate);
    const auto at = [&](int h) {
        return QJsonObject{{u"dateTime"_s, u"%1T%2:00:00"_s.arg(date).arg(h, 2, 10, QChar(u'0'))},
                           {u"timeZone"_s, u"UTC"_s}};
    };
    return {{u"subject"_s, subject}, {u"start"_s, at(hour)}, {u"end"_s, at(hour + 1)}};
}

} // namespace

class BenchSoak : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncCycles();
};

void BenchSoak::syncCycles()
{
    if (residentBytes() < 0)
        QSKIP("The resident set is read from /proc/self/statm (Linux only).");
    const int cycles = cyclesToRun();
    SandboxCalendar calendar;
    SandboxFixture &sandbox = calendar.sandbox();
    // Short backoffs: the soak is about memory and the cache's correctness, not about waiting out retries.
    GraphRetryPolicy retries = calendar.client().retryPolicy();
    retries.initialBackoff = std::chrono::milliseconds(5);
    retries.maxBackoff = std::chrono::milliseconds(20);
    calendar.client().setRetryPolicy(retries);
    const CalendarRange range = CalendarRange::month(SandboxCalendar::today(), Qt::Monday, SandboxCalendar::zone());
    QVERIFY(calendar.load(range));
    const QString defaultId = calendar.calendarId(u"Calendar"_s);
    QVERIFY(!defaultId.isEmpty());

    QStringList soakIds;
    for (int i = 0; i < kSoakEvents; ++i) {
        const QJsonObject created
            = sandbox.mutate({{u"op"_s, u"createEvent"_s}, {u"event"_s, eventBody(u"Soak %1"_s.arg(i), i * 4, 7 + i)}});
        soakIds << created.value(u"id"_s).toString();
        QVERIFY(!soakIds.last().isEmpty());
    }
    const SandboxFixture::Reply armed
        = sandbox.postJson(sandbox.url(u"/_sandbox/faults/random"_s),
                           {{u"probability"_s, 0.1}, {u"seed"_s, 20261125}, {u"path"_s, u"/v1.0/"_s}});
    QCOMPARE(armed.status, 201);

    struct Sample
    {
        int cycle;
        qint64 rss;
    };
    QList<Sample> samples{{0, residentBytes()}};
    int ok = 0;
    int failed = 0;
    QElapsedTimer timer;
    timer.start();
    for (int cycle = 1; cycle <= cycles; ++cycle) {
        // The tenant changes between rounds: one event moved and renamed, and every tenth cycle one deleted and
        // created again, so the deltas carry updates, removals and additions.
        const int slot = cycle % kSoakEvents;
        if (cycle % 10 == 0) {
            sandbox.mutate({{u"op"_s, u"deleteEvent"_s}, {u"id"_s, soakIds.at(slot)}});
            soakIds[slot] = sandbox
                                .mutate({{u"op"_s, u"createEvent"_s},
                                         {u"event"_s, eventBody(u"Soak %1 (%2)"_s.arg(slot).arg(cycle), slot * 4, 7)}})
                                .value(u"id"_s)
                                .toString();
        } else {
            sandbox.mutate(
                {{u"op"_s, u"updateEvent"_s},
                 {u"id"_s, soakIds.at(slot)},
                 {u"event"_s,
                  eventBody(u"Soak %1 cycle %2"_s.arg(slot).arg(cycle), slot * 4 + cycle % 3, 7 + cycle % 8)}});
        }
        if (calendar.load(range))
            ++ok;
        else
            ++failed;
        if (cycle % kSampleEvery == 0)
            samples.append({cycle, residentBytes()});
    }
    const qint64 wallMs = timer.elapsed();
    const QJsonObject random = sandbox.get(sandbox.url(u"/_sandbox/faults/random"_s)).json();
    sandbox.clearFaults();

    // Correctness: after one clean round the cache holds what the tenant has in the synced window.
    QVERIFY(calendar.load(range));
    const CalendarRange window = CalendarSync::syncWindowFor(range);
    QMap<QString, QString> cached;
    for (const Event &event : calendar.store().eventsBetween(window.startUtc(), window.endUtc(), {defaultId}))
        cached.insert(event.id, event.subject);
    QMap<QString, QString> tenant;
    const QString token = sandbox.issueToken({u"Calendars.Read"_s});
    QUrl next = sandbox.graphUrl(u"/me/calendarView?startDateTime=%1&endDateTime=%2&$top=100"_s.arg(
        window.startUtc().toString(Qt::ISODate), window.endUtc().toString(Qt::ISODate)));
    while (next.isValid()) {
        const SandboxFixture::Reply page = sandbox.get(next, token);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &value : page.json().value(u"value"_s).toArray())
            tenant.insert(value[u"id"_s].toString(), value[u"subject"_s].toString());
        next = QUrl(page.json().value(u"@odata.nextLink"_s).toString());
    }

    std::printf("\nSync soak: %d cycles, %d ok, %d ended in a fault; %d of %d Graph requests failed at random "
                "(%.1f %%); %.1f s (%.1f ms per cycle)\n",
                cycles, ok, failed, random.value(u"injected"_s).toInt(), random.value(u"requests"_s).toInt(),
                100.0 * random.value(u"injected"_s).toInt() / qMax(1, random.value(u"requests"_s).toInt()),
                wallMs / 1000.0, double(wallMs) / cycles);
    std::printf("%8s  %10s\n", "cycle", "RSS (MB)");
    for (const Sample &sample : samples)
        std::printf("%8d  %10.2f\n", sample.cycle, sample.rss / 1048576.0);
    qint64 base = -1;
    qint64 peak = -1;
    for (const Sample &sample : samples) {
        if (sample.cycle == kWarmUpCycles)
            base = sample.rss;
        else if (sample.cycle > kWarmUpCycles)
            peak = qMax(peak, sample.rss);
    }
    if (base >= 0 && peak >= 0)
        std::printf("RSS after warm-up (cycle %d): %.2f MB; highest later: %.2f MB; growth %.2f MB (limit %.0f MB)\n",
                    kWarmUpCycles, base / 1048576.0, peak / 1048576.0, (peak - base) / 1048576.0,
                    kMaxGrowthBytes / 1048576.0);
    else
        std::printf("Fewer than %d cycles: no growth figure after the warm-up.\n", kWarmUpCycles + kSampleEvery);
    std::printf("Cached events in the default calendar's window: %d; the tenant's: %d\n", int(cached.size()),
                int(tenant.size()));
    std::fflush(stdout);

    QVERIFY(ok > 0);
    QCOMPARE(cached, tenant);
    if (base >= 0 && peak >= 0)
        QVERIFY2(peak - base <= kMaxGrowthBytes, "resident set grew by more than 5 MB after the warm-up");
}

QTEST_GUILESS_MAIN(BenchSoak)
#include "tst_soak.moc"
