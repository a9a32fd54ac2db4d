#include "support/OAuthRequests.h"

#include <QCryptographicHash>
#include <QUrl>

namespace MentorDesk::Test {

QByteArray formBody(const QList<QPair<QString, QString>> &parameters)
{
    QByteArray out;
    for (const auto &[name, value] : parameters) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QString pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace MentorDesk::Test
