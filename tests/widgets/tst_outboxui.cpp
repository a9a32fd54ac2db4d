// The outbox as the user sees it: an indicator while writes wait, a list with Retry / Discard / Try now.
#include "core/graph/GraphClient.h"
#include "core/graph/GraphRequest.h"
#include "core/graph/writes/CreateEventWrite.h"
#include "core/graph/writes/PostChannelMessageWrite.h"
#include "core/outbox/Outbox.h"
#include "support/GraphTestTokenProvider.h"
#include "support/SandboxFixture.h"
#include "support/widgets/SandboxAppWindow.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/common/Banner.h"
#include "ui/common/OutboxDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

class TestOutboxUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indicatorAndDialogOfferRetryAndDiscard();
    void retryAfterAnUnknownOutcomeAsksFirst();
    void damagedOutboxIsSetAsideAndTheUserIsTold();
};

namespace {

struct TestWrite // a write of no feature: the outbox stores and sends it all the same
{
    static constexpr QLatin1StringView kind{"test.write"};
};

int countRequests(const QJsonObject &state, const QString &method, const QString &path)
{
    int count = 0;
    for (const QJsonValue &request : state.value(u"graphRequests"_s).toArray()) {
        const QJsonObject r = request.toObject();
        count += r.value(u"method"_s).toString() == method && r.value(u"path"_s).toString() == path;
    }
    return count;
}

// The question Retry asks, once it is open.
QMessageBox *openQuestion()
{
    QMessageBox *box = nullptr;
    for (int waited = 0; waited < 5000 && !box; waited += 20) {
        box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            QTest::qWait(20);
    }
    return box;
}

} // namespace

void TestOutboxUi::indicatorAndDialogOfferRetryAndDiscard()
{
    Test::SandboxFixture sandbox;
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    Test::GraphTestTokenProvider tokens(sandbox.issueToken({u"User.Read"_s, u"Calendars.ReadWrite"_s}));
    GraphClient client(&nam, &tokens, sandbox.graphUrl(QString()));
    Outbox outbox(&client, dir.filePath(u"outbox.sqlite"_s));
    OutboxIndicator indicator;
    indicator.setOutbox(&outbox);
    QVERIFY(!indicator.isVisibleTo(nullptr) || indicator.isHidden());

    // Graph refuses the write (403 for every attempt): it stays, Failed, with the user's choices.
    sandbox.addFault(QJsonObject{{u"method"_s, u"POST"_s},
                                 {u"path"_s, u"/v1.0/me/events"_s},
                                 {u"count"_s, 5},
                                 {u"type"_s, u"status"_s},
                                 {u"status"_s, 403},
                                 {u"code"_s, u"ErrorAccessDenied"_s}});
    const QJsonObject event{
        {u"subject"_s, u"Mentoring with Ana"_s},
        {u"start"_s, QJsonObject{{u"dateTime"_s, u"2026-12-01T10:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
        {u"end"_s, QJsonObject{{u"dateTime"_s, u"2026-12-01T11:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
        {u"transactionId"_s, u"0f8c1b2e-4a5d-4e6f-8a9b-0c1d2e3f4a5b"_s}};
    const qint64 id = outbox
                          .enqueue<CreateEventWrite>(
                              u"Mentoring with Ana"_s,
                              GraphRequest::post(u"/me/events"_s, event, u"0f8c1b2e-4a5d-4e6f-8a9b-0c1d2e3f4a5b"_s))
                          ->id();
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(id)->state, OutboxState::Failed, 10000);
    QTRY_VERIFY(!indicator.isHidden());
    QCOMPARE(indicator.text(), u"1 change needs your attention"_s);
    QCOMPARE(indicator.accessibleName(), indicator.text());

    OutboxDialog dialog(&outbox);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.selectedId(), id);
    auto *retry = dialog.findChild<QPushButton *>(u"outboxRetry"_s);
    auto *discard = dialog.findChild<QPushButton *>(u"outboxDiscard"_s);
    QVERIFY(retry->isEnabled());
    QVERIFY(discard->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(u"outboxDetails"_s)->text().contains(u"ErrorAccessDenied"_s));
    Test::checkScreen(&dialog, u"outbox-light"_s);

    // Retry: the fault is gone now, so it is sent, once, and leaves the list.
    sandbox.clearFaults();
    QSignalSpy finished(&outbox, &Outbox::entryFinished);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(finished.first().at(2).value<GraphResult>().isOk());
    QCOMPARE(outbox.size(), 0);
    QTRY_VERIFY(indicator.isHidden());
    int created = 0;
    for (const QJsonValue &e : sandbox.state().value(u"events"_s).toArray())
        created += e.toObject().value(u"subject"_s).toString() == "Mentoring with Ana"_L1;
    QCOMPARE(created, 1);

    // Discard: another refused write disappears without being sent.
    sandbox.addFault(QJsonObject{{u"method"_s, u"POST"_s},
                                 {u"path"_s, u"/v1.0/me/events"_s},
                                 {u"count"_s, 5},
                                 {u"type"_s, u"status"_s},
                                 {u"status"_s, 400},
                                 {u"code"_s, u"ErrorInvalidRequest"_s}});
    QJsonObject second = event;
    second.insert(u"transactionId"_s, u"1f8c1b2e-4a5d-4e6f-8a9b-0c1d2e3f4a5b"_s);
    const qint64 other
        = outbox
              .enqueue<CreateEventWrite>(
                  u"Another"_s, GraphRequest::post(u"/me/events"_s, second, u"1f8c1b2e-4a5d-4e6f-8a9b-0c1d2e3f4a5b"_s))
              ->id();
    QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(other)->state, OutboxState::Failed, 10000);
    QTRY_COMPARE(dialog.selectedId(), other);
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_COMPARE(outbox.size(), 0);
    QCOMPARE(finished.last().at(2).value<GraphResult>().status, GraphStatus::Cancelled);
}

void TestOutboxUi::retryAfterAnUnknownOutcomeAsksFirst()
{
    Test::SandboxFixture sandbox;
    const QString discovery = sandbox.issueToken({u"Team.ReadBasic.All"_s, u"Channel.ReadBasic.All"_s});
    QString teamId;
    for (const QJsonValue &team :
         sandbox.get(sandbox.graphUrl(u"/me/joinedTeams"_s), discovery).json().value(u"value"_s).toArray()) {
        if (team.toObject().value(u"displayName"_s).toString() == "Mentoring Programme"_L1)
            teamId = team.toObject().value(u"id"_s).toString();
    }
    QVERIFY(!teamId.isEmpty());
    const QJsonArray channels = sandbox.get(sandbox.graphUrl(u"/teams/%1/channels"_s.arg(teamId)), discovery)
                                    .json()
                                    .value(u"value"_s)
                                    .toArray();
    QVERIFY(!channels.isEmpty());
    const QString channelId = channels.first().toObject().value(u"id"_s).toString();
    const QString path = u"/teams/%1/channels/%2/messages"_s.arg(teamId, GraphRequest::encodeSegment(channelId));
    const QString sandboxPath = u"/v1.0/teams/%1/channels/%2/messages"_s.arg(teamId, channelId);

    QTemporaryDir dir;
    QNetworkAccessManager nam;
    Test::GraphTestTokenProvider tokens(sandbox.issueToken({u"User.Read"_s, u"ChannelMessage.Send"_s}));
    GraphClient client(&nam, &tokens, sandbox.graphUrl(QString()));
    Outbox outbox(&client, dir.filePath(u"outbox.sqlite"_s));
    outbox.setRetryBackoff(std::chrono::milliseconds(20), std::chrono::milliseconds(20));

    // Graph takes the post, then the connection drops before its answer: it may or may not have arrived.
    sandbox.addFault(QJsonObject{{u"method"_s, u"POST"_s},
                                 {u"path"_s, u"/v1.0/teams/%1/channels/"_s.arg(teamId)},
                                 {u"when"_s, u"after"_s},
                                 {u"type"_s, u"drop"_s}});
    const QString label = u"Post to <b>General</b> & friends"_s;
    const qint64 id
        = outbox
              .enqueue<PostChannelMessageWrite>(
                  label,
                  GraphRequest::post(
                      path, QJsonObject{{u"body"_s, QJsonObject{{u"content"_s, u"Sessions open on Friday"_s}}}}))
              ->id();
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(id)->state, OutboxState::NeedsAttention, 10000);
    QCOMPARE(sandbox.state().value(u"channelMessages"_s).toArray().size(), 1);
    QCOMPARE(countRequests(sandbox.state(), u"POST"_s, sandboxPath), 1);

    OutboxDialog dialog(&outbox);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.selectedId(), id);
    auto *retry = dialog.findChild<QPushButton *>(u"outboxRetry"_s);
    QVERIFY(retry->isEnabled());

    // Retry asks first, "No" being the default; No sends nothing.
    QSignalSpy finished(&outbox, &Outbox::entryFinished);
    QTest::mouseClick(retry, Qt::LeftButton);
    QPointer<QMessageBox> question = openQuestion();
    QVERIFY2(question, "Retry of an entry whose earlier attempt may have arrived must ask first");
    QCOMPARE(question->textFormat(), Qt::PlainText);
    QVERIFY2(question->text().contains(label), qPrintable(question->text()));
    QVERIFY(question->defaultButton() == question->button(QMessageBox::No));
    QVERIFY(!question->button(QMessageBox::No)->accessibleName().isEmpty());
    QVERIFY(!question->button(QMessageBox::Yes)->accessibleName().isEmpty());
    QTest::mouseClick(question->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(!question || !question->isVisible());
    QTest::qWait(300); // many backoff periods: nothing may be on its way
    QCOMPARE(outbox.entry(id)->state, OutboxState::NeedsAttention);
    QCOMPARE(countRequests(sandbox.state(), u"POST"_s, sandboxPath), 1);
    QCOMPARE(sandbox.state().value(u"channelMessages"_s).toArray().size(), 1);
    QCOMPARE(finished.size(), 0);

    // Yes: sent once more, exactly once.
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QTest::mouseClick(retry, Qt::LeftButton);
    question = openQuestion();
    QVERIFY(question);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(finished.first().at(2).value<GraphResult>().isOk());
    QCOMPARE(outbox.size(), 0);
    QTest::qWait(100);
    QCOMPARE(countRequests(sandbox.state(), u"POST"_s, sandboxPath), 2);
    QCOMPARE(sandbox.state().value(u"channelMessages"_s).toArray().size(), 2);
}

// The outbox file of an account was damaged between two runs: signing in again sets it aside (never deletes it),
// says where it is, and new writes work.
void TestOutboxUi::damagedOutboxIsSetAsideAndTheUserIsTold()
{
    QString directory;
    {
        Test::SandboxAppWindow first;
        QVERIFY(first.signIn());
        QTRY_VERIFY(first.services->outbox());
        directory = AppServices::accountDataDirectory(first.session()->account());
    } // quit without signing out: the account's files stay
    const QString path = QDir(directory).filePath(u"outbox.sqlite"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, '\x5a')); // not a database any more
    }

    Test::SandboxAppWindow app;
    QVERIFY(app.signIn());
    QTRY_VERIFY(app.services->outbox());
    QCOMPARE(AppServices::accountDataDirectory(app.session()->account()), directory); // the same account
    Banner *banner = app.window->banner();
    QTRY_VERIFY(banner->isVisible());
    const OutboxSetAside report = app.services->outbox()->setAsideReport();
    QVERIFY(!report.isNull());
    QVERIFY(banner->text().contains(QDir::toNativeSeparators(report.path)));
    QVERIFY(banner->text().contains(u"Nothing was deleted"_s));
    QFile aside(report.path);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), QByteArray(8192, '\x5a')); // kept as it was, for support
    QVERIFY(app.services->outbox()->isOpen());
    QVERIFY(app.services->outbox()->enqueue<TestWrite>(
        u"A write"_s, GraphRequest::post(u"/me/events"_s, QJsonObject{{u"subject"_s, u"x"_s}})));
    Test::checkScreen(app.window.get(), u"outbox-set-aside"_s);
}

QTEST_MAIN(TestOutboxUi)
#include "tst_outboxui.moc"
