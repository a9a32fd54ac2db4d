#include "core/consent/ScopeCatalog.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

class TestScopeCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyScopeOfTheBriefIsDescribed_data();
    void everyScopeOfTheBriefIsDescribed();
    void requestedScopesPerRound();
    void normalisesTokenResponseScopes_data();
    void normalisesTokenResponseScopes();
    void rejectsMalformedCatalogues_data();
    void rejectsMalformedCatalogues();
    void noScopeStringOutsideTheCatalogue();
};

void TestScopeCatalog::everyScopeOfTheBriefIsDescribed_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<ScopeGroup>("group");
    QTest::addColumn<AdminConsent>("admin");
    QTest::addColumn<bool>("personal");
    QTest::addColumn<bool>("optIn");

    // The table of docs/permissions.md, row by row, plus the opt-in offline_access.
    QTest::newRow("openid") << u"openid"_s << ScopeGroup::Outlook << AdminConsent::No << true << false;
    QTest::newRow("User.Read") << u"User.Read"_s << ScopeGroup::Outlook << AdminConsent::No << true << false;
    QTest::newRow("email") << u"email"_s << ScopeGroup::Outlook << AdminConsent::No << true << false;
    QTest::newRow("Calendars.Read.Shared")
        << u"Calendars.Read.Shared"_s << ScopeGroup::Outlook << AdminConsent::No << false << false;
    QTest::newRow("Calendars.ReadWrite") << u"Calendars.ReadWrite"_s << ScopeGroup::Outlook << AdminConsent::No << true
                                         << false;
    QTest::newRow("OnlineMeetings.ReadWrite")
        << u"OnlineMeetings.ReadWrite"_s << ScopeGroup::Outlook << AdminConsent::No << false << false;
    QTest::newRow("Group.Read.All") << u"Group.Read.All"_s << ScopeGroup::Teams << AdminConsent::Yes << false << false;
    QTest::newRow("Channel.ReadBasic.All")
        << u"Channel.ReadBasic.All"_s << ScopeGroup::Teams << AdminConsent::MayDependOnTenant << false << false;
    QTest::newRow("ChannelMessage.Send") << u"ChannelMessage.Send"_s << ScopeGroup::Teams
                                         << AdminConsent::MayDependOnTenant << false << false;
    QTest::newRow("offline_access") << u"offline_access"_s << ScopeGroup::Outlook << AdminConsent::No << true << true;
}

void TestScopeCatalog::everyScopeOfTheBriefIsDescribed()
{
    QFETCH(QString, scope);
    QFETCH(ScopeGroup, group);
    QFETCH(AdminConsent, admin);
    QFETCH(bool, personal);
    QFETCH(bool, optIn);

    const auto info = ScopeCatalog::instance().scope(scope);
    QVERIFY(info);
    QCOMPARE(info->scope, scope);
    QCOMPARE(info->group, group);
    QCOMPARE(info->adminConsent, admin);
    QCOMPARE(info->personalAccounts, personal);
    QCOMPARE(info->optIn, optIn);
    QVERIFY(!info->title.isEmpty());
    QVERIFY(info->allows.size() > 20);
    QVERIFY(info->why.size() > 20);
    QVERIFY(!info->features.isEmpty());
}

void TestScopeCatalog::requestedScopesPerRound()
{
    const ScopeCatalog &catalog = ScopeCatalog::instance();
    QCOMPARE(catalog.scopes().size(), 10);
    const QStringList outlook{u"openid"_s,
                              u"User.Read"_s,
                              u"email"_s,
                              u"Calendars.Read.Shared"_s,
                              u"Calendars.ReadWrite"_s,
                              u"OnlineMeetings.ReadWrite"_s};
    const QStringList teams{u"Group.Read.All"_s, u"Channel.ReadBasic.All"_s, u"ChannelMessage.Send"_s};
    QCOMPARE(catalog.signInScopes(false), outlook);
    QCOMPARE(catalog.signInScopes(true), outlook + QStringList{u"offline_access"_s});
    QCOMPARE(catalog.teamsScopes(false), outlook + teams);
    QCOMPARE(catalog.teamsScopes(true), outlook + QStringList{u"offline_access"_s} + teams);
    QVERIFY(!catalog.signInScopes(true).contains(u"profile"_s)); // exactly the brief's list
}

void TestScopeCatalog::normalisesTokenResponseScopes_data()
{
    QTest::addColumn<QString>("response");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << u"openid User.Read email"_s << QStringList{u"openid"_s, u"User.Read"_s, u"email"_s};
    QTest::newRow("resource-qualified")
        << u"https://graph.microsoft.com/User.Read https://graph.microsoft.us/Calendars.ReadWrite"_s
        << QStringList{u"User.Read"_s, u"Calendars.ReadWrite"_s};
    QTest::newRow("case and duplicates") << u"user.read  User.Read calendars.readwrite"_s
                                         << QStringList{u"User.Read"_s, u"Calendars.ReadWrite"_s};
    QTest::newRow("unknown kept") << u"profile Mail.Read"_s << QStringList{u"profile"_s, u"Mail.Read"_s};
    QTest::newRow("empty") << QString() << QStringList{};
}

void TestScopeCatalog::normalisesTokenResponseScopes()
{
    QFETCH(QString, response);
    QFETCH(QStringList, expected);
    QCOMPARE(ScopeCatalog::instance().parseScopeString(response), expected);
}

void TestScopeCatalog::rejectsMalformedCatalogues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not json") << QByteArray("{") << u"unterminated"_s;
    QTest::newRow("unknown group") << QByteArray(
        R"({"groups":[{"id":"mail","title":"Mail"}],"scopes":[],"features":[]})")
                                   << u"unknown group mail"_s;
    QTest::newRow("unknown feature") << QByteArray(
        R"({"groups":[],"scopes":[{"scope":"User.Read","group":"outlook","adminConsent":"no","personalAccounts":true,"features":["teleport"],"title":"t","allows":"a","why":"w"}],"features":[]})")
                                     << u"unknown feature teleport"_s;
    QTest::newRow("no admin consent value") << QByteArray(
        R"({"groups":[],"scopes":[{"scope":"User.Read","group":"outlook","personalAccounts":true,"features":[],"title":"t","allows":"a","why":"w"}],"features":[]})")
                                            << u"no valid adminConsent"_s;
    QTest::newRow("no why") << QByteArray(
        R"({"groups":[],"scopes":[{"scope":"User.Read","group":"outlook","adminConsent":"no","personalAccounts":true,"features":[],"title":"t","allows":"a"}],"features":[]})")
                            << u"why the app needs it"_s;
    QTest::newRow("feature not described") << QByteArray(
        R"({"groups":[],"scopes":[{"scope":"User.Read","group":"outlook","adminConsent":"no","personalAccounts":true,"features":[],"title":"t","allows":"a","why":"w"}],"features":[]})")
                                           << u"is not described"_s;
}

void TestScopeCatalog::rejectsMalformedCatalogues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString why;
    const ScopeCatalog catalog = ScopeCatalog::fromJson(json, &why);
    QVERIFY(!catalog.isValid());
    QVERIFY2(why.contains(error, Qt::CaseInsensitive), qPrintable(why));
}

void TestScopeCatalog::noScopeStringOutsideTheCatalogue()
{
    // "Code never hardcodes scope strings outside this catalogue": scan the app's sources for any Graph scope
    // name in a string literal (the sandbox imitates Entra and is exempt, as is the catalogue itself).
    const QStringList scopes{u"\"User.Read\""_s,           u"\"Calendars.Read.Shared\""_s,
                             u"\"Calendars.ReadWrite\""_s, u"\"OnlineMeetings.ReadWrite\""_s,
                             u"\"Group.Read.All\""_s,      u"\"Channel.ReadBasic.All\""_s,
                             u"\"ChannelMessage.Send\""_s, u"\"offline_access\""_s};
    QDirIterator it(QStringLiteral(MENTORDESK_SOURCE_DIR "/app"), {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    int scanned = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"/app/sandbox/"_s) || path.endsWith(u"ScopeCatalog.cpp"_s))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        ++scanned;
        for (const QString &scope : scopes)
            QVERIFY2(!text.contains(scope), qPrintable(u"%1 spells %2"_s.arg(path, scope)));
    }
    QVERIFY(scanned > 10);
}

QTEST_GUILESS_MAIN(TestScopeCatalog)
#include "tst_scopecatalog.moc"
