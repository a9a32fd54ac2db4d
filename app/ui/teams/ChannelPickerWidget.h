#pragma once

#include "core/graph/GraphResult.h"
#include "core/teams/ChannelTarget.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace MentorDesk {

class ChannelListModel;
class PermissionNotice;
class TeamFilterModel;
class TeamsService;

// Choosing where to post: the user's teams (filterable for people in hundreds of teams; archived ones marked and
// not postable), then the chosen team's channels with their kind; the remembered default channel preselected;
// Refresh with progress and Cancel. Without the Teams permissions it says why and offers the Permissions page.
class ChannelPickerWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChannelPickerWidget(TeamsService *service, QWidget *parent = nullptr);
    ~ChannelPickerWidget() override;

    // Loads the teams if needed and preselects the default channel. Called when the picker is shown.
    void activate();
    // Invalid until a channel of a postable team is selected.
    ChannelTarget currentChannel() const;
    // Selects the team and, once its channels are in, the channel (the first one when channelId is empty).
    void selectChannel(const ChannelTarget &target);

    QString filterText() const;
    void setFilterText(const QString &text);
    // Rows the filter shows right now.
    int visibleTeamCount() const;
    QString statusText() const;

Q_SIGNALS:
    void channelChanged(const MentorDesk::ChannelTarget &target);
    void permissionsRequested();
    void adminRequestRequested(); // the IT request packet, when an administrator must approve first

private:
    static QString teamCountText(int count);
    QString channelCountText() const;
    void updateAvailability();
    void onTeamsRefreshFinished(const GraphResult &result);
    void onChannelsLoaded(const QString &teamId, const GraphResult &result);
    void onTeamActivated(const QModelIndex &proxyIndex, bool immediately);
    void showTeam(const QString &teamId, bool force = false);
    void selectTeamRow(const QString &teamId);
    void selectChannelRow(const QString &channelId);
    void refresh();
    void setBusy(bool busy, const QString &text);
    void setStatus(const QString &text, bool error = false);
    void emitChannel();

    TeamsService *m_service;
    TeamFilterModel *m_filter;
    ChannelListModel *m_channels;
    QStackedWidget *m_pages;
    PermissionNotice *m_notice;
    QLineEdit *m_filterEdit;
    QToolButton *m_refresh;
    bool m_channelsFailed = false; // the open team's last channel load failed
    QListView *m_teamList;
    QLabel *m_hint;
    QListView *m_channelList;
    QProgressBar *m_busy;
    QLabel *m_status;
    QPushButton *m_cancel;

    QString m_teamId; // the team whose channels are shown (may be filtered out of view)
    QString m_pendingTeamId; // chosen while browsing the list; its channels load after a pause
    QTimer m_teamTimer;
    ChannelTarget m_wanted; // to select once the lists are in
    ChannelTarget m_lastEmitted;
};

} // namespace MentorDesk
