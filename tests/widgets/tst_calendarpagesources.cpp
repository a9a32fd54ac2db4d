// The calendar page with two signed-in accounts (CalendarSource each, real CalendarStores in a temporary folder,
// calendars with equal ids): both accounts' events in the week view and the agenda, the details pane names the
// event's account, the calendar list is grouped by account, and Move follows the event's own calendar.
#include "core/calendar/CalendarListModel.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/EventListModel.h"
#include "core/common/Clock.h"
#include "core/model/GraphTime.h"
#include "ui/calendar/AgendaView.h"
#include "ui/calendar/CalendarListProxyModel.h"
#include "ui/calendar/CalendarListView.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/EventDetailsPane.h"
#include "ui/calendar/TimeGridView.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

const QString kCalendar = u"AAMkADCalendar="_s; // in both accounts
const QString kEventId = u"AAMkADEvent1="_s; // in both accounts
const QString kAlex = u"alex-key"_s;
const QString kSam = u"sam-key"_s;
const QString kAlexName = u"Alex Mentor (alex@contoso.example)"_s;
const QString kSamName = u"Sam Rivera (sam@northwind.example)"_s;
const QDate kTuesday(2026, 11, 24);

Event makeEvent(const QString &id, const QString &subject, QDate date, QTime start)
{
    Event e;
    e.id = id;
    e.calendarId = kCalendar;
    e.subject = subject;
    e.start = GraphTime::utc(date, start);
    e.end = e.start.addSecs(3600);
    e.isOrganizer = true;
    return e;
}

bool fill(CalendarStore &store, const QString &name, bool canEdit, const QList<Event> &events)
{
    Calendar calendar;
    calendar.id = kCalendar;
    calendar.name = name;
    calendar.canEdit = canEdit;
    calendar.isDefaultCalendar = true;
    CalendarChangeSet set;
    set.calendarId = kCalendar;
    set.upserts = events;
    return store.replaceCalendars({calendar}) && store.applyChanges(set);
}

struct Accounts
{
    Accounts()
        : alex(dir.filePath(u"alex.sqlite"_s), &clock)
        , sam(dir.filePath(u"sam.sqlite"_s), &clock)
        , page(nullptr, &clock)
    {
        page.setTimeZone(QTimeZone::utc());
        page.setFirstDayOfWeek(Qt::Monday);
        page.goToDate(kTuesday);
        page.setViewMode(CalendarPage::ViewMode::Week);
        page.resize(1400, 860);
    }
    bool load()
    {
        if (alex.open() != CalendarStore::OpenStatus::Created || sam.open() != CalendarStore::OpenStatus::Created)
            return false;
        // Alex may move his meeting; Sam's calendar (same id) is read-only for MentorDesk.
        if (!fill(alex, u"Calendar"_s, true, {makeEvent(kEventId, u"Alex: planning"_s, kTuesday, QTime(9, 0))})
            || !fill(sam, u"Kalender"_s, false,
                     {makeEvent(kEventId, u"Sam: planning"_s, kTuesday, QTime(9, 0)),
                      makeEvent(u"AAMkADEvent2="_s, u"Sam: review"_s, kTuesday.addDays(1), QTime(14, 0))}))
            return false;
        page.setSources(
            {CalendarSource{&alex, nullptr, kAlex, kAlexName}, CalendarSource{&sam, nullptr, kSam, kSamName}});
        page.show();
        return QTest::qWaitForWindowExposed(&page);
    }
    int row(const QString &accountKey, const QString &eventId = kEventId) const
    {
        return page.eventModel()->rowOf(kCalendar, eventId, accountKey);
    }

    QTemporaryDir dir;
    ManualClock clock{GraphTime::utc(kTuesday, QTime(12, 0))};
    CalendarStore alex;
    CalendarStore sam;
    CalendarPage page;
};

} // namespace

class TestCalendarPageSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weekViewShowsBothAccounts_data();
    void weekViewShowsBothAccounts();
    void agendaShowsBothAccounts();
    void selectEventByAccount();
    void calendarListIsGroupedAndHidesOneAccount();
    void oneAccountIsNotNamed();
};

void TestCalendarPageSources::weekViewShowsBothAccounts_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("accountText");
    QTest::addColumn<bool>("movable");
    QTest::newRow("Alex") << kAlex << u"Alex: planning"_s << u"Account: "_s + kAlexName << true;
    QTest::newRow("Sam") << kSam << u"Sam: planning"_s << u"Account: "_s + kSamName << false;
}

void TestCalendarPageSources::weekViewShowsBothAccounts()
{
    QFETCH(QString, account);
    QFETCH(QString, subject);
    QFETCH(QString, accountText);
    QFETCH(bool, movable);
    Accounts f;
    QVERIFY(f.load());
    f.page.setRescheduleAvailable(true);
    QCOMPARE(f.page.sources().size(), 2);
    QCOMPARE(f.page.store(), &f.alex);
    QCOMPARE(f.page.eventModel()->rowCount(), 3);
    TimeGridView *week = f.page.weekView();
    QCOMPARE(f.page.currentView(), week);
    const int row = f.row(account);
    QVERIFY(row >= 0);
    const QRectF rect = week->eventRect(row, kTuesday);
    QVERIFY2(!rect.isEmpty(), qPrintable(subject));
    // The two 9:00 meetings of the two accounts sit side by side, each with its own place.
    const int otherRow = f.row(account == kAlex ? kSam : kAlex);
    QVERIFY(!week->eventRect(otherRow, kTuesday).intersects(rect.adjusted(1, 1, -1, -1)));

    QTest::mouseClick(week->viewport(), Qt::LeftButton, {}, rect.center().toPoint());
    const Event selected = f.page.selectedEvent();
    QCOMPARE(selected.subject, subject);
    QCOMPARE(selected.accountKey, account);
    EventDetailsPane *details = f.page.detailsPane();
    QCOMPARE(details->titleText(), subject);
    QCOMPARE(details->accountText(), accountText);
    auto *accountLabel = details->findChild<QLabel *>(u"eventAccount"_s);
    QVERIFY(accountLabel);
    QVERIFY(accountLabel->isVisibleTo(details));
    QCOMPARE(accountLabel->accessibleName(), accountText);
    // Move is offered by the event's own account's calendar (Sam's "Kalender" is read-only).
    QCOMPARE(details->moveButton()->isVisibleTo(details), movable);
    QCOMPARE(week->canMove(selected), movable);
    QCOMPARE(details->readOnlyText().isEmpty(), movable);
}

void TestCalendarPageSources::agendaShowsBothAccounts()
{
    Accounts f;
    QVERIFY(f.load());
    f.page.setViewMode(CalendarPage::ViewMode::Agenda);
    AgendaView *agenda = f.page.agendaView();
    QCOMPARE(f.page.currentView(), agenda);
    QStringList shown;
    for (const auto &[date, row] : agenda->entries()) {
        if (row >= 0)
            shown << f.page.eventModel()->eventAt(row).subject + u" / "_s
                    + f.page.eventModel()->index(row).data(EventListModel::AccountNameRole).toString();
    }
    QCOMPARE(shown,
             (QStringList{u"Alex: planning / "_s + kAlexName, u"Sam: planning / "_s + kSamName,
                          u"Sam: review / "_s + kSamName}));
}

void TestCalendarPageSources::selectEventByAccount()
{
    Accounts f;
    QVERIFY(f.load());
    QVERIFY(f.page.selectEvent(kCalendar, kEventId, kSam));
    QCOMPARE(f.page.selectedEvent().subject, u"Sam: planning"_s);
    QCOMPARE(f.page.detailsPane()->accountText(), u"Account: "_s + kSamName);
    QVERIFY(f.page.selectEvent(kCalendar, kEventId, kAlex));
    QCOMPARE(f.page.selectedEvent().subject, u"Alex: planning"_s);
    QCOMPARE(f.page.detailsPane()->accountText(), u"Account: "_s + kAlexName);
    QVERIFY(!f.page.selectEvent(kCalendar, kEventId, u"nobody"_s));
    // An event outside the range is found in its account's store: the page goes to its day.
    QVERIFY(f.sam.applyChanges([] {
        CalendarChangeSet set;
        set.calendarId = kCalendar;
        set.upserts = {makeEvent(u"AAMkADLater="_s, u"Sam: later"_s, QDate(2026, 12, 8), QTime(10, 0))};
        return set;
    }()));
    QVERIFY(!f.page.selectEvent(kCalendar, u"AAMkADLater="_s, kAlex));
    QVERIFY(f.page.selectEvent(kCalendar, u"AAMkADLater="_s, kSam));
    QCOMPARE(f.page.currentDate(), QDate(2026, 12, 8));
    QCOMPARE(f.page.selectedEvent().accountKey, kSam);
}

void TestCalendarPageSources::calendarListIsGroupedAndHidesOneAccount()
{
    Accounts f;
    QVERIFY(f.load());
    CalendarListView *list = f.page.calendarList();
    QAbstractItemModel *model = list->model();
    QCOMPARE(model->rowCount(), 4);
    const QModelIndex alexHeader = model->index(0, 0);
    const QModelIndex samHeader = model->index(2, 0);
    QVERIFY(alexHeader.data(CalendarListModel::IsAccountHeaderRole).toBool());
    QVERIFY(samHeader.data(CalendarListModel::IsAccountHeaderRole).toBool());
    QCOMPARE(samHeader.data(Qt::DisplayRole).toString(), kSamName);
    QCOMPARE(samHeader.data(Qt::AccessibleTextRole).toString(), u"Account "_s + kSamName);
    QVERIFY(!samHeader.data(CalendarListProxyModel::ResolvedColorRole).value<QColor>().isValid());
    QVERIFY(!(samHeader.flags() & Qt::ItemIsUserCheckable));
    // The list starts on a calendar, not on a header.
    QCOMPARE(list->currentIndex().row(), 1);
    // Equal calendar ids, yet a colour each.
    const QModelIndex alexCalendar = model->index(1, 0);
    const QModelIndex samCalendar = model->index(3, 0);
    QCOMPARE(samCalendar.data(Qt::AccessibleTextRole).toString(), u"Kalender"_s);
    const QColor alexColor = alexCalendar.data(CalendarListProxyModel::ResolvedColorRole).value<QColor>();
    const QColor samColor = samCalendar.data(CalendarListProxyModel::ResolvedColorRole).value<QColor>();
    QVERIFY(alexColor.isValid());
    QVERIFY(samColor.isValid());
    QVERIFY(alexColor != samColor);

    // Space on a header does nothing; on Sam's calendar it hides Sam's events only.
    list->setFocus();
    list->setCurrentIndex(samHeader);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(f.page.eventModel()->rowCount(), 3);
    list->setCurrentIndex(samCalendar);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(samCalendar.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(alexCalendar.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(!f.sam.isCalendarVisible(kCalendar));
    QVERIFY(f.alex.isCalendarVisible(kCalendar));
    QCOMPARE(f.page.eventModel()->rowCount(), 1);
    QCOMPARE(f.page.eventModel()->eventAt(0).subject, u"Alex: planning"_s);
    QVERIFY(f.page.weekView()->eventRect(0, kTuesday).isValid());
}

void TestCalendarPageSources::oneAccountIsNotNamed()
{
    Accounts f;
    QVERIFY(f.load());
    f.page.setCalendar(&f.sam, nullptr);
    QCOMPARE(f.page.sources().size(), 1);
    QCOMPARE(f.page.calendarList()->model()->rowCount(), 1); // no header
    QVERIFY(f.page.selectEvent(kCalendar, kEventId));
    QCOMPARE(f.page.selectedEvent().subject, u"Sam: planning"_s);
    QVERIFY(f.page.detailsPane()->accountText().isEmpty());
    QVERIFY(!f.page.detailsPane()->findChild<QLabel *>(u"eventAccount"_s)->isVisibleTo(f.page.detailsPane()));
}

QTEST_MAIN(TestCalendarPageSources)

#include "tst_calendarpagesources.moc"
