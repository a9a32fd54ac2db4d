#pragma once

#include "core/graph/GraphResult.h"
#include "core/model/Calendar.h"
#include "core/model/EmailAddress.h"
#include "core/model/Event.h"
#include "core/model/ScheduleInformation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace MentorDesk {

class CalendarStore;
class CalendarSync;
class Clock;
class GraphClient;
class GraphJob;

// Colleagues' calendars the user opened by address (Calendar ▸ Open a colleague's calendar…), for people whose
// calendar is not in GET /me/calendars: a mentee, a co-mentor. There is no directory search in MentorDesk's scopes,
// so the address comes from the user (completed from people met before, PastAttendees).
//
// Adding one asks Graph once, for the next day: GET /users/{address}/calendar/calendarView
// (ColleagueCalendarViewJob). Readable: the calendar is added and synced with the others as
// /users/{address}/calendar/calendarView (CalendarSync reads it like a shared calendar). Refused (403, the colleague
// has not shared it): POST /me/calendar/getSchedule (GetScheduleJob) is asked whether their free/busy is known; if so
// the calendar is added as free/busy only, synced through getSchedule: its events are the busy blocks Graph reports
// (scheduleItems: status as showAs, subject and location only where the owner lets the user see them). No calendar
// (404, ErrorInvalidUser) or a free/busy error: nothing is added, and the user is told why (ColleagueCalendarText).
//
// The list is kept per account in a small JSON file (AccountServices::dataDirectory() + "/colleague-calendars.json")
// and handed to CalendarSync (setAddedCalendars()), which keeps these calendars in the store next to the listed
// ones. Their ids say what they are: "colleague:" + address (events) and "freebusy:" + address (free/busy only).
class ColleagueCalendars : public QObject
{
    Q_OBJECT

public:
    enum class Access {
        Events, // the colleague shares the calendar: its events are read
        FreeBusy, // not shared: only free/busy, from getSchedule
    };
    Q_ENUM(Access)

    struct Entry
    {
        EmailAddress person;
        Access access = Access::Events;

        QString calendarId() const { return calendarIdFor(person.address, access); }
        Calendar calendar() const;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    enum class Outcome {
        AddedEvents, // readable: added
        AddedFreeBusy, // not shared: added as free/busy only
        AlreadyAdded, // in the list already (nothing changed)
        AlreadyShared, // the calendar is in GET /me/calendars already (shared with the user)
        NoCalendar, // no such mailbox, or Graph knows no free/busy for the address: nothing added
        Invalid, // not an address
        Failed, // offline, throttled, …: nothing added, result says why
        Cancelled,
    };
    Q_ENUM(Outcome)

    struct AddResult
    {
        Outcome outcome = Outcome::Failed;
        Entry entry;
        // Translated: what happened and what it means (also for the added ones: how the calendar is read).
        QString message;
        GraphResult result;

        bool isAdded() const { return outcome == Outcome::AddedEvents || outcome == Outcome::AddedFreeBusy; }
    };

    static constexpr QStringView kEventsPrefix = u"colleague:";
    static constexpr QStringView kFreeBusyPrefix = u"freebusy:";
    static QString calendarIdFor(const QString &address, Access access);
    // Whether a calendar id is one of these (either kind) / a free/busy-only one.
    static bool isAdded(QStringView calendarId);
    static bool isFreeBusyOnly(QStringView calendarId);
    // The free/busy blocks of one getSchedule item as events of calendarId (free blocks and invalid ones left out).
    static QList<Event> eventsFromSchedule(const ScheduleInformation &schedule, const QString &calendarId);

    // client, sync (and its store) and clock are not owned. filePath: the JSON file the list is kept in.
    ColleagueCalendars(GraphClient *client, CalendarSync *sync, const QString &filePath, Clock *clock = nullptr,
                       QObject *parent = nullptr);
    ~ColleagueCalendars() override;

    QString filePath() const { return m_filePath; }
    // Reads the file (a missing or unreadable one is an empty list) and hands the calendars to the sync.
    void load();
    const QList<Entry> &entries() const { return m_entries; }
    std::optional<Entry> entry(const QString &address) const;
    QList<Calendar> calendars() const;

    // Asks Graph as described above; addFinished() follows exactly once (also when cancelled).
    void add(const EmailAddress &person);
    void cancelAdd();
    bool isAdding() const { return !m_job.isNull(); }
    // Removes the calendar (by address, case-insensitive) and its cached events; false when it was not there.
    bool remove(const QString &address);
    // A saved calendar's calendar id; the same, for the calendar list's Remove.
    bool removeCalendar(const QString &calendarId);

Q_SIGNALS:
    void addStarted(const MentorDesk::EmailAddress &person);
    void addFinished(const MentorDesk::ColleagueCalendars::AddResult &result);
    void changed();

private:
    void finishAdd(const AddResult &result);
    void onViewFinished(const GraphResult &result);
    void askSchedule(const GraphResult &viewResult);
    bool save();
    void publish();

    GraphClient *m_client;
    QPointer<CalendarSync> m_sync;
    QString m_filePath;
    Clock *m_clock;
    QList<Entry> m_entries;
    QPointer<GraphJob> m_job;
    EmailAddress m_adding;
};

// Sentences for colleague calendars the user added (translated).
class ColleagueCalendarsText
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::ColleagueCalendars)

public:
    // How an added calendar is read: for its tooltip and the notice when it is added.
    static QString explanation(const Calendar &calendar);
    // Short, for the calendar list's second line.
    static QString subtitle(const Calendar &calendar);
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::ColleagueCalendars::AddResult)
