#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace MentorDesk {

// "Booking the Teams meeting…" with an indeterminate bar and a Cancel button: shown for every network wait, so the
// user can always stop waiting.
class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void start(const QString &text, const QString &cancelText = {});
    void setText(const QString &text);
    void stop();
    bool isBusy() const { return !isHidden(); } // shown by start(), hidden by stop()
    QPushButton *cancelButton() const { return m_cancel; }
    QString text() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace MentorDesk
