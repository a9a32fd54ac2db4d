#pragma once

#include "core/booking/BookingResult.h"
#include "core/booking/DraftValidator.h"
#include "core/booking/FreeBusy.h"
#include "core/booking/SessionDraft.h"
#include "core/model/Event.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTimeEdit;
class QTimer;

namespace MentorDesk {

class AccountServices;
class AddressCompleter;
class BookingConfirmationView;
class BookingOperation;
class BookingService;
class BusyIndicator;
class GetScheduleJob;
struct GraphResult;
class NoticeLabel;
class SchedulingStrip;
class SuggestionsPanel;

// New session: mentees (completed from people met before), subject, agenda, date, time, duration, time zone,
// calendar, reminder, repeat; suggested times beside it; "Book as Teams meeting" (or, where Teams is not
// available, an explained plain calendar event) and "Just give me a Teams link". Every change is kept in the
// DraftStore, so Esc, closing, a failed network or an expired sign-in never lose the draft; "Discard draft"
// does. After booking it shows the confirmation (join link, Copy, Share in a Teams channel).
//
// With several signed-in accounts an "Organiser" choice leads the form: the session is booked from the chosen
// account (its BookingService, calendars and drafts); switching keeps what was typed and moves the draft along.
//
// Keyboard: Tab walks the form in reading order, Enter books (Ctrl+Enter also from the agenda), Esc closes and
// keeps the draft.
class NewSessionDialog : public QDialog
{
    Q_OBJECT

public:
    // Resumes the account's latest draft (if any) or starts a new one.
    // One account, no organiser choice.
    explicit NewSessionDialog(BookingService *service, QWidget *parent = nullptr);
    // The signed-in accounts (not owned); starts with organiser's latest draft, organised from organiser (the first
    // account when it is not one of them). The "Organiser" row is hidden when there is only one account.
    NewSessionDialog(const QList<AccountServices *> &accounts, AccountServices *organiser, QWidget *parent = nullptr);
    ~NewSessionDialog() override;

    // The account the session is organised from; null with the single-service constructor.
    AccountServices *organiser() const;
    // Organises from account (one of the accounts given) and keeps the form as typed: the draft moves to that
    // account's drafts, in its default calendar. False, and nothing changes, while busy, on the confirmation, when
    // the draft's booking already waits in the current organiser's outbox, or for an account not offered.
    bool setOrganiser(AccountServices *account);
    // The booking service the dialog uses now (the organiser's).
    BookingService *service() const { return m_service; }

    // Opened from a free slot in the calendar: the draft takes this time (and its length, within the limits).
    void setSlot(const QDateTime &startUtc, const QDateTime &endUtc);
    // Replaces the form with this draft.
    void setDraft(const SessionDraft &draft);
    // The draft as the form shows it now.
    SessionDraft draft() const;
    bool isBusy() const;
    bool isShowingConfirmation() const;
    BookingConfirmationView *confirmation() const { return m_confirmation; }
    SuggestionsPanel *suggestions() const { return m_suggestions; }
    // Free/busy of the mentor and the mentees on the chosen day; refreshed (debounced) when the date, the duration,
    // the zone or the mentees change.
    SchedulingStrip *schedulingStrip() const { return m_strip; }
    bool isLookingUpSchedules() const;
    // "10:00 for you · 18:00 for Priya (Tokyo)" beside the time; empty without mentees.
    QString localTimesText() const;
    // The inline message shown under a field (empty when none).
    QString fieldMessage(DraftValidator::Field field) const;
    QString noticeText() const;

public Q_SLOTS:
    void book();
    void createMeetingLink();
    void discardDraft();
    void reject() override;

Q_SIGNALS:
    // "Share in a Teams channel…" on the confirmation; the Teams feature connects it.
    void shareRequested(const MentorDesk::Event &event);
    // A booking or link finished while this dialog showed it (also emitted by BookingService::bookingFinished).
    void sessionBooked(const MentorDesk::BookingResult &result);
    // The user chose another organiser (setOrganiser() succeeded).
    void organiserChanged(MentorDesk::AccountServices *organiser);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void init();
    void buildForm();
    void fillOrganisers();
    void onOrganiserPicked(int index);
    // Enables Book, the link and the Teams box as the organiser's consent allows, saying why when not.
    void applyAvailability();
    void loadCalendars();
    void fillForm(const SessionDraft &draft);
    void onEdited();
    void saveDraft();
    void validateInline();
    void updatePlan();
    void updateConflicts();
    void updateRepeatWidgets();
    void setBusy(BookingOperation *operation, const QString &text);
    void onBookFinished(const BookingResult &result);
    void onLinkFinished(const BookingResult &result);
    void showIssues(const QList<DraftValidator::Issue> &issues, bool all);
    void touch(DraftValidator::Field field);
    QTimeZone currentZone() const;
    // Free/busy: the day shown, a lookup when what it depends on changed (after a pause), and its answer.
    TimeRange scheduleView() const;
    void scheduleChanged();
    void lookUpSchedules();
    void onSchedulesFinished(GetScheduleJob *job, const GraphResult &result);
    void stopScheduleLookup();
    void updateLocalTimes();

    QList<QPointer<AccountServices>> m_accounts;
    QPointer<AccountServices> m_organiser;
    BookingService *m_service;
    SessionDraft m_draft; // ids, transactionId and what the form does not show
    bool m_filling = false;
    bool m_showAllIssues = false;
    QSet<int> m_touched;
    QPointer<BookingOperation> m_operation;
    QTimer *m_saveTimer;
    QTimer *m_scheduleTimer;
    QPointer<GetScheduleJob> m_scheduleJob;
    QString m_scheduleKey; // what the strip shows (or is being looked up): day, zone, duration, people
    QHash<QString, FreeBusy::LocalZone> m_zones; // by lower-case address, from getSchedule's workingHours

    QStackedWidget *m_pages;
    QLabel *m_resumed;
    QComboBox *m_organiserCombo;
    QLineEdit *m_mentees;
    AddressCompleter *m_completer;
    QLineEdit *m_subject;
    QPlainTextEdit *m_agenda;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QSpinBox *m_duration;
    QComboBox *m_zone;
    QComboBox *m_calendar;
    QComboBox *m_reminder;
    QComboBox *m_repeat;
    QWidget *m_repeatEnd;
    QRadioButton *m_repeatUntil;
    QDateEdit *m_untilDate;
    QRadioButton *m_repeatCount;
    QSpinBox *m_count;
    QCheckBox *m_teams;
    QLabel *m_planNote;
    QLabel *m_conflicts;
    QLabel *m_localTimes;
    SchedulingStrip *m_strip;
    BusyIndicator *m_stripBusy;
    QHash<int, QLabel *> m_fieldMessages;
    QHash<int, QWidget *> m_fieldEditors;
    NoticeLabel *m_notice;
    BusyIndicator *m_busy;
    QPushButton *m_bookButton;
    QPushButton *m_linkButton;
    QPushButton *m_discardButton;
    QPushButton *m_closeButton;
    SuggestionsPanel *m_suggestions;
    BookingConfirmationView *m_confirmation;
};

} // namespace MentorDesk
