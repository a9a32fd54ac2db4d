#pragma once

#include "core/outbox/OutboxEntry.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace MentorDesk {

class Outbox;

// The outbox as a list for views (the Outbox dialog): one row per queued write, oldest first, following the
// Outbox's entryAdded / entryUpdated / entryRemoved. Read-only: Retry and Discard go to the Outbox.
class OutboxModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        LabelRole, // also Qt::DisplayRole
        StateRole, // int(OutboxState)
        StateTextRole,
        MessageRole, // also Qt::ToolTipRole, as PlainText::toolTip()
        AttemptsRole,
        CreatedRole,
        UpdatedRole,
        CanRetryRole,
        CanDiscardRole,
        ErrorDetailsRole, // error code and request id, for a details pane
    };
    Q_ENUM(Role)

    explicit OutboxModel(Outbox *outbox, QObject *parent = nullptr);

    Outbox *outbox() const { return m_outbox; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    int rowOf(qint64 id) const;

    QPointer<Outbox> m_outbox;
    QList<OutboxEntry> m_entries;
};

} // namespace MentorDesk
