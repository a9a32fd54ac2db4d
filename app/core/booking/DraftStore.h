#pragma once

#include "core/booking/SessionDraft.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace MentorDesk {

class Clock;

// The account's session drafts, in a small JSON file in the account's data folder
// (AppServices::accountDataDirectory(account) + "/booking-drafts.json"), written atomically (QSaveFile) on every
// change. Drafts stay until they are booked or discarded, whatever happens in between: the dialog closes, the app
// quits, the sign-in expires, the network fails. Sign-out deletes the folder and with it the drafts.
class DraftStore : public QObject
{
    Q_OBJECT

public:
    static constexpr char kFileName[] = "booking-drafts.json";

    explicit DraftStore(const QString &filePath, Clock *clock = nullptr, QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }
    // Reads the file (a missing file is an empty store). An unreadable file is kept aside as "<file>.broken" and
    // the store starts empty, so a corrupt file never blocks booking. Returns false in that case.
    bool load();
    QString errorString() const { return m_error; }

    // Most recently changed first.
    QList<SessionDraft> drafts() const { return m_drafts; }
    int count() const { return int(m_drafts.size()); }
    std::optional<SessionDraft> draft(const QString &id) const;
    // The draft the New session dialog should resume: the most recently changed one.
    std::optional<SessionDraft> latest() const;
    std::optional<SessionDraft> findByOutboxId(qint64 outboxId) const;

    // Inserts or replaces (by id) and writes the file; sets updatedUtc. False when the file could not be written
    // (the draft is still kept in memory).
    bool save(SessionDraft draft);
    // What the dialog saves while the user types: the content, keeping the booking state BookingService recorded
    // on the stored copy (outboxId, lastError), which the dialog's copy may not know yet.
    bool saveEdits(SessionDraft draft);
    bool remove(const QString &id);

Q_SIGNALS:
    void changed();

private:
    bool write();

    QString m_filePath;
    Clock *m_clock;
    QList<SessionDraft> m_drafts;
    QString m_error;
};

} // namespace MentorDesk
