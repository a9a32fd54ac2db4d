// Start-up load of the calendar: the profile, the calendar list and the first calendarView page of every calendar
// shown (the own one plus shared ones, read as /users/{upn}/calendar/calendarView). Counts *sequential* round
// trips (a request that could only start after another finished adds one) and HTTP requests, for 1 and for 6
// calendars, batched through GraphBatchJob against the one-request-at-a-time baseline measured in the same run
// on the same sandbox. Target: the month view of own + 5 shared calendars in <= 2 sequential round trips.
// Counts, not timings, are checked; wall times are printed for information only.
#include "core/graph/GraphBatchJob.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphCollectionJob.h"
#include "core/graph/jobs/GetMeJob.h"
#include "support/GraphRoundTripCounter.h"
#include "support/GraphTestTokenProvider.h"
#include "support/SandboxFixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QStringList kScopes{u"User.Read"_s, u"Calendars.ReadWrite"_s, u"Calendars.Read.Shared"_s};
// The month grid around the sandbox's "now" (2026-11-25): six weeks, Monday to Sunday.
const QList<std::pair<QString, QString>> kWindow{{u"startDateTime"_s, u"2026-10-26T00:00:00Z"_s},
                                                 {u"endDateTime"_s, u"2026-12-07T00:00:00Z"_s},
                                                 {u"$top"_s, u"100"_s}};

struct Load
{
    QString strategy;
    int requests = 0;
    int roundTrips = 0;
    double ms = 0;
    int events = 0;
    QStringList outcomes;
};

} // namespace

class TestGraphStartupRoundTrips : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<GraphRoundTripCounter> m_network;
    std::unique_ptr<GraphTestTokenProvider> m_tokens;
    std::unique_ptr<GraphClient> m_client;
    QStringList m_shared; // the five colleagues whose calendars are shown

    GraphRequest viewOf(const QString &upn) const
    {
        GraphRequest request = upn.isEmpty()
            ? GraphRequest::get(u"/me/calendarView"_s, kWindow)
            : GraphRequest::get(u"/users/%1/calendar/calendarView"_s.arg(GraphRequest::encodeSegment(upn)), kWindow);
        request.setHeader("Prefer", R"(outlook.timezone="W. Europe Standard Time")");
        return request;
    }

    GraphCollectionJob *viewJob(const QString &upn)
    {
        auto *job = new GraphCollectionJob(m_client.get(), viewOf(upn), m_client.get());
        job->setFollowNextLinks(false); // the first page; the rest would follow in the background
        return job;
    }

    static bool wait(GraphJob *job)
    {
        QSignalSpy spy(job, &GraphJob::finished);
        if (!job->isRunning() && !job->isFinished())
            job->start();
        return job->isFinished() || spy.wait(30000);
    }

    static bool wait(GraphBatchJob *batch)
    {
        QSignalSpy spy(batch, &GraphBatchJob::finished);
        batch->start();
        return spy.wait(30000);
    }

    Load measure(const QString &strategy, const std::function<QList<GraphJob *>()> &run)
    {
        m_network->reset();
        QElapsedTimer timer;
        timer.start();
        const QList<GraphJob *> jobs = run();
        Load load;
        load.strategy = strategy;
        load.ms = double(timer.nsecsElapsed()) / 1e6;
        load.requests = m_network->requestCount();
        load.roundTrips = m_network->sequentialRoundTrips();
        for (GraphJob *job : jobs) {
            load.outcomes << QString::number(job->result().httpStatus);
            if (auto *view = qobject_cast<GraphCollectionJob *>(job);
                view && view->firstRequest().path.contains(u"calendarView"_s))
                load.events += int(view->items().size());
            job->deleteLater();
        }
        return load;
    }

    // Baseline: what a client without batching or concurrency does, one request after the other.
    Load oneAtATime(const QStringList &shared)
    {
        return measure(u"one request at a time (baseline)"_s, [&] {
            QList<GraphJob *> jobs{
                new GetMeJob(m_client.get(), m_client.get()),
                new GraphCollectionJob(m_client.get(), GraphRequest::get(u"/me/calendars"_s), m_client.get()),
                viewJob({})};
            for (const QString &upn : shared)
                jobs << viewJob(upn);
            for (GraphJob *job : jobs) {
                job->setAutoDelete(false);
                if (!wait(job))
                    qFatal("a start-up request did not finish");
            }
            return jobs;
        });
    }

    // Concurrent but unbatched: every request on its own connection slot (at most 4 per mailbox).
    Load parallel(const QStringList &shared)
    {
        return measure(u"concurrent, no $batch (list cached)"_s, [&] {
            QList<GraphJob *> jobs{
                new GetMeJob(m_client.get(), m_client.get()),
                new GraphCollectionJob(m_client.get(), GraphRequest::get(u"/me/calendars"_s), m_client.get()),
                viewJob({})};
            for (const QString &upn : shared)
                jobs << viewJob(upn);
            for (GraphJob *job : jobs) {
                job->setAutoDelete(false);
                job->start();
            }
            for (GraphJob *job : jobs) {
                if (!job->isFinished() && !QSignalSpy(job, &GraphJob::finished).wait(30000))
                    qFatal("a start-up request did not finish");
            }
            return jobs;
        });
    }

    // $batch: profile + calendars + own view in one round trip; the shared views in a second one once the calendar
    // list (first run) named them, or in the same one when the list is known from the cache (later runs).
    Load batched(const QStringList &shared, bool calendarListCached)
    {
        const QString name = shared.isEmpty() ? u"$batch"_s
            : calendarListCached              ? u"$batch, calendar list cached"_s
                                              : u"$batch, first run (list from /me/calendars)"_s;
        return measure(name, [&] {
            auto *me = new GetMeJob(m_client.get(), m_client.get());
            auto *calendars
                = new GraphCollectionJob(m_client.get(), GraphRequest::get(u"/me/calendars"_s), m_client.get());
            QList<GraphJob *> jobs{me, calendars, viewJob({})};
            QList<GraphJob *> sharedJobs;
            for (const QString &upn : shared)
                sharedJobs << viewJob(upn);
            for (GraphJob *job : jobs + sharedJobs)
                job->setAutoDelete(false);

            auto *first = new GraphBatchJob(m_client.get(), m_client.get());
            for (GraphJob *job : jobs)
                first->addJob(job);
            if (calendarListCached) {
                for (GraphJob *job : sharedJobs)
                    first->addJob(job);
            }
            if (!wait(first))
                qFatal("the start-up batch did not finish");
            if (!calendarListCached && !sharedJobs.isEmpty()) {
                auto *second = new GraphBatchJob(m_client.get(), m_client.get());
                for (GraphJob *job : sharedJobs)
                    second->addJob(job);
                if (!wait(second))
                    qFatal("the shared-calendar batch did not finish");
            }
            return jobs + sharedJobs;
        });
    }

    static void print(int calendars, const Load &load, const Load &baseline)
    {
        std::printf("  %d calendar(s)  %-44s  %2d HTTP request(s)  %2d sequential round trip(s)  %7.1f ms  "
                    "(%.1fx fewer round trips than the baseline)  %d events on first pages  statuses %s\n",
                    calendars, qPrintable(load.strategy), load.requests, load.roundTrips, load.ms,
                    double(baseline.roundTrips) / double(qMax(1, load.roundTrips)), load.events,
                    qPrintable(load.outcomes.join(u' ')));
        std::fflush(stdout);
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void oneCalendar();
    void sixCalendars();
};

void TestGraphStartupRoundTrips::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_network = std::make_unique<GraphRoundTripCounter>();
    m_tokens = std::make_unique<GraphTestTokenProvider>(m_sandbox->issueToken(kScopes));
    m_client = std::make_unique<GraphClient>(m_network.get(), m_tokens.get(), m_sandbox->server().graphBaseUrl());
    const QString domain = m_sandbox->server().tenantDomain();
    // The seed shares two calendars with the mentor (Priya: read, Jonas: delegate); the three others answer 403
    // per item, which costs the same round trip as a calendar would.
    for (const QString &local :
         {u"priya.sharma"_s, u"jonas.weber"_s, u"kenji.tanaka"_s, u"maria.garcia"_s, u"liam.obrien"_s})
        m_shared << local + u'@' + domain;
    std::printf("start-up load: profile + calendars + first calendarView page per calendar (6-week month grid), "
                "sandbox over loopback\n");
}

void TestGraphStartupRoundTrips::cleanupTestCase()
{
    m_client.reset();
    m_tokens.reset();
    m_network.reset();
    m_sandbox.reset();
}

void TestGraphStartupRoundTrips::oneCalendar()
{
    batched({}, true); // warm-up: connections, sandbox caches
    const Load baseline = oneAtATime({});
    const Load concurrent = parallel({});
    const Load batch = batched({}, true);
    print(1, baseline, baseline);
    print(1, concurrent, baseline);
    print(1, batch, baseline);
    QCOMPARE(baseline.roundTrips, 3);
    QCOMPARE(batch.requests, 1);
    QCOMPARE(batch.roundTrips, 1);
    QCOMPARE(batch.events, baseline.events);
    QCOMPARE(batch.outcomes, baseline.outcomes);
}

void TestGraphStartupRoundTrips::sixCalendars()
{
    const Load baseline = oneAtATime(m_shared);
    const Load concurrent = parallel(m_shared);
    const Load firstRun = batched(m_shared, false);
    const Load cached = batched(m_shared, true);
    print(6, baseline, baseline);
    print(6, concurrent, baseline);
    print(6, firstRun, baseline);
    print(6, cached, baseline);
    QCOMPARE(baseline.roundTrips, 8);
    QVERIFY(firstRun.roundTrips <= 2); // the target
    QCOMPARE(cached.roundTrips, 1);
    QCOMPARE(firstRun.events, baseline.events);
    QCOMPARE(cached.events, baseline.events);
    QCOMPARE(cached.outcomes, baseline.outcomes);
}

QTEST_GUILESS_MAIN(TestGraphStartupRoundTrips)
#include "tst_graph_startup_roundtrips.moc"
