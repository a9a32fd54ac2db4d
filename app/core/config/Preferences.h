#pragma once

#include <QString>
#include <QTimeZone>

class QSettings;

namespace MentorDesk {

// What the user chose in Preferences (and View ▸ Time zone), kept in the application's settings. Not per account:
// they are about this desktop. Unknown or unusable stored values fall back to the defaults.
struct Preferences
{
    QByteArray timeZoneId; // IANA id; empty: the system's zone, following it when it changes
    QByteArray secondTimeZoneId; // IANA id shown beside the day and week views' hours; empty: none
    bool remindersEnabled = true;
    // Closing the window keeps MentorDesk running in the system tray (for reminders). Off by default: nothing runs
    // once MentorDesk is closed.
    bool closeToTray = false;

    QTimeZone timeZone() const; // the zone the calendar is shown in
    QTimeZone secondTimeZone() const; // invalid when none

    static Preferences load(QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace MentorDesk
