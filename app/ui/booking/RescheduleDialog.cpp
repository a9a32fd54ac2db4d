#include "booking/RescheduleDialog.h"

#include "booking/BookingOperation.h"
#include "booking/BookingService.h"
#include "booking/BookingText.h"
#include "booking/BusyIndicator.h"
#include "booking/DraftValidator.h"
#include "booking/NoticeLabel.h"
#include "calendar/EventFormatter.h"
#include "common/DateFormats.h"
#include "common/Theme.h"
#include "model/GraphTime.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

RescheduleDialog::RescheduleDialog(BookingService *service, const Event &event, const QDateTime &newStartUtc,
                                   const QDateTime &newEndUtc, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_event(event)
    , m_start(newStartUtc.toUTC())
    , m_end(newEndUtc.toUTC())
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
    , m_date(new QDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_to(new QLabel(this))
    , m_timeNote(new QLabel(this))
    , m_conflicts(new QLabel(this))
    , m_notice(new NoticeLabel(this))
    , m_busy(new BusyIndicator(this))
    , m_keep(new QPushButton(tr("&Keep as it was"), this))
    , m_move(new QPushButton(tr("&Move session"), this))
{
    setObjectName(u"rescheduleDialog"_s);
    setWindowTitle(tr("Move session"));

    auto *title = new QLabel(tr("Move this session?"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subject = new QLabel(event.subject, this);
    subject->setObjectName(u"rescheduleSubject"_s);
    subject->setTextFormat(Qt::PlainText);
    subject->setWordWrap(true);
    QFont subjectFont = subject->font();
    subjectFont.setBold(true);
    subject->setFont(subjectFont);

    auto *from = new QLabel(BookingText::when(event.start, event.end, m_zone), this);
    from->setObjectName(u"rescheduleFrom"_s);

    // The new time, editable: a drag proposes it, the keyboard can set any other.
    const QDateTime localStart = newStartUtc.toTimeZone(m_zone);
    m_date->setObjectName(u"rescheduleDate"_s);
    m_date->setAccessibleName(tr("New date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(DateFormats::weekdayDayMonthYear());
    m_date->setDate(localStart.date());
    m_time->setObjectName(u"rescheduleTime"_s);
    m_time->setAccessibleName(tr("New start time"));
    m_time->setDisplayFormat(EventFormatter::timeFormat(QLocale()));
    m_time->setTime(localStart.time());
    auto *atLabel = new QLabel(tr("&at"), this);
    atLabel->setBuddy(m_time);
    auto *when = new QHBoxLayout;
    when->addWidget(m_date, 2);
    when->addWidget(atLabel);
    when->addWidget(m_time, 1);
    const int minutes = int(qMax<qint64>(1, newStartUtc.secsTo(newEndUtc) / 60));
    m_duration->setObjectName(u"rescheduleDuration"_s);
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setRange(qMin(DraftValidator::kMinDurationMinutes, minutes),
                         qMax(DraftValidator::kMaxDurationMinutes, minutes));
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(minutes);
    m_to->setObjectName(u"rescheduleTo"_s);
    QFont toFont = m_to->font();
    toFont.setBold(true);
    m_to->setFont(toFont);

    auto *times = new QFormLayout;
    times->addRow(tr("From:"), from);
    auto *toLabel = new QLabel(tr("T&o:"), this);
    toLabel->setBuddy(m_date);
    times->addRow(toLabel, when);
    auto *durationLabel = new QLabel(tr("D&uration:"), this);
    durationLabel->setBuddy(m_duration);
    times->addRow(durationLabel, m_duration);
    times->addRow(QString(), m_to);
    m_timeNote->setObjectName(u"rescheduleTimeNote"_s);
    m_timeNote->setWordWrap(true);
    m_timeNote->hide();
    times->addRow(QString(), m_timeNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(subject);
    layout->addLayout(times);

    if (event.isRecurring()) {
        m_occurrence = new QRadioButton(tr("Only &this session"), this);
        m_occurrence->setObjectName(u"thisOccurrence"_s);
        m_occurrence->setAccessibleName(tr("Only this session"));
        m_series = new QRadioButton(tr("The whole &series (every session moves by the same amount)"), this);
        m_series->setObjectName(u"wholeSeries"_s);
        m_series->setAccessibleName(tr("The whole series"));
        auto *group = new QButtonGroup(this);
        group->addButton(m_occurrence);
        group->addButton(m_series);
        m_occurrence->setChecked(event.type != Event::Type::SeriesMaster);
        m_series->setChecked(event.type == Event::Type::SeriesMaster);
        layout->addWidget(m_occurrence);
        layout->addWidget(m_series);
    }

    m_conflicts->setObjectName(u"rescheduleConflicts"_s);
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextFormat(Qt::PlainText);
    QPalette p = m_conflicts->palette();
    p.setColor(QPalette::WindowText, Theme::warning());
    m_conflicts->setPalette(p);
    layout->addWidget(m_conflicts);

    auto *hint = new QLabel(tr("Your attendees get an updated invitation."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_notice->setObjectName(u"rescheduleNotice"_s);
    m_busy->setObjectName(u"rescheduleBusy"_s);
    layout->addWidget(m_notice);
    layout->addWidget(m_busy);

    m_keep->setObjectName(u"keepButton"_s);
    m_keep->setAccessibleName(tr("Keep as it was"));
    m_keep->setAutoDefault(false);
    m_move->setObjectName(u"moveButton"_s);
    m_move->setAccessibleName(tr("Move session"));
    m_move->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_move);
    layout->addLayout(buttons);

    connect(m_keep, &QPushButton::clicked, this, &RescheduleDialog::reject);
    connect(m_move, &QPushButton::clicked, this, &RescheduleDialog::move);
    connect(m_busy, &BusyIndicator::cancelRequested, this, [this] {
        if (m_operation)
            m_operation->cancel();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &RescheduleDialog::onTimesEdited);
    connect(m_time, &QTimeEdit::timeChanged, this, &RescheduleDialog::onTimesEdited);
    connect(m_duration, &QSpinBox::valueChanged, this, &RescheduleDialog::onTimesEdited);

    // Say up front when it cannot be done, instead of an unexplained grey button.
    const FeatureAvailability gate = service->availability(Feature::RescheduleCancel);
    m_notAllowed = gate.isAvailable() ? service->whyNotChangeable(event) : gate.message;
    if (!m_notAllowed.isEmpty())
        m_notice->showNotice(NoticeLabel::Kind::Error, m_notAllowed);
    // The proposed instants stay as given (a time in a DST fold, seconds): only edits recompute them.
    updateTimes();
    setMinimumWidth(460);
}

void RescheduleDialog::onTimesEdited()
{
    // The wall-clock time in the viewer's zone; a time in a DST gap moves forward (RFC 5545), and the note says so.
    m_start = GraphTime::toUtc(m_date->date(), m_time->time(), m_zone);
    m_end = m_start.isValid() ? m_start.addSecs(qint64(m_duration->value()) * 60) : QDateTime();
    const bool shifted = m_start.isValid() && m_start.toTimeZone(m_zone).time() != m_time->time();
    m_timeNote->setText(
        shifted ? tr("%1 does not exist on that day (the clocks change); the session starts at %2.")
                      .arg(BookingText::time(m_time->time()), BookingText::time(m_start.toTimeZone(m_zone).time()))
                : QString());
    m_timeNote->setVisible(shifted);
    updateTimes();
}

void RescheduleDialog::updateTimes()
{
    m_to->setText(m_start.isValid() ? BookingText::when(m_start, m_end, m_zone) : QString());

    const QList<Event> clashes = m_start.isValid() ? m_service->conflicts(m_start, m_end, m_event) : QList<Event>();
    QStringList names;
    for (const Event &clash : clashes.mid(0, 3))
        names << tr("%1 (%2)").arg(clash.subject, BookingText::when(clash.start, clash.end, m_zone));
    m_conflicts->setText(clashes.isEmpty() ? QString()
                             : clashes.size() == 1
                             ? tr("You have another event then: %1").arg(names.first())
                             : tr("You have %1 other events then: %2").arg(clashes.size()).arg(names.join(u"; "_s)));
    m_conflicts->setVisible(!clashes.isEmpty());
    updateMoveButton();
}

void RescheduleDialog::updateMoveButton()
{
    const bool changed = m_start != m_event.start.toUTC() || m_end != m_event.end.toUTC();
    m_move->setEnabled(m_notAllowed.isEmpty() && m_start.isValid() && changed && !isBusy());
}

void RescheduleDialog::setTimesEditable(bool editable)
{
    m_date->setEnabled(editable);
    m_time->setEnabled(editable);
    m_duration->setEnabled(editable);
}

QString RescheduleDialog::conflictText() const
{
    return m_conflicts->isHidden() ? QString() : m_conflicts->text();
}

RescheduleDialog::~RescheduleDialog() = default;

bool RescheduleDialog::isBusy() const
{
    return m_busy->isBusy();
}

QString RescheduleDialog::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void RescheduleDialog::move()
{
    if (isBusy() || !m_move->isEnabled())
        return;
    const auto scope = m_series && m_series->isChecked() ? BookingService::ChangeScope::WholeSeries
                                                         : BookingService::ChangeScope::ThisOccurrence;
    m_operation = m_service->reschedule(m_event, m_start, m_end, scope);
    m_notice->clearNotice();
    m_move->setEnabled(false);
    setTimesEditable(false);
    m_busy->start(m_operation->progressText().isEmpty() ? tr("Moving…") : m_operation->progressText());
    connect(m_operation, &BookingOperation::progressChanged, m_busy, &BusyIndicator::setText);
    connect(m_operation, &BookingOperation::finished, this, &RescheduleDialog::onFinished);
}

void RescheduleDialog::onFinished(const BookingResult &result)
{
    m_result = result;
    m_busy->stop();
    // The times stay editable when nothing changed (a time refused as invalid, a failure, a cancelled send).
    const bool editable = result.status == BookingResult::Status::Cancelled
        || result.status == BookingResult::Status::Failed || result.status == BookingResult::Status::Invalid;
    setTimesEditable(editable);
    Q_EMIT changeFinished(result);
    switch (result.status) {
    case BookingResult::Status::Succeeded:
        accept();
        return;
    case BookingResult::Status::Queued:
        m_notice->showNotice(NoticeLabel::Kind::Info, result.message);
        m_keep->setText(tr("&Close"));
        m_keep->setAccessibleName(tr("Close"));
        return;
    case BookingResult::Status::Cancelled:
        m_notice->showNotice(NoticeLabel::Kind::Info, result.message);
        updateMoveButton();
        return;
    case BookingResult::Status::NeedsAttention:
        m_notice->showNotice(NoticeLabel::Kind::Warning, result.message);
        return;
    default:
        m_notice->showNotice(NoticeLabel::Kind::Error, result.message);
        // Failed: trying again may work. Invalid: once the time is changed (the edits re-enable it).
        m_move->setEnabled(result.status == BookingResult::Status::Failed);
        return;
    }
}

void RescheduleDialog::reject()
{
    // Closing while it is sent does not undo it; a move not yet sent is withdrawn.
    if (m_operation && !m_operation->isFinished())
        m_operation->cancel();
    QDialog::reject();
}

} // namespace MentorDesk
