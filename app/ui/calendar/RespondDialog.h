#pragma once

#include "core/calendar/EventActions.h"
#include "core/model/Event.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTimeEdit;

namespace MentorDesk {

// Answering an invitation (docs/graph/reminders.md#responding-to-an-invitation): an optional message to the organiser,
// "Don't send a response" (then there is no message), for Tentative and Decline another time to propose (date, start
// and end in the calendar's zone; disabled, with the reason, when the organiser allows no proposals) and, for an
// occurrence of a series, whether the answer is for this occurrence or the whole series (the series master).
// What EventActions::refusal() says cannot be sent is shown in the dialog, which then stays open.
class RespondDialog : public QDialog
{
    Q_OBJECT

public:
    using Answer = EventActions::Answer;
    using Response = EventActions::Response;

    // zone: the calendar's zone, in which the proposal's date and times are picked.
    RespondDialog(const Event &event, Response response, const QTimeZone &zone, QWidget *parent = nullptr);

    // Fills the dialog with an earlier attempt (Retry after a failure); error is what went wrong with it.
    void setAnswer(const Answer &answer, bool wholeSeries, const QString &error = {});

    Response response() const { return m_response; }
    Answer answer() const;
    // Whether the answer is for the whole series (only offered for occurrences and exceptions).
    bool wholeSeries() const;
    // The event the answer goes to: the occurrence, or the series master (id seriesMasterId) for the whole series.
    Event target() const;
    QString errorText() const;

    // For tests: the parts.
    QPlainTextEdit *messageEdit() const { return m_message; }
    QCheckBox *dontSendBox() const { return m_dontSend; }
    QGroupBox *proposalGroup() const { return m_proposal; }
    QDateEdit *proposalDateEdit() const { return m_date; }
    QTimeEdit *proposalStartEdit() const { return m_startTime; }
    QTimeEdit *proposalEndEdit() const { return m_endTime; }
    QLabel *proposalNote() const { return m_proposalNote; }
    QRadioButton *occurrenceButton() const { return m_occurrence; }
    QRadioButton *seriesButton() const { return m_series; }
    QPushButton *sendButton() const { return m_send; }

    static QString title(Response response);

public Q_SLOTS:
    void accept() override;

private:
    void updateEnabled();

    Event m_event;
    Response m_response;
    QTimeZone m_zone;
    QLabel *m_heading;
    QRadioButton *m_occurrence = nullptr;
    QRadioButton *m_series = nullptr;
    QPlainTextEdit *m_message;
    QCheckBox *m_dontSend;
    QGroupBox *m_proposal = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_startTime = nullptr;
    QTimeEdit *m_endTime = nullptr;
    QLabel *m_proposalNote = nullptr;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_send;
};

} // namespace MentorDesk
