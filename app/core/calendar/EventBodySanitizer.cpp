#include "calendar/EventBodySanitizer.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

// Elements whose content is raw text up to the matching end tag (never parsed as markup).
const QSet<QString> kRawText{u"script"_s, u"style"_s,   u"textarea"_s, u"title"_s,    u"xmp"_s,
                             u"iframe"_s, u"noembed"_s, u"noframes"_s, u"noscript"_s, u"plaintext"_s};
// Elements dropped together with everything inside them.
const QSet<QString> kDropWithContent{u"head"_s,  u"object"_s, u"embed"_s,    u"applet"_s, u"frameset"_s, u"frame"_s,
                                     u"svg"_s,   u"math"_s,   u"template"_s, u"button"_s, u"select"_s,   u"datalist"_s,
                                     u"audio"_s, u"video"_s,  u"canvas"_s,   u"map"_s};
// Elements that never have content (no end tag is expected).
const QSet<QString> kVoid{u"br"_s,    u"hr"_s,    u"img"_s,    u"input"_s,    u"meta"_s,   u"link"_s,
                          u"base"_s,  u"area"_s,  u"col"_s,    u"wbr"_s,      u"source"_s, u"track"_s,
                          u"param"_s, u"embed"_s, u"keygen"_s, u"basefont"_s, u"isindex"_s};
// What survives, without attributes unless listed below.
const QSet<QString> kAllowed{u"p"_s,    u"br"_s,         u"div"_s,     u"span"_s,   u"b"_s,     u"strong"_s, u"i"_s,
                             u"em"_s,   u"u"_s,          u"s"_s,       u"strike"_s, u"del"_s,   u"ins"_s,    u"sub"_s,
                             u"sup"_s,  u"small"_s,      u"big"_s,     u"code"_s,   u"pre"_s,   u"tt"_s,     u"kbd"_s,
                             u"samp"_s, u"blockquote"_s, u"q"_s,       u"cite"_s,   u"h1"_s,    u"h2"_s,     u"h3"_s,
                             u"h4"_s,   u"h5"_s,         u"h6"_s,      u"ul"_s,     u"ol"_s,    u"li"_s,     u"dl"_s,
                             u"dt"_s,   u"dd"_s,         u"table"_s,   u"thead"_s,  u"tbody"_s, u"tfoot"_s,  u"tr"_s,
                             u"td"_s,   u"th"_s,         u"caption"_s, u"hr"_s,     u"a"_s,     u"address"_s};
const QSet<QString> kCountedAsRemoved{
    u"script"_s, u"style"_s, u"iframe"_s, u"frame"_s,  u"frameset"_s, u"object"_s,   u"embed"_s,   u"applet"_s,
    u"form"_s,   u"input"_s, u"button"_s, u"select"_s, u"textarea"_s, u"svg"_s,      u"math"_s,    u"base"_s,
    u"link"_s,   u"meta"_s,  u"audio"_s,  u"video"_s,  u"canvas"_s,   u"noscript"_s, u"template"_s};

struct Tag
{
    QString name; // lower case
    bool end = false;
    bool selfClosing = false;
    QList<std::pair<QString, QString>> attributes; // lower-case names, values with entities decoded
};

QString decodeEntities(QStringView text)
{
    static const QHash<QString, QChar> named{{u"amp"_s, u'&'},  {u"lt"_s, u'<'},       {u"gt"_s, u'>'},
                                             {u"quot"_s, u'"'}, {u"apos"_s, u'\''},    {u"nbsp"_s, QChar(0xa0)},
                                             {u"tab"_s, u'\t'}, {u"newline"_s, u'\n'}, {u"colon"_s, u':'}};
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&') {
            out.append(text.at(i));
            continue;
        }
        qsizetype j = i + 1;
        while (j < text.size() && j - i < 12 && (text.at(j).isLetterOrNumber() || text.at(j) == u'#'))
            ++j;
        const QStringView entity = text.mid(i + 1, j - i - 1);
        const bool terminated = j < text.size() && text.at(j) == u';';
        if (entity.startsWith(u'#') && entity.size() > 1) {
            bool ok = false;
            const uint code = (entity.at(1) == u'x' || entity.at(1) == u'X') ? entity.mid(2).toUInt(&ok, 16)
                                                                             : entity.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10ffff) {
                const char32_t c = code;
                out.append(QString::fromUcs4(&c, 1));
                i = terminated ? j : j - 1;
                continue;
            }
        } else if (const auto it = named.constFind(entity.toString().toLower()); it != named.constEnd()) {
            out.append(*it);
            i = terminated ? j : j - 1;
            continue;
        }
        out.append(u'&');
    }
    return out;
}

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9') || c == u'-' || c == u':' || c == u'_' || c == u'.';
}

// Reads a tag starting at html[pos] == '<'. Returns the position after it, or -1 when this '<' does not start a
// tag (it is then text).
qsizetype readTag(const QString &html, qsizetype pos, Tag *tag)
{
    qsizetype i = pos + 1;
    const qsizetype n = html.size();
    if (i < n && html.at(i) == u'/') {
        tag->end = true;
        ++i;
    }
    if (i >= n || !isNameStart(html.at(i)))
        return -1;
    const qsizetype nameStart = i;
    while (i < n && isNameChar(html.at(i)))
        ++i;
    tag->name = html.mid(nameStart, i - nameStart).toLower();
    while (i < n) {
        while (i < n && (html.at(i).isSpace() || html.at(i) == u'/')) {
            if (html.at(i) == u'/' && i + 1 < n && html.at(i + 1) == u'>')
                tag->selfClosing = true;
            ++i;
        }
        if (i >= n)
            break;
        if (html.at(i) == u'>')
            return i + 1;
        const qsizetype attrStart = i;
        while (i < n && !html.at(i).isSpace() && html.at(i) != u'>' && html.at(i) != u'=' && html.at(i) != u'/')
            ++i;
        QString name = html.mid(attrStart, i - attrStart).toLower();
        if (name.isEmpty()) {
            ++i; // a stray character: skip it
            continue;
        }
        while (i < n && html.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && html.at(i) == u'=') {
            ++i;
            while (i < n && html.at(i).isSpace())
                ++i;
            if (i < n && (html.at(i) == u'"' || html.at(i) == u'\'')) {
                const QChar quote = html.at(i);
                const qsizetype close = html.indexOf(quote, i + 1);
                const qsizetype end = close < 0 ? n : close;
                value = html.mid(i + 1, end - i - 1);
                i = close < 0 ? n : close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !html.at(i).isSpace() && html.at(i) != u'>')
                    ++i;
                value = html.mid(valueStart, i - valueStart);
            }
        }
        tag->attributes.append({name, decodeEntities(value)});
    }
    return n; // unterminated tag at the end: swallow it
}

QString attribute(const Tag &tag, const QString &name)
{
    for (const auto &[key, value] : tag.attributes) {
        if (key == name)
            return value;
    }
    return {};
}

QString escapeText(QStringView text)
{
    // Text between tags keeps its entities (they are already HTML); only bare '<' and '>' are made explicit.
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'<')
            out.append("&lt;"_L1);
        else if (c == u'>')
            out.append("&gt;"_L1);
        else
            out.append(c);
    }
    return out;
}

QString digitsOnly(const QString &value, int max)
{
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    return ok && number > 0 && number <= max ? QString::number(number) : QString();
}

} // namespace

bool EventBodySanitizer::isAllowedLink(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == "mailto"_L1)
        return !url.path().isEmpty();
    return (scheme == "http"_L1 || scheme == "https"_L1) && !url.host().isEmpty();
}

EventBodySanitizer::Result EventBodySanitizer::sanitize(const QString &html)
{
    Result result;
    QString &out = result.html;
    out.reserve(html.size());
    QList<QString> open; // allowed elements written and not yet closed
    int dropDepth = 0; // > 0 while inside an element dropped with its content
    QList<QString> dropStack;
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype textEnd = lt < 0 ? n : lt;
        if (textEnd > i && dropDepth == 0)
            out.append(escapeText(QStringView(html).mid(i, textEnd - i)));
        if (lt < 0)
            break;
        i = lt;
        // Comments, doctypes, CDATA and processing instructions.
        if (html.mid(i, 4) == "<!--"_L1) {
            const qsizetype close = html.indexOf("-->"_L1, i + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        if (i + 1 < n && (html.at(i + 1) == u'!' || html.at(i + 1) == u'?')) {
            const qsizetype close = html.indexOf(u'>', i + 2);
            i = close < 0 ? n : close + 1;
            continue;
        }
        Tag tag;
        const qsizetype after = readTag(html, i, &tag);
        if (after < 0) {
            if (dropDepth == 0)
                out.append("&lt;"_L1);
            ++i;
            continue;
        }
        i = after;
        const QString &name = tag.name;

        if (!tag.end && kRawText.contains(name)) {
            // Skip everything up to the matching end tag, unparsed.
            if (kCountedAsRemoved.contains(name))
                ++result.elementsRemoved; // also inside a dropped <head>: a script is worth mentioning anywhere
            static const QRegularExpression endTag(u"</\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*>"_s);
            qsizetype search = i;
            bool found = false;
            while (!found) {
                const auto match = endTag.match(html, search);
                if (!match.hasMatch()) {
                    i = n;
                    break;
                }
                search = match.capturedEnd();
                if (match.captured(1).toLower() == name) {
                    i = match.capturedEnd();
                    found = true;
                }
            }
            continue;
        }
        if (kDropWithContent.contains(name)) {
            if (tag.end) {
                const qsizetype at = dropStack.lastIndexOf(name);
                if (at >= 0) {
                    dropStack.resize(at);
                    dropDepth = int(dropStack.size());
                }
            } else if (!tag.selfClosing && !kVoid.contains(name)) {
                if (dropDepth == 0 && kCountedAsRemoved.contains(name))
                    ++result.elementsRemoved;
                dropStack.append(name);
                dropDepth = int(dropStack.size());
            } else if (dropDepth == 0 && kCountedAsRemoved.contains(name)) {
                ++result.elementsRemoved;
            }
            continue;
        }
        if (name == "body"_L1 && !tag.end && dropStack.contains(u"head"_s)) {
            // An unclosed <head>: the body starts here all the same.
            dropStack.clear();
            dropDepth = 0;
        }
        if (dropDepth > 0)
            continue;

        if (name == "img"_L1) {
            if (!tag.end) {
                ++result.imagesRemoved;
                const QString alt = attribute(tag, u"alt"_s).simplified();
                if (!alt.isEmpty())
                    out.append(u'[' + alt.toHtmlEscaped() + u']');
            }
            continue;
        }
        if (!kAllowed.contains(name)) {
            if (!tag.end && kCountedAsRemoved.contains(name))
                ++result.elementsRemoved;
            continue; // the tag goes, its content stays
        }
        if (tag.end) {
            const qsizetype at = open.lastIndexOf(name);
            if (at < 0)
                continue;
            while (open.size() > at)
                out.append(u"</"_s + open.takeLast() + u'>');
            continue;
        }
        QString attributes;
        if (name == "a"_L1) {
            const QString href = attribute(tag, u"href"_s).trimmed();
            const QUrl url(href, QUrl::StrictMode);
            if (!href.isEmpty()) {
                if (isAllowedLink(url)) {
                    attributes += u" href=\""_s + url.toString(QUrl::FullyEncoded).toHtmlEscaped() + u'"';
                } else {
                    ++result.linksRemoved;
                    continue; // the link text stays as text
                }
            }
        }
        const QString title = attribute(tag, u"title"_s).simplified();
        if (!title.isEmpty() && (name == "a"_L1 || name == "abbr"_L1))
            attributes += u" title=\""_s + title.toHtmlEscaped() + u'"';
        if (name == "td"_L1 || name == "th"_L1) {
            for (const QString &span : {u"colspan"_s, u"rowspan"_s}) {
                const QString value = digitsOnly(attribute(tag, span), 100);
                if (!value.isEmpty())
                    attributes += u' ' + span + u"=\""_s + value + u'"';
            }
        }
        if (name == "ol"_L1) {
            const QString start = digitsOnly(attribute(tag, u"start"_s), 100000);
            if (!start.isEmpty())
                attributes += u" start=\""_s + start + u'"';
        }
        out.append(u'<' + name + attributes + u'>');
        if (!kVoid.contains(name) && !tag.selfClosing)
            open.append(name);
    }
    while (!open.isEmpty())
        out.append(u"</"_s + open.takeLast() + u'>');
    return result;
}

QString EventBodySanitizer::fromPlainText(const QString &text)
{
    static const QRegularExpression link(uR"((https?://[^\s<>"']+[^\s<>"'.,;:!?)\]]))"_s);
    QString out;
    qsizetype last = 0;
    auto matches = link.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        out += text.mid(last, match.capturedStart() - last).toHtmlEscaped();
        const QUrl url(match.captured(1), QUrl::StrictMode);
        if (isAllowedLink(url)) {
            out += u"<a href=\""_s + url.toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\">"_s
                + match.captured(1).toHtmlEscaped() + u"</a>"_s;
        } else {
            out += match.captured(1).toHtmlEscaped();
        }
        last = match.capturedEnd();
    }
    out += text.mid(last).toHtmlEscaped();
    out.replace(u"\r\n"_s, u"\n"_s);
    out.replace(u'\n', u"<br>"_s);
    return u"<p>"_s + out + u"</p>"_s;
}

EventBodySanitizer::Result EventBodySanitizer::sanitizeBody(const Event::Body &body)
{
    if (body.contentType == Event::Body::ContentType::Text) {
        Result result;
        result.html = fromPlainText(body.content);
        return result;
    }
    return sanitize(body.content);
}

} // namespace MentorDesk
