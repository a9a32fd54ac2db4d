// EventListModel and CalendarListModel over several accounts (CalendarSource): two real CalendarStores (SQLite in a
// temporary folder) whose calendars have equal ids, as two Microsoft 365 accounts may.
#include "core/calendar/CalendarListModel.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/EventChangeRule.h"
#include "core/calendar/EventListModel.h"
#include "core/common/Clock.h"
#include "core/model/GraphTime.h"
#include "support/Platform.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

// Equal in both accounts: Graph ids are unique per mailbox only.
const QString kCalendar = u"AAMkADCalendar="_s;
const QString kSharedEventId = u"AAMkADEvent1="_s;
const QString kHolidays = u"AAMkADHolidays="_s;
const QString kAlex = u"alex-key"_s;
const QString kSam = u"sam-key"_s;
const QString kAlexName = u"Alex Mentor (alex@contoso.example)"_s;
const QString kSamName = u"Sam Rivera (sam@northwind.example)"_s;

Calendar calendar(const QString &id, const QString &name, bool canEdit, const QString &owner)
{
    Calendar c;
    c.id = id;
    c.name = name;
    c.canEdit = canEdit;
    c.kind = Calendar::Kind::Own;
    c.isDefaultCalendar = id == kCalendar;
    c.owner.address = owner;
    return c;
}

Event makeEvent(const QString &id, const QString &calendarId, const QString &subject, QDate date, QTime start)
{
    Event e;
    e.id = id;
    e.calendarId = calendarId;
    e.subject = subject;
    e.start = GraphTime::utc(date, start);
    e.end = e.start.addSecs(3600);
    e.isOrganizer = true;
    return e;
}

CalendarChangeSet upserts(const QString &calendarId, const QList<Event> &events)
{
    CalendarChangeSet set;
    set.calendarId = calendarId;
    set.upserts = events;
    return set;
}

QStringList subjects(const EventListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row).data(EventListModel::SubjectRole).toString();
    return result;
}

} // namespace

class TestCalendarSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mergedRows_data();
    void mergedRows();
    void calendarOfLooksInTheEventsAccount();
    void storeChangesOfEitherAccount_data();
    void storeChangesOfEitherAccount();
    void oneStoreKeepsTodaysShape();
    void calendarListIsGroupedByAccount();
    void calendarListKeepsItsRowsWhenOnlyEventsChange_data();
    void calendarListKeepsItsRowsWhenOnlyEventsChange();
    void hidingACalendarHidesOnlyThatAccountsEvents_data();
    void hidingACalendarHidesOnlyThatAccountsEvents();
    void setSourcesSwitchesAccounts();

private:
    QList<CalendarSource> sources(bool alexFirst = true) const
    {
        const CalendarSource alex{m_alex.get(), nullptr, kAlex, kAlexName};
        const CalendarSource sam{m_sam.get(), nullptr, kSam, kSamName};
        return alexFirst ? QList<CalendarSource>{alex, sam} : QList<CalendarSource>{sam, alex};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CalendarStore> m_alex;
    std::unique_ptr<CalendarStore> m_sam;
    ManualClock m_clock{GraphTime::utc(QDate(2026, 11, 24), QTime(12, 0))};
    const CalendarRange m_week = CalendarRange::week(QDate(2026, 11, 24), Qt::Monday, QTimeZone::utc());
};

void TestCalendarSources::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_alex = std::make_unique<CalendarStore>(m_dir->filePath(u"alex/calendar.sqlite"_s), &m_clock);
    m_sam = std::make_unique<CalendarStore>(m_dir->filePath(u"sam/calendar.sqlite"_s), &m_clock);
    QVERIFY(QDir(m_dir->path()).mkpath(u"alex"_s));
    QVERIFY(QDir(m_dir->path()).mkpath(u"sam"_s));
    QCOMPARE(m_alex->open(), CalendarStore::OpenStatus::Created);
    QCOMPARE(m_sam->open(), CalendarStore::OpenStatus::Created);

    // Alex may change events in "Calendar"; Sam's calendar with the same id is read-only for MentorDesk.
    QVERIFY(m_alex->replaceCalendars({calendar(kCalendar, u"Calendar"_s, true, u"alex@contoso.example"_s)}));
    QVERIFY(m_sam->replaceCalendars({calendar(kCalendar, u"Kalender"_s, false, u"sam@northwind.example"_s),
                                     calendar(kHolidays, u"Holidays"_s, true, u"sam@northwind.example"_s)}));
    const QDate monday(2026, 11, 23);
    QVERIFY(m_alex->applyChanges(
        upserts(kCalendar,
                {makeEvent(kSharedEventId, kCalendar, u"Alex: planning"_s, monday.addDays(1), QTime(9, 0)),
                 makeEvent(u"AAMkADEvent2="_s, kCalendar, u"Alex: lunch"_s, monday.addDays(2), QTime(12, 0))})));
    QVERIFY(m_sam->applyChanges(
        {upserts(kCalendar,
                 {makeEvent(kSharedEventId, kCalendar, u"Sam: planning"_s, monday.addDays(1), QTime(9, 0)),
                  makeEvent(u"AAMkADEvent3="_s, kCalendar, u"Sam: early"_s, monday, QTime(8, 0))}),
         upserts(kHolidays,
                 {makeEvent(u"AAMkADEvent4="_s, kHolidays, u"Sam: holidays"_s, monday.addDays(3), QTime(10, 0))})}));
}

void TestCalendarSources::cleanup()
{
    m_alex.reset();
    m_sam.reset();
    m_dir.reset();
}

void TestCalendarSources::mergedRows_data()
{
    QTest::addColumn<bool>("alexFirst");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("accounts");
    // The two 09:00 meetings tie on start and end: the sources' order decides, every time.
    QTest::newRow("Alex, then Sam") << true
                                    << QStringList{u"Sam: early"_s, u"Alex: planning"_s, u"Sam: planning"_s,
                                                   u"Alex: lunch"_s, u"Sam: holidays"_s}
                                    << QStringList{kSam, kAlex, kSam, kAlex, kSam};
    QTest::newRow("Sam, then Alex") << false
                                    << QStringList{u"Sam: early"_s, u"Sam: planning"_s, u"Alex: planning"_s,
                                                   u"Alex: lunch"_s, u"Sam: holidays"_s}
                                    << QStringList{kSam, kSam, kAlex, kAlex, kSam};
}

void TestCalendarSources::mergedRows()
{
    QFETCH(bool, alexFirst);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, accounts);
    EventListModel model(sources(alexFirst));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRange(m_week);
    QCOMPARE(subjects(model), expected);
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        keys << model.eventAt(row).accountKey;
        QCOMPARE(model.index(row).data(EventListModel::AccountKeyRole).toString(), model.eventAt(row).accountKey);
        QCOMPARE(model.index(row).data(EventListModel::AccountNameRole).toString(),
                 model.eventAt(row).accountKey == kAlex ? kAlexName : kSamName);
    }
    QCOMPARE(keys, accounts);
    // A reload gives the same order.
    model.reload();
    QCOMPARE(subjects(model), expected);
    QCOMPARE(model.roleNames().value(EventListModel::AccountKeyRole), QByteArray("accountKey"));
    QCOMPARE(model.roleNames().value(EventListModel::AccountNameRole), QByteArray("accountName"));
}

void TestCalendarSources::calendarOfLooksInTheEventsAccount()
{
    EventListModel model(sources());
    model.setRange(m_week);
    const int alexRow = model.rowOf(kCalendar, kSharedEventId, kAlex);
    const int samRow = model.rowOf(kCalendar, kSharedEventId, kSam);
    QVERIFY(alexRow >= 0);
    QVERIFY(samRow >= 0);
    QVERIFY(alexRow != samRow);
    QCOMPARE(model.eventAt(alexRow).subject, u"Alex: planning"_s);
    QCOMPARE(model.eventAt(samRow).subject, u"Sam: planning"_s);
    QCOMPARE(model.rowOf(kCalendar, kSharedEventId), alexRow); // no account: the first
    QCOMPARE(model.rowOf(kCalendar, kSharedEventId, u"nobody"_s), -1);

    const Event alexEvent = model.eventAt(alexRow);
    const Event samEvent = model.eventAt(samRow);
    QCOMPARE(model.calendarOf(alexEvent).name, u"Calendar"_s);
    QCOMPARE(model.calendarOf(samEvent).name, u"Kalender"_s);
    QCOMPARE(model.index(alexRow).data(EventListModel::CalendarNameRole).toString(), u"Calendar"_s);
    QCOMPARE(model.index(samRow).data(EventListModel::CalendarNameRole).toString(), u"Kalender"_s);
    QCOMPARE(model.index(alexRow).data(EventListModel::IsReadOnlyRole).toBool(), false);
    QCOMPARE(model.index(samRow).data(EventListModel::IsReadOnlyRole).toBool(), true);
    // What the page asks before offering Move: the event's own account's calendar answers.
    QVERIFY(EventChangeRule(alexEvent, model.calendarOf(alexEvent)).allows(EventChangeRule::Change::Move));
    QVERIFY(!EventChangeRule(samEvent, model.calendarOf(samEvent)).allows(EventChangeRule::Change::Move));
    QCOMPARE(model.storeOf(kSam), m_sam.get());
    QCOMPARE(model.accountName(kAlex), kAlexName);
}

void TestCalendarSources::storeChangesOfEitherAccount_data()
{
    QTest::addColumn<bool>("inSam");
    QTest::addColumn<int>("dayOffset"); // from Monday of the week shown
    QTest::addColumn<bool>("resets");
    QTest::newRow("Alex, this week") << false << 4 << true;
    QTest::newRow("Sam, this week") << true << 4 << true;
    QTest::newRow("Alex, next month") << false << 40 << false;
    QTest::newRow("Sam, next month") << true << 40 << false;
}

void TestCalendarSources::storeChangesOfEitherAccount()
{
    QFETCH(bool, inSam);
    QFETCH(int, dayOffset);
    QFETCH(bool, resets);
    EventListModel model(sources());
    model.setRange(m_week);
    const int before = model.rowCount();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    CalendarStore *store = inSam ? m_sam.get() : m_alex.get();
    QVERIFY(store->applyChanges(upserts(
        kCalendar,
        {makeEvent(u"AAMkADNew="_s, kCalendar, u"New"_s, QDate(2026, 11, 23).addDays(dayOffset), QTime(15, 0))})));
    QCOMPARE(reset.count(), resets ? 1 : 0);
    QCOMPARE(model.rowCount(), before + (resets ? 1 : 0));
    if (resets) {
        const int row = model.rowOf(kCalendar, u"AAMkADNew="_s);
        QVERIFY(row >= 0);
        QCOMPARE(model.eventAt(row).accountKey, inSam ? kSam : kAlex);
    }
}

void TestCalendarSources::oneStoreKeepsTodaysShape()
{
    EventListModel events(m_sam.get());
    events.setRange(m_week);
    QCOMPARE(events.rowCount(), 3);
    for (const Event &e : events.events())
        QVERIFY(e.accountKey.isEmpty());
    QCOMPARE(events.calendarOf(events.eventAt(0)).name, u"Kalender"_s);
    CalendarListModel calendars(m_sam.get());
    QCOMPARE(calendars.rowCount(), 2); // no header with one account
    QCOMPARE(calendars.index(0).data(Qt::DisplayRole).toString(), u"Kalender"_s);
    QCOMPARE(calendars.index(0).data(CalendarListModel::IsAccountHeaderRole).toBool(), false);
    QVERIFY(calendars.flags(calendars.index(0)).testFlag(Qt::ItemIsUserCheckable));
    // One named source: still no header.
    CalendarListModel named({CalendarSource{m_sam.get(), nullptr, kSam, kSamName}});
    QCOMPARE(named.rowCount(), 2);
}

void TestCalendarSources::calendarListIsGroupedByAccount()
{
    CalendarListModel model(sources());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        rows << (index.data(CalendarListModel::IsAccountHeaderRole).toBool() ? u"# "_s : u"  "_s)
                + index.data(Qt::DisplayRole).toString();
    }
    QCOMPARE(rows,
             (QStringList{u"# "_s + kAlexName, u"  Calendar"_s, u"# "_s + kSamName, u"  Kalender"_s, u"  Holidays"_s}));
    QCOMPARE(model.calendars().size(), 3);

    const QModelIndex header = model.index(2);
    QVERIFY(model.isAccountHeader(2));
    QCOMPARE(header.data(CalendarListModel::AccountKeyRole).toString(), kSam);
    QCOMPARE(header.data(CalendarListModel::AccountNameRole).toString(), kSamName);
    QVERIFY(!header.data(Qt::CheckStateRole).isValid());
    QVERIFY(!model.flags(header).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!model.flags(header).testFlag(Qt::ItemIsSelectable));
    QVERIFY(!model.setData(header, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model.flags(model.index(3)).testFlag(Qt::ItemIsUserCheckable));

    QCOMPARE(model.rowOf(kCalendar, kAlex), 1);
    QCOMPARE(model.rowOf(kCalendar, kSam), 3);
    QCOMPARE(model.rowOf(kCalendar), 1);
    QCOMPARE(model.rowOf(kHolidays, kAlex), -1);
    QCOMPARE(model.index(3).data(CalendarListModel::AccountKeyRole).toString(), kSam);
    QCOMPARE(model.index(3).data(CalendarListModel::IsReadOnlyRole).toBool(), true);
    QCOMPARE(model.index(1).data(CalendarListModel::IsReadOnlyRole).toBool(), false);
    QCOMPARE(model.roleNames().value(CalendarListModel::IsAccountHeaderRole), QByteArray("isAccountHeader"));
}

void TestCalendarSources::calendarListKeepsItsRowsWhenOnlyEventsChange_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("resets");
    QTest::addColumn<QStringList>("rows");
    const QStringList today{u"Calendar"_s, u"Kalender"_s, u"Holidays"_s};
    QTest::newRow("events synced") << u"events"_s << false << today;
    QTest::newRow("a calendar renamed") << u"rename"_s << false
                                        << QStringList{u"Calendar"_s, u"Kalender"_s, u"Feiertage"_s};
    QTest::newRow("a calendar added") << u"add"_s << true
                                      << QStringList{u"Calendar"_s, u"Kalender"_s, u"Holidays"_s, u"Team"_s};
    QTest::newRow("a calendar removed") << u"remove"_s << true << QStringList{u"Calendar"_s, u"Kalender"_s};
}

void TestCalendarSources::calendarListKeepsItsRowsWhenOnlyEventsChange()
{
    // A sync writes events into calendars already listed: the rows stay (so do selection, focus and scrolling) and
    // only their data changes; a different set of calendars resets the list.
    QFETCH(QString, change);
    QFETCH(bool, resets);
    QFETCH(QStringList, rows);
    CalendarListModel model(sources());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const Calendar kalender = calendar(kCalendar, u"Kalender"_s, false, u"sam@northwind.example"_s);
    const Calendar holidays = calendar(kHolidays, u"Holidays"_s, true, u"sam@northwind.example"_s);
    if (change == "events"_L1) {
        QVERIFY(m_sam->applyChanges(
            upserts(kHolidays, {makeEvent(u"AAMkADNew="_s, kHolidays, u"New"_s, QDate(2026, 11, 25), QTime(15, 0))})));
    } else if (change == "rename"_L1) {
        Calendar renamed = holidays;
        renamed.name = u"Feiertage"_s;
        QVERIFY(m_sam->replaceCalendars({kalender, renamed}));
    } else if (change == "add"_L1) {
        QVERIFY(m_sam->replaceCalendars(
            {kalender, holidays, calendar(u"AAMkADTeam="_s, u"Team"_s, true, u"sam@northwind.example"_s)}));
    } else {
        QVERIFY(m_sam->replaceCalendars({kalender}));
    }
    QCOMPARE(reset.count(), resets ? 1 : 0);
    QCOMPARE(changed.isEmpty(), resets);
    QStringList names;
    for (const Calendar &c : model.calendars())
        names << c.name;
    QCOMPARE(names, rows);
}

void TestCalendarSources::hidingACalendarHidesOnlyThatAccountsEvents_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QStringList>("remaining");
    QTest::newRow("Sam's Kalender") << kSam << QStringList{u"Alex: planning"_s, u"Alex: lunch"_s, u"Sam: holidays"_s};
    QTest::newRow("Alex's Calendar") << kAlex << QStringList{u"Sam: early"_s, u"Sam: planning"_s, u"Sam: holidays"_s};
}

void TestCalendarSources::hidingACalendarHidesOnlyThatAccountsEvents()
{
    QFETCH(QString, account);
    QFETCH(QStringList, remaining);
    CalendarListModel calendars(sources());
    EventListModel events(sources());
    events.setRange(m_week);
    QCOMPARE(events.rowCount(), 5);
    const QModelIndex index = calendars.index(calendars.rowOf(kCalendar, account));
    QVERIFY(calendars.setData(index, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    CalendarStore *hidden = account == kSam ? m_sam.get() : m_alex.get();
    CalendarStore *other = account == kSam ? m_alex.get() : m_sam.get();
    QVERIFY(!hidden->isCalendarVisible(kCalendar));
    QVERIFY(other->isCalendarVisible(kCalendar)); // the same id in the other account stays shown
    QCOMPARE(subjects(events), remaining);
    const QString otherKey = account == kSam ? kAlex : kSam;
    QCOMPARE(calendars.index(calendars.rowOf(kCalendar, otherKey)).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // And back.
    QVERIFY(calendars.setData(index, true, CalendarListModel::VisibleRole));
    QCOMPARE(events.rowCount(), 5);
}

void TestCalendarSources::setSourcesSwitchesAccounts()
{
    EventListModel events(QList<CalendarSource>{CalendarSource{m_alex.get(), nullptr, kAlex, kAlexName}});
    CalendarListModel calendars(QList<CalendarSource>{CalendarSource{m_alex.get(), nullptr, kAlex, kAlexName}});
    events.setRange(m_week);
    QCOMPARE(events.rowCount(), 2);
    QCOMPARE(calendars.rowCount(), 1);
    events.setSources(sources());
    calendars.setSources(sources());
    QCOMPARE(events.rowCount(), 5);
    QCOMPARE(calendars.rowCount(), 5);
    QCOMPARE(events.sources().size(), 2);
    // The store of an account that left no longer reaches the model.
    events.setSources({CalendarSource{m_sam.get(), nullptr, kSam, kSamName}});
    QCOMPARE(events.rowCount(), 3);
    QSignalSpy reset(&events, &QAbstractItemModel::modelReset);
    QVERIFY(m_alex->applyChanges(
        upserts(kCalendar, {makeEvent(u"AAMkADNew="_s, kCalendar, u"New"_s, QDate(2026, 11, 26), QTime(15, 0))})));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(events.rowCount(), 3);
}

int main(int argc, char *argv[])
{
    MentorDesk::Test::pinMachineTimeZone("America/Los_Angeles");
    QCoreApplication app(argc, argv);
    TestCalendarSources test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_calendarsources.moc"
