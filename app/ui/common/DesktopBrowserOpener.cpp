#include "ui/common/DesktopBrowserOpener.h"

#include <QDesktopServices>

namespace MentorDesk {

bool DesktopBrowserOpener::openUrl(const QUrl &url)
{
    return QDesktopServices::openUrl(url);
}

} // namespace MentorDesk
