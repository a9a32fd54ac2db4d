#include "core/calendar/CalendarListModel.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/EventListModel.h"
#include "core/common/Clock.h"
#include "core/model/GraphTime.h"
#include "support/Fixtures.h"
#include "support/Platform.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

const QString kOwn = u"AAMkADJmMVAAA="_s;
const QString kShared = u"AAMkADShared1="_s;

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

CalendarChangeSet load(const QString &calendarId, const QList<Event> &events)
{
    CalendarChangeSet set;
    set.calendarId = calendarId;
    set.upserts = events;
    return set;
}

} // namespace

class TestCalendarModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eventRoles();
    void reloadsWhenTheStoreChanges();
    void writesElsewhereDoNotResetTheModel();
    void layoutsFollowTheData();
    void calendarList();
    void visibilityTogglesFilterEvents();
    void emptyAfterSignOut();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CalendarStore> m_store;
    ManualClock m_clock{GraphTime::utc(QDate(2026, 11, 24), QTime(12, 0))};
    const CalendarRange m_week = CalendarRange::week(QDate(2026, 11, 24), Qt::Monday, QTimeZone("Europe/Berlin"));
};

void TestCalendarModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<CalendarStore>(m_dir->filePath(u"calendar.sqlite"_s), &m_clock);
    QCOMPARE(m_store->open(), CalendarStore::OpenStatus::Created);
    QList<Calendar> calendars;
    const QJsonArray items = Test::readJsonFixture(u"calendar/calendars.json"_s).object().value("value"_L1).toArray();
    for (const QJsonValue &item : items)
        calendars << Calendar::fromJson(item, u"mentor@contoso.com"_s);
    QVERIFY(m_store->replaceCalendars(calendars));
    QVERIFY(m_store->applyChanges(
        {load(kOwn, fixtureEvents(u"single.json"_s, kOwn) + fixtureEvents(u"recurring.json"_s, kOwn)),
         load(kShared, fixtureEvents(u"all-day.json"_s, kShared))}));
}

void TestCalendarModels::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestCalendarModels::eventRoles()
{
    EventListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // no range yet
    model.setRange(m_week);
    QCOMPARE(model.range(), m_week);

    QStringList subjects;
    for (int row = 0; row < model.rowCount(); ++row)
        subjects << model.index(row).data(EventListModel::SubjectRole).toString();
    QCOMPARE(subjects,
             (QStringList{u"Weekly mentoring sync"_s, u"Mentoring: career plan with Jo"_s, u"Coffee with the cohort"_s,
                          u"Mentoring day"_s}));

    const QModelIndex teams = model.index(1);
    QCOMPARE(teams.data(Qt::DisplayRole).toString(), u"Mentoring: career plan with Jo"_s);
    QCOMPARE(teams.data(EventListModel::CalendarIdRole).toString(), kOwn);
    QCOMPARE(teams.data(EventListModel::StartRole).toDateTime(), GraphTime::utc(QDate(2026, 11, 24), QTime(9, 0)));
    QCOMPARE(teams.data(EventListModel::StartDateRole).toDate(), QDate(2026, 11, 24));
    QVERIFY(teams.data(EventListModel::TimeTextRole).toString().contains(u"10:00"_s)); // Berlin
    QVERIFY(teams.data(EventListModel::JoinUrlRole).toUrl().toString().startsWith(u"https://teams.microsoft.com/"_s));
    QCOMPARE(teams.data(EventListModel::OrganizerRole).toString(), u"Ana Lopez"_s);
    QCOMPARE(teams.data(EventListModel::IsReadOnlyRole).toBool(), false);
    QCOMPARE(teams.data(EventListModel::CalendarNameRole).toString(), u"Calendar"_s);
    QCOMPARE(teams.data(EventListModel::EventRole).value<Event>(), model.eventAt(1));

    const QModelIndex shared = model.index(3);
    QCOMPARE(shared.data(EventListModel::IsAllDayRole).toBool(), true);
    QCOMPARE(shared.data(EventListModel::IsReadOnlyRole).toBool(), true);
    QCOMPARE(shared.data(EventListModel::CalendarColorRole).toString(), u"#fcab73"_s);
    QCOMPARE(shared.data(EventListModel::ShowAsRole).toInt(), int(Event::ShowAs::Free));
    QCOMPARE(shared.data(EventListModel::TimeTextRole).toString(), u"All day"_s);

    QCOMPARE(model.index(0).data(EventListModel::IsRecurringRole).toBool(), true);
    QCOMPARE(model.index(0).data(EventListModel::TypeRole).toInt(), int(Event::Type::Occurrence));
    QCOMPARE(model.rowOf(kOwn, u"AAMkAGI2TGuLAAA=inperson"_s), 2);
    QCOMPARE(model.rowOf(kShared, u"AAMkAGI2TGuLAAA=inperson"_s), -1);
    QCOMPARE(model.roleNames().value(EventListModel::SubjectRole), QByteArray("subject"));
    QCOMPARE(model.roleNames().value(EventListModel::JoinUrlRole), QByteArray("joinUrl"));
    QVERIFY(!model.index(99).data().isValid());
}

void TestCalendarModels::reloadsWhenTheStoreChanges()
{
    EventListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRange(m_week);
    const int before = model.rowCount();
    const quint64 revision = model.revision();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy reloaded(&model, &EventListModel::reloaded);

    CalendarChangeSet delta;
    delta.calendarId = kOwn;
    delta.removedIds = {u"AAMkAGI2TGuLAAA=inperson"_s};
    QVERIFY(m_store->applyChanges(delta));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(reloaded.size(), 1);
    QCOMPARE(model.rowCount(), before - 1);
    QVERIFY(model.revision() > revision);
    QCOMPARE(model.rowOf(kOwn, u"AAMkAGI2TGuLAAA=inperson"_s), -1);

    // Moving on shows the next week.
    QSignalSpy rangeChanged(&model, &EventListModel::rangeChanged);
    model.setRange(m_week.next());
    QCOMPARE(rangeChanged.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(EventListModel::IdRole).toString(), u"evt-allday-noend"_s); // 30 Nov, 00:00Z
    QCOMPARE(model.index(1).data(EventListModel::IdRole).toString(), u"evt-occ-2"_s);
    model.setRange(m_week.next()); // unchanged: no reload
    QCOMPARE(rangeChanged.size(), 1);
}

void TestCalendarModels::writesElsewhereDoNotResetTheModel()
{
    // The month view of November (grid 26 Oct - 6 Dec) while the sync prefetches the next month.
    const QTimeZone berlin("Europe/Berlin");
    const CalendarRange november = CalendarRange::month(QDate(2026, 11, 24), Qt::Monday, berlin);
    EventListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRange(november);
    const int rows = model.rowCount();
    QVERIFY(rows > 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy reloaded(&model, &EventListModel::reloaded);
    // Only the shared calendar: writes to the own calendar are none of its business.
    EventListModel sharedOnly(m_store.get());
    sharedOnly.setCalendarIds({kShared});
    sharedOnly.setRange(november);
    QSignalSpy sharedReset(&sharedOnly, &QAbstractItemModel::modelReset);

    // The prefetch of December's grid (30 Nov - 3 Jan): a full calendarView load of that window. It returns the
    // cached events that the two grids share unchanged, and new ones later in December.
    const CalendarRange december = CalendarRange::month(QDate(2026, 12, 15), Qt::Monday, berlin);
    CalendarChangeSet prefetch;
    prefetch.calendarId = kOwn;
    prefetch.replacesWindow = true;
    prefetch.windowStartUtc = december.startUtc();
    prefetch.windowEndUtc = december.endUtc();
    prefetch.deltaLink = u"https://graph.microsoft.com/v1.0/me/calendarView/delta?$deltatoken=december"_s;
    prefetch.upserts = m_store->eventsBetween(december.startUtc(), december.endUtc(), {kOwn});
    QVERIFY(!prefetch.upserts.isEmpty()); // the shared week holds own events
    Event meeting = model.eventAt(1);
    QVERIFY(!meeting.isAllDay);
    for (int day = 14; day <= 16; ++day) {
        Event later = meeting;
        later.id = u"december-%1"_s.arg(day);
        later.start = GraphTime::utc(QDate(2026, 12, day), QTime(9, 0));
        later.end = later.start.addSecs(3600);
        prefetch.upserts << later;
    }
    QVERIFY(m_store->applyChanges(prefetch));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(reloaded.size(), 0);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(m_store->events(december, {kOwn}).size(), prefetch.upserts.size());

    // A change inside the visible month updates it.
    Event added = meeting;
    added.id = u"added"_s;
    added.start = GraphTime::utc(QDate(2026, 11, 26), QTime(14, 0));
    added.end = added.start.addSecs(1800);
    QVERIFY(m_store->applyChanges(load(kOwn, {added})));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), rows + 1);
    QVERIFY(model.rowOf(kOwn, u"added"_s) >= 0);

    // An event that moves out of the month (a later prefetch reads it in January) goes from it: where it was
    // changed too.
    added.start = GraphTime::utc(QDate(2027, 1, 20), QTime(14, 0));
    added.end = added.start.addSecs(1800);
    QVERIFY(m_store->applyChanges(load(kOwn, {added})));
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(model.rowOf(kOwn, u"added"_s), -1);
    QCOMPARE(sharedReset.size(), 0);

    // Showing or hiding a calendar concerns every range.
    QVERIFY(m_store->setCalendarVisible(kShared, false));
    QCOMPARE(reset.size(), 3);
    QCOMPARE(sharedReset.size(), 1);
}

void TestCalendarModels::layoutsFollowTheData()
{
    EventListModel model(m_store.get());
    model.setRange(m_week);
    const QDate tuesday(2026, 11, 24);
    QCOMPARE(model.dayLayout(tuesday).size(), 2);
    QCOMPARE(model.stripLayout().items.size(), 1);
    QCOMPARE(model.agendaLayout().size(), 3);

    // A new overlapping meeting: the cached layout is not reused.
    Event overlap = model.eventAt(1);
    overlap.id = u"overlap"_s;
    QVERIFY(m_store->applyChanges(load(kOwn, {overlap})));
    const QList<TimedLayoutItem> day = model.dayLayout(tuesday);
    QCOMPARE(day.size(), 3);
    QCOMPARE(day.at(0).columnCount, 2);

    model.setRange(CalendarRange::month(tuesday, Qt::Monday, QTimeZone("Europe/Berlin")));
    const MonthLayout month = model.monthLayout(2);
    QCOMPARE(month.weeks.size(), 6);
    QCOMPARE(month.weeks.at(4).moreCount.at(1), 2); // Tuesday: three events, one row + "+2 more"
}

void TestCalendarModels::calendarList()
{
    CalendarListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    const QModelIndex own = model.index(0);
    QCOMPARE(own.data().toString(), u"Calendar"_s);
    QCOMPARE(own.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(own.data(CalendarListModel::KindRole).toInt(), int(Calendar::Kind::Own));
    QCOMPARE(own.data(CalendarListModel::IsReadOnlyRole).toBool(), false);
    QCOMPARE(own.data(CalendarListModel::IsDefaultRole).toBool(), true);
    QCOMPARE(own.data(CalendarListModel::LastUpdatedRole).toDateTime(), m_clock.nowUtc());
    QVERIFY(own.flags() & Qt::ItemIsUserCheckable);

    const QModelIndex shared = model.index(model.rowOf(kShared));
    QCOMPARE(shared.data(CalendarListModel::OwnerNameRole).toString(), u"Ana Lopez"_s);
    QCOMPARE(shared.data(CalendarListModel::OwnerAddressRole).toString(), u"ana.lopez@contoso.com"_s);
    QCOMPARE(shared.data(CalendarListModel::ColorRole).toString(), u"#fcab73"_s);
    QCOMPARE(shared.data(CalendarListModel::IsReadOnlyRole).toBool(), true);
    QVERIFY(shared.data(Qt::ToolTipRole).toString().contains(u"read-only"_s));
    QCOMPARE(shared.data(CalendarListModel::CalendarRole).value<Calendar>().id, kShared);
    QVERIFY(!model.index(model.rowOf(u"AAMkADBirthdays="_s))
                 .data(CalendarListModel::LastUpdatedRole)
                 .toDateTime()
                 .isValid());
    QCOMPARE(model.roleNames().value(CalendarListModel::VisibleRole), QByteArray("visible"));
}

void TestCalendarModels::visibilityTogglesFilterEvents()
{
    CalendarListModel calendars(m_store.get());
    EventListModel events(m_store.get());
    events.setRange(m_week);
    QCOMPARE(events.rowCount(), 4);

    QSignalSpy dataChanged(&calendars, &QAbstractItemModel::dataChanged);
    const QModelIndex shared = calendars.index(calendars.rowOf(kShared));
    QVERIFY(calendars.setData(shared, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(shared.data(CalendarListModel::VisibleRole).toBool(), false);
    QVERIFY(!m_store->isCalendarVisible(kShared));
    QCOMPARE(events.rowCount(), 3); // the shared all-day event is hidden

    QVERIFY(calendars.setData(shared, true, CalendarListModel::VisibleRole));
    QCOMPARE(events.rowCount(), 4);
    QVERIFY(!calendars.setData(shared, u"x"_s, Qt::DisplayRole));

    // An explicit filter overrides visibility.
    events.setCalendarIds({kShared});
    QCOMPARE(events.rowCount(), 1);
}

void TestCalendarModels::emptyAfterSignOut()
{
    CalendarListModel calendars(m_store.get());
    EventListModel events(m_store.get());
    events.setRange(m_week);
    QVERIFY(events.rowCount() > 0);
    QVERIFY(m_store->deleteAll());
    QCOMPARE(events.rowCount(), 0);
    QCOMPARE(calendars.rowCount(), 0);
    // The store going away does not leave dangling models.
    m_store.reset();
    events.reload();
    QCOMPARE(events.rowCount(), 0);
}

int main(int argc, char *argv[])
{
    MentorDesk::Test::pinMachineTimeZone("America/Los_Angeles");
    QCoreApplication app(argc, argv);
    TestCalendarModels test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_calendarmodels.moc"
