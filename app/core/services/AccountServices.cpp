#include "core/services/AccountServices.h"

#include "core/auth/Session.h"
#include "core/auth/TokenStore.h"
#include "core/booking/BookingService.h"
#include "core/booking/DraftStore.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarSync.h"
#include "core/calendar/ColleagueCalendars.h"
#include "core/calendar/EventActions.h"
#include "core/common/Logging.h"
#include "core/common/PrivateFiles.h"
#include "core/graph/GraphClient.h"
#include "core/graph/NetworkReachability.h"
#include "core/graph/jobs/GetMeJob.h"
#include "core/graph/jobs/GetPhotoJob.h"
#include "core/outbox/Outbox.h"
#include "core/reminders/ReminderService.h"
#include "core/teams/TeamsService.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace MentorDesk {

AccountServices::AccountServices(std::unique_ptr<TokenStore> tokenStore, std::unique_ptr<Session> session,
                                 const QString &dataDirectory, const Shared &shared, QObject *parent)
    : QObject(parent)
    , m_directory(dataDirectory)
    , m_shared(shared)
    , m_tokenStore(std::move(tokenStore))
    , m_session(std::move(session))
    , m_account(m_session->account())
    , m_graph(std::make_unique<GraphClient>(shared.network, m_session.get(), m_session->config()))
{
    m_graph->setClock(shared.clock);
    connect(m_graph.get(), &GraphClient::signInRequired, m_session.get(), &Session::requestReauthentication);

    PrivateFiles::makeDirectory(m_directory); // 0700 before the caches, drafts and outbox go into it
    const QDir folder(m_directory);

    m_calendarStore = std::make_unique<CalendarStore>(folder.filePath(u"calendar.sqlite"_s), shared.clock);
    m_calendarStore->open(); // a failure leaves it closed: the calendar shows empty and says it cannot update
    m_calendarSync = std::make_unique<CalendarSync>(m_graph.get(), m_calendarStore.get(), shared.clock);
    m_calendarSync->setSignedInAddress(address());
    connect(m_calendarSync.get(), &CalendarSync::profileLoaded, this, &AccountServices::onProfileLoaded);
    if (shared.reachability) {
        connect(shared.reachability, &NetworkReachability::onlineChanged, m_calendarSync.get(),
                [sync = m_calendarSync.get()](bool online) {
                    if (online && sync->state() == CalendarSync::State::Offline)
                        sync->refresh(); // back online: no need to wait for the next interval
                });
    }
    // Colleagues' calendars opened by address (Calendar ▸ Open a colleague's calendar…): synced with the others.
    m_colleagueCalendars = std::make_unique<ColleagueCalendars>(
        m_graph.get(), m_calendarSync.get(), folder.filePath(QLatin1StringView(kColleagueCalendarsFile)), shared.clock);
    m_colleagueCalendars->load();

    m_outbox = std::make_unique<Outbox>(m_graph.get(), folder.filePath(u"outbox.sqlite"_s));
    m_outbox->setClock(shared.clock);
    m_outbox->setReachability(shared.reachability);

    m_drafts = std::make_unique<DraftStore>(folder.filePath(QLatin1StringView(DraftStore::kFileName)), shared.clock);
    m_drafts->load();
    // Registers its outbox handlers at once, so it re-attaches to writes queued before a restart before any is sent.
    m_booking = std::make_unique<BookingService>(m_graph.get(), m_outbox.get(), m_drafts.get(), shared.clock);
    m_booking->setConsentStateProvider([session = m_session.get()] { return session->consentState(); });
    m_booking->setOrganizerAddress(address());
    m_booking->setCalendarStore(m_calendarStore.get()); // calendars, people met before, own free time
    // A booking, reschedule or cancellation went through: show the calendar as it is now, not at the next interval.
    connect(m_booking.get(), &BookingService::calendarChanged, m_calendarSync.get(), &CalendarSync::refresh);

    // Dismissed or snoozed reminders and answers to invitations; its handlers too re-attach to writes from an earlier
    // run. Once one is sent, responseStatus and reminders changed: read the calendar again.
    m_eventActions = std::make_unique<EventActions>(m_outbox.get());
    connect(m_eventActions.get(), &EventActions::calendarChanged, m_calendarSync.get(), &CalendarSync::refresh);
    // Off until the window turns it on (Preferences ▸ Reminders); its file goes with the account's others.
    m_reminders = std::make_unique<ReminderService>(m_graph.get(), m_eventActions.get(), shared.clock,
                                                    m_calendarStore.get(), folder.filePath(u"reminders.json"_s));

    m_teams = std::make_unique<TeamsService>(m_graph.get(), m_outbox.get());
    m_teams->setSession(m_session.get());
    // A round on this account's session (signing in again, the Teams round) ended well: its id_token says little
    // about the user, so ask Graph again who it is (the name or address may have changed since the account opened).
    connect(m_session.get(), &Session::signInFinished, this, [this](Session::Round, const SignInResult &result) {
        if (result.succeeded())
            refreshProfile();
    });
    connect(m_session.get(), &Session::stateChanged, this, [this](Session::State state) {
        // Signed in again after an expired sign-in: catch up at once rather than at the next interval.
        if (state == Session::State::SignedIn && m_calendarSync->lastResult().status == GraphStatus::SignInRequired)
            m_calendarSync->refresh();
    });
    qCInfo(lcApp) << "account services open";
}

AccountServices::~AccountServices()
{
    if (m_meJob)
        m_meJob->cancel();
    if (m_photoJob)
        m_photoJob->cancel();
    qCInfo(lcApp) << "account services closed";
}

QString AccountServices::displayLabel() const
{
    const Account &account = m_session->account().isValid() ? m_session->account() : m_account;
    const QString name = !m_profile.displayName.isEmpty() ? m_profile.displayName : account.displayName;
    const QString address = this->address();
    if (name.isEmpty())
        return address;
    return address.isEmpty() || address == name ? name : tr("%1 (%2)").arg(name, address);
}

QString AccountServices::address() const
{
    if (!m_profile.primaryAddress().isEmpty())
        return m_profile.primaryAddress();
    return m_account.email.isEmpty() ? m_account.username : m_account.email;
}

void AccountServices::start()
{
    m_calendarSync->start();
    fetchPhoto();
}

void AccountServices::fetchPhoto()
{
    if (m_photoJob)
        m_photoJob->cancel();
    auto *photo = new GetPhotoJob(m_graph.get(), {}, this);
    m_photoJob = photo;
    connect(photo, &GraphJob::finished, this, [this, photo](const GraphResult &result) {
        if (!result.isOk())
            return; // the photo shown stays
        m_photo = photo->photo(); // empty when the user has no photo (404 ImageNotFound)
        Q_EMIT profileChanged();
    });
    photo->start();
}

void AccountServices::refreshProfile()
{
    if (m_meJob)
        m_meJob->cancel();
    auto *me = new GetMeJob(m_graph.get(), this);
    m_meJob = me;
    connect(me, &GraphJob::finished, this, [this, me](const GraphResult &result) {
        if (result.isOk())
            onProfileLoaded(me->profile()); // else the profile known so far stays
    });
    me->start();
    fetchPhoto();
}

void AccountServices::onProfileLoaded(const UserProfile &profile)
{
    m_profile = profile;
    m_session->updateProfile(profile.displayName, profile.userPrincipalName, profile.mail);
    if (!profile.primaryAddress().isEmpty())
        m_booking->setOrganizerAddress(profile.primaryAddress());
    Q_EMIT profileChanged();
}

} // namespace MentorDesk
