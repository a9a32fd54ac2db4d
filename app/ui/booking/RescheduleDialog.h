#pragma once

#include "ui/booking/SessionChangeDialog.h"

#include <QDateTime>
#include <QTimeZone>

class QDateEdit;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace MentorDesk {

// "Move this session?" after a drag in the calendar or Move… in the details pane: from, to (date, time and duration,
// editable, in the viewer's zone), this occurrence or the whole series, clashes with other events, and why it cannot
// be moved when it cannot (not the organizer, permission, crossing a neighbour).
class RescheduleDialog : public SessionChangeDialog
{
    Q_OBJECT

public:
    // zone: the viewer's zone the calendar shows (the times are shown and edited in it).
    RescheduleDialog(BookingService *service, const Event &event, const QDateTime &newStartUtc,
                     const QDateTime &newEndUtc, const QTimeZone &zone = QTimeZone::systemTimeZone(),
                     QWidget *parent = nullptr);
    ~RescheduleDialog() override;

    QPushButton *moveButton() const { return actionButton(); }
    // The new times as chosen (UTC).
    QDateTime newStart() const { return m_start; }
    QDateTime newEnd() const { return m_end; }
    // The clashes shown for the chosen times, empty when there are none.
    QString conflictText() const;

public Q_SLOTS:
    void move();

protected:
    bool actionReady() const override;
    void setInputsEnabled(bool editable) override;

private:
    void onTimesEdited();
    void updateTimes();
    void updateMoveButton();

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
};

} // namespace MentorDesk
