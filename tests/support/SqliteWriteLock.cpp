#include "support/SqliteWriteLock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

SqliteWriteLock::SqliteWriteLock(const QString &path, const QStringList &setupStatements, const QStringList &statements)
    : m_connectionName(u"write-lock-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    QSqlQuery query(db);
    for (const QString &sql : setupStatements + QStringList{u"BEGIN EXCLUSIVE"_s} + statements) {
        if (!query.exec(sql)) {
            m_error = sql + u": "_s + query.lastError().text();
            return;
        }
    }
    m_held = true;
}

SqliteWriteLock::~SqliteWriteLock()
{
    release(false);
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqliteWriteLock::release(bool commit)
{
    if (!QSqlDatabase::contains(m_connectionName))
        return false;
    bool ended = false;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (m_held) {
            QSqlQuery query(db);
            ended = query.exec(commit ? u"COMMIT"_s : u"ROLLBACK"_s);
            m_held = false;
        }
        db.close();
    }
    return ended;
}

} // namespace MentorDesk::Test
