#pragma once

#include "booking/BookingResult.h"
#include "model/Event.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QTimeZone>

class QDateEdit;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace MentorDesk {

class BookingOperation;
class BookingService;
class BusyIndicator;
class NoticeLabel;

// "Move this session?" after a drag in the calendar or Move… in the details pane: from, to (date, time and duration,
// editable, in the viewer's zone), this occurrence or the whole series, clashes with other events, and why it cannot
// be moved when it cannot (not the organizer, permission, crossing a neighbour). Accepts once the move is confirmed
// by Microsoft 365 (or queued in the outbox).
class RescheduleDialog : public QDialog
{
    Q_OBJECT

public:
    // zone: the viewer's zone the calendar shows (the times are shown and edited in it).
    RescheduleDialog(BookingService *service, const Event &event, const QDateTime &newStartUtc,
                     const QDateTime &newEndUtc, const QTimeZone &zone = QTimeZone::systemTimeZone(),
                     QWidget *parent = nullptr);
    ~RescheduleDialog() override;

    bool isBusy() const;
    QString noticeText() const;
    const BookingResult &bookingResult() const { return m_result; }
    QPushButton *moveButton() const { return m_move; }
    // The new times as chosen (UTC).
    QDateTime newStart() const { return m_start; }
    QDateTime newEnd() const { return m_end; }
    // The clashes shown for the chosen times, empty when there are none.
    QString conflictText() const;

public Q_SLOTS:
    void move();
    void reject() override;

Q_SIGNALS:
    void changeFinished(const MentorDesk::BookingResult &result);

private:
    void onFinished(const BookingResult &result);
    void onTimesEdited();
    void updateTimes();
    void updateMoveButton();
    void setTimesEditable(bool editable);

    BookingService *m_service;
    Event m_event;
    QDateTime m_start;
    QDateTime m_end;
    QTimeZone m_zone;
    QString m_notAllowed; // why it cannot be moved at all (empty when it can)
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QSpinBox *m_duration;
    QLabel *m_to;
    QLabel *m_timeNote;
    QLabel *m_conflicts;
    QRadioButton *m_occurrence = nullptr;
    QRadioButton *m_series = nullptr;
    NoticeLabel *m_notice;
    BusyIndicator *m_busy;
    QPushButton *m_keep;
    QPushButton *m_move;
    QPointer<BookingOperation> m_operation;
    BookingResult m_result;
};

} // namespace MentorDesk
