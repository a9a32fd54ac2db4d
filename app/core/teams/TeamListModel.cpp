#include "core/teams/TeamListModel.h"

#include "core/common/PlainText.h"

#include <QCollator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk {

TeamListModel::TeamListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void TeamListModel::setTeams(QList<Team> teams)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(teams.begin(), teams.end(), [&collator](const Team &a, const Team &b) {
        return collator.compare(a.displayName, b.displayName) < 0;
    });
    beginResetModel();
    m_teams = std::move(teams);
    endResetModel();
}

void TeamListModel::updateTeam(const Team &team)
{
    const int row = rowOf(team.id);
    if (row < 0)
        return;
    Team &known = m_teams[row];
    if (!team.displayName.isEmpty())
        known.displayName = team.displayName;
    if (team.archived != Team::Archived::Unknown)
        known.archived = team.archived;
    const QModelIndex index = createIndex(row, 0);
    Q_EMIT dataChanged(index, index);
}

int TeamListModel::rowOf(const QString &teamId) const
{
    for (int row = 0; row < m_teams.size(); ++row) {
        if (m_teams.at(row).id == teamId)
            return row;
    }
    return -1;
}

std::optional<Team> TeamListModel::team(const QString &teamId) const
{
    const int row = rowOf(teamId);
    if (row < 0)
        return std::nullopt;
    return m_teams.at(row);
}

int TeamListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_teams.size());
}

QVariant TeamListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Team &team = m_teams.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return team.displayName;
    case Qt::ToolTipRole:
        return PlainText::toolTip(team.description); // the team owner's text, shown literally
    case DescriptionRole:
        return team.description;
    case IdRole:
        return team.id;
    case ArchivedRole:
        return int(team.archived);
    case PostableRole:
        return team.isPostable();
    case SearchTextRole:
        return QString(team.displayName + u'\n' + team.description);
    case BadgeTextRole:
        return team.isArchived() ? tr("Archived") : QString();
    case Qt::AccessibleTextRole:
        return team.isArchived() ? tr("%1, archived, read-only").arg(team.displayName) : team.displayName;
    case TeamRole:
        return QVariant::fromValue(team);
    default:
        return {};
    }
}

QHash<int, QByteArray> TeamListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "teamId");
    names.insert(NameRole, "name");
    names.insert(DescriptionRole, "description");
    names.insert(ArchivedRole, "archived");
    names.insert(PostableRole, "postable");
    names.insert(SearchTextRole, "searchText");
    names.insert(BadgeTextRole, "badgeText");
    names.insert(TeamRole, "team");
    return names;
}

} // namespace MentorDesk
