#pragma once

#include "SandboxOptions.h"
#include "state/AuthorizationCode.h"
#include "state/Calendar.h"
#include "state/Channel.h"
#include "state/ChannelMessage.h"
#include "state/Event.h"
#include "state/Group.h"
#include "state/OnlineMeeting.h"
#include "state/RefreshToken.h"
#include "state/SandboxClock.h"
#include "state/User.h"

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
    bool adminConsentGranted = true; // Group.Read.All consented tenant-wide by an admin
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
    QList<User> users;
    QList<Group> groups;
    QList<Channel> channels;

    // Mailboxes.
    QList<Calendar> calendars;
    QHash<QString, Event> events;
    QStringList eventOrder; // insertion order, so listings and the state dump are deterministic
    qint64 changeSeq = 0;

    QList<OnlineMeeting> onlineMeetings;
    QList<ChannelMessage> channelMessages;

    // Identity.
    QHash<QString, AuthorizationCode> codes;
    QHash<QString, RefreshToken> refreshTokens;
    QHash<QString, QSet<QString>> userConsents; // upn -> Graph and OIDC scopes the user consented to
    QHash<QString, QJsonObject> pendingAuthorizations; // flow id -> the authorize request awaiting a decision

    // Logs for /_sandbox/state.
    QJsonArray authorizeRequests;
    QJsonArray tokenRequests;
    QJsonArray graphRequests;

    // Throttling bookkeeping (real monotonic time, so Retry-After means real seconds).
    QElapsedTimer monotonic;
    QHash<QString, QList<qint64>> channelPostTimes; // channel id -> post times (ms)
    QHash<QString, int> inFlight; // mailbox -> requests being processed or held by a delay

    const User *user(const QString &idOrUpn) const; // by object id or UPN (case-insensitive)
    const User &mentor() const;
    QString activeTenantId() const { return personalAccounts ? QString::fromLatin1(kMsaTenantId) : tenantId; }
    const Calendar *calendar(const QString &id) const;
    const Calendar *defaultCalendar(const QString &mailbox) const;
    const Group *group(const QString &id) const;
    const Channel *channel(const QString &teamId, const QString &channelId) const;

    Event *event(const QString &id);
    void insertEvent(Event event); // assigns changeSeq
    void touch(Event &event); // a change: new changeSeq, changeKey and lastModified

    QString newId(); // opaque ids for created items
    QJsonObject persistentState() const; // --state FILE
    void restore(const QJsonObject &saved);
};

} // namespace MentorDesk::Sandbox
