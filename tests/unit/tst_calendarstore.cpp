#include "core/calendar/CalendarRange.h"
#include "core/calendar/CalendarStore.h"
#include "core/common/Clock.h"
#include "core/model/GraphTime.h"
#include "support/Fixtures.h"
#include "support/Platform.h"
#include "support/SqliteWriteLock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

const QString kOwn = u"AAMkADJmMVAAA="_s;
const QString kShared = u"AAMkADShared1="_s;

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return GraphTime::utc(QDate(y, mo, d), QTime(h, mi));
}

QList<Event> fixtureEvents(const QString &file, const QString &calendarId)
{
    QList<Event> events;
    const QJsonArray items = Test::readJsonFixture(u"calendar/events/"_s + file).object().value("value"_L1).toArray();
    for (const QJsonValue &item : items) {
        const Event event = Event::fromJson(item, calendarId);
        if (event.isValid())
            events << event;
    }
    return events;
}

QList<Calendar> fixtureCalendars()
{
    QList<Calendar> calendars;
    const QJsonArray items = Test::readJsonFixture(u"calendar/calendars.json"_s).object().value("value"_L1).toArray();
    for (const QJsonValue &item : items)
        calendars << Calendar::fromJson(item, u"mentor@contoso.com"_s);
    return calendars;
}

QStringList ids(const QList<Event> &events)
{
    QStringList out;
    for (const Event &event : events)
        out << event.id;
    return out;
}

// The account's whole fixture calendar: own events in the default calendar, the all-day ones in the shared one.
CalendarChangeSet load(const QString &calendarId, const QList<Event> &events)
{
    CalendarChangeSet set;
    set.calendarId = calendarId;
    set.upserts = events;
    return set;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(42); // deterministic garbage
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

} // namespace

class TestCalendarStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createAndReopen();
    void calendarsRoundTrip();
    void replaceCalendarsKeepsVisibilityAndDropsGone();
    void eventsRoundTrip();
    void rangeQueries_data();
    void rangeQueries();
    void eventsBetweenUsesStoredInstants();
    void deltaRound();
    void fullLoadReplacesWindow();
    void changeSetsApplyInOneTransaction();
    void changedSaysWhatWasWritten();
    void lastUpdated();
    void seriesEvents();
    void migratesV1();
    void recoversUnusableFiles_data();
    void recoversUnusableFiles();
    void recoversCorruptionFoundLater();
    void failsCleanlyWhenPathIsUnusable();
    void busyFileIsNeverDeleted();
    void deleteAllRemovesTheFiles();
    void independentConnections();
    void parsedEventsFollowOtherConnections();

private:
    QString path() const { return m_dir->filePath(u"accounts/abc/calendar.sqlite"_s); }
    void fillFromFixtures(CalendarStore &store);

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{utc(2026, 11, 24, 12)};
};

void TestCalendarStore::initTestCase()
{
    // One fixture uses a custom zone: its single warning is expected.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Unknown time zone.*tzone://Microsoft/Custom"_s));
    GraphTime::zoneForNameOrUtc(u"tzone://Microsoft/Custom"_s);
}

void TestCalendarStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCalendarStore::cleanup()
{
    m_dir.reset();
    // Every store removed its connection.
    QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
}

void TestCalendarStore::fillFromFixtures(CalendarStore &store)
{
    QVERIFY(store.replaceCalendars(fixtureCalendars()));
    QList<Event> own;
    for (const QString &file : {u"single.json"_s, u"windows-zones.json"_s, u"dst.json"_s, u"recurring.json"_s})
        own << fixtureEvents(file, kOwn);
    QVERIFY(store.applyChanges({load(kOwn, own), load(kShared, fixtureEvents(u"all-day.json"_s, kShared))}));
}

void TestCalendarStore::createAndReopen()
{
    {
        CalendarStore store(path(), &m_clock);
        QVERIFY(!store.isOpen());
        QCOMPARE(store.open(), CalendarStore::OpenStatus::Created);
        QVERIFY(store.isOpen());
        QCOMPARE(store.schemaVersion(), CalendarStore::kSchemaVersion);
        QCOMPARE(store.filePath(), path());
        QCOMPARE(store.eventCount(), 0);
    }
    CalendarStore store(path(), &m_clock);
    QCOMPARE(store.open(), CalendarStore::OpenStatus::Opened);
    QCOMPARE(store.schemaVersion(), 2);
}

void TestCalendarStore::calendarsRoundTrip()
{
    const QList<Calendar> calendars = fixtureCalendars();
    {
        CalendarStore store(path(), &m_clock);
        store.open();
        QSignalSpy changed(&store, &CalendarStore::changed);
        QVERIFY(store.replaceCalendars(calendars));
        QCOMPARE(changed.size(), 1);
    }
    CalendarStore store(path(), &m_clock);
    store.open();
    QCOMPARE(store.calendars(), calendars);
    QCOMPARE(store.calendar(kShared)->kind, Calendar::Kind::SharedReadOnly);
    QCOMPARE(store.calendar(kShared)->ownerUpn(), u"ana.lopez@contoso.com"_s);
    QVERIFY(!store.calendar(u"nope"_s));
    QCOMPARE(store.visibleCalendarIds().size(), calendars.size());
}

void TestCalendarStore::replaceCalendarsKeepsVisibilityAndDropsGone()
{
    CalendarStore store(path(), &m_clock);
    store.open();
    fillFromFixtures(store);
    QVERIFY(store.setCalendarVisible(kOwn, false));
    QVERIFY(!store.isCalendarVisible(kOwn));
    QVERIFY(!store.setCalendarVisible(u"unknown"_s, false));
    QVERIFY(store.eventCount(kShared) > 0);

    // Ana stopped sharing; the list comes back in another order.
    QList<Calendar> calendars = fixtureCalendars();
    calendars.removeIf([](const Calendar &calendar) { return calendar.id == kShared; });
    std::reverse(calendars.begin(), calendars.end());
    QVERIFY(store.replaceCalendars(calendars));
    QCOMPARE(store.calendars(), calendars);
    QVERIFY(!store.isCalendarVisible(kOwn)); // kept
    QCOMPARE(store.eventCount(kShared), 0); // gone with its calendar
    QVERIFY(store.eventCount(kOwn) > 0);
    // Hidden calendars are left out of default queries.
    QVERIFY(store.events(CalendarRange::month(QDate(2026, 11, 1), Qt::Monday, QTimeZone::utc())).isEmpty());
    QVERIFY(!store.events(CalendarRange::month(QDate(2026, 11, 1), Qt::Monday, QTimeZone::utc()), {kOwn}).isEmpty());
}

void TestCalendarStore::eventsRoundTrip()
{
    QList<Event> all;
    {
        CalendarStore store(path(), &m_clock);
        store.open();
        fillFromFixtures(store);
        all = store.eventsBetween(utc(2000, 1, 1), utc(2100, 1, 1));
    }
    CalendarStore store(path(), &m_clock);
    QCOMPARE(store.open(), CalendarStore::OpenStatus::Opened);
    // What the writing store served from memory is what a new store parses from the file.
    QCOMPARE(store.eventsBetween(utc(2000, 1, 1), utc(2100, 1, 1)), all);
    QList<Event> expected;
    for (const QString &file : {u"single.json"_s, u"windows-zones.json"_s, u"dst.json"_s, u"recurring.json"_s})
        expected << fixtureEvents(file, kOwn);
    expected << fixtureEvents(u"all-day.json"_s, kShared);
    QCOMPARE(store.eventCount(), expected.size());
    QCOMPARE(all.size(), expected.size());
    for (const Event &event : std::as_const(expected)) {
        const std::optional<Event> stored = store.event(event.calendarId, event.id);
        QVERIFY2(stored, qPrintable(event.id));
        QCOMPARE(*stored, event);
    }
    QVERIFY(!store.event(kShared, u"AAMkAGI2TGuLAAA=single"_s)); // ids are per calendar
}

void TestCalendarStore::rangeQueries_data()
{
    QTest::addColumn<CalendarRange>("range");
    QTest::addColumn<QStringList>("expected");

    const QTimeZone ny("America/New_York");
    QTest::newRow("day in New York") << CalendarRange::day(QDate(2026, 11, 24), ny)
                                     << QStringList{u"evt-utc-offset"_s, u"AAMkAGI2TGuLAAA=single"_s,   u"evt-custom"_s,
                                                    u"evt-fraction"_s,   u"AAMkAGI2TGuLAAA=inperson"_s, u"evt-pst"_s,
                                                    u"evt-tokyo"_s};
    // The all-day event of 28 Nov is found on 28 Nov wherever the viewer is, and only then.
    QTest::newRow("28 Nov in Honolulu") << CalendarRange::day(QDate(2026, 11, 28), QTimeZone("Pacific/Honolulu"))
                                        << QStringList{u"evt-allday-utc"_s};
    QTest::newRow("27 Nov in Honolulu") << CalendarRange::day(QDate(2026, 11, 27), QTimeZone("Pacific/Honolulu"))
                                        << QStringList{};
    QTest::newRow("28 Nov in Kiritimati")
        << CalendarRange::day(QDate(2026, 11, 28), QTimeZone("Pacific/Kiritimati")) << QStringList{u"evt-allday-utc"_s};
    QTest::newRow("29 Nov in Kiritimati")
        << CalendarRange::day(QDate(2026, 11, 29), QTimeZone("Pacific/Kiritimati")) << QStringList{};
    // A long event is found in the middle of its span (the index scan's lower bound).
    QTest::newRow("inside a multi-day event")
        << CalendarRange::day(QDate(2026, 3, 8), QTimeZone("America/Los_Angeles"))
        << QStringList{u"evt-multiday-dst"_s, u"evt-allday-dst"_s, u"evt-dst-gap"_s};
    QTest::newRow("over new year") << CalendarRange::week(QDate(2027, 1, 1), Qt::Monday, QTimeZone("Europe/Berlin"))
                                   << QStringList{u"evt-allday-newyear"_s};
    QTest::newRow("recurring week") << CalendarRange::week(QDate(2026, 12, 8), Qt::Monday, QTimeZone::utc())
                                    << QStringList{u"evt-exc-1"_s};
}

void TestCalendarStore::rangeQueries()
{
    QFETCH(CalendarRange, range);
    QFETCH(QStringList, expected);

    CalendarStore store(path(), &m_clock);
    store.open();
    fillFromFixtures(store);
    const QList<Event> events = store.events(range);
    QCOMPARE(ids(events), expected);
    for (const Event &event : events)
        QVERIFY(range.intersects(event));
}

void TestCalendarStore::eventsBetweenUsesStoredInstants()
{
    CalendarStore store(path(), &m_clock);
    store.open();
    fillFromFixtures(store);
    QCOMPARE(ids(store.eventsBetween(utc(2026, 11, 24, 9), utc(2026, 11, 24, 9, 30), {kOwn})),
             (QStringList{u"evt-utc-offset"_s, u"AAMkAGI2TGuLAAA=single"_s, u"evt-custom"_s}));
    QCOMPARE(ids(store.eventsBetween(utc(2026, 11, 24, 9, 30), utc(2026, 11, 24, 9, 31), {kOwn})),
             (QStringList{u"evt-utc-offset"_s, u"evt-custom"_s}));
    QVERIFY(store.eventsBetween(QDateTime(), utc(2026, 1, 1)).isEmpty());
}

void TestCalendarStore::deltaRound()
{
    CalendarStore store(path(), &m_clock);
    store.open();
    fillFromFixtures(store);
    const QDateTime from = utc(2026, 11, 23);
    const QDateTime to = utc(2026, 12, 21);
    QCOMPARE(store.deltaLink(kOwn, from, to), QString());

    const QJsonObject page = Test::readJsonFixture(u"calendar/events/delta.json"_s).object();
    CalendarChangeSet delta;
    delta.calendarId = kOwn;
    delta.windowStartUtc = from;
    delta.windowEndUtc = to;
    delta.deltaLink = page.value("@odata.deltaLink"_L1).toString();
    const QJsonArray items = page.value("value"_L1).toArray();
    for (const QJsonValue &item : items) {
        if (Event::isRemovedMarker(item))
            delta.removedIds << item.toObject().value("id"_L1).toString();
        else
            delta.upserts << Event::fromJson(item, kOwn);
    }
    const int before = store.eventCount(kOwn);
    QSignalSpy changed(&store, &CalendarStore::changed);
    QVERIFY(store.applyChanges(delta));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.eventCount(kOwn), before - 1);
    QVERIFY(!store.event(kOwn, u"evt-occ-2"_s));
    QCOMPARE(store.event(kOwn, u"evt-occ-1"_s)->subject, u"Weekly mentoring sync (agenda updated)"_s);
    QCOMPARE(store.event(kOwn, u"evt-occ-1"_s)->end, utc(2026, 11, 23, 10));
    QCOMPARE(store.deltaLink(kOwn, from, to), delta.deltaLink);
    QCOMPARE(store.deltaLink(kOwn, from, to.addDays(1)), QString()); // another window
    QCOMPARE(store.deltaLink(kShared, from, to), QString());

    // Removing an id that is not cached is fine (delta reports moves out of the window as removals too).
    CalendarChangeSet stray;
    stray.calendarId = kOwn;
    stray.removedIds << u"never-seen"_s;
    QVERIFY(store.applyChanges(stray));

    QVERIFY(store.clearDeltaLinks(kOwn));
    QCOMPARE(store.deltaLink(kOwn, from, to), QString());
}

void TestCalendarStore::fullLoadReplacesWindow()
{
    CalendarStore store(path(), &m_clock);
    store.open();
    fillFromFixtures(store);
    // A fresh calendarView of 23-30 Nov returns only the in-person meeting: the rest of that window is stale.
    CalendarChangeSet load;
    load.calendarId = kOwn;
    load.replacesWindow = true;
    load.windowStartUtc = utc(2026, 11, 23);
    load.windowEndUtc = utc(2026, 11, 30);
    load.upserts = {*store.event(kOwn, u"AAMkAGI2TGuLAAA=inperson"_s)};
    QVERIFY(store.applyChanges(load));
    QCOMPARE(ids(store.eventsBetween(utc(2026, 11, 23), utc(2026, 11, 30), {kOwn})),
             QStringList{u"AAMkAGI2TGuLAAA=inperson"_s});
    // Outside the window nothing changed, and other calendars were not touched.
    QVERIFY(store.event(kOwn, u"evt-occ-2"_s));
    QVERIFY(store.event(kOwn, u"evt-dst-gap"_s));
    QVERIFY(store.event(kShared, u"evt-allday-utc"_s));
}

void TestCalendarStore::changeSetsApplyInOneTransaction()
{
    CalendarStore store(path(), &m_clock);
    store.open();
    QVERIFY(store.replaceCalendars(fixtureCalendars()));
    QSignalSpy changed(&store, &CalendarStore::changed);
    const quint64 revision = store.revision();
    QVERIFY(store.applyChanges(
        {load(kOwn, fixtureEvents(u"single.json"_s, kOwn)), load(kShared, fixtureEvents(u"all-day.json"_s, kShared))}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.revision(), revision + 1);
    QCOMPARE(changed.at(0).at(0).toULongLong(), revision + 1);
    QCOMPARE(store.eventCount(), 6);
    // Invalid events are skipped, not stored.
    Event broken;
    broken.id = u"broken"_s;
    QTest::ignoreMessage(QtWarningMsg, "Skipping an event without id or times");
    QVERIFY(store.applyChanges(load(kOwn, {broken})));
    QCOMPARE(store.eventCount(), 6);
}

void TestCalendarStore::changedSaysWhatWasWritten()
{
    CalendarStore store(path(), &m_clock);
    QSignalSpy changed(&store, &CalendarStore::changed);
    const auto last = [&changed] {
        return changed.last().at(1).value<CalendarStoreChange>();
    };
    store.open();
    QCOMPARE(changed.size(), 1);
    QVERIFY(last().isEverything());
    fillFromFixtures(store);
    changed.clear();

    // The same calendar list again (every refresh reads it): nothing for the views.
    QVERIFY(store.replaceCalendars(fixtureCalendars()));
    QCOMPARE(changed.size(), 1);
    QVERIFY(last().isEmpty());

    // New events: their calendar and the span they cover.
    Event march = store.eventsBetween(utc(2026, 11, 24), utc(2026, 11, 25), {kOwn}).value(0);
    QVERIFY(march.isValid() && !march.isAllDay);
    march.id = u"march"_s;
    march.start = utc(2027, 3, 10, 9);
    march.end = utc(2027, 3, 10, 10);
    Event april = march;
    april.id = u"april"_s;
    april.start = utc(2027, 4, 2, 9);
    april.end = utc(2027, 4, 2, 11);
    QVERIFY(store.applyChanges(load(kOwn, {march, april})));
    QCOMPARE(last().calendarIds(), QStringList{kOwn});
    QCOMPARE(last().startUtc(), march.start);
    QCOMPARE(last().endUtc(), april.end);
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(!last().affects(CalendarRange::month(QDate(2026, 11, 24), Qt::Monday, berlin)));
    QVERIFY(last().affects(CalendarRange::month(QDate(2027, 3, 1), Qt::Monday, berlin)));
    QVERIFY(!last().affects(CalendarRange::month(QDate(2027, 3, 1), Qt::Monday, berlin), {kShared}));

    // The same events again (a refresh that found nothing new): nothing written.
    QVERIFY(store.applyChanges(load(kOwn, {march, april})));
    QVERIFY(last().isEmpty());

    // An event that moves: where it was and where it is now.
    april.start = utc(2027, 5, 20, 9);
    april.end = utc(2027, 5, 20, 10);
    QVERIFY(store.applyChanges(load(kOwn, {april})));
    QCOMPARE(last().startUtc(), utc(2027, 4, 2, 9));
    QCOMPARE(last().endUtc(), utc(2027, 5, 20, 10));
    QVERIFY(last().affects(CalendarRange::month(QDate(2027, 4, 1), Qt::Monday, berlin)));

    // A removal: where the event was. An unknown id: nothing.
    CalendarChangeSet removal;
    removal.calendarId = kOwn;
    removal.removedIds = {u"march"_s, u"never-seen"_s};
    QVERIFY(store.applyChanges(removal));
    QCOMPARE(last().startUtc(), march.start);
    QCOMPARE(last().endUtc(), march.end);

    // A full load of a window: the stale events it deletes.
    CalendarChangeSet window;
    window.calendarId = kOwn;
    window.replacesWindow = true;
    window.windowStartUtc = utc(2027, 5, 1);
    window.windowEndUtc = utc(2027, 6, 1);
    QVERIFY(store.applyChanges(window));
    QCOMPARE(last().startUtc(), april.start);
    QCOMPARE(last().endUtc(), april.end);
    QVERIFY(!store.event(kOwn, u"april"_s));

    // Only a new delta link and "last updated": no event changed.
    CalendarChangeSet link;
    link.calendarId = kOwn;
    link.windowStartUtc = utc(2027, 5, 1);
    link.windowEndUtc = utc(2027, 6, 1);
    link.deltaLink = u"https://graph.microsoft.com/v1.0/me/calendarView/delta?$deltatoken=x"_s;
    QVERIFY(store.applyChanges(link));
    QVERIFY(last().isEmpty());

    // Visibility: every time of that calendar, not the others.
    QVERIFY(store.setCalendarVisible(kShared, false));
    QVERIFY(last().isUnbounded() && !last().isEverything());
    QCOMPARE(last().calendarIds(), QStringList{kShared});
    QVERIFY(last().affects(CalendarRange::month(QDate(2030, 1, 1), Qt::Monday, berlin)));
    QVERIFY(!last().affects(CalendarRange::month(QDate(2030, 1, 1), Qt::Monday, berlin), {kOwn}));

    // A calendar list that differs: everything.
    QList<Calendar> fewer = fixtureCalendars();
    fewer.removeLast();
    QVERIFY(store.replaceCalendars(fewer));
    QVERIFY(last().isEverything());
}

void TestCalendarStore::lastUpdated()
{
    CalendarStore store(path(), &m_clock);
    store.open();
    QVERIFY(store.replaceCalendars(fixtureCalendars()));
    QVERIFY(!store.lastUpdated(kOwn).isValid());
    QVERIFY(!store.lastUpdated().isValid());

    for (const Calendar &calendar : fixtureCalendars()) {
        QVERIFY(store.applyChanges(load(calendar.id, {})));
        m_clock.advance(60);
    }
    QCOMPARE(store.lastUpdated(kOwn), utc(2026, 11, 24, 12));
    QCOMPARE(store.lastUpdated(), utc(2026, 11, 24, 12)); // the stalest visible one
    QVERIFY(store.setCalendarVisible(kOwn, false));
    QCOMPARE(store.lastUpdated(), utc(2026, 11, 24, 12, 1));

    // A partial page does not count as "updated".
    CalendarChangeSet page = load(kShared, {});
    page.markUpdated = false;
    QVERIFY(store.applyChanges(page));
    QCOMPARE(store.lastUpdated(kShared), utc(2026, 11, 24, 12, 2));
}

void TestCalendarStore::seriesEvents()
{
    CalendarStore store(path(), &m_clock);
    store.open();
    fillFromFixtures(store);
    QCOMPARE(ids(store.seriesEvents(u"evt-master-weekly"_s)),
             (QStringList{u"evt-occ-1"_s, u"evt-occ-2"_s, u"evt-exc-1"_s, u"evt-occ-cancelled"_s}));
    QVERIFY(store.seriesEvents(QString()).isEmpty());
}

void TestCalendarStore::migratesV1()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1-writer"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        const QString script = QString::fromUtf8(Test::readFixture(u"calendar/cache-v1.sql"_s));
        const QStringList statements = script.split(QRegularExpression(u";\\s*\\n"_s), Qt::SkipEmptyParts);
        for (QString statement : statements) {
            statement.remove(QRegularExpression(u"^--[^\\n]*\\n"_s, QRegularExpression::MultilineOption));
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1-writer"_s);

    CalendarStore store(path(), &m_clock);
    QCOMPARE(store.open(), CalendarStore::OpenStatus::Migrated);
    QCOMPARE(store.schemaVersion(), 2);
    // The v1 data survived.
    QCOMPARE(store.calendars().size(), 2);
    QCOMPARE(store.calendar(u"cal-ana"_s)->kind, Calendar::Kind::SharedReadOnly);
    QVERIFY(!store.isCalendarVisible(u"cal-ana"_s));
    QCOMPARE(store.lastUpdated(u"cal-own"_s), QDateTime::fromMSecsSinceEpoch(1795500000000, QTimeZone::utc()));
    const QList<Event> week = store.events(CalendarRange::week(QDate(2026, 11, 24), Qt::Monday, QTimeZone::utc()),
                                           {u"cal-own"_s, u"cal-ana"_s});
    QCOMPARE(ids(week), (QStringList{u"v1-occurrence"_s, u"v1-single"_s, u"v1-allday"_s}));
    QVERIFY(week.at(1).hasJoinUrl());
    QCOMPARE(week.at(2).startDate, QDate(2026, 11, 28));
    // What v2 added works on the migrated file.
    QCOMPARE(ids(store.seriesEvents(u"v1-master"_s)), QStringList{u"v1-occurrence"_s});
    CalendarChangeSet delta;
    delta.calendarId = u"cal-own"_s;
    delta.windowStartUtc = utc(2026, 11, 23);
    delta.windowEndUtc = utc(2026, 11, 30);
    delta.deltaLink = u"https://graph.microsoft.com/v1.0/me/calendarView/delta?$deltatoken=v2"_s;
    QVERIFY(store.applyChanges(delta));
    QCOMPARE(store.deltaLink(u"cal-own"_s, delta.windowStartUtc, delta.windowEndUtc), delta.deltaLink);
    store.close();
    CalendarStore again(path(), &m_clock);
    QCOMPARE(again.open(), CalendarStore::OpenStatus::Opened);
}

void TestCalendarStore::recoversUnusableFiles_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<CalendarStore::OpenStatus>("status");

    QTest::newRow("garbage bytes") << u"garbage"_s << CalendarStore::OpenStatus::Recovered;
    QTest::newRow("text file") << u"text"_s << CalendarStore::OpenStatus::Recovered;
    QTest::newRow("truncated database") << u"truncate"_s << CalendarStore::OpenStatus::Recovered;
    QTest::newRow("damaged pages") << u"scribble"_s << CalendarStore::OpenStatus::Recovered;
    QTest::newRow("newer schema") << u"newer"_s << CalendarStore::OpenStatus::Recovered;
    QTest::newRow("foreign database") << u"foreign"_s << CalendarStore::OpenStatus::Recovered;
    QTest::newRow("empty file") << u"empty"_s << CalendarStore::OpenStatus::Created;
}

void TestCalendarStore::recoversUnusableFiles()
{
    QFETCH(QString, damage);
    QFETCH(CalendarStore::OpenStatus, status);

    // A real cache with enough events to span many pages.
    {
        CalendarStore store(path(), &m_clock);
        store.open();
        fillFromFixtures(store);
        QList<Event> many;
        const Event model = *store.event(kOwn, u"AAMkAGI2TGuLAAA=single"_s);
        for (int i = 0; i < 300; ++i) {
            Event event = model;
            event.id = u"bulk-%1"_s.arg(i);
            event.start = event.start.addSecs(i * 3600);
            event.end = event.end.addSecs(i * 3600);
            many << event;
        }
        QVERIFY(store.applyChanges(load(kOwn, many)));
    }
    QFile file(path());
    const qint64 size = file.size();
    QVERIFY(size > 64 * 1024);
    if (damage == "garbage"_L1) {
        writeFile(path(), randomBytes(8192));
    } else if (damage == "text"_L1) {
        writeFile(path(), "{\"this\": \"is not a database\"}\n");
    } else if (damage == "truncate"_L1) {
        QVERIFY(file.resize(size / 2));
    } else if (damage == "scribble"_L1) {
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096)); // keep the header, destroy the pages after it
        file.write(randomBytes(16384));
        file.close();
    } else if (damage == "newer"_L1) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"bump"_s);
    } else if (damage == "foreign"_L1) {
        QVERIFY(QFile::remove(path()));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"CREATE TABLE notes (text TEXT)"_s);
        QSqlQuery(db).exec(u"PRAGMA user_version = 1"_s);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"foreign"_s);
    } else if (damage == "empty"_L1) {
        writeFile(path(), QByteArray());
    }

    if (status == CalendarStore::OpenStatus::Recovered)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"rebuilding"_s));
    if (status == CalendarStore::OpenStatus::Recovered) // and the reason, logged once
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Calendar cache"_s));
    CalendarStore store(path(), &m_clock);
    QSignalSpy recovered(&store, &CalendarStore::recovered);
    QCOMPARE(store.open(), status);
    QCOMPARE(recovered.size(), status == CalendarStore::OpenStatus::Recovered ? 1 : 0);
    // A usable, empty cache.
    QVERIFY(store.isOpen());
    QCOMPARE(store.schemaVersion(), 2);
    QCOMPARE(store.eventCount(), 0);
    fillFromFixtures(store);
    QVERIFY(store.eventCount() > 0);
    QCOMPARE(recovered.size(), status == CalendarStore::OpenStatus::Recovered ? 1 : 0); // and only once
}

void TestCalendarStore::recoversCorruptionFoundLater()
{
    CalendarStore store(path(), &m_clock);
    store.open();
    fillFromFixtures(store);
    store.close();
    // Damaged between sessions in a way the header check misses; reopen sees it during quick_check, and a store
    // that is already open sees it at its next statement.
    QVERIFY(store.open() == CalendarStore::OpenStatus::Opened);
    QSignalSpy recovered(&store, &CalendarStore::recovered);
    QSignalSpy changed(&store, &CalendarStore::changed);
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(randomBytes(int(file.size())));
        // Also invalidate the WAL index, so SQLite drops its page cache and reads the damaged file again.
        QFile shm(path() + u"-shm"_s);
        QVERIFY(shm.open(QIODevice::ReadWrite));
        shm.write(QByteArray(int(shm.size()), '\0'));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Calendar cache .* failed"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"rebuilding"_s));
    const QList<Event> events = store.events(CalendarRange::month(QDate(2026, 11, 1), Qt::Monday, QTimeZone::utc()));
    QVERIFY(events.isEmpty());
    QCOMPARE(recovered.size(), 1);
    QVERIFY(changed.size() >= 1);
    QVERIFY(store.isOpen());
    QCOMPARE(store.eventCount(), 0);
    fillFromFixtures(store);
    QVERIFY(store.eventCount() > 0);
}

void TestCalendarStore::failsCleanlyWhenPathIsUnusable()
{
    writeFile(m_dir->filePath(u"a-file"_s), "x");
    CalendarStore store(m_dir->filePath(u"a-file/sub/calendar.sqlite"_s), &m_clock);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot create the calendar cache folder"_s));
    QCOMPARE(store.open(), CalendarStore::OpenStatus::Failed);
    QVERIFY(!store.isOpen());
    QVERIFY(store.calendars().isEmpty());
    QVERIFY(store.events(CalendarRange::day(QDate(2026, 11, 24), QTimeZone::utc())).isEmpty());
    QVERIFY(!store.applyChanges(load(kOwn, {})));
    QCOMPARE(store.schemaVersion(), 0);

    CalendarStore empty(QString(), &m_clock);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot create the calendar cache folder"_s));
    QCOMPARE(empty.open(), CalendarStore::OpenStatus::Failed);
}

void TestCalendarStore::busyFileIsNeverDeleted()
{
    // Another connection (another MentorDesk, a backup tool) made this file, in rollback-journal mode, and holds
    // an exclusive lock with a write in progress while the store opens it.
    const auto removeConnection = qScopeGuard([] { QSqlDatabase::removeDatabase(u"check"_s); });
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    {
        Test::SqliteWriteLock other(path(), {u"CREATE TABLE marker (value TEXT)"_s},
                                    {u"INSERT INTO marker VALUES ('still here')"_s});
        QVERIFY2(other.isHeld(), qPrintable(other.errorString()));
        {
            CalendarStore store(path(), &m_clock);
            QSignalSpy recovered(&store, &CalendarStore::recovered);
            const CalendarStore::OpenStatus status = store.open();
            QCOMPARE(status, CalendarStore::OpenStatus::Busy);
            QVERIFY(!store.isOpen());
            QCOMPARE(recovered.size(), 0);
            QVERIFY(QFile::exists(path()));
            QVERIFY(store.calendars().isEmpty()); // closed: answers nothing, touches nothing
        }
        QVERIFY(other.release(true));
    }
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        check.setDatabaseName(path());
        QVERIFY(check.open());
        QSqlQuery query(check);
        QVERIFY2(query.exec(u"SELECT value FROM marker"_s), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"still here"_s);
        query.finish();
        check.close();
    }
}

void TestCalendarStore::deleteAllRemovesTheFiles()
{
    CalendarStore store(path(), &m_clock);
    store.open();
    fillFromFixtures(store);
    QVERIFY(QFile::exists(path()));
    QSignalSpy changed(&store, &CalendarStore::changed);
    QVERIFY(store.deleteAll());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!store.isOpen());
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QVERIFY(!QFile::exists(path() + suffix));
    QVERIFY(!QDir(QFileInfo(path()).absolutePath()).exists()); // the empty account folder too
    QVERIFY(store.calendars().isEmpty());
    // Signing in again starts from scratch.
    QCOMPARE(store.open(), CalendarStore::OpenStatus::Created);
    QCOMPARE(store.eventCount(), 0);
}

void TestCalendarStore::independentConnections()
{
    auto first = std::make_unique<CalendarStore>(path(), &m_clock);
    CalendarStore second(m_dir->filePath(u"accounts/other/calendar.sqlite"_s), &m_clock);
    first->open();
    second.open();
    QCOMPARE(QSqlDatabase::connectionNames().size(), 2);
    fillFromFixtures(*first);
    QCOMPARE(second.eventCount(), 0);
    first.reset();
    QCOMPARE(QSqlDatabase::connectionNames().size(), 1);
    QVERIFY(second.replaceCalendars(fixtureCalendars()));
    QCOMPARE(second.calendars().size(), 5);
    // Two stores on the same file (e.g. a second window) see each other's writes.
    CalendarStore third(m_dir->filePath(u"accounts/other/calendar.sqlite"_s), &m_clock);
    QCOMPARE(third.open(), CalendarStore::OpenStatus::Opened);
    QCOMPARE(third.calendars().size(), 5);
}

void TestCalendarStore::parsedEventsFollowOtherConnections()
{
    CalendarStore first(path(), &m_clock);
    first.open();
    fillFromFixtures(first);
    const QList<Event> before = first.eventsBetween(utc(2000, 1, 1), utc(2100, 1, 1), {kOwn});
    QVERIFY(!before.isEmpty());
    Event renamed = before.first();
    renamed.subject = u"Renamed in another window"_s;
    {
        // A second MentorDesk on the same file writes: the first one's parsed events are stale now.
        CalendarStore second(path(), &m_clock);
        QCOMPARE(second.open(), CalendarStore::OpenStatus::Opened);
        QVERIFY(second.applyChanges(load(kOwn, {renamed})));
    }
    QCOMPARE(first.event(kOwn, renamed.id)->subject, renamed.subject);
    const QList<Event> after = first.eventsBetween(utc(2000, 1, 1), utc(2100, 1, 1), {kOwn});
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.first().subject, renamed.subject);
}

int main(int argc, char *argv[])
{
    MentorDesk::Test::pinMachineTimeZone("America/New_York");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"MentorDesk"_s);
    TestCalendarStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_calendarstore.moc"
