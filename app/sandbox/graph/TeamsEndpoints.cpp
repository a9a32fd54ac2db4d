#include "sandbox/graph/TeamsEndpoints.h"

#include "sandbox/graph/EventSerializer.h"
#include "sandbox/graph/GraphErrorReply.h"
#include "sandbox/graph/GraphTimeFormat.h"
#include "sandbox/graph/Paging.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

namespace {

const QStringList kGroupRead{u"Group.Read.All"_s, u"Group.ReadWrite.All"_s, u"GroupMember.Read.All"_s,
                             u"Directory.Read.All"_s, u"Directory.ReadWrite.All"_s};
const QStringList kMemberOf{u"User.Read"_s,
                            u"User.ReadBasic.All"_s,
                            u"User.Read.All"_s,
                            u"Group.Read.All"_s,
                            u"GroupMember.Read.All"_s,
                            u"Directory.Read.All"_s,
                            u"Directory.ReadWrite.All"_s};
const QStringList kJoinedTeams{u"Team.ReadBasic.All"_s,     u"TeamSettings.Read.All"_s, u"TeamSettings.ReadWrite.All"_s,
                               u"User.Read.All"_s,          u"User.ReadWrite.All"_s,    u"Directory.Read.All"_s,
                               u"Directory.ReadWrite.All"_s};
// GET /teams/{id}: Team.ReadBasic.All is least privileged; Group.Read.All is accepted too
// (docs/graph/teams.md#finding-the-users-teams).
const QStringList kTeamRead{u"Team.ReadBasic.All"_s,     u"TeamSettings.Read.All"_s, u"TeamSettings.ReadWrite.All"_s,
                            u"Group.Read.All"_s,         u"Group.ReadWrite.All"_s,   u"Directory.Read.All"_s,
                            u"Directory.ReadWrite.All"_s};
const QStringList kChannels{
    u"Channel.ReadBasic.All"_s, u"ChannelSettings.Read.All"_s, u"ChannelSettings.ReadWrite.All"_s, u"Group.Read.All"_s,
    u"Group.ReadWrite.All"_s,   u"Directory.Read.All"_s,       u"Directory.ReadWrite.All"_s};
const QStringList kChannelSend{u"ChannelMessage.Send"_s, u"Group.ReadWrite.All"_s};
constexpr qsizetype kMaxMessageBytes = 28 * 1024;
constexpr int kPostsPerSecond = 4;

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

TeamsEndpoints::TeamsEndpoints(SandboxState &state)
    : m_state(state)
{ }

std::optional<HttpResponse> TeamsEndpoints::handle(GraphContext &context)
{
    const QStringList &path = context.path;
    const QByteArray &method = context.request.method;
    if (path.size() >= 2 && path.at(0) == u"me"_s
        && (path.at(1) == u"transitiveMemberOf"_s || path.at(1) == u"memberOf"_s) && method == "GET") {
        if (path.size() == 3 && path.at(2) != u"microsoft.graph.group"_s)
            return std::nullopt;
        if (path.size() > 3)
            return std::nullopt;
        if (context.personal)
            return GraphErrorReply::make(context, 403, u"Authorization_RequestDenied"_s,
                                         u"Insufficient privileges to complete the operation."_s);
        if (!context.hasAnyScope(kMemberOf))
            return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Directory, kMemberOf);
        return memberOf(context);
    }
    if (path == QStringList{u"me"_s, u"joinedTeams"_s} && method == "GET") {
        if (!context.hasAnyScope(kJoinedTeams) || context.personal)
            return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Teams, kJoinedTeams);
        return joinedTeams(context);
    }
    if (path.size() == 2 && path.at(0) == u"teams"_s && method == "GET")
        return teamResource(context, path.at(1));
    if (path.size() < 3 || path.at(0) != u"teams"_s || path.at(2) != u"channels"_s)
        return std::nullopt;
    const Group *team = m_state.group(path.at(1));
    if (path.size() == 3 && method == "GET" && !context.hasAnyScope(kChannels))
        return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Teams, kChannels);
    if (path.size() >= 5 && method == "POST" && !context.hasAnyScope(kChannelSend))
        return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Teams, kChannelSend);
    if (context.personal)
        return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Teams, kChannels);
    if (!team || !team->isTeam)
        return GraphErrorReply::make(context, 404, u"NotFound"_s, u"No team found with Group Id %1"_s.arg(path.at(1)));
    if (!team->memberUpns.contains(context.me->upn, Qt::CaseInsensitive))
        return GraphErrorReply::make(context, 403, u"Forbidden"_s, u"The user is not a member of the team."_s);
    if (path.size() == 3 && method == "GET")
        return channels(context, *team);
    const StoredChannel *channel = m_state.channel(team->id, path.at(3));
    if (!channel)
        return GraphErrorReply::make(context, 404, u"NotFound"_s, u"Channel %1 was not found."_s.arg(path.at(3)));
    const bool visible = channel->membershipType == u"standard"_s
        || channel->memberUpns.contains(context.me->upn, Qt::CaseInsensitive);
    if (!visible)
        return GraphErrorReply::make(context, 403, u"Forbidden"_s, u"The user is not a member of the channel."_s);
    if (path.size() == 4 && method == "GET")
        return HttpResponse::json(200, channelJson(*channel));
    if (path.size() == 5 && path.at(4) == u"messages"_s) {
        if (method == "POST")
            return postMessage(context, *team, *channel, QString());
        if (method == "GET")
            return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Teams,
                                                 {u"ChannelMessage.Read.All"_s});
    }
    if (path.size() == 7 && path.at(4) == u"messages"_s && path.at(6) == u"replies"_s && method == "POST")
        return postMessage(context, *team, *channel, path.at(5));
    return std::nullopt;
}

QJsonObject TeamsEndpoints::groupJson(const Group &group) const
{
    return QJsonObject{
        {u"@odata.type"_s, u"#microsoft.graph.group"_s},
        {u"id"_s, group.id},
        {u"deletedDateTime"_s, QJsonValue()},
        {u"classification"_s, QJsonValue()},
        {u"createdDateTime"_s, group.createdDateTime},
        {u"creationOptions"_s,
         group.isTeam && !group.resourceProvisioningOptions.isEmpty() ? QJsonArray{u"Team"_s} : QJsonArray{}},
        {u"description"_s, group.description},
        {u"displayName"_s, group.displayName},
        {u"expirationDateTime"_s, QJsonValue()},
        {u"groupTypes"_s, toArray(group.groupTypes)},
        {u"isAssignableToRole"_s, QJsonValue()},
        {u"mail"_s,
         group.mailEnabled ? QJsonValue(QString(group.mailNickname + u'@' + m_state.tenantDomain)) : QJsonValue()},
        {u"mailEnabled"_s, group.mailEnabled},
        {u"mailNickname"_s, group.mailNickname},
        {u"membershipRule"_s, QJsonValue()},
        {u"onPremisesSyncEnabled"_s, QJsonValue()},
        {u"proxyAddresses"_s,
         group.mailEnabled ? QJsonArray{QString(u"SMTP:"_s + group.mailNickname + u'@' + m_state.tenantDomain)}
                           : QJsonArray{}},
        {u"renewedDateTime"_s, group.createdDateTime},
        {u"resourceBehaviorOptions"_s, QJsonArray{}},
        {u"resourceProvisioningOptions"_s, toArray(group.resourceProvisioningOptions)},
        {u"securityEnabled"_s, group.securityEnabled},
        {u"securityIdentifier"_s, QString(u"S-1-12-1-"_s + QString::number(qHash(group.id) % 4000000000u))},
        {u"theme"_s, QJsonValue()},
        {u"visibility"_s, group.visibility.isEmpty() ? QJsonValue() : QJsonValue(group.visibility)},
    };
}

HttpResponse TeamsEndpoints::teamResource(GraphContext &context, const QString &teamId)
{
    if (context.personal || !context.hasAnyScope(kTeamRead))
        return GraphErrorReply::missingScope(context, GraphErrorReply::Workload::Teams, kTeamRead);
    const Group *team = m_state.group(teamId);
    if (!team || !team->isTeam)
        return GraphErrorReply::make(context, 404, u"NotFound"_s, u"No team found with Group Id %1"_s.arg(teamId));
    if (!team->memberUpns.contains(context.me->upn, Qt::CaseInsensitive))
        return GraphErrorReply::make(context, 403, u"Forbidden"_s, u"The user is not a member of the team."_s);
    const QJsonObject json{
        {u"@odata.context"_s, QString(context.graphBase() + u"/$metadata#teams/$entity"_s)},
        {u"id"_s, team->id},
        {u"createdDateTime"_s, team->createdDateTime},
        {u"displayName"_s, team->displayName},
        {u"description"_s, team->description},
        {u"internalId"_s, QString(u"19:"_s + QString(team->id).remove(u'-') + u"@thread.tacv2"_s)},
        {u"classification"_s, QJsonValue()},
        {u"specialization"_s, u"none"_s},
        {u"visibility"_s, team->visibility.toLower()},
        {u"webUrl"_s,
         QString(u"https://teams.microsoft.com/l/team/19%3a"_s + QString(team->id).remove(u'-')
                 + u"%40thread.tacv2/conversations?groupId="_s + team->id + u"&tenantId="_s + m_state.tenantId)},
        {u"isArchived"_s, team->isArchived},
        {u"tenantId"_s, m_state.tenantId},
        {u"isMembershipLimitedToOwners"_s, false},
    };
    return HttpResponse::json(200, EventSerializer::select(json, context.select()));
}

HttpResponse TeamsEndpoints::memberOf(GraphContext &context)
{
    const QString filter = context.param(u"$filter"_s);
    if (filter.contains(u"resourceProvisioningOptions"_s, Qt::CaseInsensitive)) {
        return GraphErrorReply::make(
            context, 400, u"Request_UnsupportedQuery"_s,
            u"Unsupported property filter 'resourceProvisioningOptions' for directoryObject."_s);
    }
    bool unifiedOnly = false;
    if (!filter.isEmpty()) {
        // The documented workaround: groupTypes/any(...) as an advanced query (ConsistencyLevel: eventual + $count).
        static const QRegularExpression unified(uR"(^groupTypes/any\(\w+:\w+ eq 'Unified'\)$)"_s);
        if (!unified.match(filter.trimmed()).hasMatch() || context.request.header("ConsistencyLevel") != "eventual"
            || context.param(u"$count"_s) != u"true"_s) {
            return GraphErrorReply::make(context, 400, u"Request_UnsupportedQuery"_s, u"Unsupported Query."_s);
        }
        unifiedOnly = true;
    }
    const bool full = context.hasAnyScope(kGroupRead);
    QJsonArray value;
    for (const Group &group : m_state.groups) {
        if (!group.memberUpns.contains(context.me->upn, Qt::CaseInsensitive))
            continue;
        if (unifiedOnly && !group.groupTypes.contains(u"Unified"_s))
            continue;
        // Without a group-read scope a directory object is only its type and id
        // (docs/graph/teams.md#finding-the-users-teams).
        if (!full)
            value.append(QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.group"_s}, {u"id"_s, group.id}});
        else
            value.append(EventSerializer::select(groupJson(group), context.select()));
    }
    const QString contextUrl = context.graphBase() + u"/$metadata#directoryObjects"_s;
    const auto page = Paging::page(context, value, contextUrl);
    if (!page)
        return GraphErrorReply::make(context, 400, u"Request_BadRequest"_s, u"Invalid $top or $skiptoken."_s);
    QJsonObject result = *page;
    if (unifiedOnly)
        result.insert(u"@odata.count"_s, value.size());
    return HttpResponse::json(200, result);
}

HttpResponse TeamsEndpoints::joinedTeams(GraphContext &context)
{
    QJsonArray value;
    for (const Group &group : m_state.groups) {
        if (!group.isTeam || !group.memberUpns.contains(context.me->upn, Qt::CaseInsensitive))
            continue;
        value.append(QJsonObject{{u"id"_s, group.id},
                                 {u"displayName"_s, group.displayName},
                                 {u"description"_s, group.description},
                                 {u"isArchived"_s, group.isArchived},
                                 {u"tenantId"_s, m_state.tenantId}});
    }
    return HttpResponse::json(200,
                              QJsonObject{{u"@odata.context"_s, QString(context.graphBase() + u"/$metadata#teams"_s)},
                                          {u"@odata.count"_s, value.size()},
                                          {u"value"_s, value}});
}

QJsonObject TeamsEndpoints::channelJson(const StoredChannel &channel) const
{
    const QString encodedId = QString::fromLatin1(QUrl::toPercentEncoding(channel.id));
    return QJsonObject{
        {u"id"_s, channel.id},
        {u"createdDateTime"_s, channel.createdDateTime},
        {u"displayName"_s, channel.displayName},
        {u"description"_s, channel.description.isEmpty() ? QJsonValue() : QJsonValue(channel.description)},
        {u"isFavoriteByDefault"_s, QJsonValue()},
        {u"email"_s, QString()},
        {u"tenantId"_s, m_state.tenantId},
        {u"webUrl"_s,
         u"https://teams.microsoft.com/l/channel/%1/%2?groupId=%3&tenantId=%4"_s.arg(
             encodedId, QString::fromLatin1(QUrl::toPercentEncoding(channel.displayName)), channel.teamId,
             m_state.tenantId)},
        {u"membershipType"_s, channel.membershipType},
        {u"isArchived"_s, false},
    };
}

HttpResponse TeamsEndpoints::channels(GraphContext &context, const Group &team)
{
    QString membershipFilter;
    const QString filter = context.param(u"$filter"_s);
    if (!filter.isEmpty()) {
        static const QRegularExpression pattern(uR"(^membershipType eq '(\w+)'$)"_s);
        const auto match = pattern.match(filter.trimmed());
        if (!match.hasMatch())
            return GraphErrorReply::make(context, 400, u"BadRequest"_s, u"Unsupported filter: %1"_s.arg(filter));
        membershipFilter = match.captured(1);
    }
    QJsonArray value;
    for (const StoredChannel &channel : m_state.channels) {
        if (channel.teamId != team.id)
            continue;
        // Members can't see private or shared channels they are not in.
        if (channel.membershipType != u"standard"_s
            && !channel.memberUpns.contains(context.me->upn, Qt::CaseInsensitive))
            continue;
        if (!membershipFilter.isEmpty() && channel.membershipType != membershipFilter)
            continue;
        value.append(EventSerializer::select(channelJson(channel), context.select()));
    }
    return HttpResponse::json(
        200,
        QJsonObject{
            {u"@odata.context"_s, QString(context.graphBase() + u"/$metadata#teams('%1')/channels"_s.arg(team.id))},
            {u"@odata.count"_s, value.size()},
            {u"value"_s, value}});
}

HttpResponse TeamsEndpoints::postMessage(GraphContext &context, const Group &team, const StoredChannel &channel,
                                         const QString &replyTo)
{
    if (team.isArchived)
        return GraphErrorReply::make(context, 403, u"Forbidden"_s, u"The team is archived; it is read-only."_s);
    if (context.request.body.size() > kMaxMessageBytes) {
        return GraphErrorReply::make(
            context, 413, u"RequestEntityTooLarge"_s,
            u"Request Entity Too Large. The message exceeds the maximum size of about 28 KB."_s);
    }
    const std::optional<QJsonObject> parsed = context.request.jsonObject();
    if (!parsed)
        return GraphErrorReply::invalidJson(context);
    const QJsonObject &body = *parsed;
    const QJsonObject messageBody = body.value(u"body"_s).toObject();
    if (!body.value(u"body"_s).isObject() || messageBody.value(u"content"_s).toString().isEmpty())
        return GraphErrorReply::make(context, 400, u"BadRequest"_s, u"Invalid request body was sent."_s);
    if (!replyTo.isEmpty()) {
        bool found = false;
        for (const ChannelMessage &message : m_state.channelMessages) {
            if (message.channelId == channel.id && message.replyToId.isEmpty()
                && message.resource.value(u"id"_s).toString() == replyTo)
                found = true;
        }
        if (!found)
            return GraphErrorReply::make(context, 404, u"NotFound"_s, u"Message %1 was not found."_s.arg(replyTo));
    }
    const QString content = messageBody.value(u"content"_s).toString();
    // <at id="n"> tags and mentions[].id, <attachment id> and attachments[].id must match both ways.
    const auto idsIn = [&](const QString &tag) {
        QSet<QString> ids;
        const QRegularExpression pattern(u"<%1\\s+id=\"([^\"]*)\""_s.arg(tag));
        for (auto it = pattern.globalMatch(content); it.hasNext();)
            ids.insert(it.next().captured(1));
        return ids;
    };
    const auto idsOf = [&](const QString &key) {
        QSet<QString> ids;
        for (const auto &item : body.value(key).toArray()) {
            const QJsonValue id = item.toObject().value(u"id"_s);
            ids.insert(id.isDouble() ? QString::number(id.toInt()) : id.toString());
        }
        return ids;
    };
    if (idsIn(u"at"_s) != idsOf(u"mentions"_s)) {
        return GraphErrorReply::make(
            context, 400, u"BadRequest"_s,
            u"Invalid mentions: every <at id> in the body needs a mention with the same id, and every "
            u"mention an <at> tag."_s);
    }
    if (idsIn(u"attachment"_s) != idsOf(u"attachments"_s)) {
        return GraphErrorReply::make(
            context, 400, u"BadRequest"_s,
            u"Invalid attachments: every <attachment id> in the body needs an attachment with the same "
            u"id."_s);
    }
    // At most four posts per second on one channel (docs/graph/teams.md#posting).
    const qint64 nowMs = m_state.monotonic.elapsed();
    QList<qint64> &times = m_state.channelPostTimes[channel.id];
    times.removeIf([&](qint64 t) { return nowMs - t >= 1000; });
    if (times.size() >= kPostsPerSecond) {
        HttpResponse response = GraphErrorReply::make(
            context, 429, u"TooManyRequests"_s, u"Too many requests. Please retry after the time in Retry-After."_s);
        response.headers.emplaceBack("Retry-After", "1");
        return response;
    }
    times << nowMs;

    const QDateTime now = m_state.clock.nowUtc();
    QString id = QString::number(now.toMSecsSinceEpoch());
    // Ids are epoch milliseconds; two posts in the same millisecond still get distinct ids.
    for (bool clash = true; clash;) {
        clash = false;
        for (const ChannelMessage &message : m_state.channelMessages) {
            if (message.resource.value(u"id"_s).toString() == id) {
                id = QString::number(id.toLongLong() + 1);
                clash = true;
            }
        }
    }
    const bool hasMentions = !body.value(u"mentions"_s).toArray().isEmpty();
    const QString contentType
        = hasMentions ? u"html"_s : messageBody.value(u"contentType"_s).toString(u"text"_s).toLower();
    const QString timestamp = GraphTimeFormat::formatTimestamp(now);
    const QString encodedChannel = QString::fromLatin1(QUrl::toPercentEncoding(channel.id));
    QJsonObject resource{
        {u"@odata.context"_s,
         QString(context.graphBase()
                 + u"/$metadata#teams('%1')/channels('%2')/messages/$entity"_s.arg(team.id, channel.id))},
        {u"id"_s, id},
        {u"replyToId"_s, replyTo.isEmpty() ? QJsonValue() : QJsonValue(replyTo)},
        {u"etag"_s, id},
        {u"messageType"_s, u"message"_s},
        {u"createdDateTime"_s, timestamp},
        {u"lastModifiedDateTime"_s, timestamp},
        {u"lastEditedDateTime"_s, QJsonValue()},
        {u"deletedDateTime"_s, QJsonValue()},
        {u"subject"_s, body.contains(u"subject"_s) ? body.value(u"subject"_s) : QJsonValue()},
        {u"summary"_s, QJsonValue()},
        {u"chatId"_s, QJsonValue()},
        {u"importance"_s, body.value(u"importance"_s).toString(u"normal"_s)},
        {u"locale"_s, u"en-us"_s},
        {u"webUrl"_s,
         u"https://teams.microsoft.com/l/message/%1/%2?groupId=%3&tenantId=%4&createdTime=%2&parentMessageId=%5"_s.arg(
             encodedChannel, id, team.id, m_state.tenantId, replyTo.isEmpty() ? id : replyTo)},
        {u"policyViolation"_s, QJsonValue()},
        {u"eventDetail"_s, QJsonValue()},
        {u"from"_s,
         QJsonObject{{u"application"_s, QJsonValue()},
                     {u"device"_s, QJsonValue()},
                     {u"user"_s,
                      QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.teamworkUserIdentity"_s},
                                  {u"id"_s, context.me->id},
                                  {u"displayName"_s, context.me->displayName},
                                  {u"userIdentityType"_s, u"aadUser"_s},
                                  {u"tenantId"_s, m_state.tenantId}}}}},
        {u"body"_s, QJsonObject{{u"contentType"_s, contentType}, {u"content"_s, content}}},
        {u"channelIdentity"_s, QJsonObject{{u"teamId"_s, team.id}, {u"channelId"_s, channel.id}}},
        {u"attachments"_s, body.value(u"attachments"_s).toArray()},
        {u"mentions"_s, body.value(u"mentions"_s).toArray()},
        {u"reactions"_s, QJsonArray{}},
    };
    m_state.channelMessages.append({team.id, channel.id, replyTo, resource});
    return HttpResponse::json(201, resource);
}

} // namespace MentorDesk::Sandbox
