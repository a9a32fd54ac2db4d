#include "ui/teams/ComposerDialog.h"

#include "core/auth/BrowserOpener.h"
#include "core/services/AccountServices.h"
#include "core/teams/SessionAnnouncement.h"
#include "core/teams/TeamsService.h"
#include "ui/common/AccountChoice.h"
#include "ui/common/Theme.h"
#include "ui/teams/ChannelPickerWidget.h"
#include "ui/teams/MessageEditor.h"
#include "ui/teams/PermissionNotice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

QToolButton *formatButton(const QString &text, const QString &accessibleName, const QString &tip,
                          const QKeySequence &shortcut, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setToolTip(
        shortcut.isEmpty() ? tip : ComposerDialog::tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    button->setAutoRaise(true);
    button->setMinimumWidth(34);
    if (!shortcut.isEmpty())
        button->setShortcut(shortcut);
    return button;
}

} // namespace

ComposerDialog::ComposerDialog(TeamsService *service, BrowserOpener *browser, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_browser(browser)
{
    init();
}

ComposerDialog::ComposerDialog(const QList<AccountServices *> &accounts, AccountServices *initial,
                               BrowserOpener *browser, QWidget *parent)
    : QDialog(parent)
    , m_service(nullptr)
    , m_browser(browser)
{
    for (AccountServices *account : accounts) {
        if (account && account->teams() && !m_accounts.contains(account))
            m_accounts.append(account);
    }
    Q_ASSERT(!m_accounts.isEmpty());
    m_account = initial && m_accounts.contains(initial) ? initial : m_accounts.first().data();
    m_service = m_account->teams();
    init();
    for (const QPointer<AccountServices> &account : std::as_const(m_accounts)) {
        connect(account, &AccountServices::profileChanged, this, &ComposerDialog::fillAccounts);
        // Queued: the guard is cleared by the time it runs.
        connect(account, &QObject::destroyed, this, &ComposerDialog::fillAccounts, Qt::QueuedConnection);
    }
}

void ComposerDialog::init()
{
    setObjectName(u"composerDialog"_s);
    setWindowTitle(tr("Post to a Teams channel"));
    setAccessibleName(tr("Post to a Teams channel"));

    // The left column: whose teams (with several accounts), then the picker for that account.
    m_left = new QWidget(this);
    m_left->setObjectName(u"composerLeft"_s);
    m_accountCombo = new QComboBox(m_left);
    m_accountCombo->setObjectName(u"accountCombo"_s);
    m_accountCombo->setAccessibleName(tr("Account"));
    m_accountCombo->setToolTip(tr("The account that posts: its teams and channels are listed below."));
    auto *accountLabel = new QLabel(tr("&Account"), m_left);
    accountLabel->setObjectName(u"accountLabel"_s);
    accountLabel->setBuddy(m_accountCombo);
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(accountLabel);
    accountRow->addWidget(m_accountCombo, 1);
    auto *leftLayout = new QVBoxLayout(m_left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(accountRow);
    const bool choice = m_accounts.size() > 1; // one account: nothing to choose
    accountLabel->setVisible(choice);
    m_accountCombo->setVisible(choice);
    fillAccounts();
    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, &ComposerDialog::onAccountPicked);

    auto *right = new QWidget(this);
    m_notice = new PermissionNotice(right);
    connect(m_notice, &PermissionNotice::permissionsRequested, this, &ComposerDialog::permissionsRequested);
    connect(m_notice, &PermissionNotice::adminRequestRequested, this, &ComposerDialog::adminRequestRequested);
    m_targetLabel = new QLabel(right);
    m_targetLabel->setObjectName(u"targetLabel"_s);
    m_targetLabel->setTextFormat(Qt::PlainText); // team and channel names
    m_targetLabel->setWordWrap(true);
    QFont heading = m_targetLabel->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.1);
    m_targetLabel->setFont(heading);

    m_subject = new QLineEdit(right);
    m_subject->setObjectName(u"subjectEdit"_s);
    m_subject->setPlaceholderText(tr("Subject (optional)"));
    m_subject->setAccessibleName(tr("Subject"));

    m_editor = new MessageEditor(right);
    m_editor->setObjectName(u"messageEdit"_s);
    m_editor->setAccessibleName(tr("Message"));
    m_editor->setAccessibleDescription(tr("Plain text. **bold**, *italic*, [text](https://…) for a link, and \"- \" "
                                          "at the start of a line for a list."));
    m_editor->setPlaceholderText(tr("Write your message. Use the buttons above for bold, italic, links and lists."));

    m_bold = formatButton(tr("B"), tr("Bold"), tr("Bold: **text**"), QKeySequence::Bold, u"boldButton"_s, right);
    QFont boldFont = m_bold->font();
    boldFont.setBold(true);
    m_bold->setFont(boldFont);
    m_italic
        = formatButton(tr("I"), tr("Italic"), tr("Italic: *text*"), QKeySequence::Italic, u"italicButton"_s, right);
    QFont italicFont = m_italic->font();
    italicFont.setItalic(true);
    m_italic->setFont(italicFont);
    m_link = formatButton(tr("Link"), tr("Insert link"), tr("Link: [text](https://…)"),
                          QKeySequence(Qt::CTRL | Qt::Key_K), u"linkButton"_s, right);
    m_list = formatButton(tr("List"), tr("Bulleted list"), tr("Bulleted list: \"- \" at the start of a line"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), u"listButton"_s, right);
    connect(m_bold, &QToolButton::clicked, m_editor, &MessageEditor::toggleBold);
    connect(m_italic, &QToolButton::clicked, m_editor, &MessageEditor::toggleItalic);
    connect(m_link, &QToolButton::clicked, m_editor, &MessageEditor::insertLink);
    connect(m_list, &QToolButton::clicked, m_editor, &MessageEditor::toggleList);
    for (QToolButton *button : {m_bold, m_italic, m_link, m_list})
        connect(button, &QToolButton::clicked, m_editor, qOverload<>(&QWidget::setFocus));

    auto *writePage = new QWidget(right);
    auto *toolbar = new QHBoxLayout;
    toolbar->setSpacing(2);
    toolbar->addWidget(m_bold);
    toolbar->addWidget(m_italic);
    toolbar->addWidget(m_link);
    toolbar->addWidget(m_list);
    toolbar->addStretch(1);
    auto *writeLayout = new QVBoxLayout(writePage);
    writeLayout->setContentsMargins(4, 4, 4, 4);
    writeLayout->addLayout(toolbar);
    writeLayout->addWidget(m_editor, 1);

    m_preview = new QTextBrowser(right);
    m_preview->setObjectName(u"previewView"_s);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    connect(m_preview, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (MessageComposer::isAllowedLink(url) && m_browser)
            m_browser->openUrl(url);
    });

    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(u"composerTabs"_s);
    m_tabs->setAccessibleName(tr("Message and preview"));
    m_tabs->addTab(writePage, tr("&Write"));
    m_tabs->addTab(m_preview, tr("Pre&view"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ComposerDialog::updatePreview);

    m_importance = new QComboBox(right);
    m_importance->setObjectName(u"importanceCombo"_s);
    m_importance->setAccessibleName(tr("Importance"));
    m_importance->addItem(tr("Normal"), int(ChatMessage::Importance::Normal));
    m_importance->addItem(tr("High"), int(ChatMessage::Importance::High));
    m_importance->addItem(tr("Urgent"), int(ChatMessage::Importance::Urgent));
    auto *importanceLabel = new QLabel(tr("I&mportance:"), right);
    importanceLabel->setBuddy(m_importance);

    m_size = new QProgressBar(right);
    m_size->setObjectName(u"sizeIndicator"_s);
    m_size->setAccessibleName(tr("Message size"));
    m_size->setRange(0, int(MessageComposer::kMaxRequestBytes));
    m_size->setMinimumWidth(170);
    m_size->setMaximumWidth(240);
    m_size->setToolTip(tr("Teams accepts posts up to about 28 KB, formatting included."));

    m_problem = new QLabel(right);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);

    m_busy = new QProgressBar(right);
    m_busy->setObjectName(u"sendProgress"_s);
    m_busy->setAccessibleName(tr("Sending"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(10);
    m_status = new QLabel(right);
    m_status->setObjectName(u"sendStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setOpenExternalLinks(false);
    connect(m_status, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link, QUrl::StrictMode);
        if (MessageComposer::isAllowedLink(url) && m_browser)
            m_browser->openUrl(url);
    });

    m_cancelSend = new QPushButton(tr("Cancel sending"), right);
    m_cancelSend->setObjectName(u"cancelSendButton"_s);
    m_cancelSend->setAccessibleName(tr("Cancel sending"));
    m_retry = new QPushButton(tr("&Retry"), right);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setAccessibleName(tr("Retry sending"));
    m_discard = new QPushButton(tr("&Discard"), right);
    m_discard->setObjectName(u"discardButton"_s);
    m_discard->setAccessibleName(tr("Discard the unsent post"));
    m_close = new QPushButton(tr("Close"), right);
    m_close->setObjectName(u"closeButton"_s);
    m_close->setAccessibleName(tr("Close"));
    m_send = new QPushButton(tr("&Send"), right);
    m_send->setObjectName(u"sendButton"_s);
    m_send->setAccessibleName(tr("Send"));
    m_send->setDefault(true);
    m_send->setAutoDefault(true);
    connect(m_cancelSend, &QPushButton::clicked, this, &ComposerDialog::discard);
    connect(m_retry, &QPushButton::clicked, this, &ComposerDialog::retry);
    connect(m_discard, &QPushButton::clicked, this, &ComposerDialog::discard);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &ComposerDialog::send);

    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(importanceLabel);
    optionsRow->addWidget(m_importance);
    optionsRow->addStretch(1);
    optionsRow->addWidget(m_size);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy, 0, Qt::AlignVCenter);
    statusRow->addWidget(m_status, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancelSend);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_send);

    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_notice);
    rightLayout->addWidget(m_targetLabel);
    rightLayout->addWidget(m_subject);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addLayout(optionsRow);
    rightLayout->addWidget(m_problem);
    rightLayout->addLayout(statusRow);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"composerSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &ComposerDialog::updatePreview);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerDialog::updateComposer);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ComposerDialog::updateComposer);
    connect(m_importance, &QComboBox::currentIndexChanged, this, &ComposerDialog::updateComposer);

    bindService();
    QWidget::setTabOrder(m_accountCombo, m_picker);

    updateComposer();
    updateAvailability();
    setPhase(Phase::Editing);
    onChannelChanged({});
    resize(1000, 640);
    m_picker->activate();
}

ComposerDialog::~ComposerDialog() = default;

void ComposerDialog::bindService()
{
    connect(m_service, &TeamsService::availabilityChanged, this, &ComposerDialog::updateAvailability);
    connect(m_service, &TeamsService::postStateChanged, this, &ComposerDialog::onPostStateChanged);
    connect(m_service, &TeamsService::postFinished, this, &ComposerDialog::onPostFinished);
    connect(m_service, &TeamsService::teamUpdated, this, [this] { updateButtons(); });

    // A picker per account: its lists, selection and loads belong to that account's TeamsService.
    auto *picker = new ChannelPickerWidget(m_service, m_left);
    picker->setMinimumWidth(260);
    connect(picker, &ChannelPickerWidget::channelChanged, this, &ComposerDialog::onChannelChanged);
    connect(picker, &ChannelPickerWidget::permissionsRequested, this, &ComposerDialog::permissionsRequested);
    connect(picker, &ChannelPickerWidget::adminRequestRequested, this, &ComposerDialog::adminRequestRequested);
    auto *layout = static_cast<QVBoxLayout *>(m_left->layout());
    if (m_picker) {
        layout->replaceWidget(m_picker, picker);
        delete m_picker;
    } else {
        layout->addWidget(picker, 1);
    }
    m_picker = picker;
}

void ComposerDialog::fillAccounts()
{
    AccountChoice::fill(m_accountCombo, m_accounts, m_account);
}

void ComposerDialog::onAccountPicked(int index)
{
    auto *account = AccountChoice::accountAt(m_accountCombo, index);
    if (!setAccount(account))
        fillAccounts(); // back to the account that stays
}

AccountServices *ComposerDialog::account() const
{
    return m_account;
}

bool ComposerDialog::setAccount(AccountServices *account)
{
    if (account && account == m_account)
        return true;
    // A post being followed belongs to the current account's outbox: it is finished or discarded there first.
    if (!account || !account->teams() || !m_accounts.contains(account) || m_phase != Phase::Editing || m_postId != 0)
        return false;
    m_service->disconnect(this);
    m_account = account;
    m_service = account->teams();
    bindService();
    QWidget::setTabOrder(m_accountCombo, m_picker);
    setStatus({});
    updateAvailability();
    onChannelChanged({});
    fillAccounts();
    m_picker->activate();
    Q_EMIT accountChanged(account);
    return true;
}

void ComposerDialog::setAnnouncement(const SessionAnnouncement &announcement)
{
    setSubject(announcement.subject);
    setText(announcement.text);
}

void ComposerDialog::setSubject(const QString &subject)
{
    m_subject->setText(subject);
}

void ComposerDialog::setText(const QString &text)
{
    m_editor->setPlainText(text);
}

QString ComposerDialog::text() const
{
    return m_editor->toPlainText();
}

QString ComposerDialog::statusText() const
{
    return m_status->text();
}

void ComposerDialog::updateComposer()
{
    m_composer.setSubject(m_subject->text());
    m_composer.setText(m_editor->toPlainText());
    m_composer.setImportance(ChatMessage::Importance(m_importance->currentData().toInt()));
    const qsizetype bytes = m_composer.requestBytes();
    const bool tooLarge = m_composer.status() == MessageComposer::Status::TooLarge;
    m_size->setValue(int(qMin(bytes, MessageComposer::kMaxRequestBytes)));
    m_size->setFormat(m_composer.sizeText());
    QPalette p = palette();
    if (tooLarge)
        p.setColor(QPalette::Highlight, Theme::danger());
    m_size->setPalette(p);
    // Only a refusal is shown; an empty editor is obvious.
    m_problem->setText(tooLarge ? m_composer.problem() : QString());
    QPalette problemPalette = palette();
    problemPalette.setColor(QPalette::WindowText, Theme::danger());
    m_problem->setPalette(problemPalette);
    m_problem->setVisible(tooLarge);
    m_previewTimer.start();
    updateButtons();
}

void ComposerDialog::updatePreview()
{
    if (m_tabs->currentWidget() == m_preview)
        m_preview->setHtml(m_composer.previewHtml());
}

void ComposerDialog::updateAvailability()
{
    const FeatureAvailability gate = m_service->availability(Feature::PostToChannel);
    m_notice->setMessage(gate.message);
    m_notice->setAdminRequestVisible(gate.reason == FeatureAvailability::Reason::AdminApprovalNeeded);
    m_notice->setPermissionsButtonVisible(gate.reason != FeatureAvailability::Reason::PersonalAccount
                                          && gate.reason != FeatureAvailability::Reason::NotSignedIn);
    // The picker explains when it cannot list; this notice is for posting itself.
    m_notice->setVisible(!gate.isAvailable() && m_service->availability(Feature::ListChannels).isAvailable());
    updateButtons();
}

void ComposerDialog::onChannelChanged(const ChannelTarget &target)
{
    m_target = target;
    m_targetLabel->setText(target.isValid() ? tr("Posting to %1").arg(target.label())
                                            : tr("Choose a team and a channel"));
    updateButtons();
}

void ComposerDialog::updateButtons()
{
    const bool available = m_service->availability(Feature::PostToChannel).isAvailable();
    const bool editing = m_phase != Phase::InFlight;
    m_send->setEnabled(editing && available && m_target.isValid() && m_composer.canPost());
    m_send->setToolTip(!available                  ? m_service->availability(Feature::PostToChannel).message
                           : !m_target.isValid()   ? tr("Choose a team and a channel first.")
                           : !m_composer.canPost() ? m_composer.problem()
                                                   : QString());
    m_subject->setReadOnly(!editing);
    m_editor->setReadOnly(!editing);
    for (QToolButton *button : {m_bold, m_italic, m_link, m_list})
        button->setEnabled(editing);
    m_importance->setEnabled(editing);
    m_picker->setEnabled(editing);
    // The followed post stays with its account until it is sent or discarded.
    m_accountCombo->setEnabled(m_phase == Phase::Editing && m_postId == 0);
    m_busy->setVisible(m_phase == Phase::InFlight);
    m_cancelSend->setVisible(m_phase == Phase::InFlight);
    m_cancelSend->setEnabled(m_phase == Phase::InFlight && m_postState != PostState::Sending);
    m_retry->setVisible(m_phase == Phase::Unresolved);
    m_discard->setVisible(m_phase == Phase::Unresolved);
}

void ComposerDialog::setPhase(Phase phase)
{
    m_phase = phase;
    updateButtons();
}

void ComposerDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, Theme::danger());
    m_status->setPalette(p);
    m_status->setAccessibleName(QString(text).remove(QRegularExpression(u"<[^>]*>"_s)));
}

void ComposerDialog::send()
{
    if (m_phase == Phase::InFlight)
        return;
    if (m_phase == Phase::Unresolved && m_postId != 0) {
        if (m_postState == PostState::NeedsAttention) {
            const auto answer = QMessageBox::question(
                this, tr("Post again?"),
                tr("MentorDesk could not confirm whether the earlier attempt arrived. If it did, the channel will "
                   "show both. Post this text anyway?"),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return;
        }
        // The edited text replaces the unsent draft.
        const qint64 old = std::exchange(m_postId, 0);
        m_service->discardPost(old);
    }
    QString problem;
    const qint64 id = m_service->post(m_target, m_composer, &problem);
    if (id == 0) {
        setStatus(problem.toHtmlEscaped(), true);
        return;
    }
    m_postId = id;
    m_postTarget = m_target;
    m_postState = PostState::Waiting;
    setStatus(tr("Sending to %1…").arg(m_target.label().toHtmlEscaped()));
    setPhase(Phase::InFlight);
}

void ComposerDialog::retry()
{
    if (m_phase != Phase::Unresolved || m_postId == 0)
        return;
    if (m_postState == PostState::NeedsAttention) {
        const auto answer = QMessageBox::question(
            this, tr("Send again?"),
            tr("MentorDesk could not confirm whether this post arrived. Look at the channel in Teams first: send it "
               "again only if it is not there."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    if (m_service->retryPost(m_postId)) {
        m_postState = PostState::Queued;
        setStatus(tr("Sending to %1…").arg(m_postTarget.label().toHtmlEscaped()));
        setPhase(Phase::InFlight);
    }
}

void ComposerDialog::discard()
{
    if (m_postId == 0)
        return;
    if (!m_service->discardPost(m_postId))
        setStatus(tr("It is being sent right now and can no longer be stopped."));
}

void ComposerDialog::onPostStateChanged(qint64 postId, PostState state, const QString &text)
{
    if (postId != m_postId || postId == 0)
        return;
    m_postState = state;
    switch (state) {
    case PostState::Waiting:
    case PostState::Queued:
    case PostState::Sending:
    case PostState::Retrying:
        setStatus(text.toHtmlEscaped());
        setPhase(Phase::InFlight);
        break;
    case PostState::Failed:
    case PostState::NeedsAttention:
        setStatus(text.toHtmlEscaped(), true);
        setPhase(Phase::Unresolved);
        break;
    case PostState::Sent:
    case PostState::Discarded:
        break; // onPostFinished()
    }
}

void ComposerDialog::onPostFinished(const PostResult &result)
{
    if (result.postId != m_postId || m_postId == 0)
        return;
    m_postId = 0;
    if (!result.isSent()) {
        setStatus(tr("Discarded. Your text is still here if you want to change it and send it again."));
        setPhase(Phase::Editing);
        return;
    }
    m_service->setDefaultChannel(result.target);
    QString text = tr("Posted to %1.").arg(result.target.label().toHtmlEscaped());
    if (result.message.webUrl.isValid()) {
        text += u" <a href=\""_s + result.message.webUrl.toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\">"_s
            + tr("Open it in Teams").toHtmlEscaped() + u"</a>"_s;
    }
    setStatus(text);
    m_subject->clear();
    m_editor->clear();
    setPhase(Phase::Editing);
    Q_EMIT posted(result);
}

} // namespace MentorDesk
