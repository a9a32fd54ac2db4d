#include "ui/calendar/AwaitingAnswerPanel.h"

#include "core/calendar/EventFormatter.h"
#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "ui/calendar/EventDetailsPane.h"
#include "ui/calendar/EventPalette.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk {

AwaitingAnswerPanel::AwaitingAnswerPanel(Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock ? clock : Clock::system())
{
    setObjectName(u"awaitingAnswerPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"awaitingAnswerHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_empty = new QLabel(tr("No invitation is waiting for your answer."), this);
    m_empty->setObjectName(u"awaitingAnswerEmpty"_s);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"awaitingAnswerList"_s);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(false);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_list->setMaximumHeight(220);
    m_list->setSpacing(2);
    m_list->setAlternatingRowColors(true);
    m_heading->setBuddy(m_list);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::clicked, this, &AwaitingAnswerPanel::onActivated);
    connect(m_list, &QListWidget::activated, this, &AwaitingAnswerPanel::onActivated);
    reload();
}

void AwaitingAnswerPanel::setSources(const QList<CalendarSource> &sources)
{
    for (const CalendarSource &source : std::as_const(m_sources)) {
        if (source.store)
            source.store->disconnect(this);
    }
    m_sources = sources;
    for (const CalendarSource &source : std::as_const(m_sources)) {
        if (source.store)
            connect(source.store, &CalendarStore::changed, this, &AwaitingAnswerPanel::scheduleReload);
    }
    reload();
}

void AwaitingAnswerPanel::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    m_zone = zone;
    reload();
}

bool AwaitingAnswerPanel::isAwaiting(const Event &event, const QDateTime &nowUtc)
{
    const ResponseStatus::Response response = event.responseStatus.response;
    return event.isValid() && event.responseRequested && !event.isOrganizer && !event.isCancelled
        && (response == ResponseStatus::Response::None || response == ResponseStatus::Response::NotResponded)
        && event.type != Event::Type::SeriesMaster && event.end > nowUtc;
}

QString AwaitingAnswerPanel::headingText() const
{
    return QString(m_heading->text()).remove(u'&');
}

void AwaitingAnswerPanel::scheduleReload()
{
    // A sync writes in several steps: list once, after them.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

void AwaitingAnswerPanel::reload()
{
    const QDateTime now = m_clock->nowUtc();
    QList<Event> found;
    for (const CalendarSource &source : std::as_const(m_sources)) {
        if (!source.store || !source.store->isOpen())
            continue;
        // The user's own calendars only: on a colleague's calendar the answer is theirs.
        QStringList own;
        for (const Calendar &calendar : source.store->calendars()) {
            if (calendar.isOwn() && source.store->isCalendarVisible(calendar.id))
                own << calendar.id;
        }
        if (own.isEmpty())
            continue;
        // A series once, at its next occurrence, and only when that one waits for an answer: after an answer for the
        // whole series the calendar is read again around the visible range first, and occurrences further out may
        // still show the old answer for a while.
        QSet<QString> series;
        QList<Event> events = source.store->eventsBetween(now.addDays(-1), now.addYears(2), own);
        std::stable_sort(events.begin(), events.end(),
                         [](const Event &a, const Event &b) { return a.start < b.start; });
        for (Event event : std::as_const(events)) {
            if (event.end <= now)
                continue;
            if (!event.seriesMasterId.isEmpty()) {
                if (series.contains(event.seriesMasterId))
                    continue; // sorted by start: the next one came first
                series.insert(event.seriesMasterId);
            }
            if (!isAwaiting(event, now))
                continue;
            event.accountKey = source.accountKey;
            found.append(event);
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const Event &a, const Event &b) { return a.start < b.start; });
    m_invitations = found;

    const int n = int(found.size());
    const QString heading = n == 0 ? tr("Awaiting &your answer")
        : n == 1                   ? tr("Awaiting &your answer (1)")
                                   : tr("Awaiting &your answer (%n)", nullptr, n);
    m_heading->setText(heading);
    m_list->setAccessibleName(tr("Invitations awaiting your answer"));
    m_list->setAccessibleDescription(headingText());

    const QString currentKey = m_list->currentItem() ? m_list->currentItem()->data(AccountKeyRole).toString() + u'|'
            + m_list->currentItem()->data(EventIdRole).toString()
                                                     : QString();
    m_list->clear();
    const QLocale locale;
    const bool named = m_sources.size() > 1;
    for (const Event &event : std::as_const(found)) {
        QStringList lines;
        lines << (event.subject.isEmpty() ? tr("(no title)") : event.subject);
        //: an invitation's day and time: %1 "Thu 26 Nov", %2 "16:00 – 16:30"
        lines << tr("%1, %2").arg(locale.toString(event.firstDate(m_zone), DateFormats::weekdayDayMonth()),
                                  EventFormatter::timeRange(event, m_zone, locale));
        if (!event.seriesMasterId.isEmpty())
            lines << tr("Recurring series");
        const bool changed = EventDetailsPane::changedSinceAnswered(event);
        if (changed)
            lines << tr("Changed by the organiser since you answered");
        if (named) {
            for (const CalendarSource &source : std::as_const(m_sources)) {
                if (source.accountKey == event.accountKey && !source.accountName.isEmpty())
                    lines << source.accountName;
            }
        }
        auto *item = new QListWidgetItem(lines.join(u'\n'), m_list);
        item->setData(CalendarIdRole, event.calendarId);
        item->setData(EventIdRole, event.id);
        item->setData(AccountKeyRole, event.accountKey);
        item->setData(ChangedRole, changed);
        item->setData(Qt::AccessibleTextRole, lines.join(u", "_s));
        item->setToolTip(tr("Show this invitation to answer it"));
        if (event.accountKey + u'|' + event.id == currentKey)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0, QItemSelectionModel::NoUpdate);
    m_list->setVisible(n > 0);
    m_empty->setVisible(n == 0);
    QPalette p = m_empty->palette();
    p.setColor(QPalette::WindowText,
               EventPalette::mix(palette().color(QPalette::WindowText), palette().color(QPalette::Window), 0.38));
    m_empty->setPalette(p);
}

void AwaitingAnswerPanel::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT eventActivated(index.data(CalendarIdRole).toString(), index.data(EventIdRole).toString(),
                          index.data(AccountKeyRole).toString());
}

void AwaitingAnswerPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_reloadPending)
        scheduleReload();
}

} // namespace MentorDesk
