#pragma once

#include <QLabel>

namespace MentorDesk {

// A message in the flow of a form ("Please check the highlighted fields", "You are offline: …"): a word-wrapped,
// selectable label with a tinted background and a coloured edge per kind, hidden while empty. Its text is also its
// accessible name, so screen readers announce it.
class NoticeLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Info, Success, Warning, Error };

    explicit NoticeLabel(QWidget *parent = nullptr);

    void showNotice(Kind kind, const QString &text);
    void clearNotice();
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateColours();

    Kind m_kind = Kind::Info;
    bool m_updating = false;
};

} // namespace MentorDesk
