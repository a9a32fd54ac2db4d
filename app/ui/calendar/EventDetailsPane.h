#pragma once

#include "core/calendar/EventActions.h"
#include "core/model/Calendar.h"
#include "core/model/Event.h"

#include <QColor>
#include <QHash>
#include <QPointer>
#include <QScrollArea>
#include <QTimeZone>

class QFormLayout;
class QLabel;
class QPushButton;

namespace MentorDesk {

class BrowserOpener;
class NetworkReachability;
class RespondDialog;
class SafeTextBrowser;

// The selected event in full: time in the viewer's zone (and the event's own zone when it reads differently),
// the calendar it is on (read-only calendars say so), recurrence, the user's response, location, organizer,
// attendees with their responses, "Join Teams meeting" and "Open in Outlook on the web" (system browser), the
// booking hooks (Cancel…, Share in a Teams channel…), and the body, sanitised and shown without loading anything.
//
// An invitation on the user's own calendar (not organised by them, an answer requested, not cancelled) gets "Your
// answer": what Graph last said ("You accepted · Tue 24 Nov 10:02", "Not answered yet", "Changed by the organiser
// since you answered") and Accept, Tentative and Decline, each opening a RespondDialog. The answer goes through the
// account's EventActions (the Outbox) and shows at once, with "Sending…", "Waiting to send (offline)" or what went
// wrong and Retry (the dialog again, with what was typed); once Graph has it and the calendar is read again, the pane
// shows Graph's responseStatus.
class EventDetailsPane : public QScrollArea
{
    Q_OBJECT

public:
    explicit EventDetailsPane(QWidget *parent = nullptr);

    void setBrowserOpener(BrowserOpener *opener);
    void setViewerZone(const QTimeZone &zone);

    // calendarColor: the swatch colour shown with the calendar name. accountName: the account the event belongs to,
    // shown as "Account: …" when not empty (the page passes it when several accounts are signed in).
    void setEvent(const Event &event, const Calendar &calendar, const QColor &calendarColor,
                  const QString &accountName = {});
    // The full event (GetEventJob) and/or its series master arrived; ignored unless it is the event shown.
    void updateDetails(const Event &event, const Event &seriesMaster);
    void clear();
    bool hasEvent() const { return !m_event.id.isEmpty(); }
    const Event &event() const { return m_event; }

    // Whether someone handles rescheduleRequested() / cancelRequested() / shareRequested(); otherwise the buttons stay
    // disabled and say why.
    void setRescheduleAvailable(bool available);
    void setCancelAvailable(bool available);
    void setShareAvailable(bool available);

    // Each signed-in account's answers to invitations, by account key (Event::accountKey; empty for a page with one
    // unnamed source); not owned. Without the event's account, the answer buttons stay disabled.
    void setEventActions(const QHash<QString, EventActions *> &actions);
    // Says "offline" while there is no network; not owned, may be null.
    void setReachability(NetworkReachability *reachability);
    // Whether the shown event is an invitation the user can answer here.
    bool isInvitation() const;

    // For tests: the parts.
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *tentativeButton() const { return m_tentative; }
    QPushButton *declineButton() const { return m_decline; }
    QPushButton *retryButton() const { return m_retry; }
    RespondDialog *respondDialog() const;
    // "You accepted · Tue 24 Nov 10:02", "Not answered yet"; empty when the event is no invitation.
    QString answerText() const;
    // "Sending…", "Waiting to send (offline)", a failure; empty when nothing is on its way.
    QString answerNoteText() const;
    // Translated: what Graph's responseStatus of the user says (also used by the awaiting list).
    static QString responseStatusText(const Event &event, const QTimeZone &zone);
    // notResponded with an answer time before the event's last change: the organiser changed it after the answer.
    static bool changedSinceAnswered(const Event &event);
    SafeTextBrowser *bodyBrowser() const { return m_body; }
    QPushButton *joinButton() const { return m_join; }
    QPushButton *webButton() const { return m_web; }
    QPushButton *moveButton() const { return m_move; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *shareButton() const { return m_share; }
    QString titleText() const;
    QString whenText() const;
    QString ownZoneText() const;
    QString readOnlyText() const;
    // "Account: Alex Mentor (alex@contoso.example)"; empty when no account is named.
    QString accountText() const;
    QString locationText() const;
    QString organizerText() const;
    QString attendeesText() const;
    QString recurrenceText() const;
    QString bodyNoteText() const;

Q_SIGNALS:
    // Move meeting…: choose a new time (the keyboard's way to do what a drag in the views does).
    void rescheduleRequested(const MentorDesk::Event &event);
    void cancelRequested(const MentorDesk::Event &event);
    void shareRequested(const MentorDesk::Event &event);
    // Escape: give focus back to the view.
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void applyColors();
    void setRow(QLabel *field, const QString &text);
    void updateActionButtons();
    void fitBody();
    void updateAnswer();
    void openRespondDialog(EventActions::Response response);
    void onDialogFinished(int result);
    void onActionStateChanged(const QString &accountKey, qint64 outboxId, EventActions::Action action,
                              OutboxState state, const GraphResult &result);
    void onActionFinished(const QString &accountKey, qint64 outboxId, EventActions::Action action,
                          const GraphResult &result);
    EventActions *actionsFor(const QString &accountKey) const;

    // An answer the user gave here, until the calendar shows Graph's.
    struct LocalAnswer
    {
        QString accountKey;
        QString eventId; // the event it was given on (an occurrence for the whole series too)
        QString targetId; // the event answered: eventId, or the series master
        bool wholeSeries = false;
        EventActions::Answer answer;
        qint64 outboxId = 0;
        OutboxState state = OutboxState::Pending;
        bool sent = false;
        QString failure;
    };
    const LocalAnswer *localFor(const Event &event) const;
    static QString localKey(const QString &accountKey, const QString &eventId);

    QHash<QString, QPointer<EventActions>> m_actions;
    QPointer<NetworkReachability> m_reachability;
    QHash<QString, LocalAnswer> m_local; // by localKey(accountKey, eventId)
    QPointer<RespondDialog> m_dialog;
    QString m_dialogEventKey;

    BrowserOpener *m_opener = nullptr;
    QTimeZone m_viewerZone = QTimeZone::systemTimeZone();
    Event m_event;
    Event m_master;
    Calendar m_calendar;
    QColor m_calendarColor;
    QString m_accountName;
    bool m_rescheduleAvailable = false;
    bool m_cancelAvailable = false;
    bool m_shareAvailable = false;

    QWidget *m_content;
    QLabel *m_empty;
    QWidget *m_details;
    QLabel *m_title;
    QLabel *m_calendarLabel;
    QLabel *m_account;
    QLabel *m_readOnly;
    QFormLayout *m_form;
    QLabel *m_when;
    QLabel *m_ownZone;
    QLabel *m_recurrence;
    QLabel *m_status;
    QLabel *m_location;
    QLabel *m_organizer;
    QLabel *m_attendees;
    QWidget *m_answerBox;
    QLabel *m_answer;
    QLabel *m_answerNote;
    QPushButton *m_accept;
    QPushButton *m_tentative;
    QPushButton *m_decline;
    QPushButton *m_retry;
    QPushButton *m_join;
    QPushButton *m_web;
    QPushButton *m_move;
    QPushButton *m_cancel;
    QPushButton *m_share;
    QLabel *m_bodyHeading;
    SafeTextBrowser *m_body;
    QLabel *m_bodyNote;
};

} // namespace MentorDesk
