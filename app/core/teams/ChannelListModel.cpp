#include "core/teams/ChannelListModel.h"

#include "core/common/PlainText.h"

#include <QCollator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk {

ChannelListModel::ChannelListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ChannelListModel::setChannels(const QString &teamId, QList<Channel> channels)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    // Teams shows General first; the rest by name.
    std::stable_sort(channels.begin(), channels.end(), [&collator](const Channel &a, const Channel &b) {
        const bool aGeneral = a.displayName.compare("General"_L1, Qt::CaseInsensitive) == 0;
        const bool bGeneral = b.displayName.compare("General"_L1, Qt::CaseInsensitive) == 0;
        if (aGeneral != bGeneral)
            return aGeneral;
        return collator.compare(a.displayName, b.displayName) < 0;
    });
    beginResetModel();
    m_teamId = teamId;
    m_channels = std::move(channels);
    endResetModel();
}

int ChannelListModel::rowOf(const QString &channelId) const
{
    const QString id = Channel::normalizeId(channelId);
    for (int row = 0; row < m_channels.size(); ++row) {
        if (m_channels.at(row).id == id)
            return row;
    }
    return -1;
}

QString ChannelListModel::kindText(Channel::MembershipType type)
{
    switch (type) {
    case Channel::MembershipType::Standard:
        return tr("Standard");
    case Channel::MembershipType::Private:
        return tr("Private");
    case Channel::MembershipType::Shared:
        return tr("Shared");
    case Channel::MembershipType::Unknown:
        break;
    }
    return tr("Other");
}

int ChannelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

QVariant ChannelListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Channel &channel = m_channels.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return channel.displayName;
    case Qt::ToolTipRole:
        return PlainText::toolTip(channel.description); // the channel owner's text, shown literally
    case DescriptionRole:
        return channel.description;
    case IdRole:
        return channel.id;
    case MembershipTypeRole:
        return int(channel.membershipType);
    case KindTextRole:
        return kindText(channel.membershipType);
    case BadgeTextRole:
        return channel.membershipType == Channel::MembershipType::Standard ? QString()
                                                                           : kindText(channel.membershipType);
    case Qt::AccessibleTextRole:
        switch (channel.membershipType) {
        case Channel::MembershipType::Standard:
            return tr("%1, standard channel").arg(channel.displayName);
        case Channel::MembershipType::Private:
            return tr("%1, private channel").arg(channel.displayName);
        case Channel::MembershipType::Shared:
            return tr("%1, shared channel").arg(channel.displayName);
        case Channel::MembershipType::Unknown:
            break;
        }
        return channel.displayName;
    case ChannelRole:
        return QVariant::fromValue(channel);
    default:
        return {};
    }
}

QHash<int, QByteArray> ChannelListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "channelId");
    names.insert(NameRole, "name");
    names.insert(DescriptionRole, "description");
    names.insert(MembershipTypeRole, "membershipType");
    names.insert(KindTextRole, "kindText");
    names.insert(BadgeTextRole, "badgeText");
    names.insert(ChannelRole, "channel");
    return names;
}

} // namespace MentorDesk
