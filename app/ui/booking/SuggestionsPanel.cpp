#include "ui/booking/SuggestionsPanel.h"

#include "core/booking/BookingOperation.h"
#include "core/booking/BookingService.h"
#include "core/booking/BookingText.h"
#include "core/common/DateFormats.h"
#include "core/common/PlainText.h"
#include "ui/booking/BusyIndicator.h"
#include "ui/booking/NoticeLabel.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
constexpr int kSuggestionRole = Qt::UserRole + 1;
}

SuggestionsPanel::SuggestionsPanel(BookingService *service, std::function<SessionDraft()> draft, QWidget *parent)
    : QGroupBox(tr("Suggested times"), parent)
    , m_service(service)
    , m_draft(std::move(draft))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_find(new QPushButton(tr("&Find times"), this))
    , m_busy(new BusyIndicator(this))
    , m_list(new QListWidget(this))
    , m_note(new NoticeLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(u"suggestionsPanel"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateFormats::weekdayDayMonthYear());
    }
    m_from->setObjectName(u"suggestionsFrom"_s);
    m_from->setAccessibleName(tr("Suggest times from"));
    m_to->setObjectName(u"suggestionsTo"_s);
    m_to->setAccessibleName(tr("Suggest times until"));
    m_find->setObjectName(u"findTimesButton"_s);
    m_find->setAccessibleName(tr("Find times"));
    m_find->setAutoDefault(false);
    m_find->setToolTip(tr("Look for times when you and your mentees are free, within working hours."));
    m_list->setObjectName(u"suggestionsList"_s);
    m_list->setAccessibleName(tr("Suggested times"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(2);
    m_note->setObjectName(u"suggestionsNote"_s);
    m_busy->setObjectName(u"suggestionsBusy"_s);

    auto *fromLabel = new QLabel(tr("Fro&m"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&Until"), this);
    toLabel->setBuddy(m_to);
    auto *window = new QGridLayout;
    window->addWidget(fromLabel, 0, 0);
    window->addWidget(m_from, 0, 1);
    window->addWidget(toLabel, 1, 0);
    window->addWidget(m_to, 1, 1);
    window->setColumnStretch(1, 1);

    m_hint->setObjectName(u"suggestionsHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Find times looks for times when you and your mentees are free, within working hours."));
    QPalette dim = m_hint->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::Disabled, QPalette::WindowText));
    m_hint->setPalette(dim);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(window);
    layout->addWidget(m_find, 0, Qt::AlignRight);
    layout->addWidget(m_busy);
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);

    connect(m_find, &QPushButton::clicked, this, &SuggestionsPanel::findTimes);
    connect(m_busy, &BusyIndicator::cancelRequested, this, &SuggestionsPanel::cancel);
    connect(m_list, &QListWidget::itemClicked, this, &SuggestionsPanel::choose);
    connect(m_list, &QListWidget::itemActivated, this, &SuggestionsPanel::choose);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_to->date() < date)
            m_to->setDate(date);
    });

    const QDate today = QDate::currentDate();
    setWindow(today, today.addDays(6));
}

SuggestionsPanel::~SuggestionsPanel()
{
    // A query in flight is of no use to anyone once the panel is gone.
    if (m_operation) {
        m_operation->disconnect(this);
        m_operation->cancel();
    }
}

void SuggestionsPanel::setWindow(const QDate &first, const QDate &last)
{
    m_from->setDate(first);
    m_to->setDate(last < first ? first : last);
}

QDate SuggestionsPanel::windowStart() const
{
    return m_from->date();
}

QDate SuggestionsPanel::windowEnd() const
{
    return m_to->date();
}

bool SuggestionsPanel::isBusy() const
{
    return m_busy->isBusy(); // until the result is shown
}

QString SuggestionsPanel::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void SuggestionsPanel::setService(BookingService *service)
{
    if (service == m_service)
        return;
    if (m_operation) {
        m_operation->disconnect(this);
        m_operation->cancel();
        m_operation = nullptr;
        m_busy->stop();
        m_find->setEnabled(true);
        Q_EMIT busyChanged(false);
    }
    m_service = service;
    m_list->clear();
    m_suggestions.clear();
    m_note->clearNotice();
    m_hint->setText(tr("Find times looks for times when you and your mentees are free, within working hours."));
    m_hint->show();
}

void SuggestionsPanel::findTimes()
{
    if (isBusy())
        return;
    const SessionDraft draft = m_draft();
    m_zone = draft.zone().isValid() ? draft.zone() : QTimeZone::systemTimeZone();
    m_list->clear();
    m_suggestions.clear();
    m_note->clearNotice();
    m_operation = m_service->findTimes(draft, m_from->date(), m_to->date());
    m_busy->start(m_operation->progressText().isEmpty() ? tr("Looking for free times…") : m_operation->progressText(),
                  tr("&Stop"));
    m_find->setEnabled(false);
    connect(m_operation, &BookingOperation::progressChanged, m_busy, &BusyIndicator::setText);
    connect(m_operation, &BookingOperation::finished, this, &SuggestionsPanel::showResult);
    Q_EMIT busyChanged(true);
}

void SuggestionsPanel::cancel()
{
    if (m_operation)
        m_operation->cancel();
}

void SuggestionsPanel::showResult(const BookingResult &result)
{
    m_busy->stop();
    m_find->setEnabled(true);
    Q_EMIT busyChanged(false);
    switch (result.status) {
    case BookingResult::Status::Succeeded:
        break;
    case BookingResult::Status::Cancelled:
        m_note->showNotice(NoticeLabel::Kind::Info, tr("Stopped. Press Find times to try again."));
        return;
    default:
        m_note->showNotice(NoticeLabel::Kind::Warning, result.message);
        return;
    }
    m_suggestions = result.suggestions.suggestions;
    for (const MeetingTimeSuggestion &suggestion : std::as_const(m_suggestions)) {
        const QString when = BookingText::when(suggestion.start, suggestion.end, m_zone);
        QString detail;
        if (result.fromOwnCalendar) {
            detail = tr("You are free");
        } else {
            //: "Everyone is free · confidence 100%" (Graph's confidence that everyone can attend)
            detail = tr("%1 · confidence %2%")
                         .arg(BookingText::availabilitySummary(suggestion))
                         .arg(qRound(suggestion.confidence));
        }
        auto *item = new QListWidgetItem(when + u'\n' + detail, m_list);
        item->setData(kSuggestionRole, QVariant::fromValue(suggestion));
        // Graph writes suggestionReason.
        item->setToolTip(
            PlainText::toolTip(suggestion.suggestionReason.isEmpty() ? detail : suggestion.suggestionReason));
        item->setData(Qt::AccessibleTextRole, QString(when + u", "_s + detail));
    }
    if (!result.note.isEmpty()) {
        m_note->showNotice(result.fromOwnCalendar || result.suggestions.isEmpty() ? NoticeLabel::Kind::Warning
                                                                                  : NoticeLabel::Kind::Info,
                           result.note);
    }
    m_hint->setText(tr("Click a time to use it."));
    m_hint->setVisible(m_list->count() > 0);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void SuggestionsPanel::choose(QListWidgetItem *item)
{
    if (!item)
        return;
    const auto suggestion = item->data(kSuggestionRole).value<MeetingTimeSuggestion>();
    if (suggestion.isValid())
        Q_EMIT suggestionChosen(suggestion.start, suggestion.end);
}

} // namespace MentorDesk
