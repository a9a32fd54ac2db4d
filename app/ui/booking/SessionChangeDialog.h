#pragma once

#include "core/booking/BookingResult.h"
#include "core/booking/BookingService.h"
#include "core/calendar/EventChangeRule.h"
#include "core/model/Event.h"

#include <QDialog>
#include <QPointer>

class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace MentorDesk {

class BookingOperation;
class BusyIndicator;
class NoticeLabel;

// What the move and cancel dialogs share: the question with the session's subject, the choice between this
// session and the whole series, why the change is not possible when it is not, the notice line, the busy state that
// can be stopped, Keep / <action> buttons, and how an operation's outcome is shown. Accepts once the change is
// confirmed by Microsoft 365 (or queued in the outbox). Subclasses put their own fields between the parts:
//     addHeading(…); <fields>; addScopeChoice(…); <more>; addFooter(…); explainIfNotAllowed(change);
class SessionChangeDialog : public QDialog
{
    Q_OBJECT

public:
    ~SessionChangeDialog() override;

    bool isBusy() const;
    QString noticeText() const;
    const BookingResult &bookingResult() const { return m_result; }

public Q_SLOTS:
    // Closing while it is sent does not undo it; a change not yet sent is withdrawn.
    void reject() override;

Q_SIGNALS:
    void changeFinished(const MentorDesk::BookingResult &result);

protected:
    // objectPrefix names the parts for tests and screen readers ("reschedule" -> "rescheduleSubject", ...).
    SessionChangeDialog(BookingService *service, const Event &event, const QString &objectPrefix, QWidget *parent);

    QVBoxLayout *addHeading(const QString &question);
    // "Only this session" / seriesText, for a session of a series; nothing otherwise.
    void addScopeChoice(const QString &seriesText);
    void addFooter(const QString &hint, QPushButton *keep, QPushButton *action);
    // Shows why the change cannot be made (feature gate, EventChangeRule) and turns the action off; the reason,
    // empty when it can be made.
    QString explainIfNotAllowed(EventChangeRule::Change change);

    BookingService *service() const { return m_service; }
    const Event &event() const { return m_event; }
    QVBoxLayout *mainLayout() const { return m_layout; }
    QPushButton *actionButton() const { return m_action; }
    BookingService::ChangeScope scope() const;
    bool canStart() const;
    // Shows the operation's progress (Stop withdraws it) and its outcome.
    void run(BookingOperation *operation, const QString &busyText, const QString &stopText = {});

    // Whether the action may be taken again after a stopped send (default: yes).
    virtual bool actionReady() const { return true; }
    // The subclass's own inputs: off while sending, on again when nothing changed.
    virtual void setInputsEnabled(bool /*enabled*/) { }

private:
    void onFinished(const BookingResult &result);

    BookingService *m_service;
    Event m_event;
    QString m_objectPrefix;
    QVBoxLayout *m_layout;
    QRadioButton *m_occurrence = nullptr;
    QRadioButton *m_series = nullptr;
    NoticeLabel *m_notice;
    BusyIndicator *m_busy;
    QPushButton *m_keep = nullptr;
    QPushButton *m_action = nullptr;
    QPointer<BookingOperation> m_operation;
    BookingResult m_result;
};

} // namespace MentorDesk
