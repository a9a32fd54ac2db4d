#include "sandbox/seed/SeedBuilder.h"

#include "sandbox/graph/GraphTimeFormat.h"
#include "sandbox/graph/MeetingResponses.h"
#include "sandbox/graph/OnlineMeetingFactory.h"
#include "sandbox/graph/RecurrenceExpander.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

namespace {

const QStringList kSubjects{u"1:1 with %1"_s,
                            u"Career conversation: %1"_s,
                            u"Code review pairing (%1)"_s,
                            u"Design critique with %1"_s,
                            u"Architecture sync"_s,
                            u"Sprint planning"_s,
                            u"Quarterly goals check-in"_s,
                            u"Lunch & learn: testing"_s,
                            u"Interview debrief"_s,
                            u"Mentee onboarding (%1)"_s,
                            u"Focus time"_s,
                            u"Customer call"_s};

} // namespace

SeedBuilder::SeedBuilder(SandboxState &state, const DemoOrganisation &organisation, int eventsPerCalendar)
    : m_state(state)
    , m_org(organisation)
    , m_eventsPerCalendar(std::max(0, eventsPerCalendar))
    , m_random(state.seed ^ organisation.seedSalt)
    , m_anchorDate(
          state.anchorUtc.toTimeZone(GraphTimeFormat::zone(DemoOrganisation::text(organisation.homeZone))).date())
    , m_namespace(DemoOrganisation::text(organisation.idNamespace))
{ }

QString SeedBuilder::guid(const QString &name) const
{
    return QUuid::createUuidV5(m_namespace, name).toString(QUuid::WithoutBraces);
}

QString SeedBuilder::upn(const char16_t *local) const
{
    return DemoOrganisation::text(local) + u'@' + m_state.tenantDomain;
}

QStringList SeedBuilder::upns(const char16_t *locals) const
{
    QStringList result;
    for (const QString &local : DemoOrganisation::list(locals))
        result << local + u'@' + m_state.tenantDomain;
    return result;
}

QString SeedBuilder::seededId(const QString &prefix, int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(m_random.bounded(256));
    return prefix + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QDateTime SeedBuilder::local(const QDate &date, int hour, int minute, const QString &zone) const
{
    return QDateTime(date, QTime(hour, minute), GraphTimeFormat::zone(zone)).toUTC();
}

void SeedBuilder::build()
{
    m_state.tenantId = DemoOrganisation::text(m_org.tenantId);
    m_state.tenantDomain = DemoOrganisation::text(m_org.domain);
    m_state.tenantName = DemoOrganisation::text(m_org.name);
    addUsers();
    addCalendars();
    addGroupsAndTeams();
    addMentorSpecials();
    for (const StoredCalendar &calendar : QList<StoredCalendar>(m_state.calendars)) {
        const User *owner = m_state.user(calendar.mailbox);
        const bool full = calendar.mailbox == m_state.mentorUpn || owner->sharesWithMentor != u"none"_s;
        // Everyone else gets a few meetings so free/busy and findMeetingTimes have something to avoid.
        addRandomEvents(calendar.mailbox, calendar.id, full ? m_eventsPerCalendar : std::min(m_eventsPerCalendar, 12));
    }
    // Last, so that everything seeded before keeps its ids (the random stream is not moved).
    addMentorsDay();
}

void SeedBuilder::addUsers()
{
    int index = 0;
    for (const DemoOrganisation::Person &person : m_org.people) {
        User user;
        user.upn = upn(person.local);
        user.id = guid(u"user:"_s + user.upn);
        user.givenName = QString::fromUtf16(person.given);
        user.surname = QString::fromUtf16(person.surname);
        user.displayName = user.givenName + u' ' + user.surname;
        user.jobTitle = QString::fromUtf16(person.job);
        user.officeLocation = QString::fromUtf16(person.office);
        user.workTimeZone = QString::fromUtf16(person.zone);
        user.sharesWithMentor = QString::fromUtf16(person.shares);
        user.businessPhones = QStringList{DemoOrganisation::text(m_org.businessPhone).arg(1200 + index)};
        user.mobilePhone = index % 3 == 0 ? QString() : DemoOrganisation::text(m_org.mobilePhone).arg(3100 + index);
        user.hasPhoto = index == 0;
        if (person.hours) {
            const QStringList span = DemoOrganisation::text(person.hours).split(u'-');
            user.workStart = QTime::fromString(span.value(0), u"HH:mm"_s);
            user.workEnd = QTime::fromString(span.value(1), u"HH:mm"_s);
        }
        if (person.days)
            user.workDays = DemoOrganisation::list(person.days);
        m_state.users << user;
        ++index;
    }
    m_state.mentorUpn = m_state.users.first().upn;
    // The tenant's administrator (Global Administrator), who answers admin consent requests. Not a mailbox user:
    // the directory and calendars stay as they were.
    m_state.adminUpn = upn(u"admin");
}

void SeedBuilder::addCalendars()
{
    for (const User &user : m_state.users) {
        StoredCalendar calendar;
        calendar.mailbox = user.upn;
        calendar.id = u"AAMkAGcal"_s + guid(u"calendar:"_s + user.upn).remove(u'-');
        calendar.name = u"Calendar"_s;
        calendar.isDefault = true;
        calendar.changeKey = seededId(QString(), 12);
        m_state.calendars << calendar;
        if (user.upn == m_state.mentorUpn) {
            StoredCalendar mentoring;
            mentoring.mailbox = user.upn;
            mentoring.id = u"AAMkAGcal"_s + guid(u"calendar:mentoring:"_s + user.upn).remove(u'-');
            mentoring.name = DemoOrganisation::text(m_org.secondCalendar);
            mentoring.color = u"lightGreen"_s;
            mentoring.hexColor = u"#87d28e"_s;
            mentoring.changeKey = seededId(QString(), 12);
            m_state.calendars << mentoring;
        }
    }
}

void SeedBuilder::addGroupsAndTeams()
{
    QStringList everyone;
    for (const User &user : m_state.users)
        everyone << user.upn;
    const auto created = [&](int daysAgo) {
        return GraphTimeFormat::formatOffset(QDateTime(m_anchorDate.addDays(-daysAgo), QTime(9, 0), QTimeZone::utc()));
    };
    const auto addGroup = [&](const QString &name, const QString &description, const QStringList &types, bool mail,
                              bool security, bool team, const QStringList &provisioning, bool archived) -> Group & {
        Group group;
        group.id = guid(u"group:"_s + name);
        group.displayName = name;
        group.description = description;
        group.mailNickname = QString(name).remove(u' ').remove(u'\'');
        group.groupTypes = types;
        group.mailEnabled = mail;
        group.securityEnabled = security;
        group.visibility = types.contains(u"Unified"_s) ? u"Private"_s : QString();
        group.isTeam = team;
        group.resourceProvisioningOptions = provisioning;
        group.isArchived = archived;
        group.createdDateTime = created(400 + int(m_state.groups.size()) * 17);
        group.memberUpns = everyone;
        m_state.groups << group;
        return m_state.groups.last();
    };
    for (const DemoOrganisation::GroupRow &row : m_org.groups) {
        Group &group
            = addGroup(DemoOrganisation::text(row.name), DemoOrganisation::text(row.description),
                       row.unified ? QStringList{u"Unified"_s} : QStringList(), row.mailEnabled, row.securityEnabled,
                       row.team, row.teamOption ? QStringList{u"Team"_s} : QStringList(), row.archived);
        if (row.members)
            group.memberUpns = upns(row.members);
    }

    const auto addChannel = [&](const QString &teamName, const QString &name, const QString &description,
                                const QString &membership, const QStringList &members) {
        StoredChannel channel;
        const Group *team = nullptr;
        for (const Group &group : m_state.groups) {
            if (group.displayName == teamName)
                team = &group;
        }
        channel.teamId = team->id;
        channel.id = u"19:"_s + guid(u"channel:"_s + teamName + u'/' + name).remove(u'-') + u"@thread.tacv2"_s;
        channel.displayName = name;
        channel.description = description;
        channel.membershipType = membership;
        channel.memberUpns = members;
        channel.createdDateTime = team->createdDateTime;
        m_state.channels << channel;
    };
    for (const DemoOrganisation::ChannelRow &row : m_org.channels)
        addChannel(DemoOrganisation::text(row.team), DemoOrganisation::text(row.name),
                   DemoOrganisation::text(row.description), DemoOrganisation::text(row.membership), upns(row.members));
}

StoredEvent SeedBuilder::makeEvent(const QString &mailbox, const QString &calendarId, const QString &subject,
                                   const QDateTime &startUtc, int minutes, const QString &zone)
{
    StoredEvent event;
    event.id = seededId(u"AAMkAG"_s, 72);
    event.mailbox = mailbox;
    event.calendarId = calendarId;
    event.startUtc = startUtc;
    event.endUtc = startUtc.addSecs(qint64(minutes) * 60);
    event.startZone = zone;
    event.endZone = zone;
    event.createdUtc = startUtc.addDays(-14 - m_random.bounded(30));
    event.lastModifiedUtc = event.createdUtc.addSecs(m_random.bounded(86400));
    event.changeKey = seededId(QString(), 16);
    event.iCalUId = u"040000008200E00074C5B7101A82E00800000000"_s
        + QString::fromLatin1(QCryptographicHash::hash(event.id.toUtf8(), QCryptographicHash::Md5).toHex().toUpper());
    const User *owner = m_state.user(mailbox);
    event.props = QJsonObject{
        {u"subject"_s, subject},
        {u"body"_s,
         QJsonObject{{u"contentType"_s, u"html"_s},
                     {u"content"_s, u"<html><body><p>%1</p></body></html>"_s.arg(subject.toHtmlEscaped())}}},
        {u"importance"_s, u"normal"_s},
        {u"sensitivity"_s, u"normal"_s},
        {u"showAs"_s, u"busy"_s},
        {u"categories"_s, QJsonArray{}},
        {u"reminderMinutesBeforeStart"_s, 15},
        {u"isReminderOn"_s, true},
        {u"hasAttachments"_s, false},
        {u"isDraft"_s, false},
        {u"hideAttendees"_s, false},
        {u"responseRequested"_s, true},
        {u"allowNewTimeProposals"_s, true},
        {u"isOrganizer"_s, true},
        {u"responseStatus"_s, QJsonObject{{u"response"_s, u"organizer"_s}, {u"time"_s, u"0001-01-01T00:00:00Z"_s}}},
        {u"location"_s,
         QJsonObject{{u"displayName"_s, QString()},
                     {u"locationType"_s, u"default"_s},
                     {u"uniqueIdType"_s, u"unknown"_s},
                     {u"address"_s, QJsonObject{}},
                     {u"coordinates"_s, QJsonObject{}}}},
        {u"locations"_s, QJsonArray{}},
        {u"attendees"_s, QJsonArray{}},
        {u"organizer"_s,
         QJsonObject{{u"emailAddress"_s, QJsonObject{{u"name"_s, owner->displayName}, {u"address"_s, owner->upn}}}}},
        {u"isOnlineMeeting"_s, false},
        {u"onlineMeetingProvider"_s, u"unknown"_s},
        {u"onlineMeeting"_s, QJsonValue()},
        {u"onlineMeetingUrl"_s, QJsonValue()},
    };
    return event;
}

void SeedBuilder::addAttendees(StoredEvent &event, const QStringList &upns, const QString &organizerUpn)
{
    static const QStringList responses{u"accepted"_s, u"tentativelyAccepted"_s, u"declined"_s, u"none"_s};
    QJsonArray attendees;
    for (const QString &upn : upns) {
        const User *person = m_state.user(upn);
        const QString response = responses.at(m_random.bounded(int(responses.size())));
        attendees.append(QJsonObject{
            {u"type"_s,
             attendees.isEmpty() ? u"required"_s : (m_random.bounded(3) == 0 ? u"optional"_s : u"required"_s)},
            {u"status"_s,
             QJsonObject{{u"response"_s, response},
                         {u"time"_s,
                          response == u"none"_s ? u"0001-01-01T00:00:00Z"_s
                                                : GraphTimeFormat::formatOffset(event.createdUtc.addSecs(3600))}}},
            {u"emailAddress"_s, QJsonObject{{u"name"_s, person->displayName}, {u"address"_s, person->upn}}},
        });
    }
    event.props.insert(u"attendees"_s, attendees);
    if (organizerUpn != event.mailbox) {
        const User *organizer = m_state.user(organizerUpn);
        event.props.insert(
            u"organizer"_s,
            QJsonObject{
                {u"emailAddress"_s, QJsonObject{{u"name"_s, organizer->displayName}, {u"address"_s, organizer->upn}}}});
        event.props.insert(u"isOrganizer"_s, false);
        const QString own = responses.at(m_random.bounded(2));
        event.props.insert(u"responseStatus"_s,
                           QJsonObject{{u"response"_s, own},
                                       {u"time"_s, GraphTimeFormat::formatOffset(event.createdUtc.addSecs(7200))}});
    }
}

void SeedBuilder::setAttendees(StoredEvent &event, const QStringList &upns, const QString &organizerUpn)
{
    QJsonArray attendees;
    for (const QString &upn : upns) {
        const User *person = m_state.user(upn);
        attendees.append(QJsonObject{
            {u"type"_s, u"required"_s},
            {u"status"_s, QJsonObject{{u"response"_s, u"none"_s}, {u"time"_s, u"0001-01-01T00:00:00Z"_s}}},
            {u"emailAddress"_s, QJsonObject{{u"name"_s, person->displayName}, {u"address"_s, person->upn}}},
        });
    }
    event.props.insert(u"attendees"_s, attendees);
    const User *organizer = m_state.user(organizerUpn);
    event.props.insert(u"organizer"_s,
                       QJsonObject{{u"emailAddress"_s,
                                    QJsonObject{{u"name"_s, organizer->displayName}, {u"address"_s, organizer->upn}}}});
}

void SeedBuilder::makeOnline(StoredEvent &event)
{
    const QString organizerUpn = event.props.value(u"organizer"_s)
                                     .toObject()
                                     .value(u"emailAddress"_s)
                                     .toObject()
                                     .value(u"address"_s)
                                     .toString();
    const User *organizer = m_state.user(organizerUpn);
    const QJsonObject info = OnlineMeetingFactory::eventMeetingInfo(
        OnlineMeetingFactory::joinUrl(m_state.tenantId, organizer ? organizer->id : QString(), m_random), m_random);
    event.props.insert(u"isOnlineMeeting"_s, true);
    event.props.insert(u"onlineMeetingProvider"_s, u"teamsForBusiness"_s);
    event.props.insert(u"onlineMeeting"_s, info);
    QJsonObject body = event.props.value(u"body"_s).toObject();
    QString content = body.value(u"content"_s).toString();
    content.replace(u"</body>"_s, OnlineMeetingFactory::joinBlobHtml(info) + u"</body>"_s);
    body.insert(u"content"_s, content);
    event.props.insert(u"body"_s, body);
    QJsonObject location = event.props.value(u"location"_s).toObject();
    if (location.value(u"displayName"_s).toString().isEmpty())
        location.insert(u"displayName"_s, u"Microsoft Teams Meeting"_s);
    event.props.insert(u"location"_s, location);
}

void SeedBuilder::addRandomEvents(const QString &mailbox, const QString &calendarId, int count)
{
    const User *owner = m_state.user(mailbox);
    QStringList others;
    for (const User &user : m_state.users) {
        if (user.upn != mailbox)
            others << user.upn;
    }
    static const QStringList zones{u"Pacific Standard Time"_s, u"W. Europe Standard Time"_s, u"Tokyo Standard Time"_s,
                                   u"India Standard Time"_s};
    for (int i = 0; i < count; ++i) {
        QDate date = m_anchorDate.addDays(m_random.bounded(-90, 91));
        while (date.dayOfWeek() > 5)
            date = date.addDays(1);
        // Most meetings are in the owner's zone; some were created by people elsewhere.
        const QString zone
            = m_random.bounded(5) == 0 ? zones.at(m_random.bounded(int(zones.size()))) : owner->workTimeZone;
        const int hour = 8 + m_random.bounded(9);
        const int minute = m_random.bounded(2) * 30;
        static const int durations[] = {30, 30, 45, 60, 60, 90};
        const int minutes = durations[m_random.bounded(6)];
        const QString partner = others.at(m_random.bounded(int(others.size())));
        QString subject = kSubjects.at(m_random.bounded(int(kSubjects.size())));
        if (subject.contains(u"%1"_s))
            subject = subject.arg(m_state.user(partner)->displayName);
        StoredEvent event = makeEvent(mailbox, calendarId, subject, local(date, hour, minute, zone), minutes, zone);
        const int attendeeCount = m_random.bounded(4);
        QStringList attendees{partner};
        for (int a = 1; a < attendeeCount; ++a) {
            const QString extra = others.at(m_random.bounded(int(others.size())));
            if (!attendees.contains(extra))
                attendees << extra;
        }
        const bool invited = m_random.bounded(4) == 0; // organised by someone else
        addAttendees(event, attendees, invited ? partner : mailbox);
        if (m_random.bounded(3) == 0)
            makeOnline(event);
        if (subject == u"Focus time"_s)
            event.props.insert(u"showAs"_s, u"tentative"_s);
        m_state.insertEvent(event);
    }
}

void SeedBuilder::addMentorSpecials()
{
    const QString mentor = m_state.mentorUpn;
    const QString calendarId = m_state.defaultCalendar(mentor)->id;
    QString mentoringCalendar;
    for (const StoredCalendar &calendar : m_state.calendars) {
        if (calendar.mailbox == mentor && !calendar.isDefault)
            mentoringCalendar = calendar.id;
    }
    const QString home = DemoOrganisation::text(m_org.homeZone);
    // Monday of the anchor week.
    const QDate monday = m_anchorDate.addDays(1 - m_anchorDate.dayOfWeek());

    // Weekly series (Tuesdays 10:00 in the home zone) with one moved occurrence and one cancelled occurrence.
    const QDate firstTuesday = monday.addDays(1 - 42);
    const QString seriesSubject = DemoOrganisation::text(m_org.seriesSubject);
    StoredEvent circle
        = makeEvent(mentor, mentoringCalendar, seriesSubject, local(firstTuesday, 10, 0, home), 60, home);
    circle.type = StoredEvent::Type::SeriesMaster;
    circle.recurrence = QJsonObject{
        {u"pattern"_s,
         QJsonObject{{u"type"_s, u"weekly"_s},
                     {u"interval"_s, 1},
                     {u"month"_s, 0},
                     {u"dayOfMonth"_s, 0},
                     {u"daysOfWeek"_s, QJsonArray{u"tuesday"_s}},
                     {u"firstDayOfWeek"_s, u"sunday"_s},
                     {u"index"_s, u"first"_s}}},
        {u"range"_s,
         QJsonObject{{u"type"_s, u"numbered"_s},
                     {u"startDate"_s, firstTuesday.toString(Qt::ISODate)},
                     {u"endDate"_s, u"0001-01-01"_s},
                     {u"recurrenceTimeZone"_s, home},
                     {u"numberOfOccurrences"_s, 12}}},
    };
    addAttendees(circle, upns(m_org.seriesAttendees), mentor);
    makeOnline(circle);
    m_state.insertEvent(circle);
    const QList<QDateTime> starts
        = RecurrenceExpander::originalStarts(circle, circle.startUtc, circle.startUtc.addDays(120));
    StoredEvent moved = circle;
    moved.type = StoredEvent::Type::Exception;
    moved.recurrence = {};
    moved.seriesMasterId = circle.id;
    moved.originalStartUtc = starts.at(6);
    moved.id = RecurrenceExpander::occurrenceId(circle.id, moved.originalStartUtc);
    moved.startUtc = moved.originalStartUtc.addSecs(3600);
    moved.endUtc = moved.startUtc.addSecs(3600);
    moved.props.insert(u"subject"_s, QString(seriesSubject + u" (moved to 11:00)"_s));
    m_state.insertEvent(moved);
    m_state.events[circle.id].cancelledDates << starts.at(8).toTimeZone(GraphTimeFormat::zone(home)).date();

    // Weekday stand-up (weekly, Monday to Friday) and a daily series.
    StoredEvent standup = makeEvent(mentor, calendarId, DemoOrganisation::text(m_org.standupSubject),
                                    local(monday.addDays(-28), 9, 15, home), 15, home);
    standup.type = StoredEvent::Type::SeriesMaster;
    standup.recurrence = QJsonObject{
        {u"pattern"_s,
         QJsonObject{
             {u"type"_s, u"weekly"_s},
             {u"interval"_s, 1},
             {u"daysOfWeek"_s, QJsonArray{u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s}},
             {u"firstDayOfWeek"_s, u"monday"_s}}},
        {u"range"_s,
         QJsonObject{{u"type"_s, u"endDate"_s},
                     {u"startDate"_s, monday.addDays(-28).toString(Qt::ISODate)},
                     {u"endDate"_s, monday.addDays(60).toString(Qt::ISODate)},
                     {u"recurrenceTimeZone"_s, home}}},
    };
    addAttendees(standup, upns(m_org.standupAttendees), mentor);
    makeOnline(standup);
    m_state.insertEvent(standup);
    StoredEvent reflection
        = makeEvent(mentor, calendarId, u"Daily reflection"_s, local(monday, 17, 30, home), 15, home);
    reflection.type = StoredEvent::Type::SeriesMaster;
    reflection.recurrence = QJsonObject{
        {u"pattern"_s, QJsonObject{{u"type"_s, u"daily"_s}, {u"interval"_s, 1}}},
        {u"range"_s,
         QJsonObject{{u"type"_s, u"numbered"_s},
                     {u"startDate"_s, monday.toString(Qt::ISODate)},
                     {u"numberOfOccurrences"_s, 10},
                     {u"recurrenceTimeZone"_s, home}}},
    };
    reflection.props.insert(u"showAs"_s, u"free"_s);
    m_state.insertEvent(reflection);

    // All-day and multi-day items.
    QDate offsiteDay = m_anchorDate.addDays(3);
    while (offsiteDay.dayOfWeek() > 5)
        offsiteDay = offsiteDay.addDays(1);
    StoredEvent offsite = makeEvent(mentor, calendarId, DemoOrganisation::text(m_org.offsiteSubject),
                                    local(offsiteDay, 0, 0, home), 24 * 60, home);
    offsite.isAllDay = true;
    offsite.props.insert(u"showAs"_s, u"oof"_s);
    m_state.insertEvent(offsite);
    StoredEvent summit = makeEvent(mentor, mentoringCalendar, DemoOrganisation::text(m_org.summitSubject),
                                   local(monday.addDays(14), 0, 0, home), 3 * 24 * 60, home);
    summit.isAllDay = true;
    summit.props.insert(u"location"_s,
                        QJsonObject{{u"displayName"_s, DemoOrganisation::text(m_org.summitLocation)},
                                    {u"locationType"_s, u"default"_s}});
    m_state.insertEvent(summit);

    // A trip across the nearest DST change among the zones the tenant uses.
    QDateTime transition;
    QString transitionZone;
    for (const QString &zoneName :
         {home, DemoOrganisation::text(m_org.dstZones[0]), DemoOrganisation::text(m_org.dstZones[1])}) {
        const QTimeZone zone = GraphTimeFormat::zone(zoneName);
        const QDateTime from = QDateTime(m_anchorDate.addDays(-90), QTime(0, 0), QTimeZone::utc());
        const auto next = zone.nextTransition(from);
        if (next.atUtc.isValid() && (!transition.isValid() || next.atUtc < transition)) {
            transition = next.atUtc;
            transitionZone = zoneName;
        }
    }
    if (transition.isValid()) {
        const QDate day = transition.toTimeZone(GraphTimeFormat::zone(transitionZone)).date();
        StoredEvent trip = makeEvent(mentor, calendarId, u"Conference trip (clocks change)"_s,
                                     local(day.addDays(-1), 15, 0, transitionZone), 0, transitionZone);
        trip.endUtc = local(day.addDays(1), 11, 0, transitionZone);
        trip.props.insert(u"showAs"_s, u"oof"_s);
        m_state.insertEvent(trip);
    }

    // Meetings created by people in other zones (originalStartTimeZone says so).
    for (const DemoOrganisation::ForeignMeeting &item : m_org.foreignMeetings) {
        const QString zone = DemoOrganisation::text(item.zone);
        const QString with = upn(item.with);
        StoredEvent event = makeEvent(mentor, calendarId, DemoOrganisation::text(item.subject),
                                      local(monday.addDays(item.dayOffset), item.hour, 0, zone), 60, zone);
        addAttendees(event, {with}, item.invited ? with : mentor);
        makeOnline(event);
        m_state.insertEvent(event);
    }

    // Rich bodies that a client must render safely (script, remote image, markup in the subject).
    const User *reviewer = m_state.user(upn(m_org.reviewWith));
    StoredEvent rich = makeEvent(mentor, calendarId, u"Review <b>notes</b> & \"quotes\""_s,
                                 local(monday.addDays(2), 11, 0, home), 30, home);
    rich.props.insert(u"body"_s,
                      QJsonObject{{u"contentType"_s, u"html"_s},
                                  {u"content"_s,
                                   u"<html><head><script>alert('sandbox')</script></head><body><p>Agenda for "
                                   u"<b>%1</b>:</p><ul><li>Goals</li><li>Blockers</li></ul>"
                                   u"<img src=\"https://tracker.example.net/pixel.gif?u=%2\" width=\"1\" height=\"1\">"
                                   u"<a href=\"javascript:alert(1)\">details</a></body></html>"_s.arg(
                                       reviewer->givenName, DemoOrganisation::text(m_org.people.front().local))}});
    addAttendees(rich, {reviewer->upn}, mentor);
    m_state.insertEvent(rich);

    // A meeting its organizer cancelled: still on the mentor's calendar, marked isCancelled.
    const QString canceller = upn(m_org.cancelledOrganizer);
    StoredEvent cancelled = makeEvent(mentor, calendarId, DemoOrganisation::text(m_org.cancelledSubject),
                                      local(monday.addDays(3), 15, 0, home), 60, home);
    addAttendees(cancelled, {canceller}, canceller);
    cancelled.isCancelled = true;
    m_state.insertEvent(cancelled);

    // A private appointment.
    StoredEvent doctor = makeEvent(mentor, calendarId, u"Doctor"_s, local(monday.addDays(1), 8, 0, home), 60, home);
    doctor.props.insert(u"sensitivity"_s, u"private"_s);
    doctor.props.insert(u"showAs"_s, u"oof"_s);
    m_state.insertEvent(doctor);
}

void SeedBuilder::addMentorsDay()
{
    // What a mentor's day starts with (issue 17): reminders that fire within a minute of the seed's "now" (one of a
    // Teams session, one of a series' occurrence), and invitations from colleagues not yet answered (a single
    // meeting, a weekly series, and one the organiser moved after the mentor had accepted it). Invitations are the
    // organiser's event plus the mentor's copy with the same iCalUId (graph/MeetingResponses), so answering one shows
    // in the organiser's calendar.
    const QString mentor = m_state.mentorUpn;
    const QString calendarId = m_state.defaultCalendar(mentor)->id;
    const QString home = DemoOrganisation::text(m_org.homeZone);
    const QTimeZone homeZone = GraphTimeFormat::zone(home);
    const auto newId = [this] {
        return seededId(u"AAMkAG"_s, 72);
    };
    // The first whole minute after "now": reminders fire then, between 1 and 60 seconds into the demo.
    const QDateTime anchorMinute(m_state.anchorUtc.date(),
                                 QTime(m_state.anchorUtc.time().hour(), m_state.anchorUtc.time().minute()),
                                 QTimeZone::utc());
    const QDateTime due = anchorMinute.addSecs(60);
    QDate nextWorkingDay = m_anchorDate.addDays(1);
    while (nextWorkingDay.dayOfWeek() > 5)
        nextWorkingDay = nextWorkingDay.addDays(1);
    QDate dayAfter = nextWorkingDay.addDays(1);
    while (dayAfter.dayOfWeek() > 5)
        dayAfter = dayAfter.addDays(1);

    // A Teams session with a mentee, reminder 10 minutes ahead: due a minute from now.
    const User *mentee = m_state.user(upn(m_org.teamsSessionWith));
    StoredEvent session = makeEvent(mentor, calendarId, u"Mentoring session: %1"_s.arg(mentee->givenName),
                                    due.addSecs(10 * 60), 30, home);
    session.props.insert(u"reminderMinutesBeforeStart"_s, 10);
    setAttendees(session, {mentee->upn}, mentor);
    QJsonArray attendees = session.props.value(u"attendees"_s).toArray();
    QJsonObject accepted = attendees.first().toObject();
    accepted.insert(u"status"_s,
                    QJsonObject{{u"response"_s, u"accepted"_s},
                                {u"time"_s, GraphTimeFormat::formatOffset(session.createdUtc.addSecs(3600))}});
    attendees.replace(0, accepted);
    session.props.insert(u"attendees"_s, attendees);
    makeOnline(session);
    m_state.insertEvent(session);

    // Office hours every day this week at the same local time; today's reminder (15 minutes) is due too.
    const QDateTime hoursStart = due.addSecs(15 * 60);
    StoredEvent officeHours = makeEvent(mentor, calendarId, u"Mentee office hours"_s, hoursStart, 45, home);
    officeHours.type = StoredEvent::Type::SeriesMaster;
    officeHours.recurrence = QJsonObject{
        {u"pattern"_s, QJsonObject{{u"type"_s, u"daily"_s}, {u"interval"_s, 1}}},
        {u"range"_s,
         QJsonObject{{u"type"_s, u"numbered"_s},
                     {u"startDate"_s, hoursStart.toTimeZone(homeZone).date().toString(Qt::ISODate)},
                     {u"numberOfOccurrences"_s, 5},
                     {u"recurrenceTimeZone"_s, home}}},
    };
    officeHours.props.insert(
        u"location"_s,
        QJsonObject{{u"displayName"_s, u"Mentoring corner, 3rd floor"_s}, {u"locationType"_s, u"default"_s}});
    m_state.insertEvent(officeHours);

    // A single invitation for the next working day, 16:00 at home, with the organiser's Teams link.
    const QString singleFrom = upn(m_org.inviteFrom);
    StoredEvent single = makeEvent(singleFrom, m_state.defaultCalendar(singleFrom)->id,
                                   u"Career chat with %1"_s.arg(m_state.user(singleFrom)->givenName),
                                   local(nextWorkingDay, 16, 0, home), 30, home);
    setAttendees(single, {mentor}, singleFrom);
    makeOnline(single);
    m_state.insertEvent(single);
    MeetingResponses::deliver(m_state, single.id, newId);

    // A weekly series from a mentee on the far side of the world, at 17:00 in their zone; no new times, please.
    const QString seriesFrom = upn(m_org.seriesInviteFrom);
    const User *seriesOrganiser = m_state.user(seriesFrom);
    const QString seriesZone = seriesOrganiser->workTimeZone;
    const QDate seriesFirst = nextWorkingDay;
    StoredEvent series = makeEvent(seriesFrom, m_state.defaultCalendar(seriesFrom)->id,
                                   u"Pair programming with %1"_s.arg(seriesOrganiser->givenName),
                                   local(seriesFirst, 17, 0, seriesZone), 60, seriesZone);
    static const QStringList dayNames{u"monday"_s, u"tuesday"_s,  u"wednesday"_s, u"thursday"_s,
                                      u"friday"_s, u"saturday"_s, u"sunday"_s};
    series.type = StoredEvent::Type::SeriesMaster;
    series.recurrence = QJsonObject{
        {u"pattern"_s,
         QJsonObject{{u"type"_s, u"weekly"_s},
                     {u"interval"_s, 1},
                     {u"daysOfWeek"_s, QJsonArray{dayNames.at(seriesFirst.dayOfWeek() - 1)}},
                     {u"firstDayOfWeek"_s, u"sunday"_s}}},
        {u"range"_s,
         QJsonObject{{u"type"_s, u"numbered"_s},
                     {u"startDate"_s, seriesFirst.toString(Qt::ISODate)},
                     {u"numberOfOccurrences"_s, 8},
                     {u"recurrenceTimeZone"_s, seriesZone}}},
    };
    series.props.insert(u"allowNewTimeProposals"_s, false);
    setAttendees(series, {mentor}, seriesFrom);
    makeOnline(series);
    m_state.insertEvent(series);
    MeetingResponses::deliver(m_state, series.id, newId);

    // Accepted a while ago, then moved by its organiser from 11:00 to 14:00 an hour before "now": Outlook asks for
    // the answer again (responseStatus notResponded, its time still that of the first answer).
    const QString movedFrom = upn(m_org.movedInviteFrom);
    StoredEvent moved = makeEvent(movedFrom, m_state.defaultCalendar(movedFrom)->id, u"Design review"_s,
                                  local(dayAfter, 14, 0, home), 60, home);
    setAttendees(moved, {mentor}, movedFrom);
    moved.props.insert(u"body"_s,
                       QJsonObject{{u"contentType"_s, u"html"_s},
                                   {u"content"_s,
                                    u"<html><body><p>Moved from 11:00 to 14:00, sorry for the "
                                    u"shuffle.</p></body></html>"_s}});
    moved.lastModifiedUtc = m_state.anchorUtc.addSecs(-3600);
    m_state.insertEvent(moved);
    const QString answeredAt = GraphTimeFormat::formatOffset(moved.createdUtc.addDays(1));
    const QString movedCopy = MeetingResponses::deliver(m_state, moved.id, newId).value(mentor).toString();
    StoredEvent &copy = m_state.events[movedCopy];
    copy.props.insert(u"responseStatus"_s, QJsonObject{{u"response"_s, u"notResponded"_s}, {u"time"_s, answeredAt}});
}

} // namespace MentorDesk::Sandbox
