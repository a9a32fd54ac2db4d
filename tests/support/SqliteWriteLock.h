#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace MentorDesk::Test {

// Another process in the middle of a write to an SQLite file: its own connection holds an exclusive lock (BEGIN
// EXCLUSIVE, then `statements`) until release(), which commits or rolls back. For tests that a busy file is left
// alone. setupStatements run before the lock (e.g. to create a table in a new file).
class SqliteWriteLock
{
public:
    SqliteWriteLock(const QString &path, const QStringList &setupStatements, const QStringList &statements);
    ~SqliteWriteLock();
    SqliteWriteLock(const SqliteWriteLock &) = delete;
    SqliteWriteLock &operator=(const SqliteWriteLock &) = delete;

    bool isHeld() const { return m_held; }
    QString errorString() const { return m_error; }
    bool release(bool commit); // true when the transaction ended as asked

private:
    QString m_connectionName;
    QString m_error;
    bool m_held = false;
};

} // namespace MentorDesk::Test
