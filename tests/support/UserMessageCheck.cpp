#include "support/UserMessageCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

UserMessageCheck::UserMessageCheck()
{
    m_loaded = load(u"mentordesk_de"_s, QStringLiteral(MENTORDESK_TRANSLATIONS_DIR));
}

QString UserMessageCheck::translate(const char *context, const char *sourceText, const char *disambiguation,
                                    int n) const
{
    const QString translation = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!translation.isEmpty() && !m_handedOut.contains(translation))
        m_handedOut << translation;
    return translation;
}

bool UserMessageCheck::isTranslated(const QString &message) const
{
    static const QRegularExpression placeholder(u"%L?\\d+|%n"_s);
    for (const QString &translation : m_handedOut) {
        const QStringList parts = translation.split(placeholder);
        qsizetype from = 0;
        qsizetype literal = 0;
        bool matches = true;
        for (const QString &part : parts) {
            const QString trimmed = part.trimmed();
            if (trimmed.isEmpty())
                continue;
            const qsizetype at = message.indexOf(trimmed, from);
            if (at < 0) {
                matches = false;
                break;
            }
            from = at + trimmed.size();
            literal += trimmed.size();
        }
        // A translation that is all placeholder ("%1") proves nothing.
        if (matches && literal >= 4)
            return true;
    }
    return false;
}

bool UserMessageCheck::install()
{
    return m_loaded && QCoreApplication::installTranslator(this);
}

QString UserMessageCheck::problem(const QString &message) const
{
    if (message.trimmed().isEmpty())
        return u"the message is empty"_s;
    static const QRegularExpression raw(
        uR"(Error transferring|Connection (refused|closed)|Remote host closed|Socket operation|Host .* not found|)"
        uR"(Operation canceled|QNetworkReply|server replied:|HTTP/1\.[01]|^\s*[{\[]|"error"\s*:|<html|<!DOCTYPE|)"
        uR"(^AADSTS\d+$|^[a-z]+[A-Z][A-Za-z]+$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = raw.match(message);
    if (match.hasMatch())
        return u"the message shows raw error text (\"%1\"): %2"_s.arg(match.captured(0), message);
    if (!isTranslated(message))
        return u"the message is not built from a translation: %1"_s.arg(message);
    return {};
}

} // namespace MentorDesk::Test
