#pragma once

#include "core/auth/BrowserOpener.h"

namespace MentorDesk {

// The system browser via QDesktopServices (xdg-open and $BROWSER on Linux).
class DesktopBrowserOpener final : public BrowserOpener
{
public:
    bool openUrl(const QUrl &url) override;
};

} // namespace MentorDesk
