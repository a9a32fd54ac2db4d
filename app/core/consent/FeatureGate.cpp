#include "core/consent/FeatureGate.h"

#include "core/consent/ScopeCatalog.h"

namespace MentorDesk {

FeatureGate::FeatureGate(const ScopeCatalog &catalog)
    : m_catalog(catalog)
{ }

FeatureAvailability FeatureGate::check(Feature feature, const ConsentState &state) const
{
    using Reason = FeatureAvailability::Reason;
    const FeatureInfo info = m_catalog.feature(feature);
    FeatureAvailability result;

    for (const QString &scope : info.requiredScopes) {
        if (!state.grantedScopes.contains(scope))
            result.missingScopes << scope;
    }

    if (!state.signedIn) {
        result.reason = Reason::NotSignedIn;
        result.message = tr("Sign in to use \"%1\".").arg(info.title);
        return result;
    }

    bool personalBlocked = !info.personalAccounts;
    bool needsTeamsRound = false;
    bool needsOptIn = false;
    bool needsAdmin = false;
    for (const QString &scope : std::as_const(result.missingScopes)) {
        const auto scopeInfo = m_catalog.scope(scope);
        if (!scopeInfo)
            continue;
        personalBlocked = personalBlocked || !scopeInfo->personalAccounts;
        needsTeamsRound = needsTeamsRound || scopeInfo->group == ScopeGroup::Teams;
        needsOptIn = needsOptIn || scopeInfo->optIn;
        needsAdmin = needsAdmin || scopeInfo->adminConsent == AdminConsent::Yes;
    }

    if (state.accountKind == AccountKind::Personal && personalBlocked) {
        result.reason = Reason::PersonalAccount;
        result.message = tr("\"%1\" needs a work or school account: Microsoft does not offer it for personal "
                            "Microsoft accounts.")
                             .arg(info.title);
        return result;
    }
    if (!info.clouds.isEmpty() && !info.clouds.contains(state.cloud)) {
        result.reason = Reason::CloudNotSupported;
        result.message
            = tr("\"%1\" is not available in the %2 cloud.").arg(info.title, CloudInfo::displayName(state.cloud));
        return result;
    }
    if (result.missingScopes.isEmpty())
        return result; // Reason::Available

    if (needsTeamsRound && !state.teamsEnabled) {
        result.reason = Reason::TeamsNotEnabled;
        result.message = tr("\"%1\" is part of the Teams features, which are off. Turn them on in Permissions; "
                            "MentorDesk will then ask for the Teams permissions.")
                             .arg(info.title);
    } else if (needsOptIn && !state.staySignedIn) {
        result.reason = Reason::NotOptedIn;
        result.message = tr("\"Stay signed in\" is off. Turn it on when you sign in if you want MentorDesk to renew "
                            "its access without asking you every hour.");
    } else if (needsAdmin && state.adminApprovalPending) {
        result.reason = Reason::AdminApprovalNeeded;
        result.message = tr("\"%1\" waits for an administrator of your organisation to approve %2 for MentorDesk; "
                            "calendar and booking work meanwhile. Send your IT department the request, then choose "
                            "\"Check again\" in Permissions.")
                             .arg(info.title, result.missingScopes.join(QLatin1StringView(", ")));
    } else {
        result.reason = Reason::NotGranted;
        result.message = tr("\"%1\" needs permissions that were not granted (%2). Retry consent from the Permissions "
                            "page; if your organisation blocks them, ask your administrator.")
                             .arg(info.title, result.missingScopes.join(QLatin1StringView(", ")));
    }
    return result;
}

} // namespace MentorDesk
