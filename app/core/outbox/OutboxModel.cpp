#include "core/outbox/OutboxModel.h"

#include "core/common/PlainText.h"
#include "core/outbox/Outbox.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace MentorDesk {

OutboxModel::OutboxModel(Outbox *outbox, QObject *parent)
    : QAbstractListModel(parent)
    , m_outbox(outbox)
{
    if (!outbox)
        return;
    m_entries = outbox->entries();
    connect(outbox, &Outbox::entryAdded, this, [this](const OutboxEntry &entry) {
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
        m_entries.append(entry);
        endInsertRows();
    });
    connect(outbox, &Outbox::entryUpdated, this, [this](const OutboxEntry &entry) {
        const int row = rowOf(entry.id);
        if (row < 0)
            return;
        m_entries[row] = entry;
        const QModelIndex index = createIndex(row, 0);
        Q_EMIT dataChanged(index, index);
    });
    connect(outbox, &Outbox::entryRemoved, this, [this](qint64 id) {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_entries.removeAt(row);
        endRemoveRows();
    });
    connect(outbox, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_entries.clear();
        endResetModel();
    });
}

int OutboxModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return entry.label;
    case Qt::ToolTipRole:
        return PlainText::toolTip(entry.message()); // may quote Graph's error text
    case MessageRole:
        return entry.message();
    case IdRole:
        return entry.id;
    case KindRole:
        return entry.kind;
    case StateRole:
        return int(entry.state);
    case StateTextRole:
        return OutboxEntry::stateText(entry.state);
    case AttemptsRole:
        return entry.attempts;
    case CreatedRole:
        return entry.createdUtc;
    case UpdatedRole:
        return entry.updatedUtc;
    case CanRetryRole:
        return entry.canRetry();
    case CanDiscardRole:
        return entry.canDiscard();
    case ErrorDetailsRole: {
        QStringList parts;
        if (!entry.lastErrorCode.isEmpty())
            parts << entry.lastErrorCode;
        if (entry.lastHttpStatus > 0)
            parts << u"HTTP %1"_s.arg(entry.lastHttpStatus);
        if (!entry.lastRequestId.isEmpty())
            parts << u"request-id %1"_s.arg(entry.lastRequestId);
        return parts.join(u" · "_s);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "entryId");
    names.insert(KindRole, "kind");
    names.insert(LabelRole, "label");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(MessageRole, "message");
    names.insert(AttemptsRole, "attempts");
    names.insert(CreatedRole, "created");
    names.insert(UpdatedRole, "updated");
    names.insert(CanRetryRole, "canRetry");
    names.insert(CanDiscardRole, "canDiscard");
    names.insert(ErrorDetailsRole, "errorDetails");
    return names;
}

} // namespace MentorDesk
