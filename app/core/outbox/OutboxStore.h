#pragma once

#include "core/outbox/OutboxEntry.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

class QSqlError;

namespace MentorDesk {

// A damaged outbox file that was moved out of the way (renamed, never deleted) so new writes work again.
struct OutboxSetAside
{
    QString path; // where the damaged file is now; empty: nothing was set aside
    int entries = -1; // queued writes it held, -1 when it could not be read
    QDateTime when; // UTC

    bool isNull() const { return path.isEmpty(); }
    friend bool operator==(const OutboxSetAside &, const OutboxSetAside &) = default;
};

// SQLite persistence of outbox entries (Qt Sql, QSQLITE driver), one connection per store. The database file is
// passed in (the app uses its data location, tests a temporary directory). Never stores a token: requests hold
// none, and an Authorization header would be dropped here anyway.
//
// Several Outbox instances (two windows, a second MentorDesk) may share the file. An entry is sent by whoever
// claims it: claim() moves it from "pending" to "sending" in one statement, stamped with the claimer's owner
// token and a lease the owner keeps renewing while the request is on the wire. A "sending" entry whose lease ran
// out (or that has no owner) was abandoned by a process that stopped mid-send. Writes that could undo another
// instance's claim only apply when the row is in the state the caller expects; they return the number of rows
// changed (0: the row moved on or is gone, re-read it) or -1 on a database error.
//
// A file SQLite reports as corrupt or not a database when it is opened is renamed to
// "<name>.damaged-<yyyyMMdd-HHmmss>" (with its -wal/-shm/-journal), and a fresh database is created in its place;
// setAside() describes it. A busy or locked file is never treated as damaged: the store then stays closed.
class OutboxStore
{
public:
    explicit OutboxStore(const QString &databasePath);
    ~OutboxStore();
    OutboxStore(const OutboxStore &) = delete;
    OutboxStore &operator=(const OutboxStore &) = delete;

    static constexpr int kBusyTimeoutMs = 2000; // short locks by another instance are waited out

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; } // English, for logs
    QString databasePath() const { return m_path; }
    OutboxSetAside setAside() const { return m_setAside; }

    QList<OutboxEntry> loadAll(); // oldest first
    // The entry as stored now; false on a database error (entry is then left alone).
    bool load(qint64 id, std::optional<OutboxEntry> &entry);
    bool insert(OutboxEntry &entry); // sets entry.id

    // pending -> sending (attempts + 1), if it is still pending and due.
    int claim(qint64 id, const QString &owner, const QDateTime &nowUtc, const QDateTime &leaseUntilUtc);
    int renewLease(qint64 id, const QString &owner, const QDateTime &leaseUntilUtc);
    // Drops the owner but keeps "sending": the next instance to look treats it as abandoned.
    int releaseLease(qint64 id, const QString &owner);
    // The outcome of the owner's attempt; not over a claim another instance made in the meantime.
    int finishAttempt(const OutboxEntry &entry, const QString &owner);
    // An abandoned "sending" entry becomes entry.state (Pending or NeedsAttention), with entry's status.
    int recoverAbandoned(const OutboxEntry &entry, const QDateTime &nowUtc);
    int setNextAttempt(qint64 id, const QDateTime &nextAttemptUtc); // pending only
    int markPending(qint64 id, const QDateTime &nowUtc); // the user's retry; anything but sending
    int removeUnlessSending(qint64 id);
    bool remove(qint64 id);

private:
    enum class Prepared { Ok, Damaged, Failed };
    Prepared prepare();
    int countDamagedEntries();
    bool moveAside();
    void closeConnection();
    Prepared fail(const QSqlError &error, const char *what);
    int run(const QString &sql, const QVariantList &values, const char *what);

    QString m_path;
    QString m_connectionName;
    QString m_error;
    OutboxSetAside m_setAside;
    bool m_open = false;
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::OutboxSetAside)
