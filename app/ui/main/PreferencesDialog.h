#pragma once

#include "core/config/Preferences.h"

#include <QDialog>

class QCheckBox;

namespace MentorDesk {

class TimeZoneComboBox;

// Preferences: the zone the calendar is shown in, a second zone beside the hours, reminders, and whether closing
// the window keeps MentorDesk in the system tray. OK applies; the caller saves.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, bool trayAvailable, QWidget *parent = nullptr);

    Preferences preferences() const;

private:
    Preferences m_initial;
    TimeZoneComboBox *m_zone = nullptr;
    TimeZoneComboBox *m_secondZone = nullptr;
    QCheckBox *m_reminders = nullptr;
    QCheckBox *m_closeToTray = nullptr;
};

} // namespace MentorDesk
