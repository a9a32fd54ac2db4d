#include "ui/teams/MessageEditor.h"

#include "core/teams/MessageComposer.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace MentorDesk {

MessageEditor::MessageEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void MessageEditor::toggleWrap(const QString &marker)
{
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection()) {
        cursor.insertText(marker + marker);
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, int(marker.size()));
        setTextCursor(cursor);
        return;
    }
    const int start = cursor.selectionStart();
    const QString selected = cursor.selectedText();
    // A selection across lines: wrap each line on its own (markers do not span line breaks).
    const QStringList lines = selected.split(QChar::ParagraphSeparator);
    bool allWrapped = true;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty()
            && !(line.size() > 2 * marker.size() && line.startsWith(marker) && line.endsWith(marker)))
            allWrapped = false;
    }
    QStringList result;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            result << line;
        else if (allWrapped)
            result << line.mid(marker.size(), line.size() - 2 * marker.size());
        else
            result << marker + line + marker;
    }
    const QString replacement = result.join(u'\n');
    cursor.beginEditBlock();
    cursor.insertText(replacement);
    cursor.endEditBlock();
    cursor.setPosition(start);
    cursor.setPosition(start + int(replacement.size()), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
}

void MessageEditor::insertLink()
{
    QTextCursor cursor = textCursor();
    const QString selected = cursor.selectedText().simplified();
    const QUrl asUrl(selected, QUrl::StrictMode);
    const int start = cursor.selectionStart();
    cursor.beginEditBlock();
    if (!selected.isEmpty() && MessageComposer::isAllowedLink(asUrl)) {
        const QString label = tr("link text");
        cursor.insertText(u"["_s + label + u"]("_s + selected + u")"_s);
        cursor.endEditBlock();
        cursor.setPosition(start + 1);
        cursor.setPosition(start + 1 + int(label.size()), QTextCursor::KeepAnchor);
    } else {
        const QString label = selected.isEmpty() ? tr("link text") : MessageComposer::escapeMarkup(selected);
        const QString placeholder = u"https://"_s;
        cursor.insertText(u"["_s + label + u"]("_s + placeholder + u")"_s);
        cursor.endEditBlock();
        const int target = start + 1 + int(label.size()) + 2;
        if (selected.isEmpty()) {
            cursor.setPosition(start + 1);
            cursor.setPosition(start + 1 + int(label.size()), QTextCursor::KeepAnchor);
        } else {
            cursor.setPosition(target);
            cursor.setPosition(target + int(placeholder.size()), QTextCursor::KeepAnchor);
        }
    }
    setTextCursor(cursor);
}

void MessageEditor::toggleList()
{
    QTextCursor cursor = textCursor();
    QTextBlock first = document()->findBlock(cursor.selectionStart());
    const QTextBlock last = document()->findBlock(cursor.selectionEnd());
    bool allItems = true;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        const QString text = block.text().trimmed();
        if (!text.isEmpty() && !text.startsWith("- "_L1) && text != "-"_L1)
            allItems = false;
        if (block == last)
            break;
    }
    cursor.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        QTextCursor line(block);
        const QString text = block.text();
        qsizetype indent = 0;
        while (indent < text.size() && text.at(indent).isSpace())
            ++indent;
        if (allItems) {
            if (text.mid(indent).startsWith("- "_L1)) {
                line.setPosition(block.position() + int(indent));
                line.setPosition(block.position() + int(indent) + 2, QTextCursor::KeepAnchor);
                line.removeSelectedText();
            }
        } else if (!text.trimmed().isEmpty() || first == last) {
            line.setPosition(block.position() + int(indent));
            line.insertText(u"- "_s);
        }
        if (block == last)
            break;
    }
    cursor.endEditBlock();
}

} // namespace MentorDesk
