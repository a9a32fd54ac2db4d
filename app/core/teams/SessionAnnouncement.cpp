#include "core/teams/SessionAnnouncement.h"

#include "core/teams/MessageComposer.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

QString dateText(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QLocale::LongFormat);
}

QString timeText(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, QLocale::ShortFormat);
}

// "Wednesday, 2 December 2026, 10:00 – 11:00", or both dates when the range crosses midnight in that zone.
QString rangeText(const QDateTime &start, const QDateTime &end, const QLocale &locale)
{
    const QString from
        = SessionAnnouncement::tr("%1, %2").arg(dateText(start.date(), locale), timeText(start.time(), locale));
    const QString to = start.date() == end.date()
        ? timeText(end.time(), locale)
        : SessionAnnouncement::tr("%1, %2").arg(dateText(end.date(), locale), timeText(end.time(), locale));
    return from + u" \u2013 "_s + to;
}

} // namespace

QString SessionAnnouncement::offsetText(const QTimeZone &zone, const QDateTime &instant)
{
    const int offset = zone.offsetFromUtc(instant);
    if (offset == 0)
        return u"UTC"_s;
    const int minutes = qAbs(offset) / 60;
    return u"UTC%1%2:%3"_s.arg(offset < 0 ? u"\u2212"_s : u"+"_s)
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

SessionAnnouncement SessionAnnouncement::fromEvent(const Event &event, const QTimeZone &local, const QLocale &locale)
{
    SessionAnnouncement announcement;
    const QString title = event.subject.trimmed();
    announcement.subject = title.isEmpty() ? tr("Mentoring session") : tr("Mentoring session: %1").arg(title);

    QStringList lines;
    lines << u"**"_s + MessageComposer::escapeMarkup(title.isEmpty() ? tr("Mentoring session") : title) + u"**"_s;
    if (event.isAllDay) {
        // All-day dates are the same for every reader: no zone, no UTC line.
        const QDate last = event.endDate.isValid() ? event.endDate.addDays(-1) : event.startDate;
        const QString dates = last > event.startDate
            ? dateText(event.startDate, locale) + u" \u2013 "_s + dateText(last, locale)
            : dateText(event.startDate, locale);
        lines << MessageComposer::escapeMarkup(tr("When: %1 (all day)").arg(dates));
    } else {
        const QTimeZone zone = local.isValid() ? local : QTimeZone::utc();
        const QDateTime start = event.start.toTimeZone(zone);
        const QDateTime end = event.end.toTimeZone(zone);
        const bool isUtc = zone.id() == "UTC" || zone.id() == "Etc/UTC";
        const QString zoneName = isUtc ? u"UTC"_s : QString::fromUtf8(zone.id());
        const QString offset = offsetText(zone, event.start);
        const QString where = zoneName == offset ? zoneName : tr("%1, %2").arg(zoneName, offset);
        lines << MessageComposer::escapeMarkup(tr("When: %1 (%2)").arg(rangeText(start, end, locale), where));
        if (!isUtc) {
            lines << MessageComposer::escapeMarkup(
                tr("In UTC: %1").arg(rangeText(event.start.toUTC(), event.end.toUTC(), locale)));
        }
    }
    if (event.hasJoinUrl()) {
        // Parentheses would end the link target early; percent-encoded they mean the same to Teams.
        QString url = event.joinUrl.toString(QUrl::FullyEncoded);
        url.replace(u'(', "%28"_L1).replace(u')', "%29"_L1);
        lines << u"["_s + MessageComposer::escapeMarkup(tr("Join the Teams meeting")) + u"]("_s + url + u")"_s;
    }
    announcement.text = lines.join(u'\n');
    return announcement;
}

} // namespace MentorDesk
