#pragma once

#include "core/calendar/CalendarChangeSet.h"
#include "core/calendar/CalendarStoreChange.h"
#include "core/model/Calendar.h"
#include "core/model/Event.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlQuery;

namespace MentorDesk {

class CalendarRange;
class Clock;

// The per-account calendar cache: SQLite (Qt Sql, QSQLITE) in a file whose path is injected (the app uses
// AppServices::accountDataDirectory(account) + "/calendar.sqlite", which sign-out deletes). It holds the calendars
// (with per-calendar visibility and "last updated"), their events (the event's Graph JSON plus indexed columns:
// calendar id, start/end UTC, all-day, series master id) and per calendar+window delta links, so the last known
// calendar shows instantly at start-up and offline.
//
// Events are parsed from their JSON once per store: every event a query reads or a write stores is kept, parsed,
// in memory (by calendar and id), and later queries take it from there; SQLite still decides which events a query
// returns (the range index), so memory never answers for an event that is not on disk. Writes through this store
// update the parsed copies after the commit; a commit by another connection (PRAGMA data_version) drops them.
//
// Schema versioned with PRAGMA user_version and migrated step by step (v1: calendars, events, range index; v2:
// delta_links table and series index). A cache is disposable: a file that is not a database, is truncated or
// corrupt, or comes from a newer MentorDesk is deleted and rebuilt empty (recovered()), during open() or when a
// later statement reports corruption; never a crash. A file that is merely locked by another connection (SQLite
// busy/locked beyond a short busy timeout) or that the system cannot read right now (I/O error, full disk) is
// never deleted: open() fails and leaves it as it is. One QSqlDatabase connection per instance, with a unique
// name, removed again in close(). Use from one thread (the GUI thread).
class CalendarStore : public QObject
{
    Q_OBJECT

public:
    enum class OpenStatus {
        Opened, // an existing cache at the current schema
        Created, // no cache yet: an empty one was created
        Migrated, // an older schema was migrated; its data kept
        Recovered, // the file was unusable and was replaced by an empty cache
        Busy, // another connection holds a lock on the file; it was left alone and the store stays closed
        Failed // could not open or create a database at that path (e.g. not writable, I/O error); the store
               // stays closed and the file, if any, is left alone
    };
    Q_ENUM(OpenStatus)

    // Why the last statement that failed did, for the sentence the user gets (read it right after a call returned
    // false): another connection holds the file beyond the busy timeout (SQLite busy/locked), the disk is full
    // (SQLITE_FULL, which SQLite also reports when the system says there is no space left), or anything else.
    enum class Failure { None, Busy, DiskFull, Other };
    Q_ENUM(Failure)

    static constexpr int kSchemaVersion = 2;

    explicit CalendarStore(const QString &filePath, Clock *clock = nullptr, QObject *parent = nullptr);
    ~CalendarStore() override;

    OpenStatus open();
    void close();
    bool isOpen() const;
    QString filePath() const { return m_filePath; }
    int schemaVersion(); // of the open file (user_version), 0 when closed
    Failure lastFailure() const;
    // SQLite's own (English) text of the last failed statement: for logs and details, never the user's sentence.
    QString errorString() const { return m_lastError.text(); }
    // Increases with every successful change; part of the layout caches' keys.
    quint64 revision() const { return m_revision; }

    // Calendars, in the order last given to replaceCalendars().
    QList<Calendar> calendars();
    std::optional<Calendar> calendar(const QString &calendarId);
    // The new list from GET /me/calendars. Calendars that stay keep their visibility and "last updated"; the
    // events and delta links of calendars that are gone are deleted.
    bool replaceCalendars(const QList<Calendar> &calendars);
    bool setCalendarVisible(const QString &calendarId, bool visible);
    bool isCalendarVisible(const QString &calendarId);
    QStringList visibleCalendarIds();
    QDateTime lastUpdated(const QString &calendarId); // invalid: never
    // The stalest "last updated" over the visible calendars (what "last updated …" should say); invalid: never.
    QDateTime lastUpdated();

    // Events of the given calendars (all visible ones when empty) shown in range (CalendarRange::intersects():
    // timed by UTC overlap, all-day by date), sorted by start, then end, then id.
    QList<Event> events(const CalendarRange &range, const QStringList &calendarIds = {});
    // Events overlapping a UTC window by their stored start/end (all-day: midnight in their own zone).
    QList<Event> eventsBetween(const QDateTime &startUtc, const QDateTime &endUtc, const QStringList &calendarIds = {});
    std::optional<Event> event(const QString &calendarId, const QString &eventId);
    // Occurrences and exceptions of a series that are cached (any calendar).
    QList<Event> seriesEvents(const QString &seriesMasterId);
    int eventCount(const QString &calendarId = {});

    // All change sets in one transaction; on failure nothing is applied and false is returned.
    bool applyChanges(const CalendarChangeSet &changes);
    bool applyChanges(const QList<CalendarChangeSet> &changes);

    // The delta link stored for this calendar and window, empty when none.
    QString deltaLink(const QString &calendarId, const QDateTime &windowStartUtc, const QDateTime &windowEndUtc);
    // Forget delta links (syncStateNotFound / resyncRequired): of one calendar, or all when empty.
    bool clearDeltaLinks(const QString &calendarId = {});

    // Sign-out: closes the store and deletes the file (and SQLite's -wal/-shm/-journal companions).
    bool deleteAll();

Q_SIGNALS:
    // After every successful write (events, calendars, visibility, recovery), with what it touched: listeners that
    // show one range ignore changes elsewhere (CalendarStoreChange::affects()).
    void changed(quint64 revision, const MentorDesk::CalendarStoreChange &change);
    // The cache was unusable and has been rebuilt empty.
    void recovered();

private:
    enum class Prepare { Ok, Unusable, Busy, Failed };
    Prepare openConnection(OpenStatus *status);
    bool migrate(int fromVersion);
    bool exec(QSqlQuery &query, const QString &sql);
    bool run(const QString &sql);
    bool commit(const char *what); // ends the transaction m_db.transaction() began; false: see lastFailure()
    void closeConnection();
    bool removeFiles();
    // A statement failed: logs it, and when SQLite says the file is corrupt or not a database marks the cache for
    // rebuilding, which recoverIfNeeded() does once the failing call's queries are gone.
    bool handleError(const QSqlError &error, const char *what);
    void recoverIfNeeded();
    void bump(const CalendarStoreChange &change = CalendarStoreChange::everything());
    // Parsed events (see the class comment).
    const Event *parsedEvent(const QString &calendarId, const QString &eventId) const;
    std::optional<Event> parse(const QString &calendarId, const QString &eventId, const QByteArray &json);
    void remember(const Event &event);
    void forget(const QString &calendarId, const QString &eventId);
    void dropParsedIfChangedElsewhere();
    void dropParsed();
    QStringList effectiveCalendarIds(const QStringList &calendarIds);
    QList<Event> queryEvents(const QDateTime &fromUtc, const QDateTime &toUtc, const QStringList &calendarIds);

    QString m_filePath;
    QString m_connectionName;
    QSqlDatabase m_db;
    QSqlError m_lastError; // of the last failed statement, for open()'s verdict on a failed migration
    Clock *m_clock = nullptr;
    quint64 m_revision = 0;
    QHash<QString, QHash<QString, Event>> m_parsed; // calendar id -> event id -> the parsed event
    qsizetype m_parsedCount = 0;
    qint64 m_dataVersion = -1; // PRAGMA data_version when m_parsed was last known to match the file
    qint64 m_maxDurationMs = 0; // longest cached event: bounds the index range scan from below
    bool m_recovering = false;
    bool m_needsRecovery = false;
};

} // namespace MentorDesk
