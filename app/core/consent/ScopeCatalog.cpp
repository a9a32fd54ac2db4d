#include "core/consent/ScopeCatalog.h"

#include "core/common/Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

QString translated(const QJsonObject &object, QLatin1StringView key)
{
    // The JSON holds English source strings; lupdate sees them through the generated ScopeCatalogStrings.cpp.
    return QCoreApplication::translate("MentorDesk::ScopeCatalog", object.value(key).toString().toUtf8().constData());
}

std::optional<ScopeGroup> groupFromId(const QString &id)
{
    if (id == "outlook"_L1)
        return ScopeGroup::Outlook;
    if (id == "teams"_L1)
        return ScopeGroup::Teams;
    return std::nullopt;
}

} // namespace

const ScopeCatalog &ScopeCatalog::instance()
{
    static const ScopeCatalog catalog = [] {
        QFile file(u":/consent/scopes.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The scope catalogue resource is missing from this build.");
        QString error;
        ScopeCatalog loaded = fromJson(file.readAll(), &error);
        if (!loaded.isValid())
            qFatal("The scope catalogue is malformed: %s", qPrintable(error));
        return loaded;
    }();
    return catalog;
}

ScopeCatalog ScopeCatalog::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return ScopeCatalog();
    };
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());

    ScopeCatalog catalog;
    for (const QJsonValue &value : root.value("groups"_L1).toArray()) {
        const QJsonObject object = value.toObject();
        const auto group = groupFromId(object.value("id"_L1).toString());
        if (!group)
            return fail(u"unknown group %1"_s.arg(object.value("id"_L1).toString()));
        catalog.m_groups.append({*group, translated(object, "title"_L1), translated(object, "summary"_L1)});
    }

    QHash<Feature, QStringList> scopesOfFeature;
    for (const QJsonValue &value : root.value("scopes"_L1).toArray()) {
        const QJsonObject object = value.toObject();
        ScopeInfo info;
        info.scope = object.value("scope"_L1).toString();
        const auto group = groupFromId(object.value("group"_L1).toString());
        if (info.scope.isEmpty() || !group)
            return fail(u"scope entry without name or with an unknown group"_s);
        info.group = *group;
        info.optIn = object.value("optIn"_L1).toBool(false);
        const QString admin = object.value("adminConsent"_L1).toString();
        if (admin == "yes"_L1)
            info.adminConsent = AdminConsent::Yes;
        else if (admin == "may"_L1)
            info.adminConsent = AdminConsent::MayDependOnTenant;
        else if (admin == "no"_L1)
            info.adminConsent = AdminConsent::No;
        else
            return fail(u"scope %1 has no valid adminConsent value"_s.arg(info.scope));
        if (!object.value("personalAccounts"_L1).isBool())
            return fail(u"scope %1 does not say whether personal accounts support it"_s.arg(info.scope));
        info.personalAccounts = object.value("personalAccounts"_L1).toBool();
        for (const QJsonValue &featureValue : object.value("features"_L1).toArray()) {
            const auto feature = featureFromId(featureValue.toString());
            if (!feature)
                return fail(u"scope %1 names unknown feature %2"_s.arg(info.scope, featureValue.toString()));
            info.features << *feature;
            scopesOfFeature[*feature] << info.scope;
        }
        info.title = translated(object, "title"_L1);
        info.allows = translated(object, "allows"_L1);
        info.why = translated(object, "why"_L1);
        if (info.title.isEmpty() || info.allows.isEmpty() || info.why.isEmpty())
            return fail(u"scope %1 lacks a title, what it allows or why the app needs it"_s.arg(info.scope));
        catalog.m_scopes.append(info);
    }

    for (const QJsonValue &value : root.value("features"_L1).toArray()) {
        const QJsonObject object = value.toObject();
        const auto feature = featureFromId(object.value("id"_L1).toString());
        if (!feature)
            return fail(u"unknown feature %1"_s.arg(object.value("id"_L1).toString()));
        FeatureInfo info;
        info.feature = *feature;
        info.title = translated(object, "title"_L1);
        info.personalAccounts = object.value("personalAccounts"_L1).toBool(true);
        for (const QJsonValue &cloudValue : object.value("clouds"_L1).toArray()) {
            const auto cloud = CloudInfo::fromKey(cloudValue.toString());
            if (!cloud)
                return fail(u"feature %1 names unknown cloud %2"_s.arg(featureId(*feature), cloudValue.toString()));
            info.clouds << *cloud;
        }
        info.requiredScopes = scopesOfFeature.value(*feature);
        catalog.m_features.append(info);
    }
    for (Feature feature : allFeatures()) {
        if (!std::any_of(catalog.m_features.cbegin(), catalog.m_features.cend(),
                         [feature](const FeatureInfo &info) { return info.feature == feature; })) {
            return fail(u"feature %1 is not described"_s.arg(featureId(feature)));
        }
    }
    return catalog;
}

std::optional<ScopeInfo> ScopeCatalog::scope(const QString &name) const
{
    for (const ScopeInfo &info : m_scopes) {
        if (info.scope.compare(name, Qt::CaseInsensitive) == 0)
            return info;
    }
    return std::nullopt;
}

FeatureInfo ScopeCatalog::feature(Feature feature) const
{
    for (const FeatureInfo &info : m_features) {
        if (info.feature == feature)
            return info;
    }
    return {};
}

QString ScopeCatalog::groupTitle(ScopeGroup group) const
{
    for (const Group &g : m_groups) {
        if (g.group == group)
            return g.title;
    }
    return {};
}

QString ScopeCatalog::groupSummary(ScopeGroup group) const
{
    for (const Group &g : m_groups) {
        if (g.group == group)
            return g.summary;
    }
    return {};
}

QStringList ScopeCatalog::groupScopes(ScopeGroup group) const
{
    QStringList result;
    for (const ScopeInfo &info : m_scopes) {
        if (info.group == group && !info.optIn)
            result << info.scope;
    }
    return result;
}

QStringList ScopeCatalog::signInScopes(bool staySignedIn) const
{
    QStringList result = groupScopes(ScopeGroup::Outlook);
    if (staySignedIn) {
        for (const ScopeInfo &info : m_scopes) {
            if (info.optIn)
                result << info.scope;
        }
    }
    return result;
}

QStringList ScopeCatalog::teamsScopes(bool staySignedIn) const
{
    return signInScopes(staySignedIn) + groupScopes(ScopeGroup::Teams);
}

bool ScopeCatalog::isOpenIdScope(const QString &scope)
{
    return scope == "openid"_L1 || scope == "profile"_L1 || scope == "email"_L1 || scope == "offline_access"_L1;
}

QString ScopeCatalog::normalize(const QString &scope) const
{
    QString name = scope.trimmed();
    // Entra may qualify Graph scopes with the resource URI (any cloud's Graph host); the catalogue does not.
    if (const qsizetype slash = name.lastIndexOf(u'/'); slash >= 0 && name.startsWith("https://"_L1))
        name = name.mid(slash + 1);
    if (const auto known = this->scope(name))
        return known->scope;
    return name;
}

QStringList ScopeCatalog::parseScopeString(const QString &scopes) const
{
    QStringList result;
    for (const QString &part : scopes.split(u' ', Qt::SkipEmptyParts)) {
        const QString name = normalize(part);
        if (!result.contains(name))
            result << name;
    }
    return result;
}

} // namespace MentorDesk
