#include "sandbox/state/SandboxState.h"

#include "sandbox/identity/TenantScopeCatalog.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

SandboxState::SandboxState(const SandboxOptions &options)
    : clientId(options.clientId)
    , seed(options.seed)
    , autoConsent(options.autoConsent)
    , personalAccounts(options.personalAccounts)
    , adminConsentRequired(options.adminConsentRequired)
    , userConsentDisabled(options.userConsentDisabled)
    , interactionRequired(options.interactionRequired)
    , tokenLifetimeSeconds(options.tokenLifetimeSeconds)
    , clock(options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc())
    , anchorUtc((options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC())
{
    signingKey.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(signingKey.data()), 8);
    monotonic.start();
    resetAdminGrant();
}

void SandboxState::resetAdminGrant()
{
    adminGrantedScopes.clear();
    if (adminConsentRequired || userConsentDisabled)
        return;
    for (const QString &scope : TenantScopeCatalog::adminOnlyStaticPermissions())
        adminGrantedScopes.insert(scope);
}

const User *SandboxState::user(const QString &idOrUpn) const
{
    for (const User &candidate : users) {
        if (candidate.id == idOrUpn || candidate.upn.compare(idOrUpn, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

const User &SandboxState::mentor() const
{
    const User *found = user(mentorUpn);
    Q_ASSERT(found);
    return *found;
}

const StoredCalendar *SandboxState::calendar(const QString &id) const
{
    for (const StoredCalendar &candidate : calendars) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const StoredCalendar *SandboxState::defaultCalendar(const QString &mailbox) const
{
    for (const StoredCalendar &candidate : calendars) {
        if (candidate.isDefault && candidate.mailbox.compare(mailbox, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

const Group *SandboxState::group(const QString &id) const
{
    for (const Group &candidate : groups) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const StoredChannel *SandboxState::channel(const QString &teamId, const QString &channelId) const
{
    for (const StoredChannel &candidate : channels) {
        if (candidate.teamId == teamId && candidate.id == channelId)
            return &candidate;
    }
    return nullptr;
}

StoredEvent *SandboxState::event(const QString &id)
{
    const auto it = events.find(id);
    return it == events.end() ? nullptr : &it.value();
}

void SandboxState::insertEvent(StoredEvent event)
{
    event.changeSeq = ++changeSeq;
    if (!events.contains(event.id))
        eventOrder << event.id;
    events.insert(event.id, std::move(event));
}

void SandboxState::touch(StoredEvent &event)
{
    event.changeSeq = ++changeSeq;
    event.lastModifiedUtc = clock.nowUtc();
    QByteArray key(16, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(key.data()), 4);
    event.changeKey = QString::fromLatin1(key.toBase64());
}

QString SandboxState::newId()
{
    // Shaped like Exchange ids (long, opaque, base64url); the content means nothing.
    QByteArray raw(72, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 18);
    return u"AAMkAG"_s
        + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject SandboxState::persistentState() const
{
    QJsonArray storedEvents;
    for (const QString &id : eventOrder)
        storedEvents.append(events.value(id).toStorage());
    QJsonArray meetings;
    for (const StoredOnlineMeeting &meeting : onlineMeetings) {
        meetings.append(QJsonObject{{u"ownerUpn"_s, meeting.ownerUpn},
                                    {u"externalId"_s, meeting.externalId},
                                    {u"resource"_s, meeting.resource}});
    }
    QJsonArray messages;
    for (const ChannelMessage &message : channelMessages) {
        messages.append(QJsonObject{{u"teamId"_s, message.teamId},
                                    {u"channelId"_s, message.channelId},
                                    {u"replyToId"_s, message.replyToId},
                                    {u"resource"_s, message.resource}});
    }
    QJsonObject consents;
    for (auto it = userConsents.begin(); it != userConsents.end(); ++it) {
        QStringList scopes(it.value().begin(), it.value().end());
        scopes.sort();
        consents.insert(it.key(), QJsonArray::fromStringList(scopes));
    }
    return QJsonObject{
        {u"version"_s, 1},
        {u"seed"_s, qint64(seed)},
        {u"tenantId"_s, tenantId},
        {u"anchor"_s, anchorUtc.toString(Qt::ISODate)},
        {u"changeSeq"_s, changeSeq},
        {u"events"_s, storedEvents},
        {u"onlineMeetings"_s, meetings},
        {u"channelMessages"_s, messages},
        {u"userConsents"_s, consents},
        {u"adminConsentGranted"_s, adminConsentGranted()},
        {u"adminGrantedScopes"_s, QJsonArray::fromStringList(TenantScopeCatalog::ordered(adminGrantedScopes))},
    };
}

void SandboxState::restore(const QJsonObject &saved)
{
    if (saved.value(u"version"_s).toInt() != 1)
        return;
    events.clear();
    eventOrder.clear();
    for (const auto &value : saved.value(u"events"_s).toArray()) {
        StoredEvent event = StoredEvent::fromStorage(value.toObject());
        eventOrder << event.id;
        events.insert(event.id, event);
    }
    changeSeq = saved.value(u"changeSeq"_s).toInteger();
    onlineMeetings.clear();
    for (const auto &value : saved.value(u"onlineMeetings"_s).toArray()) {
        const QJsonObject object = value.toObject();
        onlineMeetings.append({object.value(u"ownerUpn"_s).toString(), object.value(u"externalId"_s).toString(),
                               object.value(u"resource"_s).toObject()});
    }
    channelMessages.clear();
    for (const auto &value : saved.value(u"channelMessages"_s).toArray()) {
        const QJsonObject object = value.toObject();
        channelMessages.append({object.value(u"teamId"_s).toString(), object.value(u"channelId"_s).toString(),
                                object.value(u"replyToId"_s).toString(), object.value(u"resource"_s).toObject()});
    }
    userConsents.clear();
    const QJsonObject consents = saved.value(u"userConsents"_s).toObject();
    for (auto it = consents.begin(); it != consents.end(); ++it) {
        QSet<QString> scopes;
        for (const auto &scope : it.value().toArray())
            scopes.insert(scope.toString());
        userConsents.insert(it.key(), scopes);
    }
    if (saved.contains(u"adminGrantedScopes"_s)) {
        adminGrantedScopes.clear();
        for (const auto &scope : saved.value(u"adminGrantedScopes"_s).toArray()) {
            if (const ScopeInfo *info = TenantScopeCatalog::find(scope.toString()))
                adminGrantedScopes.insert(info->name);
        }
    } else if (saved.contains(u"adminConsentGranted"_s)) {
        // Files from before adminGrantedScopes: a flag for the admin-only permissions.
        adminGrantedScopes.clear();
        if (saved.value(u"adminConsentGranted"_s).toBool()) {
            for (const QString &scope : TenantScopeCatalog::adminOnlyStaticPermissions())
                adminGrantedScopes.insert(scope);
        }
    }
}

void SandboxState::logGraphRequest(QJsonObject entry)
{
    graphRequests.append(std::move(entry));
    while (graphRequests.size() > kMaxLoggedGraphRequests)
        graphRequests.removeFirst();
}

} // namespace MentorDesk::Sandbox
