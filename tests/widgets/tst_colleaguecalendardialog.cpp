// Calendar ▸ Open a colleague's calendar… against the demo tenant: the address completed from people met before
// (the calendar cache's attendees and organisers), keyboard only (type, pick, Enter, Escape to stop waiting), the
// notice that says how the calendar is read or why nothing was added, Remove, accessible names, and screenshots in
// light, dark and right-to-left.
#include "core/booking/PastAttendees.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarSync.h"
#include "core/calendar/ColleagueCalendars.h"
#include "core/common/Clock.h"
#include "core/services/AccountServices.h"
#include "support/SandboxAccount.h"
#include "support/SandboxFixture.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/booking/AddressCompleter.h"
#include "ui/booking/BusyIndicator.h"
#include "ui/booking/NoticeLabel.h"
#include "ui/calendar/ColleagueCalendarDialog.h"
#include "ui/common/Theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QString kKenji = u"kenji.tanaka@contoso-mentoring.example"_s;

QDateTime now()
{
    return QDateTime::fromString(QLatin1StringView(SandboxFixture::kDefaultNow), Qt::ISODate);
}

// A signed-in account whose calendar cache holds the demo tenant's November, and the dialog over its colleagues.
struct Fixture
{
    explicit Fixture(const QString &folder)
        : clock(now())
        , account(u"contoso"_s, folder, &clock)
    {
        CalendarSync *sync = account.services()->calendarSync();
        sync->setPrefetchEnabled(false);
        sync->setRefreshInterval(std::chrono::milliseconds(0));
        sync->setRange(CalendarRange::month(QDate(2026, 11, 25), Qt::Monday, QTimeZone("Europe/Berlin")));
        QSignalSpy finished(sync, &CalendarSync::syncFinished);
        sync->start();
        loaded = finished.wait(30000) && finished.first().at(0).value<GraphResult>().isOk();
    }
    QList<EmailAddress> people()
    {
        CalendarStore *store = account.services()->calendarStore();
        return PastAttendees::fromEvents(store->eventsBetween(now().addDays(-365), now().addDays(90)),
                                         account.address());
    }

    ManualClock clock;
    SandboxAccount account;
    bool loaded = false;
};

} // namespace

class TestColleagueCalendarDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Theme::apply(Theme::Mode::Light); }
    void cleanup()
    {
        Theme::apply(Theme::Mode::Light);
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    }
    void completesFromPeopleMetBefore();
    void keyboardOnly();
    void waitingShowsProgressAndCancels();
    void screenshots_data();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

void TestColleagueCalendarDialog::completesFromPeopleMetBefore()
{
    Fixture f(m_dir.filePath(u"completion"_s));
    QVERIFY(f.loaded);
    ColleagueCalendarDialog dialog(f.account.services()->colleagueCalendars());
    const QList<EmailAddress> people = f.people();
    QVERIFY(people.size() > 3);
    dialog.setPeople(people);
    QCOMPARE(dialog.completer()->peopleCount(), int(people.size()));
    bool kenji = false;
    for (const EmailAddress &person : people) {
        QVERIFY(person.address.compare(f.account.address(), Qt::CaseInsensitive) != 0); // not the user
        kenji = kenji || person.address == kKenji;
    }
    QVERIFY(kenji); // a mentee from the cached sessions
}

void TestColleagueCalendarDialog::keyboardOnly()
{
    Fixture f(m_dir.filePath(u"keyboard"_s));
    QVERIFY(f.loaded);
    ColleagueCalendars *colleagues = f.account.services()->colleagueCalendars();
    ColleagueCalendarDialog dialog(colleagues);
    dialog.setPeople(f.people());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE(QApplication::focusWidget(), dialog.addressEdit()); // the address has the focus at once

    // Type part of the name, pick the completion, Enter opens.
    QTest::keyClicks(dialog.addressEdit(), u"tanaka"_s);
    QAbstractItemView *popup = dialog.completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QVERIFY2(dialog.addressEdit()->text().contains(kKenji), qPrintable(dialog.addressEdit()->text()));
    QSignalSpy finished(colleagues, &ColleagueCalendars::addFinished);
    QTest::keyClick(dialog.addressEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(20000));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.notice()->kind(), NoticeLabel::Kind::Warning);
    QVERIFY2(dialog.notice()->text().contains(u"has not shared their calendar with you"_s),
             qPrintable(dialog.notice()->text()));
    QCOMPARE(dialog.calendarList()->count(), 1);
    QVERIFY(dialog.calendarList()->item(0)->text().contains(u"Free/busy only"_s));
    QVERIFY(dialog.addressEdit()->text().isEmpty());

    // An unknown address: the sentence, nothing added.
    QTest::keyClicks(dialog.addressEdit(), u"nobody@contoso-mentoring.example"_s);
    QTest::keyClick(dialog.addressEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(20000));
    QVERIFY2(dialog.notice()->text().contains(u"has no calendar for nobody@contoso-mentoring.example"_s),
             qPrintable(dialog.notice()->text()));
    QCOMPARE(dialog.calendarList()->count(), 1);

    // Tab reaches every control; Remove with the keyboard.
    const QStringList order = tabThrough(&dialog);
    for (const QString &name : {u"colleagueAddress"_s, u"colleagueCalendarList"_s, u"removeColleagueCalendar"_s})
        QVERIFY2(order.contains(name), qPrintable(order.join(u", "_s)));
    dialog.calendarList()->setFocus();
    QTest::keyClick(dialog.calendarList(), Qt::Key_Home);
    QVERIFY(dialog.removeButton()->isEnabled());
    dialog.removeButton()->setFocus();
    QTest::keyClick(dialog.removeButton(), Qt::Key_Space);
    QCOMPARE(dialog.calendarList()->count(), 0);
    QVERIFY(colleagues->entries().isEmpty());
    QVERIFY(dialog.notice()->text().contains(u"was removed"_s));

    // Escape closes.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isVisible());
}

void TestColleagueCalendarDialog::waitingShowsProgressAndCancels()
{
    Fixture f(m_dir.filePath(u"cancel"_s));
    QVERIFY(f.loaded);
    f.account.sandbox().addFault({{u"path"_s, u"/v1.0/users/%1/calendar/calendarView"_s.arg(kKenji)},
                                  {u"type"_s, u"delay"_s},
                                  {u"delayMs"_s, 5000}});
    ColleagueCalendars *colleagues = f.account.services()->colleagueCalendars();
    ColleagueCalendarDialog dialog(colleagues);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(colleagues, &ColleagueCalendars::addFinished);
    QTest::keyClicks(dialog.addressEdit(), kKenji);
    QTest::keyClick(dialog.addressEdit(), Qt::Key_Return);
    QTRY_VERIFY(dialog.busyIndicator()->isBusy());
    QVERIFY(dialog.busyIndicator()->text().contains(kKenji));
    QVERIFY(!dialog.openButton()->isEnabled());
    // Escape stops waiting; the dialog stays.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<ColleagueCalendars::AddResult>().outcome,
             ColleagueCalendars::Outcome::Cancelled);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.busyIndicator()->isBusy());
    QVERIFY(dialog.notice()->text().contains(u"Nothing was added"_s));
    QVERIFY(colleagues->entries().isEmpty());
}

void TestColleagueCalendarDialog::screenshots_data()
{
    QTest::addColumn<Theme::Mode>("mode");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("light") << Theme::Mode::Light << Qt::LeftToRight;
    QTest::newRow("dark") << Theme::Mode::Dark << Qt::LeftToRight;
    QTest::newRow("rtl") << Theme::Mode::Light << Qt::RightToLeft;
}

void TestColleagueCalendarDialog::screenshots()
{
    QFETCH(Theme::Mode, mode);
    QFETCH(Qt::LayoutDirection, direction);
    Theme::apply(mode);
    QGuiApplication::setLayoutDirection(direction);
    const QString suffix = u"-"_s + QString::fromLatin1(QTest::currentDataTag());
    Fixture f(m_dir.filePath(u"screens"_s + suffix));
    QVERIFY(f.loaded);
    ColleagueCalendars *colleagues = f.account.services()->colleagueCalendars();
    ColleagueCalendarDialog dialog(colleagues);
    dialog.setPeople(f.people());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(colleagues, &ColleagueCalendars::addFinished);
    colleagues->add(EmailAddress{u"Kenji Tanaka"_s, kKenji});
    QVERIFY(finished.wait(20000));
    dialog.addressEdit()->setText(u"maria"_s);
    QApplication::processEvents();
    checkScreen(&dialog, u"colleague-calendar-freebusy"_s + suffix);

    colleagues->add(EmailAddress{{}, u"nobody@contoso-mentoring.example"_s});
    QVERIFY(finished.wait(20000));
    QApplication::processEvents();
    checkScreen(&dialog, u"colleague-calendar-unknown"_s + suffix);
}

QTEST_MAIN(TestColleagueCalendarDialog)
#include "tst_colleaguecalendardialog.moc"
