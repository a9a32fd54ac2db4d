#include "core/consent/FeatureGate.h"
#include "core/consent/ScopeCatalog.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using Reason = FeatureAvailability::Reason;

namespace {
const QStringList kOutlook{u"openid"_s,
                           u"User.Read"_s,
                           u"email"_s,
                           u"Calendars.Read.Shared"_s,
                           u"Calendars.ReadWrite"_s,
                           u"OnlineMeetings.ReadWrite"_s};
const QStringList kTeams{u"Group.Read.All"_s, u"Channel.ReadBasic.All"_s, u"ChannelMessage.Send"_s};
// What a personal account is granted for the sign-in round (the rest is not supported for it).
const QStringList kPersonal{u"openid"_s, u"User.Read"_s, u"email"_s, u"Calendars.ReadWrite"_s};
} // namespace

class TestFeatureGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gate_data();
    void gate();
    void everyFeatureHasScopes();
};

void TestFeatureGate::gate_data()
{
    QTest::addColumn<Feature>("feature");
    QTest::addColumn<QStringList>("granted");
    QTest::addColumn<AccountKind>("kind");
    QTest::addColumn<bool>("teamsEnabled");
    QTest::addColumn<bool>("adminPending");
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QStringList>("missing");

    const auto work = AccountKind::WorkOrSchool;
    const auto personal = AccountKind::Personal;
    const auto global = Cloud::Global;
    // feature x scopes x account kind
    QTest::newRow("own calendar, outlook granted")
        << Feature::OwnCalendar << kOutlook << work << false << false << global << Reason::Available << QStringList{};
    QTest::newRow("own calendar, personal") << Feature::OwnCalendar << kPersonal << personal << false << false << global
                                            << Reason::Available << QStringList{};
    QTest::newRow("own calendar, ReadWrite declined")
        << Feature::OwnCalendar << QStringList{u"openid"_s, u"User.Read"_s} << work << false << false << global
        << Reason::NotGranted << QStringList{u"Calendars.ReadWrite"_s};
    QTest::newRow("shared calendars, work") << Feature::SharedCalendars << kOutlook << work << false << false << global
                                            << Reason::Available << QStringList{};
    QTest::newRow("shared calendars, personal")
        << Feature::SharedCalendars << kPersonal << personal << false << false << global << Reason::PersonalAccount
        << QStringList{u"Calendars.Read.Shared"_s};
    QTest::newRow("free times, personal") << Feature::FindFreeTimes << kPersonal << personal << false << false << global
                                          << Reason::PersonalAccount << QStringList{u"Calendars.Read.Shared"_s};
    QTest::newRow("book, personal") << Feature::BookSession << kPersonal << personal << false << false << global
                                    << Reason::Available << QStringList{};
    QTest::newRow("teams invite, personal") << Feature::TeamsMeetingInvite << kPersonal << personal << false << false
                                            << global << Reason::PersonalAccount << QStringList{};
    QTest::newRow("teams invite, work") << Feature::TeamsMeetingInvite << kOutlook << work << false << false << global
                                        << Reason::Available << QStringList{};
    QTest::newRow("standalone link, work") << Feature::StandaloneMeetingLink << kOutlook << work << false << false
                                           << global << Reason::Available << QStringList{};
    QTest::newRow("standalone link, china") << Feature::StandaloneMeetingLink << kOutlook << work << false << false
                                            << Cloud::China << Reason::CloudNotSupported << QStringList{};
    QTest::newRow("standalone link, us gov") << Feature::StandaloneMeetingLink << kOutlook << work << false << false
                                             << Cloud::UsGovL4 << Reason::Available << QStringList{};
    QTest::newRow("standalone link, personal")
        << Feature::StandaloneMeetingLink << kPersonal << personal << false << false << global
        << Reason::PersonalAccount << QStringList{u"OnlineMeetings.ReadWrite"_s};
    QTest::newRow("stay signed in, off") << Feature::StaySignedIn << kOutlook << work << false << false << global
                                         << Reason::NotOptedIn << QStringList{u"offline_access"_s};
    QTest::newRow("stay signed in, on") << Feature::StaySignedIn << kOutlook + QStringList{u"offline_access"_s} << work
                                        << false << false << global << Reason::Available << QStringList{};
    QTest::newRow("post, teams off") << Feature::PostToChannel << kOutlook << work << false << false << global
                                     << Reason::TeamsNotEnabled << kTeams;
    QTest::newRow("post, all granted") << Feature::PostToChannel << kOutlook + kTeams << work << true << false << global
                                       << Reason::Available << QStringList{};
    QTest::newRow("post, teams declined")
        << Feature::PostToChannel << kOutlook << work << true << false << global << Reason::NotGranted << kTeams;
    QTest::newRow("post, admin approval pending") << Feature::PostToChannel << kOutlook << work << true << true
                                                  << global << Reason::AdminApprovalNeeded << kTeams;
    QTest::newRow("post, send blocked by tenant")
        << Feature::PostToChannel << kOutlook + QStringList{u"Group.Read.All"_s, u"Channel.ReadBasic.All"_s} << work
        << true << false << global << Reason::NotGranted << QStringList{u"ChannelMessage.Send"_s};
    QTest::newRow("post, personal") << Feature::PostToChannel << kPersonal << personal << true << false << global
                                    << Reason::PersonalAccount << kTeams;
    QTest::newRow("list teams, admin pending") << Feature::ListTeams << kOutlook << work << true << true << global
                                               << Reason::AdminApprovalNeeded << QStringList{u"Group.Read.All"_s};
    QTest::newRow("list channels, granted") << Feature::ListChannels << kOutlook + kTeams << work << true << false
                                            << global << Reason::Available << QStringList{};
    QTest::newRow("profile, granted") << Feature::Profile << kOutlook << work << false << false << global
                                      << Reason::Available << QStringList{};
}

void TestFeatureGate::gate()
{
    QFETCH(Feature, feature);
    QFETCH(QStringList, granted);
    QFETCH(AccountKind, kind);
    QFETCH(bool, teamsEnabled);
    QFETCH(bool, adminPending);
    QFETCH(Cloud, cloud);
    QFETCH(Reason, reason);
    QFETCH(QStringList, missing);

    ConsentState state;
    state.signedIn = true;
    state.grantedScopes = granted;
    state.accountKind = kind;
    state.teamsEnabled = teamsEnabled;
    state.adminApprovalPending = adminPending;
    state.cloud = cloud;
    state.staySignedIn = granted.contains(u"offline_access"_s);

    const FeatureAvailability availability = FeatureGate(ScopeCatalog::instance()).check(feature, state);
    QCOMPARE(availability.reason, reason);
    QCOMPARE(availability.isAvailable(), reason == Reason::Available);
    if (reason != Reason::PersonalAccount && reason != Reason::CloudNotSupported)
        QCOMPARE(availability.missingScopes, missing);
    // Never an unexplained grey button: every refusal says why.
    QCOMPARE(availability.message.isEmpty(), availability.isAvailable());
    if (reason == Reason::AdminApprovalNeeded)
        QVERIFY(availability.message.contains(u"administrator"_s));

    ConsentState signedOut = state;
    signedOut.signedIn = false;
    QCOMPARE(FeatureGate(ScopeCatalog::instance()).check(feature, signedOut).reason, Reason::NotSignedIn);
}

void TestFeatureGate::everyFeatureHasScopes()
{
    for (Feature feature : allFeatures()) {
        const FeatureInfo info = ScopeCatalog::instance().feature(feature);
        QVERIFY2(!info.requiredScopes.isEmpty(), qPrintable(featureId(feature)));
        QVERIFY(!info.title.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestFeatureGate)
#include "tst_featuregate.moc"
