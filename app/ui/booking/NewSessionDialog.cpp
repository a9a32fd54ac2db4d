#include "ui/booking/NewSessionDialog.h"

#include "core/booking/AddressList.h"
#include "core/booking/BookingOperation.h"
#include "core/booking/BookingService.h"
#include "core/booking/BookingText.h"
#include "core/booking/DraftStore.h"
#include "core/calendar/EventFormatter.h"
#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/graph/jobs/GetScheduleJob.h"
#include "core/model/GraphTime.h"
#include "core/services/AccountServices.h"
#include "ui/booking/AddressCompleter.h"
#include "ui/booking/BookingConfirmationView.h"
#include "ui/booking/BusyIndicator.h"
#include "ui/booking/NoticeLabel.h"
#include "ui/booking/SchedulingStrip.h"
#include "ui/booking/SuggestionsPanel.h"
#include "ui/common/AccountChoice.h"
#include "ui/common/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk {

using Field = DraftValidator::Field;

namespace {

constexpr int kScheduleIntervalMinutes = 15;

void dim(QLabel *label)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::Disabled, QPalette::WindowText));
    label->setPalette(p);
}

} // namespace

NewSessionDialog::NewSessionDialog(BookingService *service, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_saveTimer(new QTimer(this))
    , m_scheduleTimer(new QTimer(this))
{
    init();
}

NewSessionDialog::NewSessionDialog(const QList<AccountServices *> &accounts, AccountServices *organiser,
                                   QWidget *parent)
    : QDialog(parent)
    , m_service(nullptr)
    , m_saveTimer(new QTimer(this))
    , m_scheduleTimer(new QTimer(this))
{
    for (AccountServices *account : accounts) {
        if (account && account->booking() && !m_accounts.contains(account))
            m_accounts.append(account);
    }
    Q_ASSERT(!m_accounts.isEmpty());
    m_organiser = organiser && m_accounts.contains(organiser) ? organiser : m_accounts.first().data();
    m_service = m_organiser->booking();
    init();
    for (const QPointer<AccountServices> &account : std::as_const(m_accounts)) {
        connect(account, &AccountServices::profileChanged, this, &NewSessionDialog::fillOrganisers);
        // Queued: the guard is cleared by the time it runs.
        connect(account, &QObject::destroyed, this, &NewSessionDialog::fillOrganisers, Qt::QueuedConnection);
    }
}

void NewSessionDialog::init()
{
    setObjectName(u"newSessionDialog"_s);
    setWindowTitle(tr("New mentoring session"));
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &NewSessionDialog::saveDraft);
    // Typing a name or stepping through dates asks Microsoft 365 once, when the user pauses.
    m_scheduleTimer->setSingleShot(true);
    m_scheduleTimer->setInterval(500);
    connect(m_scheduleTimer, &QTimer::timeout, this, &NewSessionDialog::lookUpSchedules);

    buildForm();
    fillOrganisers();
    loadCalendars();

    std::optional<SessionDraft> resumed = m_service->drafts()->latest();
    if (resumed && !resumed->isBlank()) {
        fillForm(*resumed);
        const QDateTime when = resumed->updatedUtc.isValid() ? resumed->updatedUtc : resumed->createdUtc;
        m_resumed->setText(tr("Your unsent draft from %1. Use Discard draft to start over.")
                               .arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)));
        m_resumed->show();
        if (m_service->isQueued(*resumed)) {
            m_notice->showNotice(NoticeLabel::Kind::Info,
                                 resumed->lastError.isEmpty()
                                     ? tr("This booking waits in the outbox and is sent automatically.")
                                     : resumed->lastError);
        } else if (!resumed->lastError.isEmpty()) {
            m_notice->showNotice(NoticeLabel::Kind::Warning, resumed->lastError);
        }
    } else {
        fillForm(m_service->newDraft());
    }
    m_suggestions->setWindow(m_date->date(), m_date->date().addDays(6));

    applyAvailability();
    updatePlan();
    updateConflicts();
    validateInline();
    scheduleChanged();
    resize(980, 760);
    m_mentees->setFocus();
}

void NewSessionDialog::applyAvailability()
{
    const FeatureAvailability booking = m_service->availability(Feature::BookSession);
    m_bookButton->setEnabled(booking.isAvailable());
    m_bookButton->setToolTip(booking.isAvailable() ? QString() : booking.message);
    if (!booking.isAvailable())
        m_notice->showNotice(NoticeLabel::Kind::Error, booking.message);
    const FeatureAvailability link = m_service->availability(Feature::StandaloneMeetingLink);
    m_linkButton->setEnabled(link.isAvailable());
    m_linkButton->setToolTip(
        link.isAvailable() ? tr(
            "Creates a Teams meeting link only, for a session arranged elsewhere: no calendar entry, no invitation.")
                           : link.message);
    m_linkButton->setAccessibleDescription(link.isAvailable() ? QString() : link.message);
    const FeatureAvailability teams = m_service->availability(Feature::TeamsMeetingInvite);
    m_teams->setEnabled(teams.isAvailable());
    if (!teams.isAvailable()) {
        // Off and greyed, without touching the draft's wish (draft() keeps it while the box is disabled).
        const QSignalBlocker blocker(m_teams);
        m_teams->setChecked(false);
    }
}

NewSessionDialog::~NewSessionDialog()
{
    if (m_scheduleJob) {
        // Its answer has nowhere to go.
        disconnect(m_scheduleJob, nullptr, this, nullptr);
        m_scheduleJob->cancel();
    }
    if (m_saveTimer->isActive())
        saveDraft();
}

void NewSessionDialog::buildForm()
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    auto *formPage = new QWidget(m_pages);
    formPage->setObjectName(u"formPage"_s);

    // ---- the form (left) ----
    auto *formArea = new QWidget(formPage);
    formArea->setObjectName(u"formArea"_s);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    const auto fieldRow = [&](const QString &label, Field field, QWidget *editor, QLayout *content = nullptr) {
        auto *box = new QWidget(formArea);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        if (content)
            layout->addLayout(content);
        else
            layout->addWidget(editor);
        auto *message = new QLabel(box);
        message->setObjectName(u"fieldMessage%1"_s.arg(int(field)));
        message->setWordWrap(true);
        message->setTextFormat(Qt::PlainText);
        message->hide();
        layout->addWidget(message);
        m_fieldMessages.insert(int(field), message);
        m_fieldEditors.insert(int(field), editor);
        auto *caption = new QLabel(label, formArea);
        caption->setBuddy(editor);
        form->addRow(caption, box);
    };

    m_resumed = new QLabel(formArea);
    m_resumed->setObjectName(u"resumedNote"_s);
    m_resumed->setWordWrap(true);
    dim(m_resumed);
    m_resumed->hide();

    m_organiserCombo = new QComboBox(formArea);
    m_organiserCombo->setObjectName(u"organiserCombo"_s);
    m_organiserCombo->setAccessibleName(tr("Organiser"));
    m_organiserCombo->setToolTip(tr("The account the session is booked from: its calendar, its invitation."));
    auto *organiserLabel = new QLabel(tr("&Organiser"), formArea);
    organiserLabel->setBuddy(m_organiserCombo);
    form->addRow(organiserLabel, m_organiserCombo);
    form->setRowVisible(m_organiserCombo, m_accounts.size() > 1); // one account: nothing to choose

    m_mentees = new QLineEdit(formArea);
    m_mentees->setObjectName(u"menteesEdit"_s);
    m_mentees->setAccessibleName(tr("Mentees"));
    m_mentees->setPlaceholderText(tr("Name or address; several separated by commas"));
    m_mentees->setClearButtonEnabled(true);
    for (QToolButton *clear : m_mentees->findChildren<QToolButton *>())
        clear->setAccessibleName(tr("Clear mentees"));
    m_completer = new AddressCompleter(this);
    m_completer->setWidget(m_mentees);
    m_mentees->setCompleter(m_completer);
    m_completer->setPeople(m_service->knownPeople());
    fieldRow(tr("&Mentees"), Field::Mentees, m_mentees);

    m_subject = new QLineEdit(formArea);
    m_subject->setObjectName(u"subjectEdit"_s);
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setMaxLength(DraftValidator::kMaxSubjectLength);
    fieldRow(tr("&Subject"), Field::Subject, m_subject);

    m_agenda = new QPlainTextEdit(formArea);
    m_agenda->setObjectName(u"agendaEdit"_s);
    m_agenda->setAccessibleName(tr("Agenda"));
    m_agenda->setAccessibleDescription(tr("Plain text; it becomes the invitation's text."));
    m_agenda->setPlaceholderText(tr("What you want to talk about (sent with the invitation)"));
    m_agenda->setTabChangesFocus(true);
    m_agenda->setMinimumHeight(72);
    m_agenda->installEventFilter(this);
    fieldRow(tr("A&genda"), Field::Agenda, m_agenda);

    m_date = new QDateEdit(formArea);
    m_date->setObjectName(u"dateEdit"_s);
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateFormats::weekdayDayMonthYear());
    m_time = new QTimeEdit(formArea);
    m_time->setObjectName(u"timeEdit"_s);
    m_time->setAccessibleName(tr("Start time"));
    m_time->setDisplayFormat(EventFormatter::timeFormat(QLocale()));
    auto *timeLabel = new QLabel(tr("a&t"), formArea);
    timeLabel->setBuddy(m_time);
    auto *when = new QHBoxLayout;
    when->addWidget(m_date, 2);
    when->addWidget(timeLabel);
    when->addWidget(m_time, 1);
    fieldRow(tr("&Date"), Field::Start, m_date, when);
    m_localTimes = new QLabel(formArea);
    m_localTimes->setObjectName(u"localTimesNote"_s);
    m_localTimes->setTextFormat(Qt::PlainText);
    m_localTimes->setWordWrap(true);
    m_localTimes->setToolTip(tr("The start on your clock and on your mentees' clocks, from the time zone of their "
                                "working hours in Microsoft 365."));
    m_localTimes->hide();
    form->addRow(QString(), m_localTimes);

    m_duration = new QSpinBox(formArea);
    m_duration->setObjectName(u"durationEdit"_s);
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setRange(DraftValidator::kMinDurationMinutes, DraftValidator::kMaxDurationMinutes);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    fieldRow(tr("D&uration"), Field::Duration, m_duration);

    m_zone = new QComboBox(formArea);
    m_zone->setObjectName(u"timeZoneCombo"_s);
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->lineEdit()->setAccessibleName(tr("Time zone"));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    const QString systemZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    m_zone->addItem(systemZone);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (QString::fromUtf8(id) != systemZone)
            m_zone->addItem(QString::fromUtf8(id));
    }
    fieldRow(tr("Time &zone"), Field::TimeZone, m_zone);

    m_calendar = new QComboBox(formArea);
    m_calendar->setObjectName(u"calendarCombo"_s);
    m_calendar->setAccessibleName(tr("Calendar"));
    m_calendar->setToolTip(tr("Your own calendars. Calendars shared with you are read-only for MentorDesk."));
    fieldRow(tr("&Calendar"), Field::Calendar, m_calendar);

    m_reminder = new QComboBox(formArea);
    m_reminder->setObjectName(u"reminderCombo"_s);
    m_reminder->setAccessibleName(tr("Reminder"));
    m_reminder->addItem(tr("No reminder"), -1);
    m_reminder->addItem(tr("At the start"), 0);
    for (int minutes : {5, 10, 15, 30})
        m_reminder->addItem(tr("%1 minutes before").arg(minutes), minutes);
    m_reminder->addItem(tr("1 hour before"), 60);
    m_reminder->addItem(tr("2 hours before"), 120);
    m_reminder->addItem(tr("1 day before"), 24 * 60);
    fieldRow(tr("&Reminder"), Field::Reminder, m_reminder);

    m_repeat = new QComboBox(formArea);
    m_repeat->setObjectName(u"repeatCombo"_s);
    m_repeat->setAccessibleName(tr("Repeat"));
    m_repeat->addItem(tr("Does not repeat"), int(SessionDraft::RepeatKind::None));
    m_repeat->addItem(tr("Weekly"), int(SessionDraft::RepeatKind::Weekly));
    m_repeat->addItem(tr("Every 2 weeks"), int(SessionDraft::RepeatKind::EveryTwoWeeks));
    m_repeat->addItem(tr("Monthly"), int(SessionDraft::RepeatKind::Monthly));
    m_repeatEnd = new QWidget(formArea);
    m_repeatEnd->setObjectName(u"repeatEnd"_s);
    m_repeatUntil = new QRadioButton(tr("unti&l"), m_repeatEnd);
    m_repeatUntil->setObjectName(u"repeatUntilRadio"_s);
    m_repeatUntil->setAccessibleName(tr("Repeat until a date"));
    m_untilDate = new QDateEdit(m_repeatEnd);
    m_untilDate->setObjectName(u"repeatUntilDate"_s);
    m_untilDate->setAccessibleName(tr("Last possible date of the series"));
    m_untilDate->setCalendarPopup(true);
    m_untilDate->setDisplayFormat(DateFormats::dayMonthYear());
    m_repeatCount = new QRadioButton(tr("&for"), m_repeatEnd);
    m_repeatCount->setObjectName(u"repeatCountRadio"_s);
    m_repeatCount->setAccessibleName(tr("Repeat a number of times"));
    m_count = new QSpinBox(m_repeatEnd);
    m_count->setObjectName(u"repeatCount"_s);
    m_count->setAccessibleName(tr("Number of sessions"));
    m_count->setRange(2, DraftValidator::kMaxOccurrences);
    m_count->setSuffix(tr(" sessions"));
    auto *endLayout = new QHBoxLayout(m_repeatEnd);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endLayout->addWidget(m_repeatUntil);
    endLayout->addWidget(m_untilDate, 1);
    endLayout->addWidget(m_repeatCount);
    endLayout->addWidget(m_count, 1);
    auto *repeatRow = new QHBoxLayout;
    repeatRow->addWidget(m_repeat);
    repeatRow->addWidget(m_repeatEnd, 1);
    fieldRow(tr("Re&peat"), Field::Repeat, m_repeat, repeatRow);

    m_teams = new QCheckBox(tr("Add a Teams meeting"), formArea);
    m_teams->setObjectName(u"teamsCheck"_s);
    m_teams->setAccessibleName(tr("Add a Teams meeting"));
    m_planNote = new QLabel(formArea);
    m_planNote->setObjectName(u"planNote"_s);
    m_planNote->setWordWrap(true);
    m_planNote->setTextFormat(Qt::PlainText);
    auto *teamsBox = new QVBoxLayout;
    teamsBox->setSpacing(2);
    teamsBox->addWidget(m_teams);
    teamsBox->addWidget(m_planNote);
    auto *onlineLabel = new QLabel(tr("Online"), formArea);
    form->addRow(onlineLabel, teamsBox);

    m_conflicts = new QLabel(formArea);
    m_conflicts->setObjectName(u"conflictsNote"_s);
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextFormat(Qt::PlainText);
    m_conflicts->hide();

    auto *formColumn = new QVBoxLayout(formArea);
    formColumn->setContentsMargins(0, 0, 0, 0);
    formColumn->addWidget(m_resumed);
    formColumn->addLayout(form);
    formColumn->addWidget(m_conflicts);

    // ---- suggested times (right) ----
    m_suggestions = new SuggestionsPanel(
        m_service, [this] { return draft(); }, formPage);
    m_suggestions->setMinimumWidth(300);
    m_suggestions->setMaximumWidth(360);

    auto *columns = new QHBoxLayout;
    columns->addWidget(formArea, 1);
    columns->addSpacing(12);
    columns->addWidget(m_suggestions);

    // ---- free/busy on the chosen day (below both) ----
    m_strip = new SchedulingStrip(formPage);
    m_stripBusy = new BusyIndicator(formPage);
    m_stripBusy->setObjectName(u"scheduleBusy"_s);

    // ---- status and buttons ----
    m_notice = new NoticeLabel(formPage);
    m_notice->setObjectName(u"notice"_s);
    m_busy = new BusyIndicator(formPage);
    m_busy->setObjectName(u"busy"_s);
    m_linkButton = new QPushButton(tr("Just give me a Teams &link"), formPage);
    m_linkButton->setObjectName(u"meetingLinkButton"_s);
    m_linkButton->setAccessibleName(tr("Just give me a Teams link"));
    m_linkButton->setToolTip(
        tr("Creates a Teams meeting link only, for a session arranged elsewhere: no calendar entry, no invitation."));
    m_discardButton = new QPushButton(tr("Discard dra&ft"), formPage);
    m_discardButton->setObjectName(u"discardDraftButton"_s);
    m_discardButton->setAccessibleName(tr("Discard draft"));
    m_closeButton = new QPushButton(tr("Close"), formPage);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_closeButton->setAccessibleName(tr("Close"));
    m_closeButton->setToolTip(tr("Close; your draft is kept for next time."));
    m_bookButton = new QPushButton(formPage);
    m_bookButton->setObjectName(u"bookButton"_s);
    for (QPushButton *button : {m_linkButton, m_discardButton, m_closeButton})
        button->setAutoDefault(false);
    m_bookButton->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_linkButton);
    buttons->addWidget(m_discardButton);
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_bookButton);

    auto *pageLayout = new QVBoxLayout(formPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addLayout(columns, 1);
    pageLayout->addWidget(m_strip);
    pageLayout->addWidget(m_stripBusy);
    pageLayout->addWidget(m_notice);
    pageLayout->addWidget(m_busy);
    pageLayout->addLayout(buttons);

    m_confirmation = new BookingConfirmationView(m_pages);
    m_pages->addWidget(formPage);
    m_pages->addWidget(m_confirmation);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    // Reading order: the form top to bottom, then suggested times, then the buttons with Book last.
    const QList<QWidget *> order{m_organiserCombo,
                                 m_mentees,
                                 m_subject,
                                 m_agenda,
                                 m_date,
                                 m_time,
                                 m_duration,
                                 m_zone,
                                 m_calendar,
                                 m_reminder,
                                 m_repeat,
                                 m_repeatUntil,
                                 m_untilDate,
                                 m_repeatCount,
                                 m_count,
                                 m_teams,
                                 m_strip,
                                 m_stripBusy->cancelButton(),
                                 m_suggestions->findChild<QWidget *>(u"suggestionsFrom"_s),
                                 m_suggestions->findChild<QWidget *>(u"suggestionsTo"_s),
                                 m_suggestions->findChild<QWidget *>(u"findTimesButton"_s),
                                 m_suggestions->list(),
                                 m_linkButton,
                                 m_discardButton,
                                 m_closeButton,
                                 m_bookButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    // ---- behaviour ----
    connect(m_organiserCombo, &QComboBox::currentIndexChanged, this, &NewSessionDialog::onOrganiserPicked);
    connect(m_mentees, &QLineEdit::textChanged, this, &NewSessionDialog::onEdited);
    connect(m_subject, &QLineEdit::textChanged, this, &NewSessionDialog::onEdited);
    connect(m_agenda, &QPlainTextEdit::textChanged, this, &NewSessionDialog::onEdited);
    connect(m_date, &QDateEdit::dateChanged, this, &NewSessionDialog::onEdited);
    connect(m_time, &QTimeEdit::timeChanged, this, &NewSessionDialog::onEdited);
    connect(m_duration, &QSpinBox::valueChanged, this, &NewSessionDialog::onEdited);
    connect(m_zone, &QComboBox::currentTextChanged, this, &NewSessionDialog::onEdited);
    connect(m_calendar, &QComboBox::currentIndexChanged, this, &NewSessionDialog::onEdited);
    connect(m_reminder, &QComboBox::currentIndexChanged, this, &NewSessionDialog::onEdited);
    connect(m_repeat, &QComboBox::currentIndexChanged, this, [this] {
        updateRepeatWidgets();
        onEdited();
    });
    connect(m_repeatUntil, &QRadioButton::toggled, this, [this] {
        updateRepeatWidgets();
        onEdited();
    });
    connect(m_untilDate, &QDateEdit::dateChanged, this, &NewSessionDialog::onEdited);
    connect(m_count, &QSpinBox::valueChanged, this, &NewSessionDialog::onEdited);
    connect(m_teams, &QCheckBox::toggled, this, &NewSessionDialog::onEdited);
    for (auto it = m_fieldEditors.cbegin(); it != m_fieldEditors.cend(); ++it)
        it.value()->installEventFilter(this);
    m_time->installEventFilter(this);
    m_untilDate->installEventFilter(this);
    m_count->installEventFilter(this);

    connect(m_bookButton, &QPushButton::clicked, this, &NewSessionDialog::book);
    connect(m_linkButton, &QPushButton::clicked, this, &NewSessionDialog::createMeetingLink);
    connect(m_discardButton, &QPushButton::clicked, this, &NewSessionDialog::discardDraft);
    connect(m_closeButton, &QPushButton::clicked, this, &NewSessionDialog::reject);
    connect(m_busy, &BusyIndicator::cancelRequested, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });
    connect(m_suggestions, &SuggestionsPanel::suggestionChosen, this,
            [this](const QDateTime &start, const QDateTime &end) {
                setSlot(start, end);
                touch(Field::Start);
            });
    connect(m_strip, &SchedulingStrip::timeChosen, this, [this](const QDateTime &start) {
        setSlot(start, {});
        touch(Field::Start);
    });
    connect(m_stripBusy, &BusyIndicator::cancelRequested, this, &NewSessionDialog::stopScheduleLookup);
    connect(m_confirmation, &BookingConfirmationView::shareRequested, this, &NewSessionDialog::shareRequested);
    connect(m_confirmation, &BookingConfirmationView::doneRequested, this, &NewSessionDialog::accept);
}

void NewSessionDialog::fillOrganisers()
{
    AccountChoice::fill(m_organiserCombo, m_accounts, m_organiser);
}

void NewSessionDialog::onOrganiserPicked(int index)
{
    auto *account = AccountChoice::accountAt(m_organiserCombo, index);
    if (!setOrganiser(account))
        fillOrganisers(); // back to the organiser that stays
}

AccountServices *NewSessionDialog::organiser() const
{
    return m_organiser;
}

bool NewSessionDialog::setOrganiser(AccountServices *account)
{
    if (account && account == m_organiser)
        return true;
    if (!account || !account->booking() || !m_accounts.contains(account) || isBusy() || isShowingConfirmation())
        return false;
    SessionDraft current = draft();
    if (m_service->isQueued(current)) {
        // Organising it elsewhere too would book it twice.
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("This booking already waits in the outbox of %1. Discard the draft first to "
                                "organise the session from another account.")
                                 .arg(m_organiser ? m_organiser->displayLabel() : QString()));
        return false;
    }
    BookingService *previous = m_service;
    m_saveTimer->stop();
    m_organiser = account;
    m_service = account->booking();

    // The draft moves along: a fresh booking key for the other mailbox, that account's default calendar.
    current.outboxId = 0;
    current.lastError.clear();
    current.transactionId = SessionDraft::newGuid();
    const QList<Calendar> bookable = m_service->bookableCalendars();
    current.calendarId = bookable.isEmpty() ? QString() : bookable.first().id;

    m_suggestions->setService(m_service);
    m_completer->setPeople(m_service->knownPeople());
    m_resumed->hide();
    m_notice->clearNotice();
    loadCalendars();
    applyAvailability();
    fillForm(current);
    // Kept by the new organiser before the old one lets go, so a failing disk loses nothing.
    const bool kept = current.isBlank() || m_service->drafts()->save(current);
    if (kept && previous->drafts()->draft(current.id))
        previous->drafts()->remove(current.id);
    validateInline();
    updatePlan();
    updateConflicts();
    m_zones.clear();
    m_scheduleKey.clear();
    scheduleChanged();
    fillOrganisers();
    Q_EMIT organiserChanged(account);
    return true;
}

void NewSessionDialog::loadCalendars()
{
    m_calendar->clear();
    const QList<Calendar> calendars = m_service->bookableCalendars();
    for (const Calendar &calendar : calendars) {
        m_calendar->addItem(calendar.isDefaultCalendar ? tr("%1 (default)").arg(calendar.name) : calendar.name,
                            calendar.id);
    }
    if (m_calendar->count() == 0)
        m_calendar->addItem(tr("Your default calendar"), QString());
}

void NewSessionDialog::fillForm(const SessionDraft &draft)
{
    m_filling = true;
    m_draft = draft;
    m_mentees->setText(AddressList::format(draft.mentees));
    m_subject->setText(draft.subject);
    m_agenda->setPlainText(draft.agenda);
    if (m_zone->findText(draft.timeZoneId) < 0 && !draft.timeZoneId.isEmpty())
        m_zone->addItem(draft.timeZoneId);
    m_zone->setCurrentText(draft.timeZoneId);
    m_date->setDate(draft.date.isValid() ? draft.date : QDate::currentDate());
    m_time->setTime(draft.time.isValid() ? draft.time : QTime(9, 0));
    m_duration->setValue(draft.durationMinutes);
    const int calendarIndex = m_calendar->findData(draft.calendarId);
    m_calendar->setCurrentIndex(calendarIndex >= 0 ? calendarIndex : 0);
    int reminderIndex = m_reminder->findData(draft.reminderMinutes);
    if (reminderIndex < 0) {
        m_reminder->addItem(tr("%1 minutes before").arg(draft.reminderMinutes), draft.reminderMinutes);
        reminderIndex = m_reminder->count() - 1;
    }
    m_reminder->setCurrentIndex(reminderIndex);
    m_repeat->setCurrentIndex(std::max(0, m_repeat->findData(int(draft.repeat.kind))));
    m_repeatUntil->setChecked(draft.repeat.end == SessionDraft::RepeatEnd::UntilDate);
    m_repeatCount->setChecked(draft.repeat.end == SessionDraft::RepeatEnd::Count);
    m_untilDate->setDate(draft.repeat.until.isValid() ? draft.repeat.until : m_date->date().addMonths(3));
    m_count->setValue(draft.repeat.count);
    if (m_teams->isEnabled())
        m_teams->setChecked(draft.teamsMeeting);
    updateRepeatWidgets();
    m_filling = false;
}

void NewSessionDialog::setDraft(const SessionDraft &draft)
{
    fillForm(draft);
    m_resumed->hide();
    onEdited();
}

void NewSessionDialog::setSlot(const QDateTime &startUtc, const QDateTime &endUtc)
{
    SessionDraft current = draft();
    current.setStartUtc(startUtc);
    const qint64 minutes = endUtc.isValid() ? startUtc.secsTo(endUtc) / 60 : 0;
    // A click on an empty slot gives its grid length; only a real length (dragged or suggested) replaces the duration.
    if (minutes >= DraftValidator::kMinDurationMinutes && minutes <= DraftValidator::kMaxDurationMinutes)
        current.durationMinutes = int(minutes);
    fillForm(current);
    onEdited();
}

SessionDraft NewSessionDialog::draft() const
{
    SessionDraft d = m_draft;
    d.mentees = AddressList::parse(m_mentees->text());
    d.subject = m_subject->text();
    d.agenda = m_agenda->toPlainText();
    d.date = m_date->date();
    d.time = m_time->time();
    d.durationMinutes = m_duration->value();
    d.timeZoneId = m_zone->currentText().trimmed();
    d.calendarId = m_calendar->currentData().toString();
    d.reminderMinutes = m_reminder->currentData().toInt();
    d.repeat.kind = SessionDraft::RepeatKind(m_repeat->currentData().toInt());
    d.repeat.end = m_repeatUntil->isChecked() ? SessionDraft::RepeatEnd::UntilDate : SessionDraft::RepeatEnd::Count;
    d.repeat.until = m_untilDate->date();
    d.repeat.count = m_count->value();
    // Where Teams is not available the box is off, but the wish is kept for an account where it is.
    d.teamsMeeting = m_teams->isEnabled() ? m_teams->isChecked() : m_draft.teamsMeeting;
    return d;
}

QTimeZone NewSessionDialog::currentZone() const
{
    const QTimeZone zone(m_zone->currentText().trimmed().toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

void NewSessionDialog::onEdited()
{
    if (m_filling)
        return;
    m_draft = draft();
    m_saveTimer->start();
    validateInline();
    updatePlan();
    updateConflicts();
    scheduleChanged();
}

void NewSessionDialog::saveDraft()
{
    m_saveTimer->stop();
    const SessionDraft current = draft();
    // A form nobody typed into is not worth keeping; one that was kept before is updated either way.
    if (current.isBlank() && !m_service->drafts()->draft(current.id))
        return;
    m_service->drafts()->saveEdits(current);
}

void NewSessionDialog::touch(Field field)
{
    m_touched.insert(int(field));
    validateInline();
}

void NewSessionDialog::validateInline()
{
    showIssues(m_service->validate(draft()), m_showAllIssues);
}

void NewSessionDialog::showIssues(const QList<DraftValidator::Issue> &issues, bool all)
{
    for (auto it = m_fieldMessages.cbegin(); it != m_fieldMessages.cend(); ++it) {
        const Field field = Field(it.key());
        QStringList messages;
        if (all || m_touched.contains(it.key())) {
            for (const DraftValidator::Issue &issue : DraftValidator::issuesFor(issues, field))
                messages << issue.message;
        }
        QLabel *label = it.value();
        const QString text = messages.join(u'\n');
        label->setText(text);
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, Theme::danger());
        label->setPalette(p);
        label->setVisible(!text.isEmpty());
        if (QWidget *editor = m_fieldEditors.value(it.key()))
            editor->setAccessibleDescription(text);
    }
}

QString NewSessionDialog::fieldMessage(Field field) const
{
    QLabel *label = m_fieldMessages.value(int(field));
    return label && !label->isHidden() ? label->text() : QString();
}

QString NewSessionDialog::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void NewSessionDialog::updatePlan()
{
    const BookingService::MeetingPlan plan = m_service->meetingPlan(draft());
    const QString text = plan.teams ? tr("&Book as Teams meeting") : tr("&Book session");
    m_bookButton->setText(text);
    m_bookButton->setAccessibleName(QString(text).remove(u'&'));
    m_planNote->setText(plan.explanation);
    QPalette p = m_planNote->palette();
    const bool wished = m_teams->isChecked() || !m_teams->isEnabled();
    p.setColor(QPalette::WindowText,
               !plan.teams && wished ? Theme::warning() : palette().color(QPalette::Disabled, QPalette::WindowText));
    m_planNote->setPalette(p);
}

void NewSessionDialog::updateConflicts()
{
    const SessionDraft current = draft();
    const QList<Event> conflicts = m_service->conflicts(current.startUtc(), current.endUtc());
    if (conflicts.isEmpty()) {
        m_conflicts->hide();
        return;
    }
    QStringList names;
    for (const Event &event : conflicts.mid(0, 3))
        names << tr("%1 (%2)").arg(event.subject, BookingText::when(event.start, event.end, currentZone()));
    const QString text = conflicts.size() == 1
        ? tr("You have another event at this time: %1").arg(names.first())
        : tr("You have %1 other events at this time: %2").arg(conflicts.size()).arg(names.join(u"; "_s));
    m_conflicts->setText(text);
    QPalette p = m_conflicts->palette();
    p.setColor(QPalette::WindowText, Theme::warning());
    m_conflicts->setPalette(p);
    m_conflicts->show();
}

void NewSessionDialog::updateRepeatWidgets()
{
    const bool repeating = m_repeat->currentData().toInt() != int(SessionDraft::RepeatKind::None);
    m_repeatEnd->setVisible(repeating);
    m_untilDate->setEnabled(m_repeatUntil->isChecked());
    m_count->setEnabled(m_repeatCount->isChecked());
}

bool NewSessionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_agenda && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            book();
            return true;
        }
    }
    // Focus moving into the completion popup is not leaving the field.
    if (event->type() == QEvent::FocusOut && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
        for (auto it = m_fieldEditors.cbegin(); it != m_fieldEditors.cend(); ++it) {
            if (it.value() == watched)
                touch(Field(it.key()));
        }
        if (watched == m_time)
            touch(Field::Start);
        if (watched == m_untilDate || watched == m_count)
            touch(Field::Repeat);
    }
    return QDialog::eventFilter(watched, event);
}

bool NewSessionDialog::isBusy() const
{
    return m_busy->isBusy(); // until the result is shown, not only until it is known
}

bool NewSessionDialog::isShowingConfirmation() const
{
    return m_pages->currentWidget() == m_confirmation;
}

void NewSessionDialog::setBusy(BookingOperation *operation, const QString &text)
{
    m_operation = operation;
    const bool busy = operation != nullptr;
    for (QWidget *widget :
         {m_pages->widget(0)->findChild<QWidget *>(u"formArea"_s), static_cast<QWidget *>(m_suggestions),
          static_cast<QWidget *>(m_strip), static_cast<QWidget *>(m_bookButton), static_cast<QWidget *>(m_linkButton),
          static_cast<QWidget *>(m_discardButton)})
        widget->setEnabled(!busy);
    if (!busy) {
        m_busy->stop();
        // The gates may have closed them for good.
        m_bookButton->setEnabled(m_service->availability(Feature::BookSession).isAvailable());
        m_linkButton->setEnabled(m_service->availability(Feature::StandaloneMeetingLink).isAvailable());
        return;
    }
    m_notice->clearNotice();
    m_busy->start(text, tr("&Cancel"));
    m_busy->cancelButton()->setToolTip(
        tr("Stop waiting. A booking not yet sent is withdrawn and your draft kept; one already on its way "
           "finishes in the background."));
    m_busy->cancelButton()->setFocus();
    connect(operation, &BookingOperation::progressChanged, m_busy, &BusyIndicator::setText);
}

void NewSessionDialog::book()
{
    if (isBusy() || isShowingConfirmation() || !m_bookButton->isEnabled())
        return;
    m_showAllIssues = true;
    saveDraft();
    const QList<DraftValidator::Issue> issues = m_service->validate(draft());
    if (!issues.isEmpty()) {
        showIssues(issues, true);
        m_notice->showNotice(NoticeLabel::Kind::Error, tr("Please check the highlighted fields."));
        if (QWidget *editor = m_fieldEditors.value(int(issues.first().field)))
            editor->setFocus();
        return;
    }
    BookingOperation *operation = m_service->book(draft());
    setBusy(operation, operation->progressText().isEmpty() ? tr("Booking…") : operation->progressText());
    connect(operation, &BookingOperation::finished, this, &NewSessionDialog::onBookFinished);
}

void NewSessionDialog::onBookFinished(const BookingResult &result)
{
    setBusy(nullptr, {});
    if (const std::optional<SessionDraft> stored = m_service->drafts()->draft(m_draft.id)) {
        m_draft.outboxId = stored->outboxId;
        m_draft.lastError = stored->lastError;
    }
    switch (result.status) {
    case BookingResult::Status::Succeeded:
        m_pages->setCurrentWidget(m_confirmation);
        m_bookButton->setDefault(false);
        m_confirmation->showBooking(result, currentZone());
        setWindowTitle(tr("Session booked"));
        Q_EMIT sessionBooked(result);
        return;
    case BookingResult::Status::Invalid:
        showIssues(result.issues, true);
        m_notice->showNotice(NoticeLabel::Kind::Error, result.message);
        return;
    case BookingResult::Status::Queued:
    case BookingResult::Status::Cancelled:
        m_notice->showNotice(NoticeLabel::Kind::Info, result.message);
        return;
    case BookingResult::Status::NeedsAttention:
        m_notice->showNotice(NoticeLabel::Kind::Warning, result.message);
        return;
    case BookingResult::Status::NotAllowed:
    case BookingResult::Status::Failed:
        m_notice->showNotice(NoticeLabel::Kind::Error,
                             result.details.isEmpty() ? result.message : result.message + u"\n"_s + result.details);
        return;
    }
}

void NewSessionDialog::createMeetingLink()
{
    if (isBusy() || isShowingConfirmation() || !m_linkButton->isEnabled())
        return;
    saveDraft();
    BookingOperation *operation = m_service->createMeetingLink(draft());
    setBusy(operation, operation->progressText().isEmpty() ? tr("Creating a Teams link…") : operation->progressText());
    connect(operation, &BookingOperation::finished, this, &NewSessionDialog::onLinkFinished);
}

void NewSessionDialog::onLinkFinished(const BookingResult &result)
{
    setBusy(nullptr, {});
    if (result.status == BookingResult::Status::Succeeded) {
        m_pages->setCurrentWidget(m_confirmation);
        m_bookButton->setDefault(false);
        m_confirmation->showMeetingLink(result, currentZone());
        setWindowTitle(tr("Teams meeting link"));
        Q_EMIT sessionBooked(result);
        return;
    }
    m_notice->showNotice(result.status == BookingResult::Status::Cancelled ? NoticeLabel::Kind::Info
                                                                           : NoticeLabel::Kind::Error,
                         result.message);
}

// ---- free/busy ----------------------------------------------------------------------------------------------

TimeRange NewSessionDialog::scheduleView() const
{
    const QTimeZone zone = currentZone();
    const QDate day = m_date->date();
    return {GraphTime::toUtc(day, QTime(0, 0), zone), GraphTime::toUtc(day.addDays(1), QTime(0, 0), zone)};
}

bool NewSessionDialog::isLookingUpSchedules() const
{
    return m_scheduleJob || m_scheduleTimer->isActive();
}

QString NewSessionDialog::localTimesText() const
{
    return m_localTimes->isHidden() ? QString() : m_localTimes->text();
}

void NewSessionDialog::scheduleChanged()
{
    const SessionDraft current = draft();
    QStringList people;
    for (const EmailAddress &mentee : current.mentees)
        people << mentee.address.toLower();
    const QString key = QStringList{current.date.toString(Qt::ISODate), QString::fromUtf8(currentZone().id()),
                                    QString::number(current.durationMinutes), people.join(u',')}
                            .join(u'|');
    if (key != m_scheduleKey) {
        m_scheduleKey = key;
        const TimeRange view = scheduleView();
        if (view != m_strip->view()) {
            // Another day: what was shown belongs to the old one.
            m_strip->setView(view, kScheduleIntervalMinutes, currentZone());
            m_strip->setRows({});
            m_strip->setMessage(tr("Looking up free/busy…"));
        }
        m_scheduleTimer->start();
    }
    m_strip->setSelection({current.startUtc(), current.endUtc()});
    updateLocalTimes();
}

void NewSessionDialog::stopScheduleLookup()
{
    m_scheduleTimer->stop();
    if (m_scheduleJob)
        m_scheduleJob->cancel(); // finishes at once as Cancelled
}

void NewSessionDialog::lookUpSchedules()
{
    if (m_scheduleJob) {
        // Superseded: its answer is for a question nobody asks any more.
        disconnect(m_scheduleJob, nullptr, this, nullptr);
        m_scheduleJob->cancel();
        m_scheduleJob.clear();
    }
    const TimeRange view = scheduleView();
    m_strip->setView(view, kScheduleIntervalMinutes, currentZone());
    const FeatureAvailability gate = m_service->availability(Feature::FindFreeTimes);
    if (!gate.isAvailable()) {
        m_stripBusy->stop();
        m_strip->setRows({});
        m_strip->setMessage(tr("Free/busy is not available: %1").arg(gate.message));
        updateLocalTimes();
        return;
    }
    const QString me = m_service->organizerAddress();
    QStringList addresses;
    if (!me.isEmpty())
        addresses << me;
    for (const EmailAddress &mentee : draft().mentees) {
        if (AddressList::isValidAddress(mentee.address) && !addresses.contains(mentee.address, Qt::CaseInsensitive))
            addresses << mentee.address;
    }
    if (addresses.isEmpty()) {
        m_stripBusy->stop();
        m_strip->setRows({});
        m_strip->setMessage(tr("Add mentees to see when they are free."));
        return;
    }
    GetScheduleJob *job
        = m_service->lookUpSchedules(addresses, view.startUtc, view.endUtc, kScheduleIntervalMinutes, this);
    if (!job)
        return;
    m_scheduleJob = job;
    m_stripBusy->start(tr("Looking up free/busy…"), tr("&Stop"));
    m_stripBusy->cancelButton()->setAccessibleName(tr("Stop looking up free/busy"));
    m_stripBusy->cancelButton()->setToolTip(tr("Stop waiting for Microsoft 365. Your draft stays as it is."));
    connect(job, &GraphJob::finished, this,
            [this, job](const GraphResult &result) { onSchedulesFinished(job, result); });
}

void NewSessionDialog::onSchedulesFinished(GetScheduleJob *job, const GraphResult &result)
{
    if (job != m_scheduleJob)
        return;
    m_scheduleJob.clear();
    m_stripBusy->stop();
    if (result.status == GraphStatus::Cancelled) {
        m_scheduleKey.clear(); // the next change looks again
        m_strip->setRows({});
        m_strip->setMessage(tr("Stopped looking up free/busy. Change the date or the mentees to look again."));
        updateLocalTimes();
        return;
    }
    if (!result.isOk()) {
        m_scheduleKey.clear();
        m_strip->setRows({});
        m_strip->setMessage(tr("Could not look up free/busy: %1 Your draft is kept.")
                                .arg(BookingText::failure(result, BookingResult::Operation::FindTimes)));
        for (auto it = m_zones.begin(); it != m_zones.end(); ++it) {
            if (it->state == FreeBusy::LocalZone::State::LookingUp)
                it->state = FreeBusy::LocalZone::State::Unknown;
        }
        updateLocalTimes();
        return;
    }
    const TimeRange view{job->query().startUtc, job->query().endUtc};
    const QString me = m_service->organizerAddress();
    QList<FreeBusyRow> rows;
    const auto addRow = [&](const EmailAddress &person, bool isYou) {
        const std::optional<ScheduleInformation> information = job->schedule(person.address);
        FreeBusyRow row = FreeBusy::row(person, information ? &*information : nullptr, view, kScheduleIntervalMinutes);
        row.isYou = isYou;
        rows << row;
        if (!isYou) {
            FreeBusy::LocalZone zone;
            zone.person = person;
            zone.zone = row.workingHours.timeZone;
            zone.state = information && !information->hasError() && zone.zone.isValid()
                ? FreeBusy::LocalZone::State::Known
                : FreeBusy::LocalZone::State::Unknown;
            m_zones.insert(person.address.toLower(), zone);
        }
    };
    if (!me.isEmpty())
        addRow({QString(), me}, true);
    for (const EmailAddress &mentee : draft().mentees) {
        if (AddressList::isValidAddress(mentee.address) && mentee.address.compare(me, Qt::CaseInsensitive) != 0)
            addRow(mentee, false);
    }
    m_strip->setMessage({});
    m_strip->setRows(rows);
    updateLocalTimes();
}

void NewSessionDialog::updateLocalTimes()
{
    const SessionDraft current = draft();
    const bool lookingUp = isLookingUpSchedules();
    QList<FreeBusy::LocalZone> mentees;
    for (const EmailAddress &mentee : current.mentees) {
        if (!AddressList::isValidAddress(mentee.address)
            || mentee.address.compare(m_service->organizerAddress(), Qt::CaseInsensitive) == 0)
            continue;
        FreeBusy::LocalZone zone = m_zones.value(mentee.address.toLower());
        zone.person = mentee;
        if (!m_zones.contains(mentee.address.toLower()))
            zone.state = lookingUp ? FreeBusy::LocalZone::State::LookingUp : FreeBusy::LocalZone::State::Unknown;
        mentees << zone;
    }
    if (mentees.isEmpty() || !current.startUtc().isValid()) {
        m_localTimes->hide();
        return;
    }
    m_localTimes->setText(FreeBusy::localTimes(current.startUtc(), currentZone(), mentees));
    m_localTimes->setAccessibleName(m_localTimes->text());
    m_localTimes->show();
}

void NewSessionDialog::discardDraft()
{
    if (isBusy())
        return;
    m_saveTimer->stop();
    if (!m_service->discardDraft(m_draft.id)) {
        m_notice->showNotice(NoticeLabel::Kind::Warning,
                             tr("This booking is being sent right now and cannot be withdrawn any more."));
        return;
    }
    m_touched.clear();
    m_showAllIssues = false;
    m_resumed->hide();
    m_notice->clearNotice();
    fillForm(m_service->newDraft());
    validateInline();
    updatePlan();
    updateConflicts();
    scheduleChanged();
    m_mentees->setFocus();
}

void NewSessionDialog::reject()
{
    // Esc and Close keep the draft; a booking on its way carries on and reports through the main window.
    if (!isShowingConfirmation())
        saveDraft();
    QDialog::reject();
}

} // namespace MentorDesk
