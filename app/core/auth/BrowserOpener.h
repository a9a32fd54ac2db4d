#pragma once

#include <QUrl>

namespace MentorDesk {

// Opens the system browser (RFC 8252: never an embedded web view). The app injects one backed by
// QDesktopServices (app/ui); tests inject one that plays the browser over HTTP.
class BrowserOpener
{
public:
    virtual ~BrowserOpener();
    // false when no browser could be started; the sign-in then shows the URL with a Copy button.
    virtual bool openUrl(const QUrl &url) = 0;
};

} // namespace MentorDesk
