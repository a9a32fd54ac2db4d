// Reminders in the running app (issue "A mentor's day"): signed in to the demo tenant, the seed's reminders go off a
// minute into the demo and the reminder window comes up by itself; turning reminders off in Preferences clears it, and
// nothing is read for a signed-out account.
#include "core/auth/SecretBackend.h"
#include "core/common/Clock.h"
#include "core/config/AppConfig.h"
#include "core/config/Preferences.h"
#include "core/reminders/ReminderService.h"
#include "core/services/AccountServices.h"
#include "core/services/AppServices.h"
#include "sandbox/SandboxServer.h"
#include "support/TestBrowser.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/main/MainWindow.h"
#include "ui/reminders/ReminderWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using Test::TestBrowser;

class TestRemindersJourney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().clear(); }
    void remindersComeUpAfterSignIn();
};

void TestRemindersJourney::remindersComeUpAfterSignIn()
{
    Sandbox::SandboxServer sandbox; // seeded around the real "now": reminders fire at the next whole minute
    QVERIFY(sandbox.listen(QHostAddress(QHostAddress::LocalHost)));
    AppConfig config;
    config.sandbox = true;
    config.staySignedIn = false;
    config.clientId = sandbox.clientId();
    config.authorityOverride = sandbox.authority();
    config.graphUrlOverride = sandbox.graphBaseUrl();
    TestBrowser browser;
    browser.setAction(TestBrowser::Action::Accept);
    ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(120)); // two minutes into the demo
    AppServices services(config, std::make_unique<MemorySecretBackend>(), &browser, &clock);
    MainWindow window(&services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ReminderWindow *reminders = window.reminderWindow();
    QVERIFY(reminders);
    QVERIFY(!reminders->isVisible());

    QSignalSpy opened(&services, &AppServices::accountOpened);
    services.signInSession()->signIn();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
    AccountServices *account = services.account();
    QTRY_VERIFY_WITH_TIMEOUT(account->reminders()->isEnabled(), 15000);
    // The window comes up by itself with the seed's two reminders.
    QTRY_COMPARE_WITH_TIMEOUT(reminders->reminderCount(), 2, 15000);
    QVERIFY(reminders->isVisible());
    Test::checkScreen(reminders, u"reminders-journey"_s);

    // View ▸ Reminders… brings it back after it was closed.
    reminders->hide();
    window.findChild<QAction *>(u"actionReminders"_s)->trigger();
    QVERIFY(reminders->isVisible());

    // Preferences ▸ Reminders off: nothing is read, nothing is due, the window goes.
    bool answered = false;
    QTimer::singleShot(0, [&answered] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() != u"preferencesDialog"_s)
            return;
        dialog->findChild<QCheckBox *>(u"preferencesReminders"_s)->setChecked(false);
        answered = QMetaObject::invokeMethod(dialog, "accept");
    });
    window.showPreferences();
    QVERIFY(answered);
    QTRY_VERIFY(!account->reminders()->isEnabled());
    QTRY_COMPARE(reminders->reminderCount(), 0);
    QVERIFY(!reminders->isVisible());
    QVERIFY(!Preferences::load(*std::make_unique<QSettings>()).remindersEnabled); // kept
}

QTEST_MAIN(TestRemindersJourney)
#include "tst_remindersjourney.moc"
