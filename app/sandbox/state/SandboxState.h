#pragma once

#include "sandbox/SandboxOptions.h"
#include "sandbox/state/AuthorizationCode.h"
#include "sandbox/state/ChannelMessage.h"
#include "sandbox/state/Group.h"
#include "sandbox/state/RefreshToken.h"
#include "sandbox/state/SandboxClock.h"
#include "sandbox/state/StoredCalendar.h"
#include "sandbox/state/StoredChannel.h"
#include "sandbox/state/StoredEvent.h"
#include "sandbox/state/StoredOnlineMeeting.h"
#include "sandbox/state/User.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace MentorDesk::Sandbox {

inline constexpr char kMsaTenantId[] = "9188040d-6c67-4c5b-b112-36a304b66dad";
inline constexpr char kGraphResourceId[] = "00000003-0000-0000-c000-000000000000";

// Everything the imitated tenant knows, in memory: directory, mailboxes, Teams, identity grants, the request
// logs and the switches of /_sandbox/config. One instance per SandboxServer; all endpoints share it.
struct SandboxState
{
    explicit SandboxState(const SandboxOptions &options);

    // Switches (SandboxOptions at start, /_sandbox/config later).
    QString clientId;
    quint32 seed = 1;
    bool autoConsent = false;
    bool personalAccounts = false;
    bool adminConsentRequired = false;
    bool userConsentDisabled = false; // users can't consent to apps: only an administrator's grant counts
    bool interactionRequired = false; // prompt=none answers interaction_required (MFA, conditional access)
    int tokenLifetimeSeconds = 3600;
    bool onlineMeetingFailure = false; // creates answer isOnlineMeeting:false, onlineMeeting:null
    QString cloud = QStringLiteral("global"); // global | usgov | usgov-dod | china (onlineMeetings refused in china)

    SandboxClock clock;
    QDateTime anchorUtc; // the seed's "now"
    QByteArray signingKey; // per run: tokens of another run are foreign

    // Directory.
    QString tenantId;
    QString tenantDomain;
    QString tenantName;
    QString mentorUpn;
    QString adminUpn; // the administrator who answers /{tenant}/v2.0/adminconsent; not a mailbox user
    QList<User> users;
    QList<Group> groups;
    QList<StoredChannel> channels;

    // Mailboxes.
    QList<StoredCalendar> calendars;
    QHash<QString, StoredEvent> events;
    QStringList eventOrder; // insertion order, so listings and the state dump are deterministic
    qint64 changeSeq = 0;

    QList<StoredOnlineMeeting> onlineMeetings;
    QList<ChannelMessage> channelMessages;

    // Identity.
    QHash<QString, AuthorizationCode> codes;
    QHash<QString, RefreshToken> refreshTokens;
    QHash<QString, QSet<QString>> userConsents; // upn -> Graph and OIDC scopes the user consented to
    // Scopes an administrator granted tenant-wide (admin consent); canonical names. resetAdminGrant() sets the start.
    QSet<QString> adminGrantedScopes;
    // Who is signed in in the mentor's browser (empty: nobody yet in this run, or signed out): an interactive
    // authorize signs the mentor in, logout ends it. prompt=none without it is login_required.
    QString browserSessionUpn;
    QHash<QString, QJsonObject> pendingAuthorizations; // flow id -> the authorize request awaiting a decision

    // Logs for /_sandbox/state.
    QJsonArray authorizeRequests;
    QJsonArray adminConsentRequests;
    QJsonArray tokenRequests;
    QJsonArray graphRequests; // the latest kMaxLoggedGraphRequests; append with logGraphRequest()
    // What accept, tentativelyAccept and decline sent to organisers (graph/MeetingResponses): the response, comment,
    // proposed time and whether it was sent at all (sendResponse).
    QJsonArray meetingResponses;
    // The in-app demo tenant may serve requests for hours: its request log keeps the latest ones only, so it does not
    // grow without bound (the soak, tests/benchmarks/tst_soak.cpp, found 0.7 KB per request).
    static constexpr qsizetype kMaxLoggedGraphRequests = 2000;
    void logGraphRequest(QJsonObject entry);

    // Throttling bookkeeping (real monotonic time, so Retry-After means real seconds).
    QElapsedTimer monotonic;
    QHash<QString, QList<qint64>> channelPostTimes; // channel id -> post times (ms)
    QHash<QString, int> inFlight; // mailbox -> requests being processed or held by a delay

    // Whether an administrator has consented to the app for the tenant (any tenant-wide grant).
    bool adminConsentGranted() const { return !adminGrantedScopes.isEmpty(); }
    // The grant the switches start with: the default tenant's administrator has consented to the admin-only
    // permissions of the registration (Group.Read.All); with adminConsentRequired or userConsentDisabled nobody has.
    void resetAdminGrant();

    const User *user(const QString &idOrUpn) const; // by object id or UPN (case-insensitive)
    const User &mentor() const;
    QString activeTenantId() const { return personalAccounts ? QString::fromLatin1(kMsaTenantId) : tenantId; }
    const StoredCalendar *calendar(const QString &id) const;
    const StoredCalendar *defaultCalendar(const QString &mailbox) const;
    const Group *group(const QString &id) const;
    const StoredChannel *channel(const QString &teamId, const QString &channelId) const;

    StoredEvent *event(const QString &id);
    void insertEvent(StoredEvent event); // assigns changeSeq
    void touch(StoredEvent &event); // a change: new changeSeq, changeKey and lastModified

    QString newId(); // opaque ids for created items
    QJsonObject persistentState() const; // --state FILE
    void restore(const QJsonObject &saved);
};

} // namespace MentorDesk::Sandbox
