#pragma once

#include "core/auth/Session.h"

#include <QFrame>
#include <QPointer>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace MentorDesk {

// What a sign-in round looks like while the browser is open, the same for every round: what happens now (in the
// words of that round: signing in, signing in again, the Teams permissions, choosing an account to add), Cancel
// (ends the round; whoever is signed in stays signed in), and "Copy sign-in address" with the round's authorization
// address, for when the browser did not open or opened somewhere else. When no browser could be started at all, the
// address is shown too, to open by hand.
//
// Page: a centred column, for the welcome page, which decides when it shows. Bar: a strip above the window's
// content that shows itself while its session runs a round and goes when the round ends.
class SignInProgressPanel : public QFrame
{
    Q_OBJECT

public:
    enum class Style {
        Page,
        Bar,
    };

    explicit SignInProgressPanel(Style style, QWidget *parent = nullptr);

    // The session whose rounds are shown (not owned); null: none.
    void setSession(Session *session);
    Session *session() const { return m_session; }
    // How the round's text names the account (e.g. "Alex Mentor (alex@contoso.example)"); empty: from the session's
    // account.
    void setAccountLabel(const QString &label);

    // A state without a round (Cancel and the address hidden), e.g. "Restoring your sign-in…"; until the next round.
    void showStatus(const QString &text);
    // Gives the keyboard focus to Cancel (or, when no browser opened, to the address).
    void focusAction();

    bool isRoundRunning() const;
    QString text() const;
    // The address the round opened (or tried to open) in the browser; empty before it is known.
    QUrl signInAddress() const;

    // What the panel says while the browser is open for round; account names the account (may be empty).
    static QString waitingText(Session::Round round, const QString &account);

Q_SIGNALS:
    // A round started or ended on the session.
    void roundRunningChanged(bool running);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();
    void showAddress(const QUrl &url);
    QString accountLabel() const;

    const Style m_style;
    QPointer<Session> m_session;
    QString m_accountLabel;
    QString m_status;
    bool m_running = false;
    QLabel *m_text;
    QProgressBar *m_progress;
    QPushButton *m_copy;
    QPushButton *m_cancel;
    QWidget *m_addressBox;
    QLineEdit *m_address;
};

} // namespace MentorDesk
