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
// (retry, the administrator's consent link, Teams on/off), how to revoke, and sign-out.
class PermissionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PermissionsDialog(Session *session, QWidget *parent = nullptr);

    void refresh();
    QString adminConsentRequestText() const;

Q_SIGNALS:
    void retryConsentRequested();
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
    QLineEdit *m_adminUrl;
    QPushButton *m_retry;
    QPushButton *m_teams;
};

} // namespace MentorDesk
