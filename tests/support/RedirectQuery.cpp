#include "support/RedirectQuery.h"

#include <QList>
#include <QUrl>

namespace MentorDesk::Test {

QString redirectQueryValue(const QByteArray &location, const QString &name)
{
    const QByteArray query = location.mid(location.indexOf('?') + 1);
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (QUrl::fromPercentEncoding(pair.left(eq)) == name) {
            QByteArray value = pair.mid(eq + 1);
            value.replace('+', ' ');
            return QUrl::fromPercentEncoding(value);
        }
    }
    return {};
}

} // namespace MentorDesk::Test
