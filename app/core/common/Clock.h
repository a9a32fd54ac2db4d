#pragma once

#include <QDateTime>

namespace MentorDesk {

// Injected wherever "now" matters (token expiry, sync intervals, "in the past" checks), so tests can move time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const;

    // The process-wide real clock; never null.
    static Clock *system();
};

// A clock that stands still until told to move; for tests and the sandbox.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime nowUtc = QDateTime::currentDateTimeUtc());
    QDateTime nowUtc() const override;
    void setNowUtc(const QDateTime &nowUtc);
    void advance(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace MentorDesk
