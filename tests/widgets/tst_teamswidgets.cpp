#include "core/auth/SecretBackend.h"
#include "core/auth/Session.h"
#include "core/common/Clock.h"
#include "core/graph/GraphClient.h"
#include "core/outbox/Outbox.h"
#include "core/services/AppServices.h"
#include "core/teams/SessionAnnouncement.h"
#include "core/teams/TeamListModel.h"
#include "core/teams/TeamsService.h"
#include "support/GraphTestTokenProvider.h"
#include "support/RecordingBrowser.h"
#include "support/SandboxFixture.h"
#include "support/TestBrowser.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/common/Theme.h"
#include "ui/main/MainWindow.h"
#include "ui/teams/ChannelPickerWidget.h"
#include "ui/teams/ComposerDialog.h"
#include "ui/teams/MessageEditor.h"
#include "ui/teams/PermissionNotice.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QStringList kScopes{u"User.Read"_s,      u"Calendars.ReadWrite"_s,   u"Calendars.Read.Shared"_s,
                          u"Group.Read.All"_s, u"Channel.ReadBasic.All"_s, u"ChannelMessage.Send"_s};

ConsentState consent(const QStringList &granted = kScopes, bool teamsEnabled = true)
{
    ConsentState state;
    state.signedIn = true;
    state.grantedScopes = granted;
    state.teamsEnabled = teamsEnabled;
    return state;
}

struct Env
{
    explicit Env(const QString &outboxPath)
        : tokens(sandbox.issueToken(kScopes))
        , client(&network, &tokens, sandbox.server().graphBaseUrl())
        , outbox(&client, outboxPath)
        , service(&client, &outbox)
    {
        outbox.setRetryBackoff(std::chrono::milliseconds(50), std::chrono::milliseconds(50));
        service.setAccountKey(u"widgets-account"_s);
        service.setConsentState(consent());
    }

    QString teamId(const QString &name) const
    {
        for (const Team &team : service.teamModel()->teams()) {
            if (team.displayName == name)
                return team.id;
        }
        return {};
    }

    SandboxFixture sandbox;
    QNetworkAccessManager network;
    GraphTestTokenProvider tokens;
    GraphClient client;
    Outbox outbox;
    TeamsService service;
    Test::RecordingBrowser browser;
};

// Mean lightness of an image, 0 (black) to 1 (white), sampling a grid.
double lightness(const QImage &image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            sum += QColor(image.pixel(x, y)).lightnessF();
            ++count;
        }
    }
    return count ? sum / count : 0;
}

Event sampleSession()
{
    Event event;
    event.id = u"sample"_s;
    event.subject = u"Career planning with Priya"_s;
    event.start = QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc());
    event.end = event.start.addSecs(3600);
    event.joinUrl = QUrl(u"https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1%40thread.v2/0"_s);
    return event;
}

} // namespace

class TestTeamsWidgets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString outboxPath() const
    {
        return m_dir.filePath(u"outbox-%1.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
    }

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void pickerFiltersHundredsOfTeams();
    void pickerPreselectsTheDefaultAndMarksArchived();
    void pickerRefreshReadsAgainAndKeepsTheList();
    void pickerExplainsMissingPermissions();
    void composerEscapesWhatIsTyped();
    void composerToolbarFormats();
    void composerRefusesOversizedMessages();
    void composerSendsAndLinksToTheMessage();
    void composerKeepsTheDraftWhenSendingFails();
    void everyInteractiveWidgetHasAnAccessibleName();
    void composerIsKeyboardNavigable();
    void mainWindowPostsAndSharesASession();
    void screenshots_data();
    void screenshots();
};

void TestTeamsWidgets::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings().clear(); // this test's own settings home: no default channel or Teams switch from an earlier run
    qRegisterMetaType<PostResult>();
    qRegisterMetaType<GraphResult>();
    qRegisterMetaType<PostState>();
}

void TestTeamsWidgets::cleanup()
{
    Theme::apply(Theme::Mode::Light);
}

void TestTeamsWidgets::pickerFiltersHundredsOfTeams()
{
    Env env(outboxPath());
    QList<Team> teams;
    for (int i = 0; i < 500; ++i)
        teams << Team{u"team-%1"_s.arg(i), u"Cohort %1"_s.arg(i, 3, 10, QChar(u'0')), u"Intake group"_s,
                      Team::Archived::No};
    teams << Team{u"guild"_s, u"Engineering Guild"_s, u"Engineers across all offices"_s, Team::Archived::No};
    teams << Team{u"old"_s, u"Mentoring 2019"_s, u"Read-only"_s, Team::Archived::Yes};
    env.service.teamModel()->setTeams(teams);

    ChannelPickerWidget picker(&env.service);
    picker.show();
    auto *filter = picker.findChild<QLineEdit *>(u"teamFilter"_s);
    auto *list = picker.findChild<QListView *>(u"teamList"_s);
    QVERIFY(filter && list);
    QCOMPARE(picker.visibleTeamCount(), 502);
    QTest::keyClicks(filter, u"guild"_s);
    QCOMPARE(picker.visibleTeamCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), u"Engineering Guild"_s);
    QCOMPARE(picker.statusText(), u"1 team matches."_s);
    filter->clear();
    QTest::keyClicks(filter, u"ENG offices"_s); // words in any order, any case, name or description
    QCOMPARE(picker.visibleTeamCount(), 1);
    picker.setFilterText(u"cohort 04"_s);
    QCOMPARE(picker.visibleTeamCount(), 15); // Cohort 040 … 049, and 004, 104, … 404
    picker.setFilterText(u"cohort 499"_s);
    QCOMPARE(picker.visibleTeamCount(), 1);
    picker.setFilterText(u"nothing like this"_s);
    QCOMPARE(picker.visibleTeamCount(), 0);
    picker.setFilterText(u"2019"_s);
    QCOMPARE(picker.visibleTeamCount(), 1);
    const QModelIndex archived = list->model()->index(0, 0);
    QCOMPARE(archived.data(TeamListModel::BadgeTextRole).toString(), u"Archived"_s);
    QCOMPARE(archived.data(TeamListModel::PostableRole).toBool(), false);
    picker.setFilterText(QString());
    QCOMPARE(picker.visibleTeamCount(), 502);
}

void TestTeamsWidgets::pickerRefreshReadsAgainAndKeepsTheList()
{
    Env env(outboxPath());
    ChannelPickerWidget picker(&env.service);
    picker.show();
    picker.activate();
    QTRY_VERIFY_WITH_TIMEOUT(env.service.teamsLoaded(), 10000);
    const int teams = picker.visibleTeamCount();
    QVERIFY(teams > 1);
    // A team is open: once its channels are in, the status line counts them.
    const QString team = env.teamId(u"Mentoring Programme"_s);
    QVERIFY(!team.isEmpty());
    picker.selectChannel(ChannelTarget{team, {}, u"Mentoring Programme"_s, {}});
    QTRY_VERIFY_WITH_TIMEOUT(picker.statusText().endsWith(u"channels you can post to."_s), 10000);
    const QString settled = picker.statusText();
    auto *channels = picker.findChild<QListView *>(u"channelList"_s);
    const int channelRows = channels->model()->rowCount();
    QVERIFY(channelRows > 0);
    auto *refresh = picker.findChild<QToolButton *>(u"refreshTeams"_s);
    QVERIFY(refresh && refresh->isEnabled());

    // Graph fails on the refresh (teams and channels alike): the user is told, and what is shown stays.
    for (const QString &path : {u"/v1.0/me/transitiveMemberOf"_s, u"/v1.0/teams/"_s}) {
        env.sandbox.addFault(
            QJsonObject{{"method"_L1, u"GET"_s}, {"path"_L1, path}, {"type"_L1, u"status"_s}, {"status"_L1, 500}});
    }
    QSignalSpy refreshed(&env.service, &TeamsService::teamsRefreshFinished);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!refreshed.first().first().value<GraphResult>().isOk());
    QTRY_VERIFY_WITH_TIMEOUT(!env.service.isLoadingChannels(team), 10000);
    QVERIFY2(picker.statusText().contains(u"could not be loaded"_s), qPrintable(picker.statusText()));
    QCOMPARE(picker.visibleTeamCount(), teams);
    QCOMPARE(channels->model()->rowCount(), channelRows);

    // Back to normal: Refresh reads teams and channels again.
    env.sandbox.clearFaults();
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(picker.statusText(), settled, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!env.service.isLoadingChannels(team) && !env.service.isRefreshingTeams(), 10000);
    QCOMPARE(picker.statusText(), settled);
    QCOMPARE(picker.visibleTeamCount(), teams);
    QCOMPARE(channels->model()->rowCount(), channelRows);
}

void TestTeamsWidgets::pickerPreselectsTheDefaultAndMarksArchived()
{
    Env env(outboxPath());
    // What was remembered last time (ids and names only).
    ChannelTarget remembered;
    {
        ChannelPickerWidget probe(&env.service);
        probe.show();
        probe.activate();
        QTRY_VERIFY_WITH_TIMEOUT(env.service.teamsLoaded(), 10000);
        const QString team = env.teamId(u"Mentoring Programme"_s);
        env.service.loadChannels(team);
        QTRY_VERIFY_WITH_TIMEOUT(env.service.hasChannels(team), 10000);
        for (const Channel &channel : env.service.channels(team)) {
            if (channel.displayName == "Announcements"_L1)
                remembered = {team, channel.id, u"Mentoring Programme"_s, u"Announcements"_s};
        }
    }
    QVERIFY(remembered.isValid());
    env.service.setDefaultChannel(remembered);

    ChannelPickerWidget picker(&env.service);
    QSignalSpy changed(&picker, &ChannelPickerWidget::channelChanged);
    picker.show();
    picker.activate();
    QTRY_COMPARE_WITH_TIMEOUT(picker.currentChannel(), remembered, 10000);
    QCOMPARE(picker.currentChannel().channelName, u"Announcements"_s);
    QVERIFY(!changed.isEmpty());
    auto *channels = picker.findChild<QListView *>(u"channelList"_s);
    QStringList kinds;
    for (int row = 0; row < channels->model()->rowCount(); ++row)
        kinds << channels->model()->index(row, 0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(kinds.contains(u"Mentor Leads, private channel"_s), qPrintable(kinds.join(u" | "_s)));
    QVERIFY(!kinds.join(u' ').contains(u"HR Confidential"_s));

    // The archived team is marked once its state is known, and choosing it gives no postable channel.
    const QString archived = env.teamId(u"Archived Cohort 2024"_s);
    QTRY_VERIFY_WITH_TIMEOUT(env.service.team(archived)->isArchived(), 10000);
    auto *teams = picker.findChild<QListView *>(u"teamList"_s);
    QModelIndex archivedRow;
    for (int row = 0; row < teams->model()->rowCount(); ++row) {
        if (teams->model()->index(row, 0).data(TeamListModel::IdRole).toString() == archived)
            archivedRow = teams->model()->index(row, 0);
    }
    QCOMPARE(archivedRow.data(TeamListModel::BadgeTextRole).toString(), u"Archived"_s);
    teams->setCurrentIndex(archivedRow);
    QVERIFY(!picker.currentChannel().isValid()); // at once: nothing may go to the previous team meanwhile
    QTRY_VERIFY2(picker.statusText().contains(u"archived"_s), qPrintable(picker.statusText()));
    QVERIFY(!channels->isEnabled());

    // Browsing the list with the keyboard loads channels only where the user stops.
    const int before = env.sandbox.state().value("graphRequests"_L1).toArray().size();
    teams->setFocus();
    teams->setCurrentIndex(teams->model()->index(0, 0));
    for (int i = 0; i < teams->model()->rowCount(); ++i)
        QTest::keyClick(teams, Qt::Key_Down);
    QTRY_VERIFY(picker.currentChannel().isValid() || picker.statusText().contains(u"archived"_s));
    int channelLoads = 0;
    const QJsonArray requests = env.sandbox.state().value("graphRequests"_L1).toArray();
    for (qsizetype i = before; i < requests.size(); ++i)
        channelLoads += requests.at(i).toObject().value("path"_L1).toString().endsWith(u"/channels"_s) ? 1 : 0;
    QVERIFY2(channelLoads <= 1, qPrintable(QString::number(channelLoads)));
}

void TestTeamsWidgets::pickerExplainsMissingPermissions()
{
    Env env(outboxPath());
    env.service.setConsentState(consent({u"User.Read"_s, u"Calendars.ReadWrite"_s}, false));
    ChannelPickerWidget picker(&env.service);
    QSignalSpy permissions(&picker, &ChannelPickerWidget::permissionsRequested);
    picker.show();
    picker.activate();
    auto *notice = picker.findChild<PermissionNotice *>();
    QVERIFY(notice && notice->isVisible());
    QVERIFY2(notice->message().contains(u"Teams features"_s), qPrintable(notice->message()));
    auto *open = notice->findChild<QPushButton *>(u"openPermissionsButton"_s);
    QVERIFY(open->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(permissions.count(), 1);
    QVERIFY(!picker.findChild<QListView *>(u"teamList"_s)->isVisible());
    QTest::qWait(100);
    QVERIFY(env.sandbox.state().value("graphRequests"_L1).toArray().isEmpty()); // nothing asked of Graph

    // A personal account cannot get them: the reason, and no button that cannot help.
    ConsentState personal = consent({u"User.Read"_s}, false);
    personal.accountKind = AccountKind::Personal;
    env.service.setConsentState(personal);
    QVERIFY(notice->message().contains(u"work or school"_s));
    QVERIFY(!open->isVisible());

    // Turned on and granted: the lists appear and load.
    env.service.setConsentState(consent());
    QTRY_VERIFY_WITH_TIMEOUT(env.service.teamsLoaded(), 10000);
    QVERIFY(picker.findChild<QListView *>(u"teamList"_s)->isVisible());
}

void TestTeamsWidgets::composerEscapesWhatIsTyped()
{
    Env env(outboxPath());
    ComposerDialog dialog(&env.service, &env.browser);
    dialog.show();
    auto *editor = dialog.findChild<MessageEditor *>(u"messageEdit"_s);
    QVERIFY(editor);
    QTest::keyClicks(editor, u"<script>x</script> <at id=\"0\">Jane</at> &amp; **ok**"_s);
    QCOMPARE(dialog.composer().html(),
             u"<p>&lt;script&gt;x&lt;/script&gt; &lt;at id=&quot;0&quot;&gt;Jane&lt;/at&gt; "
             "&amp;amp; <strong>ok</strong></p>"_s);
    auto *tabs = dialog.findChild<QTabWidget *>(u"composerTabs"_s);
    auto *preview = dialog.findChild<QTextBrowser *>(u"previewView"_s);
    tabs->setCurrentWidget(preview);
    // The preview shows the typed text literally, markup and all.
    QTRY_VERIFY(preview->toPlainText().contains(u"<script>x</script> <at id=\"0\">Jane</at> &amp; ok"_s));
}

void TestTeamsWidgets::composerToolbarFormats()
{
    Env env(outboxPath());
    ComposerDialog dialog(&env.service, &env.browser);
    dialog.show();
    auto *editor = dialog.findChild<MessageEditor *>(u"messageEdit"_s);
    editor->setPlainText(u"important point"_s);
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(0);
    cursor.setPosition(9, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    QTest::mouseClick(dialog.findChild<QToolButton *>(u"boldButton"_s), Qt::LeftButton);
    QCOMPARE(editor->toPlainText(), u"**important** point"_s);
    QTest::mouseClick(dialog.findChild<QToolButton *>(u"boldButton"_s), Qt::LeftButton); // toggles off
    QCOMPARE(editor->toPlainText(), u"important point"_s);
    editor->selectAll();
    QTest::mouseClick(dialog.findChild<QToolButton *>(u"italicButton"_s), Qt::LeftButton);
    QCOMPARE(editor->toPlainText(), u"*important point*"_s);

    editor->setPlainText(u"one\ntwo"_s);
    editor->selectAll();
    QTest::mouseClick(dialog.findChild<QToolButton *>(u"listButton"_s), Qt::LeftButton);
    QCOMPARE(editor->toPlainText(), u"- one\n- two"_s);
    QCOMPARE(dialog.composer().html(), u"<ul><li>one</li><li>two</li></ul>"_s);
    editor->selectAll();
    QTest::mouseClick(dialog.findChild<QToolButton *>(u"listButton"_s), Qt::LeftButton);
    QCOMPARE(editor->toPlainText(), u"one\ntwo"_s);

    editor->setPlainText(u"https://example.org"_s);
    editor->selectAll();
    QTest::mouseClick(dialog.findChild<QToolButton *>(u"linkButton"_s), Qt::LeftButton);
    QCOMPARE(editor->toPlainText(), u"[link text](https://example.org)"_s);
    QCOMPARE(editor->textCursor().selectedText(), u"link text"_s); // ready to type the label
    QTest::keyClicks(editor, u"the site"_s);
    QCOMPARE(dialog.composer().html(), u"<p><a href=\"https://example.org\">the site</a></p>"_s);
}

void TestTeamsWidgets::composerRefusesOversizedMessages()
{
    Env env(outboxPath());
    ComposerDialog dialog(&env.service, &env.browser);
    dialog.show();
    auto *send = dialog.findChild<QPushButton *>(u"sendButton"_s);
    auto *size = dialog.findChild<QProgressBar *>(u"sizeIndicator"_s);
    auto *problem = dialog.findChild<QLabel *>(u"problemLabel"_s);
    dialog.setText(u"Short"_s);
    QVERIFY(size->format().contains(u"of 28 KB"_s));
    QVERIFY(!problem->isVisible());
    dialog.setText(QString(u"Too long. "_s).repeated(3000));
    QCOMPARE(size->value(), size->maximum());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"too long"_s), qPrintable(problem->text()));
    QVERIFY(!send->isEnabled());
    QVERIFY2(send->toolTip().contains(u"too long"_s) || send->toolTip().contains(u"Choose"_s),
             qPrintable(send->toolTip()));
    dialog.setText(u"Fits again"_s);
    QVERIFY(!problem->isVisible());
}

void TestTeamsWidgets::composerSendsAndLinksToTheMessage()
{
    Env env(outboxPath());
    ComposerDialog dialog(&env.service, &env.browser);
    QSignalSpy posted(&dialog, &ComposerDialog::posted);
    dialog.show();
    // Pick Engineering Guild › Architecture.
    QTRY_VERIFY_WITH_TIMEOUT(env.service.teamsLoaded(), 10000);
    const QString guild = env.teamId(u"Engineering Guild"_s);
    env.service.loadChannels(guild);
    QTRY_VERIFY_WITH_TIMEOUT(env.service.hasChannels(guild), 10000);
    QString architecture;
    for (const Channel &channel : env.service.channels(guild)) {
        if (channel.displayName == "Architecture"_L1)
            architecture = channel.id;
    }
    QVERIFY(!architecture.isEmpty());
    dialog.picker()->selectChannel({guild, architecture, u"Engineering Guild"_s, u"Architecture"_s});
    QTRY_COMPARE_WITH_TIMEOUT(dialog.picker()->currentChannel().channelId, architecture, 10000);

    dialog.setSubject(u"Design review"_s);
    dialog.setText(u"Thursday **10:00**, bring questions & ideas"_s);
    auto *send = dialog.findChild<QPushButton *>(u"sendButton"_s);
    QVERIFY2(send->isEnabled(), qPrintable(send->toolTip()));
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(posted.count(), 1, 10000);
    const PostResult result = posted.first().at(0).value<PostResult>();
    QVERIFY(result.isSent());
    QVERIFY2(dialog.statusText().contains(u"Open it in Teams"_s), qPrintable(dialog.statusText()));
    QVERIFY(dialog.statusText().contains(result.message.webUrl.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    // "Open it in Teams" goes to the injected browser opener, and only allowed links do.
    auto *status = dialog.findChild<QLabel *>(u"sendStatus"_s);
    QVERIFY(status);
    Q_EMIT status->linkActivated(result.message.webUrl.toString(QUrl::FullyEncoded));
    QCOMPARE(env.browser.opened, QList<QUrl>{result.message.webUrl});
    Q_EMIT status->linkActivated(u"javascript:alert(1)"_s);
    QCOMPARE(env.browser.opened.size(), 1);
    QVERIFY(dialog.text().isEmpty()); // done: ready for the next one
    // The channel is remembered for next time.
    QCOMPARE(env.service.defaultChannel().channelId, architecture);
    const QJsonArray messages = env.sandbox.state().value("channelMessages"_L1).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value("body"_L1).toObject().value("content"_L1).toString(),
             u"<p>Thursday <strong>10:00</strong>, bring questions &amp; ideas</p>"_s);
}

void TestTeamsWidgets::composerKeepsTheDraftWhenSendingFails()
{
    Env env(outboxPath());
    env.sandbox.addFault(QJsonObject{{"method"_L1, u"POST"_s},
                                     {"path"_L1, u"/v1.0/teams/"_s},
                                     {"type"_L1, u"status"_s},
                                     {"status"_L1, 403},
                                     {"code"_L1, u"Forbidden"_s}});
    ComposerDialog dialog(&env.service, &env.browser);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(env.service.teamsLoaded(), 10000);
    dialog.picker()->selectChannel({env.teamId(u"New Joiners 2026"_s), QString(), {}, {}});
    QTRY_VERIFY_WITH_TIMEOUT(dialog.picker()->currentChannel().isValid(), 10000);
    dialog.setText(u"Welcome, everyone!"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
    auto *retry = dialog.findChild<QPushButton *>(u"retryButton"_s);
    auto *discard = dialog.findChild<QPushButton *>(u"discardButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
    QVERIFY(discard->isVisible());
    QVERIFY2(dialog.statusText().contains(u"text is kept"_s), qPrintable(dialog.statusText()));
    QCOMPARE(dialog.text(), u"Welcome, everyone!"_s);
    QVERIFY(!dialog.findChild<MessageEditor *>(u"messageEdit"_s)->isReadOnly()); // the draft can be edited

    // Retry now succeeds (the fault was for one request): posted once.
    QSignalSpy posted(&dialog, &ComposerDialog::posted);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(posted.count(), 1, 10000);
    QVERIFY(!retry->isVisible());
    QCOMPARE(env.sandbox.state().value("channelMessages"_L1).toArray().size(), 1);

    // Another failure, then Discard: the text stays for editing, nothing is sent.
    env.sandbox.addFault(QJsonObject{
        {"method"_L1, u"POST"_s}, {"path"_L1, u"/v1.0/teams/"_s}, {"type"_L1, u"status"_s}, {"status"_L1, 400}});
    dialog.setText(u"Second try"_s);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(discard->isVisible(), 10000);
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_VERIFY(!discard->isVisible());
    QCOMPARE(dialog.text(), u"Second try"_s);
    QVERIFY(dialog.statusText().contains(u"Discarded"_s));
    QCOMPARE(env.outbox.size(), 0);
    QCOMPARE(env.sandbox.state().value("channelMessages"_L1).toArray().size(), 1);
}

void TestTeamsWidgets::everyInteractiveWidgetHasAnAccessibleName()
{
    Env env(outboxPath());
    ComposerDialog dialog(&env.service, &env.browser);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(env.service.teamsLoaded(), 10000);
    checkScreen(&dialog, u"teams-composer-empty"_s);
    // Also with the permission notice instead of the lists; then no channel is chosen.
    env.service.setConsentState(consent({u"User.Read"_s}, false));
    QVERIFY(!dialog.picker()->currentChannel().isValid());
    QCOMPARE(dialog.findChild<QLabel *>(u"targetLabel"_s)->text(), u"Choose a team and a channel"_s);
    QVERIFY(!dialog.findChild<QPushButton *>(u"sendButton"_s)->isEnabled());
    checkScreen(&dialog, u"teams-composer-no-permission"_s);
}

void TestTeamsWidgets::composerIsKeyboardNavigable()
{
    Env env(outboxPath());
    ComposerDialog dialog(&env.service, &env.browser);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.picker()->currentChannel().isValid() || env.service.teamsLoaded(), 10000);
    const QStringList visited = tabThrough(&dialog);
    for (const QString &name : {u"teamFilter"_s, u"teamList"_s, u"channelList"_s, u"subjectEdit"_s, u"messageEdit"_s,
                                u"importanceCombo"_s, u"closeButton"_s})
        QVERIFY2(visited.contains(name), qPrintable(name + u" not reached: "_s + visited.join(u", "_s)));
}

void TestTeamsWidgets::mainWindowPostsAndSharesASession()
{
    // The whole journey the way the app runs it: sign in to the demo tenant, turn Teams on, post, share, sign out.
    Sandbox::SandboxServer sandbox{Sandbox::SandboxOptions()}; // real time, as the session's clock
    QVERIFY(sandbox.listen(QHostAddress(QHostAddress::LocalHost)));
    AppConfig config;
    config.clientId = sandbox.clientId();
    config.authorityOverride = sandbox.authority(u"organizations"_s);
    config.graphUrlOverride = sandbox.graphBaseUrl();
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    TestBrowser browser;
    AppServices services(config, std::make_unique<MemorySecretBackend>(), &browser, &clock);
    MainWindow window(&services);
    window.show();
    auto *post = window.findChild<QAction *>(u"actionPostToChannel"_s);
    QVERIFY(post);
    QVERIFY(!post->isEnabled()); // signed out

    QSignalSpy signedIn(services.session(), &Session::signInFinished);
    services.session()->signIn();
    QVERIFY(signedIn.wait(15000));
    QVERIFY2(signedIn.first().at(1).value<SignInResult>().succeeded(),
             qPrintable(signedIn.first().at(1).value<SignInResult>().error.userMessage()));
    QTRY_VERIFY(services.teams());
    QVERIFY(post->isEnabled());
    post->trigger();
    auto *composer = window.findChild<ComposerDialog *>();
    QVERIFY(composer && composer->isVisible());
    // Teams features are off until the user turns them on: the picker says why and offers Permissions.
    QTRY_VERIFY(composer->picker()->findChild<PermissionNotice *>()->isVisible());
    QVERIFY2(composer->picker()->findChild<PermissionNotice *>()->message().contains(u"Teams features"_s),
             qPrintable(composer->picker()->findChild<PermissionNotice *>()->message()));

    // The Teams round is the account's own (its session), not the sign-in session's.
    Session *account = services.account()->session();
    QSignalSpy teamsRound(account, &Session::signInFinished);
    account->enableTeams();
    QVERIFY(teamsRound.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(services.teams()->teamsLoaded(), 15000);
    QVERIFY(!composer->picker()->findChild<PermissionNotice *>()->isVisible());
    QString programme;
    for (const Team &team : services.teams()->teamModel()->teams()) {
        if (team.displayName == "Mentoring Programme"_L1)
            programme = team.id;
    }
    composer->picker()->selectChannel({programme, QString(), {}, {}});
    QTRY_VERIFY_WITH_TIMEOUT(composer->picker()->currentChannel().isValid(), 15000);

    // "Share" in the calendar's details pane reaches the composer, prefilled.
    Event session = sampleSession();
    QVERIFY(window.calendarPage());
    Q_EMIT window.calendarPage()->shareRequested(session);
    QVERIFY(composer->text().contains(u"**Career planning with Priya**"_s));
    QSignalSpy posted(composer, &ComposerDialog::posted);
    QTest::mouseClick(composer->findChild<QPushButton *>(u"sendButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(posted.count(), 1, 15000);
    QVERIFY(posted.first().at(0).value<PostResult>().isSent());
    const QJsonArray messages = sandbox.stateSnapshot().value("channelMessages"_L1).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().toObject().value("subject"_L1).toString(),
             u"Mentoring session: Career planning with Priya"_s);
    QVERIFY(messages.first()
                .toObject()
                .value("body"_L1)
                .toObject()
                .value("content"_L1)
                .toString()
                .contains(u"<a href=\"https://teams.microsoft.com/l/meetup-join/"_s));

    // Closing keeps what was written; opening again shows it.
    composer->setText(u"Half-written"_s);
    composer->close();
    post->trigger();
    QCOMPARE(window.findChild<ComposerDialog *>(), composer);
    QCOMPARE(composer->text(), u"Half-written"_s);

    // Signing out closes the account's services, and the composer with them.
    QPointer<ComposerDialog> guard(composer);
    services.session()->signOut();
    QTRY_VERIFY(!guard);
    QVERIFY(!services.teams());
    QVERIFY(!post->isEnabled());
}

void TestTeamsWidgets::screenshots_data()
{
    QTest::addColumn<Theme::Mode>("mode");
    QTest::addColumn<QString>("name");
    QTest::newRow("light") << Theme::Mode::Light << u"light"_s;
    QTest::newRow("dark") << Theme::Mode::Dark << u"dark"_s;
}

void TestTeamsWidgets::screenshots()
{
    QFETCH(Theme::Mode, mode);
    QFETCH(QString, name);
    Theme::apply(mode);
    Env env(outboxPath() + name);

    ComposerDialog dialog(&env.service, &env.browser);
    dialog.resize(1040, 660);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(env.service.teamsLoaded(), 10000);
    const QString team = env.teamId(u"Mentoring Programme"_s);
    QTRY_VERIFY_WITH_TIMEOUT(env.service.team(env.teamId(u"Archived Cohort 2024"_s))->isArchived(), 10000);
    dialog.picker()->selectChannel({team, QString(), {}, {}});
    QTRY_VERIFY_WITH_TIMEOUT(dialog.picker()->currentChannel().isValid(), 10000);
    QString announcements;
    for (const Channel &channel : env.service.channels(team)) {
        if (channel.displayName == "Announcements"_L1)
            announcements = channel.id;
    }
    dialog.picker()->selectChannel({team, announcements, {}, {}});
    QTRY_COMPARE(dialog.picker()->currentChannel().channelId, announcements);
    dialog.setAnnouncement(SessionAnnouncement::fromEvent(sampleSession(), QTimeZone("Europe/Berlin"),
                                                          QLocale(QLocale::English, QLocale::UnitedKingdom)));
    dialog.findChild<QComboBox *>(u"importanceCombo"_s)->setCurrentIndex(1);
    QTest::qWait(50);

    checkScreen(&dialog, u"teams-composer-%1"_s.arg(name));
    const QImage write = dialog.grab().toImage();
    auto *tabs = dialog.findChild<QTabWidget *>(u"composerTabs"_s);
    tabs->setCurrentIndex(1);
    QTest::qWait(250);
    checkScreen(&dialog, u"teams-preview-%1"_s.arg(name));

    QWidget frame; // the picker as it sits in a window, with the window's margins
    auto *picker = new ChannelPickerWidget(&env.service, &frame);
    auto *layout = new QVBoxLayout(&frame);
    layout->addWidget(picker);
    frame.resize(380, 560);
    frame.show();
    picker->activate();
    picker->setFilterText(u"co"_s);
    QTest::qWait(50);
    checkScreen(&frame, u"teams-picker-%1"_s.arg(name));

    // Not blank, and in the right theme.
    const double light = lightness(write);
    QVERIFY2(mode == Theme::Mode::Dark ? light < 0.45 : light > 0.55, qPrintable(QString::number(light)));
    qInfo().noquote() << "screenshots in" << screenshotDirectory();
}

QTEST_MAIN(TestTeamsWidgets)
#include "tst_teamswidgets.moc"
