#include "ui/calendar/ColleagueCalendarDialog.h"

#include "core/booking/AddressList.h"
#include "ui/booking/AddressCompleter.h"
#include "ui/booking/BusyIndicator.h"
#include "ui/booking/NoticeLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
constexpr int kAddressRole = Qt::UserRole + 1;
} // namespace

ColleagueCalendarDialog::ColleagueCalendarDialog(ColleagueCalendars *calendars, QWidget *parent)
    : QDialog(parent)
    , m_calendars(calendars)
{
    setWindowTitle(tr("Open a Colleague's Calendar"));
    setObjectName(u"colleagueCalendarDialog"_s);

    m_intro = new QLabel(tr("Type the address of a mentee or colleague. If they share their calendar with you, "
                            "MentorDesk shows their events; otherwise it shows when they are busy."),
                         this);
    m_intro->setWordWrap(true);

    m_address = new QLineEdit(this);
    m_address->setObjectName(u"colleagueAddress"_s);
    m_address->setPlaceholderText(tr("name@example.com"));
    m_address->setAccessibleName(tr("Colleague's address"));
    m_address->setAccessibleDescription(tr("Completed from people you have met before"));
    m_completer = new AddressCompleter(this);
    m_address->setCompleter(m_completer);

    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(u"openColleagueCalendar"_s);
    m_open->setAccessibleName(tr("Open the colleague's calendar"));
    m_open->setDefault(true);
    m_open->setAutoDefault(true);
    connect(m_open, &QPushButton::clicked, this, &ColleagueCalendarDialog::openTyped);
    connect(m_address, &QLineEdit::textChanged, this, &ColleagueCalendarDialog::updateButtons);

    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_open);
    auto *form = new QFormLayout;
    auto *addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, addressRow);

    m_busy = new BusyIndicator(this);
    m_busy->setObjectName(u"colleagueBusy"_s);
    connect(m_busy, &BusyIndicator::cancelRequested, this, [this] {
        if (m_calendars)
            m_calendars->cancelAdd();
    });
    m_notice = new NoticeLabel(this);
    m_notice->setObjectName(u"colleagueNotice"_s);

    auto *listLabel = new QLabel(tr("&Colleagues' calendars you opened:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"colleagueCalendarList"_s);
    m_list->setAccessibleName(tr("Colleagues' calendars you opened"));
    m_list->setMinimumHeight(90);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideMiddle); // the whole line is in the tooltip and the accessible text
    m_list->verticalScrollBar()->setAccessibleName(tr("Scroll the colleagues' calendars"));
    listLabel->setBuddy(m_list);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeColleagueCalendar"_s);
    m_remove->setAccessibleName(tr("Remove the selected colleague's calendar"));
    m_remove->setAutoDefault(false);
    connect(m_remove, &QPushButton::clicked, this, &ColleagueCalendarDialog::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &ColleagueCalendarDialog::updateButtons);
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_remove);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_notice);
    layout->addSpacing(6);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(removeRow);
    layout->addWidget(m_buttons);

    if (m_calendars) {
        connect(m_calendars, &ColleagueCalendars::addFinished, this, &ColleagueCalendarDialog::onAddFinished);
        connect(m_calendars, &ColleagueCalendars::changed, this, &ColleagueCalendarDialog::reloadList);
        connect(m_calendars, &ColleagueCalendars::addStarted, this, [this](const EmailAddress &person) {
            m_notice->clearNotice();
            m_busy->start(tr("Asking Microsoft 365 about %1's calendar…").arg(person.displayName()));
            updateButtons();
        });
    }
    setTabOrder(m_address, m_open);
    setTabOrder(m_open, m_list);
    setTabOrder(m_list, m_remove);
    reloadList();
    resize(520, sizeHint().height());
}

void ColleagueCalendarDialog::setPeople(const QList<EmailAddress> &people)
{
    m_completer->setPeople(people);
}

void ColleagueCalendarDialog::openTyped()
{
    if (!m_calendars || m_calendars->isAdding())
        return;
    const QList<EmailAddress> typed = AddressList::parse(m_address->text());
    if (typed.isEmpty()) {
        m_notice->showNotice(NoticeLabel::Kind::Warning, tr("Type the colleague's address first."));
        m_address->setFocus();
        return;
    }
    m_calendars->add(typed.constFirst());
}

void ColleagueCalendarDialog::onAddFinished(const ColleagueCalendars::AddResult &result)
{
    m_busy->stop();
    using Outcome = ColleagueCalendars::Outcome;
    NoticeLabel::Kind kind = NoticeLabel::Kind::Error;
    switch (result.outcome) {
    case Outcome::AddedEvents:
        kind = NoticeLabel::Kind::Success;
        break;
    case Outcome::AddedFreeBusy:
    case Outcome::NoCalendar:
    case Outcome::Invalid:
        kind = NoticeLabel::Kind::Warning;
        break;
    case Outcome::AlreadyAdded:
    case Outcome::AlreadyShared:
    case Outcome::Cancelled:
        kind = NoticeLabel::Kind::Info;
        break;
    case Outcome::Failed:
        break;
    }
    m_notice->showNotice(kind, result.message);
    if (result.isAdded()) {
        m_address->clear();
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)
                    ->data(kAddressRole)
                    .toString()
                    .compare(result.entry.person.address, Qt::CaseInsensitive)
                == 0)
                m_list->setCurrentRow(row);
        }
    }
    m_address->setFocus();
    updateButtons();
}

void ColleagueCalendarDialog::reloadList()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(kAddressRole).toString() : QString();
    m_list->clear();
    if (!m_calendars)
        return;
    for (const ColleagueCalendars::Entry &entry : m_calendars->entries()) {
        const Calendar calendar = entry.calendar();
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(entry.person.displayName(), ColleagueCalendarsText::subtitle(calendar)), m_list);
        item->setData(kAddressRole, entry.person.address);
        item->setToolTip(AddressList::formatOne(entry.person) + u'\n' + ColleagueCalendarsText::explanation(calendar));
        item->setData(Qt::AccessibleTextRole,
                      tr("%1, %2").arg(entry.person.displayName(), ColleagueCalendarsText::subtitle(calendar)));
        if (entry.person.address.compare(current, Qt::CaseInsensitive) == 0)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void ColleagueCalendarDialog::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!m_calendars || !item)
        return;
    const QString address = item->data(kAddressRole).toString();
    const QString name = item->data(Qt::AccessibleTextRole).toString().section(u", "_s, 0, 0);
    const int row = m_list->currentRow();
    if (m_calendars->remove(address)) {
        m_notice->showNotice(NoticeLabel::Kind::Info,
                             tr("%1's calendar was removed from your calendar list.").arg(name));
        if (m_list->count() > 0)
            m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    }
    updateButtons();
}

void ColleagueCalendarDialog::updateButtons()
{
    const bool adding = m_calendars && m_calendars->isAdding();
    m_open->setEnabled(!adding && !m_address->text().trimmed().isEmpty());
    m_address->setReadOnly(adding);
    m_remove->setEnabled(!adding && m_list->currentItem());
}

void ColleagueCalendarDialog::reject()
{
    // Escape while asking Graph stops asking; the next one closes.
    if (m_calendars && m_calendars->isAdding()) {
        m_calendars->cancelAdd();
        return;
    }
    QDialog::reject();
}

} // namespace MentorDesk
