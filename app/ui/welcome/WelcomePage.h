#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace MentorDesk {

class Session;
class SignInProgressPanel;
struct SignInResult;

// What a signed-out user sees: sign in, try the demo tenant, sign-in settings; while the browser is open a busy
// state with Cancel (and the address to copy if no browser could be opened); after a failed round its reason. When
// the organisation lets only administrators approve MentorDesk, it says so (also after a restart) and offers the IT
// request packet and "Check again", so the user is not sent through the browser again for nothing.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(Session *session, bool demoAvailable, QWidget *parent = nullptr);

    void refresh();
    // The accounts signed in before are being restored (each with its own session, not this page's).
    void setRestoring(bool restoring);
    void showMessage(const QString &message, bool isError);
    QString messageText() const;

Q_SIGNALS:
    void signInRequested();
    void demoRequested();
    void settingsRequested();
    void adminRequestRequested(); // show the IT request packet

private:
    void showBusy(bool busy);
    void onStageChanged();
    void updateAdminNotice();

    Session *m_session;
    bool m_demoAvailable;
    bool m_restoring = false;
    QStackedWidget *m_states;
    QLabel *m_subtitle;
    QPushButton *m_signIn;
    QPushButton *m_demo;
    QPushButton *m_settings;
    QLabel *m_configSummary;
    QLabel *m_message;
    SignInProgressPanel *m_busy;
    QPushButton *m_adminRequest;
    QFrame *m_adminNotice;
    QLabel *m_adminNoticeText;
    QPushButton *m_checkAgain;
};

} // namespace MentorDesk
