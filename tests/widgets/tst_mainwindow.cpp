#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/common/Clock.h"
#include "core/common/Version.h"
#include "core/services/AppServices.h"
#include "ui/common/Banner.h"
#include "ui/main/AboutDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/welcome/SignInSettingsDialog.h"
#include "ui/welcome/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    void refusedSettingsShowTheirReasonWithSignInSettingsAtHand();
    void demoTenantSettingsAreNeverSaved();
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
                                u"actionAddAccount"_s, u"actionSignInSettings"_s})
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
    MainWindow with(&services, [](const QString &, QString *) { return std::optional<AppConfig>(); });
    with.show();
    QVERIFY(with.findChild<QPushButton *>(u"demoButton"_s)->isVisible());
}

void TestMainWindow::refusedSettingsShowTheirReasonWithSignInSettingsAtHand()
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(u"MentorDesk.conf"_s), QSettings::IniFormat);
    file.setValue(u"auth/authority"_s, u"javascript:alert(1)"_s);
    file.setValue(u"graph/baseUrl"_s, u"https://graph.evil.example/v1.0"_s);
    QList<ConfigProblem> problems;
    const AppConfig config = AppConfig::load(file, &problems);
    QCOMPARE(problems.size(), 2);

    Fixture f(config);
    f.window.show();
    f.window.showConfigProblems(problems);
    QVERIFY(f.window.banner()->isVisible());
    const QString text = f.window.banner()->text();
    for (const QString &part : {u"auth/authority"_s, u"\"javascript:alert(1)\""_s, u"is not a valid URL"_s,
                                u"graph/baseUrl"_s, u"graph.evil.example"_s, u"uses the default"_s})
        QVERIFY2(text.contains(part), qPrintable(text));
    auto *settingsButton = f.window.banner()->findChild<QPushButton *>(u"bannerPrimary"_s);
    QVERIFY(settingsButton && settingsButton->isVisible());
    QCOMPARE(settingsButton->text(), u"Sign-in &settings…"_s);
    QVERIFY(!settingsButton->accessibleName().isEmpty() || !settingsButton->text().isEmpty());

    // The button opens Sign-in settings; saving there clears the message.
    bool dialogSeen = false;
    QTimer::singleShot(0, &f.window, [&dialogSeen] {
        auto *dialog = qobject_cast<SignInSettingsDialog *>(QApplication::activeModalWidget());
        dialogSeen = dialog != nullptr;
        if (dialog)
            dialog->accept();
    });
    settingsButton->click();
    QVERIFY(dialogSeen);
    QVERIFY(!f.window.banner()->isVisible());
}

void TestMainWindow::demoTenantSettingsAreNeverSaved()
{
    QSettings().clear();
    QSettings().setValue(u"auth/tenant"_s, u"contoso.com"_s); // the user's real organisation
    AppConfig demo;
    demo.sandbox = true;
    demo.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    demo.authorityOverride = QUrl(u"http://127.0.0.1:4567/organizations"_s);
    demo.graphUrlOverride = QUrl(u"http://127.0.0.1:4567/v1.0"_s);
    Fixture f(demo);
    f.window.show();
    auto *action = f.window.findChild<QAction *>(u"actionSignInSettings"_s);
    QVERIFY(action && action->isEnabled());

    QString shownAuthority;
    QString shownTenant;
    QString note;
    QTimer::singleShot(0, &f.window, [&] {
        auto *dialog = qobject_cast<SignInSettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shownAuthority = dialog->findChild<QLineEdit *>(u"authority"_s)->text();
        shownTenant = dialog->findChild<QLineEdit *>(u"tenant"_s)->text();
        auto *label = dialog->findChild<QLabel *>(u"settingsNote"_s);
        note = label && label->isVisibleTo(dialog) ? label->text() : QString();
        dialog->accept(); // Save, unchanged
    });
    action->trigger();
    // The dialog showed the saved settings for real use, said why, and saved nothing of the demo.
    QCOMPARE(shownTenant, u"contoso.com"_s);
    QVERIFY(shownAuthority.isEmpty());
    QVERIFY2(note.contains(u"demo tenant"_s), qPrintable(note));
    QSettings settings;
    QCOMPARE(settings.value(u"auth/tenant"_s).toString(), u"contoso.com"_s);
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(u"127.0.0.1"_s), qPrintable(key));
    QVERIFY(settings.value(u"auth/clientId"_s).toString() != demo.clientId);
    QVERIFY(f.services.session()->config().sandbox); // still on the demo
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
