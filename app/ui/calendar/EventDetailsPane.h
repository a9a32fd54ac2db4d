#pragma once

#include "core/model/Calendar.h"
#include "core/model/Event.h"

#include <QColor>
#include <QScrollArea>
#include <QTimeZone>

class QFormLayout;
class QLabel;
class QPushButton;

namespace MentorDesk {

class BrowserOpener;
class SafeTextBrowser;

// The selected event in full: time in the viewer's zone (and the event's own zone when it reads differently),
// the calendar it is on (read-only calendars say so), recurrence, the user's response, location, organizer,
// attendees with their responses, "Join Teams meeting" and "Open in Outlook on the web" (system browser), the
// booking hooks (Cancel…, Share in a Teams channel…), and the body, sanitised and shown without loading anything.
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

    // For tests: the parts.
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
