#pragma once

#include "core/auth/BrowserOpener.h"

#include <QList>
#include <QUrl>

namespace MentorDesk::Test {

// A BrowserOpener that opens nothing and remembers what it was asked to open (join links, Outlook, message links).
class RecordingBrowser final : public BrowserOpener
{
public:
    bool openUrl(const QUrl &url) override
    {
        opened << url;
        return true;
    }
    QList<QUrl> opened;
};

} // namespace MentorDesk::Test
