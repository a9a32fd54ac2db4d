#pragma once

#include "core/teams/ChannelTarget.h"
#include "core/teams/MessageComposer.h"
#include "core/teams/PostResult.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QToolButton;

namespace MentorDesk {

class AccountServices;
class BrowserOpener;
class ChannelPickerWidget;
class MessageEditor;
class PermissionNotice;
class TeamsService;
struct SessionAnnouncement;

// "Post to a Teams channel": pick the channel, write (subject, text with Bold/Italic/Link/List, importance), see
// the size against Teams' limit and a preview, send with progress and Cancel, then a link to the message. A post
// that fails stays here as a draft with Retry and Discard (and in the outbox list); one whose outcome is unknown is
// never resent without the user saying so. Modeless; MainWindow keeps it while the account is open, so closing it
// keeps what was written.
//
// With several signed-in accounts an "Account" choice sits above the channel picker: the post goes out as that
// account, to one of its teams. Switching lists that account's teams and keeps the subject and text.
class ComposerDialog : public QDialog
{
    Q_OBJECT

public:
    // browser opens the links in the preview and the status (e.g. the posted message in Teams); not owned.
    ComposerDialog(TeamsService *service, BrowserOpener *browser, QWidget *parent = nullptr);
    // The signed-in accounts (not owned), starting with initial (the first account when it is not one of them). The
    // "Account" row is hidden when there is only one.
    ComposerDialog(const QList<AccountServices *> &accounts, AccountServices *initial, BrowserOpener *browser,
                   QWidget *parent = nullptr);
    ~ComposerDialog() override;

    // The account that posts; null with the single-service constructor.
    AccountServices *account() const;
    // Posts as account (one of those given) from now on: its teams in the picker, the text kept. False, and nothing
    // changes, while a post is being followed (sending, or failed and not yet discarded) or for an account not
    // offered.
    bool setAccount(AccountServices *account);
    TeamsService *service() const { return m_service; }
    // The current account's picker (a new one after setAccount()).
    ChannelPickerWidget *picker() const { return m_picker; }
    // Prefills subject and text (e.g. "Share a session").
    void setAnnouncement(const SessionAnnouncement &announcement);
    void setSubject(const QString &subject);
    void setText(const QString &text);
    QString text() const;
    const MessageComposer &composer() const { return m_composer; }

    // The post this dialog is following (0: none).
    qint64 currentPostId() const { return m_postId; }
    QString statusText() const;

public Q_SLOTS:
    void send();
    void retry();
    void discard();

Q_SIGNALS:
    void permissionsRequested();
    void adminRequestRequested(); // the IT request packet, when an administrator must approve first
    void posted(const MentorDesk::PostResult &result);
    // The user chose another account (setAccount() succeeded).
    void accountChanged(MentorDesk::AccountServices *account);

private:
    enum class Phase { Editing, InFlight, Unresolved, Sent };

    void init();
    // Connects to m_service, and a picker for it in the left column.
    void bindService();
    void fillAccounts();
    void onAccountPicked(int index);
    void updateComposer();
    void updatePreview();
    void updateAvailability();
    void updateButtons();
    void onChannelChanged(const ChannelTarget &target);
    void onPostStateChanged(qint64 postId, PostState state, const QString &text);
    void onPostFinished(const PostResult &result);
    void setPhase(Phase phase);
    void setStatus(const QString &text, bool error = false);

    QList<QPointer<AccountServices>> m_accounts;
    QPointer<AccountServices> m_account;
    TeamsService *m_service;
    MessageComposer m_composer;
    ChannelTarget m_target; // the picker's choice
    ChannelTarget m_postTarget; // where the followed post goes
    qint64 m_postId = 0;
    PostState m_postState = PostState::Waiting;
    Phase m_phase = Phase::Editing;
    QTimer m_previewTimer;

    QWidget *m_left;
    QComboBox *m_accountCombo;
    ChannelPickerWidget *m_picker = nullptr;
    PermissionNotice *m_notice;
    QLabel *m_targetLabel;
    QLineEdit *m_subject;
    QTabWidget *m_tabs;
    MessageEditor *m_editor;
    BrowserOpener *m_browser;
    QTextBrowser *m_preview;
    QToolButton *m_bold;
    QToolButton *m_italic;
    QToolButton *m_link;
    QToolButton *m_list;
    QComboBox *m_importance;
    QProgressBar *m_size;
    QLabel *m_problem;
    QProgressBar *m_busy;
    QLabel *m_status;
    QPushButton *m_cancelSend;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QPushButton *m_close;
    QPushButton *m_send;
};

} // namespace MentorDesk
