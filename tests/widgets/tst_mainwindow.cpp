#include "auth/SecretBackend.h"
#include "auth/Session.h"
#include "common/Banner.h"
#include "common/Clock.h"
#include "common/Version.h"
#include "main/AboutDialog.h"
#include "main/MainWindow.h"
#include "services/AppServices.h"
#include "welcome/WelcomePage.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {
struct Fixture
{
    explicit Fixture(AppConfig config = {})
        : services(config, std::make_unique<MemorySecretBackend>(), nullptr, &clock)
        , window(&services)
    { }
    ManualClock clock;
    AppServices services;
    MainWindow window;
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensOnTheWelcomePageWithStatusBar();
    void aboutShowsVersion();
    void menusHaveQuitAboutAndAccountActions();
    void demoButtonOnlyWithADemoTenant();
    void expiredSignInShowsABannerWithItsActions();
};

void TestMainWindow::opensOnTheWelcomePageWithStatusBar()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    QVERIFY(f.window.welcomePage()->isVisible());
    QVERIFY(f.window.statusBar()->isVisible());
    QCOMPARE(f.window.findChild<QLabel *>(u"statusLabel"_s)->text(), u"Not signed in"_s);
    QCOMPARE(f.window.windowTitle(), u"MentorDesk"_s);
    auto *signIn = f.window.findChild<QPushButton *>(u"signInButton"_s);
    QVERIFY(signIn && signIn->isVisible());
    QCOMPARE(signIn->accessibleName(), u"Sign in with Microsoft"_s);

    AppConfig demo;
    demo.sandbox = true;
    Fixture demoFixture(demo);
    QVERIFY(demoFixture.window.windowTitle().contains(u"demo"_s));
}

void TestMainWindow::aboutShowsVersion()
{
    Fixture f;
    f.window.show();
    auto *about = f.window.findChild<QAction *>(u"actionAbout"_s);
    QVERIFY(about);
    about->trigger();
    AboutDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = f.window.findChild<AboutDialog *>()) && dialog->isVisible());
    QVERIFY2(dialog->versionText().contains(QLatin1StringView(kVersion)), qPrintable(dialog->versionText()));
    dialog->reject();
    QTRY_VERIFY(!f.window.findChild<AboutDialog *>());
}

void TestMainWindow::menusHaveQuitAboutAndAccountActions()
{
    Fixture f;
    QStringList actions;
    for (QAction *menu : f.window.menuBar()->actions())
        for (QAction *action : menu->menu()->actions())
            actions << action->objectName();
    for (const QString &name : {u"actionQuit"_s, u"actionAbout"_s, u"actionPermissions"_s, u"actionSignOut"_s,
                                u"actionSwitchAccount"_s, u"actionSignInSettings"_s})
        QVERIFY2(actions.contains(name), qPrintable(name));
    QCOMPARE(f.window.findChild<QAction *>(u"actionQuit"_s)->shortcut(), QKeySequence(QKeySequence::Quit));
    // Account actions make no sense before signing in.
    QVERIFY(!f.window.findChild<QAction *>(u"actionSignOut"_s)->isEnabled());
}

void TestMainWindow::demoButtonOnlyWithADemoTenant()
{
    ManualClock clock;
    AppServices services(AppConfig{}, std::make_unique<MemorySecretBackend>(), nullptr, &clock);
    MainWindow without(&services);
    without.show();
    QVERIFY(!without.findChild<QPushButton *>(u"demoButton"_s)->isVisible());
    MainWindow with(&services, [](QString *) { return std::optional<AppConfig>(); });
    with.show();
    QVERIFY(with.findChild<QPushButton *>(u"demoButton"_s)->isVisible());
}

void TestMainWindow::expiredSignInShowsABannerWithItsActions()
{
    Fixture f;
    f.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&f.window));
    QVERIFY(!f.window.banner()->isVisible());
    Q_EMIT f.services.session()->reauthenticationRequired();
    QVERIFY(f.window.banner()->isVisible());
    QVERIFY(f.window.banner()->text().startsWith(u"Your sign-in has expired"_s));
    QVERIFY(f.window.banner()->text().contains(u"everything you were doing is kept"_s));
    auto *again = f.window.banner()->findChild<QPushButton *>(u"bannerPrimary"_s);
    auto *later = f.window.banner()->findChild<QPushButton *>(u"bannerSecondary"_s);
    QVERIFY(again && again->isVisible() && later && later->isVisible());
    QCOMPARE(again->text(), u"&Sign in again"_s);
    QCOMPARE(later->text(), u"&Not now"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
