#pragma once

#include "core/model/Team.h"

#include <QAbstractListModel>
#include <QCoreApplication>

namespace MentorDesk {

// The user's teams, sorted by name (locale-aware). Filter it with a QSortFilterProxyModel on Qt::DisplayRole or
// SearchTextRole (name and description). Qt::AccessibleTextRole says the name and whether it is archived.
class TeamListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        ArchivedRole, // int(Team::Archived)
        PostableRole, // bool
        SearchTextRole, // name and description, for filtering
        BadgeTextRole, // translated mark shown next to the name: "Archived", else empty
        TeamRole, // QVariant<Team>
    };
    Q_ENUM(Role)

    explicit TeamListModel(QObject *parent = nullptr);

    void setTeams(QList<Team> teams);
    // Updates a known team (e.g. its archive state); unknown ids are ignored.
    void updateTeam(const Team &team);
    void clear() { setTeams({}); }

    const QList<Team> &teams() const { return m_teams; }
    int rowOf(const QString &teamId) const;
    std::optional<Team> team(const QString &teamId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Team> m_teams;
};

} // namespace MentorDesk
