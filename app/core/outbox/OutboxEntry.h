#pragma once

#include "core/graph/GraphRequest.h"
#include "core/graph/GraphResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace MentorDesk {

enum class OutboxState {
    Pending, // waiting to be sent (offline, waiting for sign-in, or a retry is scheduled)
    Sending, // on the wire right now
    Failed, // Graph refused it (e.g. 400, 403): the user decides to retry or discard
    NeedsAttention, // outcome unknown and no idempotency key: the user checks before sending it again
};

// One persisted write. The label is what the user recognises ("Mentoring with Ana, Tue 3 May 10:00"), set by
// the feature that enqueued it; kind is that feature's own tag ("booking", "reschedule", "channelPost").
struct OutboxEntry
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::OutboxEntry)

public:
    qint64 id = 0;
    QString kind;
    QString label;
    GraphRequest request;
    OutboxState state = OutboxState::Pending;
    int attempts = 0; // times it was put on the wire
    GraphStatus lastStatus = GraphStatus::Ok; // outcome of the last attempt (Ok = none yet)
    int lastHttpStatus = 0;
    QString lastErrorCode; // Graph's error code, for the details pane
    QString lastRequestId; // for support
    int retryAfterSeconds = -1;
    QDateTime createdUtc;
    QDateTime updatedUtc;
    QDateTime nextAttemptUtc; // Pending only: not before this

    bool canRetry() const { return state != OutboxState::Sending; }
    bool canDiscard() const { return state != OutboxState::Sending; }
    // Translated: the state in a word or two, and what happened / what the user can do.
    static QString stateText(OutboxState state);
    QString message() const;

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

} // namespace MentorDesk
