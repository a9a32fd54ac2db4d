// Two demo organisations side by side (SandboxOptions::tenant): the mentor's employer (Contoso, the default) and a
// mentoring programme's own tenant, each in its own SandboxServer in this process, over real HTTP. Each signs in its
// own user with its own tenant id, and nothing of one reaches the other; the default seed stays what it was.
#include "sandbox/seed/DemoOrganisation.h"
#include "support/Jwt.h"
#include "support/OAuthRequests.h"
#include "support/RedirectQuery.h"
#include "support/SandboxFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QString kRedirect = u"http://127.0.0.1:53682/callback"_s;
const QString kVerifier = u"tenants-sandbox-verifier-0123456789-abcdefghijklmnopqrstuvwxyz"_s;
const QString kContosoTenantId = u"3d9c4f7a-52e1-4b8a-9f6d-0e2c7a1b5d83"_s;
const QString kProgrammeTenantId = u"b7e4a1c2-8f3d-4e6a-9c15-2d7f0a9e3b64"_s;

QStringList values(const QJsonArray &array, const QString &key)
{
    QStringList out;
    for (const auto &value : array)
        out << value.toObject().value(key).toString();
    return out;
}

QJsonArray eventsOf(const QJsonObject &state, const QString &mailbox)
{
    QJsonArray out;
    for (const auto &value : state.value(u"events"_s).toArray()) {
        if (value.toObject().value(u"mailbox"_s).toString().compare(mailbox, Qt::CaseInsensitive) == 0)
            out.append(value);
    }
    return out;
}

} // namespace

class TestSandboxTenants : public QObject
{
    Q_OBJECT

private:
    SandboxFixture &instance(const QString &name) { return name == u"programme"_s ? *m_programme : *m_contoso; }

    // The browser's part of a sign-in (authorize, consent page, Accept) and the app's (redeem the code with PKCE),
    // against `tenant` of the given instance; returns the token response.
    QJsonObject signIn(SandboxFixture &sandbox, const QString &tenant)
    {
        const QString challenge
            = QString::fromLatin1(QCryptographicHash::hash(kVerifier.toLatin1(), QCryptographicHash::Sha256)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const QByteArray query
            = Test::formBody({{u"client_id"_s, QLatin1StringView(Sandbox::kDefaultClientId)},
                              {u"response_type"_s, u"code"_s},
                              {u"redirect_uri"_s, kRedirect},
                              {u"scope"_s, u"openid profile email offline_access User.Read Calendars.Read"_s},
                              {u"state"_s, u"st-1"_s},
                              {u"nonce"_s, u"n-1"_s},
                              {u"code_challenge"_s, challenge},
                              {u"code_challenge_method"_s, u"S256"_s}});
        const QString authorizePath = u"/%1/oauth2/v2.0/authorize"_s.arg(tenant);
        const auto page = sandbox.get(sandbox.url(authorizePath + u'?' + QString::fromLatin1(query)));
        QByteArray location = page.header("Location");
        if (page.status == 200) {
            static const QRegularExpression flow(u"name=\"flow\" value=\"([^\"]+)\""_s);
            const QString flowId = flow.match(QString::fromUtf8(page.body)).captured(1);
            m_lastConsentPage = QString::fromUtf8(page.body);
            location = sandbox.postForm(sandbox.url(authorizePath), "flow=" + flowId.toLatin1() + "&decision=accept")
                           .header("Location");
        }
        const QString code = redirectQueryValue(location, u"code"_s);
        if (code.isEmpty())
            return {};
        const auto tokens
            = sandbox.postForm(sandbox.url(u"/%1/oauth2/v2.0/token"_s.arg(tenant)),
                               Test::formBody({{u"client_id"_s, QLatin1StringView(Sandbox::kDefaultClientId)},
                                               {u"grant_type"_s, u"authorization_code"_s},
                                               {u"code"_s, code},
                                               {u"redirect_uri"_s, kRedirect},
                                               {u"code_verifier"_s, kVerifier}}));
        return tokens.status == 200 ? tokens.json() : QJsonObject();
    }

    std::unique_ptr<SandboxFixture> m_contoso;
    std::unique_ptr<SandboxFixture> m_programme;
    QString m_lastConsentPage;

private Q_SLOTS:
    void initTestCase();
    void organisationsAreDistinct();
    void signIn_data();
    void signIn();
    void discovery_data();
    void discovery();
    void tokensStayInTheirInstance();
    void calendarsAndEventsDiffer();
    void directoryDiffers();
    void defaultSeedUnchanged();
    void seedIsDeterministicPerOrganisation();
    void unknownTenantSeedsTheDefault();
};

void TestSandboxTenants::initTestCase()
{
    // Both live for the whole test, side by side, as the app will run them for two accounts.
    m_contoso = std::make_unique<SandboxFixture>();
    auto options = SandboxFixture::defaultOptions();
    options.tenant = u"programme"_s;
    m_programme = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_contoso->isListening());
    QVERIFY(m_programme->isListening());
    QVERIFY(m_contoso->server().port() != m_programme->server().port());
}

void TestSandboxTenants::organisationsAreDistinct()
{
    // The table itself: keys, tenant ids, domains and id namespaces are unique, and every list names real people.
    QSet<QString> keys, tenants, domains, namespaces;
    for (const Sandbox::DemoOrganisation &organisation : Sandbox::DemoOrganisation::all()) {
        keys.insert(QString::fromUtf16(organisation.key));
        tenants.insert(QString::fromUtf16(organisation.tenantId));
        domains.insert(QString::fromUtf16(organisation.domain));
        namespaces.insert(QString::fromUtf16(organisation.idNamespace));
        QVERIFY(!QUuid::fromString(QString::fromUtf16(organisation.tenantId)).isNull());
    }
    const auto count = qsizetype(Sandbox::DemoOrganisation::all().size());
    QVERIFY(count >= 2);
    QCOMPARE(keys.size(), count);
    QCOMPARE(tenants.size(), count);
    QCOMPARE(domains.size(), count);
    QCOMPARE(namespaces.size(), count);
    QCOMPARE(Sandbox::DemoOrganisation::keys().first(), u"contoso"_s);
    QCOMPARE(Sandbox::DemoOrganisation::find(u"Programme"), &Sandbox::DemoOrganisation::all()[1]);
    QVERIFY(!Sandbox::DemoOrganisation::find(u"fabrikam"));
}

void TestSandboxTenants::signIn_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("tenant"); // the authority's tenant segment
    QTest::addColumn<QString>("tid");
    QTest::addColumn<QString>("upn");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("tenantName");
    const QString alex = u"alex@contoso-mentoring.example"_s;
    const QString sam = u"sam.rivera@mentoring-programme.example"_s;
    QTest::newRow("contoso organizations")
        << u"contoso"_s << u"organizations"_s << kContosoTenantId << alex << u"Alex Mentor"_s << u"Contoso Mentoring"_s;
    QTest::newRow("contoso tenant id") << u"contoso"_s << kContosoTenantId << kContosoTenantId << alex
                                       << u"Alex Mentor"_s << u"Contoso Mentoring"_s;
    QTest::newRow("programme organizations") << u"programme"_s << u"organizations"_s << kProgrammeTenantId << sam
                                             << u"Sam Rivera"_s << u"Northwind Mentoring Programme"_s;
    QTest::newRow("programme tenant id") << u"programme"_s << kProgrammeTenantId << kProgrammeTenantId << sam
                                         << u"Sam Rivera"_s << u"Northwind Mentoring Programme"_s;
    QTest::newRow("programme domain") << u"programme"_s << u"mentoring-programme.example"_s << kProgrammeTenantId << sam
                                      << u"Sam Rivera"_s << u"Northwind Mentoring Programme"_s;
}

void TestSandboxTenants::signIn()
{
    QFETCH(QString, instance);
    QFETCH(QString, tenant);
    QFETCH(QString, tid);
    QFETCH(QString, upn);
    QFETCH(QString, name);
    QFETCH(QString, tenantName);
    SandboxFixture &sandbox = this->instance(instance);
    QCOMPARE(sandbox.server().tenantId(), tid);
    QCOMPARE(sandbox.server().mentorUpn(), upn);

    m_lastConsentPage.clear();
    const QJsonObject tokens = signIn(sandbox, tenant);
    QVERIFY2(!tokens.isEmpty(), "sign-in failed");
    if (!m_lastConsentPage.isEmpty()) { // the first sign-in of each instance asks for consent, as that user
        QVERIFY(m_lastConsentPage.contains(upn));
        QVERIFY(m_lastConsentPage.contains(tenantName));
    }

    const QString accessToken = tokens.value(u"access_token"_s).toString();
    const QJsonObject me = sandbox.get(sandbox.graphUrl(u"/me"_s), accessToken).json();
    QCOMPARE(me.value(u"userPrincipalName"_s).toString(), upn);
    QCOMPARE(me.value(u"displayName"_s).toString(), name);
    const QString oid = me.value(u"id"_s).toString();
    QVERIFY(!QUuid::fromString(oid).isNull());

    const QJsonObject access = jwtClaims(accessToken);
    QCOMPARE(access.value(u"tid"_s).toString(), tid);
    QCOMPARE(access.value(u"oid"_s).toString(), oid);
    QCOMPARE(access.value(u"upn"_s).toString(), upn);
    QCOMPARE(access.value(u"iss"_s).toString(), u"https://sts.sandbox.invalid/%1/"_s.arg(tid));

    const QJsonObject id = jwtClaims(tokens.value(u"id_token"_s).toString());
    QCOMPARE(id.value(u"tid"_s).toString(), tid);
    QCOMPARE(id.value(u"oid"_s).toString(), oid);
    QCOMPARE(id.value(u"preferred_username"_s).toString(), upn);
    QCOMPARE(id.value(u"email"_s).toString(), upn);
    QCOMPARE(id.value(u"name"_s).toString(), name);
    // Entra's issuer is https://login.microsoftonline.com/{tid}/v2.0; the sandbox's is its own base URL + /{tid}/v2.0.
    QCOMPARE(id.value(u"iss"_s).toString(), sandbox.baseUrl().toString() + u'/' + tid + u"/v2.0"_s);
    QCOMPARE(id.value(u"aud"_s).toString(), QLatin1StringView(Sandbox::kDefaultClientId));

    // The refresh token is redeemed at the same instance, for the same user.
    const auto refreshed
        = sandbox.postForm(sandbox.url(u"/%1/oauth2/v2.0/token"_s.arg(tenant)),
                           Test::formBody({{u"client_id"_s, QLatin1StringView(Sandbox::kDefaultClientId)},
                                           {u"grant_type"_s, u"refresh_token"_s},
                                           {u"refresh_token"_s, tokens.value(u"refresh_token"_s).toString()},
                                           {u"scope"_s, u"openid profile User.Read"_s}}));
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(jwtClaims(refreshed.json().value(u"access_token"_s).toString()).value(u"oid"_s).toString(), oid);
}

void TestSandboxTenants::discovery_data()
{
    QTest::addColumn<QString>("instance");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("issuerTenant");
    QTest::newRow("contoso by id") << u"contoso"_s << kContosoTenantId << 200 << kContosoTenantId;
    QTest::newRow("contoso by domain") << u"contoso"_s << u"contoso-mentoring.example"_s << 200 << kContosoTenantId;
    QTest::newRow("programme by id") << u"programme"_s << kProgrammeTenantId << 200 << kProgrammeTenantId;
    QTest::newRow("programme by domain") << u"programme"_s << u"mentoring-programme.example"_s << 200
                                         << kProgrammeTenantId;
    QTest::newRow("programme organizations") << u"programme"_s << u"organizations"_s << 200 << u"{tenantid}"_s;
    // Each instance is one tenant: the other's id or domain is unknown there (AADSTS90002), as in Entra.
    QTest::newRow("programme asked for contoso") << u"programme"_s << kContosoTenantId << 400 << QString();
    QTest::newRow("contoso asked for programme")
        << u"contoso"_s << u"mentoring-programme.example"_s << 400 << QString();
}

void TestSandboxTenants::discovery()
{
    QFETCH(QString, instance);
    QFETCH(QString, tenant);
    QFETCH(int, status);
    QFETCH(QString, issuerTenant);
    SandboxFixture &sandbox = this->instance(instance);
    const auto reply = sandbox.get(sandbox.url(u"/%1/v2.0/.well-known/openid-configuration"_s.arg(tenant)));
    QCOMPARE(reply.status, status);
    const QJsonObject config = reply.json();
    if (status != 200) {
        QVERIFY(config.value(u"error_description"_s).toString().startsWith(u"AADSTS90002"_s));
        return;
    }
    const QString base = sandbox.baseUrl().toString();
    QCOMPARE(config.value(u"issuer"_s).toString(), base + u'/' + issuerTenant + u"/v2.0"_s);
    QCOMPARE(config.value(u"authorization_endpoint"_s).toString(), base + u'/' + tenant + u"/oauth2/v2.0/authorize"_s);
    QCOMPARE(config.value(u"token_endpoint"_s).toString(), base + u'/' + tenant + u"/oauth2/v2.0/token"_s);
}

void TestSandboxTenants::tokensStayInTheirInstance()
{
    const QString contosoToken = m_contoso->issueToken({u"User.Read"_s});
    const QString programmeToken = m_programme->issueToken({u"User.Read"_s});
    QCOMPARE(m_contoso->get(m_contoso->graphUrl(u"/me"_s), contosoToken).status, 200);
    QCOMPARE(m_programme->get(m_programme->graphUrl(u"/me"_s), programmeToken).status, 200);
    // Each run signs with its own key: one tenant's token is foreign to the other.
    QCOMPARE(m_contoso->get(m_contoso->graphUrl(u"/me"_s), programmeToken).status, 401);
    QCOMPARE(m_programme->get(m_programme->graphUrl(u"/me"_s), contosoToken).status, 401);
    // And the other tenant's people do not exist here.
    QCOMPARE(m_programme
                 ->get(m_programme->graphUrl(u"/users/alex@contoso-mentoring.example/calendars"_s),
                       m_programme->issueToken({u"Calendars.Read.Shared"_s}))
                 .status,
             404);
}

void TestSandboxTenants::calendarsAndEventsDiffer()
{
    const QString contosoToken = m_contoso->issueToken({u"Calendars.Read"_s});
    const QString programmeToken = m_programme->issueToken({u"Calendars.Read"_s});
    const QJsonArray contosoCalendars
        = m_contoso->get(m_contoso->graphUrl(u"/me/calendars"_s), contosoToken).json().value(u"value"_s).toArray();
    const QJsonArray programmeCalendars = m_programme->get(m_programme->graphUrl(u"/me/calendars"_s), programmeToken)
                                              .json()
                                              .value(u"value"_s)
                                              .toArray();
    QCOMPARE(values(contosoCalendars, u"name"_s), (QStringList{u"Calendar"_s, u"Mentoring"_s}));
    QCOMPARE(values(programmeCalendars, u"name"_s), (QStringList{u"Calendar"_s, u"Programme sessions"_s}));
    const QStringList contosoCalendarIds = values(contosoCalendars, u"id"_s);
    const QStringList programmeCalendarIds = values(programmeCalendars, u"id"_s);
    QVERIFY(!QSet<QString>(contosoCalendarIds.begin(), contosoCalendarIds.end())
                 .intersects(QSet<QString>(programmeCalendarIds.begin(), programmeCalendarIds.end())));
    const QJsonObject owner = programmeCalendars.first().toObject().value(u"owner"_s).toObject();
    if (!owner.isEmpty())
        QCOMPARE(owner.value(u"address"_s).toString(), m_programme->server().mentorUpn());

    // The signed-in users' events: none shared by id or iCalUId, and the programme's are in its coordinator's zone.
    const QJsonArray contosoEvents = eventsOf(m_contoso->state(), m_contoso->server().mentorUpn());
    const QJsonArray programmeEvents = eventsOf(m_programme->state(), m_programme->server().mentorUpn());
    QVERIFY(contosoEvents.size() > 100);
    QVERIFY(programmeEvents.size() > 100);
    const QStringList contosoIds = values(contosoEvents, u"id"_s) + values(contosoEvents, u"iCalUId"_s);
    const QStringList programmeIds = values(programmeEvents, u"id"_s) + values(programmeEvents, u"iCalUId"_s);
    QVERIFY(!QSet<QString>(contosoIds.begin(), contosoIds.end())
                 .intersects(QSet<QString>(programmeIds.begin(), programmeIds.end())));
    const QStringList programmeSubjects = values(programmeEvents, u"subject"_s);
    const QStringList contosoSubjects = values(contosoEvents, u"subject"_s);
    QVERIFY(programmeSubjects.contains(u"Cohort 2026 group mentoring"_s));
    QVERIFY(programmeSubjects.contains(u"Cohort 2026 group mentoring (moved to 11:00)"_s));
    QVERIFY(!programmeSubjects.contains(u"Mentoring circle"_s));
    QVERIFY(contosoSubjects.contains(u"Mentoring circle"_s));
    QVERIFY(!contosoSubjects.contains(u"Cohort 2026 group mentoring"_s));
    for (const auto &value : programmeEvents) {
        const QJsonObject event = value.toObject();
        if (event.value(u"subject"_s).toString() == u"Cohort 2026 group mentoring"_s) {
            QCOMPARE(event.value(u"originalStartTimeZone"_s).toString(), u"Eastern Standard Time"_s);
            QCOMPARE(event.value(u"type"_s).toString(), u"seriesMaster"_s);
        }
        // Attendees and organizers are the programme's own people.
        for (const auto &attendee : event.value(u"attendees"_s).toArray()) {
            const QString address
                = attendee.toObject().value(u"emailAddress"_s).toObject().value(u"address"_s).toString();
            QVERIFY2(address.endsWith(u"@mentoring-programme.example"_s), qPrintable(address));
        }
    }
}

void TestSandboxTenants::directoryDiffers()
{
    const auto teamsOf = [](SandboxFixture &sandbox) {
        const auto reply
            = sandbox.get(sandbox.graphUrl(u"/me/joinedTeams"_s), sandbox.issueToken({u"Team.ReadBasic.All"_s}));
        return values(reply.json().value(u"value"_s).toArray(), u"displayName"_s);
    };
    const QStringList contosoTeams = teamsOf(*m_contoso);
    const QStringList programmeTeams = teamsOf(*m_programme);
    QVERIFY(contosoTeams.contains(u"Mentoring Programme"_s));
    QVERIFY(!contosoTeams.contains(u"Cohort 2026"_s));
    QVERIFY(programmeTeams.contains(u"Cohort 2026"_s));
    QVERIFY(programmeTeams.contains(u"Programme Team"_s));
    QVERIFY(!programmeTeams.contains(u"Safeguarding"_s)); // a team the coordinator is not in
    QVERIFY(!programmeTeams.contains(u"Mentoring Programme"_s));

    // A programme colleague shares her calendar with the coordinator, as Priya does with Alex at Contoso; a mentee
    // does not.
    const QString token = m_programme->issueToken({u"Calendars.Read.Shared"_s});
    const auto view = [&](const QString &local) {
        return m_programme->get(
            m_programme->graphUrl(u"/users/%1@mentoring-programme.example/calendar/calendarView"
                                  u"?startDateTime=2026-11-23T00:00:00Z&endDateTime=2026-11-30T00:00:00Z"_s.arg(local)),
            token);
    };
    const auto shared = view(u"aisha.khan"_s);
    QCOMPARE(shared.status, 200);
    QVERIFY(!shared.json().value(u"value"_s).toArray().isEmpty());
    QCOMPARE(view(u"grace.lee"_s).status, 403);
}

void TestSandboxTenants::defaultSeedUnchanged()
{
    // Values the other sandbox tests rely on, and a fingerprint of every seeded event (id, mailbox, calendar,
    // subject, iCalUId, in order) taken from the seed before organisations became a table. If the Contoso seed
    // is changed on purpose, the other tests say what moved; update the fingerprint with them.
    Sandbox::SandboxServer &server = m_contoso->server();
    QCOMPARE(server.options().tenant, u"contoso"_s);
    QCOMPARE(server.tenantId(), kContosoTenantId);
    QCOMPARE(server.tenantDomain(), u"contoso-mentoring.example"_s);
    QCOMPARE(server.tenantName(), u"Contoso Mentoring"_s);
    QCOMPARE(server.mentorUpn(), u"alex@contoso-mentoring.example"_s);
    const QJsonObject state = m_contoso->state();
    QCOMPARE(state.value(u"tenantId"_s).toString(), kContosoTenantId);
    const QJsonArray events = state.value(u"events"_s).toArray();
    // The 614 events of the seed before the mentor's day (issue 17), unchanged and first; then the mentor's day's 8
    // (SeedBuilder::addMentorsDay: two with reminders due, three invitations with the mentor's three copies).
    QCOMPARE(events.size(), 614 + 8);
    QCOMPARE(
        events.first().toObject().value(u"id"_s).toString(),
        u"AAMkAGTywYXPs4WUiBqTwyDOK5mqGR42YE86eAvvevvm6EUcb56ewqcP_Fmy7xsKTD1JIjd7gka7rqSHIU-fWmI1EtXvpaxC_l_TRw"_s);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (qsizetype i = 0; i < 614; ++i) {
        const QJsonObject event = events.at(i).toObject();
        const QStringList fields{event.value(u"id"_s).toString(), event.value(u"mailbox"_s).toString(),
                                 event.value(u"calendarId"_s).toString(), event.value(u"subject"_s).toString(),
                                 event.value(u"iCalUId"_s).toString()};
        hash.addData(QString(fields.join(u'|') + u'\n').toUtf8());
    }
    QCOMPARE(hash.result().toHex(), QByteArray("0ad3e40becfe58b178504b7af35dfdb88e560ece063b4b1f6db655befcbbdac3"));

    const QJsonObject me
        = m_contoso->get(m_contoso->graphUrl(u"/me"_s), m_contoso->issueToken({u"User.Read"_s})).json();
    QCOMPARE(me.value(u"displayName"_s).toString(), u"Alex Mentor"_s);
    QCOMPARE(me.value(u"officeLocation"_s).toString(), u"Berlin"_s);
    QCOMPARE(me.value(u"businessPhones"_s).toArray().first().toString(), u"+49 30 5550 1200"_s);
}

void TestSandboxTenants::seedIsDeterministicPerOrganisation()
{
    // A second programme instance (another port, same process) seeds the same programme, ids included.
    auto options = SandboxFixture::defaultOptions();
    options.tenant = u"programme"_s;
    SandboxFixture again(options);
    QVERIFY(again.isListening());
    QCOMPARE(again.server().tenantId(), kProgrammeTenantId);
    const QStringList expected = values(m_programme->state().value(u"events"_s).toArray(), u"id"_s);
    QCOMPARE(values(again.state().value(u"events"_s).toArray(), u"id"_s), expected);
    const QString token = again.issueToken({u"User.Read"_s});
    QCOMPARE(again.get(again.graphUrl(u"/me"_s), token).json().value(u"id"_s).toString(),
             m_programme->get(m_programme->graphUrl(u"/me"_s), m_programme->issueToken({u"User.Read"_s}))
                 .json()
                 .value(u"id"_s)
                 .toString());
}

void TestSandboxTenants::unknownTenantSeedsTheDefault()
{
    auto options = SandboxFixture::defaultOptions();
    options.tenant = u"fabrikam"_s;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unknown demo tenant"_s));
    Sandbox::SandboxServer server(options);
    QCOMPARE(server.tenantId(), kContosoTenantId);
    QCOMPARE(server.mentorUpn(), u"alex@contoso-mentoring.example"_s);
}

QTEST_GUILESS_MAIN(TestSandboxTenants)
#include "tst_sandbox_tenants.moc"
