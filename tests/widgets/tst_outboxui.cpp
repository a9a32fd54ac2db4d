// The outbox as the user sees it: an indicator while writes wait, a list with Retry / Discard / Try now.
#include "GraphTestTokenProvider.h"
#include "SandboxFixture.h"
#include "ScreenCheck.h"
#include "common/OutboxDialog.h"
#include "graph/GraphClient.h"
#include "graph/GraphRequest.h"
#include "graph/Outbox.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
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
};

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
    const qint64 id
        = outbox.enqueue(u"booking"_s, u"Mentoring with Ana"_s,
                         GraphRequest::post(u"/me/events"_s, event, u"0f8c1b2e-4a5d-4e6f-8a9b-0c1d2e3f4a5b"_s));
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
    QCOMPARE(outbox.rowCount(), 0);
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
        = outbox.enqueue(u"booking"_s, u"Another"_s,
                         GraphRequest::post(u"/me/events"_s, second, u"1f8c1b2e-4a5d-4e6f-8a9b-0c1d2e3f4a5b"_s));
    QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(other)->state, OutboxState::Failed, 10000);
    QTRY_COMPARE(dialog.selectedId(), other);
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_COMPARE(outbox.rowCount(), 0);
    QCOMPARE(finished.last().at(2).value<GraphResult>().status, GraphStatus::Cancelled);
}

QTEST_MAIN(TestOutboxUi)
#include "tst_outboxui.moc"
