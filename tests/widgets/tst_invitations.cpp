// Answering invitations in the main window, against the demo tenant
// (docs/graph/reminders.md#responding-to-an-invitation): the seed's three unanswered invitations in "Awaiting your
// answer", Accept, Tentative and Decline from the details pane through the RespondDialog (message, "Don't send a
// response", a proposed new time, this occurrence or the whole series), what reaches the organiser's event in the
// tenant, answers given offline, a refused one with Retry, the keyboard alone, and screenshots in light, dark and
// right-to-left.
#include "core/calendar/CalendarStore.h"
#include "core/calendar/CalendarSync.h"
#include "core/calendar/EventActions.h"
#include "core/graph/NetworkReachability.h"
#include "core/model/GraphTime.h"
#include "core/services/AppServices.h"
#include "support/widgets/SandboxAppWindow.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/calendar/AwaitingAnswerPanel.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/EventDetailsPane.h"
#include "ui/calendar/RespondDialog.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QEventLoop>
#include <QGroupBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTest>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using namespace MentorDesk;

namespace {

constexpr int kTimeout = 20000;

const QString kCareer = u"Career chat"_s;
const QString kPair = u"Pair programming"_s;
const QString kDesign = u"Design review"_s;

struct World : Test::SandboxAppWindow
{
    CalendarPage *page() const { return find<CalendarPage>(u"calendarPage"_s); }
    AwaitingAnswerPanel *awaiting() const { return page()->awaitingPanel(); }
    EventDetailsPane *pane() const { return page()->detailsPane(); }

    // Signed in, and the seed's invitations are in the cache.
    bool ready()
    {
        window->resize(1400, 900);
        if (!signIn())
            return false;
        // The profile comes after the first sync and names the account anew (the page then takes its sources again).
        return QTest::qWaitFor([this] { return awaiting()->count() == 3 && services->account()->profile().isValid(); },
                               kTimeout);
    }

    QListWidgetItem *item(const QString &subject) const
    {
        QListWidget *list = awaiting()->list();
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().startsWith(subject))
                return list->item(row);
        }
        return nullptr;
    }

    // Clicks the invitation in "Awaiting your answer": the details show it.
    bool show(const QString &subject)
    {
        QListWidgetItem *it = item(subject);
        if (!it)
            return false;
        QListWidget *list = awaiting()->list();
        list->scrollToItem(it);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(it).center());
        return QTest::qWaitFor([&] { return pane()->titleText().startsWith(subject); }, 5000);
    }

    // Opens the dialog with one of the pane's answer buttons.
    RespondDialog *open(QPushButton *button)
    {
        QTest::mouseClick(button, Qt::LeftButton);
        RespondDialog *dialog = nullptr;
        const bool shown
            = QTest::qWaitFor([&] { return (dialog = pane()->respondDialog()) && dialog->isVisible(); }, 5000);
        return shown ? dialog : nullptr;
    }

    // The tenant's events with this subject: the organiser's own (not the mentor's copy).
    QJsonObject organiserEvent(const QString &subject) const
    {
        for (const QJsonValue &value : sandbox.stateSnapshot().value(u"events"_s).toArray()) {
            const QJsonObject event = value.toObject();
            if (event.value(u"mailbox"_s).toString() != sandbox.mentorUpn()
                && event.value(u"subject"_s).toString().startsWith(subject)
                && event.value(u"sandboxStatus"_s).toString() == u"active"_s
                && (event.value(u"type"_s).toString() == u"seriesMaster"_s
                    || event.value(u"type"_s).toString() == u"singleInstance"_s))
                return event;
        }
        return {};
    }
    // The mentor's entry among the organiser's attendees.
    QJsonObject mentorEntry(const QString &subject) const
    {
        const QJsonObject event = organiserEvent(subject);
        for (const QJsonValue &attendee : event.value(u"attendees"_s).toArray()) {
            if (attendee.toObject()
                    .value(u"emailAddress"_s)
                    .toObject()
                    .value(u"address"_s)
                    .toString()
                    .compare(sandbox.mentorUpn(), Qt::CaseInsensitive)
                == 0)
                return attendee.toObject();
        }
        return {};
    }
    QString organiserSees(const QString &subject) const
    {
        return mentorEntry(subject).value(u"status"_s).toObject().value(u"response"_s).toString();
    }
    // The mentor's cached occurrences of the series, by start.
    QList<Event> cachedSeries(const QString &subject) const
    {
        QList<Event> found;
        CalendarStore *store = services->calendarStore();
        for (const Event &event : store->eventsBetween(clock.nowUtc().addDays(-1), clock.nowUtc().addDays(120))) {
            if (event.subject.startsWith(subject))
                found << event;
        }
        return found;
    }
};

// POST /_sandbox/faults on the world's tenant.
void addFault(World &w, const QJsonObject &fault)
{
    QNetworkAccessManager network;
    QUrl url = w.sandbox.baseUrl();
    url.setPath(u"/_sandbox/faults"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = network.post(request, QJsonDocument(fault).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    reply->deleteLater();
}

} // namespace

class TestInvitations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void awaitingListsTheSeededInvitations();
    void acceptOne();
    void tentativeWithAMessage();
    void declineWithANewTime();
    void seriesOrOccurrence_data();
    void seriesOrOccurrence();
    void dontSendAResponse();
    void seriesWithoutProposals();
    void offlineAnswerShowsAtOnceAndIsSentLater();
    void refusedAnswerKeepsTheInputForRetry();
    void keyboardOnly();
    void screenshots_data();
    void screenshots();
};

void TestInvitations::init()
{
    QSettings().clear();
    // Each test signs in afresh: no calendar cache or outbox of an earlier one.
    QDir(QDir(AppServices::dataDirectory()).filePath(u"accounts"_s)).removeRecursively();
    Theme::apply(Theme::Mode::Light);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestInvitations::cleanup()
{
    Theme::apply(Theme::Mode::Light);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestInvitations::awaitingListsTheSeededInvitations()
{
    World w;
    QVERIFY(w.ready());
    AwaitingAnswerPanel *panel = w.awaiting();
    QCOMPARE(panel->headingText(), u"Awaiting your answer (3)"_s);
    QVERIFY(w.item(kCareer));
    QVERIFY(w.item(kPair)); // the weekly series once
    QListWidgetItem *design = w.item(kDesign);
    QVERIFY(design);
    QVERIFY(design->data(AwaitingAnswerPanel::ChangedRole).toBool());
    QVERIFY(design->text().contains(u"Changed by the organiser since you answered"_s));
    QVERIFY(!w.item(kCareer)->data(AwaitingAnswerPanel::ChangedRole).toBool());
    // Soonest first: the career chat and the series start on the next working day, the review the day after.
    QVERIFY(w.awaiting()->list()->row(design) == 2);

    // Clicking one shows it, with the answer buttons and what Graph says.
    QVERIFY(w.show(kDesign));
    QCOMPARE(w.page()->selectedEvent().subject, kDesign);
    QCOMPARE(w.pane()->answerText(), u"Changed by the organiser since you answered"_s);
    QVERIFY(w.pane()->acceptButton()->isVisible());
    QVERIFY(w.pane()->acceptButton()->isEnabled());
    QVERIFY(!w.pane()->acceptButton()->isChecked());
    QVERIFY(w.show(kCareer));
    QCOMPARE(w.pane()->answerText(), u"Not answered yet"_s);
    Test::checkScreen(w.window.get(), u"invitations-awaiting"_s);
}

void TestInvitations::acceptOne()
{
    World w;
    QVERIFY(w.ready());
    QVERIFY(w.show(kCareer));
    RespondDialog *dialog = w.open(w.pane()->acceptButton());
    QVERIFY(dialog);
    QVERIFY(!dialog->proposalGroup()); // no new time with an accept
    QVERIFY(!dialog->occurrenceButton()); // a single meeting
    QCOMPARE(dialog->windowTitle(), u"Accept invitation"_s);
    Test::checkScreen(dialog, u"invitations-accept-dialog"_s);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    // At once: the answer chosen, on its way.
    QCOMPARE(w.pane()->answerText(), u"You accepted"_s);
    QVERIFY(w.pane()->acceptButton()->isChecked());
    QVERIFY(!w.pane()->answerNoteText().isEmpty());
    // Sent, the calendar read again: Graph's answer, with its time.
    QTRY_VERIFY_WITH_TIMEOUT(w.pane()->answerText().startsWith(u"You accepted · "_s), kTimeout);
    QVERIFY(w.pane()->answerNoteText().isEmpty());
    QCOMPARE(w.page()->selectedEvent().responseStatus.response, ResponseStatus::Response::Accepted);
    QCOMPARE(w.organiserSees(kCareer), u"accepted"_s);
    QTRY_COMPARE(w.awaiting()->count(), 2);
    QVERIFY(!w.item(kCareer));
    QCOMPARE(w.awaiting()->headingText(), u"Awaiting your answer (2)"_s);
}

void TestInvitations::tentativeWithAMessage()
{
    World w;
    QVERIFY(w.ready());
    QVERIFY(w.show(kDesign));
    RespondDialog *dialog = w.open(w.pane()->tentativeButton());
    QVERIFY(dialog);
    QVERIFY(dialog->proposalGroup()->isEnabled());
    QVERIFY(!dialog->proposalGroup()->isChecked());
    QTest::keyClicks(dialog->messageEdit(), u"I may be late"_s);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(w.pane()->tentativeButton()->isChecked());
    QCOMPARE(w.pane()->answerText(), u"You tentatively accepted"_s);
    QTRY_VERIFY_WITH_TIMEOUT(w.pane()->answerText().startsWith(u"You tentatively accepted · "_s), kTimeout);
    QCOMPARE(w.organiserSees(kDesign), u"tentativelyAccepted"_s);
    QTRY_COMPARE(w.awaiting()->count(), 2);
    QVERIFY(!w.item(kDesign));
}

void TestInvitations::declineWithANewTime()
{
    World w;
    QVERIFY(w.ready());
    QVERIFY(w.show(kCareer));
    const Event career = w.page()->selectedEvent();
    RespondDialog *dialog = w.open(w.pane()->declineButton());
    QVERIFY(dialog);
    QGroupBox *proposal = dialog->proposalGroup();
    QVERIFY(proposal->isEnabled());
    proposal->setChecked(true);
    const QTimeZone zone = w.page()->timeZone();
    const QDate day = career.start.toTimeZone(zone).date().addDays(1);
    dialog->proposalDateEdit()->setDate(day);
    dialog->proposalStartEdit()->setTime(QTime(10, 0));
    dialog->proposalEndEdit()->setTime(QTime(10, 30));
    QTest::keyClicks(dialog->messageEdit(), u"Could we do the morning after?"_s);
    // With a proposal there is a response to send.
    QVERIFY(!dialog->dontSendBox()->isEnabled());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(w.pane()->declineButton()->isChecked());
    QCOMPARE(w.pane()->answerText(), u"You declined"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w.organiserSees(kCareer), u"declined"_s, kTimeout);
    const QJsonObject proposed = w.mentorEntry(kCareer).value(u"proposedNewTime"_s).toObject();
    QVERIFY(!proposed.isEmpty());
    const QDateTime start = GraphTime::toUtc(day, QTime(10, 0), zone);
    const QDateTime end = GraphTime::toUtc(day, QTime(10, 30), zone);
    const QJsonObject proposedStart = proposed.value(u"start"_s).toObject();
    const QJsonObject proposedEnd = proposed.value(u"end"_s).toObject();
    QCOMPARE(GraphTime::fromJson(proposedStart), start);
    QCOMPARE(GraphTime::fromJson(proposedEnd), end);
    // Declined: Outlook takes it out of the calendar, and out of the list.
    QTRY_COMPARE_WITH_TIMEOUT(w.awaiting()->count(), 2, kTimeout);
    QVERIFY(!w.item(kCareer));
}

void TestInvitations::seriesOrOccurrence_data()
{
    QTest::addColumn<bool>("wholeSeries");
    QTest::addColumn<QString>("organiserMaster"); // the mentor's status in the organiser's series
    QTest::newRow("the whole series") << true << u"accepted"_s;
    QTest::newRow("this occurrence") << false << u"none"_s;
}

void TestInvitations::seriesOrOccurrence()
{
    QFETCH(bool, wholeSeries);
    QFETCH(QString, organiserMaster);
    World w;
    QVERIFY(w.ready());
    QVERIFY(w.show(kPair));
    const Event first = w.page()->selectedEvent();
    QVERIFY(!first.seriesMasterId.isEmpty());
    RespondDialog *dialog = w.open(w.pane()->acceptButton());
    QVERIFY(dialog);
    QVERIFY(dialog->occurrenceButton() && dialog->seriesButton());
    QVERIFY(dialog->occurrenceButton()->isChecked()); // the one the user looks at, unless told otherwise
    if (wholeSeries)
        dialog->seriesButton()->setChecked(true);
    QCOMPARE(dialog->target().id, wholeSeries ? first.seriesMasterId : first.id);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QCOMPARE(w.pane()->answerText(), wholeSeries ? u"You accepted (the whole series)"_s : u"You accepted"_s);
    QTRY_VERIFY_WITH_TIMEOUT(w.pane()->answerText().startsWith(u"You accepted · "_s), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(w.organiserSees(kPair), organiserMaster, kTimeout);
    // In the mentor's calendar: every week, or the one answered alone.
    const auto answeredAsExpected = [&] {
        const QList<Event> weeks = w.cachedSeries(kPair);
        for (const Event &week : weeks) {
            const bool answered = wholeSeries || week.id == first.id;
            if (week.responseStatus.response
                != (answered ? ResponseStatus::Response::Accepted : ResponseStatus::Response::NotResponded))
                return false;
        }
        return weeks.size() > 1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(answeredAsExpected(), kTimeout);
    // The list asks about a series at its next occurrence: answered either way.
    QTRY_COMPARE(w.awaiting()->count(), 2);
}

void TestInvitations::dontSendAResponse()
{
    World w;
    QVERIFY(w.ready());
    QVERIFY(w.show(kDesign));
    RespondDialog *dialog = w.open(w.pane()->acceptButton());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->messageEdit(), u"Not sent"_s);
    dialog->dontSendBox()->setChecked(true);
    QVERIFY(!dialog->messageEdit()->isEnabled()); // nothing carries a message then
    QVERIFY(!dialog->answer().sendResponse);
    QVERIFY(dialog->answer().comment.isEmpty());
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QCOMPARE(w.pane()->answerText(), u"You accepted, without telling the organiser"_s);
    QTRY_VERIFY_WITH_TIMEOUT(w.pane()->answerText().startsWith(u"You accepted · "_s), kTimeout);
    // The organiser was not told.
    QCOMPARE(w.organiserSees(kDesign), u"none"_s);
}

void TestInvitations::seriesWithoutProposals()
{
    World w;
    QVERIFY(w.ready());
    QVERIFY(w.show(kPair));
    const Event first = w.page()->selectedEvent();
    QVERIFY(!first.allowNewTimeProposals);
    for (QPushButton *button : {w.pane()->tentativeButton(), w.pane()->declineButton()}) {
        RespondDialog *dialog = w.open(button);
        QVERIFY(dialog);
        QVERIFY(!dialog->proposalGroup()->isEnabled());
        EventActions::Answer probe;
        probe.response = dialog->response();
        probe.proposedNewTime = std::pair{first.start, first.end};
        const QString why = EventActions::refusal(first, probe);
        QVERIFY(!why.isEmpty());
        QCOMPARE(dialog->proposalNote()->text(), why);
        QVERIFY(dialog->proposalNote()->isVisible());
        // Not even for the whole series.
        dialog->seriesButton()->setChecked(true);
        QVERIFY(!dialog->proposalGroup()->isEnabled());
        QVERIFY(!dialog->answer().proposedNewTime);
        if (button == w.pane()->declineButton())
            Test::checkScreen(dialog, u"invitations-no-proposals"_s);
        dialog->reject();
        QTRY_VERIFY(!w.pane()->respondDialog());
    }
    // What would be refused is not sent: nothing in the outbox, still unanswered.
    QCOMPARE(w.services->account()->eventActions()->pending().size(), 0);
    QCOMPARE(w.pane()->answerText(), u"Not answered yet"_s);
}

void TestInvitations::offlineAnswerShowsAtOnceAndIsSentLater()
{
    World w;
    QVERIFY(w.ready());
    QVERIFY(w.show(kCareer));
    w.services->reachability()->setOnline(false);
    RespondDialog *dialog = w.open(w.pane()->acceptButton());
    QVERIFY(dialog);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QCOMPARE(w.pane()->answerText(), u"You accepted"_s);
    QVERIFY(w.pane()->acceptButton()->isChecked());
    QCOMPARE(w.pane()->answerNoteText(), u"Waiting to send (offline)"_s);
    QTest::qWait(300);
    QCOMPARE(w.organiserSees(kCareer), u"none"_s); // not sent
    QCOMPARE(w.services->account()->eventActions()->pending().size(), 1);
    Test::checkScreen(w.window.get(), u"invitations-offline"_s);
    w.services->reachability()->setOnline(true);
    QTRY_COMPARE_WITH_TIMEOUT(w.organiserSees(kCareer), u"accepted"_s, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(w.pane()->answerText().startsWith(u"You accepted · "_s), kTimeout);
    QTRY_COMPARE(w.awaiting()->count(), 2);
}

void TestInvitations::refusedAnswerKeepsTheInputForRetry()
{
    World w;
    QVERIFY(w.ready());
    QVERIFY(w.show(kDesign));
    addFault(w,
             {{u"method"_s, u"POST"_s},
              {u"path"_s, u"/v1.0/me/events/"_s},
              {u"type"_s, u"status"_s},
              {u"status"_s, 403},
              {u"code"_s, u"ErrorAccessDenied"_s}});
    RespondDialog *dialog = w.open(w.pane()->tentativeButton());
    QVERIFY(dialog);
    QTest::keyClicks(dialog->messageEdit(), u"Keep this text"_s);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    const QString failure = EventActions::failureText(EventActions::Action::TentativelyAccept,
                                                      GraphResult::failure(GraphStatus::PermissionDenied));
    QTRY_COMPARE_WITH_TIMEOUT(w.pane()->answerNoteText(), failure, kTimeout);
    QCOMPARE(w.pane()->answerText(), u"You tentatively accepted (not sent)"_s);
    QVERIFY(w.pane()->tentativeButton()->isChecked());
    QVERIFY(w.pane()->retryButton()->isVisible());
    QVERIFY(w.pane()->tentativeButton()->isEnabled());
    Test::checkScreen(w.window.get(), u"invitations-failed"_s);
    // Retry: the dialog again, with what was typed and what went wrong; sent this time.
    QTest::mouseClick(w.pane()->retryButton(), Qt::LeftButton);
    QTRY_VERIFY((dialog = w.pane()->respondDialog()) && dialog->isVisible());
    QCOMPARE(dialog->response(), EventActions::Response::TentativelyAccept);
    QCOMPARE(dialog->messageEdit()->toPlainText(), u"Keep this text"_s);
    QCOMPARE(dialog->errorText(), failure);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w.organiserSees(kDesign), u"tentativelyAccepted"_s, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(w.pane()->answerText().startsWith(u"You tentatively accepted · "_s), kTimeout);
    QVERIFY(!w.pane()->retryButton()->isVisible());
    QCOMPARE(w.services->account()->eventActions()->pending().size(), 0); // the failed one replaced
}

void TestInvitations::keyboardOnly()
{
    World w;
    QVERIFY(w.ready());
    w.window->activateWindow(); // QApplication::setActiveWindow() is deprecated in Qt 6.5+
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    // Alt+Y: the list; Enter: the first invitation's details, focused.
    QTest::keyClick(w.window.get(), Qt::Key_Y, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), w.awaiting()->list());
    QTest::keyClick(w.awaiting()->list(), Qt::Key_Home);
    const QString first = w.awaiting()->invitations().constFirst().subject;
    QTest::keyClick(w.awaiting()->list(), Qt::Key_Return);
    QTRY_COMPARE(w.pane()->titleText(), first);
    QTRY_VERIFY(w.pane()->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == w.pane());
    // Alt+P: Accept; type a message, Alt+A sends it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    RespondDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.pane()->respondDialog()) && dialog->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), dialog->messageEdit());
    QTest::keyClicks(dialog->messageEdit(), u"See you there"_s);
    QTest::keyClick(dialog->messageEdit(), Qt::Key_Tab); // Tab leaves the message
    QVERIFY(QApplication::focusWidget() != dialog->messageEdit());
    // The first is the weekly series (8:00 UTC, before the 16:00 career chat in Berlin): Alt+W answers all of it.
    QVERIFY(dialog->seriesButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::AltModifier);
    QTRY_VERIFY(dialog->seriesButton()->isChecked());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(!w.pane()->respondDialog());
    QVERIFY(w.pane()->answerText().startsWith(u"You accepted"_s));
    QTRY_VERIFY_WITH_TIMEOUT(w.pane()->answerText().startsWith(u"You accepted · "_s), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(w.awaiting()->count(), 2, kTimeout);
}

void TestInvitations::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("rightToLeft");
    QTest::newRow("light") << false << false;
    QTest::newRow("dark") << true << false;
    QTest::newRow("right-to-left") << false << true;
}

void TestInvitations::screenshots()
{
    QFETCH(bool, dark);
    QFETCH(bool, rightToLeft);
    Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    if (rightToLeft)
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    const QString suffix = QString::fromLatin1(QTest::currentDataTag());
    World w;
    QVERIFY(w.ready());
    QVERIFY(w.show(kDesign));
    Test::checkScreen(w.window.get(), u"invitations-page-"_s + suffix);
    RespondDialog *dialog = w.open(w.pane()->declineButton());
    QVERIFY(dialog);
    dialog->proposalGroup()->setChecked(true);
    QTest::keyClicks(dialog->messageEdit(), u"Could we move it to Friday?"_s);
    Test::checkScreen(dialog, u"invitations-decline-dialog-"_s + suffix);
    dialog->reject();
}

QTEST_MAIN(TestInvitations)
#include "tst_invitations.moc"
