#pragma once

#include <QPlainTextEdit>

namespace MentorDesk {

// The message text field with the formatting commands of the composer's toolbar. It edits plain text in
// MessageComposer's syntax (**bold**, *italic*, [text](link), "- " list items), so what the user sees is exactly
// what is escaped and converted; nothing typed can become markup by accident.
class MessageEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MessageEditor(QWidget *parent = nullptr);

public Q_SLOTS:
    void toggleBold() { toggleWrap(QStringLiteral("**")); }
    void toggleItalic() { toggleWrap(QStringLiteral("*")); }
    // Turns the selection into a link (or inserts one) and selects the part the user still has to type.
    void insertLink();
    // Adds "- " to every selected line, or removes it when all of them have it.
    void toggleList();

private:
    void toggleWrap(const QString &marker);
};

} // namespace MentorDesk
