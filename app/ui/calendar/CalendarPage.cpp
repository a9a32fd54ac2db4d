#include "ui/calendar/CalendarPage.h"

#include "core/calendar/CalendarListModel.h"
#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarSync.h"
#include "core/calendar/EventChangeRule.h"
#include "core/calendar/EventListModel.h"
#include "core/common/Clock.h"
#include "core/common/DateFormats.h"
#include "core/common/PlainText.h"
#include "core/model/GraphTime.h"
#include "ui/calendar/AgendaView.h"
#include "ui/calendar/AwaitingAnswerPanel.h"
#include "ui/calendar/CalendarListProxyModel.h"
#include "ui/calendar/CalendarListView.h"
#include "ui/calendar/EventDetailsPane.h"
#include "ui/calendar/EventPalette.h"
#include "ui/calendar/MiniMonthView.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/TimeGridView.h"
#include "ui/common/Icons.h"
#include "ui/common/Theme.h"

#include <QAction>
#include <QActionGroup>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

CalendarPage::CalendarPage(BrowserOpener *browser, Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_browser(browser)
    , m_clock(clock ? clock : Clock::system())
    , m_zone(QTimeZone::systemTimeZone())
    , m_firstDayOfWeek(CalendarRange::defaultFirstDayOfWeek())
{
    setObjectName(u"calendarPage"_s);
    setAccessibleName(tr("Calendar"));
    m_date = m_clock->nowUtc().toTimeZone(m_zone).date();

    m_events = new EventListModel(nullptr, this);
    createToolbar();

    // Left: mini month and calendars.
    auto *left = new QWidget(this);
    left->setObjectName(u"calendarSidebar"_s);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 4, 4, 8);
    leftLayout->setSpacing(8);
    m_miniMonth = new MiniMonthView(left);
    m_miniMonth->setFirstDayOfWeek(m_firstDayOfWeek);
    m_miniMonth->setToday(m_date);
    m_miniMonth->setSelectedDate(m_date);
    m_miniMonth->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    leftLayout->addWidget(m_miniMonth);
    auto *calendarsHeading = new QLabel(tr("Calendars"), left);
    calendarsHeading->setObjectName(u"calendarsHeading"_s);
    QFont headingFont = calendarsHeading->font();
    headingFont.setWeight(QFont::DemiBold);
    calendarsHeading->setFont(headingFont);
    leftLayout->addWidget(calendarsHeading);
    m_calendarList = new CalendarListView(left);
    connect(m_calendarList, &CalendarListView::removeColleagueCalendarRequested, this,
            &CalendarPage::removeColleagueCalendarRequested);
    connect(m_calendarList, &CalendarListView::openColleagueCalendarRequested, this,
            &CalendarPage::openColleagueCalendarRequested);
    calendarsHeading->setBuddy(m_calendarList);
    leftLayout->addWidget(m_calendarList, 1);
    m_awaiting = new AwaitingAnswerPanel(m_clock, left);
    m_awaiting->setTimeZone(m_zone);
    leftLayout->addWidget(m_awaiting);

    // Centre: the views.
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"calendarViews"_s);
    m_month = new MonthView(m_stack);
    m_week = new TimeGridView(m_stack);
    m_week->setObjectName(u"weekView"_s);
    m_day = new TimeGridView(m_stack);
    m_day->setObjectName(u"dayView"_s);
    m_agenda = new AgendaView(m_stack);
    for (CalendarView *view : {static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week),
                               static_cast<CalendarView *>(m_day), static_cast<CalendarView *>(m_agenda)}) {
        m_stack->addWidget(view);
        view->setClock(m_clock);
        view->setMovePredicate([this](const Event &event) { return canMove(event); });
        connect(view, &CalendarView::selectionChanged, this, &CalendarPage::onViewSelectionChanged);
        connect(view, &CalendarView::eventActivated, this, &CalendarPage::openDetails);
        connect(view, &CalendarView::dayActivated, this, [this](QDate date) {
            m_date = date;
            setViewMode(ViewMode::Day);
        });
        connect(view, &CalendarView::newSessionRequested, this, &CalendarPage::newSessionRequested);
        connect(view, &CalendarView::rescheduleRequested, this, &CalendarPage::rescheduleRequested);
    }

    // Right: details.
    m_details = new EventDetailsPane(this);
    m_details->setBrowserOpener(m_browser);
    m_details->setViewerZone(m_zone);
    connect(m_details, &EventDetailsPane::rescheduleRequested, this,
            [this](const Event &event) { Q_EMIT rescheduleRequested(event, event.start, event.end); });
    connect(m_details, &EventDetailsPane::cancelRequested, this, &CalendarPage::cancelRequested);
    connect(m_details, &EventDetailsPane::shareRequested, this, &CalendarPage::shareRequested);
    connect(m_awaiting, &AwaitingAnswerPanel::eventActivated, this,
            [this](const QString &calendarId, const QString &eventId, const QString &accountKey) {
                if (selectEvent(calendarId, eventId, accountKey))
                    openDetails(selectedEvent());
            });
    connect(m_details, &EventDetailsPane::dismissed, this, [this] {
        if (CalendarView *view = currentView())
            view->setFocus(Qt::OtherFocusReason);
    });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"calendarSplitter"_s);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({250, 700, 330});
    left->setMinimumWidth(200);
    m_details->setMinimumWidth(260);

    auto *toolbar = findChild<QWidget *>(u"calendarToolbar"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_splitter, 1);

    connect(m_miniMonth, &MiniMonthView::activated, this, &CalendarPage::goToDate);
    connect(m_miniMonth, &MiniMonthView::currentPageChanged, this, &CalendarPage::scheduleMiniMonthFormats);

    createActions();
    m_statusTimer.setInterval(30 * 1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &CalendarPage::updateStatus);
    m_statusTimer.start();

    setTabOrder(m_today, m_previous);
    setTabOrder(m_previous, m_next);
    QWidget *last = m_next;
    for (QToolButton *button : std::as_const(m_modeButtons)) {
        setTabOrder(last, button);
        last = button;
    }
    setTabOrder(last, m_refresh);
    setTabOrder(m_refresh, m_cancel);
    setTabOrder(m_cancel, m_miniMonth);
    setTabOrder(m_miniMonth, m_calendarList);
    setTabOrder(m_calendarList, m_awaiting->list());
    setTabOrder(m_awaiting->list(), m_month);
    setTabOrder(m_month, m_week);
    setTabOrder(m_week, m_day);
    setTabOrder(m_day, m_agenda);
    setTabOrder(m_agenda, m_details);

    setCalendar(nullptr, nullptr);
    applyRange(rangeFor(m_mode, m_date));
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::createToolbar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(u"calendarToolbar"_s);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);

    m_today = new QPushButton(tr("Today"), bar);
    m_today->setObjectName(u"todayButton"_s);
    m_today->setAccessibleName(tr("Go to today"));
    m_today->setToolTip(tr("Go to today (T)"));
    m_previous = new QToolButton(bar);
    m_previous->setObjectName(u"previousButton"_s);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAutoRaise(true);
    m_previous->setAccessibleName(tr("Previous"));
    m_previous->setToolTip(tr("Previous (Page Up)"));
    m_next = new QToolButton(bar);
    m_next->setObjectName(u"nextButton"_s);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAutoRaise(true);
    m_next->setAccessibleName(tr("Next"));
    m_next->setToolTip(tr("Next (Page Down)"));
    m_title = new QLabel(bar);
    m_title->setObjectName(u"rangeTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setMinimumWidth(60);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    connect(m_today, &QPushButton::clicked, this, &CalendarPage::goToToday);
    connect(m_previous, &QToolButton::clicked, this, &CalendarPage::goPrevious);
    connect(m_next, &QToolButton::clicked, this, &CalendarPage::goNext);

    layout->addWidget(m_today);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addSpacing(6);
    layout->addWidget(m_title, 1);

    auto *modes = new QButtonGroup(bar);
    modes->setExclusive(true);
    const QList<std::pair<ViewMode, QString>> names{{ViewMode::Month, tr("Month")},
                                                    {ViewMode::Week, tr("Week")},
                                                    {ViewMode::Day, tr("Day")},
                                                    {ViewMode::Agenda, tr("Agenda")}};
    auto *switcher = new QHBoxLayout;
    switcher->setSpacing(0);
    for (const auto &[mode, name] : names) {
        auto *button = new QToolButton(bar);
        button->setText(name);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(u"viewButton%1"_s.arg(int(mode)));
        button->setAccessibleName(tr("%1 view").arg(name));
        button->setToolTip(tr("%1 view (%2)").arg(name).arg(int(mode) + 1));
        button->setMinimumWidth(64);
        modes->addButton(button, int(mode));
        switcher->addWidget(button);
        m_modeButtons << button;
    }
    m_modeButtons.first()->setChecked(true);
    connect(modes, &QButtonGroup::idClicked, this, [this](int id) { setViewMode(ViewMode(id)); });
    layout->addLayout(switcher);
    layout->addSpacing(12);

    m_status = new QLabel(bar);
    m_status->setObjectName(u"syncStatus"_s);
    m_status->setTextFormat(Qt::PlainText); // may quote Graph's error message
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(u"syncProgress"_s);
    m_progress->setAccessibleName(tr("Updating the calendar"));
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(90);
    m_progress->setMaximumHeight(10);
    m_progress->hide();
    m_cancel = new QToolButton(bar);
    m_cancel->setObjectName(u"cancelRefreshButton"_s);
    m_cancel->setText(tr("Stop"));
    m_cancel->setAccessibleName(tr("Stop updating"));
    m_cancel->setToolTip(tr("Stop updating the calendar; what has arrived is kept"));
    m_cancel->hide();
    m_refresh = new QToolButton(bar);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setIcon(Icons::get(Icons::Name::Refresh));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setAccessibleName(tr("Refresh the calendar"));
    m_refresh->setToolTip(tr("Get the latest from Outlook (F5)"));
    connect(m_refresh, &QToolButton::clicked, this, &CalendarPage::refresh);
    connect(m_cancel, &QToolButton::clicked, this, &CalendarPage::cancelRefresh);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_refresh);
}

void CalendarPage::createActions()
{
    m_modeGroup = new QActionGroup(this);
    const QList<std::pair<ViewMode, QString>> names{{ViewMode::Month, tr("&Month")},
                                                    {ViewMode::Week, tr("&Week")},
                                                    {ViewMode::Day, tr("&Day")},
                                                    {ViewMode::Agenda, tr("&Agenda")}};
    for (const auto &[mode, name] : names) {
        auto *action = new QAction(name, this);
        action->setObjectName(u"actionCalendarView%1"_s.arg(int(mode)));
        action->setCheckable(true);
        action->setChecked(mode == m_mode);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(mode))));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_modeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = mode] { setViewMode(mode); });
        addAction(action);
        m_modeActions << action;
        m_menuActions << action;
    }
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_menuActions << separator;
    const auto add = [this](const QString &text, const QString &name, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_menuActions << action;
        return action;
    };
    add(tr("Go to &today"), u"actionCalendarToday"_s, {}, [this] { goToToday(); });
    add(tr("&Previous"), u"actionCalendarPrevious"_s, {}, [this] { goPrevious(); });
    add(tr("&Next"), u"actionCalendarNext"_s, {}, [this] { goNext(); });
    auto *separator2 = new QAction(this);
    separator2->setSeparator(true);
    m_menuActions << separator2;
    add(tr("Zoom &in on the time axis"), u"actionCalendarZoomIn"_s, QKeySequence::ZoomIn, [this] {
        if (auto *grid = qobject_cast<TimeGridView *>(currentView()))
            grid->zoomIn();
    });
    add(tr("Zoom &out on the time axis"), u"actionCalendarZoomOut"_s, QKeySequence::ZoomOut, [this] {
        if (auto *grid = qobject_cast<TimeGridView *>(currentView()))
            grid->zoomOut();
    });
    add(tr("&Refresh calendar"), u"actionCalendarRefresh"_s, QKeySequence::Refresh, [this] { refresh(); });

    // Single keys work while focus is on the page only (never in a text field elsewhere).
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *item = new QShortcut(keys, this);
        item->setContext(Qt::WidgetWithChildrenShortcut);
        connect(item, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_T), [this] { goToToday(); });
    shortcut(QKeySequence(Qt::Key_PageUp), [this] { goPrevious(); });
    shortcut(QKeySequence(Qt::Key_PageDown), [this] { goNext(); });
    for (int mode = 0; mode < 4; ++mode)
        shortcut(QKeySequence(Qt::Key(Qt::Key_1 + mode)), [this, mode] { setViewMode(ViewMode(mode)); });
}

void CalendarPage::setCalendar(CalendarStore *store, CalendarSync *sync)
{
    QList<CalendarSource> sources;
    if (store || sync)
        sources.append(CalendarSource{store, sync, {}, {}});
    setSources(sources);
}

void CalendarPage::setSources(const QList<CalendarSource> &sources)
{
    const Event keep = selectedEvent(); // still selected if its account stays (e.g. the account's name changed)
    for (const CalendarSource &source : std::as_const(m_sources)) {
        if (source.sync)
            source.sync->disconnect(this);
        if (source.store)
            source.store->disconnect(this);
    }
    m_sources = sources;
    m_syncProgress.clear();
    // Models belong to their sources: new ones for new accounts.
    for (CalendarView *view : {static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week),
                               static_cast<CalendarView *>(m_day), static_cast<CalendarView *>(m_agenda)})
        view->setModel(nullptr);
    delete m_events;
    delete m_calendars;
    m_events = new EventListModel(m_sources, this);
    m_calendars = new CalendarListModel(m_sources, this);
    m_calendarList->setCalendarModel(m_calendars);
    m_awaiting->setSources(m_sources);
    m_calendarList->proxy()->setAccountStatusProvider([this](const QString &accountKey, const QString &id) {
        CalendarSync *sync = syncOf(accountKey);
        return sync ? sync->calendarStatusText(id) : QString();
    });
    connect(m_calendars, &QAbstractItemModel::modelReset, this, &CalendarPage::updateColors);
    connect(m_events, &EventListModel::reloaded, this, &CalendarPage::scheduleMiniMonthFormats);
    // The shown event may have changed (sync) or gone. Queued: the view finds its selection in the new rows first (it
    // hears of the reload after this page, and until then its selected row is that of the old list).
    connect(m_events, &EventListModel::reloaded, this, &CalendarPage::onViewSelectionChanged, Qt::QueuedConnection);
    for (const CalendarSource &source : std::as_const(m_sources)) {
        if (source.store) {
            connect(source.store, &CalendarStore::changed, this, &CalendarPage::updateStatus);
            // The mini month may show other weeks than the model, which ignores writes outside its range.
            connect(source.store, &CalendarStore::changed, this, [this](quint64, const CalendarStoreChange &change) {
                if (m_miniMonth
                    && change.affects(
                        CalendarRange::custom(m_miniMonth->firstVisibleDate(), m_miniMonth->lastVisibleDate(), m_zone)))
                    scheduleMiniMonthFormats();
            });
        }
        CalendarSync *sync = source.sync;
        if (!sync)
            continue;
        const QString accountKey = source.accountKey;
        connect(sync, &CalendarSync::stateChanged, this, [this, sync] {
            if (!sync->isSyncing())
                m_syncProgress.remove(sync); // its round is over: the bar counts the busy ones
            updateStatus();
        });
        connect(sync, &CalendarSync::syncFinished, this, &CalendarPage::updateStatus);
        connect(sync, &CalendarSync::progressChanged, this, [this, sync](int done, int total) {
            m_syncProgress.insert(sync, {done, total});
            updateProgress();
        });
        connect(sync, &CalendarSync::calendarStatusChanged, this, [this, accountKey](const QString &calendarId) {
            m_calendarList->proxy()->statusChanged(calendarId, accountKey);
        });
        connect(sync, &CalendarSync::eventDetailsLoaded, this,
                [this, accountKey](const Event &event, const Event &master) {
                    // Another account may hold an event with the same id.
                    if (m_details->event().accountKey != accountKey)
                        return;
                    Event loaded = event;
                    loaded.accountKey = accountKey;
                    m_details->updateDetails(loaded, master);
                });
    }
    if (CalendarView *view = currentView())
        view->setModel(m_events); // only the visible view follows the model (see setViewMode())
    updateColors();
    m_shownEventKey.clear();
    m_details->clear();
    if (m_range.isValid()) {
        m_events->setRange(m_range);
        for (CalendarSync *sync : syncs())
            sync->setRange(m_range);
    }
    for (CalendarView *view : {static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week),
                               static_cast<CalendarView *>(m_day), static_cast<CalendarView *>(m_agenda)})
        view->setSelectedDate(m_date);
    if (keep.isValid() && currentView() && currentView()->selectEvent(keep.calendarId, keep.id, keep.accountKey))
        onViewSelectionChanged();
    scheduleMiniMonthFormats();
    updateStatus();
}

QList<CalendarSync *> CalendarPage::syncs() const
{
    QList<CalendarSync *> result;
    for (const CalendarSource &source : m_sources) {
        if (source.sync)
            result.append(source.sync);
    }
    return result;
}

CalendarSync *CalendarPage::syncOf(const QString &accountKey) const
{
    for (const CalendarSource &source : m_sources) {
        if (source.accountKey == accountKey)
            return source.sync;
    }
    return nullptr;
}

void CalendarPage::updateProgress()
{
    // One bar for all accounts: the running rounds' steps added up.
    int done = 0;
    int total = 0;
    for (const auto &[syncDone, syncTotal] : std::as_const(m_syncProgress)) {
        done += syncDone;
        total += syncTotal;
    }
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
}

CalendarView *CalendarPage::currentView() const
{
    return qobject_cast<CalendarView *>(m_stack->currentWidget());
}

CalendarRange CalendarPage::rangeFor(ViewMode mode, QDate date) const
{
    switch (mode) {
    case ViewMode::Month:
        return CalendarRange::month(date, m_firstDayOfWeek, m_zone);
    case ViewMode::Week:
        return CalendarRange::week(date, m_firstDayOfWeek, m_zone);
    case ViewMode::Day:
        return CalendarRange::day(date, m_zone);
    case ViewMode::Agenda:
        return CalendarRange::agenda(date, kAgendaDays, m_zone);
    }
    return {};
}

void CalendarPage::setViewMode(ViewMode mode)
{
    const bool changed = mode != m_mode;
    const bool hadFocus = currentView() && currentView()->hasFocus();
    const Event selected = selectedEvent();
    m_mode = mode;
    CalendarView *view = nullptr;
    switch (mode) {
    case ViewMode::Month:
        view = m_month;
        break;
    case ViewMode::Week:
        view = m_week;
        break;
    case ViewMode::Day:
        view = m_day;
        break;
    case ViewMode::Agenda:
        view = m_agenda;
        break;
    }
    for (CalendarView *other : {static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week),
                                static_cast<CalendarView *>(m_day), static_cast<CalendarView *>(m_agenda)}) {
        if (other != view)
            other->setModel(nullptr); // only the visible view follows the model
    }
    applyRange(rangeFor(mode, m_date));
    view->setModel(m_events);
    m_stack->setCurrentWidget(view);
    view->setSelectedDate(m_date);
    if (selected.isValid())
        view->selectEvent(selected.calendarId, selected.id, selected.accountKey);
    if (hadFocus || changed)
        view->setFocus(Qt::OtherFocusReason);
    m_modeButtons.at(int(mode))->setChecked(true);
    m_modeActions.at(int(mode))->setChecked(true);
    if (changed)
        Q_EMIT viewModeChanged(mode);
    onViewSelectionChanged();
}

void CalendarPage::applyRange(const CalendarRange &range)
{
    if (!range.isValid())
        return;
    const bool changed = range != m_range;
    m_range = range;
    m_events->setRange(range);
    for (CalendarSync *sync : syncs())
        sync->setRange(range);
    m_miniMonth->setSelectedDate(m_date);
    if (m_mode == ViewMode::Month)
        m_miniMonth->setHighlightedRange({}, {}); // the whole grid would be tinted: say nothing
    else
        m_miniMonth->setHighlightedRange(range.firstDate(), range.lastDate());
    scheduleMiniMonthFormats();
    updateTitle();
    if (changed)
        Q_EMIT rangeChanged(range);
}

void CalendarPage::goToDate(QDate date)
{
    if (!date.isValid())
        return;
    m_date = date;
    applyRange(rangeFor(m_mode, date));
    if (CalendarView *view = currentView())
        view->setSelectedDate(date);
}

void CalendarPage::goToToday()
{
    goToDate(m_clock->nowUtc().toTimeZone(m_zone).date());
}

void CalendarPage::goNext()
{
    switch (m_mode) {
    case ViewMode::Month:
        goToDate(m_date.addMonths(1));
        break;
    case ViewMode::Week:
        goToDate(m_date.addDays(7));
        break;
    case ViewMode::Day:
        goToDate(m_date.addDays(1));
        break;
    case ViewMode::Agenda:
        goToDate(m_range.lastDate().addDays(1));
        break;
    }
}

void CalendarPage::goPrevious()
{
    switch (m_mode) {
    case ViewMode::Month:
        goToDate(m_date.addMonths(-1));
        break;
    case ViewMode::Week:
        goToDate(m_date.addDays(-7));
        break;
    case ViewMode::Day:
        goToDate(m_date.addDays(-1));
        break;
    case ViewMode::Agenda:
        goToDate(m_range.firstDate().addDays(-kAgendaDays));
        break;
    }
}

void CalendarPage::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    m_zone = zone;
    m_details->setViewerZone(zone);
    m_awaiting->setTimeZone(zone);
    applyRange(rangeFor(m_mode, m_date));
}

void CalendarPage::setSecondTimeZone(const QTimeZone &zone)
{
    m_week->setSecondTimeZone(zone);
    m_day->setSecondTimeZone(zone);
}

void CalendarPage::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    m_firstDayOfWeek = day;
    m_miniMonth->setFirstDayOfWeek(day);
    applyRange(rangeFor(m_mode, m_date));
}

QString CalendarPage::currentAccountKey() const
{
    if (const Event event = selectedEvent(); !event.id.isEmpty() && !event.accountKey.isEmpty())
        return event.accountKey;
    return m_calendarList->currentIndex().data(CalendarListModel::AccountKeyRole).toString();
}

Event CalendarPage::selectedEvent() const
{
    CalendarView *view = currentView();
    return view ? view->selectedEvent() : Event();
}

bool CalendarPage::selectEvent(const QString &calendarId, const QString &eventId, const QString &accountKey)
{
    CalendarView *view = currentView();
    if (!view)
        return false;
    if (view->selectEvent(calendarId, eventId, accountKey))
        return true;
    // Not in this range: go to its day first.
    for (const CalendarSource &source : std::as_const(m_sources)) {
        if (!source.store || (!accountKey.isEmpty() && source.accountKey != accountKey))
            continue;
        if (const auto event = source.store->event(calendarId, eventId)) {
            goToDate(event->firstDate(m_zone));
            return view->selectEvent(calendarId, eventId, source.accountKey);
        }
    }
    return false;
}

void CalendarPage::onViewSelectionChanged()
{
    CalendarView *view = currentView();
    if (!view)
        return;
    const QDate date = view->selectedDate();
    if (date.isValid() && date != m_date) {
        m_date = date;
        if (!m_range.containsDate(date)) {
            const Event keep = view->selectedEvent();
            applyRange(rangeFor(m_mode, date));
            view->setSelectedDate(date);
            if (keep.isValid())
                view->selectEvent(keep.calendarId, keep.id, keep.accountKey);
        } else {
            m_miniMonth->setSelectedDate(date);
        }
    }
    showDetailsFor(view->selectedEvent());
}

void CalendarPage::showDetailsFor(const Event &event)
{
    const QString key = event.isValid()
        ? EventListModel::calendarKey(event.accountKey, event.calendarId) + u'|' + event.id
        : QString();
    if (!event.isValid()) {
        if (!m_shownEventKey.isEmpty()) {
            m_shownEventKey.clear();
            m_details->clear();
            Q_EMIT selectedEventChanged(Event());
        }
        return;
    }
    const Calendar calendar = m_events->calendarOf(event);
    const bool changed = key != m_shownEventKey || !(event == m_details->event());
    if (!changed)
        return;
    const bool newEvent = key != m_shownEventKey;
    m_shownEventKey = key;
    // The account is named only when there is more than one to tell apart.
    m_details->setEvent(event, calendar,
                        m_colors.value(EventListModel::calendarKey(event.accountKey, event.calendarId)),
                        m_sources.size() > 1 ? m_events->accountName(event.accountKey) : QString());
    if (newEvent) {
        CalendarSync *sync = syncOf(event.accountKey); // the event's own account loads its details
        if (sync && (event.isRecurring() || (event.body.content.isEmpty() && !event.bodyPreview.isEmpty())))
            sync->requestEventDetails(event);
        Q_EMIT selectedEventChanged(event);
    }
}

void CalendarPage::openDetails(const Event &event)
{
    showDetailsFor(event);
    QList<int> sizes = m_splitter->sizes();
    if (sizes.size() == 3 && sizes.at(2) == 0) {
        sizes[2] = 330;
        m_splitter->setSizes(sizes);
    }
    m_details->setFocus(Qt::OtherFocusReason);
}

void CalendarPage::setEventActions(const QHash<QString, EventActions *> &actions)
{
    m_details->setEventActions(actions);
}

void CalendarPage::setReachability(NetworkReachability *reachability)
{
    m_details->setReachability(reachability);
}

void CalendarPage::setRescheduleAvailable(bool available)
{
    m_rescheduleAvailable = available;
    m_details->setRescheduleAvailable(available);
}

void CalendarPage::setCancelAvailable(bool available)
{
    m_details->setCancelAvailable(available);
}

void CalendarPage::setShareAvailable(bool available)
{
    m_details->setShareAvailable(available);
}

bool CalendarPage::canMove(const Event &event) const
{
    return m_rescheduleAvailable
        && EventChangeRule(event, m_events->calendarOf(event)).allows(EventChangeRule::Change::Move);
}

void CalendarPage::updateTitle()
{
    const QLocale locale;
    QString title;
    switch (m_mode) {
    case ViewMode::Month:
        title = locale.toString(m_range.monthFirstDate(), DateFormats::longMonthYear());
        break;
    case ViewMode::Week:
        if (m_range.firstDate().month() == m_range.lastDate().month())
            title = tr("%1 – %2").arg(locale.toString(m_range.firstDate(), DateFormats::rangeStartDay()),
                                      locale.toString(m_range.lastDate(), DateFormats::dayLongMonthYear()));
        else if (m_range.firstDate().year() == m_range.lastDate().year())
            title = tr("%1 – %2").arg(locale.toString(m_range.firstDate(), DateFormats::dayMonth()),
                                      locale.toString(m_range.lastDate(), DateFormats::dayMonthYear()));
        else
            title = tr("%1 – %2").arg(locale.toString(m_range.firstDate(), DateFormats::dayMonthYear()),
                                      locale.toString(m_range.lastDate(), DateFormats::dayMonthYear()));
        break;
    case ViewMode::Day:
        title = locale.toString(m_range.firstDate(), DateFormats::longDate());
        break;
    case ViewMode::Agenda:
        title = tr("%1 – %2").arg(locale.toString(m_range.firstDate(), DateFormats::dayMonth()),
                                  locale.toString(m_range.lastDate(), DateFormats::dayMonthYear()));
        break;
    }
    m_title->setText(title);
    m_title->setAccessibleName(title);
    const QString unit = m_mode == ViewMode::Month ? tr("month")
        : m_mode == ViewMode::Week                 ? tr("week")
        : m_mode == ViewMode::Day                  ? tr("day")
                                                   : tr("%n days", nullptr, kAgendaDays);
    m_previous->setAccessibleName(tr("Previous %1").arg(unit));
    m_next->setAccessibleName(tr("Next %1").arg(unit));
}

QString CalendarPage::titleText() const
{
    return m_title->text();
}

QString CalendarPage::statusText() const
{
    return m_status->text();
}

void CalendarPage::updateStatus()
{
    const QList<CalendarSync *> all = syncs();
    bool syncing = false;
    bool anyStore = false;
    for (const CalendarSource &source : std::as_const(m_sources))
        anyStore = anyStore || source.store;
    // One line for all accounts: the one that needs attention (an error, then offline), else the stalest, so
    // "last updated …" never claims more than the oldest account has.
    const auto severity = [](const CalendarSync *sync) {
        switch (sync->state()) {
        case CalendarSync::State::Error:
            return 2;
        case CalendarSync::State::Offline:
            return 1;
        case CalendarSync::State::Idle:
        case CalendarSync::State::Syncing:
            break;
        }
        return 0;
    };
    CalendarSync *reported = nullptr;
    for (CalendarSync *sync : all) {
        syncing = syncing || sync->isSyncing();
        if (!reported || severity(sync) > severity(reported)) {
            reported = sync;
            continue;
        }
        if (severity(sync) < severity(reported))
            continue;
        const QDateTime updated = sync->lastUpdated();
        const QDateTime reportedUpdated = reported->lastUpdated();
        if (reportedUpdated.isValid() && (!updated.isValid() || updated < reportedUpdated))
            reported = sync; // never updated counts as the stalest
    }
    QString text;
    QColor color;
    if (!anyStore) {
        text = tr("Not signed in");
    } else if (!reported) {
        text = tr("Showing the saved calendar");
    } else {
        text = reported->statusText();
        const bool attention
            = reported->state() == CalendarSync::State::Offline || reported->state() == CalendarSync::State::Error;
        if (reported->state() == CalendarSync::State::Offline)
            color = Theme::warning();
        else if (reported->state() == CalendarSync::State::Error)
            color = Theme::danger();
        if (attention && m_sources.size() > 1) {
            for (const CalendarSource &source : std::as_const(m_sources)) {
                if (source.sync == reported && !source.accountName.isEmpty())
                    text = tr("%1: %2", "account name, its calendar's status").arg(source.accountName, text);
            }
        }
    }
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_status->setToolTip(reported && reported->state() == CalendarSync::State::Error
                             ? PlainText::toolTip(reported->lastResult().error.technicalDetails())
                             : QString());
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText,
               color.isValid()
                   ? color
                   : EventPalette::mix(palette().color(QPalette::WindowText), palette().color(QPalette::Window), 0.35));
    m_status->setPalette(p);
    m_progress->setVisible(syncing);
    m_cancel->setVisible(syncing);
    m_refresh->setVisible(!syncing);
    m_refresh->setEnabled(!all.isEmpty());
    m_refresh->setToolTip(!all.isEmpty() ? tr("Get the latest from Outlook (F5)")
                                         : tr("Sign in to get the latest from Outlook"));
    if (syncing && m_progress->maximum() == 0)
        m_progress->setRange(0, 0);
}

void CalendarPage::updateColors()
{
    m_colors.clear();
    if (m_calendars) {
        // Per calendar of each account (two accounts may both have "Calendar" with equal ids), and auto colours
        // counted across all accounts so that they differ.
        int calendar = 0;
        for (int row = 0; row < m_calendars->rowCount(); ++row) {
            const QModelIndex index = m_calendars->index(row);
            if (index.data(CalendarListModel::IsAccountHeaderRole).toBool())
                continue;
            m_colors.insert(EventListModel::calendarKey(index.data(CalendarListModel::AccountKeyRole).toString(),
                                                        index.data(CalendarListModel::IdRole).toString()),
                            EventPalette::calendarColor(index.data(CalendarListModel::ColorRole).toString(), calendar));
            ++calendar;
        }
    }
    for (CalendarView *view : {static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week),
                               static_cast<CalendarView *>(m_day), static_cast<CalendarView *>(m_agenda)})
        view->setCalendarColors(m_colors);
    m_calendarList->proxy()->setColors(m_colors);
}

void CalendarPage::scheduleMiniMonthFormats()
{
    // Several changes arrive together (range, reload, page): mark the busy days once, after them.
    if (m_miniFormatsPending)
        return;
    m_miniFormatsPending = true;
    QTimer::singleShot(0, this, [this] {
        m_miniFormatsPending = false;
        updateMiniMonthFormats();
    });
}

void CalendarPage::updateMiniMonthFormats()
{
    if (!m_miniMonth)
        return;
    m_miniMonth->setToday(m_clock->nowUtc().toTimeZone(m_zone).date());
    const QDate first = m_miniMonth->firstVisibleDate();
    const QDate last = m_miniMonth->lastVisibleDate();
    // The month view shows the same weeks: its events (of every account) are loaded already.
    const bool covered = m_range.firstDate() <= first && m_range.lastDate() >= last;
    QList<Event> events;
    if (covered) {
        events = m_events->events();
    } else {
        const CalendarRange shown = CalendarRange::custom(first, last, m_zone);
        for (const CalendarSource &source : std::as_const(m_sources)) {
            if (source.store && source.store->isOpen())
                events.append(source.store->events(shown));
        }
    }
    QSet<QDate> busy;
    for (const Event &event : events) {
        for (QDate day = qMax(event.firstDate(m_zone), first); day <= qMin(event.lastDate(m_zone), last);
             day = day.addDays(1))
            busy.insert(day);
    }
    m_miniMonth->setBusyDates(busy);
}

void CalendarPage::refresh()
{
    for (CalendarSync *sync : syncs())
        sync->refresh();
}

void CalendarPage::cancelRefresh()
{
    for (CalendarSync *sync : syncs())
        sync->cancel();
}

void CalendarPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateStatus();
}

void CalendarPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_status)
        updateStatus();
}

} // namespace MentorDesk
