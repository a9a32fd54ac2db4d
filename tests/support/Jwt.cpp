#include "support/Jwt.h"

#include <QJsonDocument>
#include <QStringList>

namespace MentorDesk::Test {

QString makeJwt(const QJsonObject &claims)
{
    const auto encode = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray header = encode(R"({"typ":"JWT","alg":"none"})");
    const QByteArray payload = encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(header + '.' + payload + '.' + encode("not-verified"));
}

QJsonObject jwtClaims(const QString &jwt)
{
    const QStringList parts = jwt.split(u'.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

} // namespace MentorDesk::Test
