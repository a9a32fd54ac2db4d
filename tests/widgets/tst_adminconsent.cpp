// Admin consent without dead ends, on screen: the IT request packet (copy, save, email), reachable signed out from the
// Account menu and the welcome page; the Permissions page as a read-only catalogue while signed out; the Teams notice
// offering the packet when only an administrator can approve; a first sign-in blocked by the organisation, remembered
// across a restart and ended by "Check again" once the administrator approved.
#include "core/auth/AdminConsentRequest.h"
#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/common/Clock.h"
#include "core/consent/ScopeCatalog.h"
#include "core/services/AppServices.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "support/RecordingBrowser.h"
#include "support/TestBrowser.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/common/Theme.h"
#include "ui/consent/AdminRequestDialog.h"
#include "ui/consent/PermissionsDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/teams/PermissionNotice.h"
#include "ui/welcome/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFrame>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

AppConfig organisationConfig()
{
    AppConfig config;
    config.clientId = u"5d2c8a3e-6b1f-4f0e-9a57-0c3d4e5f6a7b"_s;
    config.tenant = u"contoso.example"_s;
    return config;
}

// A BrowserOpener with no browser and no mail program.
class NoBrowser final : public BrowserOpener
{
public:
    bool openUrl(const QUrl &) override { return false; }
};

template<typename T>
T *openTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

} // namespace

class TestAdminConsent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void packetCanBeCopiedSavedAndEmailed();
    void packetLooksRightInEveryTheme_data();
    void packetLooksRightInEveryTheme();
    void savingSomewhereImpossibleSaysWhyAndKeepsThePacket();
    void noMailProgramSaysWhatToDoInstead();
    void signedOutTheAccountMenuOffersThePacketAndTheCatalogue();
    void welcomePageOffersThePacket();
    void teamsNoticeOffersThePacketOnlyWhenAnAdministratorMustApprove();
    void blockedFirstSignInShowsThePacketAndIsRememberedAcrossARestart();
};

void TestAdminConsent::init()
{
    QSettings().clear();
}

void TestAdminConsent::cleanup()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget))
            widget->close();
    }
    Theme::apply(Theme::Mode::Light);
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestAdminConsent::packetCanBeCopiedSavedAndEmailed()
{
    Test::RecordingBrowser mail;
    const AdminConsentRequest request(organisationConfig(), {}, u"Alex Mentor (alex@contoso.example)"_s);
    AdminRequestDialog dialog(request, &mail);
    dialog.show();
    QCOMPARE(dialog.findChild<QLineEdit *>(u"clientId"_s)->text(), request.clientId());
    QCOMPARE(dialog.findChild<QLineEdit *>(u"tenant"_s)->text(), u"contoso.example"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"adminConsentUrl"_s)->text(), request.adminConsentLink());
    auto *scopes = dialog.findChild<QTableWidget *>(u"scopes"_s);
    QCOMPARE(scopes->rowCount(), ScopeCatalog::instance().scopes().size());
    int needsAdmin = 0;
    for (int row = 0; row < scopes->rowCount(); ++row) {
        if (scopes->item(row, 2)->text() == u"Needs an administrator"_s) {
            QCOMPARE(scopes->item(row, 0)->text(), u"Group.Read.All"_s);
            ++needsAdmin;
        }
        QVERIFY(!scopes->item(row, 1)->text().isEmpty()); // why
    }
    QCOMPARE(needsAdmin, 1);
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(u"message"_s)->toPlainText(), request.message());

    QTest::mouseClick(dialog.findChild<QPushButton *>(u"copyRequest"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), request.toText());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"copyAdminLink"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), request.adminConsentLink());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"request.txt"_s);
    QVERIFY(dialog.saveTo(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly | QIODevice::Text));
    QCOMPARE(QString::fromUtf8(saved.readAll()), request.toText());
    QVERIFY(dialog.statusText().contains(u"request.txt"_s));

    QTest::mouseClick(dialog.findChild<QPushButton *>(u"emailRequest"_s), Qt::LeftButton);
    QCOMPARE(mail.opened.size(), 1);
    QCOMPARE(mail.opened.first(), request.mailtoUrl());
    QVERIFY(dialog.statusText().contains(u"mail program"_s));
}

void TestAdminConsent::packetLooksRightInEveryTheme_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("light") << false << false;
    QTest::newRow("dark") << true << false;
    QTest::newRow("right-to-left") << false << true;
}

void TestAdminConsent::packetLooksRightInEveryTheme()
{
    QFETCH(bool, dark);
    QFETCH(bool, rightToLeft);
    Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    QApplication::setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    Test::RecordingBrowser mail;
    AdminRequestDialog dialog(AdminConsentRequest(organisationConfig()), &mail);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    Test::checkScreen(&dialog, u"admin-request-"_s + QString::fromLatin1(QTest::currentDataTag()));
}

void TestAdminConsent::savingSomewhereImpossibleSaysWhyAndKeepsThePacket()
{
    Test::RecordingBrowser mail;
    AdminRequestDialog dialog(AdminConsentRequest(organisationConfig()), &mail);
    QTemporaryDir dir;
    QVERIFY(!dialog.saveTo(dir.filePath(u"no/such/folder/request.txt"_s)));
    QVERIFY2(dialog.statusText().contains(u"could not be saved"_s), qPrintable(dialog.statusText()));
    // Nothing lost: the packet is still there to copy.
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"copyRequest"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), dialog.request().toText());
}

void TestAdminConsent::noMailProgramSaysWhatToDoInstead()
{
    NoBrowser none;
    AdminRequestDialog dialog(AdminConsentRequest(organisationConfig()), &none);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"emailRequest"_s), Qt::LeftButton);
    QVERIFY2(dialog.statusText().contains(u"No mail program"_s), qPrintable(dialog.statusText()));
}

void TestAdminConsent::signedOutTheAccountMenuOffersThePacketAndTheCatalogue()
{
    ManualClock clock;
    Test::RecordingBrowser browser;
    AppServices services(organisationConfig(), std::make_unique<MemorySecretBackend>(), &browser, &clock);
    MainWindow window(&services);
    window.show();

    // Permissions while signed out: the read-only catalogue of everything MentorDesk would ask for.
    auto *permissionsAction = window.findChild<QAction *>(u"actionPermissions"_s);
    QVERIFY(permissionsAction->isEnabled());
    permissionsAction->trigger();
    auto *permissions = openTopLevel<PermissionsDialog>();
    QVERIFY(permissions);
    for (const ScopeInfo &scope : ScopeCatalog::instance().scopes())
        QVERIFY2(permissions->findChild<QFrame *>(u"scope:"_s + scope.scope), qPrintable(scope.scope));
    QVERIFY(permissions->findChild<QLabel *>(u"accountDetails"_s)->text().contains(u"Nobody is signed in"_s));
    for (const QString &button : {u"retryConsent"_s, u"toggleTeams"_s, u"signOut"_s})
        QVERIFY2(!permissions->findChild<QPushButton *>(button)->isVisible(), qPrintable(button));
    QVERIFY(!permissions->findChild<QFrame *>(u"adminBox"_s)->isVisible()); // nothing is blocked yet
    Test::checkScreen(permissions, u"permissions-signed-out"_s);
    permissions->close();

    // The packet, signed out: the configured tenant, no requester.
    window.findChild<QAction *>(u"actionAdminRequest"_s)->trigger();
    auto *packet = openTopLevel<AdminRequestDialog>();
    QVERIFY(packet);
    QCOMPARE(packet->request().tenant(), u"contoso.example"_s);
    QCOMPARE(packet->request().clientId(), organisationConfig().clientId);
    QVERIFY(browser.opened.isEmpty()); // showing it opens nothing
}

void TestAdminConsent::welcomePageOffersThePacket()
{
    ManualClock clock;
    Test::RecordingBrowser browser;
    AppServices services(organisationConfig(), std::make_unique<MemorySecretBackend>(), &browser, &clock);
    MainWindow window(&services);
    window.show();
    auto *button = window.findChild<QPushButton *>(u"adminRequestButton"_s);
    QVERIFY(button->isVisible());
    QVERIFY(!window.findChild<QFrame *>(u"adminNotice"_s)->isVisible()); // nothing blocked yet
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(openTopLevel<AdminRequestDialog>());
}

void TestAdminConsent::teamsNoticeOffersThePacketOnlyWhenAnAdministratorMustApprove()
{
    PermissionNotice notice;
    notice.show();
    QSignalSpy requested(&notice, &PermissionNotice::adminRequestRequested);
    auto *button = notice.findChild<QPushButton *>(u"noticeAdminRequestButton"_s);
    QVERIFY(!button->isVisible());
    notice.setAdminRequestVisible(true);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
}

void TestAdminConsent::blockedFirstSignInShowsThePacketAndIsRememberedAcrossARestart()
{
    // An organisation where users may not consent (the demo tenant's --user-consent-disabled), as a real one: the
    // blocked state is kept in the settings.
    Sandbox::SandboxOptions options;
    options.userConsentDisabled = true;
    Sandbox::SandboxServer sandbox(options);
    QVERIFY(sandbox.listen(QHostAddress(QHostAddress::LocalHost)));
    AppConfig config;
    config.clientId = sandbox.clientId();
    config.authorityOverride = sandbox.authority();
    config.graphUrlOverride = sandbox.graphBaseUrl();
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    Test::TestBrowser browser;
    {
        AppServices services(config, std::make_unique<MemorySecretBackend>(), &browser, &clock);
        MainWindow window(&services);
        window.show();
        browser.setAction(Test::TestBrowser::Action::ReturnToApp); // "Return to the application without granting"
        QSignalSpy finished(services.signInSession(), &Session::signInFinished);
        services.signInSession()->signIn();
        QVERIFY(finished.wait(15000));
        // The packet opens by itself, and the welcome page says why and what to do.
        QTRY_VERIFY(openTopLevel<AdminRequestDialog>());
        QCOMPARE(openTopLevel<AdminRequestDialog>()->request().clientId(), sandbox.clientId());
        QVERIFY(window.findChild<QFrame *>(u"adminNotice"_s)->isVisible());
        QVERIFY(window.welcomePage()->messageText().contains(u"AADSTS90094"_s));
        Test::checkScreen(&window, u"welcome-admin-approval-needed"_s);
        openTopLevel<AdminRequestDialog>()->close();
    }
    QCOMPARE(browser.openCount(), 1);
    // A restart: the welcome page says so at once, without sending the user through the browser.
    AppServices services(config, std::make_unique<MemorySecretBackend>(), &browser, &clock);
    MainWindow window(&services);
    window.show();
    auto *notice = window.findChild<QFrame *>(u"adminNotice"_s);
    QVERIFY(notice->isVisible());
    QCOMPARE(browser.openCount(), 1);
    // Check again before the administrator acted: "not yet", one silent round, no consent page.
    browser.setAction(Test::TestBrowser::Action::Accept);
    QSignalSpy checked(services.signInSession(), &Session::consentChecked);
    QTest::mouseClick(notice->findChild<QPushButton *>(u"checkAgain"_s), Qt::LeftButton);
    QVERIFY(checked.wait(15000));
    QCOMPARE(checked.first().first().value<ConsentCheckResult>().outcome, ConsentCheckResult::Outcome::NotYet);
    QVERIFY2(window.welcomePage()->messageText().contains(u"Not approved yet"_s),
             qPrintable(window.welcomePage()->messageText()));
    QCOMPARE(browser.openCount(), 2);
    // The administrator approves with the packet's link; Check again signs the user in.
    Test::TestBrowser administrator;
    QVERIFY(administrator.grantAdminConsent(services.signInSession()->adminConsentRequest().adminConsentUrl()));
    QSignalSpy opened(&services, &AppServices::accountOpened);
    QTest::mouseClick(notice->findChild<QPushButton *>(u"checkAgain"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 15000);
    QCOMPARE(browser.openCount(), 3);
    QTRY_VERIFY(!window.welcomePage()->isVisible());
    QVERIFY(!services.signInSession()->signInBlocked());
}

QTEST_MAIN(TestAdminConsent)
#include "tst_adminconsent.moc"
