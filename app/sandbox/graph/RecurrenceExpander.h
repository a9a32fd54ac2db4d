#pragma once

#include "sandbox/state/SandboxState.h"

namespace MentorDesk::Sandbox {

// One item of a calendar view: a stored single instance or exception, or an occurrence expanded from a master.
struct EventInstance
{
    const StoredEvent *stored = nullptr; // the single instance or exception; for an occurrence: the series master
    bool isOccurrence = false;
    QString id;
    QDateTime startUtc;
    QDateTime endUtc;
    QDateTime originalStartUtc; // occurrences and exceptions
};

// Expands Graph's patternedRecurrence (daily, weekly, absolute/relative monthly and yearly; endDate, numbered,
// noEnd) in the series' own time zone, so 10:00 stays 10:00 across a DST change.
class RecurrenceExpander
{
public:
    // Original starts of every occurrence of the master that begins before toUtc (and not before fromUtc).
    static QList<QDateTime> originalStarts(const StoredEvent &master, const QDateTime &fromUtc, const QDateTime &toUtc);
    // The instances of a mailbox (optionally one calendar) overlapping [fromUtc, toUtc): singles, exceptions and
    // occurrences; never series masters, never removed items. Singles and exceptions come first, then
    // occurrences (as the real service pages them), each part by start time.
    static QList<EventInstance> instances(const SandboxState &state, const QString &mailbox, const QString &calendarId,
                                          const QDateTime &fromUtc, const QDateTime &toUtc);
    // Every instance of one stored item (a master yields its occurrences and exceptions) in the window.
    static QList<EventInstance> instancesOf(const SandboxState &state, const StoredEvent &stored,
                                            const QDateTime &fromUtc, const QDateTime &toUtc);

    static QString occurrenceId(const QString &masterId, const QDateTime &originalStartUtc);
    static bool parseOccurrenceId(const QString &id, QString *masterId, QDateTime *originalStartUtc);
    static QTimeZone seriesZone(const StoredEvent &master);
};

} // namespace MentorDesk::Sandbox
