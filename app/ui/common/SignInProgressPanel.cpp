#include "ui/common/SignInProgressPanel.h"

#include "core/auth/SignInFlow.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

SignInProgressPanel::SignInProgressPanel(Style style, QWidget *parent)
    : QFrame(parent)
    , m_style(style)
{
    setObjectName(u"signInProgress"_s);
    setAccessibleName(tr("Sign-in in progress"));

    m_text = new QLabel(this);
    m_text->setObjectName(u"busyText"_s);
    m_text->setTextFormat(Qt::PlainText); // names the account
    m_text->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"busyProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Signing in"));
    m_copy = new QPushButton(tr("Cop&y sign-in address"), this);
    m_copy->setObjectName(u"copySignInUrl"_s);
    m_copy->setAccessibleName(tr("Copy sign-in address"));
    m_copy->setToolTip(tr("If your browser did not open, or opened where you cannot sign in, paste this address into "
                          "a browser on this computer."));
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QUrl address = signInAddress();
        if (!address.isEmpty())
            QApplication::clipboard()->setText(address.toString(QUrl::FullyEncoded));
    });
    m_cancel = new QPushButton(tr("&Cancel sign-in"), this);
    m_cancel->setObjectName(u"cancelSignIn"_s);
    m_cancel->setAccessibleName(tr("Cancel sign-in"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->cancelSignIn();
    });

    m_addressBox = new QWidget(this);
    auto *hint = new QLabel(tr("MentorDesk could not open your browser. Open this address in a browser on this "
                               "computer to continue:"),
                            m_addressBox);
    hint->setObjectName(u"signInUrlHint"_s);
    hint->setWordWrap(true);
    m_address = new QLineEdit(m_addressBox);
    m_address->setObjectName(u"signInUrl"_s);
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Sign-in address"));
    auto *addressLayout = new QVBoxLayout(m_addressBox);
    addressLayout->setContentsMargins(0, 0, 0, 0);
    addressLayout->addWidget(hint);
    addressLayout->addWidget(m_address);
    m_addressBox->hide();

    auto *buttons = new QHBoxLayout;
    if (m_style == Style::Page) {
        // A column in the middle of the welcome page: what happens, the progress, the address, the buttons.
        m_text->setAlignment(Qt::AlignCenter);
        buttons->addStretch(1);
        buttons->addWidget(m_copy);
        buttons->addWidget(m_cancel);
        buttons->addStretch(1);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_text);
        layout->addWidget(m_progress);
        layout->addWidget(m_addressBox);
        layout->addLayout(buttons);
    } else {
        // A strip above the window's content, like the banner: the window stays usable while the browser is open.
        setFrameShape(QFrame::StyledPanel);
        m_progress->setFixedWidth(m_progress->fontMetrics().averageCharWidth() * 10);
        buttons->addWidget(m_progress);
        buttons->addWidget(m_text, 1);
        buttons->addWidget(m_copy);
        buttons->addWidget(m_cancel);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(10, 6, 6, 6);
        layout->addLayout(buttons);
        layout->addWidget(m_addressBox);
    }
    refresh();
}

void SignInProgressPanel::setSession(Session *session)
{
    if (m_session == session)
        return;
    if (m_session) {
        m_session->disconnect(this);
        m_session->flow()->disconnect(this);
    }
    m_session = session;
    if (m_session) {
        SignInFlow *flow = m_session->flow();
        connect(flow, &SignInFlow::stageChanged, this, &SignInProgressPanel::refresh);
        connect(flow, &SignInFlow::browserOpenFailed, this, &SignInProgressPanel::showAddress);
        connect(m_session, &Session::accountChanged, this, &SignInProgressPanel::refresh);
    }
    refresh();
}

void SignInProgressPanel::setAccountLabel(const QString &label)
{
    m_accountLabel = label;
    refresh();
}

void SignInProgressPanel::showStatus(const QString &text)
{
    m_status = text;
    refresh();
}

void SignInProgressPanel::focusAction()
{
    if (m_addressBox->isVisibleTo(this))
        m_address->setFocus(Qt::OtherFocusReason);
    else if (m_cancel->isVisibleTo(this))
        m_cancel->setFocus(Qt::OtherFocusReason);
}

bool SignInProgressPanel::isRoundRunning() const
{
    return m_running;
}

QString SignInProgressPanel::text() const
{
    return m_text->text();
}

QUrl SignInProgressPanel::signInAddress() const
{
    return m_session && m_running ? m_session->flow()->authorizationUrl() : QUrl();
}

QString SignInProgressPanel::waitingText(Session::Round round, const QString &account)
{
    switch (round) {
    case Session::Round::SignIn:
        if (!account.isEmpty())
            return tr("Finish signing in as %1 in your browser. MentorDesk is waiting for it…").arg(account);
        break;
    case Session::Round::Reauthenticate:
        if (!account.isEmpty())
            return tr("Sign in again as %1 in your browser. MentorDesk is waiting for it; everything you were doing "
                      "is kept.")
                .arg(account);
        return tr("Sign in again in your browser. MentorDesk is waiting for it; everything you were doing is kept.");
    case Session::Round::EnableTeams:
        if (!account.isEmpty())
            return tr("Your browser is open to approve the Teams permissions for %1. MentorDesk is waiting for it…")
                .arg(account);
        return tr("Your browser is open to approve the Teams permissions. MentorDesk is waiting for it…");
    case Session::Round::AddAccount:
        return tr("Choose the account to add in your browser. MentorDesk is waiting for it…");
    case Session::Round::CheckConsent:
        return tr("Checking with Microsoft whether your administrator has approved MentorDesk. Your browser opens "
                  "briefly and shows no consent page…");
    }
    return tr("Finish signing in in your browser. MentorDesk is waiting for it…");
}

QString SignInProgressPanel::accountLabel() const
{
    if (!m_accountLabel.isEmpty() || !m_session)
        return m_accountLabel;
    const Account &account = m_session->account();
    if (!account.isValid())
        return {};
    if (!account.displayName.isEmpty())
        return account.displayName;
    return account.username.isEmpty() ? account.email : account.username;
}

void SignInProgressPanel::refresh()
{
    const SignInFlow::Stage stage = m_session ? m_session->flow()->stage() : SignInFlow::Stage::Idle;
    const bool running = stage != SignInFlow::Stage::Idle;
    const bool started = running && !m_running;
    const bool ended = !running && m_running;
    m_running = running;
    if (started)
        m_status.clear(); // a round replaces the status shown before it
    if (!running) {
        m_addressBox->hide();
        m_address->clear();
    }

    QString text = m_status;
    switch (stage) {
    case SignInFlow::Stage::Idle:
        break;
    case SignInFlow::Stage::Discovering:
        text = tr("Reading the sign-in configuration…");
        break;
    case SignInFlow::Stage::WaitingForBrowser:
        text = waitingText(m_session->currentRound(), accountLabel());
        break;
    case SignInFlow::Stage::ExchangingCode:
        text = tr("Completing sign-in…");
        break;
    }
    m_text->setText(text);
    setAccessibleDescription(text);
    m_progress->setVisible(running || !m_status.isEmpty());
    m_cancel->setVisible(running);
    // The address exists from the moment the browser is asked to open it until the browser has answered.
    m_copy->setVisible(stage == SignInFlow::Stage::WaitingForBrowser);
    if (m_style == Style::Bar)
        setVisible(running);
    if (started || ended)
        Q_EMIT roundRunningChanged(running);
}

void SignInProgressPanel::showAddress(const QUrl &url)
{
    m_address->setText(url.toString(QUrl::FullyEncoded));
    m_address->setCursorPosition(0);
    m_addressBox->show();
    m_address->setFocus(Qt::OtherFocusReason);
}

void SignInProgressPanel::paintEvent(QPaintEvent *event)
{
    if (m_style == Style::Bar) {
        // The banner's tint for information, taken from the palette in use when painted (so a theme change shows).
        const QColor base = palette().color(QPalette::Base);
        const QColor tone = Theme::accent();
        QPainter painter(this);
        painter.fillRect(rect(),
                         QColor::fromRgbF(base.redF() * 0.85f + tone.redF() * 0.15f,
                                          base.greenF() * 0.85f + tone.greenF() * 0.15f,
                                          base.blueF() * 0.85f + tone.blueF() * 0.15f));
    }
    QFrame::paintEvent(event);
}

} // namespace MentorDesk
