#pragma once

#include <QComboBox>
#include <QTimeZone>

namespace MentorDesk {

// Picks an IANA time zone. The first entry stands for "none" or "the system's zone" (kept as an empty id, so the
// system's zone is followed when it changes); typing finds a zone by any part of its id or name ("tokyo", "berlin").
class TimeZoneComboBox : public QComboBox
{
    Q_OBJECT

public:
    enum class Empty {
        SystemZone, // "System time zone (Europe/Berlin)"
        None, // "None"
    };

    explicit TimeZoneComboBox(Empty empty, QWidget *parent = nullptr);

    QByteArray zoneId() const; // empty for the first entry
    void setZoneId(const QByteArray &id);

    // "Asia/Tokyo · UTC+09:00 · Japan Standard Time" at the given moment (offsets change with daylight saving).
    static QString describe(const QTimeZone &zone, const QDateTime &at);

Q_SIGNALS:
    void zoneChanged(const QByteArray &id);
};

} // namespace MentorDesk
