#pragma once

#include "core/auth/Account.h"
#include "core/model/UserProfile.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace MentorDesk {

class BookingService;
class CalendarStore;
class CalendarSync;
class ColleagueCalendars;
class Clock;
class DraftStore;
class EventActions;
class ReminderService;
class GetMeJob;
class GetPhotoJob;
class GraphClient;
class NetworkReachability;
class Outbox;
class Session;
class TeamsService;
class TokenStore;

// Everything MentorDesk keeps for one signed-in account, created and destroyed as one: its session and the keychain
// queue that stores its tokens, its Graph client, outbox, calendar cache and sync, session drafts, booking, event
// actions (reminders, answers to invitations) and Teams services, and its profile. Its files live in dataDirectory(),
// which sign-out deletes after this object is gone. Members are declared in dependency order, so destruction runs in
// the reverse order by itself: features before the outbox they write to, the sync before the store it fills, and every
// database closed before its file can be removed.
//
// The profile (GET /me) is fetched once when the account opens, in the calendar's start-up $batch (CalendarSync), and
// kept here; again (with the photo) after each successful sign-in round on the account's session, whose id_token may
// name the user less completely than Graph does.
class AccountServices : public QObject
{
    Q_OBJECT

public:
    // What every account shares with the app; none of it is owned.
    struct Shared
    {
        QNetworkAccessManager *network = nullptr;
        Clock *clock = nullptr;
        NetworkReachability *reachability = nullptr;
    };

    // session: signed in, or restored (possibly expired), with tokenStore as its keychain queue; both are owned from
    // now on. The Graph client is the account's own, on the session's configuration (each account may live in
    // another tenant, or on another demo tenant).
    AccountServices(std::unique_ptr<TokenStore> tokenStore, std::unique_ptr<Session> session,
                    const QString &dataDirectory, const Shared &shared, QObject *parent = nullptr);
    ~AccountServices() override;

    // The account as it was opened; its key never changes (the session's copy learns the names from /me).
    const Account &account() const { return m_account; }
    QString key() const { return m_account.key(); }
    // "Name (address)", for lists of accounts.
    QString displayLabel() const;
    Session *session() const { return m_session.get(); }
    GraphClient *graph() const { return m_graph.get(); }
    QString dataDirectory() const { return m_directory; }

    Outbox *outbox() const { return m_outbox.get(); }
    CalendarStore *calendarStore() const { return m_calendarStore.get(); }
    CalendarSync *calendarSync() const { return m_calendarSync.get(); }
    // Colleagues' calendars the user opened by address, kept in dataDirectory() + kColleagueCalendarsFile.
    ColleagueCalendars *colleagueCalendars() const { return m_colleagueCalendars.get(); }
    static constexpr char kColleagueCalendarsFile[] = "colleague-calendars.json";
    DraftStore *drafts() const { return m_drafts.get(); }
    BookingService *booking() const { return m_booking.get(); }
    EventActions *eventActions() const { return m_eventActions.get(); }
    ReminderService *reminders() const { return m_reminders.get(); }
    TeamsService *teams() const { return m_teams.get(); }

    // GET /me of this account (invalid until it arrives), and its photo (empty when there is none).
    const UserProfile &profile() const { return m_profile; }
    const QByteArray &photo() const { return m_photo; }
    // The address meetings are organised from: the profile's, else what the sign-in said.
    QString address() const;

    // Starts the calendar's start-up round (after the UI named the range it shows) and fetches the photo.
    void start();
    // GET /me and the photo again; what is known stays until the new answers arrive (and when they fail).
    void refreshProfile();

Q_SIGNALS:
    void profileChanged();

private:
    void onProfileLoaded(const UserProfile &profile);
    void fetchPhoto();

    const QString m_directory;
    const Shared m_shared;
    std::unique_ptr<TokenStore> m_tokenStore;
    std::unique_ptr<Session> m_session;
    const Account m_account;
    std::unique_ptr<GraphClient> m_graph;
    std::unique_ptr<CalendarStore> m_calendarStore;
    std::unique_ptr<CalendarSync> m_calendarSync;
    std::unique_ptr<ColleagueCalendars> m_colleagueCalendars;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<BookingService> m_booking;
    std::unique_ptr<EventActions> m_eventActions;
    std::unique_ptr<ReminderService> m_reminders;
    std::unique_ptr<TeamsService> m_teams;
    QPointer<GetMeJob> m_meJob;
    QPointer<GetPhotoJob> m_photoJob;
    UserProfile m_profile;
    QByteArray m_photo;
};

} // namespace MentorDesk
