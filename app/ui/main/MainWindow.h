#pragma once

#include "core/auth/Session.h"
#include "core/config/AppConfig.h"
#include "core/model/Event.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QDialog;
class QLabel;
class QStackedWidget;
class QToolBar;
class QToolButton;

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
class PermissionsDialog;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Starts the built-in demo tenant and returns the configuration that points at it (empty + *error on failure).
    using DemoLauncher = std::function<std::optional<AppConfig>(QString *error)>;

    explicit MainWindow(AppServices *services, DemoLauncher demoLauncher = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    WelcomePage *welcomePage() const { return m_welcome; }
    QToolBar *mainToolBar() const { return m_toolBar; }
    // Feature actions (New session, Post to a channel, ...) join the main toolbar through here.
    void addToolBarAction(QAction *action);
    Banner *banner() const { return m_banner; }
    CalendarPage *calendarPage() const { return m_calendarPage; }

public Q_SLOTS:
    void showAbout();
    void showPermissions();
    void startSignIn();
    void startDemo();
    void showSignInSettings();
    // Settings-file values that were refused at start-up (and replaced by their defaults): shown in the banner,
    // with Sign-in settings at hand to fix them.
    void showConfigProblems(const QList<MentorDesk::ConfigProblem> &problems);
    void setTeamsFeatures(bool on);
    // "Post to a Teams channel…": the composer (one at a time; raised when open).
    void showTeamsComposer();
    // "Share a session": the composer prefilled with an announcement of the event (subject, local and UTC time,
    // Teams join link). Views that show a booked session emit shareRequested(Event) and are connected here.
    void shareSession(const MentorDesk::Event &event);
    // Booking. "New session…" (Ctrl+N, toolbar): the New session dialog, resuming the draft; with a slot (the
    // calendar's newSessionRequested) it takes that time. The calendar's rescheduleRequested (a drag) and
    // cancelRequested open the confirmation dialogs.
    void showNewSession(const QDateTime &startUtc = {}, const QDateTime &endUtc = {});
    void rescheduleSession(const MentorDesk::Event &event, const QDateTime &newStartUtc, const QDateTime &newEndUtc);
    void cancelSession(const MentorDesk::Event &event);

Q_SIGNALS:
    // "Share in a Teams channel…" on a booked session or a standalone link; connected to shareSession().
    void shareSessionRequested(const MentorDesk::Event &event);

private:
    // The expired-sign-in banner's text (hidden again once the session is back).
    static QString reauthenticationText();
    void createMenus();
    void updateForSession();
    void onSignInFinished(Session::Round round, const SignInResult &result);
    void onReauthenticationRequired();
    void setAccount(AccountServices *account);
    void setUpBooking();
    void onBookingFinished(const BookingResult &result);

    AppServices *m_services;
    Session *m_session;
    DemoLauncher m_demoLauncher;
    QString m_configProblemText; // the banner's text while it shows refused settings
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QWidget *m_signedInPage = nullptr;
    Banner *m_banner = nullptr;
    QLabel *m_statusLabel = nullptr;
    OutboxIndicator *m_outboxIndicator = nullptr;
    QToolBar *m_toolBar = nullptr;
    QWidget *m_toolBarSpacer = nullptr;
    QAction *m_toolBarSpacerAction = nullptr;
    QToolButton *m_accountButton = nullptr;
    Avatar *m_avatar = nullptr;
    QPointer<PermissionsDialog> m_permissions;
    QPointer<ComposerDialog> m_composer;
    QList<QAction *> m_signedInActions;
    CalendarPage *m_calendarPage = nullptr;
    QAction *m_newSessionAction = nullptr;
    QPointer<NewSessionDialog> m_newSession;
    QPointer<QDialog> m_sessionChange; // the open reschedule or cancel dialog
};

} // namespace MentorDesk
