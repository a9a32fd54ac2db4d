#include "ui/reminders/ReminderWindow.h"

#include "core/auth/BrowserOpener.h"
#include "core/common/Clock.h"
#include "core/reminders/ReminderService.h"
#include "core/reminders/ReminderText.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

constexpr auto kReminderProperty = "mentordeskReminder";
constexpr auto kSuffixProperty = "mentordeskReminderSuffix";

} // namespace

ReminderWindow::ReminderWindow(BrowserOpener *browser, Clock *clock, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(browser)
    , m_clock(clock)
{
    setObjectName(u"reminderWindow"_s);
    setWindowTitle(tr("Reminders"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"reminderHeading"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);

    auto *list = new QWidget(this);
    m_rows = new QVBoxLayout(list);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"reminderList"_s);
    scroll->setAccessibleName(tr("Due reminders"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows wrap to the width
    scroll->verticalScrollBar()->setAccessibleName(tr("Scroll the reminders"));
    scroll->setWidget(list);

    m_status = new QLabel(this);
    m_status->setObjectName(u"reminderStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    m_dismissAll = new QPushButton(tr("Dismiss &all"), this);
    m_dismissAll->setObjectName(u"reminderDismissAll"_s);
    m_dismissAll->setAccessibleName(tr("Dismiss all reminders"));
    connect(m_dismissAll, &QPushButton::clicked, this, &ReminderWindow::dismissAll);
    auto *close = new QPushButton(tr("&Close"), this);
    close->setObjectName(u"reminderClose"_s);
    close->setAccessibleName(tr("Close the reminders"));
    close->setToolTip(tr("The reminders stay due; they show again with the next one"));
    connect(close, &QPushButton::clicked, this, &QWidget::hide);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addStretch();
    buttons->addWidget(m_dismissAll);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    resize(560, 360);

    m_tick.setInterval(20 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &ReminderWindow::updateTexts);
    m_tick.start();
    rebuild();
}

void ReminderWindow::addService(ReminderService *service, const QString &accountLabel)
{
    m_sources.append({service, accountLabel});
    connect(service, &ReminderService::dueChanged, this, &ReminderWindow::rebuild);
    rebuild();
}

void ReminderWindow::removeService(ReminderService *service)
{
    m_sources.removeIf([service](const Source &source) { return !source.service || source.service == service; });
    if (service)
        disconnect(service, nullptr, this, nullptr);
    rebuild();
}

void ReminderWindow::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    m_zone = zone;
    rebuild();
}

int ReminderWindow::reminderCount() const
{
    return m_count;
}

QString ReminderWindow::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void ReminderWindow::rebuild()
{
    while (m_rows->count() > 1) { // keep the stretch at the end
        QLayoutItem *item = m_rows->takeAt(0);
        delete item->widget();
        delete item;
    }
    int count = 0;
    const bool severalAccounts = m_sources.size() > 1;
    for (const Source &source : std::as_const(m_sources)) {
        if (!source.service)
            continue;
        for (const Reminder &reminder : source.service->due()) {
            m_rows->insertWidget(m_rows->count() - 1,
                                 makeRow(source.service, reminder, severalAccounts ? source.label : QString()));
            ++count;
        }
    }
    const bool changed = count != m_count;
    m_count = count;
    m_heading->setText(count == 0       ? tr("No reminders are due.")
                           : count == 1 ? tr("1 reminder")
                                        : tr("%n reminders", nullptr, count));
    setWindowTitle(count == 0 ? tr("Reminders") : m_heading->text());
    m_dismissAll->setEnabled(count > 0);
    if (changed)
        Q_EMIT countChanged(count);
}

QWidget *ReminderWindow::makeRow(ReminderService *service, const Reminder &reminder, const QString &accountLabel)
{
    const QDateTime now = m_clock->nowUtc();
    const QString subject = ReminderText::subject(reminder);
    auto *row = new QFrame;
    row->setObjectName(u"reminderRow"_s);
    row->setFrameShape(QFrame::StyledPanel);
    row->setAccessibleName(ReminderText::summary(reminder, now, m_zone, locale()));

    auto *title = new QLabel(subject.toHtmlEscaped().prepend(u"<b>"_s).append(u"</b>"_s), row);
    title->setTextFormat(Qt::RichText); // the subject is escaped above: it is the user's (or a stranger's) text
    title->setObjectName(u"reminderSubject"_s);
    title->setWordWrap(true); // long subjects wrap rather than push the buttons out of the window
    auto *when = new QLabel(row);
    when->setObjectName(u"reminderWhen"_s);
    when->setWordWrap(true);
    QString suffix;
    if (!reminder.eventLocation.displayName.isEmpty())
        suffix += u" · "_s + reminder.eventLocation.displayName;
    if (!accountLabel.isEmpty())
        suffix += u" · "_s + accountLabel;
    when->setProperty(kReminderProperty, QVariant::fromValue(reminder));
    when->setProperty(kSuffixProperty, suffix);
    when->setText(ReminderText::when(reminder, now, m_zone, locale()) + u" · "_s + ReminderText::relative(reminder, now)
                  + suffix);
    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(when);

    auto *buttons = new QHBoxLayout;
    const QUrl join = service->joinUrl(reminder);
    if (!join.isEmpty()) {
        auto *joinButton = new QPushButton(tr("&Join"), row);
        joinButton->setObjectName(u"reminderJoin"_s);
        joinButton->setAccessibleName(tr("Join %1 in Teams").arg(subject));
        connect(joinButton, &QPushButton::clicked, this, [this, join] {
            if (m_browser)
                m_browser->openUrl(join);
        });
        buttons->addWidget(joinButton);
    }
    auto *snooze = new QToolButton(row);
    snooze->setObjectName(u"reminderSnooze"_s);
    snooze->setText(tr("&Snooze"));
    snooze->setAccessibleName(tr("Snooze %1").arg(subject));
    snooze->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(snooze);
    QPointer<ReminderService> guarded(service);
    for (int minutes : kSnoozeMinutes) {
        QAction *action = menu->addAction(tr("For %1").arg(ReminderText::snoozeChoice(minutes)));
        action->setObjectName(u"reminderSnooze%1"_s.arg(minutes));
        connect(action, &QAction::triggered, this, [this, guarded, reminder, minutes] {
            if (guarded)
                report(guarded->snooze(reminder, m_clock->nowUtc().addSecs(minutes * 60)));
        });
    }
    const QDateTime beforeStart = ReminderService::fiveMinutesBeforeStart(reminder);
    QAction *untilStart = menu->addAction(tr("Until 5 minutes before start"));
    untilStart->setObjectName(u"reminderSnoozeBeforeStart"_s);
    untilStart->setEnabled(beforeStart > now);
    connect(untilStart, &QAction::triggered, this, [this, guarded, reminder, beforeStart] {
        if (guarded)
            report(guarded->snooze(reminder, beforeStart));
    });
    snooze->setMenu(menu);
    buttons->addWidget(snooze);
    auto *dismiss = new QPushButton(tr("&Dismiss"), row);
    dismiss->setObjectName(u"reminderDismiss"_s);
    dismiss->setAccessibleName(tr("Dismiss %1").arg(subject));
    connect(dismiss, &QPushButton::clicked, this, [this, guarded, reminder] {
        if (guarded)
            report(guarded->dismiss(reminder));
    });
    buttons->addWidget(dismiss);

    auto *layout = new QHBoxLayout(row);
    layout->addLayout(text, 1);
    layout->addLayout(buttons);
    return row;
}

void ReminderWindow::updateTexts()
{
    // In place, so keyboard focus (and a screen reader's position) stays on the button it was on.
    const QDateTime now = m_clock->nowUtc();
    const QList<QLabel *> labels = findChildren<QLabel *>(u"reminderWhen"_s);
    for (QLabel *when : labels) {
        const Reminder reminder = when->property(kReminderProperty).value<Reminder>();
        when->setText(ReminderText::when(reminder, now, m_zone, locale()) + u" · "_s
                      + ReminderText::relative(reminder, now) + when->property(kSuffixProperty).toString());
        if (QWidget *row = when->parentWidget())
            row->setAccessibleName(ReminderText::summary(reminder, now, m_zone, locale()));
    }
}

void ReminderWindow::report(bool ok)
{
    m_status->setVisible(!ok);
    if (!ok) {
        m_status->setText(tr("MentorDesk could not store this change to send it, so nothing changed. Try again; "
                             "if it keeps failing, restart MentorDesk."));
    }
}

void ReminderWindow::dismissAll()
{
    bool ok = true;
    for (const Source &source : std::as_const(m_sources)) {
        if (source.service)
            ok = source.service->dismissAll() && ok;
    }
    report(ok);
}

} // namespace MentorDesk
