#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>

namespace MentorDesk::Sandbox {

// One demo Microsoft 365 organisation, as data: its tenant, people, groups, teams and channels and the hand-made
// meetings of its signed-in user. SeedBuilder turns one row of all() into a SandboxState; a mentor with several
// identities is several sandboxes with different rows (SandboxOptions::tenant). Lists of people are local parts of
// UPNs separated by spaces; a null text is an absent value (QString()), not an empty one.
struct DemoOrganisation
{
    struct Person
    {
        const char16_t *local; // UPN = local@domain
        const char16_t *given;
        const char16_t *surname;
        const char16_t *job;
        const char16_t *office;
        const char16_t *zone; // Windows zone of the working hours
        const char16_t *shares; // calendar sharing towards the signed-in user: none | read | delegate
        const char16_t *hours = nullptr; // working hours in `zone`, "09:30-18:00"; null: 08:00-17:00
        const char16_t *days = nullptr; // working days, "monday tuesday …"; null: Monday to Friday
    };
    struct GroupRow
    {
        const char16_t *name;
        const char16_t *description;
        bool unified; // a Microsoft 365 group (groupTypes ["Unified"])
        bool mailEnabled;
        bool securityEnabled;
        bool team;
        bool teamOption; // resourceProvisioningOptions ["Team"] (old teams lack it)
        bool archived;
        const char16_t *members = nullptr; // null: everyone
    };
    struct ChannelRow
    {
        const char16_t *team;
        const char16_t *name;
        const char16_t *description;
        const char16_t *membership; // standard | private | shared
        const char16_t *members; // private and shared channels only
    };
    // A meeting with one person, scheduled in another zone (originalStartTimeZone says so).
    struct ForeignMeeting
    {
        const char16_t *subject;
        const char16_t *zone;
        const char16_t *with;
        bool invited; // organised by `with`; otherwise by the signed-in user
        int dayOffset; // from the Monday of the anchor week
        int hour;
    };

    const char16_t *key; // SandboxOptions::tenant, --tenant
    const char16_t *tenantId;
    const char16_t *domain;
    const char16_t *name;
    const char16_t *idNamespace; // UUIDv5 namespace of directory ids: no id is shared between organisations
    quint32 seedSalt; // mixed into the seed, so the same --seed gives unrelated event ids per organisation
    const char16_t *homeZone; // the anchor date and the hand-made series are in this zone
    const char16_t *businessPhone; // %1: a number per person
    const char16_t *mobilePhone;
    std::span<const Person> people; // the first one signs in
    std::span<const GroupRow> groups;
    std::span<const ChannelRow> channels;

    // The signed-in user's own meetings (SeedBuilder::addMentorSpecials).
    const char16_t *secondCalendar;
    const char16_t *seriesSubject; // weekly, with one moved and one cancelled occurrence
    const char16_t *seriesAttendees;
    const char16_t *standupSubject; // every weekday
    const char16_t *standupAttendees;
    const char16_t *offsiteSubject; // all day
    const char16_t *summitSubject; // three days
    const char16_t *summitLocation;
    const char16_t *dstZones[2]; // besides homeZone, where the trip across a clock change may be
    std::span<const ForeignMeeting> foreignMeetings;
    const char16_t *reviewWith; // the rich-body meeting (script, remote image)
    const char16_t *cancelledSubject;
    const char16_t *cancelledOrganizer;

    // The mentor's day (SeedBuilder::addMentorsDay): invitations not yet answered, and reminders due as the demo
    // starts.
    const char16_t *inviteFrom; // a single meeting on the next working day, with a Teams link
    const char16_t *seriesInviteFrom; // a weekly series in the organiser's zone that allows no new time proposals
    const char16_t *movedInviteFrom; // answered, then moved by its organiser: to be answered again
    const char16_t *teamsSessionWith; // the Teams session whose reminder is due within a minute of the start

    static std::span<const DemoOrganisation> all(); // the first is the default (Contoso Mentoring)
    static const DemoOrganisation *find(QStringView key); // null when no row has that key
    static QStringList keys();

    static QString text(const char16_t *value) { return value ? QString::fromUtf16(value) : QString(); }
    static QStringList list(const char16_t *locals);
};

} // namespace MentorDesk::Sandbox
