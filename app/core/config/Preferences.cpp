#include "core/config/Preferences.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

constexpr auto kTimeZone = "preferences/timeZone"_L1;
constexpr auto kSecondTimeZone = "preferences/secondTimeZone"_L1;
constexpr auto kReminders = "preferences/reminders"_L1;
constexpr auto kCloseToTray = "preferences/closeToTray"_L1;

QByteArray validZoneId(const QVariant &stored)
{
    const QByteArray id = stored.toString().toUtf8();
    return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id) ? id : QByteArray();
}

} // namespace

QTimeZone Preferences::timeZone() const
{
    return timeZoneId.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(timeZoneId);
}

QTimeZone Preferences::secondTimeZone() const
{
    return secondTimeZoneId.isEmpty() ? QTimeZone() : QTimeZone(secondTimeZoneId);
}

Preferences Preferences::load(QSettings &settings)
{
    Preferences preferences;
    preferences.timeZoneId = validZoneId(settings.value(kTimeZone));
    preferences.secondTimeZoneId = validZoneId(settings.value(kSecondTimeZone));
    preferences.remindersEnabled = settings.value(kReminders, true).toBool();
    preferences.closeToTray = settings.value(kCloseToTray, false).toBool();
    return preferences;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(kTimeZone, QString::fromUtf8(timeZoneId));
    settings.setValue(kSecondTimeZone, QString::fromUtf8(secondTimeZoneId));
    settings.setValue(kReminders, remindersEnabled);
    settings.setValue(kCloseToTray, closeToTray);
}

} // namespace MentorDesk
