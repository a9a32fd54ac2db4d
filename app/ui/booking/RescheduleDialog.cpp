#include "ui/booking/RescheduleDialog.h"

#include "core/booking/BookingService.h"
#include "core/booking/BookingText.h"
#include "core/booking/DraftValidator.h"
#include "core/calendar/EventFormatter.h"
#include "core/common/DateFormats.h"
#include "core/model/GraphTime.h"
#include "ui/common/Theme.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

RescheduleDialog::RescheduleDialog(BookingService *service, const Event &event, const QDateTime &newStartUtc,
                                   const QDateTime &newEndUtc, const QTimeZone &zone, QWidget *parent)
    : SessionChangeDialog(service, event, u"reschedule"_s, parent)
    , m_start(newStartUtc.toUTC())
    , m_end(newEndUtc.toUTC())
    , m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
    , m_date(new QDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_to(new QLabel(this))
    , m_timeNote(new QLabel(this))
    , m_conflicts(new QLabel(this))
{
    setObjectName(u"rescheduleDialog"_s);
    setWindowTitle(tr("Move session"));

    QVBoxLayout *layout = addHeading(tr("Move this session?"));
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

    layout->addLayout(times);
    addScopeChoice(tr("The whole &series (every session moves by the same amount)"));

    m_conflicts->setObjectName(u"rescheduleConflicts"_s);
    m_conflicts->setWordWrap(true);
    m_conflicts->setTextFormat(Qt::PlainText);
    QPalette p = m_conflicts->palette();
    p.setColor(QPalette::WindowText, Theme::warning());
    m_conflicts->setPalette(p);
    layout->addWidget(m_conflicts);

    auto *keep = new QPushButton(tr("&Keep as it was"), this);
    keep->setObjectName(u"keepButton"_s);
    keep->setAccessibleName(tr("Keep as it was"));
    auto *move = new QPushButton(tr("&Move session"), this);
    move->setObjectName(u"moveButton"_s);
    move->setAccessibleName(tr("Move session"));
    addFooter(tr("Your attendees get an updated invitation."), keep, move);
    connect(move, &QPushButton::clicked, this, &RescheduleDialog::move);
    connect(m_date, &QDateEdit::dateChanged, this, &RescheduleDialog::onTimesEdited);
    connect(m_time, &QTimeEdit::timeChanged, this, &RescheduleDialog::onTimesEdited);
    connect(m_duration, &QSpinBox::valueChanged, this, &RescheduleDialog::onTimesEdited);

    m_notAllowed = explainIfNotAllowed(EventChangeRule::Change::Move);
    // The proposed instants stay as given (a time in a DST fold, seconds): only edits recompute them.
    updateTimes();
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

    const QList<Event> clashes = m_start.isValid() ? service()->conflicts(m_start, m_end, event()) : QList<Event>();
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

bool RescheduleDialog::actionReady() const
{
    const bool changed = m_start != event().start.toUTC() || m_end != event().end.toUTC();
    return m_notAllowed.isEmpty() && m_start.isValid() && changed;
}

void RescheduleDialog::updateMoveButton()
{
    actionButton()->setEnabled(actionReady() && !isBusy());
}

void RescheduleDialog::setInputsEnabled(bool editable)
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

void RescheduleDialog::move()
{
    if (!canStart())
        return;
    run(service()->reschedule(event(), m_start, m_end, scope()), tr("Moving…"));
}

} // namespace MentorDesk
