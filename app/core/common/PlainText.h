#pragma once

#include <QString>

namespace MentorDesk::PlainText {

// A tooltip that shows plain text literally. Qt has no text-format switch for tooltips: it renders one as rich
// text whenever Qt::mightBeRichText() guesses so, so a server-supplied "<img src=...>" or "<a href=...>" would
// render, while merely escaping it could leave "&amp;" on screen when the guess is "plain". This always returns
// rich text ("<qt>" + escaped text + "</qt>") that displays exactly the input: markup characters escaped, line
// breaks as <br>, runs of spaces kept. CR LF and CR count as line breaks, a tab as a space. Empty stays empty, so
// no empty tooltip box appears. Use it for every tooltip (setToolTip, Qt::ToolTipRole, QToolTip::showText) that
// carries text from a server: subjects, names, descriptions, error messages.
QString toolTip(const QString &plain);

} // namespace MentorDesk::PlainText
