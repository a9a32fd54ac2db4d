#include "core/auth/Account.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace MentorDesk {

QString Account::key() const
{
    return objectId + u'.' + tenantId;
}

QString Account::storageId() const
{
    return QString::fromLatin1(QCryptographicHash::hash(key().toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

QJsonObject Account::toJson() const
{
    return {{"oid"_L1, objectId},     {"tid"_L1, tenantId}, {"username"_L1, username},
            {"name"_L1, displayName}, {"email"_L1, email},  {"personal"_L1, kind == AccountKind::Personal}};
}

Account Account::fromJson(const QJsonObject &json)
{
    Account account;
    account.objectId = json.value("oid"_L1).toString();
    account.tenantId = json.value("tid"_L1).toString();
    account.username = json.value("username"_L1).toString();
    account.displayName = json.value("name"_L1).toString();
    account.email = json.value("email"_L1).toString();
    account.kind = json.value("personal"_L1).toBool() ? AccountKind::Personal : AccountKind::WorkOrSchool;
    return account;
}

} // namespace MentorDesk
