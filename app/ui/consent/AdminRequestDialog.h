#pragma once

#include "core/auth/AdminConsentRequest.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace MentorDesk {

class BrowserOpener;

// The IT request packet on screen, reachable signed in or not (Account ▸ Request approval from IT…, the welcome
// page, the Permissions page, the Teams notices): the application id, the tenant, every delegated scope with why
// it is needed and whether it needs an administrator, the administrator's link and a prewritten message. It can be
// copied, saved as a text file or opened in the mail client (mailto:, through the injected opener).
class AdminRequestDialog : public QDialog
{
    Q_OBJECT

public:
    AdminRequestDialog(const AdminConsentRequest &request, BrowserOpener *browser, QWidget *parent = nullptr);

    const AdminConsentRequest &request() const { return m_request; }
    // Writes the packet as UTF-8 text (atomically); false with the status line saying why.
    bool saveTo(const QString &path);
    QString statusText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void copyRequest();
    void saveAs();
    void email();
    void setStatus(const QString &text, bool isError);

    AdminConsentRequest m_request;
    BrowserOpener *m_browser;
    QLabel *m_status;
    QTableWidget *m_scopes;
};

} // namespace MentorDesk
