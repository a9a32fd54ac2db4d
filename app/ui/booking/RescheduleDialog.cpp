#include "booking/RescheduleDialog.h"

#include "booking/BookingOperation.h"
#include "booking/BookingService.h"
#include "booking/BookingText.h"
#include "booking/BusyIndicator.h"
#include "booking/NoticeLabel.h"
#include "common/Theme.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

RescheduleDialog::RescheduleDialog(BookingService *service, const Event &event, const QDateTime &newStartUtc,
                                   const QDateTime &newEndUtc, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_event(event)
    , m_start(newStartUtc)
    , m_end(newEndUtc)
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

    auto *from = new QLabel(BookingText::when(event.start, event.end), this);
    from->setObjectName(u"rescheduleFrom"_s);
    auto *to = new QLabel(BookingText::when(newStartUtc, newEndUtc), this);
    to->setObjectName(u"rescheduleTo"_s);
    QFont toFont = to->font();
    toFont.setBold(true);
    to->setFont(toFont);
    auto *times = new QFormLayout;
    times->addRow(tr("From:"), from);
    times->addRow(tr("To:"), to);

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

    const QList<Event> clashes = service->conflicts(newStartUtc, newEndUtc, event);
    if (!clashes.isEmpty()) {
        QStringList names;
        for (const Event &clash : clashes.mid(0, 3))
            names << tr("%1 (%2)").arg(clash.subject, BookingText::when(clash.start, clash.end));
        auto *conflicts = new QLabel(
            clashes.size() == 1 ? tr("You have another event then: %1").arg(names.first())
                                : tr("You have %1 other events then: %2").arg(clashes.size()).arg(names.join(u"; "_s)),
            this);
        conflicts->setObjectName(u"rescheduleConflicts"_s);
        conflicts->setWordWrap(true);
        conflicts->setTextFormat(Qt::PlainText);
        QPalette p = conflicts->palette();
        p.setColor(QPalette::WindowText, Theme::warning());
        conflicts->setPalette(p);
        layout->addWidget(conflicts);
    }

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

    // Say up front when it cannot be done, instead of an unexplained grey button.
    const FeatureAvailability gate = service->availability(Feature::RescheduleCancel);
    const QString why = gate.isAvailable() ? service->whyNotChangeable(event) : gate.message;
    if (!why.isEmpty()) {
        m_move->setEnabled(false);
        m_notice->showNotice(NoticeLabel::Kind::Error, why);
    }
    setMinimumWidth(460);
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
    m_busy->start(m_operation->progressText().isEmpty() ? tr("Moving…") : m_operation->progressText());
    connect(m_operation, &BookingOperation::progressChanged, m_busy, &BusyIndicator::setText);
    connect(m_operation, &BookingOperation::finished, this, &RescheduleDialog::onFinished);
}

void RescheduleDialog::onFinished(const BookingResult &result)
{
    m_result = result;
    m_busy->stop();
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
        m_move->setEnabled(true);
        return;
    case BookingResult::Status::NeedsAttention:
        m_notice->showNotice(NoticeLabel::Kind::Warning, result.message);
        return;
    default:
        m_notice->showNotice(NoticeLabel::Kind::Error, result.message);
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
