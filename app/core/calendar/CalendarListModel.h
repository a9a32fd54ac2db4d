#pragma once

#include "core/calendar/CalendarSource.h"
#include "core/model/Calendar.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

namespace MentorDesk {

class CalendarStore;

// The calendars of one or more accounts (CalendarSource; own first as Graph lists them, then shared), with colour,
// owner, read-only state and a visibility check box that writes through to that account's store. With two or more
// sources each account's calendars follow a header row (IsAccountHeaderRole; DisplayRole is the account name) that
// is neither checkable nor selectable; with one source there is no header.
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
        IsAccountHeaderRole, // bool: an account's header row (no calendar)
        AccountKeyRole, // QString: CalendarSource::accountKey (header rows too)
        AccountNameRole, // QString: CalendarSource::accountName (header rows too)
    };
    Q_ENUM(Role)

    // One source with an empty account key.
    explicit CalendarListModel(CalendarStore *store, QObject *parent = nullptr);
    explicit CalendarListModel(const QList<CalendarSource> &sources, QObject *parent = nullptr);

    QList<CalendarSource> sources() const { return m_sources; }
    void setSources(const QList<CalendarSource> &sources);
    // Every source's calendars in row order, without the headers.
    const QList<Calendar> &calendars() const { return m_calendars; }
    // The row of a calendar; an empty accountKey matches any account (the first such row). -1 when none.
    int rowOf(const QString &calendarId, const QString &accountKey = {}) const;
    bool isAccountHeader(int row) const;

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
        int source = 0; // index into m_sources
        int calendar = -1; // index into m_calendars; -1: the account's header row
        bool visible = true;
        QDateTime lastUpdated;
    };

    void connectSources();

    QList<CalendarSource> m_sources;
    QList<Calendar> m_calendars;
    QList<Row> m_rows;
    bool m_writing = false;
};

} // namespace MentorDesk
