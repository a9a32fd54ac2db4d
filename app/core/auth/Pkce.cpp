#include "core/auth/Pkce.h"

#include "core/auth/SecureRandom.h"

#include <QCryptographicHash>

namespace MentorDesk {

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = SecureRandom::urlSafeToken(32);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QString Pkce::challengeFor(const QString &verifier)
{
    const QByteArray digest = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace MentorDesk
