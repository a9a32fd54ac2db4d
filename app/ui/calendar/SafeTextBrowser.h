#pragma once

#include <QTextBrowser>
#include <QUrl>

namespace MentorDesk {

class BrowserOpener;

// A read-only text browser for untrusted HTML (event bodies), after EventBodySanitizer. Defence in depth:
// loadResource() refuses every resource (remote, file:, qrc:, data:) whatever the HTML asks for, and counts the
// attempts; links never navigate inside the widget and open in the system browser only on click (or Enter on a
// focused link), and only http, https and mailto.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    // Not owned; null: links are shown but do nothing.
    void setBrowserOpener(BrowserOpener *opener) { m_opener = opener; }
    // Resources the document asked for (images, style sheets): all refused.
    int refusedResourceCount() const { return m_refused; }
    void resetRefusedResourceCount() { m_refused = 0; }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    // After a click on an allowed link, whether the browser opened (false also for refused schemes).
    void linkOpened(const QUrl &url, bool opened);

private:
    void onAnchorClicked(const QUrl &url);

    BrowserOpener *m_opener = nullptr;
    int m_refused = 0;
};

} // namespace MentorDesk
