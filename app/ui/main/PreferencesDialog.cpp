#include "ui/main/PreferencesDialog.h"

#include "ui/common/TimeZoneComboBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, bool trayAvailable, QWidget *parent)
    : QDialog(parent)
    , m_initial(preferences)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(u"preferencesDialog"_s);

    auto *calendar = new QGroupBox(tr("Calendar"), this);
    m_zone = new TimeZoneComboBox(TimeZoneComboBox::Empty::SystemZone, calendar);
    m_zone->setObjectName(u"preferencesTimeZone"_s);
    m_zone->setAccessibleName(tr("Time zone the calendar is shown in"));
    m_zone->setZoneId(preferences.timeZoneId);
    m_secondZone = new TimeZoneComboBox(TimeZoneComboBox::Empty::None, calendar);
    m_secondZone->setObjectName(u"preferencesSecondTimeZone"_s);
    m_secondZone->setAccessibleName(tr("Second time zone in the day and week views"));
    m_secondZone->setZoneId(preferences.secondTimeZoneId);
    auto *calendarForm = new QFormLayout(calendar);
    calendarForm->addRow(tr("&Time zone:"), m_zone);
    calendarForm->addRow(tr("&Second time zone:"), m_secondZone);

    auto *reminders = new QGroupBox(tr("Reminders"), this);
    m_reminders = new QCheckBox(tr("Show &reminders before events"), reminders);
    m_reminders->setObjectName(u"preferencesReminders"_s);
    m_reminders->setAccessibleName(m_reminders->text().remove(u'&'));
    m_reminders->setChecked(preferences.remindersEnabled);
    m_closeToTray = new QCheckBox(tr("&Keep MentorDesk in the system tray when its window is closed"), reminders);
    m_closeToTray->setObjectName(u"preferencesCloseToTray"_s);
    m_closeToTray->setAccessibleName(m_closeToTray->text().remove(u'&'));
    m_closeToTray->setChecked(preferences.closeToTray && trayAvailable);
    m_closeToTray->setEnabled(trayAvailable);
    // The product promises no background access: say what the option means next to it.
    auto *promise
        = new QLabel(trayAvailable ? tr("Reminders appear only while MentorDesk runs. Nothing runs once you quit "
                                        "it: MentorDesk never reads your calendar in the background.")
                                   : tr("This desktop has no system tray. Reminders appear while the MentorDesk "
                                        "window is open; nothing runs once you close it."),
                     reminders);
    promise->setObjectName(u"preferencesBackgroundNote"_s);
    promise->setWordWrap(true);
    promise->setForegroundRole(QPalette::PlaceholderText);
    auto *remindersLayout = new QVBoxLayout(reminders);
    remindersLayout->addWidget(m_reminders);
    remindersLayout->addWidget(m_closeToTray);
    remindersLayout->addWidget(promise);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Apply the preferences"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(calendar);
    layout->addWidget(reminders);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences = m_initial;
    preferences.timeZoneId = m_zone->zoneId();
    preferences.secondTimeZoneId = m_secondZone->zoneId();
    preferences.remindersEnabled = m_reminders->isChecked();
    preferences.closeToTray = m_closeToTray->isEnabled() ? m_closeToTray->isChecked() : m_initial.closeToTray;
    return preferences;
}

} // namespace MentorDesk
