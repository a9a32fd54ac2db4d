// The calendar page on the offscreen platform, filled from the sandbox seed through CalendarSync: view switching,
// navigation and keyboard, selection -> details pane, safe bodies, links, the booking hooks, the calendar list and
// accessible names.
#include "core/auth/BrowserOpener.h"
#include "core/calendar/CalendarListModel.h"
#include "core/calendar/EventFormatter.h"
#include "core/calendar/EventListModel.h"
#include "support/RecordingBrowser.h"
#include "support/SandboxCalendar.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/calendar/AgendaView.h"
#include "ui/calendar/CalendarListView.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/EventDetailsPane.h"
#include "ui/calendar/MiniMonthView.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/SafeTextBrowser.h"
#include "ui/calendar/TimeGridView.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QJsonArray>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

struct Page
{
    Page()
        : page(&browser, &calendar.clock())
    {
        page.setTimeZone(SandboxCalendar::zone());
        page.setFirstDayOfWeek(Qt::Monday);
        page.goToDate(SandboxCalendar::today());
        page.resize(1400, 860);
    }
    bool load()
    {
        if (!calendar.load(page.range()))
            return false;
        page.setCalendar(&calendar.store(), &calendar.sync());
        page.show();
        return QTest::qWaitForWindowExposed(&page);
    }

    SandboxCalendar calendar;
    Test::RecordingBrowser browser;
    CalendarPage page;
};

QPoint centre(const QRectF &rect)
{
    return rect.center().toPoint();
}

int rowOf(const EventListModel *model, const QString &subject)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->eventAt(row).subject == subject)
            return row;
    }
    return -1;
}

QString accessibleDescription(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Description) : QString();
}

} // namespace

class TestCalendarPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void viewSwitching();
    void navigation();
    void monthKeyboard();
    void clickSelectsAndShowsDetails();
    void sharedCalendarIsReadOnly();
    void eventInAnotherZoneShowsBothTimes();
    void bodyIsRenderedSafely();
    void safeTextBrowserRefusesEveryResource();
    void linksOpenOnlyOnClickInTheBrowser();
    void moreOpensTheDay();
    void weekViewBooksFreeTime();
    void weekViewKeyboardAndZoom();
    void dragReschedulesOwnEvents();
    void bookingButtonsExplainThemselves();
    void agendaKeyboard();
    void calendarListTogglesVisibility();
    void accessibleNamesEverywhere();
};

void TestCalendarPage::viewSwitching()
{
    Page f;
    QVERIFY(f.load());
    QCOMPARE(f.page.viewMode(), CalendarPage::ViewMode::Month);
    QCOMPARE(f.page.titleText(), u"November 2026"_s);
    QCOMPARE(f.page.range().kind(), CalendarRange::Kind::Month);
    QSignalSpy modes(&f.page, &CalendarPage::viewModeChanged);

    // The switcher buttons.
    auto *week = f.page.findChild<QToolButton *>(u"viewButton1"_s);
    QVERIFY(week);
    QTest::mouseClick(week, Qt::LeftButton);
    QCOMPARE(f.page.viewMode(), CalendarPage::ViewMode::Week);
    QCOMPARE(f.page.currentView(), f.page.weekView());
    QCOMPARE(f.page.range().kind(), CalendarRange::Kind::Week);
    QCOMPARE(f.page.range().firstDate(), QDate(2026, 11, 23));
    QCOMPARE(f.page.titleText(), u"23 – 29 November 2026"_s);
    QVERIFY(week->isChecked());

    // Number keys on the page.
    f.page.currentView()->setFocus();
    QTest::keyClick(f.page.currentView(), Qt::Key_3);
    QCOMPARE(f.page.viewMode(), CalendarPage::ViewMode::Day);
    QCOMPARE(f.page.titleText(), u"Wednesday, 25 November 2026"_s);
    QTest::keyClick(f.page.currentView(), Qt::Key_4);
    QCOMPARE(f.page.viewMode(), CalendarPage::ViewMode::Agenda);
    QCOMPARE(f.page.range().dayCount(), CalendarPage::kAgendaDays);
    QCOMPARE(f.page.currentView(), f.page.agendaView());

    // The menu actions (Ctrl+1 ...).
    QAction *month = nullptr;
    for (QAction *action : f.page.menuActions()) {
        if (action->objectName() == "actionCalendarView0"_L1)
            month = action;
    }
    QVERIFY(month);
    QCOMPARE(month->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    month->trigger();
    QCOMPARE(f.page.viewMode(), CalendarPage::ViewMode::Month);
    QCOMPARE(modes.count(), 4);
    // Only the visible view follows the model.
    QCOMPARE(f.page.monthView()->model(), f.page.eventModel());
    QVERIFY(!f.page.weekView()->model());
}

void TestCalendarPage::navigation()
{
    Page f;
    QVERIFY(f.load());
    QSignalSpy ranges(&f.page, &CalendarPage::rangeChanged);
    auto *next = f.page.findChild<QToolButton *>(u"nextButton"_s);
    auto *previous = f.page.findChild<QToolButton *>(u"previousButton"_s);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(f.page.titleText(), u"December 2026"_s);
    QCOMPARE(next->accessibleName(), u"Next month"_s);
    QTest::mouseClick(previous, Qt::LeftButton);
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(f.page.titleText(), u"October 2026"_s);

    // Keys: PgDn / PgUp / T.
    f.page.monthView()->setFocus();
    QTest::keyClick(f.page.monthView(), Qt::Key_PageDown);
    QCOMPARE(f.page.titleText(), u"November 2026"_s);
    QTest::keyClick(f.page.monthView(), Qt::Key_PageDown);
    QTest::keyClick(f.page.monthView(), Qt::Key_PageDown);
    QCOMPARE(f.page.titleText(), u"January 2027"_s);
    QTest::keyClick(f.page.monthView(), Qt::Key_T);
    QCOMPARE(f.page.currentDate(), SandboxCalendar::today());
    QCOMPARE(f.page.titleText(), u"November 2026"_s);

    // Week steps.
    f.page.setViewMode(CalendarPage::ViewMode::Week);
    QTest::keyClick(f.page.weekView(), Qt::Key_PageDown);
    QCOMPARE(f.page.range().firstDate(), QDate(2026, 11, 30));
    QCOMPARE(f.page.titleText(), u"30 Nov – 6 Dec 2026"_s);

    // The mini month: a click, or arrows and Enter.
    auto *mini = f.page.miniMonth();
    QCOMPARE(mini->selectedDate(), QDate(2026, 12, 2));
    QTest::mouseClick(mini, Qt::LeftButton, {}, mini->dateRect(QDate(2026, 12, 1)).center());
    QCOMPARE(f.page.currentDate(), QDate(2026, 12, 1));
    QTest::mouseClick(mini, Qt::LeftButton, {}, mini->dateRect(QDate(2026, 11, 30)).center()); // last month's day
    QCOMPARE(f.page.currentDate(), QDate(2026, 11, 30));
    QCOMPARE(mini->monthShown(), 11);
    QTest::keyClick(mini, Qt::Key_Up);
    QTest::keyClick(mini, Qt::Key_Up);
    QTest::keyClick(mini, Qt::Key_Up);
    QTest::keyClick(mini, Qt::Key_Left);
    QCOMPARE(f.page.currentDate(), QDate(2026, 11, 30)); // moving alone does not navigate
    QTest::keyClick(mini, Qt::Key_Return);
    QCOMPARE(f.page.currentDate(), QDate(2026, 11, 8));
    QCOMPARE(f.page.range().firstDate(), QDate(2026, 11, 2));
    QVERIFY(ranges.count() >= 7);
    QCOMPARE(mini->accessibleName(), u"Month navigator"_s);
    QVERIFY(mini->accessibleDescription().startsWith(u"November 2026"_s));
    // Days with events are bold in the mini month.
    QTRY_VERIFY(mini->isBusy(QDate(2026, 11, 24)));
    QVERIFY(!mini->isBusy(QDate(2026, 11, 1))); // a Sunday without events
}

void TestCalendarPage::monthKeyboard()
{
    Page f;
    QVERIFY(f.load());
    MonthView *month = f.page.monthView();
    month->setFocus();
    QCOMPARE(month->selectedDate(), QDate(2026, 11, 25));
    QTest::keyClick(month, Qt::Key_Right);
    QCOMPARE(month->selectedDate(), QDate(2026, 11, 26));
    QTest::keyClick(month, Qt::Key_Down);
    QCOMPARE(month->selectedDate(), QDate(2026, 12, 3));
    QCOMPARE(f.page.titleText(), u"November 2026"_s); // still in November's grid
    QVERIFY2(accessibleDescription(month).startsWith(u"Selected day: Thursday, 3 December 2026"_s),
             qPrintable(accessibleDescription(month)));
    QTest::keyClick(month, Qt::Key_Down);
    QCOMPARE(month->selectedDate(), QDate(2026, 12, 10));
    QCOMPARE(f.page.titleText(), u"December 2026"_s); // left the grid: the page followed
    QTest::keyClick(month, Qt::Key_Up);
    QTest::keyClick(month, Qt::Key_Up);
    QTest::keyClick(month, Qt::Key_Left);
    QCOMPARE(month->selectedDate(), QDate(2026, 11, 25));

    // Ctrl+Down picks the day's first event; Enter opens its details.
    QSignalSpy activated(month, &CalendarView::eventActivated);
    QTest::keyClick(month, Qt::Key_Down, Qt::ControlModifier);
    QVERIFY(month->hasSelectedEvent());
    const Event first = month->selectedEvent();
    QVERIFY(first.isValid());
    QCOMPARE(f.page.detailsPane()->titleText(), first.subject);
    QVERIFY(accessibleDescription(month).startsWith(u"Selected event: "_s + first.subject));
    QTest::keyClick(month, Qt::Key_Down, Qt::ControlModifier);
    QVERIFY(month->selectedEvent().id != first.id);
    QTest::keyClick(month, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QTRY_VERIFY(f.page.detailsPane()->hasFocus());
    // Escape in the pane goes back to the view; Escape there drops the event selection.
    QTest::keyClick(f.page.detailsPane(), Qt::Key_Escape);
    QTRY_VERIFY(month->hasFocus());
    QTest::keyClick(month, Qt::Key_Escape);
    QVERIFY(!month->hasSelectedEvent());
    QVERIFY(!f.page.detailsPane()->hasEvent());
    // Enter on a day without a selected event opens the day.
    QTest::keyClick(month, Qt::Key_Return);
    QCOMPARE(f.page.viewMode(), CalendarPage::ViewMode::Day);
    QCOMPARE(f.page.range().firstDate(), QDate(2026, 11, 25));
}

void TestCalendarPage::clickSelectsAndShowsDetails()
{
    Page f;
    QVERIFY(f.load());
    MonthView *month = f.page.monthView();
    QSignalSpy selected(&f.page, &CalendarPage::selectedEventChanged);
    const int row = rowOf(f.page.eventModel(), u"Berlin design sync"_s);
    QVERIFY(row >= 0);
    const Event event = f.page.eventModel()->eventAt(row);
    const QRectF rect = month->eventRect(row, event.firstDate(SandboxCalendar::zone()));
    QVERIFY2(!rect.isEmpty(), "the event must be visible in its cell");
    QTest::mouseClick(month->viewport(), Qt::LeftButton, {}, centre(rect));
    QCOMPARE(f.page.selectedEvent().id, event.id);
    QCOMPARE(selected.count(), 1);
    EventDetailsPane *pane = f.page.detailsPane();
    QCOMPARE(pane->titleText(), u"Berlin design sync"_s);
    QVERIFY2(pane->whenText().contains(u"Friday, 27 November 2026"_s), qPrintable(pane->whenText()));
    QVERIFY2(pane->whenText().contains(u"13:00"_s), qPrintable(pane->whenText()));
    QVERIFY(pane->ownZoneText().isEmpty()); // Berlin meeting, Berlin viewer
    QVERIFY(pane->readOnlyText().isEmpty());
    QVERIFY(pane->attendeesText().contains(u"Sofia Rossi"_s));
    // Every attendee with their response, the organiser with their address, the place.
    QVERIFY(!event.attendees.isEmpty());
    for (const Attendee &attendee : event.attendees) {
        const QString line
            = attendee.emailAddress.displayName() + u" — "_s + EventFormatter::responseText(attendee.status.response);
        QVERIFY2(pane->attendeesText().contains(line), qPrintable(pane->attendeesText() + u" / "_s + line));
    }
    QVERIFY2(pane->organizerText().contains(event.organizer.address), qPrintable(pane->organizerText()));
    QVERIFY(!event.location.displayName.isEmpty());
    QVERIFY2(pane->locationText().contains(event.location.displayName), qPrintable(pane->locationText()));
    QVERIFY(pane->joinButton()->isVisibleTo(pane));
    QVERIFY(pane->joinButton()->isEnabled());
    QTest::mouseClick(pane->joinButton(), Qt::LeftButton);
    QCOMPARE(f.browser.opened.size(), 1);
    QCOMPARE(f.browser.opened.first(), event.joinUrl);
    QVERIFY(f.browser.opened.first().toString().startsWith(u"https://teams.microsoft.com/l/meetup-join/"_s));
    // Open in Outlook on the web: the event's webLink, in the browser.
    QVERIFY(event.webLink.isValid());
    QTest::mouseClick(pane->webButton(), Qt::LeftButton);
    QCOMPARE(f.browser.opened.size(), 2);
    QCOMPARE(f.browser.opened.last(), event.webLink);

    // A double-click opens the details (focus moves there).
    QTest::mouseDClick(month->viewport(), Qt::LeftButton, {}, centre(rect));
    QTRY_VERIFY(pane->hasFocus());
    // A click on an empty part of a day selects the day and clears the pane.
    const QRectF cell = month->cellRect(QDate(2026, 11, 29));
    QTest::mouseClick(month->viewport(), Qt::LeftButton, {}, QPoint(int(cell.right() - 5), int(cell.bottom() - 5)));
    QCOMPARE(month->selectedDate(), QDate(2026, 11, 29));
    QVERIFY(!pane->hasEvent());
    QCOMPARE(selected.count(), 2);
}

void TestCalendarPage::sharedCalendarIsReadOnly()
{
    Page f;
    QVERIFY(f.load());
    const QString priya = f.calendar.calendarId(u"Priya Sharma"_s);
    const QList<Event> events = f.calendar.store().events(f.page.range(), {priya});
    QVERIFY(!events.isEmpty());
    QVERIFY(f.page.selectEvent(priya, events.first().id));
    EventDetailsPane *pane = f.page.detailsPane();
    QVERIFY2(pane->readOnlyText().contains(u"Priya Sharma"_s), qPrintable(pane->readOnlyText()));
    QVERIFY(pane->readOnlyText().startsWith(u"Read-only"_s));
    QVERIFY(!pane->moveButton()->isVisibleTo(pane));
    QVERIFY(!pane->cancelButton()->isVisibleTo(pane));
}

void TestCalendarPage::eventInAnotherZoneShowsBothTimes()
{
    Page f;
    QVERIFY(f.load());
    const Event seattle = f.calendar.eventBySubject(u"Seattle data review"_s);
    QVERIFY(seattle.isValid());
    QVERIFY(f.page.selectEvent(seattle.calendarId, seattle.id));
    EventDetailsPane *pane = f.page.detailsPane();
    QVERIFY2(pane->whenText().contains(u"17:00"_s), qPrintable(pane->whenText())); // 08:00 Seattle = 17:00 Berlin
    QVERIFY2(pane->ownZoneText().contains(u"08:00"_s), qPrintable(pane->ownZoneText()));
    QVERIFY2(pane->ownZoneText().contains(u"Pacific Standard Time"_s), qPrintable(pane->ownZoneText()));

    // A recurring occurrence: the series master's pattern arrives from Graph.
    const Event standup = f.calendar.eventBySubject(u"Team stand-up"_s);
    QVERIFY(f.page.selectEvent(standup.calendarId, standup.id));
    QTRY_VERIFY2(pane->recurrenceText().startsWith(u"Weekly on"_s), qPrintable(pane->recurrenceText()));
}

void TestCalendarPage::bodyIsRenderedSafely()
{
    Page f;
    QVERIFY(f.load());
    const int requestsBefore = int(f.calendar.sandbox().state().value(u"graphRequests"_s).toArray().size());
    const Event rich = f.calendar.eventBySubject(u"Review <b>notes</b> & \"quotes\""_s);
    QVERIFY(rich.isValid());
    QVERIFY(rich.body.content.contains(u"<script>"_s));
    QVERIFY(rich.body.content.contains(u"https://tracker.example.net/pixel.gif"_s));
    QVERIFY(f.page.selectEvent(rich.calendarId, rich.id));
    EventDetailsPane *pane = f.page.detailsPane();
    SafeTextBrowser *body = pane->bodyBrowser();
    QTest::qWait(50);
    QCOMPARE(pane->titleText(), u"Review <b>notes</b> & \"quotes\""_s); // markup in a subject is text
    QVERIFY2(body->toPlainText().contains(u"Agenda for Liam:"_s), qPrintable(body->toPlainText()));
    QVERIFY(body->toPlainText().contains(u"Blockers"_s));
    QVERIFY(!body->toPlainText().contains(u"alert"_s));
    const QString html = body->toHtml();
    QVERIFY(!html.contains(u"javascript"_s, Qt::CaseInsensitive));
    QVERIFY(!html.contains(u"tracker.example.net"_s));
    QVERIFY(!html.contains(u"<img"_s));
    QCOMPARE(body->refusedResourceCount(), 0); // nothing even asked to load
    QVERIFY2(pane->bodyNoteText().contains(u"Pictures"_s), qPrintable(pane->bodyNoteText()));
    // Showing it made no network request (the sandbox saw nothing new from the UI).
    const int requestsAfter = int(f.calendar.sandbox().state().value(u"graphRequests"_s).toArray().size());
    QCOMPARE(requestsAfter, requestsBefore);
}

void TestCalendarPage::safeTextBrowserRefusesEveryResource()
{
    SafeTextBrowser browser;
    browser.resize(400, 300);
    browser.show();
    // Unsanitised, as a last line of defence: images (remote, file, data), a style sheet link.
    browser.setHtml(u"<html><head><link rel=\"stylesheet\" href=\"https://evil.example/a.css\"></head><body>"
                    u"<img src=\"https://tracker.example.net/pixel.gif\"><img src=\"file:///etc/hostname\">"
                    u"<img src=\"qrc:/icons/io.mentordesk.MentorDesk.svg\"><p>text</p></body></html>"_s);
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QVERIFY2(browser.refusedResourceCount() >= 3, qPrintable(QString::number(browser.refusedResourceCount())));
    QCOMPARE(browser.loadResource(QTextDocument::ImageResource, QUrl(u"https://tracker.example.net/p.gif"_s)),
             QVariant());
    QVERIFY(browser.toPlainText().contains(u"text"_s));
}

void TestCalendarPage::linksOpenOnlyOnClickInTheBrowser()
{
    Test::RecordingBrowser opener;
    SafeTextBrowser browser;
    browser.setBrowserOpener(&opener);
    QSignalSpy opened(&browser, &SafeTextBrowser::linkOpened);
    browser.setHtml(u"<p><a href=\"https://example.com/agenda\">agenda</a></p>"_s);
    QVERIFY(opener.opened.isEmpty()); // rendering opens nothing
    Q_EMIT browser.anchorClicked(QUrl(u"https://example.com/agenda"_s));
    Q_EMIT browser.anchorClicked(QUrl(u"mailto:priya.sharma@contoso-mentoring.example"_s));
    Q_EMIT browser.anchorClicked(QUrl(u"javascript:alert(1)"_s));
    Q_EMIT browser.anchorClicked(QUrl(u"file:///etc/passwd"_s));
    QCOMPARE(
        opener.opened,
        (QList<QUrl>{QUrl(u"https://example.com/agenda"_s), QUrl(u"mailto:priya.sharma@contoso-mentoring.example"_s)}));
    QCOMPARE(opened.count(), 4);
    QCOMPARE(opened.at(2).at(1).toBool(), false);
    QVERIFY(browser.source().isEmpty()); // never navigates inside the widget
}

void TestCalendarPage::moreOpensTheDay()
{
    Page f;
    f.page.resize(1100, 560); // small cells: the busiest days overflow
    QVERIFY(f.load());
    MonthView *month = f.page.monthView();
    QTest::qWait(50);
    QDate overflowing;
    for (const QDate &date : f.page.range().dates()) {
        if (!month->moreRect(date).isEmpty()) {
            overflowing = date;
            break;
        }
    }
    QVERIFY2(overflowing.isValid(), "some day of the seeded month must show \"+N more\"");
    QTest::mouseClick(month->viewport(), Qt::LeftButton, {}, centre(month->moreRect(overflowing)));
    QCOMPARE(f.page.viewMode(), CalendarPage::ViewMode::Day);
    QCOMPARE(f.page.range().firstDate(), overflowing);
}

void TestCalendarPage::weekViewBooksFreeTime()
{
    Page f;
    QVERIFY(f.load());
    f.page.setViewMode(CalendarPage::ViewMode::Week);
    TimeGridView *week = f.page.weekView();
    QSignalSpy requested(&f.page, &CalendarPage::newSessionRequested);
    week->scrollToMinute(8 * 60);
    QTest::qWait(20);
    // Sunday 29 November is free: drag 14:00 to 15:00.
    const QDate sunday(2026, 11, 29);
    const QRectF from = week->slotRect(sunday, 14 * 60, 15);
    const QRectF to = week->slotRect(sunday, 14 * 60 + 45, 15);
    QVERIFY(!from.isEmpty());
    QTest::mousePress(week->viewport(), Qt::LeftButton, {}, centre(from));
    QTest::mouseMove(week->viewport(), centre(from) + QPoint(0, 8));
    QTest::mouseMove(week->viewport(), centre(to));
    QTest::mouseRelease(week->viewport(), Qt::LeftButton, {}, centre(to));
    QCOMPARE(requested.count(), 1);
    const QTimeZone zone = SandboxCalendar::zone();
    QCOMPARE(requested.first().at(0).toDateTime(), QDateTime(sunday, QTime(14, 0), zone).toUTC());
    QCOMPARE(requested.first().at(1).toDateTime(), QDateTime(sunday, QTime(15, 0), zone).toUTC());
    QCOMPARE(requested.first().at(0).toDateTime().timeSpec(), Qt::UTC);

    // A double-click books the 30-minute slot under the pointer.
    QTest::mouseDClick(week->viewport(), Qt::LeftButton, {}, centre(week->slotRect(sunday, 16 * 60 + 10, 5)));
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.at(1).at(0).toDateTime(), QDateTime(sunday, QTime(16, 0), zone).toUTC());
    QCOMPARE(requested.at(1).at(1).toDateTime(), QDateTime(sunday, QTime(16, 30), zone).toUTC());

    // Enter on an empty slot.
    week->setFocus();
    week->setSelectedDate(sunday);
    week->setCursorMinute(11 * 60);
    QTest::keyClick(week, Qt::Key_Return);
    QCOMPARE(requested.count(), 3);
    QCOMPARE(requested.at(2).at(0).toDateTime(), QDateTime(sunday, QTime(11, 0), zone).toUTC());
}

void TestCalendarPage::weekViewKeyboardAndZoom()
{
    Page f;
    QVERIFY(f.load());
    f.page.setViewMode(CalendarPage::ViewMode::Week);
    TimeGridView *week = f.page.weekView();
    week->setFocus();
    QCOMPARE(week->selectedDate(), QDate(2026, 11, 25));
    // The stand-up is at 09:15 every weekday: the slot cursor finds it.
    week->setCursorMinute(8 * 60);
    QTest::keyClick(week, Qt::Key_Down);
    QTest::keyClick(week, Qt::Key_Down);
    QCOMPARE(week->cursorMinute(), 9 * 60);
    QVERIFY(week->hasSelectedEvent()); // the stand-up (09:15) or the Tokyo check-in (09:00) beside it
    const QString subject = week->selectedEvent().subject;
    QVERIFY2(subject == u"Team stand-up"_s || subject == u"Tokyo mentee check-in"_s, qPrintable(subject));
    QVERIFY(accessibleDescription(week).contains(subject));
    QTest::keyClick(week, Qt::Key_Right);
    QCOMPARE(week->selectedDate(), QDate(2026, 11, 26));
    QVERIFY(week->hasSelectedEvent()); // the stand-up or the Tokyo check-in beside it (09:00 in Berlin)
    QCOMPARE(week->selectedEvent().firstDate(SandboxCalendar::zone()), QDate(2026, 11, 26));
    // Moving past the week's end moves the week.
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(week, Qt::Key_Right);
    QCOMPARE(week->selectedDate(), QDate(2026, 11, 30));
    QCOMPARE(f.page.range().firstDate(), QDate(2026, 11, 30));
    // A free slot says so.
    week->setCursorMinute(6 * 60);
    QTest::keyClick(week, Qt::Key_Down);
    QVERIFY(!week->hasSelectedEvent());
    QVERIFY2(accessibleDescription(week).contains(u"free"_s), qPrintable(accessibleDescription(week)));

    // Zoom: Ctrl+plus, Ctrl+minus, Ctrl+wheel, Ctrl+0.
    const qreal normal = week->hourHeight();
    QTest::keyClick(week, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(week->hourHeight() > normal);
    QTest::keyClick(week, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(week, Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(week->hourHeight() < normal);
    QTest::keyClick(week, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(week->hourHeight(), TimeGridView::kDefaultHourHeight);
    QWheelEvent wheel(QPointF(300, 300), week->viewport()->mapToGlobal(QPointF(300, 300)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(week->viewport(), &wheel);
    QVERIFY(week->hourHeight() > normal);
    for (int i = 0; i < 30; ++i)
        week->zoomIn();
    QCOMPARE(week->hourHeight(), TimeGridView::kMaxHourHeight);
}

void TestCalendarPage::dragReschedulesOwnEvents()
{
    Page f;
    QVERIFY(f.load());
    f.page.setViewMode(CalendarPage::ViewMode::Week);
    TimeGridView *week = f.page.weekView();
    week->scrollToMinute(7 * 60);
    QTest::qWait(20);
    // Not offered while nobody handles it: dragging an event moves nothing.
    const int row = rowOf(f.page.eventModel(), u"Berlin design sync"_s); // Fri 27 Nov 13:00, organised by the mentor
    QVERIFY(row >= 0);
    const Event event = f.page.eventModel()->eventAt(row);
    QVERIFY(event.isOrganizer);
    const QRectF rect = week->eventRect(row, QDate(2026, 11, 27));
    QVERIFY(!rect.isEmpty());
    const auto drag = [&](int minutes) {
        const QPoint start = rect.topLeft().toPoint() + QPoint(10, 6);
        const QPoint end = start + QPoint(0, int(minutes * week->hourHeight() / 60));
        QTest::mousePress(week->viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(week->viewport(), start + QPoint(0, 10));
        QTest::mouseMove(week->viewport(), end);
        QTest::mouseRelease(week->viewport(), Qt::LeftButton, {}, end);
    };
    QSignalSpy sessions(&f.page, &CalendarPage::newSessionRequested);
    drag(60);
    QCOMPARE(sessions.count(), 0); // a drag on an event never books
    QSignalSpy rescheduled(&f.page, &CalendarPage::rescheduleRequested);
    drag(60);
    QCOMPARE(rescheduled.count(), 0); // listening is not enough: whoever handles it says so
    f.page.setRescheduleAvailable(true);
    drag(60);
    QCOMPARE(rescheduled.count(), 1);
    QCOMPARE(rescheduled.first().at(0).value<Event>().id, event.id);
    QCOMPARE(rescheduled.first().at(1).toDateTime(), event.start.addSecs(3600));
    QCOMPARE(rescheduled.first().at(2).toDateTime(), event.end.addSecs(3600));
    // The view does not change anything by itself.
    QCOMPARE(f.calendar.store().event(event.calendarId, event.id)->start, event.start);

    // Someone else's meeting cannot be dragged.
    const Event seattle = f.calendar.eventBySubject(u"Seattle data review"_s);
    QVERIFY(!seattle.isOrganizer);
    const int seattleRow = f.page.eventModel()->rowOf(seattle.calendarId, seattle.id);
    const QRectF other = week->eventRect(seattleRow, seattle.firstDate(SandboxCalendar::zone()));
    QTest::mousePress(week->viewport(), Qt::LeftButton, {}, other.topLeft().toPoint() + QPoint(8, 4));
    QTest::mouseMove(week->viewport(), other.topLeft().toPoint() + QPoint(8, 60));
    QTest::mouseRelease(week->viewport(), Qt::LeftButton, {}, other.topLeft().toPoint() + QPoint(8, 60));
    QCOMPARE(rescheduled.count(), 1);
}

void TestCalendarPage::bookingButtonsExplainThemselves()
{
    Page f;
    QVERIFY(f.load());
    const Event own = f.calendar.eventBySubject(u"Berlin design sync"_s);
    QVERIFY(f.page.selectEvent(own.calendarId, own.id));
    EventDetailsPane *pane = f.page.detailsPane();
    QPushButton *move = pane->moveButton();
    QPushButton *cancel = pane->cancelButton();
    QPushButton *share = pane->shareButton();
    QVERIFY(move->isVisibleTo(pane));
    QVERIFY(!move->isEnabled());
    QVERIFY(move->toolTip().contains(u"not available"_s));
    QVERIFY(cancel->isVisibleTo(pane));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!cancel->toolTip().isEmpty());
    QVERIFY(!share->isEnabled());
    QVERIFY(share->toolTip().contains(u"not available"_s));

    // Once the booking and Teams sides say they handle them, the buttons work at once.
    QSignalSpy rescheduled(&f.page, &CalendarPage::rescheduleRequested);
    QSignalSpy cancelled(&f.page, &CalendarPage::cancelRequested);
    QSignalSpy shared(&f.page, &CalendarPage::shareRequested);
    QVERIFY(!move->isEnabled()); // connecting alone offers nothing
    f.page.setRescheduleAvailable(true);
    f.page.setCancelAvailable(true);
    f.page.setShareAvailable(true);
    QVERIFY(move->isEnabled());
    QVERIFY(cancel->isEnabled());
    QVERIFY(share->isEnabled());
    // Move… is the keyboard's way to reschedule: it proposes the event's own time, the dialog changes it.
    move->setFocus();
    QTest::keyClick(move, Qt::Key_Space);
    QCOMPARE(rescheduled.count(), 1);
    QCOMPARE(rescheduled.first().at(0).value<Event>().id, own.id);
    QCOMPARE(rescheduled.first().at(1).toDateTime(), own.start);
    QCOMPARE(rescheduled.first().at(2).toDateTime(), own.end);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTest::mouseClick(share, Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(cancelled.first().at(0).value<Event>().id, own.id);
    QCOMPARE(shared.count(), 1);

    // Not the organiser: no Move or Cancel at all.
    const Event seattle = f.calendar.eventBySubject(u"Seattle data review"_s);
    QVERIFY(f.page.selectEvent(seattle.calendarId, seattle.id));
    QVERIFY(!move->isVisibleTo(pane));
    QVERIFY(!cancel->isVisibleTo(pane));
    QVERIFY(share->isVisibleTo(pane));
}

void TestCalendarPage::agendaKeyboard()
{
    Page f;
    QVERIFY(f.load());
    f.page.setViewMode(CalendarPage::ViewMode::Agenda);
    AgendaView *agenda = f.page.agendaView();
    agenda->setFocus();
    const auto entries = agenda->entries();
    QVERIFY(entries.size() > 20);
    QTest::keyClick(agenda, Qt::Key_Down);
    QVERIFY(agenda->hasSelectedEvent());
    QCOMPARE(agenda->selectedEvent().id, f.page.eventModel()->eventAt(entries.first().second).id);
    QTest::keyClick(agenda, Qt::Key_Down);
    QCOMPARE(agenda->selectedEvent().id, f.page.eventModel()->eventAt(entries.at(1).second).id);
    QTest::keyClick(agenda, Qt::Key_Right);
    QVERIFY(agenda->selectedDate() > entries.first().first);
    QTest::keyClick(agenda, Qt::Key_End);
    QCOMPARE(agenda->selectedEvent().id, f.page.eventModel()->eventAt(entries.last().second).id);
    QVERIFY(agenda->verticalScrollBar()->value() > 0); // scrolled to keep it in view
    QSignalSpy activated(agenda, &CalendarView::eventActivated);
    QTest::keyClick(agenda, Qt::Key_Enter);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(f.page.detailsPane()->titleText(), agenda->selectedEvent().subject);
}

void TestCalendarPage::calendarListTogglesVisibility()
{
    Page f;
    QVERIFY(f.load());
    CalendarListView *list = f.page.calendarList();
    QCOMPARE(list->model()->rowCount(), 4);
    const QString priya = f.calendar.calendarId(u"Priya Sharma"_s);
    int priyaRow = -1;
    for (int row = 0; row < 4; ++row) {
        if (list->model()->index(row, 0).data(CalendarListModel::IdRole).toString() == priya)
            priyaRow = row;
    }
    QVERIFY(priyaRow >= 0);
    const QModelIndex index = list->model()->index(priyaRow, 0);
    QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), u"Priya Sharma"_s);
    QVERIFY2(
        index.data(Qt::AccessibleDescriptionRole).toString().contains(u"Priya Sharma's calendar, Shared with you"_s),
        qPrintable(index.data(Qt::AccessibleDescriptionRole).toString()));
    const auto shownFromPriya = [&] {
        int count = 0;
        for (const Event &event : f.page.eventModel()->events())
            count += event.calendarId == priya ? 1 : 0;
        return count;
    };
    QVERIFY(shownFromPriya() > 0);
    // Space on the selected row hides it.
    list->setFocus();
    list->setCurrentIndex(index);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(shownFromPriya(), 0);
    QVERIFY(index.data(Qt::AccessibleDescriptionRole).toString().contains(u"hidden"_s));
    // A click shows it again.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    QCOMPARE(index.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(shownFromPriya() > 0);
}

void TestCalendarPage::accessibleNamesEverywhere()
{
    Page f;
    QVERIFY(f.load());
    const Event rich = f.calendar.eventBySubject(u"Berlin design sync"_s);
    f.page.selectEvent(rich.calendarId, rich.id);
    for (const auto mode : {CalendarPage::ViewMode::Month, CalendarPage::ViewMode::Week, CalendarPage::ViewMode::Day,
                            CalendarPage::ViewMode::Agenda}) {
        f.page.setViewMode(mode);
        checkScreen(&f.page, u"calendar-page-%1"_s.arg(int(mode)));
        CalendarView *view = f.page.currentView();
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(view);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), qPrintable(view->objectName()));
        QVERIFY2(accessible->text(QAccessible::Name).contains(u"view"_s) || mode == CalendarPage::ViewMode::Agenda,
                 qPrintable(accessible->text(QAccessible::Name)));
        QVERIFY(!accessible->text(QAccessible::Description).isEmpty());
    }
    // Keyboard users reach every part.
    QTRY_VERIFY_WITH_TIMEOUT(!f.calendar.sync().isSyncing(), 10000);
    QTest::qWait(50);
    const QStringList order = tabThrough(&f.page);
    QVERIFY2(!order.filter(u"viewButton"_s).isEmpty(), qPrintable(order.join(u", "_s))); // the switcher
    for (const char *name :
         {"todayButton", "refreshButton", "miniMonth", "calendarList", "agendaView", "eventDetailsPane"})
        QVERIFY2(order.contains(QLatin1StringView(name)), qPrintable(order.join(u", "_s)));
}

QTEST_MAIN(TestCalendarPage)
#include "tst_calendarpage.moc"
