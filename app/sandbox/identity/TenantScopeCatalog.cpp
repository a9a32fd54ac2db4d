#include "sandbox/identity/TenantScopeCatalog.h"

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

const QList<ScopeInfo> &TenantScopeCatalog::all()
{
    static const QList<ScopeInfo> scopes{
        {u"openid"_s, u"Sign you in"_s, false, true, true},
        {u"profile"_s, u"View your basic profile"_s, false, true, true},
        {u"email"_s, u"View your email address"_s, false, true, true},
        {u"offline_access"_s, u"Maintain access to data you have given it access to"_s, false, true, true},
        {u"User.Read"_s, u"Sign you in and read your profile"_s, false, true, false},
        {u"User.ReadBasic.All"_s, u"Read all users' basic profiles"_s, false, false, false},
        {u"Calendars.ReadBasic"_s, u"Read basic details of your calendars"_s, false, true, false},
        {u"Calendars.Read"_s, u"Read your calendars"_s, false, true, false},
        {u"Calendars.Read.Shared"_s, u"Read calendars you can access"_s, false, false, false},
        {u"Calendars.ReadWrite"_s, u"Have full access to your calendars"_s, false, true, false},
        {u"Calendars.ReadWrite.Shared"_s, u"Read and write calendars you can access"_s, false, false, false},
        {u"OnlineMeetings.ReadWrite"_s, u"Read and create your online meetings"_s, false, false, false},
        {u"Group.Read.All"_s, u"Read all groups"_s, true, false, false},
        {u"Team.ReadBasic.All"_s, u"Read the names and descriptions of teams"_s, false, false, false},
        {u"Channel.ReadBasic.All"_s, u"Read the names and descriptions of channels"_s, false, false, false},
        {u"ChannelMessage.Send"_s, u"Send channel messages"_s, false, false, false},
        {u"ChannelMessage.Read.All"_s, u"Read user channel messages"_s, true, false, false},
        {u"MailboxSettings.Read"_s, u"Read your mailbox settings"_s, false, true, false},
        {u"Mail.Send"_s, u"Send mail as you"_s, false, true, false},
        {u"People.Read"_s, u"Read your relevant people list"_s, false, true, false},
    };
    return scopes;
}

const ScopeInfo *TenantScopeCatalog::find(const QString &scope)
{
    QString name = scope;
    const QString graphPrefix = u"https://graph.microsoft.com/"_s;
    if (name.startsWith(graphPrefix, Qt::CaseInsensitive))
        name = name.mid(graphPrefix.size());
    for (const ScopeInfo &info : all()) {
        if (info.name.compare(name, Qt::CaseInsensitive) == 0)
            return &info;
    }
    return nullptr;
}

QStringList TenantScopeCatalog::staticPermissions()
{
    return {u"User.Read"_s,      u"Calendars.Read.Shared"_s, u"Calendars.ReadWrite"_s, u"OnlineMeetings.ReadWrite"_s,
            u"Group.Read.All"_s, u"Channel.ReadBasic.All"_s, u"ChannelMessage.Send"_s};
}

QStringList TenantScopeCatalog::adminOnlyStaticPermissions()
{
    QStringList scopes;
    for (const QString &scope : staticPermissions()) {
        if (find(scope)->adminConsentRequired)
            scopes << scope;
    }
    return scopes;
}

QStringList TenantScopeCatalog::ordered(const QSet<QString> &scopes)
{
    QStringList result;
    for (const ScopeInfo &info : all()) {
        if (scopes.contains(info.name))
            result << info.name;
    }
    return result;
}

bool TenantScopeCatalog::isOpenIdConnect(const QString &scope)
{
    const ScopeInfo *info = find(scope);
    return info && info->openIdConnect;
}

} // namespace MentorDesk::Sandbox
