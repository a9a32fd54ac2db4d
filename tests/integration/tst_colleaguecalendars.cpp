// Colleagues' calendars opened by address (ColleagueCalendars, synced by CalendarSync) against the demo tenant over
// loopback, with the account's real files (AccountServices over a folder): a colleague who shares their calendar
// (events), one who does not (free/busy blocks from POST /me/calendar/getSchedule, labelled by status, no subjects
// where Graph gives none, and the sentence that says so), an unknown address (nothing added, a sentence), the list
// surviving a restart, removal, and the sync rounds reading the added ones with the others.
#include "core/calendar/CalendarListModel.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarSync.h"
#include "core/calendar/ColleagueCalendars.h"
#include "core/calendar/EventFormatter.h"
#include "core/common/Clock.h"
#include "core/services/AccountServices.h"
#include "support/SandboxAccount.h"
#include "support/SandboxFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QString kDomain = u"@contoso-mentoring.example"_s;

QDateTime now()
{
    return QDateTime::fromString(QLatin1StringView(SandboxFixture::kDefaultNow), Qt::ISODate);
}

CalendarRange november()
{
    return CalendarRange::month(QDate(2026, 11, 25), Qt::Monday, QTimeZone("Europe/Berlin"));
}

QJsonObject utc(const QString &dateTime)
{
    return {{u"dateTime"_s, dateTime}, {u"timeZone"_s, u"UTC"_s}};
}

ColleagueCalendars::AddResult add(ColleagueCalendars *calendars, const EmailAddress &person)
{
    QSignalSpy finished(calendars, &ColleagueCalendars::addFinished);
    calendars->add(person);
    if (!finished.wait(20000))
        return {};
    return finished.first().at(0).value<ColleagueCalendars::AddResult>();
}

GraphResult syncRound(CalendarSync *sync)
{
    QSignalSpy finished(sync, &CalendarSync::syncFinished);
    if (sync->isStarted())
        sync->refresh();
    else
        sync->start();
    if (!finished.wait(30000))
        return GraphResult::failure(GraphStatus::Timeout);
    return finished.first().at(0).value<GraphResult>();
}

// Graph requests the tenant answered whose path contains pathPart ($batch items too).
int requests(SandboxFixture &sandbox, const QString &pathPart)
{
    int count = 0;
    for (const QJsonValue &request : sandbox.state().value("graphRequests"_L1).toArray()) {
        if (request.toObject().value("path"_L1).toString().contains(pathPart))
            ++count;
    }
    return count;
}

void prepare(AccountServices *services)
{
    services->calendarSync()->setPrefetchEnabled(false);
    services->calendarSync()->setRefreshInterval(std::chrono::milliseconds(0));
    services->calendarSync()->setRange(november());
}

} // namespace

class TestColleagueCalendars : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_clock.setNowUtc(now()); }
    void sharedColleague();
    void notSharingColleague();
    void unknownAddress_data();
    void unknownAddress();
    void persistsAndRemoves();

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;
};

void TestColleagueCalendars::sharedColleague()
{
    // Priya shares her calendar. Opened by address before anything was cached, it is added and read as events; once
    // GET /me/calendars lists her shared calendar, that one shows it (no copy), and opening her again says so.
    SandboxAccount account(u"contoso"_s, m_dir.filePath(u"shared"_s), &m_clock);
    AccountServices *services = account.services();
    prepare(services);
    ColleagueCalendars *colleagues = services->colleagueCalendars();
    const EmailAddress priya{u"Priya Sharma"_s, u"priya.sharma"_s + kDomain};

    const ColleagueCalendars::AddResult added = add(colleagues, priya);
    QCOMPARE(added.outcome, ColleagueCalendars::Outcome::AddedEvents);
    QCOMPARE(added.entry.access, ColleagueCalendars::Access::Events);
    QVERIFY2(added.message.contains(u"shares their calendar with you"_s), qPrintable(added.message));
    QVERIFY(added.message.contains(u"Priya Sharma"_s));
    const QString id = ColleagueCalendars::calendarIdFor(priya.address, ColleagueCalendars::Access::Events);
    QVERIFY(services->calendarStore()->calendar(id).has_value());
    QVERIFY(services->calendarStore()->isCalendarVisible(id));
    QCOMPARE(requests(account.sandbox(), u"/users/priya.sharma"_s + kDomain + u"/calendar/calendarView"_s), 1);

    // The calendar list tells what it is.
    CalendarListModel list(services->calendarStore());
    const int row = list.rowOf(id);
    QVERIFY(row >= 0);
    QVERIFY(list.index(row).data(CalendarListModel::ToolTipTextRole).toString().contains(u"opened by address"_s));

    const GraphResult result = syncRound(services->calendarSync());
    QVERIFY2(result.isOk(), qPrintable(result.userMessage()));
    QString listedId;
    for (const Calendar &calendar : services->calendarStore()->calendars()) {
        if (!calendar.isOwn() && calendar.owner.address == priya.address)
            listedId = calendar.id;
    }
    QVERIFY(!listedId.isEmpty());
    QVERIFY(listedId != id);
    QVERIFY(!services->calendarStore()->calendar(id).has_value()); // the listed one shows her calendar
    QVERIFY(services->calendarStore()->eventCount(listedId) > 0);
    QCOMPARE(colleagues->entries().size(), 1); // kept, should she stop sharing

    colleagues->remove(priya.address);
    const ColleagueCalendars::AddResult again = add(colleagues, priya);
    QCOMPARE(again.outcome, ColleagueCalendars::Outcome::AlreadyShared);
    QVERIFY2(again.message.contains(u"in your calendar list already"_s), qPrintable(again.message));
    QVERIFY(colleagues->entries().isEmpty());
}

void TestColleagueCalendars::notSharingColleague()
{
    // Kenji shares nothing: calendarView says 403, so MentorDesk shows his free/busy from getSchedule. Graph gives no
    // subjects for him, so the blocks are labelled by their status.
    SandboxAccount account(u"contoso"_s, m_dir.filePath(u"freebusy"_s), &m_clock);
    AccountServices *services = account.services();
    prepare(services);
    const QString kenji = u"kenji.tanaka"_s + kDomain;
    struct Block
    {
        QString subject, from, to, showAs;
    };
    const QList<Block> blocks{
        {u"Team sync"_s, u"2026-11-26T01:00:00"_s, u"2026-11-26T02:00:00"_s, u"busy"_s},
        {u"Maybe lunch"_s, u"2026-11-26T03:00:00"_s, u"2026-11-26T03:30:00"_s, u"tentative"_s},
        {u"Holiday"_s, u"2026-11-27T00:00:00"_s, u"2026-11-27T08:00:00"_s, u"oof"_s},
        {u"From home"_s, u"2026-11-30T00:30:00"_s, u"2026-11-30T01:30:00"_s, u"workingElsewhere"_s},
        {u"Gym"_s, u"2026-11-30T05:00:00"_s, u"2026-11-30T06:00:00"_s, u"free"_s},
    };
    for (const Block &block : blocks) {
        const QJsonObject created = account.sandbox().mutate({{u"op"_s, u"createEvent"_s},
                                                              {u"mailbox"_s, kenji},
                                                              {u"event"_s,
                                                               QJsonObject{{u"subject"_s, block.subject},
                                                                           {u"start"_s, utc(block.from)},
                                                                           {u"end"_s, utc(block.to)},
                                                                           {u"showAs"_s, block.showAs}}}});
        QVERIFY(!created.value(u"id"_s).toString().isEmpty());
    }
    QVERIFY(syncRound(services->calendarSync()).isOk());

    const ColleagueCalendars::AddResult added
        = add(services->colleagueCalendars(), EmailAddress{u"Kenji Tanaka"_s, kenji});
    QCOMPARE(added.outcome, ColleagueCalendars::Outcome::AddedFreeBusy);
    QVERIFY2(added.message.contains(u"Kenji Tanaka has not shared their calendar with you"_s),
             qPrintable(added.message));
    QVERIFY(added.message.contains(u"busy, tentative, away or working elsewhere"_s));
    const QString id = ColleagueCalendars::calendarIdFor(kenji, ColleagueCalendars::Access::FreeBusy);
    QVERIFY(ColleagueCalendars::isFreeBusyOnly(id));

    // The sync reads it (the calendar was switched on): getSchedule for the visible window.
    const CalendarRange window = CalendarSync::syncWindowFor(november());
    QTRY_VERIFY_WITH_TIMEOUT(services->calendarStore()->eventCount(id) > 0, 20000);
    QTRY_VERIFY(!services->calendarSync()->isSyncing());
    QVERIFY(requests(account.sandbox(), u"/me/calendar/getSchedule"_s) >= 2); // the check, then the window

    QHash<QString, Event::ShowAs> seen; // by start
    for (const Event &event : services->calendarStore()->eventsBetween(window.startUtc(), window.endUtc(), {id})) {
        QVERIFY2(event.subject.isEmpty(), qPrintable(event.subject)); // Graph gives no subjects for Kenji
        QVERIFY(EventFormatter::isFreeBusyBlock(event));
        seen.insert(event.start.toString(Qt::ISODate), event.showAs);
    }
    const auto label = [&](const QString &start) {
        Event event;
        event.calendarId = id;
        event.showAs = seen.value(start, Event::ShowAs::Unknown);
        return EventFormatter::displaySubject(event, u"(no title)"_s);
    };
    QCOMPARE(label(u"2026-11-26T01:00:00Z"_s), u"Busy"_s);
    QCOMPARE(label(u"2026-11-26T03:00:00Z"_s), u"Tentative"_s);
    QCOMPARE(label(u"2026-11-27T00:00:00Z"_s), u"Away"_s);
    QCOMPARE(label(u"2026-11-30T00:30:00Z"_s), u"Working elsewhere"_s);
    QVERIFY(!seen.contains(u"2026-11-30T05:00:00Z"_s)); // free time is no block

    // Every round reads it with the others.
    const int before = requests(account.sandbox(), u"/me/calendar/getSchedule"_s);
    m_clock.setNowUtc(now().addSecs(60));
    QVERIFY(syncRound(services->calendarSync()).isOk());
    QCOMPARE(requests(account.sandbox(), u"/me/calendar/getSchedule"_s), before + 1);
    QCOMPARE(services->calendarSync()->calendarStatus(id), CalendarSync::CalendarStatus::Ok);

    // The list says how it is read.
    CalendarListModel list(services->calendarStore());
    const QString tip = list.index(list.rowOf(id)).data(CalendarListModel::ToolTipTextRole).toString();
    QVERIFY2(tip.contains(u"shows only when they are busy"_s), qPrintable(tip));
}

void TestColleagueCalendars::unknownAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<ColleagueCalendars::Outcome>("outcome");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("no such mailbox") << u"nobody"_s + kDomain << ColleagueCalendars::Outcome::NoCalendar
                                     << u"Microsoft 365 has no calendar for nobody"_s;
    QTest::newRow("not an address") << u"nobody"_s << ColleagueCalendars::Outcome::Invalid
                                    << u"is not an email address"_s;
}

void TestColleagueCalendars::unknownAddress()
{
    QFETCH(QString, address);
    QFETCH(ColleagueCalendars::Outcome, outcome);
    QFETCH(QString, sentence);
    SandboxAccount account(u"contoso"_s, m_dir.filePath(u"unknown/"_s + QString::fromLatin1(QTest::currentDataTag())),
                           &m_clock);
    AccountServices *services = account.services();
    prepare(services);
    const int calendarsBefore = int(services->calendarStore()->calendars().size());
    const ColleagueCalendars::AddResult result = add(services->colleagueCalendars(), EmailAddress{{}, address});
    QCOMPARE(result.outcome, outcome);
    QVERIFY2(result.message.contains(sentence), qPrintable(result.message));
    QVERIFY(!result.isAdded());
    QVERIFY(services->colleagueCalendars()->entries().isEmpty());
    QCOMPARE(int(services->calendarStore()->calendars().size()), calendarsBefore);
    QVERIFY(
        !QFile::exists(services->dataDirectory() + u'/' + QLatin1StringView(AccountServices::kColleagueCalendarsFile)));
}

void TestColleagueCalendars::persistsAndRemoves()
{
    const QString folder = m_dir.filePath(u"restart"_s);
    const QString kenji = u"kenji.tanaka"_s + kDomain;
    const QString freeBusyId = ColleagueCalendars::calendarIdFor(kenji, ColleagueCalendars::Access::FreeBusy);
    {
        SandboxAccount account(u"contoso"_s, folder, &m_clock);
        prepare(account.services());
        QVERIFY(syncRound(account.services()->calendarSync()).isOk());
        QVERIFY(add(account.services()->colleagueCalendars(), EmailAddress{u"Kenji Tanaka"_s, kenji}).isAdded());
        QTRY_VERIFY(!account.services()->calendarSync()->isSyncing());
    }
    // A new start over the same folder: the calendar is there before Graph answers, and is read with the others.
    SandboxAccount account(u"contoso"_s, folder, &m_clock);
    AccountServices *services = account.services();
    prepare(services);
    QCOMPARE(services->colleagueCalendars()->entries().size(), 1);
    QCOMPARE(services->colleagueCalendars()->entries().first().person, (EmailAddress{u"Kenji Tanaka"_s, kenji}));
    QCOMPARE(services->colleagueCalendars()->entries().first().access, ColleagueCalendars::Access::FreeBusy);
    QVERIFY(services->calendarStore()->calendar(freeBusyId).has_value());
    QVERIFY(syncRound(services->calendarSync()).isOk());
    QVERIFY(services->calendarStore()->calendar(freeBusyId).has_value()); // the calendar list did not drop it
    QCOMPARE(requests(account.sandbox(), u"/me/calendar/getSchedule"_s), 1);

    // Removed: gone from the list, the file and the cache, and no longer asked for.
    QVERIFY(services->colleagueCalendars()->removeCalendar(freeBusyId));
    QVERIFY(services->colleagueCalendars()->entries().isEmpty());
    QVERIFY(!services->calendarStore()->calendar(freeBusyId).has_value());
    QCOMPARE(services->calendarStore()->eventCount(freeBusyId), 0);
    QFile file(services->colleagueCalendars()->filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(file.readAll()).object().value(u"calendars"_s).toArray().isEmpty());
    m_clock.setNowUtc(now().addSecs(60));
    QVERIFY(syncRound(services->calendarSync()).isOk());
    QCOMPARE(requests(account.sandbox(), u"/me/calendar/getSchedule"_s), 1);
}

QTEST_GUILESS_MAIN(TestColleagueCalendars)
#include "tst_colleaguecalendars.moc"
