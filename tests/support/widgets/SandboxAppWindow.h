#pragma once

#include "core/common/Clock.h"
#include "core/services/AppServices.h"
#include "sandbox/SandboxServer.h"
#include "support/TestBrowser.h"
#include "ui/main/MainWindow.h"

#include <memory>

namespace MentorDesk::Test {

// The app as a user starts it, against its own sandbox tenant: AppServices with an in-memory keychain and
// TestBrowser as the system browser, and the main window shown.
struct SandboxAppWindow
{
    SandboxAppWindow();

    Session *session() const { return services->session(); }
    // Signs in with the browser accepting consent; true once the session is signed in.
    bool signIn();
    template<typename T>
    T *find(const QString &name) const
    {
        return window->findChild<T *>(name);
    }

    Sandbox::SandboxServer sandbox;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    TestBrowser browser;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
};

} // namespace MentorDesk::Test
