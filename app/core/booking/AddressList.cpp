#include "core/booking/AddressList.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

QStringList splitEntries(const QString &text)
{
    QStringList pieces;
    QString current;
    bool quoted = false;
    int angle = 0;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'<')
            ++angle;
        else if (!quoted && c == u'>' && angle > 0)
            --angle;
        if (!quoted && angle == 0 && (c == u',' || c == u';' || c == u'\n')) {
            pieces << current;
            current.clear();
            continue;
        }
        current += c;
    }
    pieces << current;
    return pieces;
}

EmailAddress parseEntry(const QString &entry)
{
    const QString trimmed = entry.trimmed();
    const qsizetype open = trimmed.lastIndexOf(u'<');
    const qsizetype close = trimmed.lastIndexOf(u'>');
    if (open >= 0 && close > open) {
        QString name = trimmed.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2).replace(u"\\\""_s, u"\""_s);
        return EmailAddress{name, trimmed.mid(open + 1, close - open - 1).trimmed()};
    }
    return EmailAddress{QString(), trimmed};
}

} // namespace

QList<EmailAddress> AddressList::parse(const QString &text)
{
    QList<EmailAddress> result;
    QSet<QString> seen;
    for (const QString &piece : splitEntries(text)) {
        if (piece.trimmed().isEmpty())
            continue;
        const EmailAddress address = parseEntry(piece);
        const QString key = address.address.toCaseFolded();
        if (!key.isEmpty() && seen.contains(key))
            continue;
        seen.insert(key);
        result.append(address);
    }
    return result;
}

QString AddressList::formatOne(const EmailAddress &address)
{
    if (address.name.isEmpty() || address.name.compare(address.address, Qt::CaseInsensitive) == 0)
        return address.address;
    QString name = address.name;
    if (name.contains(u',') || name.contains(u';') || name.contains(u'"') || name.contains(u'<'))
        name = u'"' + name.replace(u"\""_s, u"\\\""_s) + u'"';
    return name + u" <"_s + address.address + u'>';
}

QString AddressList::format(const QList<EmailAddress> &addresses)
{
    QStringList parts;
    for (const EmailAddress &address : addresses)
        parts << formatOne(address);
    return parts.join(u", "_s);
}

bool AddressList::isValidAddress(const QString &address)
{
    // local part: the usual atom characters with single dots; domain: at least two labels of letters, digits
    // and inner hyphens (international letters allowed).
    static const QRegularExpression pattern(
        uR"(^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@([\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}]([\p{L}\p{N}-]*[\p{L}\p{N}])?$)"_s);
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

} // namespace MentorDesk
