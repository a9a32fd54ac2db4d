#pragma once

#include "booking/BookingResult.h"
#include "model/Event.h"

#include <QDialog>
#include <QPointer>

class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace MentorDesk {

class BookingOperation;
class BookingService;
class BusyIndicator;
class NoticeLabel;

// "Cancel this session?": an optional message to the attendees (sent with the cancellation), this occurrence or
// the whole series, and why it cannot be cancelled when it cannot.
class CancelSessionDialog : public QDialog
{
    Q_OBJECT

public:
    CancelSessionDialog(BookingService *service, const Event &event, QWidget *parent = nullptr);
    ~CancelSessionDialog() override;

    bool isBusy() const;
    QString noticeText() const;
    const BookingResult &bookingResult() const { return m_result; }
    QPlainTextEdit *messageEdit() const { return m_message; }
    QPushButton *cancelSessionButton() const { return m_cancelSession; }

public Q_SLOTS:
    void cancelSession();
    void reject() override;

Q_SIGNALS:
    void changeFinished(const MentorDesk::BookingResult &result);

private:
    void onFinished(const BookingResult &result);

    BookingService *m_service;
    Event m_event;
    QPlainTextEdit *m_message;
    QRadioButton *m_occurrence = nullptr;
    QRadioButton *m_series = nullptr;
    NoticeLabel *m_notice;
    BusyIndicator *m_busy;
    QPushButton *m_keep;
    QPushButton *m_cancelSession;
    QPointer<BookingOperation> m_operation;
    BookingResult m_result;
};

} // namespace MentorDesk
