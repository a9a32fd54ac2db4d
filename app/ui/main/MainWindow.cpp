#include "ui/main/MainWindow.h"

#include "core/auth/SignInFlow.h"
#include "core/booking/BookingService.h"
#include "core/booking/PastAttendees.h"
#include "core/calendar/CalendarSource.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/EventActions.h"
#include "core/common/Clock.h"
#include "core/common/PlainText.h"
#include "core/outbox/Outbox.h"
#include "core/reminders/ReminderService.h"
#include "core/reminders/ReminderText.h"
#include "core/services/AppServices.h"
#include "core/teams/SessionAnnouncement.h"
#include "ui/booking/CancelSessionDialog.h"
#include "ui/booking/NewSessionDialog.h"
#include "ui/booking/RescheduleDialog.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/ColleagueCalendarDialog.h"
#include "ui/common/Avatar.h"
#include "ui/common/Banner.h"
#include "ui/common/Icons.h"
#include "ui/common/OutboxDialog.h"
#include "ui/common/SignInProgressPanel.h"
#include "ui/common/Theme.h"
#include "ui/common/TimeZoneComboBox.h"
#include "ui/consent/AdminRequestDialog.h"
#include "ui/consent/ConsentReviewDialog.h"
#include "ui/consent/PermissionsDialog.h"
#include "ui/main/AboutDialog.h"
#include "ui/main/PreferencesDialog.h"
#include "ui/reminders/DesktopNotifier.h"
#include "ui/reminders/ReminderWindow.h"
#include "ui/teams/ComposerDialog.h"
#include "ui/welcome/SignInSettingsDialog.h"
#include "ui/welcome/WelcomePage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

MainWindow::MainWindow(AppServices *services, DemoLauncher demoLauncher, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_signIn(services->signInSession())
    , m_demoLauncher(std::move(demoLauncher))
{
    setObjectName(u"mainWindow"_s);

    m_banner = new Banner(this);
    m_welcome = new WelcomePage(m_signIn, bool(m_demoLauncher), this);
    connect(m_welcome, &WelcomePage::signInRequested, this, &MainWindow::startSignIn);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::startDemo);
    connect(m_welcome, &WelcomePage::settingsRequested, this, &MainWindow::showSignInSettings);
    connect(m_welcome, &WelcomePage::adminRequestRequested, this, [this] { showAdminRequest(nullptr); });

    m_signedInPage = new QWidget(this);
    m_signedInPage->setObjectName(u"signedInPage"_s);
    m_calendarPage = new CalendarPage(m_services->browser(), m_services->clock(), m_signedInPage);
    m_calendarPage->setReachability(m_services->reachability());
    // "Share in a Teams channel…" in the event details pane.
    connect(m_calendarPage, &CalendarPage::shareRequested, this, &MainWindow::shareSession);
    m_calendarPage->setShareAvailable(true);
    auto *signedInLayout = new QVBoxLayout(m_signedInPage);
    signedInLayout->setContentsMargins(0, 0, 0, 0);
    signedInLayout->setSpacing(0);
    // Above the calendar: one progress panel per session, shown while that session runs a round (Add account… on
    // the sign-in session; signing in again and the Teams round on an account's own session).
    m_signInProgressLayout = new QVBoxLayout;
    m_signInProgressLayout->setContentsMargins(0, 0, 0, 0);
    signedInLayout->addLayout(m_signInProgressLayout);
    signedInLayout->addWidget(m_calendarPage, 1);
    addSignInProgress(m_signIn);

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

    {
        QSettings settings;
        m_preferences = Preferences::load(settings);
    }
    m_calendarPage->setTimeZone(m_preferences.timeZone());
    m_calendarPage->setSecondTimeZone(m_preferences.secondTimeZone());
    setUpReminders();
    createMenus();
    setUpBooking();

    // The window follows the accounts in two places: onAccountOpened() and onAccountClosing().
    connect(m_services, &AppServices::accountOpened, this, &MainWindow::onAccountOpened);
    connect(m_services, &AppServices::accountClosing, this, &MainWindow::onAccountClosing);
    for (AccountServices *account : m_services->accounts())
        onAccountOpened(account);
    connect(m_services, &AppServices::restoringChanged, this, &MainWindow::updateForSession);
    connect(m_signIn, &Session::stateChanged, this, &MainWindow::updateForSession);
    connect(m_signIn, &Session::signInFinished, this,
            [this](Session::Round round, const SignInResult &result) { onSignInFinished(m_signIn, round, result); });
    connect(m_signIn, &Session::keychainUnavailable, this,
            [this](const QString &message) { m_banner->showMessage(Banner::Kind::Warning, message); });
    connect(m_services, &AppServices::accountSignedOut, this, [this](const Account &account) {
        const QString name = account.username.isEmpty() ? account.email : account.username;
        const QString text
            = tr("%1 is signed out: MentorDesk removed the sign-in and every cached item of this account from this "
                 "computer. The permissions you granted stay with Microsoft until you revoke them at My Apps "
                 "(myapps.microsoft.com); administrators revoke them in the Microsoft Entra admin center "
                 "(Enterprise applications).")
                  .arg(name);
        if (m_services->accounts().isEmpty()) {
            m_banner->hide();
            m_welcome->refresh(); // no "Continue as" for it
            m_welcome->showMessage(text, false);
        } else {
            statusBar()->showMessage(tr("%1 is signed out; your other accounts stay signed in.").arg(name), 15000);
        }
    });
    connect(m_services, &AppServices::accountAlreadyOpen, this, [this](AccountServices *account) {
        m_banner->showMessage(Banner::Kind::Info,
                              tr("%1 is already signed in. To add another account, choose it when Microsoft asks "
                                 "which account to use.")
                                  .arg(account->displayLabel()));
    });
    connect(m_banner, &Banner::primaryActionTriggered, this, [this] {
        if (!m_configProblemText.isEmpty() && m_banner->text() == m_configProblemText)
            showSignInSettings();
        else if (AccountServices *account = m_services->accountFor(m_bannerAccount))
            reauthenticate(account);
    });
    connect(m_banner, &Banner::secondaryActionTriggered, this, [this] {
        if (AccountServices *account = m_services->accountFor(m_bannerAccount)) {
            m_declinedReauthentication.insert(m_bannerAccount);
            m_banner->hide();
            m_bannerAccount.clear();
            account->session()->declineReauthentication();
            updateExpiredBanner(); // another account may be waiting too
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
    QAction *preferences = fileMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(u"actionPreferences"_s);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addActions(m_calendarPage->menuActions()); // Month/Week/Day/Agenda, Today, Previous, Next, Refresh
    viewMenu->addSeparator();
    QAction *reminders = viewMenu->addAction(tr("&Reminders…"), this, &MainWindow::showReminderWindow);
    reminders->setObjectName(u"actionReminders"_s);
    reminders->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_timeZoneMenu = viewMenu->addMenu(tr("Time &zone"));
    m_timeZoneMenu->setObjectName(u"menuTimeZone"_s);
    rebuildTimeZoneMenu();
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

    QMenu *calendarMenu = menuBar()->addMenu(tr("&Calendar"));
    calendarMenu->setObjectName(u"menuCalendar"_s);
    QAction *colleague
        = calendarMenu->addAction(tr("Open a &colleague's calendar…"), this, [this] { showColleagueCalendars(); });
    colleague->setObjectName(u"actionOpenColleagueCalendar"_s);
    colleague->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    colleague->setToolTip(tr("See a mentee's or colleague's calendar, or when they are busy, by their address"));
    m_signedInActions << colleague;

    connect(m_calendarPage, &CalendarPage::openColleagueCalendarRequested, this, [this](const QString &accountKey) {
        showColleagueCalendars(accountKey.isEmpty() ? nullptr : m_services->accountFor(accountKey));
    });
    connect(m_calendarPage, &CalendarPage::removeColleagueCalendarRequested, this,
            [this](const QString &accountKey, const QString &calendarId) {
                AccountServices *account
                    = accountKey.isEmpty() ? m_services->account() : m_services->accountFor(accountKey);
                if (account && account->colleagueCalendars())
                    account->colleagueCalendars()->removeCalendar(calendarId);
            });

    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountButton->setMenu(m_accountMenu);
    rebuildAccountMenu();

    QMenu *teamsMenu = menuBar()->addMenu(tr("&Teams"));
    QAction *post = teamsMenu->addAction(tr("Post to a Teams &channel…"), this, [this] { showTeamsComposer(); });
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

void MainWindow::setPreferences(const Preferences &preferences)
{
    m_preferences = preferences;
    QSettings settings;
    m_preferences.save(settings);
    m_calendarPage->setTimeZone(m_preferences.timeZone());
    m_calendarPage->setSecondTimeZone(m_preferences.secondTimeZone());
    m_reminderWindow->setTimeZone(m_preferences.timeZone());
    rebuildTimeZoneMenu();
    updateReminders();
    updateTray();
}

void MainWindow::setUpReminders()
{
    m_reminderWindow = new ReminderWindow(m_services->browser(), m_services->clock(), this);
    m_reminderWindow->setTimeZone(m_preferences.timeZone());
    connect(m_reminderWindow, &ReminderWindow::countChanged, this, [this](int count) {
        if (count == 0)
            m_reminderWindow->hide();
        // Whatever is no longer due leaves the desktop's notifications too.
        for (auto it = m_notified.begin(); it != m_notified.end();) {
            const bool stillDue = it->first && it->first->due().contains(it->second);
            if (!stillDue) {
                m_notifier->close(it.key());
                it = m_notified.erase(it);
            } else {
                ++it;
            }
        }
        updateTray();
    });
    m_notifier = new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::actionInvoked, this,
            [this](const QString &key, DesktopNotifier::Action action) { onNotificationAction(key, int(action)); });
    updateTray();
}

void MainWindow::updateReminders()
{
    // Only a signed-in account reads its reminders, and only while the user wants reminders.
    for (AccountServices *account : m_services->accounts()) {
        const bool signedIn = account->session()->state() == Session::State::SignedIn;
        account->reminders()->setEnabled(m_preferences.remindersEnabled && signedIn);
    }
}

void MainWindow::showReminderWindow()
{
    m_reminderWindow->show();
    m_reminderWindow->raise();
    m_reminderWindow->activateWindow();
}

void MainWindow::onRemindersFired(ReminderService *service, const QList<Reminder> &reminders)
{
    const QDateTime now = m_services->clock()->nowUtc();
    for (const Reminder &reminder : reminders) {
        const QString key = reminder.eventId;
        m_notified.insert(key, {service, reminder});
        QList<DesktopNotifier::Action> actions{DesktopNotifier::Action::Open};
        if (!service->joinUrl(reminder).isEmpty())
            actions << DesktopNotifier::Action::Join;
        actions << DesktopNotifier::Action::Snooze << DesktopNotifier::Action::Dismiss;
        m_notifier->notify(key, ReminderText::subject(reminder),
                           ReminderText::when(reminder, now, m_preferences.timeZone(), locale()) + u" · "_s
                               + ReminderText::relative(reminder, now),
                           actions);
    }
    // Like Outlook: the window comes up with the new reminder (without stealing focus from what the user types).
    m_reminderWindow->show();
    m_reminderWindow->raise();
}

void MainWindow::onNotificationAction(const QString &key, int action)
{
    const auto found = m_notified.constFind(key);
    ReminderService *service = found != m_notified.cend() ? found->first.data() : nullptr;
    const Reminder reminder = found != m_notified.cend() ? found->second : Reminder();
    switch (DesktopNotifier::Action(action)) {
    case DesktopNotifier::Action::Open:
        showReminderWindow();
        return;
    case DesktopNotifier::Action::Join:
        if (service && !service->joinUrl(reminder).isEmpty())
            m_services->browser()->openUrl(service->joinUrl(reminder));
        return;
    case DesktopNotifier::Action::Snooze:
        if (service)
            service->snooze(reminder, m_services->clock()->nowUtc().addSecs(5 * 60));
        return;
    case DesktopNotifier::Action::Dismiss:
        if (service)
            service->dismiss(reminder);
        return;
    }
}

void MainWindow::updateTray()
{
    // The icon is there while MentorDesk may live on without its window: with "keep in the system tray" chosen.
    const bool wanted = m_preferences.closeToTray && QSystemTrayIcon::isSystemTrayAvailable();
    if (wanted && !m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon().isNull() ? QApplication::windowIcon() : windowIcon(), this);
        m_tray->setObjectName(u"trayIcon"_s);
        auto *menu = new QMenu(this);
        QAction *show = menu->addAction(tr("&Show MentorDesk"), this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        show->setObjectName(u"actionTrayShow"_s);
        QAction *reminders = menu->addAction(tr("&Reminders…"), this, &MainWindow::showReminderWindow);
        reminders->setObjectName(u"actionTrayReminders"_s);
        menu->addSeparator();
        QAction *quit = menu->addAction(tr("&Quit MentorDesk"), qApp, &QApplication::quit);
        quit->setObjectName(u"actionTrayQuit"_s);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                showNormal();
                raise();
                activateWindow();
            }
        });
        m_notifier->setTrayIcon(m_tray);
    }
    if (m_tray) {
        m_tray->setVisible(wanted);
        const int count = m_reminderWindow ? m_reminderWindow->reminderCount() : 0;
        m_tray->setToolTip(count == 0       ? tr("MentorDesk")
                               : count == 1 ? tr("MentorDesk: 1 reminder")
                                            : tr("MentorDesk: %n reminders", nullptr, count));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_tray && m_tray->isVisible() && m_preferences.closeToTray) {
        hide();
        event->ignore();
        if (!std::exchange(m_trayHintShown, true) && QSystemTrayIcon::supportsMessages()) {
            m_tray->showMessage(tr("MentorDesk is still running"),
                                tr("Reminders keep coming while MentorDesk is in the system tray. Choose Quit "
                                   "MentorDesk in its menu to stop it; nothing runs after that."));
        }
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::rebuildTimeZoneMenu()
{
    // The system's zone, the one chosen (if another), the second zone (if any), then the full list in Preferences.
    if (!m_timeZoneMenu)
        return;
    m_timeZoneMenu->clear();
    auto *group = new QActionGroup(m_timeZoneMenu);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto addZone = [&](const QByteArray &id, const QString &text, const QString &objectName) {
        QAction *action = m_timeZoneMenu->addAction(text);
        action->setObjectName(objectName);
        action->setCheckable(true);
        action->setChecked(m_preferences.timeZoneId == id);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, id] {
            Preferences changed = m_preferences;
            changed.timeZoneId = id;
            setPreferences(changed);
        });
    };
    addZone({}, tr("&System time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
            u"actionTimeZoneSystem"_s);
    if (!m_preferences.timeZoneId.isEmpty())
        addZone(m_preferences.timeZoneId, TimeZoneComboBox::describe(m_preferences.timeZone(), now),
                u"actionTimeZoneChosen"_s);
    if (!m_preferences.secondTimeZoneId.isEmpty() && m_preferences.secondTimeZoneId != m_preferences.timeZoneId)
        addZone(m_preferences.secondTimeZoneId, TimeZoneComboBox::describe(m_preferences.secondTimeZone(), now),
                u"actionTimeZoneSecond"_s);
    m_timeZoneMenu->addSeparator();
    QAction *other = m_timeZoneMenu->addAction(tr("&Other time zone…"), this, &MainWindow::showPreferences);
    other->setObjectName(u"actionTimeZoneOther"_s);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_preferences, QSystemTrayIcon::isSystemTrayAvailable(), this);
    if (dialog.exec() == QDialog::Accepted)
        setPreferences(dialog.preferences());
}

void MainWindow::rebuildAccountMenu()
{
    // Per account: its name as a section, its Permissions page and its own sign-out; then Add account… and
    // "Sign out of all". The first account keeps the plain object names (and Ctrl+Shift+P).
    m_accountMenu->clear();
    const QList<AccountServices *> accounts = m_services->accounts();
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        AccountServices *account = accounts.at(i);
        const QString suffix = i == 0 ? QString() : u"_%1"_s.arg(i + 1);
        QString label = account->displayLabel();
        if (accounts.size() > 1)
            m_accountMenu->addSection(label.replace(u'&', u"&&"_s));
        QAction *permissions
            = m_accountMenu->addAction(tr("&Permissions…"), this, [this, account] { showPermissions(account); });
        permissions->setObjectName(u"actionPermissions"_s + suffix);
        if (i == 0)
            permissions->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QAction *signOut
            = m_accountMenu->addAction(accounts.size() > 1 ? tr("Sign &out of this account") : tr("Sign &out"),
                                       account->session(), &Session::signOut);
        signOut->setObjectName(u"actionSignOut"_s + suffix);
        if (accounts.size() > 1)
            signOut->setToolTip(tr("Sign out of %1 only").arg(account->displayLabel()));
    }
    if (!accounts.isEmpty())
        m_accountMenu->addSeparator();
    QAction *add = m_accountMenu->addAction(tr("&Add account…"), this, &MainWindow::addAccount);
    add->setObjectName(u"actionAddAccount"_s);
    add->setEnabled(!accounts.isEmpty());
    QAction *all = m_accountMenu->addAction(tr("Sign out of &all"), m_services, &AppServices::signOutAll);
    all->setObjectName(u"actionSignOutAll"_s);
    all->setEnabled(!accounts.isEmpty());
    all->setVisible(accounts.size() > 1);
    if (accounts.isEmpty()) {
        // Signed out: the Permissions page is the read-only catalogue; sign-out is shown disabled, so the menu
        // keeps its shape.
        QAction *permissions
            = m_accountMenu->addAction(tr("&Permissions…"), this, [this] { showPermissions(nullptr); });
        permissions->setObjectName(u"actionPermissions"_s);
        permissions->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        QAction *signOut = m_accountMenu->addAction(tr("Sign &out"));
        signOut->setObjectName(u"actionSignOut"_s);
        signOut->setEnabled(false);
    }
    m_accountMenu->addSeparator();
    // Signed in or not: what to send IT when the organisation lets only administrators approve apps.
    QAction *request = m_accountMenu->addAction(tr("Request approval from &IT…"), this,
                                                [this] { showAdminRequest(m_services->account()); });
    request->setObjectName(u"actionAdminRequest"_s);
}

void MainWindow::updateForSession()
{
    const QList<AccountServices *> accounts = m_services->accounts();
    AccountServices *first = accounts.value(0);
    const bool signedIn = first != nullptr;
    m_pages->setCurrentWidget(signedIn ? m_signedInPage : m_welcome);
    m_welcome->setRestoring(!signedIn && m_services->isRestoring());
    m_toolBar->setVisible(signedIn);
    for (QAction *action : std::as_const(m_signedInActions))
        action->setEnabled(signedIn);
    const bool demo = first ? first->session()->config().sandbox : m_signIn->config().sandbox;
    const QString demoText = demo ? tr(" (demo tenant)") : QString();
    const Account account = first ? first->session()->account() : Account();
    setWindowTitle(signedIn ? tr("MentorDesk — %1%2").arg(account.displayName, demoText)
                            : tr("MentorDesk%1").arg(demoText));
    const QString name = account.displayName.isEmpty() ? account.username : account.displayName;
    m_accountButton->setVisible(signedIn);
    if (signedIn) {
        m_avatar->setPerson(name, QImage::fromData(first->photo()));
        m_accountButton->setIcon(QIcon(m_avatar->pixmap()));
        const QString text
            = accounts.size() > 1 ? tr("%1 and %n more", nullptr, int(accounts.size() - 1)).arg(name) : name;
        m_accountButton->setText(QString(text).replace(u'&', u"&&"_s)); // a "&" in the name is no shortcut
        m_accountButton->setAccessibleName(tr("Account: %1").arg(text));
        QStringList labels;
        for (AccountServices *each : accounts)
            labels << each->displayLabel();
        m_accountButton->setToolTip(PlainText::toolTip(labels.join(u'\n')));
    }
    // The status line speaks for the first account; every other account's expired sign-in has the banner.
    const Session::State state = first ? first->session()->state() : m_signIn->state();
    const QString signedInText = accounts.size() > 1
        ? tr("Signed in as %1 and %n more", nullptr, int(accounts.size() - 1)).arg(account.username)
        : tr("Signed in as %1").arg(account.username);
    switch (state) {
    case Session::State::SignedOut:
        m_statusLabel->setText(m_services->isRestoring() ? tr("Restoring your sign-in…") : tr("Not signed in"));
        break;
    case Session::State::Restoring:
        m_statusLabel->setText(tr("Restoring your sign-in…"));
        break;
    case Session::State::SigningIn:
        // A round on a signed-in account (the Teams round) leaves it signed in; its panel shows the round.
        if (!first)
            m_statusLabel->setText(tr("Signing in…"));
        else if (first->session()->currentRound() == Session::Round::Reauthenticate)
            m_statusLabel->setText(tr("Signing in again…"));
        else
            m_statusLabel->setText(signedInText);
        break;
    case Session::State::SignedIn:
        m_statusLabel->setText(signedInText);
        break;
    case Session::State::Refreshing:
        m_statusLabel->setText(tr("Renewing your sign-in…"));
        break;
    case Session::State::Expired:
        m_statusLabel->setText(tr("Sign-in expired"));
        break;
    }
    updateExpiredBanner();
}

void MainWindow::updateExpiredBanner()
{
    // One banner, for the first account whose sign-in expired and was not dismissed; the others keep working.
    AccountServices *expired = nullptr;
    for (AccountServices *account : m_services->accounts()) {
        if (account->session()->state() != Session::State::Expired)
            m_declinedReauthentication.remove(account->key()); // back: a later expiry asks again
        else if (!expired && !m_declinedReauthentication.contains(account->key()))
            expired = account;
    }
    const bool showing = !m_bannerAccount.isEmpty() && m_banner->isVisible();
    if (!expired) {
        if (showing)
            m_banner->hide();
        m_bannerAccount.clear();
        return;
    }
    if (showing && m_bannerAccount == expired->key())
        return;
    m_bannerAccount = expired->key();
    m_banner->showMessage(Banner::Kind::Warning, reauthenticationText(expired->displayLabel()), tr("&Sign in again"),
                          tr("&Not now"));
}

SignInProgressPanel *MainWindow::addSignInProgress(Session *session)
{
    auto *panel = new SignInProgressPanel(SignInProgressPanel::Style::Bar, m_signedInPage);
    panel->setSession(session);
    m_signInProgressLayout->addWidget(panel);
    m_signInProgress.insert(session, panel);
    connect(panel, &SignInProgressPanel::roundRunningChanged, this, [this, panel](bool running) {
        // Started here (the banner, Add account…): Cancel is one key away. Started from the Permissions page, the
        // focus stays there.
        if (running && isActiveWindow() && panel->isVisible())
            panel->focusAction();
    });
    return panel;
}

bool MainWindow::reviewConsent(AppConfig *config)
{
    if (config->clientId.isEmpty() && !config->sandbox) {
        QMessageBox::information(this, tr("One setting is missing"),
                                 tr("MentorDesk needs the application (client) ID of your organisation's app "
                                    "registration before it can sign you in. You can also try the demo tenant."));
        showSignInSettings();
        if (m_signIn->config().clientId.isEmpty())
            return false;
        *config = m_signIn->config();
    }
    ConsentReviewDialog review(ConsentReviewDialog::Round::SignIn, config->staySignedIn, this);
    if (review.exec() != QDialog::Accepted)
        return false;
    if (review.staySignedIn() != config->staySignedIn) {
        config->staySignedIn = review.staySignedIn();
        if (!config->sandbox)
            QSettings().setValue(u"auth/staySignedIn"_s, config->staySignedIn);
    }
    return true;
}

void MainWindow::startSignIn()
{
    AppConfig config = m_signIn->config();
    if (!reviewConsent(&config))
        return;
    m_signIn->setConfig(config);
    m_welcome->showMessage({}, false);
    m_signIn->signIn();
}

void MainWindow::addAccount()
{
    // Its own consent review: every account consents for itself.
    std::optional<AppConfig> config = m_signIn->config();
    if (config->sandbox && m_demoLauncher) {
        // On the demo, the second account lives in a second demo tenant (the mentoring programme's).
        QString error;
        config = m_demoLauncher(u"programme"_s, &error);
        if (!config) {
            m_banner->showMessage(Banner::Kind::Error, tr("The second demo tenant could not start: %1").arg(error));
            return;
        }
    }
    if (!reviewConsent(&*config))
        return;
    m_services->addAccount(config);
}

void MainWindow::reauthenticate(AccountServices *account)
{
    m_banner->hide();
    m_bannerAccount.clear();
    account->session()->signIn(); // Expired: the re-authentication round, with the account as login hint
}

void MainWindow::setTeamsFeatures(bool on)
{
    AccountServices *account = m_permissionsAccount ? m_permissionsAccount.data() : m_services->account();
    if (!account)
        return;
    Session *session = account->session();
    if (!on) {
        session->disableTeams();
        return;
    }
    ConsentReviewDialog review(ConsentReviewDialog::Round::Teams, session->config().staySignedIn,
                               m_permissions ? static_cast<QWidget *>(m_permissions.data()) : this);
    if (review.exec() == QDialog::Accepted)
        session->enableTeams();
}

void MainWindow::startDemo()
{
    if (!m_demoLauncher)
        return;
    QString error;
    const std::optional<AppConfig> demo = m_demoLauncher({}, &error);
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
    const bool demo = m_signIn->config().sandbox;
    SignInSettingsDialog dialog(demo ? AppConfig::load(QSettings()) : m_signIn->config(), this);
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

void MainWindow::onSignInFinished(Session *session, Session::Round round, const SignInResult &result)
{
    if (result.succeeded()) {
        m_welcome->showMessage({}, false);
        if (round == Session::Round::EnableTeams && m_permissions)
            m_permissions->refresh();
        return;
    }
    const AuthError &error = result.error;
    const bool newAccount = session == m_signIn; // a first sign-in or Add account…: no account of its own yet
    if (newAccount && error.kind == AuthError::Kind::AdminApprovalRequired) {
        // Entra said why: only an administrator may approve MentorDesk here. The packet says what to send them.
        const QString details = error.technicalDetails();
        if (m_services->accounts().isEmpty())
            m_welcome->showMessage(details.isEmpty() ? error.userMessage() : error.userMessage() + u"\n"_s + details,
                                   true);
        else
            m_banner->showMessage(Banner::Kind::Warning, error.userMessage());
        showAdminRequest(nullptr);
        return;
    }
    if (newAccount && (error.kind == AuthError::Kind::Cancelled || error.kind == AuthError::Kind::TimedOut)
        && (round == Session::Round::SignIn || round == Session::Round::AddAccount)) {
        // Entra's "Need admin approval" page sends nothing back unless the user chooses to return to the app, so
        // a cancel or a timeout may hide it: say what MentorDesk knows, and where the request for IT is.
        const QString message = (error.kind == AuthError::Kind::TimedOut ? error.userMessage() : QString())
            + (error.kind == AuthError::Kind::TimedOut ? u" "_s : QString())
            + tr("If your browser showed \"Need admin approval\", your organisation lets only administrators "
                 "approve MentorDesk: choose \"Request approval from IT…\" to see what to send them.");
        if (m_services->accounts().isEmpty())
            m_welcome->showMessage(message, error.kind == AuthError::Kind::TimedOut);
        else
            m_banner->showMessage(Banner::Kind::Info, message);
        return;
    }
    if (error.kind == AuthError::Kind::Cancelled)
        return;
    const bool consentProblem = error.kind == AuthError::Kind::Declined
        || error.kind == AuthError::Kind::ConsentRequired || error.kind == AuthError::Kind::AdminApprovalRequired;
    AccountServices *account = nullptr;
    for (AccountServices *each : m_services->accounts()) {
        if (each->session() == session)
            account = each;
    }
    if (consentProblem && account) {
        // Back to the Permissions page, which explains what happened and what to do next.
        showPermissions(account);
        return;
    }
    const QString details = error.technicalDetails();
    const QString message = details.isEmpty() ? error.userMessage() : error.userMessage() + u"\n"_s + details;
    if (m_services->accounts().isEmpty())
        m_welcome->showMessage(message, true);
    else
        m_banner->showMessage(Banner::Kind::Error, error.userMessage());
}

QString MainWindow::reauthenticationText(const QString &account)
{
    return tr("The sign-in of %1 has expired. Sign in again to continue; everything you were doing is kept, and "
              "your other accounts keep working.")
        .arg(account);
}

void MainWindow::showPermissions(AccountServices *account)
{
    if (!account)
        account = m_services->account();
    if (m_permissions && m_permissionsAccount != account)
        m_permissions->close(); // one Permissions page at a time, of the account asked for
    if (!m_permissions) {
        m_permissionsAccount = account;
        // Signed out: the sign-in session's page, the read-only catalogue (and the blocked sign-in's "Check again").
        Session *session = account ? account->session() : m_signIn;
        m_permissions = new PermissionsDialog(session, this);
        m_permissions->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_permissions, &PermissionsDialog::adminRequestRequested, this,
                [this, account = QPointer<AccountServices>(account)] { showAdminRequest(account); });
        connect(session, &Session::accountChanged, m_permissions, &PermissionsDialog::refresh); // names from /me
        if (m_services->accounts().size() > 1)
            m_permissions->setWindowTitle(tr("Permissions — %1").arg(account->displayLabel()));
        connect(m_permissions, &PermissionsDialog::retryConsentRequested, this, [this, session] {
            if (session->teamsEnabled())
                setTeamsFeatures(true);
            else
                session->signIn();
        });
        connect(m_permissions, &PermissionsDialog::teamsFeaturesRequested, this, &MainWindow::setTeamsFeatures);
        connect(m_permissions, &PermissionsDialog::signOutRequested, this, [this, session] {
            m_permissions->close();
            session->signOut();
        });
    }
    m_permissions->refresh();
    m_permissions->show();
    m_permissions->raise();
    m_permissions->activateWindow();
}

void MainWindow::showAdminRequest(AccountServices *account)
{
    Session *session = account ? account->session() : m_signIn;
    QWidget *parent = m_permissions && m_permissions->isVisible() ? static_cast<QWidget *>(m_permissions.data()) : this;
    auto *dialog = new AdminRequestDialog(session->adminConsentRequest(), m_services->browser(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showTeamsComposer(AccountServices *account)
{
    if (!m_composer) {
        if (m_services->accounts().isEmpty())
            return; // nobody signed in: the action is disabled then
        // Kept when closed: what was written (or a draft that failed) is there when it is opened again.
        m_composer = new ComposerDialog(m_services->accounts(), account ? account : m_services->account(),
                                        m_services->browser(), this);
        connect(m_composer, &ComposerDialog::permissionsRequested, this,
                [this] { showPermissions(m_composer ? m_composer->account() : nullptr); });
        connect(m_composer, &ComposerDialog::adminRequestRequested, this,
                [this] { showAdminRequest(m_composer ? m_composer->account() : nullptr); });
    } else if (account) {
        m_composer->setAccount(account); // refused while a post is being followed: it stays with its account
    }
    m_composer->show();
    m_composer->raise();
    m_composer->activateWindow();
}

void MainWindow::shareSession(const Event &event)
{
    showTeamsComposer(accountOf(event)); // announced from the account whose calendar has it
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

void MainWindow::showColleagueCalendars(AccountServices *account)
{
    if (!account)
        account = m_services->account();
    if (!account || !account->colleagueCalendars())
        return;
    auto *dialog = new ColleagueCalendarDialog(account->colleagueCalendars(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // People met before: attendees and organisers of the cached events (there is no directory search).
    if (CalendarStore *store = account->calendarStore(); store && store->isOpen()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        dialog->setPeople(
            PastAttendees::fromEvents(store->eventsBetween(now.addDays(-365), now.addDays(90)), account->address()));
    }
    dialog->open();
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

void MainWindow::onAccountOpened(AccountServices *account)
{
    Session *session = account->session();
    connect(session, &Session::stateChanged, this, &MainWindow::updateForSession);
    connect(session, &Session::accountChanged, this, &MainWindow::updateForSession);
    connect(session, &Session::signInFinished, this, [this, session](Session::Round round, const SignInResult &result) {
        onSignInFinished(session, round, result);
    });
    connect(session, &Session::reauthenticationRequired, this, &MainWindow::updateExpiredBanner);
    connect(session, &Session::keychainUnavailable, this,
            [this](const QString &message) { m_banner->showMessage(Banner::Kind::Warning, message); });
    connect(account->booking(), &BookingService::bookingFinished, this, &MainWindow::onBookingFinished);
    ReminderService *reminders = account->reminders();
    m_reminderWindow->addService(reminders, account->address());
    connect(reminders, &ReminderService::remindersFired, this,
            [this, reminders](const QList<Reminder> &fired) { onRemindersFired(reminders, fired); });
    connect(session, &Session::stateChanged, this, &MainWindow::updateReminders);
    updateReminders(); // an account opens signed in (after a sign-in, or restored)
    SignInProgressPanel *progress = addSignInProgress(session);
    progress->setAccountLabel(account->displayLabel());
    connect(account, &AccountServices::profileChanged, this, [this, account, progress] {
        progress->setAccountLabel(account->displayLabel());
        updateForSession();
        rebuildAccountMenu();
        updateCalendarSources(); // the account's name in the calendar list
    });
    auto *indicator = new OutboxIndicator(this);
    indicator->setOutbox(account->outbox());
    m_outboxIndicators.insert(account, indicator);
    statusBar()->addPermanentWidget(indicator);
    // A damaged outbox was set aside on opening: say where it is and what it held (nothing was deleted).
    if (const QString setAside = account->outbox()->setAsideMessage(); !setAside.isEmpty())
        m_banner->showMessage(Banner::Kind::Warning, setAside);
    // The composer lists the accounts it can post from: built again with the new list, unless the user is writing.
    if (m_composer && !m_composer->isVisible() && m_composer->text().trimmed().isEmpty())
        delete m_composer.data();
    updateCalendarSources();
    rebuildAccountMenu();
    updateForSession();
}

void MainWindow::onAccountClosing(AccountServices *account)
{
    // What shows or writes to this account goes at once: its services are destroyed right after this.
    delete m_composer.data();
    if (m_newSession && m_newSession->organiser() == account)
        delete m_newSession.data();
    delete m_sessionChange.data();
    if (m_permissionsAccount == account)
        delete m_permissions.data();
    delete m_outboxIndicators.take(account);
    delete m_signInProgress.take(account->session());
    account->reminders()->setEnabled(false);
    m_reminderWindow->removeService(account->reminders());
    account->reminders()->disconnect(this);
    account->disconnect(this);
    account->session()->disconnect(this);
    account->booking()->disconnect(this);
    m_declinedReauthentication.remove(account->key());
    if (m_bannerAccount == account->key()) {
        m_banner->hide();
        m_bannerAccount.clear();
    }
    // Rebuilt without the closing account (it is still in the list while this runs).
    QList<CalendarSource> sources;
    QHash<QString, EventActions *> actions;
    for (AccountServices *each : m_services->accounts()) {
        if (each != account) {
            sources << CalendarSource{each->calendarStore(), each->calendarSync(), each->key(), each->displayLabel()};
            actions.insert(each->key(), each->eventActions());
        }
    }
    m_calendarPage->setEventActions(actions);
    m_calendarPage->setSources(sources);
    QTimer::singleShot(0, this, [this] {
        rebuildAccountMenu();
        updateForSession();
    });
}

void MainWindow::updateCalendarSources()
{
    QList<CalendarSource> sources;
    QHash<QString, EventActions *> actions;
    for (AccountServices *account : m_services->accounts()) {
        sources << CalendarSource{account->calendarStore(), account->calendarSync(), account->key(),
                                  account->displayLabel()};
        actions.insert(account->key(), account->eventActions());
    }
    m_calendarPage->setEventActions(actions);
    m_calendarPage->setSources(sources);
    m_newSessionAction->setEnabled(!sources.isEmpty());
}

AccountServices *MainWindow::accountOf(const Event &event) const
{
    AccountServices *account = m_services->accountFor(event.accountKey);
    return account ? account : m_services->account();
}

void MainWindow::showNewSession(const QDateTime &startUtc, const QDateTime &endUtc)
{
    if (m_services->accounts().isEmpty())
        return; // nobody signed in: the action is disabled then
    if (m_newSession && m_newSession->isShowingConfirmation()) {
        m_newSession->close(); // that session is booked: the next one starts from a new draft
        m_newSession.clear();
    }
    if (!m_newSession) {
        // The organiser: the account of the calendar picked in the calendar list, else the first one.
        AccountServices *organiser = m_services->accountFor(m_calendarPage->currentAccountKey());
        m_newSession
            = new NewSessionDialog(m_services->accounts(), organiser ? organiser : m_services->account(), this);
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
    AccountServices *account = accountOf(event);
    if (!account || m_sessionChange)
        return;
    BookingService *booking = account->booking();
    // Shown and edited in the zone the calendar shows.
    const QTimeZone zone = m_calendarPage ? m_calendarPage->timeZone() : QTimeZone::systemTimeZone();
    auto *dialog = new RescheduleDialog(booking, event, newStartUtc, newEndUtc, zone, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_sessionChange = dialog;
    dialog->open();
}

void MainWindow::cancelSession(const Event &event)
{
    AccountServices *account = accountOf(event);
    if (!account || m_sessionChange)
        return;
    BookingService *booking = account->booking();
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
