// The welcome screen and the sign-in busy state, offscreen, against the sandbox tenant.
#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/auth/SignInFlow.h"
#include "core/common/Clock.h"
#include "core/services/AppServices.h"
#include "support/TestBrowser.h"
#include "support/widgets/SandboxAppWindow.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/common/Theme.h"
#include "ui/main/MainWindow.h"
#include "ui/welcome/SignInSettingsDialog.h"
#include "ui/welcome/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using Test::TestBrowser;

namespace {
using World = Test::SandboxAppWindow;

// On the welcome page (the window has a sign-in progress panel of its own above the calendar).
template<typename T>
T *onWelcome(const World &w, const QString &name)
{
    return w.window->welcomePage()->findChild<T *>(name);
}
} // namespace

class TestWelcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void welcomeScreenLightAndDark();
    void busyStateShowsProgressAndCancelClosesTheListener();
    void browserThatCannotOpenShowsTheAddressToCopy();
    void declinedConsentIsExplainedOnTheWelcomeScreen();
    void signedInWindowShowsNameAndPhoto();
    void settingsDialogValidates_data();
    void settingsDialogValidates();
};

void TestWelcome::init()
{
    QSettings().clear();
    Theme::apply(Theme::Mode::Light);
}

void TestWelcome::welcomeScreenLightAndDark()
{
    World w;
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    QVERIFY(w.find<WelcomePage>(u"welcomePage"_s)->isVisible());
    Test::checkScreen(w.window.get(), u"welcome-light"_s);
    Theme::apply(Theme::Mode::Dark);
    Test::checkScreen(w.window.get(), u"welcome-dark"_s);
    Theme::apply(Theme::Mode::Light);
    const QStringList visited = Test::tabThrough(w.window.get());
    QVERIFY(visited.contains(u"signInButton"_s));
    QVERIFY(visited.contains(u"settingsButton"_s));
}

void TestWelcome::busyStateShowsProgressAndCancelClosesTheListener()
{
    World w;
    w.browser.setAction(TestBrowser::Action::DoNothing); // the user never finishes in the browser
    w.session()->signIn();
    QTRY_COMPARE(w.session()->flow()->stage(), SignInFlow::Stage::WaitingForBrowser);
    auto *cancel = onWelcome<QPushButton>(w, u"cancelSignIn"_s);
    QVERIFY(cancel->isVisible());
    QVERIFY(onWelcome<QProgressBar>(w, u"busyProgress"_s)->isVisible());
    QVERIFY(onWelcome<QLabel>(w, u"busyText"_s)->text().contains(u"browser"_s));
    QVERIFY(!w.find<QPushButton>(u"signInButton"_s)->isVisible());
    Test::checkScreen(w.window.get(), u"welcome-busy-light"_s);
    const quint16 port = w.session()->flow()->listeningPort();
    QVERIFY(port);

    QSignalSpy finished(w.session(), &Session::signInFinished);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(1).value<SignInResult>().error.kind, AuthError::Kind::Cancelled);
    QTRY_VERIFY(w.find<QPushButton>(u"signInButton"_s)->isVisible());
    const auto listenerOpen = [port] {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        return probe.waitForConnected(1000);
    };
    QTRY_VERIFY(!listenerOpen()); // closed right after the round ended
    // Cancelling is not an error; but Entra's "Need admin approval" page sends nothing back, so the page says where
    // the request for IT is, in case that is why.
    QVERIFY2(w.window->welcomePage()->messageText().contains(u"Need admin approval"_s),
             qPrintable(w.window->welcomePage()->messageText()));
}

void TestWelcome::browserThatCannotOpenShowsTheAddressToCopy()
{
    World w;
    w.browser.setAction(TestBrowser::Action::FailToOpen);
    w.session()->signIn();
    auto *url = onWelcome<QLineEdit>(w, u"signInUrl"_s);
    QTRY_VERIFY(url->isVisible());
    QVERIFY(url->text().startsWith(w.sandbox.authority().toString()));
    QTest::mouseClick(onWelcome<QPushButton>(w, u"copySignInUrl"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), url->text());
    Test::checkScreen(w.window.get(), u"welcome-no-browser-light"_s);
    // The copied address works in any browser on this computer: sign-in completes.
    QSignalSpy finished(w.session(), &Session::signInFinished);
    TestBrowser other;
    other.openUrl(QUrl(url->text()));
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.first().at(1).value<SignInResult>().succeeded());
}

void TestWelcome::declinedConsentIsExplainedOnTheWelcomeScreen()
{
    World w;
    w.browser.setAction(TestBrowser::Action::Decline);
    QSignalSpy finished(w.session(), &Session::signInFinished);
    w.session()->signIn();
    QVERIFY(finished.wait(15000));
    const QString message = w.window->welcomePage()->messageText();
    QVERIFY2(message.contains(u"declined"_s), qPrintable(message));
    QVERIFY(message.contains(u"AADSTS65004"_s));
    Test::checkScreen(w.window.get(), u"welcome-declined-light"_s);
}

void TestWelcome::signedInWindowShowsNameAndPhoto()
{
    World w;
    QSignalSpy finished(w.session(), &Session::signInFinished);
    w.browser.setAction(TestBrowser::Action::Accept);
    w.session()->signIn();
    QVERIFY(finished.wait(15000));
    QVERIFY(w.services->account());
    QTRY_VERIFY(!w.services->account()->photo().isEmpty());
    QTRY_COMPARE(w.services->account()->profile().displayName, u"Alex Mentor"_s);
    auto *account = w.find<QToolButton>(u"accountButton"_s);
    QTRY_COMPARE(account->text(), u"Alex Mentor"_s);
    QVERIFY(!account->icon().isNull());
    QCOMPARE(account->accessibleName(), u"Account: Alex Mentor"_s);
    QVERIFY(w.window->windowTitle().contains(u"Alex Mentor"_s));
    QVERIFY(!QImage::fromData(w.services->account()->photo()).isNull());
    Test::checkScreen(w.window.get(), u"signed-in-light"_s);

    // Sign-out: back on the welcome screen, which says what was removed and where consent is revoked.
    QSignalSpy signedOut(w.session(), &Session::signedOut);
    w.window->findChild<QAction *>(u"actionSignOut"_s)->trigger();
    QTRY_COMPARE(signedOut.size(), 1);
    QTRY_VERIFY(w.window->welcomePage()->isVisible());
    const QString message = w.window->welcomePage()->messageText();
    QVERIFY2(message.contains(u"myapps.microsoft.com"_s), qPrintable(message));
    QVERIFY(message.contains(u"alex@contoso-mentoring.example"_s));
    QVERIFY(w.services->outbox() == nullptr);
    // Signed out is forgotten: no "Continue as" for that account.
    QCOMPARE(w.find<QPushButton>(u"signInButton"_s)->accessibleName(), u"Sign in with Microsoft"_s);
}

void TestWelcome::settingsDialogValidates_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("graph");
    QTest::addColumn<bool>("customCloud");
    QTest::addColumn<QString>("error");
    QTest::newRow("fine") << u"5d2c8a3e-6b1f-4f0e-9a57-0c3d4e5f6a7b"_s << u"contoso.onmicrosoft.com"_s << QString()
                          << QString() << false << QString();
    QTest::newRow("client id not a guid")
        << u"my-app"_s << u"organizations"_s << QString() << QString() << false << u"GUID"_s;
    QTest::newRow("bad tenant") << QString() << u"no tenant!"_s << QString() << QString() << false
                                << u"The tenant must be"_s;
    QTest::newRow("http authority") << QString() << u"organizations"_s << u"http://login.example.org/x"_s << QString()
                                    << false << u"https"_s;
    QTest::newRow("foreign authority") << QString() << u"organizations"_s << u"https://login.example.org/x"_s
                                       << QString() << false << u"is not a Microsoft sign-in address"_s;
    QTest::newRow("foreign graph") << QString() << u"organizations"_s << QString()
                                   << u"https://graph.evil.example/v1.0"_s << false
                                   << u"never to \"graph.evil.example\""_s;
    QTest::newRow("custom cloud, both addresses") << QString() << u"organizations"_s << u"https://login.example.org/x"_s
                                                  << u"https://graph.example.org/v1.0"_s << true << QString();
    QTest::newRow("custom cloud without graph")
        << QString() << u"organizations"_s << u"https://login.example.org/x"_s << QString() << true << u"needs both"_s;
}

void TestWelcome::settingsDialogValidates()
{
    QFETCH(QString, clientId);
    QFETCH(QString, tenant);
    QFETCH(QString, authority);
    QFETCH(QString, graph);
    QFETCH(bool, customCloud);
    QFETCH(QString, error);
    SignInSettingsDialog dialog{AppConfig{}};
    dialog.show();
    dialog.findChild<QLineEdit *>(u"clientId"_s)->setText(clientId);
    dialog.findChild<QLineEdit *>(u"tenant"_s)->setText(tenant);
    dialog.findChild<QLineEdit *>(u"authority"_s)->setText(authority);
    dialog.findChild<QLineEdit *>(u"graphUrl"_s)->setText(graph);
    auto *custom = dialog.findChild<QCheckBox *>(u"customCloud"_s);
    QVERIFY(custom && !custom->accessibleName().isEmpty());
    custom->setChecked(customCloud);
    dialog.accept();
    auto *label = dialog.findChild<QLabel *>(u"error"_s);
    if (error.isEmpty()) {
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.config().clientId, clientId);
        QCOMPARE(dialog.config().authority().toString(),
                 authority.isEmpty() ? u"https://login.microsoftonline.com/"_s + tenant : authority);
        QCOMPARE(dialog.config().customCloud, customCloud);
    } else {
        QVERIFY(dialog.isVisible());
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY2(label->text().contains(error), qPrintable(label->text()));
    }
    Test::checkScreen(&dialog, u"signin-settings-light"_s);
}

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
