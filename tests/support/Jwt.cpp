#include "support/Jwt.h"

#include <QJsonDocument>

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

} // namespace MentorDesk::Test
