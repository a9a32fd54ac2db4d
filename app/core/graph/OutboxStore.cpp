#include "graph/OutboxStore.h"

#include "common/Logging.h"

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

constexpr int kSchemaVersion = 1;

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

} // namespace

OutboxStore::OutboxStore(const QString &databasePath)
    : m_path(databasePath)
    , m_connectionName(u"mentordesk-outbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(databasePath);
    if (!db.open()) {
        m_error = db.lastError().text();
        qCWarning(lcOutbox) << "cannot open the outbox database:" << m_error;
        return;
    }
    // Durability over speed: an entry acknowledged to the user must survive a crash or power loss.
    m_open = exec(u"PRAGMA synchronous = FULL"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS outbox_entries ("
                "id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, label TEXT NOT NULL, "
                "method TEXT NOT NULL, target TEXT NOT NULL, headers TEXT NOT NULL DEFAULT '{}', body BLOB, "
                "idempotency_key TEXT, idempotent INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, "
                "attempts INTEGER NOT NULL DEFAULT 0, last_status TEXT, last_http_status INTEGER, "
                "last_error_code TEXT, last_request_id TEXT, retry_after INTEGER, created_utc TEXT NOT NULL, "
                "updated_utc TEXT NOT NULL, next_attempt_utc TEXT)"_s)
        && exec(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion));
}

OutboxStore::~OutboxStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool OutboxStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    qCWarning(lcOutbox) << "outbox database error:" << m_error;
    return false;
}

QList<OutboxEntry> OutboxStore::loadAll()
{
    QList<OutboxEntry> entries;
    if (!m_open)
        return entries;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT id, kind, label, method, target, headers, body, idempotency_key, idempotent, state, "
                    "attempts, last_status, last_http_status, last_error_code, last_request_id, retry_after, "
                    "created_utc, updated_utc, next_attempt_utc FROM outbox_entries ORDER BY id"_s)) {
        m_error = query.lastError().text();
        qCWarning(lcOutbox) << "cannot read the outbox:" << m_error;
        return entries;
    }
    while (query.next()) {
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
        entries.append(entry);
    }
    return entries;
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

bool OutboxStore::update(const OutboxEntry &entry)
{
    if (!m_open)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"UPDATE outbox_entries SET state = ?, attempts = ?, last_status = ?, last_http_status = ?, "
                  "last_error_code = ?, last_request_id = ?, retry_after = ?, updated_utc = ?, "
                  "next_attempt_utc = ? WHERE id = ?"_s);
    query.addBindValue(stateKey(entry.state));
    query.addBindValue(entry.attempts);
    query.addBindValue(entry.lastStatus == GraphStatus::Ok ? QString() : GraphResult::statusKey(entry.lastStatus));
    query.addBindValue(entry.lastHttpStatus);
    query.addBindValue(entry.lastErrorCode);
    query.addBindValue(entry.lastRequestId);
    query.addBindValue(entry.retryAfterSeconds >= 0 ? QVariant(entry.retryAfterSeconds) : QVariant());
    query.addBindValue(toText(entry.updatedUtc));
    query.addBindValue(toText(entry.nextAttemptUtc));
    query.addBindValue(entry.id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        qCWarning(lcOutbox) << "cannot update outbox entry" << entry.id << ":" << m_error;
        return false;
    }
    return true;
}

bool OutboxStore::remove(qint64 id)
{
    if (!m_open)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"DELETE FROM outbox_entries WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        qCWarning(lcOutbox) << "cannot remove outbox entry" << id << ":" << m_error;
        return false;
    }
    return true;
}

} // namespace MentorDesk
