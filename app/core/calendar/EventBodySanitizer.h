#pragma once

#include "core/model/Event.h"

#include <QString>
#include <QUrl>

namespace MentorDesk {

// Turns an event body (Graph sends HTML by default, written by anyone who can invite the user) into a small, safe
// HTML subset for QTextBrowser: structure and emphasis (paragraphs, lists, tables, headings, bold, links) and
// nothing that loads, runs or submits anything.
//
// - Dropped with their content: script, style, head/title, iframe/frame, object/embed/applet, svg/math, template,
//   noscript, form controls (button, select, textarea). Comments, doctypes and processing instructions go too.
// - Dropped, content kept: every other tag not on the whitelist (html, body, font, form, o:p, ...).
// - Images are never shown (a remote image is a tracking pixel, a file: image reads the disk); their alt text
//   stays in brackets and imagesRemoved counts them so the UI can say so.
// - Every attribute goes (style, class, on*, background, src, ...) except a link's href when it is http, https or
//   mailto (others: the link text stays, the link goes), title, and table cell spans. An address QUrl would take
//   too long to parse (an authority over 1,024 characters, over 30 combining marks in a row) counts as "others".
// The result is well-formed: every element it opens it closes. Pure string processing; no widgets, no network.
//
// It runs on the GUI thread on text anyone can send, so it takes time linear in its input whatever the markup, and
// its output stays cheap for QTextDocument (whose HTML parser slows down with nesting depth and whose table layout
// doubles with each nested table): only the first maxBodyLength characters are used, elements nest at most 100 deep
// (tables 6 deep), and deeper tags go while their content stays.
class EventBodySanitizer
{
public:
    // 1 MiB of UTF-16 code units; longer bodies are cut (at a character boundary) and reported as truncated.
    static constexpr qsizetype maxBodyLength = 1024 * 1024;

    struct Result
    {
        QString html;
        int imagesRemoved = 0;
        int linksRemoved = 0; // links with a scheme other than http/https/mailto (javascript:, file:, data:, ...)
        int elementsRemoved = 0; // scripts, styles, frames, objects, forms and their like
        bool truncated = false; // the body was longer than maxBodyLength; only its beginning is in html
    };

    static Result sanitize(const QString &html);
    // Plain text as HTML: escaped, line breaks kept, http(s) addresses as links. Cut like sanitize(); *truncated
    // (if given) says whether it was.
    static QString fromPlainText(const QString &text, bool *truncated = nullptr);
    // The body as safe HTML, whatever its content type.
    static Result sanitizeBody(const Event::Body &body);
    // The only links MentorDesk opens (in the system browser, on click): http, https and mailto.
    static bool isAllowedLink(const QUrl &url);
};

} // namespace MentorDesk
