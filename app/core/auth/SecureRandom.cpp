#include "core/auth/SecureRandom.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

namespace MentorDesk {

QString SecureRandom::urlSafeToken(int bytes)
{
    QList<quint32> words((bytes + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw = QByteArray(reinterpret_cast<const char *>(words.constData()), bytes);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace MentorDesk
