#pragma once

#include "core/booking/BookingResult.h"
#include "core/consent/Feature.h"
#include "core/consent/FeatureGate.h"
#include "core/graph/GraphRequest.h"
#include "core/model/Event.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace MentorDesk {

class BookingCalendar;
class BookingOperation;
class Clock;
class GraphClient;

// Works out what to send to move or cancel a session (BookingService::reschedule and cancel): whether it may be
// done (the feature gate, EventChangeRule, the new time), the event to change (for a whole series its master, read
// first), the patch and the outbox label. The write itself goes to the sender, which puts it in the outbox.
class SessionChangePlanner : public QObject
{
    Q_OBJECT

public:
    struct Write
    {
        BookingResult::Operation operation = BookingResult::Operation::Reschedule; // or Cancel
        Event event; // as it was
        GraphRequest request;
        QString label; // for the outbox
        QDateTime newStart; // Reschedule only
        QDateTime newEnd;
        QString progress; // while it is sent
        QString notSaved; // when the outbox could not take it
    };
    // Takes over operation: enqueues the write and sets the progress, or finishes it with notSaved.
    using Sender = std::function<void(BookingOperation *operation, const Write &write)>;

    // client, calendar and clock are not owned and must outlive the planner; gate answers FeatureGate's question
    // for the signed-in account.
    SessionChangePlanner(GraphClient *client, const BookingCalendar *calendar, Clock *clock,
                         std::function<FeatureAvailability(Feature)> gate, Sender send, QObject *parent = nullptr);

    // wholeSeries: for an occurrence or exception, move the series by the same offset (see seriesMoveJson).
    BookingOperation *move(const Event &event, const QDateTime &newStartUtc, const QDateTime &newEndUtc,
                           bool wholeSeries);
    BookingOperation *cancel(const Event &event, const QString &message, bool wholeSeries);

private:
    BookingOperation *refuse(BookingResult::Operation operation, const Event &event, BookingResult::Status status,
                             const QString &message, const FeatureAvailability &availability = {});
    // The refusal for event, or null when it may be changed.
    BookingOperation *refusal(BookingResult::Operation operation, const Event &event);
    void sendMove(BookingOperation *operation, const Event &event, const QString &targetId, const QJsonObject &patch,
                  const QDateTime &newStart, const QDateTime &newEnd);

    GraphClient *m_client;
    const BookingCalendar *m_calendar;
    Clock *m_clock;
    std::function<FeatureAvailability(Feature)> m_gate;
    Sender m_send;
};

} // namespace MentorDesk
