#include "support/widgets/SandboxAppWindow.h"

#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"

#include <QHostAddress>
#include <QSignalSpy>

namespace MentorDesk::Test {

SandboxAppWindow::SandboxAppWindow()
{
    if (!sandbox.listen(QHostAddress(QHostAddress::LocalHost)))
        qFatal("sandbox did not start");
    AppConfig config;
    config.clientId = sandbox.clientId();
    config.authorityOverride = sandbox.authority();
    config.graphUrlOverride = sandbox.graphBaseUrl();
    services = std::make_unique<AppServices>(config, std::make_unique<MemorySecretBackend>(), &browser, &clock);
    window = std::make_unique<MainWindow>(services.get());
    window->show();
}

bool SandboxAppWindow::signIn()
{
    QSignalSpy finished(session(), &Session::signInFinished);
    browser.setAction(TestBrowser::Action::Accept);
    session()->signIn();
    return finished.wait(15000) && session()->state() == Session::State::SignedIn;
}

} // namespace MentorDesk::Test
