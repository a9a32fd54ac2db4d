#pragma once

#include "core/consent/ConsentState.h"
#include "core/consent/Feature.h"

#include <QCoreApplication>
#include <QStringList>

namespace MentorDesk {

class ScopeCatalog;

struct FeatureAvailability
{
    enum class Reason {
        Available,
        NotSignedIn,
        PersonalAccount, // Microsoft offers this to work or school accounts only
        CloudNotSupported, // e.g. standalone meetings in the China cloud
        TeamsNotEnabled, // the user has not turned Teams features on yet
        NotOptedIn, // "Stay signed in" is off
        AdminApprovalNeeded, // an administrator must consent first
        NotGranted, // requested, but Entra did not grant it (declined or blocked by the tenant)
    };

    Reason reason = Reason::Available;
    QStringList missingScopes;
    QString message; // translated: why, and what to do; empty when available

    bool isAvailable() const { return reason == Reason::Available; }
};

// The one place that answers "may the user use feature X, and if not, why" (never an unexplained grey button).
class FeatureGate
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::FeatureGate)

public:
    explicit FeatureGate(const ScopeCatalog &catalog);

    FeatureAvailability check(Feature feature, const ConsentState &state) const;

private:
    const ScopeCatalog &m_catalog;
};

} // namespace MentorDesk
