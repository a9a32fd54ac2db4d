#pragma once

#include "ui/booking/SessionChangeDialog.h"

class QPlainTextEdit;

namespace MentorDesk {

// "Cancel this session?": an optional message to the attendees (sent with the cancellation), this occurrence or
// the whole series, and why it cannot be cancelled when it cannot.
class CancelSessionDialog : public SessionChangeDialog
{
    Q_OBJECT

public:
    CancelSessionDialog(BookingService *service, const Event &event, QWidget *parent = nullptr);
    ~CancelSessionDialog() override;

    QPlainTextEdit *messageEdit() const { return m_message; }
    QPushButton *cancelSessionButton() const { return actionButton(); }

public Q_SLOTS:
    void cancelSession();

private:
    QPlainTextEdit *m_message;
};

} // namespace MentorDesk
