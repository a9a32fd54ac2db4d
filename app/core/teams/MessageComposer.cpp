#include "core/teams/MessageComposer.h"

#include "core/graph/writes/PostChannelMessageWrite.h"

#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

constexpr QStringView kEscapable = u"\\*_[]()-";
// Longer "links" are left as text: no browser takes them, and the cap keeps the parser linear on hostile input.
constexpr qsizetype kMaxLinkLength = 2048;

bool isEscapable(QChar c)
{
    return kEscapable.contains(c);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Invisible C0 controls (other than tab) have no place in a message and are not valid in HTML text.
bool isDroppedControl(QChar c)
{
    return c.unicode() < 0x20 && c != u'\t';
}

void appendEscaped(QString &out, QChar c)
{
    switch (c.unicode()) {
    case '&':
        out += "&amp;"_L1;
        break;
    case '<':
        out += "&lt;"_L1;
        break;
    case '>':
        out += "&gt;"_L1;
        break;
    case '"':
        out += "&quot;"_L1;
        break;
    case '\'':
        out += "&#39;"_L1;
        break;
    default:
        if (!isDroppedControl(c))
            out += c;
    }
}

// The next position at or after from where delimiter starts, skipping backslash escapes; -1 if none.
qsizetype findStrongClose(QStringView text, qsizetype from)
{
    for (qsizetype j = from; j + 1 < text.size(); ++j) {
        if (text[j] == u'\\' && isEscapable(text[j + 1])) {
            ++j;
            continue;
        }
        if (text[j] == u'*' && text[j + 1] == u'*')
            return j;
    }
    return -1;
}

// The closing * or _ of an emphasis: not after a space and not inside a word ("snake_case" stays as is).
// A "**" pair is skipped as a unit, so *a **b** c* nests.
qsizetype findEmphasisClose(QStringView text, qsizetype from, QChar marker)
{
    for (qsizetype j = from; j < text.size(); ++j) {
        const QChar c = text[j];
        if (c == u'\\' && j + 1 < text.size() && isEscapable(text[j + 1])) {
            ++j;
            continue;
        }
        if (marker == u'*' && c == u'*' && j + 1 < text.size() && text[j + 1] == u'*') {
            ++j;
            continue;
        }
        if (c == marker && !text[j - 1].isSpace() && (j + 1 >= text.size() || !isWordChar(text[j + 1])))
            return j;
    }
    return -1;
}

qsizetype findBracketClose(QStringView text, qsizetype from)
{
    for (qsizetype j = from; j < text.size(); ++j) {
        if (text[j] == u'\\' && j + 1 < text.size() && isEscapable(text[j + 1])) {
            ++j;
            continue;
        }
        if (text[j] == u']')
            return j;
    }
    return -1;
}

// The ")" that closes a link target opened at open (balanced parentheses, no whitespace); -1 if none.
qsizetype findTargetClose(QStringView text, qsizetype open)
{
    int depth = 0;
    const qsizetype end = qMin(text.size(), open + 1 + kMaxLinkLength);
    for (qsizetype j = open + 1; j < end; ++j) {
        const QChar c = text[j];
        if (c.isSpace())
            return -1;
        if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            if (depth == 0)
                return j;
            --depth;
        }
    }
    return -1;
}

QString hrefFor(QStringView target)
{
    const QUrl url(target.toString(), QUrl::StrictMode);
    if (!MessageComposer::isAllowedLink(url))
        return {};
    return MessageComposer::escapeHtml(url.toString(QUrl::FullyEncoded));
}

// A bare http(s) link starting at from: its length without trailing punctuation, or 0.
qsizetype autolinkLength(QStringView text, qsizetype from)
{
    const QStringView rest = text.mid(from);
    if (!rest.startsWith("https://"_L1, Qt::CaseInsensitive) && !rest.startsWith("http://"_L1, Qt::CaseInsensitive))
        return 0;
    qsizetype end = 0;
    while (end < rest.size() && !rest[end].isSpace())
        ++end;
    if (end > kMaxLinkLength)
        return 0;
    while (end > 0) {
        const QChar last = rest[end - 1];
        if (QStringView(u".,;:!?'\"*_").contains(last)) {
            --end;
        } else if (last == u')' && rest.first(end).count(u')') > rest.first(end).count(u'(')) {
            --end;
        } else {
            break;
        }
    }
    return end;
}

QString inlineHtml(QStringView text, bool allowLinks)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    // Once a closing delimiter was not found from some position, it is not found from any later one either:
    // remembering that keeps the parser linear on hostile input such as thousands of unclosed "**".
    bool noStrongClose = false;
    bool noStarClose = false;
    bool noUnderscoreClose = false;
    qsizetype bracketClose = -2; // the first "]" after the last "[" looked at; -2: not looked yet, -1: none
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        const bool atWordStart = i == 0 || !isWordChar(text[i - 1]);
        if (c == u'\\' && i + 1 < n && isEscapable(text[i + 1])) {
            appendEscaped(out, text[i + 1]);
            i += 2;
            continue;
        }
        if (c == u'*' && i + 1 < n && text[i + 1] == u'*') {
            const qsizetype close = noStrongClose ? -1 : findStrongClose(text, i + 2);
            noStrongClose = close < 0;
            if (close > i + 2 && !text[i + 2].isSpace() && !text[close - 1].isSpace()) {
                out += "<strong>"_L1 + inlineHtml(text.sliced(i + 2, close - i - 2), allowLinks) + "</strong>"_L1;
                i = close + 2;
            } else {
                out += "**"_L1;
                i += 2;
            }
            continue;
        }
        if ((c == u'*' || c == u'_') && atWordStart && i + 1 < n && !text[i + 1].isSpace()) {
            bool &exhausted = c == u'*' ? noStarClose : noUnderscoreClose;
            const qsizetype close = exhausted ? -1 : findEmphasisClose(text, i + 2, c);
            exhausted = close < 0;
            if (close > i + 1) {
                out += "<em>"_L1 + inlineHtml(text.sliced(i + 1, close - i - 1), allowLinks) + "</em>"_L1;
                i = close + 1;
                continue;
            }
        }
        if (c == u'[' && allowLinks && bracketClose != -1) {
            if (bracketClose <= i) // the first "]" after an earlier "[" is also the first after this one, if later
                bracketClose = findBracketClose(text, i + 1);
            const qsizetype labelEnd = bracketClose;
            if (labelEnd > 0 && labelEnd + 1 < n && text[labelEnd + 1] == u'(') {
                const qsizetype targetEnd = findTargetClose(text, labelEnd + 1);
                if (targetEnd > labelEnd + 2) {
                    const QStringView target = text.sliced(labelEnd + 2, targetEnd - labelEnd - 2);
                    const QString href = hrefFor(target);
                    if (!href.isEmpty()) {
                        const QStringView label = text.sliced(i + 1, labelEnd - i - 1);
                        const QString labelHtml = label.trimmed().isEmpty() ? MessageComposer::escapeHtml(target)
                                                                            : inlineHtml(label, false);
                        out += "<a href=\""_L1 + href + "\">"_L1 + labelHtml + "</a>"_L1;
                        i = targetEnd + 1;
                        continue;
                    }
                }
            }
        }
        if (allowLinks && atWordStart && (c == u'h' || c == u'H')) {
            const qsizetype length = autolinkLength(text, i);
            const QString href = length > 0 ? hrefFor(text.sliced(i, length)) : QString();
            if (!href.isEmpty()) {
                out += "<a href=\""_L1 + href + "\">"_L1 + MessageComposer::escapeHtml(text.sliced(i, length))
                    + "</a>"_L1;
                i += length;
                continue;
            }
        }
        appendEscaped(out, c);
        ++i;
    }
    return out;
}

// "- item" or "* item" (after optional indentation): the item's text, else a null view.
QStringView listItemText(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.size() >= 2 && (trimmed[0] == u'-' || trimmed[0] == u'*') && trimmed[1].isSpace())
        return trimmed.sliced(2).trimmed();
    return {};
}

} // namespace

MessageComposer::MessageComposer(const QString &subject, const QString &text, ChatMessage::Importance importance)
    : m_subject(subject)
    , m_text(text)
    , m_importance(importance)
{ }

void MessageComposer::setSubject(const QString &subject)
{
    m_subject = subject;
    invalidate();
}

void MessageComposer::setText(const QString &text)
{
    m_text = text;
    invalidate();
}

void MessageComposer::setImportance(ChatMessage::Importance importance)
{
    m_importance = importance;
    invalidate();
}

QString MessageComposer::escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        appendEscaped(out, c);
    return out;
}

QString MessageComposer::escapeMarkup(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = true;
    for (const QChar c : text) {
        if (c == u'\\' || c == u'*' || c == u'_' || c == u'[' || c == u']' || (c == u'-' && lineStart))
            out += u'\\';
        out += c;
        lineStart = c == u'\n' || (lineStart && c.isSpace());
    }
    return out;
}

bool MessageComposer::isAllowedLink(const QUrl &url)
{
    if (!url.isValid() || url.isRelative())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == "http"_L1 || scheme == "https"_L1)
        return !url.host().isEmpty();
    if (scheme == "mailto"_L1)
        return url.path().contains(u'@');
    return false;
}

QString MessageComposer::toHtml(const QString &text)
{
    QString normalized = text;
    normalized.replace("\r\n"_L1, "\n"_L1);
    normalized.replace(u'\r', u'\n');

    QString out;
    QList<QStringView> paragraph;
    QList<QStringView> items;
    const auto flushParagraph = [&] {
        if (paragraph.isEmpty())
            return;
        out += "<p>"_L1;
        for (qsizetype i = 0; i < paragraph.size(); ++i) {
            if (i > 0)
                out += "<br>"_L1;
            out += inlineHtml(paragraph.at(i), true);
        }
        out += "</p>"_L1;
        paragraph.clear();
    };
    const auto flushList = [&] {
        if (items.isEmpty())
            return;
        out += "<ul>"_L1;
        for (const QStringView item : std::as_const(items))
            out += "<li>"_L1 + inlineHtml(item, true) + "</li>"_L1;
        out += "</ul>"_L1;
        items.clear();
    };
    const QStringView all(normalized);
    for (const QStringView line : all.tokenize(u'\n')) {
        if (line.trimmed().isEmpty()) {
            flushParagraph();
            flushList();
            continue;
        }
        const QStringView item = listItemText(line);
        if (!item.isNull()) {
            flushParagraph();
            items.append(item);
        } else {
            flushList();
            paragraph.append(line.trimmed());
        }
    }
    flushParagraph();
    flushList();
    return out;
}

QString MessageComposer::postedSubject() const
{
    QString subject;
    subject.reserve(m_subject.size());
    for (const QChar c : m_subject) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            subject += u' ';
        else if (!isDroppedControl(c))
            subject += c;
    }
    return subject.simplified();
}

void MessageComposer::update() const
{
    if (m_cacheValid)
        return;
    m_html = toHtml(m_text);
    const QJsonObject message = PostChannelMessageWrite::messageJson(postedSubject(), m_html, m_importance);
    m_bytes = QJsonDocument(message).toJson(QJsonDocument::Compact).size();
    m_cacheValid = true;
}

QString MessageComposer::html() const
{
    update();
    return m_html;
}

QJsonObject MessageComposer::messageJson() const
{
    return PostChannelMessageWrite::messageJson(postedSubject(), html(), m_importance);
}

qsizetype MessageComposer::requestBytes() const
{
    update();
    return m_bytes;
}

MessageComposer::Status MessageComposer::status() const
{
    const bool visible
        = std::any_of(m_text.cbegin(), m_text.cend(), [](QChar c) { return !c.isSpace() && !isDroppedControl(c); });
    if (!visible)
        return Status::Empty;
    if (requestBytes() > kMaxRequestBytes)
        return Status::TooLarge;
    return Status::Ok;
}

QString MessageComposer::sizeText(qsizetype bytes, int decimals)
{
    return tr("%1 KB").arg(QLocale().toString(double(bytes) / 1024.0, 'f', decimals));
}

QString MessageComposer::problem() const
{
    switch (status()) {
    case Status::Ok:
        return {};
    case Status::Empty:
        return tr("Write a message to post.");
    case Status::TooLarge:
        return tr("This message is too long for Teams: %1, and Teams accepts at most %2. Shorten it by about %3.")
            .arg(sizeText(requestBytes(), 1), sizeText(kMaxRequestBytes, 0),
                 sizeText(requestBytes() - kMaxRequestBytes, 1));
    }
    return {};
}

QString MessageComposer::sizeText() const
{
    return tr("%1 of %2").arg(sizeText(requestBytes(), 1), sizeText(kMaxRequestBytes, 0));
}

QString MessageComposer::previewHtml() const
{
    QString out = "<html><body>"_L1;
    if (m_importance == ChatMessage::Importance::High)
        out += "<p><b>"_L1 + escapeHtml(tr("Important!")) + "</b></p>"_L1;
    else if (m_importance == ChatMessage::Importance::Urgent)
        out += "<p><b>"_L1 + escapeHtml(tr("Urgent!")) + "</b></p>"_L1;
    const QString subject = postedSubject();
    if (!subject.isEmpty())
        out += "<h3>"_L1 + escapeHtml(subject) + "</h3>"_L1;
    out += html();
    out += "</body></html>"_L1;
    return out;
}

} // namespace MentorDesk
