#include "SandboxServer.h"
#include "auth/KeychainSecretBackend.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "common/DesktopBrowserOpener.h"
#include "common/Logging.h"
#include "common/Theme.h"
#include "common/Version.h"
#include "config/CommandLine.h"
#include "main/MainWindow.h"
#include "services/AppServices.h"

#include <QApplication>
#include <QHostAddress>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QLatin1StringView(kOrganizationName));
    QCoreApplication::setOrganizationDomain(QLatin1StringView(kOrganizationDomain));
    QCoreApplication::setApplicationName(QLatin1StringView(kApplicationName));
    QCoreApplication::setApplicationVersion(QLatin1StringView(kVersion));

    // Parse before QApplication exists, so --help, --version and bad options work without a display.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const CommandLine::Result cli = CommandLine::parse(args, AppConfig::load(QSettings()));
    switch (cli.action) {
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::ShowVersion:
        std::fputs(qPrintable(cli.text + u'\n'), stdout);
        return cli.exitCode();
    case CommandLine::Action::Error:
        std::fputs(qPrintable(u"mentordesk: "_s + cli.text + u'\n'), stderr);
        return cli.exitCode();
    case CommandLine::Action::Run:
        break;
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QLatin1StringView(kAppId));
    QApplication::setWindowIcon(QIcon(u":/icons/%1.svg"_s.arg(QLatin1StringView(kAppId))));
    installTranslators(app);
    Theme::apply(Theme::fromSettings());

    // The demo tenant runs in this process, on a free loopback port, for as long as the app runs.
    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    const AppConfig base = cli.config;
    const MainWindow::DemoLauncher startDemo = [&sandbox, base](QString *error) -> std::optional<AppConfig> {
        if (!sandbox) {
            sandbox = std::make_unique<Sandbox::SandboxServer>();
            if (!sandbox->listen(QHostAddress(QHostAddress::LocalHost))) {
                *error = sandbox->errorString();
                sandbox.reset();
                return std::nullopt;
            }
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
        const std::optional<AppConfig> demo = startDemo(&error);
        if (!demo) {
            std::fputs(qPrintable(u"mentordesk: the demo tenant could not start: "_s + error + u'\n'), stderr);
            return 1;
        }
        config = *demo;
        qCInfo(lcApp) << "demo tenant listening on" << sandbox->baseUrl().toString();
    }

    DesktopBrowserOpener browser;
    AppServices services(config, std::make_unique<KeychainSecretBackend>(QLatin1StringView(kAppId)), &browser,
                         Clock::system());
    MainWindow window(&services, startDemo);
    window.show();
    services.session()->restore();
    qCInfo(lcApp) << "MentorDesk" << kVersion << "started" << (config.sandbox ? "on the demo tenant" : "");
    return app.exec();
}
