// Screenshots of the calendar with the sandbox tenant's seed, in the light and the dark palette: month, week, day,
// agenda and the details pane (PNG files in <build>/tests/screenshots/ for people to look at), each checked for
// accessible names and for not being blank (ScreenCheck).
#include "core/auth/BrowserOpener.h"
#include "support/RecordingBrowser.h"
#include "support/SandboxCalendar.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/EventDetailsPane.h"
#include "ui/calendar/TimeGridView.h"
#include "ui/common/Theme.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

class TestCalendarScreens : public QObject
{
    Q_OBJECT

private:
    // Waits until no sync round is running or about to run, so the picture shows settled data.
    static void settle(CalendarSync &sync)
    {
        for (int i = 0; i < 20; ++i) {
            QTest::qWait(40);
            if (!sync.isSyncing())
                break;
            QSignalSpy finished(&sync, &CalendarSync::syncFinished);
            finished.wait(10000);
        }
        QTest::qWait(60);
    }

private Q_SLOTS:
    void screens_data();
    void screens();
};

void TestCalendarScreens::screens_data()
{
    QTest::addColumn<Theme::Mode>("theme");
    QTest::newRow("light") << Theme::Mode::Light;
    QTest::newRow("dark") << Theme::Mode::Dark;
}

void TestCalendarScreens::screens()
{
    QFETCH(Theme::Mode, theme);
    Theme::apply(theme);
    const QString suffix = theme == Theme::Mode::Dark ? u"dark"_s : u"light"_s;

    SandboxCalendar calendar;
    Test::RecordingBrowser browser;
    CalendarPage page(&browser, &calendar.clock());
    page.setTimeZone(SandboxCalendar::zone());
    page.setFirstDayOfWeek(Qt::Monday);
    page.goToDate(SandboxCalendar::today());
    page.resize(1440, 900);
    QVERIFY(calendar.load(page.range()));
    page.setCalendar(&calendar.store(), &calendar.sync());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    const Event seattle = calendar.eventBySubject(u"Seattle data review"_s);
    QVERIFY(seattle.isValid());
    for (const auto &[mode, name] :
         {std::pair{CalendarPage::ViewMode::Month, u"month"_s}, std::pair{CalendarPage::ViewMode::Week, u"week"_s},
          std::pair{CalendarPage::ViewMode::Day, u"day"_s}, std::pair{CalendarPage::ViewMode::Agenda, u"agenda"_s}}) {
        page.goToDate(SandboxCalendar::today());
        page.setViewMode(mode);
        if (mode == CalendarPage::ViewMode::Agenda)
            page.goToDate(QDate(2026, 11, 23));
        settle(calendar.sync());
        if (auto *grid = qobject_cast<TimeGridView *>(page.currentView()))
            grid->scrollToMinute(7 * 60 + 30);
        QVERIFY(page.selectEvent(seattle.calendarId, seattle.id) || mode == CalendarPage::ViewMode::Day);
        page.currentView()->setFocus();
        settle(calendar.sync());
        checkScreen(&page, u"calendar-%1-%2"_s.arg(name, suffix));
    }

    // The details pane with a body that tries to run a script and load a tracking pixel.
    page.setViewMode(CalendarPage::ViewMode::Week);
    const Event rich = calendar.eventBySubject(u"Review <b>notes</b> & \"quotes\""_s);
    QVERIFY(page.selectEvent(rich.calendarId, rich.id));
    settle(calendar.sync());
    checkScreen(page.detailsPane(), u"calendar-details-%1"_s.arg(suffix));
    // And one from a colleague's shared calendar (read-only).
    const QString priya = calendar.calendarId(u"Priya Sharma"_s);
    const QList<Event> shared = calendar.store().events(page.range(), {priya});
    QVERIFY(!shared.isEmpty());
    QVERIFY(page.selectEvent(priya, shared.last().id));
    settle(calendar.sync());
    checkScreen(page.detailsPane(), u"calendar-details-shared-%1"_s.arg(suffix));
    // One the mentor organises, with the booking and Teams hooks connected: Move…, Cancel meeting…, Share.
    QObject hooks;
    connect(&page, &CalendarPage::rescheduleRequested, &hooks, [] {});
    connect(&page, &CalendarPage::cancelRequested, &hooks, [] {});
    connect(&page, &CalendarPage::shareRequested, &hooks, [] {});
    page.setRescheduleAvailable(true);
    page.setCancelAvailable(true);
    page.setShareAvailable(true);
    const Event own = calendar.eventBySubject(u"Berlin design sync"_s);
    QVERIFY(own.isOrganizer);
    QVERIFY(page.selectEvent(own.calendarId, own.id));
    settle(calendar.sync());
    QVERIFY(page.detailsPane()->moveButton()->isEnabled());
    checkScreen(page.detailsPane(), u"calendar-details-own-%1"_s.arg(suffix));
    Theme::apply(Theme::Mode::System);
}

QTEST_MAIN(TestCalendarScreens)
#include "tst_calendarscreens.moc"
