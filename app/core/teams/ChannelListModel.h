#pragma once

#include "core/model/Channel.h"

#include <QAbstractListModel>
#include <QCoreApplication>

namespace MentorDesk {

// One team's channels (General first, then by name), each with its kind. Qt::AccessibleTextRole says both.
class ChannelListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        MembershipTypeRole, // int(Channel::MembershipType)
        KindTextRole, // translated: "Standard", "Private", "Shared"
        BadgeTextRole, // the kind, for the channels that are not standard; else empty
        ChannelRole, // QVariant<Channel>
    };
    Q_ENUM(Role)

    explicit ChannelListModel(QObject *parent = nullptr);

    void setChannels(const QString &teamId, QList<Channel> channels);
    void clear() { setChannels({}, {}); }
    const QString &teamId() const { return m_teamId; }
    const QList<Channel> &channels() const { return m_channels; }
    int rowOf(const QString &channelId) const;

    // Translated kind of a channel, for labels and accessible names.
    static QString kindText(Channel::MembershipType type);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString m_teamId;
    QList<Channel> m_channels;
};

} // namespace MentorDesk
