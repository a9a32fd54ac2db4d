#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace MentorDesk {

// A channel of a team (GET /teams/{id}/channels). Graph lists standard channels and only those private and
// shared channels the user is a member of.
struct Channel
{
    enum class MembershipType { Standard, Private, Shared, Unknown };

    QString id; // "19:…@thread.tacv2", always kept raw (decoded); percent-encode it only when it goes in a path
    QString teamId; // not in Graph's channel JSON: set by whoever fetched it
    QString displayName;
    QString description;
    MembershipType membershipType = MembershipType::Standard;
    QUrl webUrl; // https only, else empty
    bool isArchived = false;

    bool isValid() const { return !id.isEmpty() && !teamId.isEmpty(); }

    // Channel ids arrive raw from Graph but percent-encoded from Teams links ("19%3a…%40thread.tacv2"); ids
    // never contain '%' themselves, so an id with one is decoded.
    static QString normalizeId(const QString &id);
    static Channel fromJson(const QJsonObject &json, const QString &teamId);
    static MembershipType membershipTypeFromString(QStringView text);
    static QString membershipTypeToString(MembershipType type);

    friend bool operator==(const Channel &, const Channel &) = default;
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::Channel)
