#include "ui/teams/ChannelPickerWidget.h"

#include "core/teams/ChannelListModel.h"
#include "core/teams/TeamListModel.h"
#include "core/teams/TeamsService.h"
#include "ui/common/Icons.h"
#include "ui/common/Theme.h"
#include "ui/teams/BadgeItemDelegate.h"
#include "ui/teams/PermissionNotice.h"
#include "ui/teams/TeamFilterModel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

ChannelPickerWidget::ChannelPickerWidget(TeamsService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_filter(new TeamFilterModel(this))
    , m_channels(new ChannelListModel(this))
{
    setObjectName(u"channelPicker"_s);
    m_filter->setSourceModel(service->teamModel());

    m_notice = new PermissionNotice(this);
    connect(m_notice, &PermissionNotice::permissionsRequested, this, &ChannelPickerWidget::permissionsRequested);
    connect(m_notice, &PermissionNotice::adminRequestRequested, this, &ChannelPickerWidget::adminRequestRequested);

    auto *lists = new QWidget(this);
    auto *teamLabel = new QLabel(tr("&Team"), lists);
    QFont heading = teamLabel->font();
    heading.setBold(true);
    teamLabel->setFont(heading);
    m_filterEdit = new QLineEdit(lists);
    m_filterEdit->setObjectName(u"teamFilter"_s);
    m_filterEdit->setPlaceholderText(tr("Filter teams"));
    m_filterEdit->setAccessibleName(tr("Filter teams"));
    m_filterEdit->setToolTip(tr("Type words from a team's name or description"));
    m_filterEdit->setClearButtonEnabled(true);
    // Qt's clear button has no name of its own; screen readers need one.
    for (QToolButton *clear : m_filterEdit->findChildren<QToolButton *>()) {
        clear->setAccessibleName(tr("Clear filter"));
        clear->setToolTip(tr("Clear filter"));
    }
    teamLabel->setBuddy(m_filterEdit);
    m_refresh = new QToolButton(lists);
    m_refresh->setObjectName(u"refreshTeams"_s);
    m_refresh->setIcon(Icons::get(Icons::Name::Refresh));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setToolTip(tr("Load your teams and channels again"));
    m_refresh->setAccessibleName(tr("Refresh teams and channels"));

    m_teamList = new QListView(lists);
    m_teamList->setObjectName(u"teamList"_s);
    m_teamList->setAccessibleName(tr("Teams"));
    m_teamList->setModel(m_filter);
    m_teamList->setUniformItemSizes(true); // hundreds of rows
    m_teamList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *teamDelegate = new BadgeItemDelegate(TeamListModel::BadgeTextRole, m_teamList);
    teamDelegate->setEnabledRole(TeamListModel::PostableRole);
    m_teamList->setItemDelegate(teamDelegate);

    // Microsoft's known issue: old teams nobody opened in Teams lately lack resourceProvisioningOptions.
    m_hint = new QLabel(tr("Missing a team? Teams nobody has opened for a long time are not listed until someone "
                           "opens them in Microsoft Teams; then choose Refresh."),
                        lists);
    m_hint->setObjectName(u"teamsHint"_s);
    m_hint->setWordWrap(true);
    QFont small = m_hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_hint->setFont(small);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *channelLabel = new QLabel(tr("&Channel"), lists);
    channelLabel->setFont(heading);
    m_channelList = new QListView(lists);
    m_channelList->setObjectName(u"channelList"_s);
    m_channelList->setAccessibleName(tr("Channels"));
    m_channelList->setModel(m_channels);
    m_channelList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_channelList->setItemDelegate(new BadgeItemDelegate(ChannelListModel::BadgeTextRole, m_channelList));
    channelLabel->setBuddy(m_channelList);

    m_busy = new QProgressBar(lists);
    m_busy->setObjectName(u"pickerProgress"_s);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(10);
    m_status = new QLabel(lists);
    m_status->setObjectName(u"pickerStatus"_s);
    m_status->setTextFormat(Qt::PlainText); // team names and Graph's error messages
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel = new QPushButton(tr("Cancel"), lists);
    m_cancel->setObjectName(u"cancelLoading"_s);
    m_cancel->setAccessibleName(tr("Cancel loading"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_refresh);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel);
    auto *listsLayout = new QVBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    listsLayout->addWidget(teamLabel);
    listsLayout->addLayout(filterRow);
    listsLayout->addWidget(m_teamList, 3);
    listsLayout->addWidget(m_hint);
    listsLayout->addSpacing(6);
    listsLayout->addWidget(channelLabel);
    listsLayout->addWidget(m_channelList, 2);
    listsLayout->addLayout(statusRow);

    m_teamTimer.setSingleShot(true);
    m_teamTimer.setInterval(200);
    connect(&m_teamTimer, &QTimer::timeout, this, [this] {
        if (m_pendingTeamId == m_teamId)
            showTeam(std::exchange(m_pendingTeamId, QString()), true);
    });

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(lists);
    auto *noticePage = new QWidget(this);
    auto *noticeLayout = new QVBoxLayout(noticePage);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    noticeLayout->addWidget(m_notice);
    noticeLayout->addStretch(1);
    m_pages->addWidget(noticePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        if (!m_teamId.isEmpty())
            selectTeamRow(m_teamId); // keep showing the chosen team's row when it is still visible
        const int matches = m_filter->rowCount();
        setStatus(text.isEmpty()     ? QString()
                      : matches == 0 ? tr("No team matches.")
                      : matches == 1 ? tr("1 team matches.")
                                     : tr("%n teams match.", nullptr, matches));
    });
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0) {
            onTeamActivated(m_filter->index(0, 0), true);
            m_teamList->setFocus();
        }
    });
    connect(m_refresh, &QToolButton::clicked, this, &ChannelPickerWidget::refresh);
    connect(m_cancel, &QPushButton::clicked, m_service, &TeamsService::cancel);
    connect(m_teamList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    onTeamActivated(current, false);
            });
    connect(m_channelList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChannelPickerWidget::emitChannel);

    connect(m_service, &TeamsService::availabilityChanged, this, &ChannelPickerWidget::updateAvailability);
    connect(m_service, &TeamsService::teamsRefreshStarted, this, [this] { setBusy(true, tr("Loading your teams…")); });
    connect(m_service, &TeamsService::teamsRefreshProgress, this,
            [this](int groups) { setBusy(true, tr("Loading your teams… %n groups checked", nullptr, groups)); });
    connect(m_service, &TeamsService::teamsRefreshFinished, this, &ChannelPickerWidget::onTeamsRefreshFinished);
    connect(m_service, &TeamsService::channelsLoaded, this, &ChannelPickerWidget::onChannelsLoaded);
    connect(m_service, &TeamsService::teamUpdated, this, [this](const Team &team) {
        if (team.id == m_teamId)
            showTeam(m_teamId); // e.g. it turned out to be archived
    });

    setBusy(false, QString());
    updateAvailability();
}

ChannelPickerWidget::~ChannelPickerWidget() = default;

QString ChannelPickerWidget::teamCountText(int count)
{
    if (count == 0)
        return tr("You are not a member of any team.");
    return count == 1 ? tr("1 team.") : tr("%n teams.", nullptr, count);
}

void ChannelPickerWidget::updateAvailability()
{
    FeatureAvailability gate = m_service->availability(Feature::ListTeams);
    if (gate.isAvailable())
        gate = m_service->availability(Feature::ListChannels);
    m_notice->setMessage(gate.message);
    m_notice->setAdminRequestVisible(gate.reason == FeatureAvailability::Reason::AdminApprovalNeeded);
    m_notice->setPermissionsButtonVisible(gate.reason != FeatureAvailability::Reason::PersonalAccount
                                          && gate.reason != FeatureAvailability::Reason::NotSignedIn);
    m_pages->setCurrentIndex(gate.isAvailable() ? 0 : 1);
    emitChannel(); // nothing is chosen while the lists are off
    if (gate.isAvailable() && isVisible())
        activate();
}

void ChannelPickerWidget::activate()
{
    if (m_pages->currentIndex() != 0)
        return;
    if (!m_wanted.isValid() && m_teamId.isEmpty())
        m_wanted = m_service->defaultChannel();
    if (m_service->teamsLoaded()) {
        if (m_teamId.isEmpty() && m_wanted.isValid())
            showTeam(m_wanted.teamId);
        if (!m_service->isRefreshingTeams())
            setStatus(teamCountText(m_service->teamModel()->rowCount()));
    }
    m_service->ensureTeams();
}

void ChannelPickerWidget::refresh()
{
    m_service->refreshTeams();
    if (!m_teamId.isEmpty())
        m_service->loadChannels(m_teamId, true);
}

void ChannelPickerWidget::onTeamsRefreshFinished(const GraphResult &result)
{
    setBusy(false, QString());
    if (result.status == GraphStatus::Cancelled) {
        setStatus(tr("Loading was cancelled. Refresh to try again."));
        return;
    }
    if (!result.isOk()) {
        if (!m_service->availability(Feature::ListTeams).isAvailable()) {
            updateAvailability();
            return;
        }
        setStatus(tr("Your teams could not be loaded. %1").arg(result.userMessage()), true);
        return;
    }
    // With a team open and its channels in, its channels are what the user is looking at; a failed channel load
    // keeps its message.
    const bool teamOpen = !m_teamId.isEmpty() && !m_service->isLoadingChannels(m_teamId);
    const bool channelsShown
        = teamOpen && m_service->hasChannels(m_teamId) && m_channels->teamId() == m_teamId && !m_channelsFailed;
    if (!(teamOpen && m_channelsFailed))
        setStatus(channelsShown ? channelCountText() : teamCountText(m_service->teamModel()->rowCount()));
    if (m_teamId.isEmpty() && m_wanted.isValid())
        showTeam(m_wanted.teamId);
    else if (!m_teamId.isEmpty())
        selectTeamRow(m_teamId);
}

void ChannelPickerWidget::onTeamActivated(const QModelIndex &proxyIndex, bool immediately)
{
    const QString teamId = proxyIndex.data(TeamListModel::IdRole).toString();
    if (teamId.isEmpty() || teamId == m_teamId)
        return;
    if (m_wanted.teamId != teamId)
        m_wanted = {};
    if (immediately) {
        showTeam(teamId);
        return;
    }
    // Arrowing through hundreds of teams must not load every team's channels on the way: the previous team's
    // channels go at once (nothing can be posted to a team no longer selected), the new ones after a pause.
    m_teamId = teamId;
    m_channelsFailed = false;
    m_channels->clear();
    emitChannel();
    m_pendingTeamId = teamId;
    m_teamTimer.start();
}

void ChannelPickerWidget::showTeam(const QString &teamId, bool force)
{
    const auto team = m_service->team(teamId);
    if (!team)
        return;
    m_teamTimer.stop();
    const bool changed = force || teamId != m_teamId;
    m_teamId = teamId;
    m_channelsFailed = false;
    selectTeamRow(teamId);
    if (team->isArchived()) {
        m_channels->clear();
        m_channelList->setEnabled(false);
        setStatus(tr("\"%1\" is archived: its channels are read-only, so nothing can be posted there.")
                      .arg(team->displayName),
                  true);
        emitChannel();
        return;
    }
    m_channelList->setEnabled(true);
    if (!changed && m_channels->teamId() == teamId)
        return;
    m_channels->clear();
    emitChannel();
    if (m_service->hasChannels(teamId)) {
        onChannelsLoaded(teamId, GraphResult{});
        return;
    }
    setBusy(true, tr("Loading the channels of \"%1\"…").arg(team->displayName));
    m_service->loadChannels(teamId);
}

void ChannelPickerWidget::onChannelsLoaded(const QString &teamId, const GraphResult &result)
{
    if (teamId != m_teamId)
        return;
    setBusy(m_service->isRefreshingTeams(), m_service->isRefreshingTeams() ? tr("Loading your teams…") : QString());
    m_channelsFailed = !result.isOk();
    if (!result.isOk()) {
        if (result.status == GraphStatus::Cancelled)
            setStatus(tr("Loading was cancelled. Refresh to try again."));
        else if (!m_service->availability(Feature::ListChannels).isAvailable())
            updateAvailability();
        else
            setStatus(tr("The channels could not be loaded. %1").arg(result.userMessage()), true);
        return;
    }
    const auto team = m_service->team(teamId);
    if (team && team->isArchived())
        return;
    m_channels->setChannels(teamId, m_service->channels(teamId));
    const QString wanted = m_wanted.teamId == teamId ? m_wanted.channelId : QString();
    if (!wanted.isEmpty() && m_channels->rowOf(wanted) >= 0)
        selectChannelRow(wanted);
    else if (m_channels->rowCount() > 0)
        selectChannelRow(m_channels->channels().constFirst().id);
    if (!m_service->isRefreshingTeams())
        setStatus(channelCountText());
    emitChannel();
}

QString ChannelPickerWidget::channelCountText() const
{
    const int count = m_channels->rowCount();
    if (count == 0)
        return tr("This team has no channel you can see.");
    return count == 1 ? tr("1 channel you can post to.") : tr("%n channels you can post to.", nullptr, count);
}

void ChannelPickerWidget::selectTeamRow(const QString &teamId)
{
    const int sourceRow = m_service->teamModel()->rowOf(teamId);
    const QModelIndex index = m_filter->mapFromSource(m_service->teamModel()->index(sourceRow, 0));
    if (!index.isValid())
        return;
    const QSignalBlocker blocker(m_teamList->selectionModel());
    m_teamList->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_teamList->scrollTo(index);
}

void ChannelPickerWidget::selectChannelRow(const QString &channelId)
{
    const int row = m_channels->rowOf(channelId);
    if (row < 0)
        return;
    const QSignalBlocker blocker(m_channelList->selectionModel());
    m_channelList->selectionModel()->setCurrentIndex(m_channels->index(row, 0), QItemSelectionModel::ClearAndSelect);
    m_channelList->scrollTo(m_channels->index(row, 0));
}

void ChannelPickerWidget::selectChannel(const ChannelTarget &target)
{
    m_wanted = target;
    if (!target.teamId.isEmpty() && m_service->team(target.teamId)) {
        if (target.teamId == m_teamId && m_channels->teamId() == target.teamId) {
            selectChannelRow(target.channelId);
            emitChannel();
        } else {
            showTeam(target.teamId);
        }
    }
}

ChannelTarget ChannelPickerWidget::currentChannel() const
{
    const auto team = m_service->team(m_teamId);
    const QModelIndex index = m_channelList->selectionModel()->currentIndex();
    if (m_pages->currentIndex() != 0 || !team || !team->isPostable() || !index.isValid()
        || m_channels->teamId() != m_teamId)
        return {};
    ChannelTarget target;
    target.teamId = team->id;
    target.teamName = team->displayName;
    target.channelId = index.data(ChannelListModel::IdRole).toString();
    target.channelName = index.data(ChannelListModel::NameRole).toString();
    return target;
}

void ChannelPickerWidget::emitChannel()
{
    const ChannelTarget target = currentChannel();
    if (target == m_lastEmitted)
        return;
    m_lastEmitted = target;
    Q_EMIT channelChanged(target);
}

QString ChannelPickerWidget::filterText() const
{
    return m_filterEdit->text();
}

void ChannelPickerWidget::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
}

int ChannelPickerWidget::visibleTeamCount() const
{
    return m_filter->rowCount();
}

QString ChannelPickerWidget::statusText() const
{
    return m_status->text();
}

void ChannelPickerWidget::setBusy(bool busy, const QString &text)
{
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy);
    m_refresh->setEnabled(!busy);
    if (busy)
        setStatus(text);
}

void ChannelPickerWidget::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, Theme::danger());
    m_status->setPalette(p);
}

} // namespace MentorDesk
