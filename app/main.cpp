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

    DesktopBrowserOpener browser;
    AppServices services(cli.config, std::make_unique<KeychainSecretBackend>(QLatin1StringView(kAppId)), &browser,
                         Clock::system());
    MainWindow window(&services);
    window.show();
    services.session()->restore();
    qCInfo(lcApp) << "MentorDesk" << kVersion << "started" << (cli.config.sandbox ? "on the demo tenant" : "");
    return app.exec();
}
