#include "ui/calendar/SafeTextBrowser.h"

#include "core/auth/BrowserOpener.h"
#include "core/calendar/EventBodySanitizer.h"
#include "core/common/Logging.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse
                            | Qt::LinksAccessibleByKeyboard);
    document()->setUndoRedoEnabled(false);
    connect(this, &QTextBrowser::anchorClicked, this, &SafeTextBrowser::onAnchorClicked);
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type);
    Q_UNUSED(name);
    ++m_refused;
    qCDebug(lcUi) << "refused a resource an event body asked for";
    return {};
}

void SafeTextBrowser::onAnchorClicked(const QUrl &url)
{
    const bool allowed = EventBodySanitizer::isAllowedLink(url);
    const bool opened = allowed && m_opener && m_opener->openUrl(url);
    if (!allowed)
        qCInfo(lcUi) << "did not open a link with scheme" << url.scheme();
    Q_EMIT linkOpened(url, opened);
}

} // namespace MentorDesk
