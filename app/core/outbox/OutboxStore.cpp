#include "core/outbox/OutboxStore.h"

#include "core/common/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

// v1: the table; v2: owner and lease_until, so several instances can share the file.
constexpr int kSchemaVersion = 2;

const QString kColumns = u"id, kind, label, method, target, headers, body, idempotency_key, idempotent, state, "
                         "attempts, last_status, last_http_status, last_error_code, last_request_id, retry_after, "
                         "created_utc, updated_utc, next_attempt_utc"_s;

// SQLite's primary result codes for "this file is damaged": SQLITE_CORRUPT and SQLITE_NOTADB. Busy (5), locked (6)
// and I/O errors (10, e.g. a disk that went away) say nothing about the file's contents.
bool isDamagedFileError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 11 || code == 26);
}

QString stateKey(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return u"pending"_s;
    case OutboxState::Sending:
        return u"sending"_s;
    case OutboxState::Failed:
        return u"failed"_s;
    case OutboxState::NeedsAttention:
        return u"needsAttention"_s;
    }
    return u"pending"_s;
}

OutboxState stateFromKey(const QString &key)
{
    for (OutboxState state :
         {OutboxState::Pending, OutboxState::Sending, OutboxState::Failed, OutboxState::NeedsAttention}) {
        if (stateKey(state) == key)
            return state;
    }
    return OutboxState::NeedsAttention; // unknown: let the user look rather than send blindly
}

// Fixed-width ISO text in UTC, so SQL compares it in time order as text.
QString toText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromText(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString headersToJson(const GraphRequest &request)
{
    QJsonObject headers;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
            continue;
        headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    }
    return QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact));
}

void headersFromJson(const QString &json, GraphRequest &request)
{
    const QJsonObject headers = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        request.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
}

void targetToRequest(const QString &target, GraphRequest &request)
{
    request.path = target.section(u'?', 0, 0);
    const QString query = target.section(u'?', 1);
    if (query.isEmpty())
        return;
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const QString key = QUrl::fromPercentEncoding(pair.section(u'=', 0, 0).toUtf8());
        const QString value = QUrl::fromPercentEncoding(pair.section(u'=', 1).toUtf8());
        request.query.append({key, value});
    }
}

// A row selected with kColumns.
OutboxEntry entryFromRow(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.kind = query.value(1).toString();
    entry.label = query.value(2).toString();
    entry.request.method = query.value(3).toString().toLatin1();
    targetToRequest(query.value(4).toString(), entry.request);
    headersFromJson(query.value(5).toString(), entry.request);
    entry.request.body = query.value(6).toByteArray();
    entry.request.idempotencyKey = query.value(7).toString();
    entry.request.idempotent = query.value(8).toBool();
    entry.state = stateFromKey(query.value(9).toString());
    entry.attempts = query.value(10).toInt();
    const QString lastStatus = query.value(11).toString();
    entry.lastStatus = lastStatus.isEmpty() ? GraphStatus::Ok : GraphResult::statusFromKey(lastStatus);
    entry.lastHttpStatus = query.value(12).toInt();
    entry.lastErrorCode = query.value(13).toString();
    entry.lastRequestId = query.value(14).toString();
    entry.retryAfterSeconds = query.value(15).isNull() ? -1 : query.value(15).toInt();
    entry.createdUtc = fromText(query.value(16).toString());
    entry.updatedUtc = fromText(query.value(17).toString());
    entry.nextAttemptUtc = fromText(query.value(18).toString());
    return entry;
}

QVariant statusValue(GraphStatus status)
{
    return status == GraphStatus::Ok ? QString() : GraphResult::statusKey(status);
}

} // namespace

OutboxStore::OutboxStore(const QString &databasePath)
    : m_path(databasePath)
    , m_connectionName(u"mentordesk-outbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    Prepared result = prepare();
    if (result == Prepared::Damaged) {
        // Count what it held while it is still open, then move it out of the way (never delete: the user may
        // want it examined) and start a fresh one, so new writes are not refused for good.
        const int entries = countDamagedEntries();
        closeConnection();
        if (moveAside()) {
            m_setAside.entries = entries;
            qCWarning(lcOutbox).nospace()
                << "the outbox database was damaged; set aside as " << QFileInfo(m_setAside.path).fileName() << " ("
                << entries << " entries, -1: unknown)";
            result = prepare();
        } else {
            result = Prepared::Failed;
        }
    }
    m_open = result == Prepared::Ok;
    if (!m_open)
        closeConnection();
}

OutboxStore::~OutboxStore()
{
    closeConnection();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void OutboxStore::closeConnection()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen())
        db.close();
}

OutboxStore::Prepared OutboxStore::fail(const QSqlError &error, const char *what)
{
    m_error = error.text();
    if (isDamagedFileError(error)) {
        qCWarning(lcOutbox) << "the outbox database is damaged (" << what << "):" << m_error;
        return Prepared::Damaged;
    }
    qCWarning(lcOutbox) << "cannot open the outbox database (" << what << "):" << m_error;
    return Prepared::Failed;
}

OutboxStore::Prepared OutboxStore::prepare()
{
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
        ? QSqlDatabase::database(m_connectionName, false)
        : QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db.open())
        return fail(db.lastError(), "open");
    QSqlQuery query(db);
    // The first read of the file: garbage fails here with "file is not a database", a truncated file as corrupt.
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return fail(query.lastError(), "header");
    const int version = query.value(0).toInt();
    // Small file, read once per start: finds damage before anything is sent from it.
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next())
        return fail(query.lastError(), "integrity check");
    if (query.value(0).toString() != "ok"_L1) {
        m_error = u"integrity check: "_s + query.value(0).toString();
        qCWarning(lcOutbox) << "the outbox database is damaged:" << m_error;
        return Prepared::Damaged;
    }
    // Durability over speed: an entry acknowledged to the user must survive a crash or power loss.
    if (!query.exec(u"PRAGMA synchronous = FULL"_s))
        return fail(query.lastError(), "synchronous");
    if (!query.exec(u"CREATE TABLE IF NOT EXISTS outbox_entries ("
                    "id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, label TEXT NOT NULL, "
                    "method TEXT NOT NULL, target TEXT NOT NULL, headers TEXT NOT NULL DEFAULT '{}', body BLOB, "
                    "idempotency_key TEXT, idempotent INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, "
                    "attempts INTEGER NOT NULL DEFAULT 0, last_status TEXT, last_http_status INTEGER, "
                    "last_error_code TEXT, last_request_id TEXT, retry_after INTEGER, created_utc TEXT NOT NULL, "
                    "updated_utc TEXT NOT NULL, next_attempt_utc TEXT, owner TEXT, lease_until INTEGER)"_s))
        return fail(query.lastError(), "create");
    if (version < 2) {
        // A v1 file (or one just created above, which already has them).
        bool hasOwner = false;
        if (!query.exec(u"PRAGMA table_info(outbox_entries)"_s))
            return fail(query.lastError(), "columns");
        while (query.next())
            hasOwner = hasOwner || query.value(1).toString() == "owner"_L1;
        if (!hasOwner
            && (!query.exec(u"ALTER TABLE outbox_entries ADD COLUMN owner TEXT"_s)
                || !query.exec(u"ALTER TABLE outbox_entries ADD COLUMN lease_until INTEGER"_s)))
            return fail(query.lastError(), "migrate");
    }
    if (version < kSchemaVersion && !query.exec(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion)))
        return fail(query.lastError(), "version");
    return Prepared::Ok;
}

int OutboxStore::countDamagedEntries()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return -1;
    QSqlQuery query(db);
    if (query.exec(u"SELECT count(*) FROM outbox_entries"_s) && query.next())
        return query.value(0).toInt();
    // A truncated file fails every statement until SQLite is told to read what is there. Only this read follows,
    // and the connection is closed right after.
    if (query.exec(u"PRAGMA writable_schema = ON"_s) && query.exec(u"SELECT count(*) FROM outbox_entries"_s)
        && query.next())
        return query.value(0).toInt();
    return -1;
}

bool OutboxStore::moveAside()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString stem = m_path + u".damaged-"_s + now.toLocalTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QStringList suffixes{u"-journal"_s, u"-wal"_s, u"-shm"_s};
    const auto taken = [&suffixes](const QString &target) {
        if (QFile::exists(target))
            return true;
        for (const QString &suffix : suffixes) {
            if (QFile::exists(target + suffix))
                return true;
        }
        return false;
    };
    QString target = stem;
    for (int n = 2; taken(target); ++n)
        target = stem + u'-' + QString::number(n);
    // Companions first: a journal left next to the fresh database would be replayed into it.
    for (const QString &suffix : suffixes) {
        if (QFile::exists(m_path + suffix) && !QFile::rename(m_path + suffix, target + suffix)) {
            m_error = u"cannot move the damaged outbox's %1 file aside"_s.arg(suffix);
            qCWarning(lcOutbox) << m_error;
            return false;
        }
    }
    if (QFile::exists(m_path) && !QFile::rename(m_path, target)) {
        m_error = u"cannot move the damaged outbox database aside"_s;
        qCWarning(lcOutbox) << m_error;
        return false;
    }
    m_setAside.path = target;
    m_setAside.when = now;
    return true;
}

int OutboxStore::run(const QString &sql, const QVariantList &values, const char *what)
{
    if (!m_open)
        return -1;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        qCWarning(lcOutbox) << "outbox database error (" << what << "):" << m_error;
        return -1;
    }
    return query.numRowsAffected();
}

QList<OutboxEntry> OutboxStore::loadAll()
{
    QList<OutboxEntry> entries;
    if (!m_open)
        return entries;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT %1 FROM outbox_entries ORDER BY id"_s.arg(kColumns))) {
        m_error = query.lastError().text();
        qCWarning(lcOutbox) << "cannot read the outbox:" << m_error;
        return entries;
    }
    while (query.next())
        entries.append(entryFromRow(query));
    return entries;
}

bool OutboxStore::load(qint64 id, std::optional<OutboxEntry> &entry)
{
    if (!m_open)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT %1 FROM outbox_entries WHERE id = ?"_s.arg(kColumns));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        qCWarning(lcOutbox) << "cannot read outbox entry" << id << ":" << m_error;
        return false;
    }
    entry = query.next() ? std::optional<OutboxEntry>(entryFromRow(query)) : std::nullopt;
    return true;
}

bool OutboxStore::insert(OutboxEntry &entry)
{
    if (!m_open)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT INTO outbox_entries (kind, label, method, target, headers, body, idempotency_key, "
                  "idempotent, state, attempts, created_utc, updated_utc, next_attempt_utc) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(entry.kind);
    query.addBindValue(entry.label);
    query.addBindValue(QString::fromLatin1(entry.request.method));
    query.addBindValue(entry.request.relativeTarget());
    query.addBindValue(headersToJson(entry.request));
    query.addBindValue(entry.request.body);
    query.addBindValue(entry.request.idempotencyKey);
    query.addBindValue(entry.request.idempotent ? 1 : 0);
    query.addBindValue(stateKey(entry.state));
    query.addBindValue(entry.attempts);
    query.addBindValue(toText(entry.createdUtc));
    query.addBindValue(toText(entry.updatedUtc));
    query.addBindValue(toText(entry.nextAttemptUtc));
    if (!query.exec()) {
        m_error = query.lastError().text();
        qCWarning(lcOutbox) << "cannot store an outbox entry:" << m_error;
        return false;
    }
    entry.id = query.lastInsertId().toLongLong();
    return true;
}

int OutboxStore::claim(qint64 id, const QString &owner, const QDateTime &nowUtc, const QDateTime &leaseUntilUtc)
{
    return run(u"UPDATE outbox_entries SET state = 'sending', attempts = attempts + 1, owner = ?, lease_until = ?, "
               "updated_utc = ? WHERE id = ? AND state = 'pending' "
               "AND (next_attempt_utc IS NULL OR next_attempt_utc = '' OR next_attempt_utc <= ?)"_s,
               {owner, leaseUntilUtc.toMSecsSinceEpoch(), toText(nowUtc), id, toText(nowUtc)}, "claim");
}

int OutboxStore::renewLease(qint64 id, const QString &owner, const QDateTime &leaseUntilUtc)
{
    return run(u"UPDATE outbox_entries SET lease_until = ? WHERE id = ? AND state = 'sending' AND owner = ?"_s,
               {leaseUntilUtc.toMSecsSinceEpoch(), id, owner}, "renew lease");
}

int OutboxStore::releaseLease(qint64 id, const QString &owner)
{
    return run(u"UPDATE outbox_entries SET owner = NULL, lease_until = NULL "
               "WHERE id = ? AND state = 'sending' AND owner = ?"_s,
               {id, owner}, "release lease");
}

int OutboxStore::finishAttempt(const OutboxEntry &entry, const QString &owner)
{
    return run(u"UPDATE outbox_entries SET state = ?, attempts = ?, last_status = ?, last_http_status = ?, "
               "last_error_code = ?, last_request_id = ?, retry_after = ?, updated_utc = ?, next_attempt_utc = ?, "
               "owner = NULL, lease_until = NULL WHERE id = ? AND (state != 'sending' OR owner = ?)"_s,
               {stateKey(entry.state), entry.attempts, statusValue(entry.lastStatus), entry.lastHttpStatus,
                entry.lastErrorCode, entry.lastRequestId,
                entry.retryAfterSeconds >= 0 ? QVariant(entry.retryAfterSeconds) : QVariant(), toText(entry.updatedUtc),
                toText(entry.nextAttemptUtc), entry.id, owner},
               "finish attempt");
}

int OutboxStore::recoverAbandoned(const OutboxEntry &entry, const QDateTime &nowUtc)
{
    return run(u"UPDATE outbox_entries SET state = ?, last_status = ?, updated_utc = ?, next_attempt_utc = ?, "
               "owner = NULL, lease_until = NULL WHERE id = ? AND state = 'sending' "
               "AND (owner IS NULL OR lease_until IS NULL OR lease_until < ?)"_s,
               {stateKey(entry.state), statusValue(entry.lastStatus), toText(entry.updatedUtc),
                toText(entry.nextAttemptUtc), entry.id, nowUtc.toMSecsSinceEpoch()},
               "recover");
}

int OutboxStore::setNextAttempt(qint64 id, const QDateTime &nextAttemptUtc)
{
    return run(u"UPDATE outbox_entries SET next_attempt_utc = ? WHERE id = ? AND state = 'pending'"_s,
               {toText(nextAttemptUtc), id}, "next attempt");
}

int OutboxStore::markPending(qint64 id, const QDateTime &nowUtc)
{
    return run(u"UPDATE outbox_entries SET state = 'pending', updated_utc = ?, owner = NULL, lease_until = NULL "
               "WHERE id = ? AND state != 'sending'"_s,
               {toText(nowUtc), id}, "retry");
}

int OutboxStore::removeUnlessSending(qint64 id)
{
    return run(u"DELETE FROM outbox_entries WHERE id = ? AND state != 'sending'"_s, {id}, "discard");
}

bool OutboxStore::remove(qint64 id)
{
    return run(u"DELETE FROM outbox_entries WHERE id = ?"_s, {id}, "remove") >= 0;
}

} // namespace MentorDesk
