#include "ui/teams/TeamFilterModel.h"

#include "core/teams/TeamListModel.h"

namespace MentorDesk {

TeamFilterModel::TeamFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void TeamFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool TeamFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack
        = sourceModel()->index(sourceRow, 0, sourceParent).data(TeamListModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace MentorDesk
