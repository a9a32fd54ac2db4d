#pragma once

#include "core/booking/BookingResult.h"

#include <QObject>
#include <QString>

#include <functional>

namespace MentorDesk {

class BookingService;

// One booking action in progress (book, reschedule, cancel, meeting link, suggested times), as BookingService
// returns it. Emits finished() exactly once, always asynchronously (connect right after the call), then deletes
// itself. The dialogs show progressText() in their busy state and offer cancel().
class BookingOperation : public QObject
{
    Q_OBJECT

public:
    ~BookingOperation() override;

    BookingResult::Operation operation() const { return m_result.operation; }
    bool isFinished() const { return m_finished; }
    const BookingResult &result() const { return m_result; }
    QString progressText() const { return m_progress; }

    // Stops waiting. A write that has not left the outbox is withdrawn (finished: Cancelled; a booking's draft is
    // kept); one already on the wire cannot be recalled, so it finishes as Queued and its outcome arrives later
    // through BookingService::bookingFinished. A query (suggested times, meeting link) is abandoned.
    void cancel();

Q_SIGNALS:
    void progressChanged(const QString &text);
    void finished(const MentorDesk::BookingResult &result);

private:
    // The booking side's classes that start operations.
    friend class BookingService;
    friend class MeetingLinkCreator;
    friend class MeetingTimeFinder;
    friend class SessionChangePlanner;
    explicit BookingOperation(BookingResult::Operation operation, QObject *parent);

    void setProgress(const QString &text);
    // Emits finished(result) (queued, so callers of the service can connect first) and schedules deletion.
    void finish(BookingResult result);
    void setCanceller(std::function<void()> canceller) { m_canceller = std::move(canceller); }

    BookingResult m_result;
    QString m_progress;
    std::function<void()> m_canceller;
    bool m_finished = false;
};

} // namespace MentorDesk
