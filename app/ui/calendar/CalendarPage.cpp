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
    calendarsHeading->setBuddy(m_calendarList);
    leftLayout->addWidget(m_calendarList, 1);

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
    setTabOrder(m_calendarList, m_month);
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
    if (m_sync)
        m_sync->disconnect(this);
    m_store = store;
    m_sync = sync;
    // Models belong to one store: new ones for a new account.
    for (CalendarView *view : {static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week),
                               static_cast<CalendarView *>(m_day), static_cast<CalendarView *>(m_agenda)})
        view->setModel(nullptr);
    delete m_events;
    delete m_calendars;
    m_events = new EventListModel(store, this);
    m_calendars = new CalendarListModel(store, this);
    m_calendarList->setCalendarModel(m_calendars);
    m_calendarList->proxy()->setStatusProvider(
        [this](const QString &id) { return m_sync ? m_sync->calendarStatusText(id) : QString(); });
    connect(m_calendars, &QAbstractItemModel::modelReset, this, &CalendarPage::updateColors);
    connect(m_events, &EventListModel::reloaded, this, [this] {
        scheduleMiniMonthFormats();
        // The shown event may have changed (sync) or gone.
        onViewSelectionChanged();
    });
    if (m_store) {
        connect(m_store, &CalendarStore::changed, this, &CalendarPage::updateStatus);
        // The mini month may show other weeks than the model, which ignores writes outside its range.
        connect(m_store, &CalendarStore::changed, this, [this](quint64, const CalendarStoreChange &change) {
            if (m_miniMonth
                && change.affects(
                    CalendarRange::custom(m_miniMonth->firstVisibleDate(), m_miniMonth->lastVisibleDate(), m_zone)))
                scheduleMiniMonthFormats();
        });
    }
    if (CalendarView *view = currentView())
        view->setModel(m_events); // only the visible view follows the model (see setViewMode())
    if (m_sync) {
        connect(m_sync, &CalendarSync::stateChanged, this, &CalendarPage::updateStatus);
        connect(m_sync, &CalendarSync::syncFinished, this, &CalendarPage::updateStatus);
        connect(m_sync, &CalendarSync::progressChanged, this, [this](int done, int total) {
            m_progress->setRange(0, qMax(1, total));
            m_progress->setValue(done);
        });
        connect(m_sync, &CalendarSync::calendarStatusChanged, m_calendarList->proxy(),
                &CalendarListProxyModel::statusChanged);
        connect(m_sync, &CalendarSync::eventDetailsLoaded, this,
                [this](const Event &event, const Event &master) { m_details->updateDetails(event, master); });
    }
    updateColors();
    m_shownEventKey.clear();
    m_details->clear();
    if (m_range.isValid()) {
        m_events->setRange(m_range);
        if (m_sync)
            m_sync->setRange(m_range);
    }
    for (CalendarView *view : {static_cast<CalendarView *>(m_month), static_cast<CalendarView *>(m_week),
                               static_cast<CalendarView *>(m_day), static_cast<CalendarView *>(m_agenda)})
        view->setSelectedDate(m_date);
    scheduleMiniMonthFormats();
    updateStatus();
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
        view->selectEvent(selected.calendarId, selected.id);
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
    if (m_sync)
        m_sync->setRange(range);
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
    applyRange(rangeFor(m_mode, m_date));
}

void CalendarPage::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    m_firstDayOfWeek = day;
    m_miniMonth->setFirstDayOfWeek(day);
    applyRange(rangeFor(m_mode, m_date));
}

Event CalendarPage::selectedEvent() const
{
    CalendarView *view = currentView();
    return view ? view->selectedEvent() : Event();
}

bool CalendarPage::selectEvent(const QString &calendarId, const QString &eventId)
{
    CalendarView *view = currentView();
    if (!view)
        return false;
    if (view->selectEvent(calendarId, eventId))
        return true;
    // Not in this range: go to its day first.
    if (m_store) {
        if (const auto event = m_store->event(calendarId, eventId)) {
            goToDate(event->firstDate(m_zone));
            return view->selectEvent(calendarId, eventId);
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
                view->selectEvent(keep.calendarId, keep.id);
        } else {
            m_miniMonth->setSelectedDate(date);
        }
    }
    showDetailsFor(view->selectedEvent());
}

void CalendarPage::showDetailsFor(const Event &event)
{
    const QString key = event.isValid() ? event.calendarId + u'|' + event.id : QString();
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
    m_details->setEvent(event, calendar, m_colors.value(event.calendarId));
    if (newEvent) {
        if (m_sync && (event.isRecurring() || (event.body.content.isEmpty() && !event.bodyPreview.isEmpty())))
            m_sync->requestEventDetails(event);
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
    const bool syncing = m_sync && m_sync->isSyncing();
    QString text;
    QColor color;
    if (!m_store) {
        text = tr("Not signed in");
    } else if (!m_sync) {
        text = tr("Showing the saved calendar");
    } else {
        text = m_sync->statusText();
        if (m_sync->state() == CalendarSync::State::Offline)
            color = Theme::warning();
        else if (m_sync->state() == CalendarSync::State::Error)
            color = Theme::danger();
    }
    m_status->setText(text);
    m_status->setAccessibleName(text);
    m_status->setToolTip(m_sync && m_sync->state() == CalendarSync::State::Error
                             ? PlainText::toolTip(m_sync->lastResult().error.technicalDetails())
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
    m_refresh->setEnabled(m_sync != nullptr);
    m_refresh->setToolTip(m_sync ? tr("Get the latest from Outlook (F5)")
                                 : tr("Sign in to get the latest from Outlook"));
    if (syncing && m_progress->maximum() == 0)
        m_progress->setRange(0, 0);
}

void CalendarPage::updateColors()
{
    m_colors.clear();
    if (m_calendars) {
        const QList<Calendar> &calendars = m_calendars->calendars();
        for (int i = 0; i < calendars.size(); ++i)
            m_colors.insert(calendars.at(i).id, EventPalette::calendarColor(calendars.at(i).displayColor(), i));
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
    if (!m_store || !m_store->isOpen()) {
        m_miniMonth->setBusyDates({});
        return;
    }
    const QDate first = m_miniMonth->firstVisibleDate();
    const QDate last = m_miniMonth->lastVisibleDate();
    // The month view shows the same weeks: its events are loaded already.
    const bool covered = m_range.firstDate() <= first && m_range.lastDate() >= last;
    const QList<Event> events
        = covered ? m_events->events() : m_store->events(CalendarRange::custom(first, last, m_zone));
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
    if (m_sync)
        m_sync->refresh();
}

void CalendarPage::cancelRefresh()
{
    if (m_sync)
        m_sync->cancel();
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
