#include "sandbox/ControlEndpoints.h"

#include "sandbox/graph/EventSerializer.h"
#include "sandbox/graph/MeetingResponses.h"
#include "sandbox/identity/TenantScopeCatalog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

ControlEndpoints::ControlEndpoints(SandboxState &state, FaultInjector &faults, const TokenIssuer &issuer,
                                   IdentityEndpoints &identity, CalendarEndpoints &calendar)
    : m_state(state)
    , m_faults(faults)
    , m_issuer(issuer)
    , m_identity(identity)
    , m_calendar(calendar)
{ }

bool ControlEndpoints::isControlPath(const HttpRequest &request)
{
    return !request.segments.isEmpty() && request.segments.first() == u"_sandbox"_s;
}

HttpResponse ControlEndpoints::error(int status, const QString &message)
{
    return HttpResponse::json(status, QJsonObject{{u"error"_s, message}});
}

QJsonObject ControlEndpoints::config() const
{
    return QJsonObject{{u"autoConsent"_s, m_state.autoConsent},
                       {u"personalAccounts"_s, m_state.personalAccounts},
                       {u"adminConsentRequired"_s, m_state.adminConsentRequired},
                       {u"userConsentDisabled"_s, m_state.userConsentDisabled},
                       {u"interactionRequired"_s, m_state.interactionRequired},
                       {u"adminConsentGranted"_s, m_state.adminConsentGranted()},
                       {u"tokenLifetimeSeconds"_s, m_state.tokenLifetimeSeconds},
                       {u"onlineMeetingFailure"_s, m_state.onlineMeetingFailure},
                       {u"cloud"_s, m_state.cloud},
                       {u"now"_s, m_state.clock.nowUtc().toString(Qt::ISODateWithMs)}};
}

QJsonObject ControlEndpoints::applyConfig(const QJsonObject &config)
{
    if (config.contains(u"autoConsent"_s))
        m_state.autoConsent = config.value(u"autoConsent"_s).toBool();
    if (config.contains(u"personalAccounts"_s))
        m_state.personalAccounts = config.value(u"personalAccounts"_s).toBool();
    // Either consent switch starts the tenant's admin grant afresh (SandboxState::resetAdminGrant).
    if (config.contains(u"adminConsentRequired"_s) || config.contains(u"userConsentDisabled"_s)) {
        m_state.adminConsentRequired = config.value(u"adminConsentRequired"_s).toBool(m_state.adminConsentRequired);
        m_state.userConsentDisabled = config.value(u"userConsentDisabled"_s).toBool(m_state.userConsentDisabled);
        m_state.resetAdminGrant();
    }
    if (config.contains(u"interactionRequired"_s))
        m_state.interactionRequired = config.value(u"interactionRequired"_s).toBool();
    if (config.contains(u"tokenLifetimeSeconds"_s))
        m_state.tokenLifetimeSeconds = std::max(1, config.value(u"tokenLifetimeSeconds"_s).toInt());
    if (config.contains(u"onlineMeetingFailure"_s))
        m_state.onlineMeetingFailure = config.value(u"onlineMeetingFailure"_s).toBool();
    if (config.contains(u"cloud"_s))
        m_state.cloud = config.value(u"cloud"_s).toString();
    return this->config();
}

QJsonObject ControlEndpoints::issueToken(const QStringList &scopes, int lifetimeSeconds)
{
    QStringList canonical;
    for (const QString &scope : scopes) {
        const ScopeInfo *info = TenantScopeCatalog::find(scope);
        canonical << (info ? info->name : scope);
    }
    const int lifetime = lifetimeSeconds > 0 ? lifetimeSeconds : m_state.tokenLifetimeSeconds;
    return QJsonObject{{u"token_type"_s, u"Bearer"_s},
                       {u"access_token"_s, m_issuer.accessToken(m_state.mentor(), canonical, lifetime)},
                       {u"expires_in"_s, lifetime},
                       {u"scope"_s, canonical.join(u' ')}};
}

QJsonObject ControlEndpoints::snapshot() const
{
    QJsonArray events;
    const EventView utc;
    for (const QString &id : m_state.eventOrder) {
        const auto eventFound = m_state.events.constFind(id);
        const StoredEvent &event = eventFound.value();
        QJsonObject object = EventSerializer::stored(m_state, event, utc);
        object.insert(u"mailbox"_s, event.mailbox);
        object.insert(u"calendarId"_s, event.calendarId);
        object.insert(u"sandboxStatus"_s, event.removed.isEmpty() ? u"active"_s : event.removed);
        events.append(object);
    }
    QJsonArray meetings;
    for (const StoredOnlineMeeting &meeting : m_state.onlineMeetings) {
        QJsonObject object = meeting.resource;
        object.insert(u"owner"_s, meeting.ownerUpn);
        meetings.append(object);
    }
    QJsonArray messages;
    for (const ChannelMessage &message : m_state.channelMessages)
        messages.append(message.resource);
    QJsonObject userConsents; // upn -> the scopes the user consented to
    for (auto it = m_state.userConsents.begin(); it != m_state.userConsents.end(); ++it)
        userConsents.insert(it.key(), QJsonArray::fromStringList(TenantScopeCatalog::ordered(it.value())));
    QJsonObject inFlight; // requests per mailbox being processed or held by a delay
    for (auto it = m_state.inFlight.begin(); it != m_state.inFlight.end(); ++it)
        inFlight.insert(it.key(), it.value());
    return QJsonObject{
        {u"tenantId"_s, m_state.tenantId},
        {u"mentor"_s, m_state.mentorUpn},
        {u"admin"_s, m_state.adminUpn},
        {u"events"_s, events},
        {u"onlineMeetings"_s, meetings},
        {u"channelMessages"_s, messages},
        {u"authorizeRequests"_s, m_state.authorizeRequests},
        {u"adminConsentRequests"_s, m_state.adminConsentRequests},
        {u"tokenRequests"_s, m_state.tokenRequests},
        {u"graphRequests"_s, m_state.graphRequests},
        {u"meetingResponses"_s, m_state.meetingResponses},
        {u"adminConsentGranted"_s, m_state.adminConsentGranted()},
        {u"adminGrantedScopes"_s, QJsonArray::fromStringList(TenantScopeCatalog::ordered(m_state.adminGrantedScopes))},
        {u"userConsents"_s, userConsents},
        {u"browserSession"_s, m_state.browserSessionUpn},
        {u"faults"_s, m_faults.list()},
        {u"inFlight"_s, inFlight},
        {u"config"_s, config()},
    };
}

HttpResponse ControlEndpoints::mutate(const QJsonObject &request)
{
    const QString op = request.value(u"op"_s).toString();
    const User *owner = m_state.user(request.value(u"mailbox"_s).toString(m_state.mentorUpn));
    if (!owner)
        return error(400, u"Unknown mailbox."_s);
    if (op == u"createEvent"_s || op == u"invite"_s) {
        QString calendarId = request.value(u"calendarId"_s).toString();
        if (calendarId.isEmpty())
            calendarId = m_state.defaultCalendar(owner->upn)->id;
        const auto result = m_calendar.createEvent(owner->upn, calendarId, request.value(u"event"_s).toObject(), false);
        if (!result.errorCode.isEmpty())
            return error(400, result.errorCode + u": "_s + result.errorMessage);
        if (op == u"invite"_s) {
            // The owner organises; every attendee with a mailbox in the tenant finds the invitation in their calendar.
            const QJsonObject copies
                = MeetingResponses::deliver(m_state, result.event.id, [this] { return m_state.newId(); });
            return HttpResponse::json(201, QJsonObject{{u"id"_s, result.event.id}, {u"copies"_s, copies}});
        }
        return HttpResponse::json(201, QJsonObject{{u"id"_s, result.event.id}});
    }
    const QString id = request.value(u"id"_s).toString();
    if (op == u"updateEvent"_s) {
        QString message;
        QString resultId;
        const QString code = m_calendar.updateEvent(id, request.value(u"event"_s).toObject(), &message, &resultId);
        if (!code.isEmpty())
            return error(code == u"ErrorItemNotFound"_s ? 404 : 400, code + u": "_s + message);
        return HttpResponse::json(200, QJsonObject{{u"id"_s, resultId}});
    }
    if (op == u"deleteEvent"_s) {
        if (!m_calendar.removeEvent(id, u"deleted"_s))
            return error(404, u"No such event."_s);
        return HttpResponse::json(200, QJsonObject{{u"id"_s, id}});
    }
    return error(400, u"\"op\" must be createEvent, invite, updateEvent or deleteEvent."_s);
}

HttpResponse ControlEndpoints::handle(const HttpRequest &request)
{
    const QString what = request.segments.value(1);
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        const std::optional<QJsonObject> parsed = request.jsonObject();
        if (!parsed)
            return error(400, u"The body must be a JSON object."_s);
        body = *parsed;
    }
    const QByteArray &method = request.method;
    if (what == u"faults"_s && request.segments.value(2) == u"random"_s) {
        RandomFaults &random = m_faults.random();
        if (method == "DELETE") {
            random.stop();
            return HttpResponse::empty(204);
        }
        if (method == "GET")
            return HttpResponse::json(200, random.toJson());
        if (method == "POST") {
            QString message;
            if (!random.startFromJson(body, &message))
                return error(400, message);
            return HttpResponse::json(201, random.toJson());
        }
    } else if (what == u"faults"_s) {
        if (method == "DELETE") {
            m_faults.clear();
            return HttpResponse::empty(204);
        }
        if (method == "GET")
            return HttpResponse::json(
                200, QJsonObject{{u"faults"_s, m_faults.list()}, {u"random"_s, m_faults.random().toJson()}});
        if (method == "POST") {
            QString message;
            const auto fault = Fault::fromJson(body, &message);
            if (!fault)
                return error(400, message);
            return HttpResponse::json(201, QJsonObject{{u"id"_s, m_faults.add(*fault)}});
        }
    } else if (what == u"state"_s && method == "GET") {
        return HttpResponse::json(200, snapshot());
    } else if (what == u"config"_s) {
        if (method == "POST")
            return HttpResponse::json(200, applyConfig(body));
        if (method == "GET")
            return HttpResponse::json(200, config());
    } else if (what == u"clock"_s && method == "POST") {
        m_state.clock.advance(body.value(u"advanceSeconds"_s).toInteger());
        return HttpResponse::json(200, QJsonObject{{u"now"_s, m_state.clock.nowUtc().toString(Qt::ISODateWithMs)}});
    } else if (what == u"token"_s && method == "POST") {
        QStringList scopes;
        for (const auto &scope : body.value(u"scopes"_s).toArray())
            scopes << scope.toString();
        return HttpResponse::json(200, issueToken(scopes, body.value(u"lifetimeSeconds"_s).toInt(-1)));
    } else if (what == u"mutate"_s && method == "POST") {
        return mutate(body);
    } else if (what == u"revoke-refresh-tokens"_s && method == "POST") {
        int revoked = 0;
        for (RefreshToken &token : m_state.refreshTokens) {
            if (!token.revoked) {
                token.revoked = true;
                ++revoked;
            }
        }
        return HttpResponse::json(200, QJsonObject{{u"revoked"_s, revoked}});
    }
    return error(404, u"Unknown control endpoint. See the README's sandbox section."_s);
}

} // namespace MentorDesk::Sandbox
