#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QFrame;
class QVBoxLayout;

namespace MentorDesk {

class Avatar;
class ScopeListView;
class Session;

// After consent, at any time: requested vs granted per permission, what each missing one turns off, what to do
// (retry, the administrator's consent link and "Check again", Teams on/off), how to revoke, and sign-out. Signed
// out it is the read-only catalogue: what MentorDesk would ask for, and why.
class PermissionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PermissionsDialog(Session *session, QWidget *parent = nullptr);

    void refresh();
    // "Check again" (permissions waiting for an administrator): one check, never a consent page.
    void checkAgain();

Q_SIGNALS:
    void retryConsentRequested();
    void adminRequestRequested(); // show the IT request packet
    void teamsFeaturesRequested(bool on);
    void signOutRequested();

private:
    Session *m_session;
    Avatar *m_avatar;
    QLabel *m_accountName;
    QLabel *m_accountDetails;
    QLabel *m_problem;
    QLabel *m_summary;
    ScopeListView *m_scopes;
    QLabel *m_features;
    QFrame *m_adminBox;
    QLabel *m_adminText;
    QLineEdit *m_adminUrl;
    QLabel *m_checkResult;
    QPushButton *m_retry;
    QPushButton *m_teams;
    QPushButton *m_signOut;
};

} // namespace MentorDesk
