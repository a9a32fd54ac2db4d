// The Teams composer with several signed-in accounts: the "Account" choice above the channel picker lists them,
// switching shows that account's teams and keeps the message, and the post goes out as the chosen account. Each
// account is a real AccountServices against a demo tenant of its own (Contoso and the mentoring programme).
#include "core/common/Clock.h"
#include "core/services/AccountServices.h"
#include "core/teams/PostResult.h"
#include "core/teams/TeamListModel.h"
#include "core/teams/TeamsService.h"
#include "support/RecordingBrowser.h"
#include "support/SandboxAccount.h"
#include "support/SandboxFixture.h"
#include "ui/teams/ChannelPickerWidget.h"
#include "ui/teams/ComposerDialog.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QDateTime kNow = QDateTime::fromString(QLatin1StringView(SandboxFixture::kDefaultNow), Qt::ISODate);

QStringList teamNames(const ChannelPickerWidget *picker)
{
    QStringList names;
    const auto *list = picker->findChild<QListView *>(u"teamList"_s);
    for (int row = 0; list && row < list->model()->rowCount(); ++row)
        names << list->model()->index(row, 0).data().toString();
    return names;
}

} // namespace

class TestComposerAccounts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{kNow};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings().clear(); // no default channel from an earlier run
        qRegisterMetaType<PostResult>();
    }
    void accountChoiceSwitchesTheTeams();
    void oneAccountHasNoChoice();
};

void TestComposerAccounts::accountChoiceSwitchesTheTeams()
{
    SandboxAccount contoso(u"contoso"_s, m_dir.filePath(u"choice/contoso"_s), &m_clock);
    SandboxAccount programme(u"programme"_s, m_dir.filePath(u"choice/programme"_s), &m_clock);
    AccountServices *a = contoso.services();
    AccountServices *b = programme.services();
    RecordingBrowser browser;

    ComposerDialog dialog({a, b}, a, &browser);
    QSignalSpy changed(&dialog, &ComposerDialog::accountChanged);
    QSignalSpy posted(&dialog, &ComposerDialog::posted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *account = dialog.findChild<QComboBox *>(u"accountCombo"_s);
    QVERIFY(account);
    QVERIFY(account->isVisible());
    QCOMPARE(account->accessibleName(), u"Account"_s);
    QCOMPARE(account->count(), 2);
    QVERIFY2(account->itemText(0).contains(contoso.address()), qPrintable(account->itemText(0)));
    QVERIFY2(account->itemText(1).contains(programme.address()), qPrintable(account->itemText(1)));
    QCOMPARE(dialog.account(), a);
    QCOMPARE(dialog.service(), a->teams());
    QTRY_VERIFY_WITH_TIMEOUT(a->teams()->teamsLoaded(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!teamNames(dialog.picker()).isEmpty(), 10000);
    const QStringList contosoTeams = teamNames(dialog.picker());

    dialog.setSubject(u"Welcome"_s);
    dialog.setText(u"Hello **cohort**"_s);
    account->setCurrentIndex(1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dialog.account(), b);
    QCOMPARE(dialog.service(), b->teams());
    QCOMPARE(dialog.text(), u"Hello **cohort**"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"subjectEdit"_s)->text(), u"Welcome"_s);
    QTRY_VERIFY_WITH_TIMEOUT(b->teams()->teamsLoaded(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!teamNames(dialog.picker()).isEmpty(), 10000);
    const QStringList programmeTeams = teamNames(dialog.picker());
    QVERIFY2(programmeTeams != contosoTeams, qPrintable(programmeTeams.join(u", "_s)));
    for (const QString &name : programmeTeams)
        QVERIFY2(!contosoTeams.contains(name), qPrintable(name)); // nothing of one tenant in the other

    // Posted as the programme account, into its tenant.
    const QList<Team> teams = b->teams()->teamModel()->teams();
    QString teamId;
    for (const Team &team : teams) {
        if (team.archived != Team::Archived::Yes) {
            teamId = team.id;
            break;
        }
    }
    QVERIFY(!teamId.isEmpty());
    b->teams()->loadChannels(teamId);
    QTRY_VERIFY_WITH_TIMEOUT(b->teams()->hasChannels(teamId), 10000);
    const Channel channel = b->teams()->channels(teamId).first();
    dialog.picker()->selectChannel({teamId, channel.id, QString(), channel.displayName});
    QTRY_COMPARE_WITH_TIMEOUT(dialog.picker()->currentChannel().channelId, channel.id, 10000);
    auto *send = dialog.findChild<QPushButton *>(u"sendButton"_s);
    QVERIFY2(send->isEnabled(), qPrintable(send->toolTip()));
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(!account->isEnabled()); // the post in flight stays with its account
    QVERIFY(!dialog.setAccount(a));
    QTRY_COMPARE_WITH_TIMEOUT(posted.count(), 1, 10000);
    QVERIFY(posted.first().at(0).value<PostResult>().isSent());
    QCOMPARE(programme.sandbox().state().value("channelMessages"_L1).toArray().size(), 1);
    QCOMPARE(contoso.sandbox().state().value("channelMessages"_L1).toArray().size(), 0);
    QVERIFY(account->isEnabled());

    // And back: the first account's teams again.
    QVERIFY(dialog.setAccount(a));
    QTRY_COMPARE_WITH_TIMEOUT(teamNames(dialog.picker()), contosoTeams, 10000);
}

void TestComposerAccounts::oneAccountHasNoChoice()
{
    SandboxAccount contoso(u"contoso"_s, m_dir.filePath(u"single/contoso"_s), &m_clock);
    RecordingBrowser browser;
    ComposerDialog dialog({contoso.services()}, nullptr, &browser);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QComboBox *>(u"accountCombo"_s)->isVisible());
    QCOMPARE(dialog.account(), contoso.services());
    ComposerDialog plain(contoso.services()->teams(), &browser);
    QCOMPARE(plain.account(), nullptr);
    QVERIFY(!plain.setAccount(contoso.services()));
}

QTEST_MAIN(TestComposerAccounts)
#include "tst_composeraccounts.moc"
