#include "ui/common/TimeZoneComboBox.h"

#include <QCompleter>
#include <QDateTime>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk {

TimeZoneComboBox::TimeZoneComboBox(Empty empty, QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    addItem(empty == Empty::SystemZone
                ? tr("System time zone (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId()))
                : tr("None"),
            QByteArray());
    // Ordered by offset now, as people scan zones from west to east, then by id.
    struct Zone
    {
        QByteArray id;
        int offset;
    };
    QList<Zone> zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // Only region ids ("Europe/Paris"): not the aliases "UTC+01:00", "EST5EDT" or "Etc/GMT-1".
        if (!id.contains('/') || id.startsWith("Etc/") || id.startsWith("SystemV/"))
            continue;
        const QTimeZone zone(id);
        if (zone.isValid())
            zones.append({id, zone.offsetFromUtc(now)});
    }
    std::sort(zones.begin(), zones.end(),
              [](const Zone &a, const Zone &b) { return a.offset != b.offset ? a.offset < b.offset : a.id < b.id; });
    for (const Zone &zone : std::as_const(zones))
        addItem(describe(QTimeZone(zone.id), now), zone.id);

    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    lineEdit()->setAccessibleName(tr("Time zone"));
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT zoneChanged(zoneId()); });
}

QByteArray TimeZoneComboBox::zoneId() const
{
    return currentData().toByteArray();
}

void TimeZoneComboBox::setZoneId(const QByteArray &id)
{
    const int index = findData(id);
    setCurrentIndex(index >= 0 ? index : 0);
}

QString TimeZoneComboBox::describe(const QTimeZone &zone, const QDateTime &at)
{
    const int offset = zone.offsetFromUtc(at);
    const QString sign = offset < 0 ? u"−"_s : u"+"_s;
    const int minutes = std::abs(offset) / 60;
    const QString utc
        = tr("UTC%1%2:%3").arg(sign).arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
    const QString name = zone.displayName(at, QTimeZone::LongName, QLocale());
    return name.isEmpty() || name == utc ? u"%1 · %2"_s.arg(QString::fromUtf8(zone.id()), utc)
                                         : u"%1 · %2 · %3"_s.arg(QString::fromUtf8(zone.id()), utc, name);
}

} // namespace MentorDesk
