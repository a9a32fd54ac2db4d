#include "core/calendar/CalendarStore.h"

#include "core/calendar/CalendarRange.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

constexpr int kBusyTimeoutMs = 2000; // short locks by another connection are waited out

// Parsed events kept in memory: a year of a busy calendar (a few MB). Beyond it they are dropped and parsed again
// when asked for, which only costs time.
constexpr qsizetype kMaxParsedEvents = 10000;

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff; // the primary result code
    return ok ? code : -1;
}

// SQLite primary result codes that mean "this file cannot be trusted": CORRUPT, NOTADB. Not IOERR: a read or write
// the OS refused (a failing disk, a network folder gone) says nothing about the contents, and rebuilding would meet
// the same error; a truncated file is reported as CORRUPT.
bool isUnusableFileError(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == 11 || code == 26;
}

// Failures during open() that must leave the file alone: someone else holds a lock (BUSY, LOCKED), or the system
// could not do what was asked right now (NOMEM, READONLY, INTERRUPT, IOERR, FULL, CANTOPEN, PROTOCOL, AUTH) or no
// SQLite code at all. Anything else SQLite says about the file during open means it is not our cache.
bool isBusyError(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == 5 || code == 6;
}

bool isTransientError(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code < 0 || code == 7 || code == 8 || code == 9 || code == 10 || code == 13 || code == 14 || code == 15
        || code == 23;
}

qint64 ms(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QByteArray eventJson(const Event &event)
{
    return QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

bool eventBefore(const Event &a, const Event &b)
{
    if (a.start != b.start)
        return a.start < b.start;
    if (a.end != b.end)
        return a.end < b.end;
    if (a.calendarId != b.calendarId)
        return a.calendarId < b.calendarId;
    return a.id < b.id;
}

// Keeps a store call's error handling in one place: when a statement reported a corrupt file, the cache is
// rebuilt once the call's queries are gone (declared first in a method, destroyed last).
class RecoveryGuard
{
public:
    explicit RecoveryGuard(std::function<void()> recover)
        : m_recover(std::move(recover))
    { }
    ~RecoveryGuard() { m_recover(); }
    Q_DISABLE_COPY_MOVE(RecoveryGuard)

private:
    std::function<void()> m_recover;
};

// Schema. v1 is frozen as shipped (tests/data/calendar/cache-v1.sql holds a v1 file's dump for the migration
// test); later versions only add steps.
const char *const kSchemaV1[] = {
    "CREATE TABLE calendars ("
    " id TEXT PRIMARY KEY NOT NULL,"
    " position INTEGER NOT NULL,"
    " kind INTEGER NOT NULL,"
    " visible INTEGER NOT NULL DEFAULT 1,"
    " last_updated INTEGER,"
    " json BLOB NOT NULL)",
    "CREATE TABLE events ("
    " calendar_id TEXT NOT NULL,"
    " id TEXT NOT NULL,"
    " start_utc INTEGER NOT NULL,"
    " end_utc INTEGER NOT NULL,"
    " is_all_day INTEGER NOT NULL,"
    " series_master_id TEXT,"
    " json BLOB NOT NULL,"
    " PRIMARY KEY (calendar_id, id))",
    "CREATE INDEX events_by_range ON events (calendar_id, start_utc, end_utc)",
    "PRAGMA user_version = 1",
};
// v2: delta links per calendar and window (so a restart continues with calendarView/delta instead of a full
// reload), and an index for "all cached occurrences of this series".
const char *const kSchemaV2[] = {
    "CREATE TABLE delta_links ("
    " calendar_id TEXT NOT NULL,"
    " start_utc INTEGER NOT NULL,"
    " end_utc INTEGER NOT NULL,"
    " link TEXT NOT NULL,"
    " updated INTEGER NOT NULL,"
    " PRIMARY KEY (calendar_id, start_utc, end_utc))",
    "CREATE INDEX events_by_series ON events (series_master_id) WHERE series_master_id IS NOT NULL",
    "PRAGMA user_version = 2",
};

} // namespace

CalendarStore::CalendarStore(const QString &filePath, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_clock(clock ? clock : Clock::system())
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = u"mentordesk.calendar.%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

CalendarStore::~CalendarStore()
{
    closeConnection();
}

CalendarStore::OpenStatus CalendarStore::open()
{
    closeConnection();
    const QFileInfo info(m_filePath);
    if (m_filePath.isEmpty() || !QDir().mkpath(info.absolutePath())) {
        qCWarning(lcCalendar) << "Cannot create the calendar cache folder";
        return OpenStatus::Failed;
    }
    OpenStatus status = OpenStatus::Opened;
    Prepare result = openConnection(&status);
    if (result == Prepare::Busy) {
        // Another connection (a second MentorDesk, a backup tool) holds a lock beyond the busy timeout: never a
        // reason to delete the file. The store stays closed; a later open() tries again.
        qCWarning(lcCalendar) << "Calendar cache is locked by another connection; not opening it now";
        closeConnection();
        m_needsRecovery = false;
        return OpenStatus::Busy;
    }
    if (result == Prepare::Unusable) {
        qCWarning(lcCalendar) << "Calendar cache is unreadable or corrupt; rebuilding it";
        closeConnection();
        removeFiles();
        result = openConnection(&status);
        status = result == Prepare::Busy ? OpenStatus::Busy : OpenStatus::Recovered;
    }
    // Whatever failed on the way has been dealt with by the rebuild above.
    m_needsRecovery = false;
    if (result != Prepare::Ok) {
        closeConnection();
        return result == Prepare::Busy ? OpenStatus::Busy : OpenStatus::Failed;
    }
    qCDebug(lcCalendar) << "Calendar cache open:" << status;
    if (status == OpenStatus::Recovered)
        Q_EMIT recovered();
    bump();
    return status;
}

CalendarStore::Prepare CalendarStore::openConnection(OpenStatus *status)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_filePath);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    m_lastError = QSqlError();
    if (!m_db.open()) {
        qCWarning(lcCalendar) << "Cannot open the calendar cache:" << m_db.lastError().text();
        return isUnusableFileError(m_db.lastError()) ? Prepare::Unusable
            : isBusyError(m_db.lastError())          ? Prepare::Busy
                                                     : Prepare::Failed;
    }
    // A statement of the checks below failed: only what SQLite reports about the file's contents condemns it.
    const auto failed = [](const QSqlError &error) {
        return isBusyError(error) ? Prepare::Busy : isTransientError(error) ? Prepare::Failed : Prepare::Unusable;
    };
    int version = 0;
    {
        QSqlQuery query(m_db);
        // The first read of the header: fails with "file is not a database" for garbage.
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
            qCWarning(lcCalendar) << "Calendar cache header unreadable:" << query.lastError().text();
            return failed(query.lastError());
        }
        version = query.value(0).toInt();
        if (version > kSchemaVersion) {
            qCWarning(lcCalendar) << "Calendar cache has a newer schema" << version << "- discarding it";
            return Prepare::Unusable;
        }
        if (version > 0) {
            // Walks every page once (a few ms for 10,000 events): finds truncated and damaged files up front.
            if (!query.exec(u"PRAGMA quick_check"_s) || !query.next()) {
                qCWarning(lcCalendar) << "Calendar cache integrity check failed:" << query.lastError().text();
                return failed(query.lastError());
            }
            if (query.value(0).toString() != "ok"_L1) {
                qCWarning(lcCalendar) << "Calendar cache failed its integrity check";
                return Prepare::Unusable;
            }
            if (!query.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                            "('calendars', 'events')"_s)
                || !query.next()) {
                qCWarning(lcCalendar) << "Calendar cache schema unreadable:" << query.lastError().text();
                return failed(query.lastError());
            }
            if (query.value(0).toInt() != 2) {
                qCWarning(lcCalendar) << "Calendar cache lacks its tables";
                return Prepare::Unusable;
            }
        }
        // WAL: readers never wait for the sync's writes; NORMAL sync is safe with WAL and fast. A cache may lose
        // the last write on power loss, which a refresh repairs.
        query.exec(u"PRAGMA journal_mode = WAL"_s);
        query.exec(u"PRAGMA synchronous = NORMAL"_s);
    }
    if (!migrate(version))
        return failed(m_lastError);
    {
        QSqlQuery query(m_db);
        m_maxDurationMs = 0;
        if (query.exec(u"SELECT MAX(end_utc - start_utc) FROM events"_s) && query.next())
            m_maxDurationMs = query.value(0).toLongLong();
    }
    *status = version == 0 ? OpenStatus::Created : version < kSchemaVersion ? OpenStatus::Migrated : OpenStatus::Opened;
    return Prepare::Ok;
}

bool CalendarStore::migrate(int fromVersion)
{
    const auto step = [this](int target, const auto &statements) {
        if (!m_db.transaction()) {
            m_lastError = m_db.lastError();
            return false;
        }
        for (const char *statement : statements) {
            if (!run(QString::fromLatin1(statement))) {
                m_db.rollback();
                qCWarning(lcCalendar) << "Calendar cache migration to version" << target << "failed";
                return false;
            }
        }
        if (m_db.commit())
            return true;
        m_lastError = m_db.lastError();
        m_db.rollback();
        return false;
    };
    if (fromVersion < 1 && !step(1, kSchemaV1))
        return false;
    if (fromVersion < 2 && !step(2, kSchemaV2))
        return false;
    if (fromVersion > 0 && fromVersion < kSchemaVersion)
        qCInfo(lcCalendar) << "Calendar cache migrated from version" << fromVersion << "to" << kSchemaVersion;
    return true;
}

bool CalendarStore::exec(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    handleError(query.lastError(), "statement");
    return false;
}

bool CalendarStore::commit(const char *what)
{
    // COMMIT as a statement rather than QSqlDatabase::commit(): the driver's error for a failed commit carries no
    // SQLite result code, and lastFailure() needs it (a full disk fails here, when the write-ahead log grows).
    QSqlQuery query(m_db);
    if (query.exec(u"COMMIT"_s))
        return true;
    handleError(query.lastError(), what);
    return false;
}

bool CalendarStore::run(const QString &sql)
{
    QSqlQuery query(m_db);
    return exec(query, sql);
}

void CalendarStore::close()
{
    closeConnection();
}

void CalendarStore::closeConnection()
{
    dropParsed();
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

CalendarStore::Failure CalendarStore::lastFailure() const
{
    if (!m_lastError.isValid())
        return Failure::None;
    if (isBusyError(m_lastError))
        return Failure::Busy;
    return sqliteCode(m_lastError) == 13 ? Failure::DiskFull : Failure::Other; // SQLITE_FULL
}

bool CalendarStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool CalendarStore::removeFiles()
{
    bool ok = true;
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        const QString path = m_filePath + suffix;
        if (QFile::exists(path) && !QFile::remove(path)) {
            qCWarning(lcCalendar) << "Cannot delete calendar cache file" << QFileInfo(path).fileName();
            ok = false;
        }
    }
    return ok;
}

bool CalendarStore::handleError(const QSqlError &error, const char *what)
{
    m_lastError = error;
    qCWarning(lcCalendar) << "Calendar cache" << what << "failed:" << error.text();
    if (!isUnusableFileError(error) || m_recovering)
        return false;
    m_needsRecovery = true;
    return true;
}

void CalendarStore::recoverIfNeeded()
{
    if (!m_needsRecovery || m_recovering)
        return;
    m_needsRecovery = false;
    m_recovering = true;
    qCWarning(lcCalendar) << "Calendar cache became unreadable; rebuilding it";
    closeConnection();
    removeFiles();
    OpenStatus status = OpenStatus::Recovered;
    if (openConnection(&status) != Prepare::Ok)
        closeConnection();
    m_recovering = false;
    Q_EMIT recovered();
    bump();
}

void CalendarStore::bump(const CalendarStoreChange &change)
{
    ++m_revision;
    Q_EMIT changed(m_revision, change);
}

const Event *CalendarStore::parsedEvent(const QString &calendarId, const QString &eventId) const
{
    const auto calendar = m_parsed.constFind(calendarId);
    if (calendar == m_parsed.constEnd())
        return nullptr;
    const auto event = calendar->constFind(eventId);
    return event == calendar->constEnd() ? nullptr : &*event;
}

std::optional<Event> CalendarStore::parse(const QString &calendarId, const QString &eventId, const QByteArray &json)
{
    if (const Event *parsed = parsedEvent(calendarId, eventId))
        return *parsed;
    const QJsonObject object = parseObject(json);
    if (object.isEmpty())
        return std::nullopt; // a damaged row: skip it rather than show garbage
    Event event = Event::fromJson(object, calendarId);
    remember(event);
    return event;
}

void CalendarStore::remember(const Event &event)
{
    if (m_parsedCount >= kMaxParsedEvents)
        dropParsed();
    QHash<QString, Event> &calendar = m_parsed[event.calendarId];
    const qsizetype before = calendar.size();
    calendar.insert(event.id, event);
    m_parsedCount += calendar.size() - before;
}

void CalendarStore::forget(const QString &calendarId, const QString &eventId)
{
    const auto calendar = m_parsed.find(calendarId);
    if (calendar != m_parsed.end() && calendar->remove(eventId))
        --m_parsedCount;
}

void CalendarStore::dropParsedIfChangedElsewhere()
{
    // data_version changes when another connection (a second MentorDesk on the same file) commits, never for our
    // own commits, which update the parsed events themselves.
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next()) {
        dropParsed();
        return;
    }
    const qint64 version = query.value(0).toLongLong();
    if (version != m_dataVersion)
        dropParsed();
    m_dataVersion = version;
}

void CalendarStore::dropParsed()
{
    m_parsed.clear();
    m_parsedCount = 0;
    m_dataVersion = -1;
}

int CalendarStore::schemaVersion()
{
    if (!isOpen())
        return 0;
    const RecoveryGuard guard([this] { recoverIfNeeded(); });
    QSqlQuery query(m_db);
    return exec(query, u"PRAGMA user_version"_s) && query.next() ? query.value(0).toInt() : 0;
}

QList<Calendar> CalendarStore::calendars()
{
    QList<Calendar> result;
    if (!isOpen())
        return result;
    const RecoveryGuard guard([this] { recoverIfNeeded(); });
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!exec(query, u"SELECT kind, json FROM calendars ORDER BY position"_s))
        return result;
    while (query.next()) {
        Calendar calendar = Calendar::fromJson(parseObject(query.value(1).toByteArray()));
        calendar.kind = Calendar::Kind(qBound(0, query.value(0).toInt(), int(Calendar::Kind::Delegate)));
        result.append(calendar);
    }
    return result;
}

std::optional<Calendar> CalendarStore::calendar(const QString &calendarId)
{
    const QList<Calendar> all = calendars();
    for (const Calendar &calendar : all) {
        if (calendar.id == calendarId)
            return calendar;
    }
    return std::nullopt;
}

bool CalendarStore::replaceCalendars(const QList<Calendar> &calendars)
{
    if (!isOpen())
        return false;
    const RecoveryGuard guard([this] { recoverIfNeeded(); });
    if (!m_db.transaction()) {
        handleError(m_db.lastError(), "transaction");
        return false;
    }
    bool ok = true;
    // The same list again (every refresh reads it) changes no event and no calendar: listeners need not reload.
    const bool same = this->calendars() == calendars;
    QStringList gone;
    {
        QSet<QString> keep;
        for (const Calendar &calendar : calendars)
            keep.insert(calendar.id);
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        ok = exec(query, u"SELECT id FROM calendars"_s);
        while (ok && query.next()) {
            const QString id = query.value(0).toString();
            if (!keep.contains(id))
                gone << id;
        }
        query.finish();
        for (const QString &id : std::as_const(gone)) {
            for (const QString &table : {u"calendars"_s, u"events"_s, u"delta_links"_s}) {
                QSqlQuery remove(m_db);
                remove.prepare(
                    u"DELETE FROM %1 WHERE %2 = ?"_s.arg(table, table == "calendars"_L1 ? u"id"_s : u"calendar_id"_s));
                remove.addBindValue(id);
                if (ok && !remove.exec()) {
                    handleError(remove.lastError(), "delete calendar");
                    ok = false;
                }
            }
        }
        QSqlQuery upsert(m_db);
        upsert.prepare(u"INSERT INTO calendars (id, position, kind, visible, json) VALUES (?, ?, ?, 1, ?) "
                       "ON CONFLICT(id) DO UPDATE SET position = excluded.position, kind = excluded.kind, "
                       "json = excluded.json"_s);
        for (int i = 0; ok && i < calendars.size(); ++i) {
            const Calendar &calendar = calendars.at(i);
            upsert.addBindValue(calendar.id);
            upsert.addBindValue(i);
            upsert.addBindValue(int(calendar.kind));
            upsert.addBindValue(QJsonDocument(calendar.toJson()).toJson(QJsonDocument::Compact));
            if (!upsert.exec()) {
                handleError(upsert.lastError(), "store calendar");
                ok = false;
            }
        }
    }
    if (ok && !commit("commit calendars"))
        ok = false;
    if (!ok) {
        m_db.rollback();
        return false;
    }
    for (const QString &id : std::as_const(gone)) {
        if (const auto it = m_parsed.constFind(id); it != m_parsed.constEnd()) {
            m_parsedCount -= it->size();
            m_parsed.erase(it);
        }
    }
    bump(same ? CalendarStoreChange() : CalendarStoreChange::everything());
    return true;
}

bool CalendarStore::setCalendarVisible(const QString &calendarId, bool visible)
{
    if (!isOpen())
        return false;
    const RecoveryGuard guard([this] { recoverIfNeeded(); });
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE calendars SET visible = ? WHERE id = ?"_s);
    query.addBindValue(visible ? 1 : 0);
    query.addBindValue(calendarId);
    if (!query.exec()) {
        handleError(query.lastError(), "set visibility");
        return false;
    }
    if (query.numRowsAffected() < 1)
        return false;
    bump(CalendarStoreChange::allTimesOf({calendarId}));
    return true;
}

bool CalendarStore::isCalendarVisible(const QString &calendarId)
{
    return visibleCalendarIds().contains(calendarId);
}

QStringList CalendarStore::visibleCalendarIds()
{
    QStringList ids;
    if (!isOpen())
        return ids;
    const RecoveryGuard guard([this] { recoverIfNeeded(); });
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (exec(query, u"SELECT id FROM calendars WHERE visible != 0 ORDER BY position"_s)) {
        while (query.next())
            ids << query.value(0).toString();
    }
    return ids;
}

QDateTime CalendarStore::lastUpdated(const QString &calendarId)
{
    if (!isOpen())
        return {};
    const RecoveryGuard guard([this] { recoverIfNeeded(); });
    QSqlQuery query(m_db);
    query.prepare(u"SELECT last_updated FROM calendars WHERE id = ?"_s);
    query.addBindValue(calendarId);
    if (!query.exec()) {
        handleError(query.lastError(), "read last updated");
        return {};
    }
    if (!query.next() || query.value(0).isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), QTimeZone::utc()).toUTC();
}

QDateTime CalendarStore::lastUpdated()
{
    if (!isOpen())
        return {};
    const RecoveryGuard guard([this] { recoverIfNeeded(); });
    QSqlQuery query(m_db);
    // COUNT(last_updated) skips NULLs: when a visible calendar was never synced, the view was never fully updated.
    if (!exec(query, u"SELECT COUNT(*), COUNT(last_updated), MIN(last_updated) FROM calendars WHERE visible != 0"_s)
        || !query.next())
        return {};
    if (query.value(0).toInt() == 0 || query.value(0).toInt() != query.value(1).toInt())
        return {};
    return QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), QTimeZone::utc()).toUTC();
}

QStringList CalendarStore::effectiveCalendarIds(const QStringList &calendarIds)
{
    return calendarIds.isEmpty() ? visibleCalendarIds() : calendarIds;
}

QList<Event> CalendarStore::queryEvents(const QDateTime &fromUtc, const QDateTime &toUtc,
                                        const QStringList &calendarIds)
{
    QList<Event> result;
    if (!isOpen() || !fromUtc.isValid() || !toUtc.isValid())
        return result;
    const RecoveryGuard guard([this] { recoverIfNeeded(); });
    dropParsedIfChangedElsewhere();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The lower bound on start_utc keeps the range scan of (calendar_id, start_utc, end_utc) short: nothing
    // starting earlier than the longest cached event can still be running at fromUtc. The index picks the rows;
    // their JSON is parsed only for events not parsed before.
    query.prepare(u"SELECT id, json FROM events WHERE calendar_id = ? AND start_utc < ? AND start_utc >= ? "
                  "AND end_utc >= ?"_s);
    for (const QString &calendarId : calendarIds) {
        query.addBindValue(calendarId);
        query.addBindValue(ms(toUtc));
        query.addBindValue(ms(fromUtc) - m_maxDurationMs);
        query.addBindValue(ms(fromUtc));
        if (!query.exec()) {
            handleError(query.lastError(), "read events");
            return {};
        }
        while (query.next()) {
            if (std::optional<Event> event = parse(calendarId, query.value(0).toString(), query.value(1).toByteArray()))
                result.append(std::move(*event));
        }
    }
    return result;
}

QList<Event> CalendarStore::events(const CalendarRange &range, const QStringList &calendarIds)
{
    if (!range.isValid())
        return {};
    // All-day events are stored at midnight of their own zone, which can be up to a day away from the viewer's
    // midnight: widen by a day and then filter exactly by date.
    QList<Event> candidates
        = queryEvents(range.startUtc().addMSecs(-CalendarStoreChange::kAllDayMarginMs),
                      range.endUtc().addMSecs(CalendarStoreChange::kAllDayMarginMs), effectiveCalendarIds(calendarIds));
    QList<Event> result;
    result.reserve(candidates.size());
    for (Event &event : candidates) {
        if (range.intersects(event))
            result.append(std::move(event));
    }
    std::sort(result.begin(), result.end(), eventBefore);
    return result;
}

QList<Event> CalendarStore::eventsBetween(const QDateTime &startUtc, const QDateTime &endUtc,
                                          const QStringList &calendarIds)
{
    QList<Event> candidates = queryEvents(startUtc, endUtc, effectiveCalendarIds(calendarIds));
    QList<Event> result;
    result.reserve(candidates.size());
    for (Event &event : candidates) {
        const bool overlaps = event.start == event.end ? event.start >= startUtc && event.start < endUtc
                                                       : event.start < endUtc && event.end > startUtc;
        if (overlaps)
            result.append(std::move(event));
    }
    std::sort(result.begin(), result.end(), eventBefore);
    return result;
}

std::optional<Event> CalendarStore::event(const QString &calendarId, const QString &eventId)
{
    if (!isOpen())
        return std::nullopt;
    const RecoveryGuard guard([this] { recoverIfNeeded(); });
    dropParsedIfChangedElsewhere();
    if (const Event *parsed = parsedEvent(calendarId, eventId))
        return *parsed; // every write through this store updates it: it is what the file holds
    QSqlQuery query(m_db);
    query.prepare(u"SELECT json FROM events WHERE calendar_id = ? AND id = ?"_s);
    query.addBindValue(calendarId);
    query.addBindValue(eventId);
    if (!query.exec()) {
        handleError(query.lastError(), "read event");
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return parse(calendarId, eventId, query.value(0).toByteArray());
}

QList<Event> CalendarStore::seriesEvents(const QString &seriesMasterId)
{
    QList<Event> result;
    if (!isOpen() || seriesMasterId.isEmpty())
        return result;
    const RecoveryGuard guard([this] { recoverIfNeeded(); });
    dropParsedIfChangedElsewhere();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT calendar_id, id, json FROM events WHERE series_master_id = ?"_s);
    query.addBindValue(seriesMasterId);
    if (!query.exec()) {
        handleError(query.lastError(), "read series");
        return result;
    }
    while (query.next()) {
        std::optional<Event> event
            = parse(query.value(0).toString(), query.value(1).toString(), query.value(2).toByteArray());
        if (event)
            result.append(std::move(*event));
    }
    std::sort(result.begin(), result.end(), eventBefore);
    return result;
}

int CalendarStore::eventCount(const QString &calendarId)
{
    if (!isOpen())
        return 0;
    const RecoveryGuard guard([this] { recoverIfNeeded(); });
    QSqlQuery query(m_db);
    if (calendarId.isEmpty()) {
        if (!exec(query, u"SELECT COUNT(*) FROM events"_s))
            return 0;
    } else {
        query.prepare(u"SELECT COUNT(*) FROM events WHERE calendar_id = ?"_s);
        query.addBindValue(calendarId);
        if (!query.exec()) {
            handleError(query.lastError(), "count events");
            return 0;
        }
    }
    return query.next() ? query.value(0).toInt() : 0;
}

bool CalendarStore::applyChanges(const CalendarChangeSet &changes)
{
    return applyChanges(QList<CalendarChangeSet>{changes});
}

bool CalendarStore::applyChanges(const QList<CalendarChangeSet> &changes)
{
    if (!isOpen())
        return false;
    const RecoveryGuard guard([this] { recoverIfNeeded(); });
    // The parsed events say where a changed event was before (and whether it changed at all): they must match the
    // file.
    dropParsedIfChangedElsewhere();
    if (!m_db.transaction()) {
        handleError(m_db.lastError(), "transaction");
        return false;
    }
    bool ok = true;
    qint64 maxDuration = m_maxDurationMs;
    CalendarStoreChange change;
    {
        QSqlQuery upsert(m_db);
        upsert.prepare(u"INSERT OR REPLACE INTO events (calendar_id, id, start_utc, end_utc, is_all_day, "
                       "series_master_id, json) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        QSqlQuery remove(m_db);
        remove.prepare(u"DELETE FROM events WHERE calendar_id = ? AND id = ?"_s);
        QSqlQuery stored(m_db);
        stored.setForwardOnly(true);
        stored.prepare(u"SELECT start_utc, end_utc, is_all_day FROM events WHERE calendar_id = ? AND id = ?"_s);
        QSqlQuery inWindow(m_db);
        inWindow.setForwardOnly(true);
        inWindow.prepare(
            u"SELECT id, start_utc, end_utc, is_all_day FROM events WHERE calendar_id = ? AND start_utc < ? "
            "AND (end_utc > ? OR (end_utc = start_utc AND start_utc >= ?))"_s);
        QSqlQuery link(m_db);
        link.prepare(u"INSERT OR REPLACE INTO delta_links (calendar_id, start_utc, end_utc, link, updated) "
                     "VALUES (?, ?, ?, ?, ?)"_s);
        QSqlQuery updated(m_db);
        updated.prepare(u"UPDATE calendars SET last_updated = ? WHERE id = ?"_s);
        const qint64 now = ms(m_clock->nowUtc());

        const auto step = [&](QSqlQuery &query, const char *what) {
            if (query.exec())
                return true;
            handleError(query.lastError(), what);
            return false;
        };
        // A stored row's place when its parsed event is not at hand. An all-day event's dates are not in its
        // columns, only their midnights in its own zone, which is at most 14 hours from UTC: the dates they can be.
        const auto addRow = [&change](const QString &calendarId, const QSqlQuery &row, int column) {
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(row.value(column).toLongLong(), QTimeZone::utc());
            const QDateTime end = QDateTime::fromMSecsSinceEpoch(row.value(column + 1).toLongLong(), QTimeZone::utc());
            if (row.value(column + 2).toBool()) {
                constexpr qint64 kZoneMarginSecs = 14 * 60 * 60;
                change.addDates(calendarId, start.addSecs(-kZoneMarginSecs).date(),
                                end.addSecs(kZoneMarginSecs).date().addDays(1));
            } else {
                change.add(calendarId, start, end);
            }
        };
        // Where a stored event is now, into the change: its old place changes too when it moves or goes.
        const auto addStoredSpan = [&](const QString &calendarId, const QString &id) {
            if (const Event *known = parsedEvent(calendarId, id)) {
                change.add(*known);
                return true;
            }
            stored.addBindValue(calendarId);
            stored.addBindValue(id);
            if (!step(stored, "read stored event"))
                return false;
            if (stored.next())
                addRow(calendarId, stored, 0);
            stored.finish();
            return true;
        };

        for (const CalendarChangeSet &set : changes) {
            if (!ok)
                break;
            QSet<QString> upserted;
            for (const Event &given : set.upserts) {
                if (!given.isValid()) {
                    qCWarning(lcCalendar) << "Skipping an event without id or times";
                    continue;
                }
                upserted.insert(given.id);
                Event event = given;
                event.calendarId = set.calendarId; // what reading it back would say
                maxDuration = qMax(maxDuration, ms(event.end) - ms(event.start));
                if (const Event *known = parsedEvent(set.calendarId, event.id); known && *known == event)
                    continue; // a full reload returns mostly unchanged events: nothing to write or to tell
                if (!(ok = addStoredSpan(set.calendarId, event.id)))
                    break;
                upsert.addBindValue(set.calendarId);
                upsert.addBindValue(event.id);
                upsert.addBindValue(ms(event.start));
                upsert.addBindValue(ms(event.end));
                upsert.addBindValue(event.isAllDay ? 1 : 0);
                upsert.addBindValue(event.seriesMasterId.isEmpty() ? QVariant() : QVariant(event.seriesMasterId));
                upsert.addBindValue(eventJson(event));
                if (!(ok = step(upsert, "store event")))
                    break;
                change.add(event);
                // The sync parsed it from Graph's reply: served from here, not parsed again from the JSON just
                // written.
                remember(event);
            }
            for (const QString &id : set.removedIds) {
                if (!ok || !(ok = addStoredSpan(set.calendarId, id)))
                    break;
                remove.addBindValue(set.calendarId);
                remove.addBindValue(id);
                ok = step(remove, "remove event");
                forget(set.calendarId, id);
            }
            if (ok && set.replacesWindow && set.windowStartUtc.isValid() && set.windowEndUtc.isValid()) {
                inWindow.addBindValue(set.calendarId);
                inWindow.addBindValue(ms(set.windowEndUtc));
                inWindow.addBindValue(ms(set.windowStartUtc));
                inWindow.addBindValue(ms(set.windowStartUtc));
                QStringList stale;
                if ((ok = step(inWindow, "read window"))) {
                    while (inWindow.next()) {
                        const QString id = inWindow.value(0).toString();
                        if (!upserted.contains(id)) {
                            stale << id;
                            if (const Event *known = parsedEvent(set.calendarId, id))
                                change.add(*known);
                            else
                                addRow(set.calendarId, inWindow, 1);
                        }
                    }
                }
                inWindow.finish();
                for (const QString &id : std::as_const(stale)) {
                    if (!ok)
                        break;
                    remove.addBindValue(set.calendarId);
                    remove.addBindValue(id);
                    ok = step(remove, "remove stale event");
                    forget(set.calendarId, id);
                }
            }
            if (ok && !set.deltaLink.isEmpty()) {
                link.addBindValue(set.calendarId);
                link.addBindValue(ms(set.windowStartUtc));
                link.addBindValue(ms(set.windowEndUtc));
                link.addBindValue(set.deltaLink);
                link.addBindValue(now);
                ok = step(link, "store delta link");
            }
            if (ok && set.markUpdated) {
                updated.addBindValue(now);
                updated.addBindValue(set.calendarId);
                ok = step(updated, "mark updated");
            }
        }
    }
    if (ok && !commit("commit changes"))
        ok = false;
    if (!ok) {
        m_db.rollback();
        dropParsed(); // they followed the transaction that was rolled back
        return false;
    }
    m_maxDurationMs = maxDuration;
    bump(change);
    return true;
}

QString CalendarStore::deltaLink(const QString &calendarId, const QDateTime &windowStartUtc,
                                 const QDateTime &windowEndUtc)
{
    if (!isOpen())
        return {};
    const RecoveryGuard guard([this] { recoverIfNeeded(); });
    QSqlQuery query(m_db);
    query.prepare(u"SELECT link FROM delta_links WHERE calendar_id = ? AND start_utc = ? AND end_utc = ?"_s);
    query.addBindValue(calendarId);
    query.addBindValue(ms(windowStartUtc));
    query.addBindValue(ms(windowEndUtc));
    if (!query.exec()) {
        handleError(query.lastError(), "read delta link");
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}

bool CalendarStore::clearDeltaLinks(const QString &calendarId)
{
    if (!isOpen())
        return false;
    const RecoveryGuard guard([this] { recoverIfNeeded(); });
    QSqlQuery query(m_db);
    if (calendarId.isEmpty()) {
        query.prepare(u"DELETE FROM delta_links"_s);
    } else {
        query.prepare(u"DELETE FROM delta_links WHERE calendar_id = ?"_s);
        query.addBindValue(calendarId);
    }
    if (!query.exec()) {
        handleError(query.lastError(), "clear delta links");
        return false;
    }
    return true;
}

bool CalendarStore::deleteAll()
{
    closeConnection();
    const bool ok = removeFiles();
    // The account folder goes too when nothing else lives there (rmdir refuses a non-empty folder).
    QDir().rmdir(QFileInfo(m_filePath).absolutePath());
    m_maxDurationMs = 0;
    bump();
    return ok;
}

} // namespace MentorDesk
