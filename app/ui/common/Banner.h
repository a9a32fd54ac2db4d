#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace MentorDesk {

// A non-blocking message strip above the content ("Your sign-in expired", "Offline since 10:42"), with up to
// two actions and a close button; nothing the user is doing is interrupted.
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind {
        Info,
        Warning,
        Error,
    };

    explicit Banner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &primaryAction = {},
                     const QString &secondaryAction = {});
    QString text() const;

Q_SIGNALS:
    void primaryActionTriggered();
    void secondaryActionTriggered();
    void dismissed();

private:
    QLabel *m_text;
    QPushButton *m_primary;
    QPushButton *m_secondary;
    QPushButton *m_close;
};

} // namespace MentorDesk
