#include "ui/main/MainWindow.h"

#include "core/auth/SignInFlow.h"
#include "core/booking/BookingService.h"
#include "core/common/PlainText.h"
#include "core/outbox/Outbox.h"
#include "core/services/AppServices.h"
#include "core/teams/SessionAnnouncement.h"
#include "ui/booking/CancelSessionDialog.h"
#include "ui/booking/NewSessionDialog.h"
#include "ui/booking/RescheduleDialog.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/common/Avatar.h"
#include "ui/common/Banner.h"
#include "ui/common/Icons.h"
#include "ui/common/OutboxDialog.h"
#include "ui/common/Theme.h"
#include "ui/consent/ConsentReviewDialog.h"
#include "ui/consent/PermissionsDialog.h"
#include "ui/main/AboutDialog.h"
#include "ui/teams/ComposerDialog.h"
#include "ui/welcome/SignInSettingsDialog.h"
#include "ui/welcome/WelcomePage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

MainWindow::MainWindow(AppServices *services, DemoLauncher demoLauncher, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_session(services->session())
    , m_demoLauncher(std::move(demoLauncher))
{
    setObjectName(u"mainWindow"_s);

    m_banner = new Banner(this);
    m_welcome = new WelcomePage(m_session, bool(m_demoLauncher), this);
    connect(m_welcome, &WelcomePage::signInRequested, this, &MainWindow::startSignIn);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::startDemo);
    connect(m_welcome, &WelcomePage::settingsRequested, this, &MainWindow::showSignInSettings);

    m_signedInPage = new QWidget(this);
    m_signedInPage->setObjectName(u"signedInPage"_s);
    m_calendarPage = new CalendarPage(m_services->browser(), m_services->clock(), m_signedInPage);
    // "Share in a Teams channel…" in the event details pane.
    connect(m_calendarPage, &CalendarPage::shareRequested, this, &MainWindow::shareSession);
    m_calendarPage->setShareAvailable(true);
    auto *signedInLayout = new QVBoxLayout(m_signedInPage);
    signedInLayout->setContentsMargins(0, 0, 0, 0);
    signedInLayout->addWidget(m_calendarPage, 1);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_signedInPage);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setTextFormat(Qt::PlainText); // shows the account name
    statusBar()->addWidget(m_statusLabel, 1);
    m_outboxIndicator = new OutboxIndicator(this);
    statusBar()->addPermanentWidget(m_outboxIndicator);

    // The main toolbar: feature actions go on its left (New session, Post to a channel, ...), the signed-in account
    // on its right.
    m_toolBar = addToolBar(tr("Main toolbar"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBarSpacer = new QWidget(m_toolBar);
    m_toolBarSpacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBarSpacerAction = m_toolBar->addWidget(m_toolBarSpacer);

    m_avatar = new Avatar(24, this);
    m_accountButton = new QToolButton(this);
    m_accountButton->setObjectName(u"accountButton"_s);
    m_accountButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_accountButton->setPopupMode(QToolButton::InstantPopup);
    m_accountButton->setAutoRaise(true);
    m_toolBar->addWidget(m_accountButton);

    createMenus();
    setUpBooking();

    // The one place the window follows the account: everything showing or writing to it is set up in setAccount().
    connect(m_services, &AppServices::accountOpened, this, &MainWindow::setAccount);
    connect(m_services, &AppServices::accountClosing, this, [this] { setAccount(nullptr); });
    setAccount(m_services->account());
    connect(m_session, &Session::stateChanged, this, &MainWindow::updateForSession);
    connect(m_session, &Session::accountChanged, this, &MainWindow::updateForSession);
    connect(m_session, &Session::signInFinished, this, &MainWindow::onSignInFinished);
    connect(m_session, &Session::reauthenticationRequired, this, &MainWindow::onReauthenticationRequired);
    connect(m_session, &Session::signedOut, this, [this](const Account &account) {
        m_banner->hide();
        m_welcome->showMessage(
            tr("%1 is signed out: MentorDesk removed the sign-in and every cached item of this account from this "
               "computer. The permissions you granted stay with Microsoft until you revoke them at My Apps "
               "(myapps.microsoft.com); administrators revoke them in the Microsoft Entra admin center "
               "(Enterprise applications).")
                .arg(account.username.isEmpty() ? account.email : account.username),
            false);
    });
    connect(m_session, &Session::keychainUnavailable, this,
            [this](const QString &message) { m_banner->showMessage(Banner::Kind::Warning, message); });
    connect(m_banner, &Banner::primaryActionTriggered, this, [this] {
        if (!m_configProblemText.isEmpty() && m_banner->text() == m_configProblemText)
            showSignInSettings();
        else if (m_session->state() == Session::State::Expired)
            startSignIn();
    });
    connect(m_banner, &Banner::secondaryActionTriggered, this, [this] {
        if (m_session->state() == Session::State::Expired) {
            m_banner->hide();
            m_session->declineReauthentication();
        }
    });
    updateForSession();
    resize(1200, 780);
}

MainWindow::~MainWindow() = default;

void MainWindow::addToolBarAction(QAction *action)
{
    // Before the spacer, so feature actions line up on the left.
    m_toolBar->insertAction(m_toolBar->actions().value(m_toolBar->actions().indexOf(m_toolBarSpacerAction)), action);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *settings = fileMenu->addAction(tr("Sign-in &settings…"), this, &MainWindow::showSignInSettings);
    settings->setObjectName(u"actionSignInSettings"_s);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addActions(m_calendarPage->menuActions()); // Month/Week/Day/Agenda, Today, Previous, Next, Refresh
    viewMenu->addSeparator();
    QMenu *themeMenu = viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    for (Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark}) {
        QAction *action = themeMenu->addAction(Theme::displayName(mode));
        action->setCheckable(true);
        action->setChecked(Theme::current() == mode);
        action->setObjectName(u"actionTheme%1"_s.arg(int(mode)));
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [mode] {
            Theme::apply(mode);
            Theme::save(mode);
        });
    }

    QMenu *accountMenu = menuBar()->addMenu(tr("&Account"));
    QAction *permissions = accountMenu->addAction(tr("&Permissions…"), this, &MainWindow::showPermissions);
    permissions->setObjectName(u"actionPermissions"_s);
    permissions->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *switchAccount
        = accountMenu->addAction(tr("S&witch account…"), this, [this] { m_session->switchAccount(); });
    switchAccount->setObjectName(u"actionSwitchAccount"_s);
    accountMenu->addSeparator();
    QAction *signOut = accountMenu->addAction(tr("Sign &out"), m_session, &Session::signOut);
    signOut->setObjectName(u"actionSignOut"_s);
    m_signedInActions = {permissions, switchAccount, signOut};
    m_accountButton->setMenu(accountMenu);

    QMenu *teamsMenu = menuBar()->addMenu(tr("&Teams"));
    QAction *post = teamsMenu->addAction(tr("Post to a Teams &channel…"), this, &MainWindow::showTeamsComposer);
    post->setObjectName(u"actionPostToChannel"_s);
    post->setIcon(Icons::get(Icons::Name::Post));
    post->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    post->setIconText(tr("Post to a channel"));
    post->setToolTip(tr("Post an announcement or notes to a Teams channel"));
    m_signedInActions << post;
    addToolBarAction(post);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About MentorDesk"), this, &MainWindow::showAbout);
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::updateForSession()
{
    const Session::State state = m_session->state();
    const Account &account = m_session->account();
    const bool signedIn = account.isValid() && state != Session::State::SignedOut && state != Session::State::Restoring;
    m_pages->setCurrentWidget(signedIn ? m_signedInPage : m_welcome);
    m_toolBar->setVisible(signedIn);
    for (QAction *action : std::as_const(m_signedInActions))
        action->setEnabled(signedIn);
    const QString demo = m_session->config().sandbox ? tr(" (demo tenant)") : QString();
    setWindowTitle(signedIn ? tr("MentorDesk — %1%2").arg(account.displayName, demo) : tr("MentorDesk%1").arg(demo));
    const QString name = account.displayName.isEmpty() ? account.username : account.displayName;
    m_accountButton->setVisible(signedIn);
    if (signedIn) {
        m_avatar->setPerson(name,
                            QImage::fromData(m_services->account() ? m_services->account()->photo() : QByteArray()));
        m_accountButton->setIcon(QIcon(m_avatar->pixmap()));
        m_accountButton->setText(QString(name).replace(u'&', u"&&"_s)); // a "&" in the name is no shortcut
        m_accountButton->setAccessibleName(tr("Account: %1").arg(name));
        m_accountButton->setToolTip(PlainText::toolTip(account.username));
    }
    switch (state) {
    case Session::State::SignedOut:
        m_statusLabel->setText(tr("Not signed in"));
        break;
    case Session::State::Restoring:
        m_statusLabel->setText(tr("Restoring your sign-in…"));
        break;
    case Session::State::SigningIn:
        m_statusLabel->setText(tr("Signing in…"));
        break;
    case Session::State::SignedIn:
        m_statusLabel->setText(tr("Signed in as %1").arg(account.username));
        if (m_banner->isVisible() && m_banner->text() == reauthenticationText())
            m_banner->hide();
        break;
    case Session::State::Refreshing:
        m_statusLabel->setText(tr("Renewing your sign-in…"));
        break;
    case Session::State::Expired:
        m_statusLabel->setText(tr("Sign-in expired"));
        break;
    }
}

void MainWindow::startSignIn()
{
    AppConfig config = m_session->config();
    if (config.clientId.isEmpty() && !config.sandbox) {
        QMessageBox::information(this, tr("One setting is missing"),
                                 tr("MentorDesk needs the application (client) ID of your organisation's app "
                                    "registration before it can sign you in. You can also try the demo tenant."));
        showSignInSettings();
        if (m_session->config().clientId.isEmpty())
            return;
        config = m_session->config();
    }
    if (m_session->state() != Session::State::Expired) {
        ConsentReviewDialog review(ConsentReviewDialog::Round::SignIn, config.staySignedIn, this);
        if (review.exec() != QDialog::Accepted)
            return;
        if (review.staySignedIn() != config.staySignedIn) {
            config.staySignedIn = review.staySignedIn();
            if (!config.sandbox)
                QSettings().setValue(u"auth/staySignedIn"_s, config.staySignedIn);
            m_session->setConfig(config);
        }
    }
    m_welcome->showMessage({}, false);
    m_session->signIn();
}

void MainWindow::setTeamsFeatures(bool on)
{
    if (!on) {
        m_session->disableTeams();
        return;
    }
    ConsentReviewDialog review(ConsentReviewDialog::Round::Teams, m_session->config().staySignedIn,
                               m_permissions ? static_cast<QWidget *>(m_permissions.data()) : this);
    if (review.exec() == QDialog::Accepted)
        m_session->enableTeams();
}

void MainWindow::startDemo()
{
    if (!m_demoLauncher)
        return;
    QString error;
    const std::optional<AppConfig> demo = m_demoLauncher(&error);
    if (!demo) {
        m_welcome->showMessage(tr("The demo tenant could not start: %1").arg(error), true);
        return;
    }
    m_services->reconfigure(*demo);
    m_welcome->refresh();
    updateForSession();
    startSignIn();
}

void MainWindow::showSignInSettings()
{
    // On the demo tenant the dialog edits the saved settings for real use: the demo's loopback authority, Graph
    // address and client id exist for this run only and are never written anywhere.
    const bool demo = m_session->config().sandbox;
    SignInSettingsDialog dialog(demo ? AppConfig::load(QSettings()) : m_session->config(), this);
    if (demo)
        dialog.setNote(
            tr("You are using the demo tenant. These are the settings for your organisation's Microsoft 365: "
               "they are saved for the next time you start MentorDesk without the demo."));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppConfig config = dialog.config();
    QSettings settings;
    config.save(settings);
    if (!m_configProblemText.isEmpty() && m_banner->text() == m_configProblemText)
        m_banner->hide();
    m_configProblemText.clear();
    if (demo)
        return; // the demo keeps running on its own tenant
    m_services->reconfigure(config);
    m_welcome->refresh();
}

void MainWindow::showConfigProblems(const QList<ConfigProblem> &problems)
{
    if (problems.isEmpty())
        return;
    QStringList lines;
    for (const ConfigProblem &problem : problems)
        lines << problem.settingsMessage();
    lines << tr("MentorDesk uses the default for each of these until you change it in Sign-in settings.");
    m_configProblemText = lines.join(u'\n');
    m_banner->showMessage(Banner::Kind::Error, m_configProblemText, tr("Sign-in &settings…"));
}

void MainWindow::onSignInFinished(Session::Round round, const SignInResult &result)
{
    if (result.succeeded()) {
        m_welcome->showMessage({}, false);
        if (round == Session::Round::EnableTeams && m_permissions)
            m_permissions->refresh();
        return;
    }
    const AuthError &error = result.error;
    if (error.kind == AuthError::Kind::Cancelled)
        return;
    const bool consentProblem = error.kind == AuthError::Kind::Declined
        || error.kind == AuthError::Kind::ConsentRequired || error.kind == AuthError::Kind::AdminApprovalRequired;
    if (consentProblem && m_session->account().isValid()) {
        // Back to the Permissions page, which explains what happened and what to do next.
        showPermissions();
        return;
    }
    const QString details = error.technicalDetails();
    m_welcome->showMessage(details.isEmpty() ? error.userMessage() : error.userMessage() + u"\n"_s + details, true);
    if (m_session->account().isValid())
        m_banner->showMessage(Banner::Kind::Error, error.userMessage());
}

void MainWindow::onReauthenticationRequired()
{
    m_banner->showMessage(Banner::Kind::Warning, reauthenticationText(), tr("&Sign in again"), tr("&Not now"));
}

QString MainWindow::reauthenticationText()
{
    return tr("Your sign-in has expired. Sign in again to continue; everything you were doing is kept.");
}

void MainWindow::showPermissions()
{
    if (!m_permissions) {
        m_permissions = new PermissionsDialog(m_session, this);
        m_permissions->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_permissions, &PermissionsDialog::retryConsentRequested, this, [this] {
            if (m_session->teamsEnabled())
                setTeamsFeatures(true);
            else
                startSignIn();
        });
        connect(m_permissions, &PermissionsDialog::teamsFeaturesRequested, this, &MainWindow::setTeamsFeatures);
        connect(m_permissions, &PermissionsDialog::signOutRequested, this, [this] {
            m_permissions->close();
            m_session->signOut();
        });
    }
    m_permissions->refresh();
    m_permissions->show();
    m_permissions->raise();
    m_permissions->activateWindow();
}

void MainWindow::showTeamsComposer()
{
    if (!m_composer) {
        TeamsService *teams = m_services->teams();
        if (!teams)
            return; // nobody signed in: the action is disabled then
        // Kept when closed: what was written (or a draft that failed) is there when it is opened again.
        m_composer = new ComposerDialog(teams, m_services->browser(), this);
        connect(m_composer, &ComposerDialog::permissionsRequested, this, &MainWindow::showPermissions);
    }
    m_composer->show();
    m_composer->raise();
    m_composer->activateWindow();
}

void MainWindow::shareSession(const Event &event)
{
    showTeamsComposer();
    if (!m_composer)
        return;
    if (!m_composer->text().trimmed().isEmpty()) {
        // Not QMessageBox::question(): the subject comes from Graph and must be shown as plain text.
        QMessageBox box(
            QMessageBox::Question, tr("Replace your message?"),
            tr("The message you are writing will be replaced by the announcement of \"%1\".").arg(event.subject),
            QMessageBox::Yes | QMessageBox::No, m_composer);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes)
            return;
    }
    m_composer->setAnnouncement(SessionAnnouncement::fromEvent(event));
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setUpBooking()
{
    m_newSessionAction = new QAction(Icons::get(Icons::Name::NewSession), tr("&New session…"), this);
    m_newSessionAction->setObjectName(u"actionNewSession"_s);
    m_newSessionAction->setShortcut(QKeySequence::New);
    m_newSessionAction->setIconText(tr("New session"));
    m_newSessionAction->setToolTip(
        tr("Book a mentoring session (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_newSessionAction, &QAction::triggered, this, [this] { showNewSession(); });
    // First in the File menu and first on the toolbar: the mentor's main job.
    if (QMenu *file = menuBar()->actions().isEmpty() ? nullptr : menuBar()->actions().constFirst()->menu()) {
        QAction *first = file->actions().value(0);
        file->insertAction(first, m_newSessionAction);
        file->insertSeparator(first);
    }
    m_toolBar->insertAction(m_toolBar->actions().value(0), m_newSessionAction);
    m_signedInActions << m_newSessionAction;

    connect(this, &MainWindow::shareSessionRequested, this, &MainWindow::shareSession);
    // The calendar's booking hooks: a free slot, a drag of the user's own session, Cancel in the details pane.
    connect(m_calendarPage, &CalendarPage::newSessionRequested, this, &MainWindow::showNewSession);
    connect(m_calendarPage, &CalendarPage::rescheduleRequested, this, &MainWindow::rescheduleSession);
    connect(m_calendarPage, &CalendarPage::cancelRequested, this, &MainWindow::cancelSession);
    m_calendarPage->setRescheduleAvailable(true);
    m_calendarPage->setCancelAvailable(true);
}

void MainWindow::setAccount(AccountServices *account)
{
    // The dialogs of the previous account go at once: its services are destroyed right after this.
    delete m_composer.data();
    delete m_newSession.data();
    delete m_sessionChange.data();
    m_calendarPage->setCalendar(account ? account->calendarStore() : nullptr,
                                account ? account->calendarSync() : nullptr);
    m_outboxIndicator->setOutbox(account ? account->outbox() : nullptr);
    m_newSessionAction->setEnabled(account != nullptr);
    if (account) {
        connect(account->booking(), &BookingService::bookingFinished, this, &MainWindow::onBookingFinished);
        connect(account, &AccountServices::profileChanged, this, &MainWindow::updateForSession);
        // A damaged outbox was set aside on opening: say where it is and what it held (nothing was deleted).
        if (const QString setAside = account->outbox()->setAsideMessage(); !setAside.isEmpty())
            m_banner->showMessage(Banner::Kind::Warning, setAside);
    }
    updateForSession();
}

void MainWindow::showNewSession(const QDateTime &startUtc, const QDateTime &endUtc)
{
    BookingService *booking = m_services->booking();
    if (!booking)
        return; // nobody signed in: the action is disabled then
    if (m_newSession && m_newSession->isShowingConfirmation()) {
        m_newSession->close(); // that session is booked: the next one starts from a new draft
        m_newSession.clear();
    }
    if (!m_newSession) {
        m_newSession = new NewSessionDialog(booking, this);
        m_newSession->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_newSession, &NewSessionDialog::shareRequested, this, &MainWindow::shareSessionRequested);
    }
    if (startUtc.isValid())
        m_newSession->setSlot(startUtc, endUtc);
    m_newSession->show();
    m_newSession->raise();
    m_newSession->activateWindow();
}

void MainWindow::rescheduleSession(const Event &event, const QDateTime &newStartUtc, const QDateTime &newEndUtc)
{
    BookingService *booking = m_services->booking();
    if (!booking || m_sessionChange)
        return;
    // Shown and edited in the zone the calendar shows.
    const QTimeZone zone = m_calendarPage ? m_calendarPage->timeZone() : QTimeZone::systemTimeZone();
    auto *dialog = new RescheduleDialog(booking, event, newStartUtc, newEndUtc, zone, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_sessionChange = dialog;
    dialog->open();
}

void MainWindow::cancelSession(const Event &event)
{
    BookingService *booking = m_services->booking();
    if (!booking || m_sessionChange)
        return;
    auto *dialog = new CancelSessionDialog(booking, event, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_sessionChange = dialog;
    dialog->open();
}

void MainWindow::onBookingFinished(const BookingResult &result)
{
    // Outcomes that arrive while no dialog shows them (sent later from the outbox, after a restart, ...).
    switch (result.status) {
    case BookingResult::Status::Succeeded:
        statusBar()->showMessage(result.message, 15000);
        break;
    case BookingResult::Status::Failed:
    case BookingResult::Status::NeedsAttention:
        // A dialog waiting for this very result shows it itself.
        if (!(m_newSession && m_newSession->isBusy()) && !(m_sessionChange && m_sessionChange->isVisible()))
            m_banner->showMessage(Banner::Kind::Warning, result.message);
        break;
    default:
        break;
    }
}

} // namespace MentorDesk
