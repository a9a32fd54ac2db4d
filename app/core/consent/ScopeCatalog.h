#pragma once

#include "core/config/Cloud.h"
#include "core/consent/Feature.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace MentorDesk {

enum class ScopeGroup {
    Outlook, // requested at sign-in
    Teams, // requested only when the user turns Teams features on (incremental consent)
};

enum class AdminConsent {
    No,
    MayDependOnTenant,
    Yes,
};

struct ScopeInfo
{
    QString scope; // exactly as sent to Entra, e.g. Calendars.ReadWrite
    ScopeGroup group = ScopeGroup::Outlook;
    bool optIn = false; // offline_access: requested only when the user turns "Stay signed in" on
    AdminConsent adminConsent = AdminConsent::No;
    bool personalAccounts = true; // usable with a personal Microsoft account
    QList<Feature> features; // features that need this scope
    // Translated texts.
    QString title;
    QString allows;
    QString why;
};

struct FeatureInfo
{
    Feature feature = Feature::SignIn;
    QString title; // translated
    bool personalAccounts = true;
    QList<Cloud> clouds; // empty: every cloud
    QStringList requiredScopes;
};

// The scope catalogue: the app's whole permission model as data (resources/consent/scopes.json). No code
// outside this class spells a scope string.
class ScopeCatalog
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::ScopeCatalog)

public:
    // The catalogue compiled into the app.
    static const ScopeCatalog &instance();
    // For tests and tools: a catalogue from JSON; empty (isValid() false) with *error set when malformed.
    static ScopeCatalog fromJson(const QByteArray &json, QString *error = nullptr);

    bool isValid() const { return !m_scopes.isEmpty(); }
    const QList<ScopeInfo> &scopes() const { return m_scopes; }
    const QList<FeatureInfo> &features() const { return m_features; }
    std::optional<ScopeInfo> scope(const QString &name) const;
    FeatureInfo feature(Feature feature) const;
    QString groupTitle(ScopeGroup group) const;
    QString groupSummary(ScopeGroup group) const;

    // What an authorize request carries. Sign-in: the Outlook group, plus offline_access when opted in.
    // Teams round: everything of the sign-in round plus the Teams group (already granted scopes are not
    // prompted for again, and the new token covers all of them).
    QStringList signInScopes(bool staySignedIn) const;
    QStringList teamsScopes(bool staySignedIn) const;
    QStringList groupScopes(ScopeGroup group) const; // without opt-in scopes

    // The OpenID Connect scopes, which Entra does not list in an access token's scope claim.
    static bool isOpenIdScope(const QString &scope);
    // Strips a resource prefix (https://graph.microsoft.com/User.Read becomes User.Read); catalogue case when known.
    QString normalize(const QString &scope) const;
    // A space-separated token response "scope" value, normalised.
    QStringList parseScopeString(const QString &scopes) const;

private:
    QList<ScopeInfo> m_scopes;
    QList<FeatureInfo> m_features;
    struct Group
    {
        ScopeGroup group;
        QString title;
        QString summary;
    };
    QList<Group> m_groups;
};

} // namespace MentorDesk
