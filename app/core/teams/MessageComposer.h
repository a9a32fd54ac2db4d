#pragma once

#include "core/model/ChatMessage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace MentorDesk {

// Turns what the user writes into the channel message MentorDesk posts, and says whether it can be posted.
//
// The user writes plain text with a small Markdown-like syntax (the editor's Bold/Italic/Link/List buttons
// insert it):
//     **bold**   *italic* or _italic_   [text](https://…)   a bare https://… link
//     "- " or "* " at the start of a line: a bulleted list item
//     an empty line starts a new paragraph; a single line break stays a line break
//     a backslash makes the next of  \ * _ [ ] ( ) -  literal:  \*not italic\*
// Everything else is text. Every character the user types is escaped (& < > " '), so the message can never carry
// markup, <at> mentions, <attachment> tags or entities: "&amp;" typed shows as "&amp;" in Teams. Links are
// kept only for http, https and mailto; anything else stays visible as typed. The result uses Teams' HTML
// subset only: <p>, <br>, <strong>, <em>, <a href>, <ul>, <li>.
//
// Size: Teams refuses posts above about 28 KB with 413. The limit is checked on the exact JSON request body
// that will be sent (subject, HTML and importance included), so a refused post never leaves the computer.
class MessageComposer
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::MessageComposer)

public:
    // The largest request body posted (28 KB); the demo tenant answers 413 above it, as Teams does.
    static constexpr qsizetype kMaxRequestBytes = 28 * 1024;

    enum class Status {
        Ok,
        Empty, // nothing to post (only whitespace)
        TooLarge, // above kMaxRequestBytes
    };

    MessageComposer() = default;
    MessageComposer(const QString &subject, const QString &text,
                    ChatMessage::Importance importance = ChatMessage::Importance::Normal);

    const QString &subject() const { return m_subject; }
    const QString &text() const { return m_text; }
    ChatMessage::Importance importance() const { return m_importance; }
    // Plain text; line breaks become spaces (a subject is one line).
    void setSubject(const QString &subject);
    void setText(const QString &text);
    void setImportance(ChatMessage::Importance importance);

    // The message body in Teams' HTML subset.
    QString html() const;
    // The subject as posted (trimmed, one line).
    QString postedSubject() const;
    // The chatMessage JSON that is posted: subject, body {contentType html, content}, importance.
    QJsonObject messageJson() const;
    // The size in bytes of the request body that will be sent.
    qsizetype requestBytes() const;

    Status status() const;
    bool canPost() const { return status() == Status::Ok; }
    // Translated: why it cannot be posted (empty when it can).
    QString problem() const;
    // Translated: "3.2 KB of 28 KB".
    QString sizeText() const;
    // Translated: "0.5 KB", "28 KB" (1 KB = 1024 bytes, as Teams' limit is counted).
    static QString sizeText(qsizetype bytes, int decimals);
    // A small HTML document showing what will be posted (importance, subject, body), for a read-only viewer.
    QString previewHtml() const;

    // The converter on its own: text in the syntax above -> Teams HTML.
    static QString toHtml(const QString &text);
    // Escapes & < > " ' for HTML text and attribute values.
    static QString escapeHtml(QStringView text);
    // Makes text literal in the syntax above (for prefilled text such as a session's subject).
    static QString escapeMarkup(QStringView text);
    // http and https with a host, or mailto with an address.
    static bool isAllowedLink(const QUrl &url);

private:
    void invalidate() { m_cacheValid = false; }
    void update() const;

    QString m_subject;
    QString m_text;
    ChatMessage::Importance m_importance = ChatMessage::Importance::Normal;

    mutable bool m_cacheValid = false;
    mutable QString m_html;
    mutable qsizetype m_bytes = 0;
};

} // namespace MentorDesk
