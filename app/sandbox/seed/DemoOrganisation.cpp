#include "sandbox/seed/DemoOrganisation.h"

namespace MentorDesk::Sandbox {

namespace {

using Person = DemoOrganisation::Person;
using GroupRow = DemoOrganisation::GroupRow;
using ChannelRow = DemoOrganisation::ChannelRow;
using ForeignMeeting = DemoOrganisation::ForeignMeeting;

// Contoso Mentoring: the mentor's employer, and the demo's default. Existing tests rely on every value here and on
// the order of every row (ids and random events follow from them), so change nothing.
// A dozen colleagues and mentees; names exercise non-ASCII text and an apostrophe (escaping). Their working hours
// (the last two columns) only feed getSchedule's workingHours; they were added later and change no event.
constexpr Person kContosoPeople[] = {
    {u"alex", u"Alex", u"Mentor", u"Principal Engineer and Mentor", u"Berlin", u"W. Europe Standard Time", u"none"},
    {u"priya.sharma", u"Priya", u"Sharma", u"Engineering Manager", u"Bengaluru", u"India Standard Time", u"read",
     u"09:30-18:30"},
    {u"jonas.weber", u"Jonas", u"Weber", u"Mentoring Programme Coordinator", u"Berlin", u"W. Europe Standard Time",
     u"delegate"},
    {u"kenji.tanaka", u"Kenji", u"Tanaka", u"Software Engineer", u"Tokyo", u"Tokyo Standard Time", u"none",
     u"10:00-19:00"},
    {u"maria.garcia", u"María", u"García", u"Data Scientist", u"Seattle", u"Pacific Standard Time", u"none",
     u"07:00-15:30"},
    {u"liam.obrien", u"Liam", u"O'Brien", u"Graduate Engineer", u"Dublin", u"GMT Standard Time", u"none",
     u"09:00-17:00", u"monday tuesday wednesday thursday"},
    {u"amara.okafor", u"Amara", u"Okafor", u"Product Designer", u"Lagos", u"W. Central Africa Standard Time", u"none",
     u"08:30-16:30"},
    {u"chen.wei", u"Chen", u"Wei", u"Staff Engineer", u"Shanghai", u"China Standard Time", u"none", u"09:00-18:00"},
    {u"fatima.zahra", u"Fatima", u"Zahra", u"Security Analyst", u"Casablanca", u"Morocco Standard Time", u"none"},
    {u"noah.schmidt", u"Noah", u"Schmidt", u"Engineering Manager", u"Munich", u"W. Europe Standard Time", u"none"},
    {u"elena.petrova", u"Elena", u"Petrova", u"QA Engineer", u"Sofia", u"FLE Standard Time", u"none"},
    {u"diego.alvarez", u"Diego", u"Álvarez", u"Junior Developer", u"Bogotá", u"SA Pacific Standard Time", u"none",
     u"07:30-16:30"},
    {u"sofia.rossi", u"Sofia", u"Rossi", u"HR Business Partner", u"Milan", u"W. Europe Standard Time", u"none"},
};

// Teams and plain groups interleaved, as a real membership list is.
constexpr GroupRow kContosoGroups[] = {
    {u"All Staff", u"Everyone at Contoso Mentoring", false, true, false, false, false, false},
    {u"Mentoring Programme", u"Mentors, mentees and the programme team", true, true, false, true, true, false},
    {u"Engineering Security", u"Access to engineering systems", false, false, true, false, false, false},
    {u"Book Club", u"Monthly reads", true, true, false, false, false, false},
    {u"Engineering Guild", u"Engineers across all offices", true, true, false, true, true, false},
    {u"Berlin Office", u"Berlin distribution list", false, true, false, false, false, false},
    {u"Contoso Mentoring Admins", u"Tenant administrators", false, false, true, false, false, false},
    {u"New Joiners 2026", u"Welcome cohort", true, true, false, true, true, false},
    {u"Alumni Network", u"Former mentees", true, true, false, false, false, false},
    {u"Hiring Panel", u"Interviewers", false, false, true, false, false, false},
    // An old team: created before Teams recorded resourceProvisioningOptions.
    {u"Legacy Mentors", u"The first mentoring team (2017)", true, true, false, true, false, false},
    {u"Seattle Office", u"Seattle distribution list", false, true, false, false, false, false},
    {u"Archived Cohort 2024", u"Read-only archive of the 2024 cohort", true, true, false, true, true, true},
    {u"VPN Users", u"Remote access", false, false, true, false, false, false},
    {u"Wellbeing Champions", u"Wellbeing network", true, true, false, false, false, false},
    {u"Tokyo Office", u"Tokyo distribution list", false, true, false, false, false, false},
    {u"Mentor Guild Leads", u"Mail-enabled security group", false, true, true, false, false, false},
    {u"Engineering Managers", u"Managers", false, true, false, false, false, false},
    {u"Data Platform", u"Data platform group", true, true, false, false, false, false},
    {u"Social Committee", u"Events and socials", true, true, false, false, false, false},
    {u"Guest Reviewers", u"External reviewers", false, false, true, false, false, false},
    // A team the mentor is not in (for membership checks).
    {u"Finance Team", u"Finance", true, true, false, true, true, false, u"sofia.rossi"},
};

constexpr ChannelRow kContosoChannels[] = {
    {u"Mentoring Programme", u"General", u"Programme-wide news", u"standard", nullptr},
    {u"Mentoring Programme", u"Announcements", u"Session announcements", u"standard", nullptr},
    {u"Mentoring Programme", u"Mentor Leads", u"Private channel for lead mentors", u"private", u"alex priya.sharma"},
    {u"Mentoring Programme", u"HR Confidential", u"HR only", u"private", u"sofia.rossi"},
    {u"Mentoring Programme", u"Cross-company Mentors", u"Shared with partner organisations", u"shared", u"alex"},
    {u"Engineering Guild", u"General", nullptr, u"standard", nullptr},
    {u"Engineering Guild", u"Architecture", u"Design reviews", u"standard", nullptr},
    {u"Engineering Guild", u"Incident Review", u"Private post-mortems", u"private", u"priya.sharma"},
    {u"New Joiners 2026", u"General", nullptr, u"standard", nullptr},
    {u"New Joiners 2026", u"Welcome", u"Say hello", u"standard", nullptr},
    {u"Legacy Mentors", u"General", nullptr, u"standard", nullptr},
    {u"Archived Cohort 2024", u"General", nullptr, u"standard", nullptr},
    {u"Finance Team", u"General", nullptr, u"standard", nullptr},
};

constexpr ForeignMeeting kContosoForeign[] = {
    {u"Seattle data review", u"Pacific Standard Time", u"maria.garcia", true, 1, 8},
    {u"Tokyo mentee check-in", u"Tokyo Standard Time", u"kenji.tanaka", true, 2, 17},
    {u"Bengaluru roadmap", u"India Standard Time", u"priya.sharma", true, 3, 14},
    {u"Berlin design sync", u"W. Europe Standard Time", u"sofia.rossi", false, 4, 13},
};

// Northwind Mentoring Programme: a mentoring programme's own tenant, where the signed-in user is its coordinator
// and mentors and mentees from several employers are members.
constexpr Person kProgrammePeople[] = {
    {u"sam.rivera", u"Sam", u"Rivera", u"Programme Coordinator", u"Toronto", u"Eastern Standard Time", u"none"},
    {u"aisha.khan", u"Aisha", u"Khan", u"Programme Director", u"London", u"GMT Standard Time", u"read"},
    {u"tomas.novak", u"Tomáš", u"Novák", u"Volunteer Mentor", u"Prague", u"Central Europe Standard Time", u"delegate"},
    {u"grace.lee", u"Grace", u"Lee", u"Mentee, Cohort 2026", u"Vancouver", u"Pacific Standard Time", u"none",
     u"09:00-17:30"},
    {u"mateo.silva", u"Mateo", u"Silva", u"Mentee, Cohort 2026", u"São Paulo", u"E. South America Standard Time",
     u"none"},
    {u"zoe.dubois", u"Zoé", u"Dubois", u"Mentee, Cohort 2026", u"Montréal", u"Eastern Standard Time", u"none",
     u"08:30-16:30"},
    {u"kwame.mensah", u"Kwame", u"Mensah", u"Volunteer Mentor", u"Accra", u"Greenwich Standard Time", u"none"},
    {u"hannah.oconnor", u"Hannah", u"O'Connor", u"Safeguarding Lead", u"Dublin", u"GMT Standard Time", u"none"},
    {u"ravi.patel", u"Ravi", u"Patel", u"Volunteer Mentor", u"Sydney", u"AUS Eastern Standard Time", u"none",
     u"08:00-16:00"},
    {u"yuki.sato", u"Yuki", u"Sato", u"Mentee, Cohort 2026", u"Osaka", u"Tokyo Standard Time", u"none", u"09:00-18:00"},
};

constexpr GroupRow kProgrammeGroups[] = {
    {u"All Programme Members", u"Everyone in the Northwind Mentoring Programme", false, true, false, false, false,
     false},
    {u"Programme Team", u"Coordinators and the programme director", true, true, false, true, true, false},
    {u"Programme Admins", u"Tenant administrators", false, false, true, false, false, false},
    {u"Volunteer Mentors", u"Mentors from partner employers", true, true, false, true, true, false},
    {u"Partner Employers", u"Contacts at partner employers", false, true, false, false, false, false},
    {u"Cohort 2026", u"Mentees and mentors of the 2026 cohort", true, true, false, true, true, false},
    {u"Mentor Training", u"Training material for new mentors", true, true, false, false, false, false},
    {u"Cohort 2025", u"Read-only archive of the 2025 cohort", true, true, false, true, true, true},
    // A team the coordinator is not in (for membership checks).
    {u"Safeguarding", u"Safeguarding concerns", true, true, false, true, true, false, u"hannah.oconnor aisha.khan"},
};

constexpr ChannelRow kProgrammeChannels[] = {
    {u"Programme Team", u"General", u"Programme team news", u"standard", nullptr},
    {u"Programme Team", u"Planning", u"Sessions and matching", u"standard", nullptr},
    {u"Programme Team", u"Coordinators", u"Private channel for coordinators", u"private", u"sam.rivera aisha.khan"},
    {u"Volunteer Mentors", u"General", nullptr, u"standard", nullptr},
    {u"Volunteer Mentors", u"Session Ideas", u"Exercises that worked", u"standard", nullptr},
    {u"Volunteer Mentors", u"Mentor Support", u"Private support for mentors", u"private", u"tomas.novak kwame.mensah"},
    {u"Cohort 2026", u"General", nullptr, u"standard", nullptr},
    {u"Cohort 2026", u"Introductions", u"Say hello", u"standard", nullptr},
    {u"Cohort 2026", u"Employer Liaison", u"Shared with partner employers", u"shared", u"sam.rivera"},
    {u"Cohort 2025", u"General", nullptr, u"standard", nullptr},
    {u"Safeguarding", u"General", nullptr, u"standard", nullptr},
};

constexpr ForeignMeeting kProgrammeForeign[] = {
    {u"London mentor onboarding", u"GMT Standard Time", u"aisha.khan", true, 1, 9},
    {u"Sydney mentor check-in", u"AUS Eastern Standard Time", u"ravi.patel", true, 2, 8},
    {u"Prague mentor sync", u"Central Europe Standard Time", u"tomas.novak", true, 3, 15},
    {u"Toronto cohort planning", u"Eastern Standard Time", u"zoe.dubois", false, 4, 13},
};

constexpr DemoOrganisation kDemoOrganisations[] = {
    {
        .key = u"contoso",
        .tenantId = u"3d9c4f7a-52e1-4b8a-9f6d-0e2c7a1b5d83",
        .domain = u"contoso-mentoring.example",
        .name = u"Contoso Mentoring",
        .idNamespace = u"6f1d2c3b-4a59-4e8f-9d7c-1b2a3c4d5e6f",
        .seedSalt = 0,
        .homeZone = u"W. Europe Standard Time",
        .businessPhone = u"+49 30 5550 %1",
        .mobilePhone = u"+49 170 555 %1",
        .people = kContosoPeople,
        .groups = kContosoGroups,
        .channels = kContosoChannels,
        .secondCalendar = u"Mentoring",
        .seriesSubject = u"Mentoring circle",
        .seriesAttendees = u"kenji.tanaka maria.garcia liam.obrien",
        .standupSubject = u"Team stand-up",
        .standupAttendees = u"noah.schmidt chen.wei",
        .offsiteSubject = u"Company offsite",
        .summitSubject = u"Mentoring summit",
        .summitLocation = u"Lisbon",
        .dstZones = {u"Pacific Standard Time", u"AUS Eastern Standard Time"},
        .foreignMeetings = kContosoForeign,
        .reviewWith = u"liam.obrien",
        .cancelledSubject = u"Canceled: Budget review",
        .cancelledOrganizer = u"jonas.weber",
        .inviteFrom = u"maria.garcia",
        .seriesInviteFrom = u"kenji.tanaka",
        .movedInviteFrom = u"priya.sharma",
        .teamsSessionWith = u"liam.obrien",
    },
    {
        .key = u"programme",
        .tenantId = u"b7e4a1c2-8f3d-4e6a-9c15-2d7f0a9e3b64",
        .domain = u"mentoring-programme.example",
        .name = u"Northwind Mentoring Programme",
        .idNamespace = u"a83f5e21-0c6d-4b7a-8e94-5f2d1c3b7a60",
        .seedSalt = 0x9e3779b9,
        .homeZone = u"Eastern Standard Time",
        .businessPhone = u"+1 416 555 %1",
        .mobilePhone = u"+1 647 555 %1",
        .people = kProgrammePeople,
        .groups = kProgrammeGroups,
        .channels = kProgrammeChannels,
        .secondCalendar = u"Programme sessions",
        .seriesSubject = u"Cohort 2026 group mentoring",
        .seriesAttendees = u"grace.lee mateo.silva zoe.dubois",
        .standupSubject = u"Programme team huddle",
        .standupAttendees = u"aisha.khan tomas.novak",
        .offsiteSubject = u"Programme showcase day",
        .summitSubject = u"Mentor training retreat",
        .summitLocation = u"Montréal",
        .dstZones = {u"GMT Standard Time", u"AUS Eastern Standard Time"},
        .foreignMeetings = kProgrammeForeign,
        .reviewWith = u"grace.lee",
        .cancelledSubject = u"Canceled: Sponsor review",
        .cancelledOrganizer = u"aisha.khan",
        .inviteFrom = u"grace.lee",
        .seriesInviteFrom = u"yuki.sato",
        .movedInviteFrom = u"aisha.khan",
        .teamsSessionWith = u"mateo.silva",
    },
};

} // namespace

std::span<const DemoOrganisation> DemoOrganisation::all()
{
    return kDemoOrganisations;
}

const DemoOrganisation *DemoOrganisation::find(QStringView key)
{
    for (const DemoOrganisation &organisation : kDemoOrganisations) {
        if (key.compare(QStringView(organisation.key), Qt::CaseInsensitive) == 0)
            return &organisation;
    }
    return nullptr;
}

QStringList DemoOrganisation::keys()
{
    QStringList result;
    for (const DemoOrganisation &organisation : kDemoOrganisations)
        result << QString::fromUtf16(organisation.key);
    return result;
}

QStringList DemoOrganisation::list(const char16_t *locals)
{
    return text(locals).split(u' ', Qt::SkipEmptyParts);
}

} // namespace MentorDesk::Sandbox
