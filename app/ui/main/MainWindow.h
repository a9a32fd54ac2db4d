#pragma once

#include "core/auth/Session.h"
#include "core/config/AppConfig.h"
#include "core/config/Preferences.h"
#include "core/model/Event.h"
#include "core/model/Reminder.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QCloseEvent;
class QDialog;
class QSystemTrayIcon;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QToolButton;
class QVBoxLayout;

namespace MentorDesk {

class AccountServices;
class AppServices;
class Avatar;
class Banner;
class CalendarPage;
class ComposerDialog;
struct BookingResult;
class NewSessionDialog;
class OutboxIndicator;
class DesktopNotifier;
class PermissionsDialog;
class ReminderService;
class ReminderWindow;
class SignInProgressPanel;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Starts a built-in demo tenant and returns the configuration that points at it (empty + *error on failure).
    // tenant: empty for the default organisation, else a demo organisation's name ("programme": a second tenant, for
    // a second account).
    using DemoLauncher = std::function<std::optional<AppConfig>(const QString &tenant, QString *error)>;

    explicit MainWindow(AppServices *services, DemoLauncher demoLauncher = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    WelcomePage *welcomePage() const { return m_welcome; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    // Feature actions (New session, Post to a channel, ...) join the main toolbar through here.
    void addToolBarAction(QAction *action);
    Banner *banner() const { return m_banner; }
    CalendarPage *calendarPage() const { return m_calendarPage; }
    ReminderWindow *reminderWindow() const { return m_reminderWindow; }
    DesktopNotifier *notifier() const { return m_notifier; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

public Q_SLOTS:
    void showAbout();
    // File ▸ Preferences…: applied at once when accepted, kept in the settings.
    void showPreferences();
    // The Permissions page of an account (default: the first one).
    void showPermissions(MentorDesk::AccountServices *account = nullptr);
    // The IT request packet of account's organisation; signed out, of the sign-in session's.
    void showAdminRequest(MentorDesk::AccountServices *account = nullptr);
    // The first sign-in, from the welcome page (with its consent review).
    void startSignIn();
    // Account ▸ Add account…: the consent review, then a sign-in where the user picks another account (on the demo:
    // the second demo tenant's user).
    void addAccount();
    // "Sign in again" for an account whose sign-in expired.
    void reauthenticate(MentorDesk::AccountServices *account);
    void startDemo();
    void showSignInSettings();
    // Settings-file values that were refused at start-up (and replaced by their defaults): shown in the banner,
    // with Sign-in settings at hand to fix them.
    void showConfigProblems(const QList<MentorDesk::ConfigProblem> &problems);
    // The Teams features of the account whose Permissions page is open.
    void setTeamsFeatures(bool on);
    // "Post to a Teams channel…": the composer (one at a time; raised when open), posting from account (default:
    // the one picked last, else the first).
    void showTeamsComposer(MentorDesk::AccountServices *account = nullptr);
    // Calendar ▸ Open a colleague's calendar… (the first account's when none is given).
    void showColleagueCalendars(MentorDesk::AccountServices *account = nullptr);
    // "Share a session": the composer prefilled with an announcement of the event (subject, local and UTC time,
    // Teams join link). Views that show a booked session emit shareRequested(Event) and are connected here.
    void shareSession(const MentorDesk::Event &event);
    // Booking. "New session…" (Ctrl+N, toolbar): the New session dialog, resuming the draft; with a slot (the
    // calendar's newSessionRequested) it takes that time. The calendar's rescheduleRequested (a drag) and
    // cancelRequested open the confirmation dialogs.
    void showNewSession(const QDateTime &startUtc = {}, const QDateTime &endUtc = {});
    void rescheduleSession(const MentorDesk::Event &event, const QDateTime &newStartUtc, const QDateTime &newEndUtc);
    void cancelSession(const MentorDesk::Event &event);

protected:
    // With "keep in the system tray" on (and a tray), closing hides the window; reminders keep coming.
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    // "Share in a Teams channel…" on a booked session or a standalone link; connected to shareSession().
    void shareSessionRequested(const MentorDesk::Event &event);

private:
    // The expired-sign-in banner's text for an account (hidden again once its session is back).
    static QString reauthenticationText(const QString &account);
    void createMenus();
    void rebuildAccountMenu();
    void updateForSession();
    void updateExpiredBanner();
    void onSignInFinished(Session *session, Session::Round round, const SignInResult &result);
    void onAccountOpened(AccountServices *account);
    void onAccountClosing(AccountServices *account);
    void updateCalendarSources();
    // The account an event belongs to (its cache's), else the first one.
    AccountServices *accountOf(const Event &event) const;
    bool reviewConsent(AppConfig *config);
    // The progress panel of session's rounds, above the calendar.
    SignInProgressPanel *addSignInProgress(Session *session);
    void setUpBooking();
    void onBookingFinished(const BookingResult &result);
    // Reminders: each signed-in account's ReminderService feeds the reminder window, a notification points to it,
    // and the tray icon keeps MentorDesk running after its window is closed when the user chose that.
    void setUpReminders();
    void updateReminders();
    void onRemindersFired(ReminderService *service, const QList<Reminder> &reminders);
    void onNotificationAction(const QString &key, int action);
    void updateTray();
    void showReminderWindow();
    // View ▸ Time zone and Preferences: applied at once, kept in the settings.
    void setPreferences(const Preferences &preferences);
    void rebuildTimeZoneMenu();

    AppServices *m_services;
    Preferences m_preferences;
    ReminderWindow *m_reminderWindow = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_trayHintShown = false;
    QHash<QString, std::pair<QPointer<ReminderService>, Reminder>> m_notified; // notification key -> its reminder
    QMenu *m_timeZoneMenu = nullptr;
    Session *m_signIn; // the welcome page's and Add account…'s session; never an account's
    DemoLauncher m_demoLauncher;
    QString m_configProblemText; // the banner's text while it shows refused settings
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_signedInPage = nullptr;
    Banner *m_banner = nullptr;
    QLabel *m_statusLabel = nullptr;
    QHash<AccountServices *, OutboxIndicator *> m_outboxIndicators; // one per account, in the status bar
    QVBoxLayout *m_signInProgressLayout = nullptr;
    QHash<Session *, SignInProgressPanel *> m_signInProgress; // the sign-in session's and one per account
    QToolBar *m_toolBar = nullptr;
    QWidget *m_toolBarSpacer = nullptr;
    QAction *m_toolBarSpacerAction = nullptr;
    QToolButton *m_accountButton = nullptr;
    Avatar *m_avatar = nullptr;
    QMenu *m_accountMenu = nullptr;
    QPointer<PermissionsDialog> m_permissions;
    QPointer<AccountServices> m_permissionsAccount;
    QSet<QString> m_declinedReauthentication; // accounts whose expired banner was dismissed ("Not now")
    QString m_bannerAccount; // the account the expired banner is about
    QPointer<ComposerDialog> m_composer;
    QList<QAction *> m_signedInActions;
    CalendarPage *m_calendarPage = nullptr;
    QAction *m_newSessionAction = nullptr;
    QPointer<NewSessionDialog> m_newSession;
    QPointer<QDialog> m_sessionChange; // the open reschedule or cancel dialog
};

} // namespace MentorDesk
