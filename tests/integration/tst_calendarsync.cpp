// CalendarSync against the sandbox tenant over real HTTP, with a real SQLite cache: the start-up load and its round
// trips, paging, shared calendars, delta refreshes (changes, @removed, removals outside the window, expired links),
// a colleague who stops sharing, offline start-up from the cache, cancel, visibility and the periodic timer.
#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarSync.h"
#include "core/calendar/EventListModel.h"
#include "core/common/Clock.h"
#include "core/graph/GraphClient.h"
#include "support/GraphRoundTripCounter.h"
#include "support/GraphTestTokenProvider.h"
#include "support/SandboxFixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QStringList kScopes{u"openid"_s, u"User.Read"_s, u"Calendars.ReadWrite"_s, u"Calendars.Read.Shared"_s};

QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

// The month the sandbox's "now" (Wed 25 Nov 2026) falls in, as the month view shows it.
CalendarRange november()
{
    return CalendarRange::month(QDate(2026, 11, 25), Qt::Monday, berlin());
}

int countRequests(const QJsonObject &state, const QString &pathPart, const QString &method = u"GET"_s)
{
    int count = 0;
    for (const QJsonValue &request : state.value("graphRequests"_L1).toArray()) {
        const QJsonObject object = request.toObject();
        if (object.value("method"_L1).toString() == method && object.value("path"_L1).toString().contains(pathPart))
            ++count;
    }
    return count;
}

// One running app: sandbox-backed Graph client, a cache file, the sync service.
struct Harness
{
    explicit Harness(SandboxFixture &sandbox, const QString &cachePath, const QUrl &graphBase = {})
        : tokens(sandbox.issueToken(kScopes))
        , client(&network, &tokens, graphBase.isValid() ? graphBase : sandbox.server().graphBaseUrl())
        , store(cachePath, &clock)
    {
        tokens.setRefresher([&sandbox] { return sandbox.issueToken(kScopes); });
        clock.setNowUtc(QDateTime::fromString(QLatin1StringView(SandboxFixture::kDefaultNow), Qt::ISODate));
        store.open();
        sync = std::make_unique<CalendarSync>(&client, &store, &clock);
        sync->setSignedInAddress(sandbox.server().mentorUpn());
        sync->setPrefetchEnabled(false);
        sync->setRefreshInterval(std::chrono::milliseconds(0));
        sync->setRange(november());
    }

    // Runs one visible round to its end; returns its result.
    GraphResult run(const std::function<void()> &trigger)
    {
        QSignalSpy finished(sync.get(), &CalendarSync::syncFinished);
        trigger();
        if (!finished.wait(30000))
            return GraphResult::failure(GraphStatus::Timeout);
        return finished.first().at(0).value<GraphResult>();
    }

    QString calendarId(const QString &name)
    {
        for (const Calendar &calendar : store.calendars()) {
            if (calendar.name == name)
                return calendar.id;
        }
        return {};
    }

    ManualClock clock;
    GraphRoundTripCounter network;
    GraphTestTokenProvider tokens;
    GraphClient client;
    CalendarStore store;
    std::unique_ptr<CalendarSync> sync;
};

} // namespace

class TestCalendarSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString cachePath() const
    {
        return m_dir->filePath(u"calendar-%1.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
    }

    // Every event of one calendar in a window, as the sandbox pages them out.
    static QSet<QString> sandboxIds(SandboxFixture &sandbox, const QString &path, const QDateTime &start,
                                    const QDateTime &end)
    {
        const QString token = sandbox.issueToken(kScopes);
        QUrl next = sandbox.graphUrl(path + u"?startDateTime="_s + start.toString(Qt::ISODate) + u"&endDateTime="_s
                                     + end.toString(Qt::ISODate) + u"&$top=50"_s);
        QSet<QString> ids;
        while (next.isValid() && !next.isEmpty()) {
            const auto reply = sandbox.get(next, token);
            if (reply.status != 200)
                return {};
            for (const QJsonValue &item : reply.json().value(u"value"_s).toArray())
                ids.insert(item.toObject().value(u"id"_s).toString());
            next = QUrl(reply.json().value(u"@odata.nextLink"_s).toString());
        }
        return ids;
    }

    static QSet<QString> cachedIds(CalendarStore &store, const QString &calendarId, const QDateTime &start,
                                   const QDateTime &end)
    {
        QSet<QString> ids;
        for (const Event &event : store.eventsBetween(start, end, {calendarId}))
            ids.insert(event.id);
        return ids;
    }

private Q_SLOTS:
    void initTestCase();
    void startupLoadTakesTwoRoundTripsThenOne();
    void multiPageRangeIsLoadedCompletely();
    void sharedCalendarsAppearWithOwners();
    void deltaRefreshShowsChangesMadeElsewhere();
    void deletedEventDisappears();
    void removalOutsideTheWindowKeepsTheCachedEvent();
    void expiredDeltaLinkReadsTheWindowAgain();
    void deltaLinkOfAnotherGraphAddressIsNotFollowed();
    void revokedShareMarksOnlyThatCalendar();
    void offlineStartShowsTheCachedCalendar();
    void cancelStopsTheRound();
    void hiddenCalendarsAreNotReadUntilShown();
    void navigationPrefetchesNeighbours();
    void prefetchDoesNotResetTheVisibleMonth();
    void refreshesPeriodicallyWhileStarted();
    void eventDetailsLoadTheSeriesMaster();
};

void TestCalendarSync::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCalendarSync::startupLoadTakesTwoRoundTripsThenOne()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.isListening());
    {
        // First run, empty cache: profile + calendar list + the default calendar's delta in one $batch, then the
        // calendars the list named (Mentoring, Priya's and Jonas's) in a second one.
        Harness app(sandbox, cachePath());
        const QSignalSpy profile(app.sync.get(), &CalendarSync::profileLoaded);
        const GraphResult result = app.run([&] { app.sync->start(); });
        QVERIFY2(result.isOk(), qPrintable(result.userMessage()));
        QCOMPARE(app.sync->state(), CalendarSync::State::Idle);
        QCOMPARE(profile.count(), 1);
        QCOMPARE(app.sync->profile().userPrincipalName, sandbox.server().mentorUpn());
        QCOMPARE(app.store.calendars().size(), 4);
        QVERIFY(app.network.sequentialRoundTrips() <= 2);
        QCOMPARE(app.network.sequentialRoundTrips(), 2);
        QCOMPARE(app.network.requestCount(), 2); // two POST /$batch, no page followed separately
        const QJsonObject state = sandbox.state();
        QCOMPARE(countRequests(state, u"/$batch"_s, u"POST"_s), 2);
        QCOMPARE(countRequests(state, u"/me/calendars"_s), 2); // the list, and the Mentoring calendar's view
        QCOMPARE(countRequests(state, u"/me/calendarView/delta"_s), 1);
        QCOMPARE(countRequests(state, u"/calendar/calendarView"_s), 2); // Priya's and Jonas's
        for (const Calendar &calendar : app.store.calendars()) {
            QVERIFY2(app.store.eventCount(calendar.id) > 0, qPrintable(calendar.name));
            QVERIFY(app.store.lastUpdated(calendar.id).isValid());
        }
        QVERIFY(!app.store
                     .deltaLink(app.calendarId(u"Calendar"_s), app.sync->syncWindowFor(november()).startUtc(),
                                app.sync->syncWindowFor(november()).endUtc())
                     .isEmpty());
        QCOMPARE(app.sync->lastUpdated(), app.clock.nowUtc());
        QVERIFY2(app.sync->statusText().contains(u"just now"_s), qPrintable(app.sync->statusText()));
    }
    {
        // The next start: the cache names every calendar, so everything goes in one $batch.
        Harness app(sandbox, cachePath());
        QVERIFY(app.store.eventCount() > 0);
        const GraphResult result = app.run([&] { app.sync->start(); });
        QVERIFY2(result.isOk(), qPrintable(result.userMessage()));
        QCOMPARE(app.network.sequentialRoundTrips(), 1);
        QCOMPARE(app.network.requestCount(), 1);
    }
}

void TestCalendarSync::multiPageRangeIsLoadedCompletely()
{
    SandboxFixture sandbox;
    Harness app(sandbox, cachePath());
    app.sync->setPageSize(7); // a six-week month has dozens of events per calendar: many pages each
    const GraphResult result = app.run([&] { app.sync->start(); });
    QVERIFY2(result.isOk(), qPrintable(result.userMessage()));
    QVERIFY2(app.network.requestCount() > 10, qPrintable(QString::number(app.network.requestCount())));

    const CalendarRange window = CalendarSync::syncWindowFor(november());
    const QString domain = sandbox.server().tenantDomain();
    const QList<std::pair<QString, QString>> calendars{
        {u"Calendar"_s, u"/me/calendar/calendarView"_s},
        {u"Mentoring"_s, u"/me/calendars/%1/calendarView"_s.arg(app.calendarId(u"Mentoring"_s))},
        {u"Priya Sharma"_s, u"/users/priya.sharma@%1/calendar/calendarView"_s.arg(domain)},
        {u"Jonas Weber"_s, u"/users/jonas.weber@%1/calendar/calendarView"_s.arg(domain)},
    };
    for (const auto &[name, path] : calendars) {
        const QSet<QString> expected = sandboxIds(sandbox, path, window.startUtc(), window.endUtc());
        QVERIFY2(expected.size() > 7, qPrintable(name)); // more than one page
        QCOMPARE(cachedIds(app.store, app.calendarId(name), window.startUtc(), window.endUtc()), expected);
    }
}

void TestCalendarSync::sharedCalendarsAppearWithOwners()
{
    SandboxFixture sandbox;
    Harness app(sandbox, cachePath());
    QVERIFY(app.run([&] { app.sync->start(); }).isOk());
    const QString domain = sandbox.server().tenantDomain();
    QHash<QString, Calendar> byName;
    for (const Calendar &calendar : app.store.calendars())
        byName.insert(calendar.name, calendar);
    QCOMPARE(byName.size(), 4);
    QCOMPARE(byName[u"Calendar"_s].kind, Calendar::Kind::Own);
    QVERIFY(byName[u"Calendar"_s].isDefaultCalendar);
    QCOMPARE(byName[u"Mentoring"_s].kind, Calendar::Kind::Own);
    const Calendar priya = byName[u"Priya Sharma"_s];
    QCOMPARE(priya.kind, Calendar::Kind::SharedReadOnly);
    QCOMPARE(priya.owner.name, u"Priya Sharma"_s);
    QCOMPARE(priya.ownerUpn(), u"priya.sharma@"_s + domain);
    QVERIFY(priya.isReadOnly());
    const Calendar jonas = byName[u"Jonas Weber"_s];
    QCOMPARE(jonas.kind, Calendar::Kind::Delegate);
    QCOMPARE(jonas.ownerUpn(), u"jonas.weber@"_s + domain);
    QVERIFY(jonas.isReadOnly()); // MentorDesk has no Calendars.ReadWrite.Shared

    // Their events are in the month the views show, filed under the shared calendars.
    EventListModel model(&app.store);
    model.setRange(november());
    QSet<QString> shown;
    for (const Event &event : model.events())
        shown.insert(event.calendarId);
    QVERIFY(shown.contains(priya.id));
    QVERIFY(shown.contains(jonas.id));
    const Event first = app.store.events(november(), {priya.id}).first();
    QCOMPARE(model.data(model.index(model.rowOf(priya.id, first.id)), EventListModel::CalendarNameRole).toString(),
             u"Priya Sharma"_s);
    QVERIFY(model.data(model.index(model.rowOf(priya.id, first.id)), EventListModel::IsReadOnlyRole).toBool());
}

void TestCalendarSync::deltaRefreshShowsChangesMadeElsewhere()
{
    SandboxFixture sandbox;
    Harness app(sandbox, cachePath());
    QVERIFY(app.run([&] { app.sync->start(); }).isOk());
    const QString defaultId = app.calendarId(u"Calendar"_s);
    const int before = app.store.eventCount(defaultId);

    // A colleague's invitation lands in the mentor's calendar (made "by someone else", not through MentorDesk).
    const QJsonObject created = sandbox.mutate(
        {{u"op"_s, u"createEvent"_s},
         {u"event"_s,
          QJsonObject{{u"subject"_s, u"Added elsewhere"_s},
                      {u"start"_s, QJsonObject{{u"dateTime"_s, u"2026-11-26T14:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
                      {u"end"_s, QJsonObject{{u"dateTime"_s, u"2026-11-26T15:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}}}}});
    const QString id = created.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    app.network.reset();
    QVERIFY(app.run([&] { app.sync->refresh(); }).isOk());
    const std::optional<Event> added = app.store.event(defaultId, id);
    QVERIFY(added);
    QCOMPARE(added->subject, u"Added elsewhere"_s);
    QCOMPARE(added->start, QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::utc()));
    QCOMPARE(app.store.eventCount(defaultId), before + 1);
    // The refresh replayed the stored delta link (one $batch, no page followed separately).
    QCOMPARE(app.network.requestCount(), 1);
    QCOMPARE(countRequests(sandbox.state(), u"/me/calendarView/delta"_s), 2);

    // Then it is moved and renamed.
    const QJsonObject updated = sandbox.mutate(
        {{u"op"_s, u"updateEvent"_s},
         {u"id"_s, id},
         {u"event"_s,
          QJsonObject{{u"subject"_s, u"Moved elsewhere"_s},
                      {u"start"_s, QJsonObject{{u"dateTime"_s, u"2026-11-27T08:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
                      {u"end"_s, QJsonObject{{u"dateTime"_s, u"2026-11-27T09:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}}}}});
    QCOMPARE(updated.value(u"id"_s).toString(), id);
    QVERIFY(app.run([&] { app.sync->refresh(); }).isOk());
    QCOMPARE(app.store.event(defaultId, id)->subject, u"Moved elsewhere"_s);
    QCOMPARE(app.store.event(defaultId, id)->start, QDateTime(QDate(2026, 11, 27), QTime(8, 0), QTimeZone::utc()));
    QCOMPARE(app.store.eventCount(defaultId), before + 1);
}

void TestCalendarSync::deletedEventDisappears()
{
    SandboxFixture sandbox;
    Harness app(sandbox, cachePath());
    QVERIFY(app.run([&] { app.sync->start(); }).isOk());
    const QString defaultId = app.calendarId(u"Calendar"_s);
    const QString mentoringId = app.calendarId(u"Mentoring"_s);
    const CalendarRange window = CalendarSync::syncWindowFor(november());

    // One single event from the default calendar (delta: @removed) and one from Mentoring (read again).
    QString doomed;
    for (const Event &event : app.store.eventsBetween(window.startUtc(), window.endUtc(), {defaultId})) {
        if (!event.isRecurring() && !event.isAllDay) {
            doomed = event.id;
            break;
        }
    }
    QVERIFY(!doomed.isEmpty());
    const QList<Event> mentoring = app.store.eventsBetween(window.startUtc(), window.endUtc(), {mentoringId});
    QString doomedToo;
    for (const Event &event : mentoring) {
        if (!event.isRecurring())
            doomedToo = event.id;
    }
    QVERIFY(!doomedToo.isEmpty());
    QCOMPARE(sandbox.mutate({{u"op"_s, u"deleteEvent"_s}, {u"id"_s, doomed}}).value(u"id"_s).toString(), doomed);
    QCOMPARE(sandbox.mutate({{u"op"_s, u"deleteEvent"_s}, {u"id"_s, doomedToo}}).value(u"id"_s).toString(), doomedToo);

    EventListModel model(&app.store);
    model.setRange(november());
    QVERIFY(model.rowOf(defaultId, doomed) >= 0);
    QVERIFY(app.run([&] { app.sync->refresh(); }).isOk());
    QVERIFY(!app.store.event(defaultId, doomed));
    QVERIFY(!app.store.event(mentoringId, doomedToo));
    QCOMPARE(model.rowOf(defaultId, doomed), -1); // the view's model followed the store
    QCOMPARE(model.rowOf(mentoringId, doomedToo), -1);
}

void TestCalendarSync::removalOutsideTheWindowKeepsTheCachedEvent()
{
    SandboxFixture sandbox;
    Harness app(sandbox, cachePath());
    QVERIFY(app.run([&] { app.sync->start(); }).isOk());
    const QString defaultId = app.calendarId(u"Calendar"_s);

    // An event in January, cached by a round over January's window.
    const QJsonObject created = sandbox.mutate(
        {{u"op"_s, u"createEvent"_s},
         {u"event"_s,
          QJsonObject{{u"subject"_s, u"January planning"_s},
                      {u"start"_s, QJsonObject{{u"dateTime"_s, u"2027-01-20T10:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
                      {u"end"_s, QJsonObject{{u"dateTime"_s, u"2027-01-20T11:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}}}}});
    const QString id = created.value(u"id"_s).toString();
    const CalendarRange january = CalendarRange::month(QDate(2027, 1, 20), Qt::Monday, berlin());
    QVERIFY(app.run([&] { app.sync->setRange(january); }).isOk());
    QVERIFY(app.store.event(defaultId, id));

    // Changed again elsewhere; November's delta reports it as @removed (it changed outside that window).
    sandbox.mutate(
        {{u"op"_s, u"updateEvent"_s}, {u"id"_s, id}, {u"event"_s, QJsonObject{{u"subject"_s, u"Q1 plan"_s}}}});
    app.sync->setRange(november()); // November is fresh: nothing to do until asked
    QVERIFY(app.run([&] { app.sync->refresh(); }).isOk());
    QVERIFY2(app.store.event(defaultId, id), "an out-of-window @removed must not delete another window's event");
    QCOMPARE(app.store.event(defaultId, id)->subject, u"January planning"_s);
    // January is no longer fresh, so going back reads it again and picks up the change.
    QVERIFY(app.run([&] { app.sync->setRange(january); }).isOk());
    QCOMPARE(app.store.event(defaultId, id)->subject, u"Q1 plan"_s);
}

void TestCalendarSync::expiredDeltaLinkReadsTheWindowAgain()
{
    SandboxFixture sandbox;
    Harness app(sandbox, cachePath());
    QVERIFY(app.run([&] { app.sync->start(); }).isOk());
    const QString defaultId = app.calendarId(u"Calendar"_s);
    const int before = app.store.eventCount(defaultId);
    const CalendarRange window = CalendarSync::syncWindowFor(november());
    const QString oldLink = app.store.deltaLink(defaultId, window.startUtc(), window.endUtc());
    QVERIFY(!oldLink.isEmpty());

    // The stored link expired on the server; meanwhile an event was deleted (the full read must drop it).
    const QString doomed = app.store.eventsBetween(window.startUtc(), window.endUtc(), {defaultId}).last().id;
    sandbox.mutate({{u"op"_s, u"deleteEvent"_s}, {u"id"_s, doomed}});
    sandbox.addFault({{u"path"_s, u"/v1.0/me/calendarView/delta"_s},
                      {u"type"_s, u"status"_s},
                      {u"status"_s, 410},
                      {u"code"_s, u"syncStateNotFound"_s}});
    const GraphResult result = app.run([&] { app.sync->refresh(); });
    QVERIFY2(result.isOk(), qPrintable(result.userMessage()));
    QVERIFY(!app.store.event(defaultId, doomed));
    QCOMPARE(app.store.eventCount(defaultId), before - 1);
    const QString newLink = app.store.deltaLink(defaultId, window.startUtc(), window.endUtc());
    QVERIFY(!newLink.isEmpty());
    QVERIFY(newLink != oldLink);
}

// The cache outlives the Graph address it was filled from (the demo tenant listens on a new port each start): a
// stored delta link that is not under the current Graph base is never sent; the window is read again.
void TestCalendarSync::deltaLinkOfAnotherGraphAddressIsNotFollowed()
{
    const CalendarRange window = CalendarSync::syncWindowFor(november());
    QString oldLink;
    {
        SandboxFixture first;
        Harness app(first, cachePath());
        QVERIFY(app.run([&] { app.sync->start(); }).isOk());
        oldLink = app.store.deltaLink(app.calendarId(u"Calendar"_s), window.startUtc(), window.endUtc());
        QVERIFY(!oldLink.isEmpty());
    }
    SandboxFixture second;
    Harness app(second, cachePath());
    const QString defaultId = app.calendarId(u"Calendar"_s);
    QCOMPARE(app.store.deltaLink(defaultId, window.startUtc(), window.endUtc()), oldLink); // still cached
    const GraphResult result = app.run([&] { app.sync->start(); });
    QVERIFY2(result.isOk(), qPrintable(result.userMessage()));
    const QString newLink = app.store.deltaLink(defaultId, window.startUtc(), window.endUtc());
    QVERIFY2(newLink.startsWith(second.baseUrl().toString()), qPrintable(newLink));
}

void TestCalendarSync::revokedShareMarksOnlyThatCalendar()
{
    SandboxFixture sandbox;
    Harness app(sandbox, cachePath());
    QVERIFY(app.run([&] { app.sync->start(); }).isOk());
    const QString priyaId = app.calendarId(u"Priya Sharma"_s);
    const QString jonasId = app.calendarId(u"Jonas Weber"_s);
    QVERIFY(app.store.eventCount(priyaId) > 0);
    const int jonasBefore = app.store.eventCount(jonasId);

    QSignalSpy statusChanged(app.sync.get(), &CalendarSync::calendarStatusChanged);
    sandbox.addFault(
        {{u"path"_s, u"/v1.0/users/priya.sharma@%1/calendar/calendarView"_s.arg(sandbox.server().tenantDomain())},
         {u"type"_s, u"status"_s},
         {u"status"_s, 403},
         {u"code"_s, u"ErrorAccessDenied"_s}});
    app.clock.advance(60);
    const GraphResult result = app.run([&] { app.sync->refresh(); });
    QVERIFY2(result.isOk(), qPrintable(result.userMessage())); // the round as a whole succeeded
    QCOMPARE(app.sync->state(), CalendarSync::State::Idle);
    QCOMPARE(app.sync->calendarStatus(priyaId), CalendarSync::CalendarStatus::NotShared);
    QCOMPARE(app.sync->calendarStatusText(priyaId), u"Not shared with you any more"_s);
    QCOMPARE(app.sync->calendarStatus(jonasId), CalendarSync::CalendarStatus::Ok);
    QCOMPARE(statusChanged.count(), 1);
    QCOMPARE(statusChanged.first().at(0).toString(), priyaId);
    const CalendarRange window = CalendarSync::syncWindowFor(november());
    QVERIFY(cachedIds(app.store, priyaId, window.startUtc(), window.endUtc()).isEmpty());
    QCOMPARE(app.store.eventCount(jonasId), jonasBefore);
    QCOMPARE(app.store.lastUpdated(jonasId), app.clock.nowUtc());
    QCOMPARE(app.sync->lastUpdated(), app.clock.nowUtc()); // the lost calendar does not hold "last updated" back

    // Shared again: the next round reads it and clears the mark.
    QVERIFY(app.run([&] { app.sync->refresh(); }).isOk());
    QCOMPARE(app.sync->calendarStatus(priyaId), CalendarSync::CalendarStatus::Ok);
    QVERIFY(app.store.eventCount(priyaId) > 0);
}

void TestCalendarSync::offlineStartShowsTheCachedCalendar()
{
    int cached = 0;
    {
        SandboxFixture sandbox;
        Harness app(sandbox, cachePath());
        QVERIFY(app.run([&] { app.sync->start(); }).isOk());
        cached = int(app.store.events(november()).size());
        QVERIFY(cached > 50);
    } // the app quits; the sandbox goes away

    // A port where nobody listens any more.
    QUrl closed;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        closed = QUrl(u"http://127.0.0.1:%1/v1.0"_s.arg(server.serverPort()));
    }
    SandboxFixture tokensOnly; // only to issue a token the client can send
    Harness app(tokensOnly, cachePath(), closed);
    EventListModel model(&app.store);
    model.setRange(november());
    QCOMPARE(model.rowCount(), cached); // at once, before any network
    const GraphResult result = app.run([&] { app.sync->start(); });
    QCOMPARE(result.status, GraphStatus::Offline);
    QCOMPARE(app.sync->state(), CalendarSync::State::Offline);
    QVERIFY2(app.sync->statusText().startsWith(u"Offline"_s), qPrintable(app.sync->statusText()));
    QVERIFY2(app.sync->statusText().contains(u"Last updated"_s), qPrintable(app.sync->statusText()));
    QCOMPARE(model.rowCount(), cached); // a failed refresh keeps the cache
    QVERIFY(app.sync->lastUpdated().isValid());
}

void TestCalendarSync::cancelStopsTheRound()
{
    SandboxFixture sandbox;
    Harness app(sandbox, cachePath());
    sandbox.addFault({{u"path"_s, u"/v1.0/$batch"_s}, {u"type"_s, u"delay"_s}, {u"delayMs"_s, 3000}});
    QSignalSpy started(app.sync.get(), &CalendarSync::syncStarted);
    QSignalSpy finished(app.sync.get(), &CalendarSync::syncFinished);
    app.sync->start();
    QVERIFY(started.wait(5000));
    QCOMPARE(app.sync->state(), CalendarSync::State::Syncing);
    app.sync->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).value<GraphResult>().status, GraphStatus::Cancelled);
    QCOMPARE(app.sync->state(), CalendarSync::State::Idle);
    QCOMPARE(app.store.eventCount(), 0);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1); // nothing queued behind it
}

void TestCalendarSync::hiddenCalendarsAreNotReadUntilShown()
{
    SandboxFixture sandbox;
    Harness app(sandbox, cachePath());
    QVERIFY(app.run([&] { app.sync->start(); }).isOk());
    const QString priyaId = app.calendarId(u"Priya Sharma"_s);
    QVERIFY(app.store.setCalendarVisible(priyaId, false));
    app.network.reset();
    QVERIFY(app.run([&] { app.sync->refresh(); }).isOk());
    const QJsonObject state = sandbox.state();
    const int priyaReads = countRequests(state, u"/users/priya.sharma@"_s);
    QCOMPARE(priyaReads, 1); // the start-up read only

    // Shown again: it is read for the visible window at once (other calendars are fresh and left alone).
    app.clock.advance(3600);
    QVERIFY(app.run([&] { app.store.setCalendarVisible(priyaId, true); }).isOk());
    QCOMPARE(countRequests(sandbox.state(), u"/users/priya.sharma@"_s), 2);
}

void TestCalendarSync::navigationPrefetchesNeighbours()
{
    SandboxFixture sandbox;
    Harness app(sandbox, cachePath());
    app.sync->setPrefetchEnabled(true);
    QVERIFY(app.run([&] { app.sync->start(); }).isOk());
    // After the visible month, October and December are read in the background.
    QTRY_COMPARE_WITH_TIMEOUT(app.sync->roundsCompleted(), 3, 20000);
    const CalendarRange december = CalendarRange::month(QDate(2026, 12, 10), Qt::Monday, berlin());
    QVERIFY(app.store.events(december).size() > 20);
    // Navigating there needs no network: the window is fresh.
    app.network.reset();
    QSignalSpy started(app.sync.get(), &CalendarSync::syncStarted);
    app.sync->setRange(december);
    QTest::qWait(200);
    QCOMPARE(started.count(), 0); // no visible round: the view shows December from the cache
}

void TestCalendarSync::prefetchDoesNotResetTheVisibleMonth()
{
    SandboxFixture sandbox;
    Harness app(sandbox, cachePath());
    EventListModel model(&app.store);
    model.setRange(november());
    app.sync->setPrefetchEnabled(true);
    QVERIFY(app.run([&] { app.sync->start(); }).isOk());
    const int rows = model.rowCount();
    QVERIFY(rows > 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // October's and December's grids are read in the background; the weeks they share with November's grid come
    // back unchanged, the rest lies outside it: the month on screen is not reset.
    QTRY_COMPARE_WITH_TIMEOUT(app.sync->roundsCompleted(), 3, 20000);
    const CalendarRange december = CalendarRange::month(QDate(2026, 12, 10), Qt::Monday, berlin());
    QVERIFY(app.store.events(december).size() > 20);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), rows);

    // A change inside it still shows.
    const QJsonObject created = sandbox.mutate(
        {{u"op"_s, u"createEvent"_s},
         {u"event"_s,
          QJsonObject{{u"subject"_s, u"Added elsewhere"_s},
                      {u"start"_s, QJsonObject{{u"dateTime"_s, u"2026-11-26T14:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
                      {u"end"_s, QJsonObject{{u"dateTime"_s, u"2026-11-26T15:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}}}}});
    QVERIFY(!created.value(u"id"_s).toString().isEmpty());
    QVERIFY(app.run([&] { app.sync->refresh(); }).isOk());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), rows + 1);
}

void TestCalendarSync::refreshesPeriodicallyWhileStarted()
{
    SandboxFixture sandbox;
    Harness app(sandbox, cachePath());
    app.sync->setRefreshInterval(std::chrono::milliseconds(300));
    QVERIFY(app.run([&] { app.sync->start(); }).isOk());
    QSignalSpy finished(app.sync.get(), &CalendarSync::syncFinished);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 2, 10000);
    app.sync->stop();
    const int after = int(finished.count());
    QTest::qWait(700);
    QCOMPARE(finished.count(), after); // nothing runs once stopped
}

void TestCalendarSync::eventDetailsLoadTheSeriesMaster()
{
    SandboxFixture sandbox;
    Harness app(sandbox, cachePath());
    QVERIFY(app.run([&] { app.sync->start(); }).isOk());
    Event standup;
    for (const Event &event : app.store.events(november())) {
        if (event.subject == u"Team stand-up"_s)
            standup = event;
    }
    QVERIFY(standup.isValid());
    QVERIFY(!standup.seriesMasterId.isEmpty());
    QSignalSpy loaded(app.sync.get(), &CalendarSync::eventDetailsLoaded);
    QVERIFY(app.sync->requestEventDetails(standup));
    QVERIFY(loaded.wait(10000));
    const Event master = loaded.first().at(1).value<Event>();
    QCOMPARE(master.id, standup.seriesMasterId);
    QVERIFY(master.recurrence.has_value());
    QCOMPARE(master.recurrence->patternType, Recurrence::PatternType::Weekly);
    QCOMPARE(loaded.first().at(0).value<Event>().id, standup.id);
    // Asked again: the master is known, nothing travels.
    loaded.clear();
    QVERIFY(!app.sync->requestEventDetails(standup));
    QVERIFY(loaded.wait(2000));
    QCOMPARE(loaded.first().at(1).value<Event>().id, standup.seriesMasterId);
}

QTEST_GUILESS_MAIN(TestCalendarSync)
#include "tst_calendarsync.moc"
