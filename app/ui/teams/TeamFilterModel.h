#pragma once

#include <QSortFilterProxyModel>

namespace MentorDesk {

// Filters the teams list as the user types: every word typed must appear (case-insensitive) in the team's name or
// description, in any order ("guild eng" finds "Engineering Guild"). Keeps the source order (sorted by name).
class TeamFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TeamFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    const QString &filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};

} // namespace MentorDesk
