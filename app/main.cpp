#include "core/auth/KeychainSecretBackend.h"
#include "core/auth/Session.h"
#include "core/common/Clock.h"
#include "core/common/LogRedaction.h"
#include "core/common/Logging.h"
#include "core/common/PrivateFiles.h"
#include "core/common/Version.h"
#include "core/config/CommandLine.h"
#include "core/services/AppServices.h"
#include "core/services/SelfTest.h"
#include "core/services/SingleInstance.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxServer.h"
#include "ui/common/DesktopBrowserOpener.h"
#include "ui/common/Theme.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>
#include <map>

#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

void installTranslators(QApplication &app)
{
    // Qt's own strings (standard buttons, dialogs), then ours; both follow the system locale.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"mentordesk"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(translator);
}

#ifdef Q_OS_WIN
// mentordesk.exe is a GUI-subsystem program (WIN32 in app/CMakeLists.txt): started from a console it gets none, so
// --help, --version, --self-test and the fatal messages would print nothing. A stream not already redirected to a
// file or pipe goes to the console of the parent, when it has one
// (https://learn.microsoft.com/en-us/windows/console/attachconsole).
void attachParentConsole()
{
    const bool outRedirected = GetFileType(GetStdHandle(STD_OUTPUT_HANDLE)) != FILE_TYPE_UNKNOWN;
    const bool errRedirected = GetFileType(GetStdHandle(STD_ERROR_HANDLE)) != FILE_TYPE_UNKNOWN;
    if ((outRedirected && errRedirected) || !AttachConsole(ATTACH_PARENT_PROCESS))
        return;
    FILE *stream = nullptr;
    if (!outRedirected)
        freopen_s(&stream, "CONOUT$", "w", stdout);
    if (!errRedirected)
        freopen_s(&stream, "CONOUT$", "w", stderr);
}
#endif

// The folders that are MentorDesk's own, to be made private. The settings file's folder only where settings are an
// INI file in a folder of ours (~/.config/MentorDesk on Linux): macOS keeps them in a plist in the shared
// ~/Library/Preferences, which holds every app's, and Windows in the registry
// (https://doc.qt.io/qt-6/qsettings.html#platform-specific-notes).
QStringList privateDirectories(const QString &dataDirectory)
{
    QStringList directories{dataDirectory, QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    directories.prepend(QFileInfo(QSettings().fileName()).absolutePath());
#endif
    return directories;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QLatin1StringView(kOrganizationName));
    QCoreApplication::setOrganizationDomain(QLatin1StringView(kOrganizationDomain));
    QCoreApplication::setApplicationName(QLatin1StringView(kApplicationName));
    QCoreApplication::setApplicationVersion(QLatin1StringView(kVersion));

#ifdef Q_OS_WIN
    attachParentConsole();
#endif
    PrivateFiles::restrictNewFiles(); // before anything is written: settings, caches, drafts, the lock
    LogRedaction::install(); // before anything logs: Qt's own sign-in categories print secrets at debug level

    // Parse before QApplication exists, so --help, --version and bad options work without a display. A refused
    // value in the settings file does not stop MentorDesk: it falls back to its default and the window says so.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QList<ConfigProblem> settingsProblems;
    const AppConfig saved = AppConfig::load(QSettings(), &settingsProblems);
    const CommandLine::Result cli = CommandLine::parse(args, saved);
    switch (cli.action) {
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::ShowVersion:
        std::fputs(qPrintable(cli.text + u'\n'), stdout);
        return cli.exitCode();
    case CommandLine::Action::Error:
        std::fputs(qPrintable(u"mentordesk: "_s + cli.text + u'\n'), stderr);
        return cli.exitCode();
    case CommandLine::Action::SelfTest: {
        // No window and no display needed: plugins are loaded, not started.
        QCoreApplication app(argc, argv);
        KeychainSecretBackend keychain{QString::fromLatin1(kAppId)};
        SelfTest::Parts parts;
        parts.keychain = &keychain;
        const QList<SelfTest::Check> checks = SelfTest::run(parts);
        for (const SelfTest::Check &check : checks)
            std::fputs(qPrintable(SelfTest::line(check) + u'\n'), stdout);
        return SelfTest::exitCode(checks);
    }
    case CommandLine::Action::Run:
        break;
    }

    QApplication app(argc, argv);

    // One MentorDesk per user profile: a second start hands over its command line and leaves.
    const QString dataDirectory = AppServices::dataDirectory();
    SingleInstance instance(dataDirectory);
    switch (instance.start()) {
    case SingleInstance::Role::Secondary:
        if (instance.forward(args))
            return 0;
        std::fputs(qPrintable(u"mentordesk: "_s + instance.errorString() + u'\n'), stderr);
        return 1;
    case SingleInstance::Role::Unguarded:
        std::fputs(qPrintable(u"mentordesk: "_s + instance.errorString() + u'\n'), stderr);
        break;
    case SingleInstance::Role::Primary:
        break;
    }
    // Folders an older version created with the default permissions become private too.
    for (const QString &directory : privateDirectories(dataDirectory))
        PrivateFiles::restrictTree(directory);

    QGuiApplication::setDesktopFileName(QLatin1StringView(kAppId));
    QApplication::setWindowIcon(QIcon(u":/icons/%1.svg"_s.arg(QLatin1StringView(kAppId))));
    installTranslators(app);
    Theme::apply(Theme::fromSettings());

    // The demo tenants run in this process, each on a free loopback port, for as long as the app runs: Contoso, and
    // the mentoring programme's tenant for a second account (Account ▸ Add account… on the demo).
    std::map<QString, std::unique_ptr<Sandbox::SandboxServer>> sandboxes;
    const AppConfig base = cli.config;
    const MainWindow::DemoLauncher startDemo
        = [&sandboxes, base](const QString &tenant, QString *error) -> std::optional<AppConfig> {
        std::unique_ptr<Sandbox::SandboxServer> &sandbox = sandboxes[tenant];
        if (!sandbox) {
            Sandbox::SandboxOptions options;
            if (!tenant.isEmpty())
                options.tenant = tenant;
            sandbox = std::make_unique<Sandbox::SandboxServer>(options);
            if (!sandbox->listen(QHostAddress(QHostAddress::LocalHost))) {
                *error = sandbox->errorString();
                sandbox.reset();
                return std::nullopt;
            }
            qCInfo(lcApp) << "demo tenant" << sandbox->tenantName() << "listening on" << sandbox->baseUrl().toString();
        }
        AppConfig demo = base;
        demo.sandbox = true;
        demo.cloud = Cloud::Global;
        demo.clientId = sandbox->clientId();
        demo.authorityOverride = sandbox->authority();
        demo.graphUrlOverride = sandbox->graphBaseUrl();
        return demo;
    };
    AppConfig config = cli.config;
    if (config.sandbox) {
        QString error;
        const std::optional<AppConfig> demo = startDemo({}, &error);
        if (!demo) {
            std::fputs(qPrintable(u"mentordesk: the demo tenant could not start: "_s + error + u'\n'), stderr);
            return 1;
        }
        config = *demo;
    }

    DesktopBrowserOpener browser;
    AppServices services(config, std::make_unique<KeychainSecretBackend>(QLatin1StringView(kAppId)), &browser,
                         Clock::system());
    MainWindow window(&services, startDemo);
    window.show();
    for (const ConfigProblem &problem : std::as_const(settingsProblems))
        qCWarning(lcConfig).noquote() << "refused setting" << ConfigProblem::settingsKey(problem.field) << "-"
                                      << problem.reason;
    window.showConfigProblems(settingsProblems);
    QObject::connect(&instance, &SingleInstance::activated, &window, [&window] {
        window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
        window.show();
        window.raise();
        window.activateWindow();
    });
    services.restoreAccounts();
    qCInfo(lcApp) << "MentorDesk" << kVersion << "started" << (config.sandbox ? "on the demo tenant" : "");
    return app.exec();
}
