#pragma once

#include "model/Event.h"

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
//   mailto (others: the link text stays, the link goes), title, and table cell spans.
// The result is well-formed: every element it opens it closes. Pure string processing; no widgets, no network.
class EventBodySanitizer
{
public:
    struct Result
    {
        QString html;
        int imagesRemoved = 0;
        int linksRemoved = 0; // links with a scheme other than http/https/mailto (javascript:, file:, data:, ...)
        int elementsRemoved = 0; // scripts, styles, frames, objects, forms and their like
    };

    static Result sanitize(const QString &html);
    // Plain text as HTML: escaped, line breaks kept, http(s) addresses as links.
    static QString fromPlainText(const QString &text);
    // The body as safe HTML, whatever its content type.
    static Result sanitizeBody(const Event::Body &body);
    // The only links MentorDesk opens (in the system browser, on click): http, https and mailto.
    static bool isAllowedLink(const QUrl &url);
};

} // namespace MentorDesk
