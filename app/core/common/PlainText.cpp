#include "core/common/PlainText.h"

using namespace Qt::StringLiterals;

namespace MentorDesk::PlainText {

QString toolTip(const QString &plain)
{
    if (plain.isEmpty())
        return {};
    QString text = plain;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    text.replace(u'\t', u' ');

    QString out;
    out.reserve(text.size() + text.size() / 8 + 16);
    out += u"<qt>"_s;
    bool lineStart = true;
    bool afterSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            out += u"<br>"_s;
            lineStart = true;
            afterSpace = false;
            continue;
        }
        if (c == u' ') {
            // HTML collapses spaces at line starts, line ends and in runs: a non-breaking space there keeps each
            // one, and a single space between words stays a place where a long tooltip may wrap.
            const bool lineEnd = i + 1 == text.size() || text.at(i + 1) == u'\n';
            out += lineStart || afterSpace || lineEnd ? u"&nbsp;"_s : u" "_s;
            afterSpace = true;
            lineStart = false;
            continue;
        }
        lineStart = false;
        afterSpace = false;
        switch (c.unicode()) {
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        default:
            out += c;
            break;
        }
    }
    out += u"</qt>"_s;
    return out;
}

} // namespace MentorDesk::PlainText
