// Booking as a mentor meets it in the main window: sign in, New session from the toolbar, book with the keyboard,
// share, and the account's booking services going away with the account.
#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/booking/BookingService.h"
#include "core/booking/DraftStore.h"
#include "core/common/Clock.h"
#include "core/services/AppServices.h"
#include "support/TestBrowser.h"
#include "support/widgets/SandboxAppWindow.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/booking/BookingConfirmationView.h"
#include "ui/booking/NewSessionDialog.h"
#include "ui/common/Theme.h"
#include "ui/main/MainWindow.h"
#include "ui/teams/ComposerDialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using Test::TestBrowser;

namespace {
using World = Test::SandboxAppWindow;
} // namespace

class TestBookingJourney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newSessionFromTheToolbarToTheConfirmation();
    void signingOutClosesTheDialogAndDeletesTheDrafts();
    void calendarHooksOpenTheConfirmations();
};

void TestBookingJourney::init()
{
    QSettings().clear();
    Theme::apply(Theme::Mode::Light);
}

void TestBookingJourney::newSessionFromTheToolbarToTheConfirmation()
{
    World w;
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    auto *action = w.find<QAction>(u"actionNewSession"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
    QVERIFY(!action->isEnabled()); // nobody signed in yet
    QVERIFY(w.signIn());
    QVERIFY(w.services->booking());
    QTRY_VERIFY(action->isEnabled());
    // First on the toolbar and in the File menu.
    QCOMPARE(w.window->mainToolBar()->actions().constFirst(), action);
    QCOMPARE(w.window->menuBar()->actions().constFirst()->menu()->actions().constFirst(), action);
    QWidget *button = w.window->mainToolBar()->widgetForAction(action);
    QVERIFY(button);
    QCOMPARE(button->accessibleName().isEmpty() ? action->iconText() : button->accessibleName(), u"New session"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    NewSessionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.window->findChild<NewSessionDialog *>()) && dialog->isVisible());
    QSignalSpy share(w.window.get(), &MainWindow::shareSessionRequested);

    auto *mentees = dialog->findChild<QLineEdit *>(u"menteesEdit"_s);
    QCOMPARE(dialog->focusWidget(), mentees); // where typing starts
    QTest::keyClicks(mentees, u"priya.sharma@contoso-mentoring.example"_s);
    QTest::keyClick(mentees, Qt::Key_Tab);
    auto *subject = dialog->findChild<QLineEdit *>(u"subjectEdit"_s);
    QCOMPARE(dialog->focusWidget(), subject);
    QTest::keyClicks(subject, u"Career conversation"_s);
    QTest::keyClick(subject, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isShowingConfirmation(), 15000);
    QVERIFY(dialog->confirmation()->joinLink().startsWith(u"https://teams.microsoft.com/"_s));
    Test::checkScreen(dialog, u"booking-journey-confirmation"_s);
    QTest::mouseClick(dialog->confirmation()->shareButton(), Qt::LeftButton);
    QCOMPARE(share.count(), 1);
    QCOMPARE(share.first().first().value<Event>().subject, u"Career conversation"_s);
    // The Teams feature takes it from there: its composer opens with the session.
    ComposerDialog *composer = nullptr;
    QTRY_VERIFY((composer = w.window->findChild<ComposerDialog *>()) && composer->isVisible());
    composer->close();
    QTRY_VERIFY(w.window->statusBar()->currentMessage().startsWith(u"Booked as a Teams meeting"_s));
    QTest::mouseClick(dialog->confirmation()->doneButton(), Qt::LeftButton);
    QTRY_VERIFY(!w.window->findChild<NewSessionDialog *>()); // closed and deleted
    int created = 0;
    for (const QJsonValue &event : w.sandbox.stateSnapshot().value("events"_L1).toArray())
        created += event.toObject().value("subject"_L1).toString() == u"Career conversation"_s ? 1 : 0;
    QCOMPARE(created, 1);
}

void TestBookingJourney::signingOutClosesTheDialogAndDeletesTheDrafts()
{
    World w;
    QVERIFY(w.signIn());
    QVERIFY(w.services->booking());
    w.window->showNewSession();
    NewSessionDialog *dialog = w.window->findChild<NewSessionDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"subjectEdit"_s)->setText(u"Half-written"_s);
    dialog->reject(); // Esc: kept
    const QString file = w.services->drafts()->filePath();
    QVERIFY(QFile::exists(file));
    QCOMPARE(w.services->drafts()->latest()->subject, u"Half-written"_s);
    // Opened again: the draft is back.
    w.window->showNewSession();
    QTRY_VERIFY((dialog = w.window->findChild<NewSessionDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"subjectEdit"_s)->text(), u"Half-written"_s);
    QPointer<NewSessionDialog> open = dialog;
    w.services->session()->signOut();
    QTRY_VERIFY(!open);
    QTRY_VERIFY(!w.services->booking()); // closed once its keychain entries are gone
    QTRY_VERIFY(!QFile::exists(file)); // sign-out removes every file of the account, drafts included
    w.window->showNewSession(); // nobody signed in: nothing
    QVERIFY(!w.window->findChild<NewSessionDialog *>());
}

void TestBookingJourney::calendarHooksOpenTheConfirmations()
{
    World w;
    QVERIFY(w.signIn());
    QVERIFY(w.services->booking());
    // What the calendar's hooks deliver: a free slot, a drag of the user's event, a cancel.
    const QDateTime slot(QDateTime::currentDateTimeUtc().date().addDays(2), QTime(14, 0), QTimeZone::utc());
    w.window->showNewSession(slot, slot.addSecs(30 * 60));
    NewSessionDialog *dialog = w.window->findChild<NewSessionDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->draft().durationMinutes, 30);
    QCOMPARE(dialog->draft().startUtc(), slot);
    dialog->reject();
    Event event;
    event.id = u"e"_s;
    event.subject = u"Mentoring"_s;
    event.start = slot;
    event.end = slot.addSecs(3600);
    event.isOrganizer = true;
    w.window->rescheduleSession(event, slot.addSecs(3600), slot.addSecs(7200));
    QDialog *move = nullptr;
    QTRY_VERIFY((move = w.window->findChild<QDialog *>(u"rescheduleDialog"_s)) && move->isVisible());
    Test::checkScreen(move, u"booking-journey-reschedule"_s);
    move->reject();
    QTRY_VERIFY(!w.window->findChild<QDialog *>(u"rescheduleDialog"_s));
    w.window->cancelSession(event);
    QDialog *cancel = nullptr;
    QTRY_VERIFY((cancel = w.window->findChild<QDialog *>(u"cancelSessionDialog"_s)) && cancel->isVisible());
    cancel->reject();
}

QTEST_MAIN(TestBookingJourney)
#include "tst_bookingjourney.moc"
