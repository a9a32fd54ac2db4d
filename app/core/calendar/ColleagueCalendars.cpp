#include "core/calendar/ColleagueCalendars.h"

#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarSync.h"
#include "core/calendar/ColleagueCalendarText.h"
#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/graph/jobs/ColleagueCalendarViewJob.h"
#include "core/graph/jobs/GetScheduleJob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

constexpr int kFileVersion = 1;

Event::ShowAs showAsFor(Availability availability)
{
    switch (availability) {
    case Availability::Free:
        return Event::ShowAs::Free;
    case Availability::Tentative:
        return Event::ShowAs::Tentative;
    case Availability::Busy:
        return Event::ShowAs::Busy;
    case Availability::OutOfOffice:
        return Event::ShowAs::Oof;
    case Availability::WorkingElsewhere:
        return Event::ShowAs::WorkingElsewhere;
    case Availability::Unknown:
        break;
    }
    return Event::ShowAs::Unknown;
}

QString accessKey(ColleagueCalendars::Access access)
{
    return access == ColleagueCalendars::Access::FreeBusy ? u"freeBusy"_s : u"events"_s;
}

} // namespace

QString ColleagueCalendars::calendarIdFor(const QString &address, Access access)
{
    return (access == Access::FreeBusy ? kFreeBusyPrefix : kEventsPrefix) + address.trimmed().toLower();
}

bool ColleagueCalendars::isAdded(QStringView calendarId)
{
    return calendarId.startsWith(kEventsPrefix) || calendarId.startsWith(kFreeBusyPrefix);
}

bool ColleagueCalendars::isFreeBusyOnly(QStringView calendarId)
{
    return calendarId.startsWith(kFreeBusyPrefix);
}

Calendar ColleagueCalendars::Entry::calendar() const
{
    Calendar calendar = ColleagueCalendarViewJob::calendarOf(person);
    calendar.id = calendarId();
    calendar.canViewPrivateItems = false;
    return calendar;
}

QList<Event> ColleagueCalendars::eventsFromSchedule(const ScheduleInformation &schedule, const QString &calendarId)
{
    QList<Event> events;
    for (const ScheduleItem &item : schedule.scheduleItems) {
        if (!item.isValid() || item.status == Availability::Free)
            continue;
        Event event;
        // Graph gives schedule items no id: the block's times and status name it, stable across rounds.
        event.id = u"fb-%1-%2-%3"_s.arg(item.start.toMSecsSinceEpoch())
                       .arg(item.end.toMSecsSinceEpoch())
                       .arg(availabilityToString(item.status));
        event.calendarId = calendarId;
        event.subject = item.subject; // empty unless the owner lets the user see it
        event.location.displayName = item.location;
        event.start = item.start.toUTC();
        event.end = item.end.toUTC();
        event.originalStartTimeZone = u"UTC"_s;
        event.originalEndTimeZone = u"UTC"_s;
        event.showAs = showAsFor(item.status);
        event.sensitivity = item.isPrivate ? Event::Sensitivity::Private : Event::Sensitivity::Normal;
        event.responseRequested = false;
        events << event;
    }
    // Two blocks with the same times and status are one for the calendar.
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.id < b.id; });
    events.erase(std::unique(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.id == b.id; }),
                 events.end());
    return events;
}

ColleagueCalendars::ColleagueCalendars(GraphClient *client, CalendarSync *sync, const QString &filePath, Clock *clock,
                                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sync(sync)
    , m_filePath(filePath)
    , m_clock(clock ? clock : Clock::system())
{
    qRegisterMetaType<MentorDesk::ColleagueCalendars::AddResult>();
}

ColleagueCalendars::~ColleagueCalendars()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

void ColleagueCalendars::load()
{
    m_entries.clear();
    QFile file(m_filePath);
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &value : root.value(u"calendars"_s).toArray()) {
            const QJsonObject object = value.toObject();
            Entry entry;
            entry.person = EmailAddress::fromJson(object.value(u"person"_s));
            entry.access = object.value(u"access"_s).toString() == "freeBusy"_L1 ? Access::FreeBusy : Access::Events;
            if (entry.person.address.isEmpty() || this->entry(entry.person.address))
                continue;
            m_entries << entry;
        }
    }
    publish();
}

bool ColleagueCalendars::save()
{
    QJsonArray calendars;
    for (const Entry &entry : std::as_const(m_entries))
        calendars.append(QJsonObject{{u"person"_s, entry.person.toJson()}, {u"access"_s, accessKey(entry.access)}});
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcCalendar) << "could not save the colleagues' calendars:" << file.errorString();
        return false;
    }
    file.write(QJsonDocument(QJsonObject{{u"version"_s, kFileVersion}, {u"calendars"_s, calendars}}).toJson());
    if (!file.commit()) {
        qCWarning(lcCalendar) << "could not save the colleagues' calendars:" << file.errorString();
        return false;
    }
    return true;
}

void ColleagueCalendars::publish()
{
    if (m_sync)
        m_sync->setAddedCalendars(calendars());
    Q_EMIT changed();
}

std::optional<ColleagueCalendars::Entry> ColleagueCalendars::entry(const QString &address) const
{
    for (const Entry &entry : m_entries) {
        if (entry.person.address.compare(address.trimmed(), Qt::CaseInsensitive) == 0)
            return entry;
    }
    return std::nullopt;
}

QList<Calendar> ColleagueCalendars::calendars() const
{
    QList<Calendar> calendars;
    for (const Entry &entry : m_entries)
        calendars << entry.calendar();
    return calendars;
}

void ColleagueCalendars::add(const EmailAddress &person)
{
    cancelAdd();
    EmailAddress who = person;
    who.address = who.address.trimmed();
    m_adding = who;
    AddResult result;
    result.entry.person = who;
    const qsizetype at = who.address.indexOf(u'@');
    if (at <= 0 || at == who.address.size() - 1 || who.address.contains(u' ')) {
        result.outcome = Outcome::Invalid;
        result.message = tr("“%1” is not an email address. Type the colleague's address, like "
                            "name@example.com.")
                             .arg(who.address);
        QMetaObject::invokeMethod(
            this, [this, result] { finishAdd(result); }, Qt::QueuedConnection);
        return;
    }
    if (const std::optional<Entry> known = entry(who.address)) {
        result.outcome = Outcome::AlreadyAdded;
        result.entry = *known;
        result.message = tr("%1's calendar is in your calendar list already.").arg(known->person.displayName());
        QMetaObject::invokeMethod(
            this, [this, result] { finishAdd(result); }, Qt::QueuedConnection);
        return;
    }
    if (m_sync && m_sync->store() && m_sync->store()->isOpen()) {
        for (const Calendar &calendar : m_sync->store()->calendars()) {
            if (!calendar.isOwn() && !isAdded(calendar.id)
                && calendar.owner.address.compare(who.address, Qt::CaseInsensitive) == 0) {
                result.outcome = Outcome::AlreadyShared;
                result.message = tr("%1 shares their calendar with you: it is in your calendar list already, as "
                                    "“%2”.")
                                     .arg(calendar.owner.displayName(), calendar.name);
                QMetaObject::invokeMethod(
                    this, [this, result] { finishAdd(result); }, Qt::QueuedConnection);
                return;
            }
        }
    }
    const QDateTime now = m_clock->nowUtc();
    auto *job = new ColleagueCalendarViewJob(m_client, who, now, now.addDays(1), 1, this);
    m_job = job;
    connect(job, &GraphJob::finished, this, &ColleagueCalendars::onViewFinished);
    job->start();
    Q_EMIT addStarted(who);
}

void ColleagueCalendars::onViewFinished(const GraphResult &viewResult)
{
    m_job.clear();
    AddResult result;
    result.entry.person = m_adding;
    result.result = viewResult;
    switch (ColleagueCalendarViewJob::accessFor(viewResult)) {
    case ColleagueCalendarViewJob::Access::Readable:
        result.outcome = Outcome::AddedEvents;
        result.entry.access = Access::Events;
        break;
    case ColleagueCalendarViewJob::Access::NotShared:
        askSchedule(viewResult);
        return;
    case ColleagueCalendarViewJob::Access::NoCalendar:
        result.outcome = Outcome::NoCalendar;
        result.message = ColleagueCalendarText::calendarFailure(viewResult, m_adding);
        break;
    case ColleagueCalendarViewJob::Access::Failed:
        result.outcome = viewResult.status == GraphStatus::Cancelled ? Outcome::Cancelled : Outcome::Failed;
        result.message = viewResult.status == GraphStatus::Cancelled
            ? tr("Stopped. Nothing was added.")
            : tr("Could not open %1's calendar: %2").arg(m_adding.displayName(), viewResult.userMessage());
        break;
    }
    finishAdd(result);
}

void ColleagueCalendars::askSchedule(const GraphResult &viewResult)
{
    GetScheduleJob::Query query;
    query.schedules = QStringList{m_adding.address};
    query.startUtc = m_clock->nowUtc();
    query.endUtc = query.startUtc.addDays(1);
    query.intervalMinutes = 60;
    auto *job = new GetScheduleJob(m_client, query, this);
    m_job = job;
    connect(job, &GraphJob::finished, this, [this, job, viewResult](const GraphResult &scheduleResult) {
        m_job.clear();
        AddResult result;
        result.entry.person = m_adding;
        result.result = scheduleResult;
        if (!scheduleResult.isOk()) {
            result.outcome = scheduleResult.status == GraphStatus::Cancelled ? Outcome::Cancelled : Outcome::Failed;
            result.message = scheduleResult.status == GraphStatus::Cancelled
                ? tr("Stopped. Nothing was added.")
                : tr("Could not open %1's calendar: %2").arg(m_adding.displayName(), scheduleResult.userMessage());
        } else if (const std::optional<ScheduleInformation> schedule = job->schedule(m_adding.address);
                   !schedule || schedule->hasError()) {
            result.outcome = Outcome::NoCalendar;
            result.message = schedule ? ColleagueCalendarText::scheduleFailure(*schedule, m_adding)
                                      : ColleagueCalendarText::calendarFailure(viewResult, m_adding);
        } else {
            result.outcome = Outcome::AddedFreeBusy;
            result.entry.access = Access::FreeBusy;
            result.result = viewResult;
        }
        finishAdd(result);
    });
    job->start();
}

void ColleagueCalendars::finishAdd(const AddResult &added)
{
    AddResult result = added;
    if (result.isAdded()) {
        m_entries << result.entry;
        save();
        publish();
        result.message = ColleagueCalendarsText::explanation(result.entry.calendar());
    }
    Q_EMIT addFinished(result);
}

void ColleagueCalendars::cancelAdd()
{
    if (m_job)
        m_job->cancel(); // finished(Cancelled) at once: addFinished(Cancelled)
}

bool ColleagueCalendars::remove(const QString &address)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).person.address.compare(address.trimmed(), Qt::CaseInsensitive) == 0) {
            m_entries.removeAt(i);
            save();
            publish();
            return true;
        }
    }
    return false;
}

bool ColleagueCalendars::removeCalendar(const QString &calendarId)
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.calendarId() == calendarId)
            return remove(entry.person.address);
    }
    return false;
}

QString ColleagueCalendarsText::explanation(const Calendar &calendar)
{
    const QString who = calendar.owner.displayName();
    if (ColleagueCalendars::isFreeBusyOnly(calendar.id))
        return tr("%1 has not shared their calendar with you, so MentorDesk shows only when they are busy, "
                  "tentative, away or working elsewhere; subjects appear only where they allow it. Ask them to share "
                  "their calendar in Outlook to see their events.")
            .arg(who);
    return tr("%1 shares their calendar with you: MentorDesk shows their events (read-only) and keeps them up to "
              "date with yours.")
        .arg(who);
}

QString ColleagueCalendarsText::subtitle(const Calendar &calendar)
{
    if (ColleagueCalendars::isFreeBusyOnly(calendar.id))
        return tr("Free/busy only · not shared with you");
    return tr("Opened by address · read-only");
}

} // namespace MentorDesk
