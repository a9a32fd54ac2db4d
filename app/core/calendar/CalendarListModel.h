#pragma once

#include "core/model/Calendar.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

namespace MentorDesk {

class CalendarStore;

// The account's calendars from the CalendarStore (own first as Graph lists them, then shared), with colour,
// owner, read-only state and a visibility check box that writes through to the store.
class CalendarListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CalendarRole = Qt::UserRole + 1, // QVariant<MentorDesk::Calendar>
        IdRole, // QString
        NameRole, // QString (also Qt::DisplayRole)
        ColorRole, // QString "#rrggbb" (Calendar::displayColor(); empty: Auto)
        OwnerNameRole, // QString
        OwnerAddressRole, // QString
        KindRole, // int: Calendar::Kind
        IsReadOnlyRole, // bool
        IsDefaultRole, // bool
        VisibleRole, // bool (also Qt::CheckStateRole, editable)
        LastUpdatedRole, // QDateTime UTC, invalid: never
        ToolTipTextRole, // QString: Qt::ToolTipRole's text as plain text, to build on (Qt::ToolTipRole is markup)
    };
    Q_ENUM(Role)

    explicit CalendarListModel(CalendarStore *store, QObject *parent = nullptr);

    const QList<Calendar> &calendars() const { return m_calendars; }
    int rowOf(const QString &calendarId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    void reload();

private:
    struct Row
    {
        bool visible = true;
        QDateTime lastUpdated;
    };

    QPointer<CalendarStore> m_store;
    QList<Calendar> m_calendars;
    QList<Row> m_rows;
    bool m_writing = false;
};

} // namespace MentorDesk
