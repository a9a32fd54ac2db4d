#include "ui/welcome/WelcomePage.h"

#include "core/auth/Session.h"
#include "core/auth/SignInFlow.h"
#include "ui/common/Icons.h"
#include "ui/common/SignInProgressPanel.h"
#include "ui/common/Theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

WelcomePage::WelcomePage(Session *session, bool demoAvailable, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_demoAvailable(demoAvailable)
{
    setObjectName(u"welcomePage"_s);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/icons/%1.svg"_s.arg(QLatin1StringView(MENTORDESK_APP_ID))).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    logo->setAccessibleName(tr("MentorDesk logo"));
    auto *title = new QLabel(tr("Welcome to MentorDesk"), this);
    title->setObjectName(u"title"_s);
    title->setAlignment(Qt::AlignCenter);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(u"subtitle"_s);
    m_subtitle->setAlignment(Qt::AlignCenter);
    m_subtitle->setWordWrap(true);

    // Idle state
    auto *idle = new QWidget(this);
    m_signIn = new QPushButton(idle);
    m_signIn->setObjectName(u"signInButton"_s);
    m_signIn->setDefault(true);
    m_signIn->setMinimumHeight(40);
    m_signIn->setIcon(Icons::get(Icons::Name::SignIn));
    m_demo = new QPushButton(tr("Try the &demo tenant"), idle);
    m_demo->setObjectName(u"demoButton"_s);
    m_demo->setAccessibleName(tr("Try the demo tenant"));
    m_demo->setToolTip(
        tr("A built-in imitation of Microsoft 365 on this computer: try everything without an account."));
    m_settings = new QPushButton(tr("Sign-in &settings…"), idle);
    m_settings->setObjectName(u"settingsButton"_s);
    m_settings->setAccessibleName(tr("Sign-in settings"));
    m_settings->setFlat(true);
    m_configSummary = new QLabel(idle);
    m_configSummary->setObjectName(u"configSummary"_s);
    m_configSummary->setTextFormat(Qt::PlainText);
    m_configSummary->setAlignment(Qt::AlignCenter);
    m_configSummary->setWordWrap(true);
    QPalette dim = m_configSummary->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::Disabled, QPalette::WindowText));
    m_configSummary->setPalette(dim);
    connect(m_signIn, &QPushButton::clicked, this, &WelcomePage::signInRequested);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_settings, &QPushButton::clicked, this, &WelcomePage::settingsRequested);
    // Always reachable, signed in or not: many organisations let only administrators approve apps.
    m_adminRequest = new QPushButton(tr("Request approval from &IT…"), idle);
    m_adminRequest->setObjectName(u"adminRequestButton"_s);
    m_adminRequest->setAccessibleName(tr("Request approval from IT"));
    m_adminRequest->setToolTip(tr("What to send your IT department if your organisation lets only administrators "
                                  "approve apps."));
    m_adminRequest->setFlat(true);
    connect(m_adminRequest, &QPushButton::clicked, this, &WelcomePage::adminRequestRequested);
    auto *idleLayout = new QVBoxLayout(idle);
    idleLayout->addWidget(m_signIn);
    idleLayout->addWidget(m_demo);
    idleLayout->addWidget(m_settings);
    idleLayout->addWidget(m_adminRequest);
    idleLayout->addWidget(m_configSummary);

    // Busy state: the round's progress, Cancel and the sign-in address (the same panel as every other round's).
    m_busy = new SignInProgressPanel(SignInProgressPanel::Style::Page, this);
    m_busy->setObjectName(u"welcomeSignInProgress"_s);
    m_busy->setSession(m_session);

    m_states = new QStackedWidget(this);
    m_states->addWidget(idle);
    m_states->addWidget(m_busy);

    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setTextFormat(Qt::PlainText); // quotes the identity provider's error_description
    m_message->setWordWrap(true);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(10);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    // The organisation needs an administrator first: say so before the user goes through the browser again.
    m_adminNotice = new QFrame(this);
    m_adminNotice->setObjectName(u"adminNotice"_s);
    m_adminNotice->setFrameShape(QFrame::StyledPanel);
    m_adminNoticeText = new QLabel(m_adminNotice);
    m_adminNoticeText->setObjectName(u"adminNoticeText"_s);
    m_adminNoticeText->setTextFormat(Qt::PlainText);
    m_adminNoticeText->setWordWrap(true);
    m_checkAgain = new QPushButton(tr("Check &again"), m_adminNotice);
    m_checkAgain->setObjectName(u"checkAgain"_s);
    m_checkAgain->setAccessibleName(tr("Check again"));
    m_checkAgain->setToolTip(tr("Ask Microsoft whether your administrator has approved MentorDesk. Your browser "
                                "opens briefly and shows no consent page."));
    auto *noticeRequest = new QPushButton(tr("Send the &request to IT…"), m_adminNotice);
    noticeRequest->setObjectName(u"noticeAdminRequest"_s);
    noticeRequest->setAccessibleName(tr("Send the request to IT"));
    connect(m_checkAgain, &QPushButton::clicked, this, [this] {
        showMessage(tr("Checking with Microsoft whether your administrator has approved MentorDesk…"), false);
        m_session->checkConsent();
    });
    connect(noticeRequest, &QPushButton::clicked, this, &WelcomePage::adminRequestRequested);
    auto *noticeButtons = new QHBoxLayout;
    noticeButtons->addWidget(noticeRequest);
    noticeButtons->addWidget(m_checkAgain);
    noticeButtons->addStretch();
    auto *noticeLayout = new QVBoxLayout(m_adminNotice);
    noticeLayout->addWidget(m_adminNoticeText);
    noticeLayout->addLayout(noticeButtons);

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(logo);
    column->addWidget(title);
    column->addWidget(m_subtitle);
    column->addSpacing(16);
    column->addWidget(m_message);
    column->addWidget(m_adminNotice);
    column->addWidget(m_states);
    column->addStretch(3);
    auto *row = new QHBoxLayout(this);
    row->addStretch(1);
    row->addLayout(column, 2);
    row->addStretch(1);

    connect(m_session->flow(), &SignInFlow::stageChanged, this, &WelcomePage::onStageChanged);
    connect(m_session, &Session::stateChanged, this, &WelcomePage::refresh);
    connect(m_session, &Session::consentChanged, this, &WelcomePage::updateAdminNotice);
    connect(m_session, &Session::consentChecked, this, [this](const ConsentCheckResult &result) {
        showMessage(result.outcome == ConsentCheckResult::Outcome::Approved ? QString() : result.userMessage(),
                    result.outcome != ConsentCheckResult::Outcome::NotYet);
    });
    connect(m_session, &Session::keychainUnavailable, this,
            [this](const QString &message) { showMessage(message, false); });
    refresh();
}

void WelcomePage::refresh()
{
    const AppConfig &config = m_session->config();
    const Account &remembered = m_session->rememberedAccount();
    if (config.sandbox) {
        m_subtitle->setText(tr("You are on the demo tenant: a local imitation of Microsoft 365 on this computer. "
                               "Everything works as with a real account, and nothing leaves this computer."));
        m_signIn->setText(tr("&Sign in to the demo tenant"));
    } else {
        m_subtitle->setText(tr("Your Outlook calendars, Teams mentoring sessions and channel posts, with delegated "
                               "permissions only: you see every permission before you consent."));
        m_signIn->setText(remembered.isValid() ? tr("&Continue as %1").arg(remembered.username)
                                               : tr("&Sign in with Microsoft"));
    }
    m_signIn->setAccessibleName(m_signIn->text().remove(u'&'));
    m_demo->setVisible(m_demoAvailable && !config.sandbox);
    m_settings->setVisible(!config.sandbox);
    const QString clientId = config.clientId.isEmpty() ? tr("not set") : config.clientId;
    m_configSummary->setText(
        config.sandbox
            ? QString()
            : tr("%1 · tenant %2 · client ID %3")
                  .arg(CloudInfo::displayName(config.cloud),
                       config.authorityOverride.isEmpty() ? config.tenant : config.authority().toDisplayString(),
                       clientId));
    showBusy(m_session->flow()->isRunning() || m_session->state() == Session::State::Restoring || m_restoring);
    onStageChanged();
    updateAdminNotice();
}

void WelcomePage::updateAdminNotice()
{
    const bool blocked = m_session->signInBlocked();
    m_adminNotice->setVisible(blocked);
    if (!blocked)
        return;
    m_adminNoticeText->setText(
        tr("Your organisation lets only administrators approve apps, so MentorDesk needs your IT department's "
           "approval before you can sign in. Send them the request; once they have approved, choose \"Check "
           "again\". Signing in again before that only shows Microsoft's \"Need admin approval\" page."));
    m_checkAgain->setEnabled(!m_session->isCheckingConsent() && !m_session->flow()->isRunning());
}

void WelcomePage::setRestoring(bool restoring)
{
    if (m_restoring == restoring)
        return;
    m_restoring = restoring;
    refresh();
}

void WelcomePage::showBusy(bool busy)
{
    m_states->setCurrentIndex(busy ? 1 : 0);
    if (busy)
        m_busy->focusAction();
    else
        m_signIn->setFocus();
}

void WelcomePage::onStageChanged()
{
    if (!m_session->flow()->isRunning()) {
        if (m_session->state() == Session::State::Restoring || m_restoring) {
            m_busy->showStatus(tr("Restoring your sign-in…"));
        } else {
            m_busy->showStatus({});
            showBusy(false);
        }
        return;
    }
    m_message->hide();
    showBusy(true);
}

void WelcomePage::showMessage(const QString &message, bool isError)
{
    m_message->setText(message);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     isError ? Theme::danger() : palette.color(QPalette::Active, QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setVisible(!message.isEmpty());
}

QString WelcomePage::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

} // namespace MentorDesk
