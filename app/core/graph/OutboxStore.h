#pragma once

#include "graph/OutboxEntry.h"

#include <QList>
#include <QString>

namespace MentorDesk {

// SQLite persistence of outbox entries (Qt Sql, QSQLITE driver), one connection per store. The database file is
// passed in (the app uses its data location, tests a temporary directory). Never stores a token: requests hold
// none, and an Authorization header would be dropped here anyway.
class OutboxStore
{
public:
    explicit OutboxStore(const QString &databasePath);
    ~OutboxStore();
    OutboxStore(const OutboxStore &) = delete;
    OutboxStore &operator=(const OutboxStore &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; } // English, for logs
    QString databasePath() const { return m_path; }

    QList<OutboxEntry> loadAll(); // oldest first
    bool insert(OutboxEntry &entry); // sets entry.id
    bool update(const OutboxEntry &entry);
    bool remove(qint64 id);

private:
    bool exec(const QString &sql);

    QString m_path;
    QString m_connectionName;
    QString m_error;
    bool m_open = false;
};

} // namespace MentorDesk
