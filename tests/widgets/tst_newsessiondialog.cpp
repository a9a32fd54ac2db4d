#include "core/booking/AddressList.h"
#include "core/booking/BookingService.h"
#include "core/booking/BookingText.h"
#include "core/booking/DraftStore.h"
#include "core/calendar/CalendarStore.h"
#include "core/common/Clock.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphRequest.h"
#include "core/model/GraphTime.h"
#include "core/outbox/Outbox.h"
#include "support/GraphTestTokenProvider.h"
#include "support/SandboxCalendarCache.h"
#include "support/SandboxFixture.h"
#include "support/widgets/ScreenCheck.h"
#include "ui/booking/BookingConfirmationView.h"
#include "ui/booking/CancelSessionDialog.h"
#include "ui/booking/NewSessionDialog.h"
#include "ui/booking/RescheduleDialog.h"
#include "ui/booking/SuggestionsPanel.h"
#include "ui/common/Theme.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <memory>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;
using Field = DraftValidator::Field;

namespace {

const QStringList kWorkScopes{u"openid"_s,
                              u"User.Read"_s,
                              u"email"_s,
                              u"Calendars.Read.Shared"_s,
                              u"Calendars.ReadWrite"_s,
                              u"OnlineMeetings.ReadWrite"_s};
const QStringList kPersonalScopes{u"openid"_s, u"User.Read"_s, u"email"_s, u"Calendars.ReadWrite"_s};
const QDateTime kNow = QDateTime::fromString(QLatin1StringView(SandboxFixture::kDefaultNow), Qt::ISODate);
const QString kPriya = u"priya.sharma@contoso-mentoring.example"_s;

// A signed-in mentor's booking set-up against a sandbox.
struct Fixture
{
    explicit Fixture(bool personal = false)
        : sandbox(options(personal))
        , clock(kNow)
        , tokens(sandbox.issueToken(personal ? kPersonalScopes : kWorkScopes))
        , client(&network, &tokens, sandbox.server().graphBaseUrl())
        , outbox(&client, dir.filePath(u"outbox.sqlite"_s))
        , drafts(dir.filePath(u"booking-drafts.json"_s), &clock)
        , calendar(dir.filePath(u"calendar.sqlite"_s), &clock)
        , service(&client, &outbox, &drafts, &clock)
    {
        drafts.load();
        // What the calendar feature has cached: people met before and the mentor's own busy times.
        if (!loadSandboxCalendarCache(sandbox, tokens.accessToken(), calendar, kNow.addDays(-60), kNow.addDays(60)))
            qWarning() << "could not fill the calendar cache";
        service.setCalendarStore(&calendar);
        service.setOrganizerAddress(sandbox.state().value("mentor"_L1).toString());
        service.setConsentStateProvider([personal] {
            ConsentState state;
            state.signedIn = true;
            state.accountKind = personal ? AccountKind::Personal : AccountKind::WorkOrSchool;
            state.grantedScopes = personal ? kPersonalScopes : kWorkScopes;
            return state;
        });
    }

    static Sandbox::SandboxOptions options(bool personal)
    {
        Sandbox::SandboxOptions o = SandboxFixture::defaultOptions();
        o.personalAccounts = personal;
        return o;
    }

    // A draft for Friday 27 Nov 2026 at 10:00 in Berlin.
    void fill(NewSessionDialog &dialog, const QString &subject)
    {
        SessionDraft draft = dialog.draft();
        draft.mentees = {{u"Priya Sharma"_s, kPriya}};
        draft.subject = subject;
        draft.agenda = u"1. Where you are\n2. Where you want to be\n\nBring your <questions> & ideas."_s;
        draft.timeZoneId = u"Europe/Berlin"_s;
        draft.date = QDate(2026, 11, 27);
        draft.time = QTime(10, 0);
        dialog.setDraft(draft);
    }

    SandboxFixture sandbox;
    ManualClock clock;
    QTemporaryDir dir;
    QNetworkAccessManager network;
    GraphTestTokenProvider tokens;
    GraphClient client;
    Outbox outbox;
    DraftStore drafts;
    CalendarStore calendar;
    BookingService service;
};

QStringList unnamedInteractiveWidgets(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // Editors inside combo and spin boxes are parts of their owner, which carries the name.
        if (qobject_cast<QComboBox *>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
            continue;
        const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QListWidget *>(widget);
        if (interactive && widget->accessibleName().trimmed().isEmpty())
            unnamed << (widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                       : widget->objectName());
    }
    return unnamed;
}

// The screen as a reviewer sees it: every visible control named, not blank, saved to <build>/screenshots.
void screenshot(QWidget *widget, const QString &name, bool fitContents = false)
{
    if (fitContents)
        widget->adjustSize();
    QApplication::processEvents();
    checkScreen(widget, name);
}

template<typename T>
T *child(QWidget *root, const QString &name)
{
    T *found = root->findChild<T *>(name);
    if (!found)
        qWarning() << "no child" << name;
    return found;
}

} // namespace

class TestNewSessionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void inlineValidation();
    void enterWithProblemsShowsThemAll();
    void tabOrderFollowsTheForm();
    void keyboardBooksWithEnterAndShowsTheConfirmation();
    void ctrlEnterBooksFromTheAgenda();
    void escapeKeepsTheDraft();
    void discardDraftStartsOver();
    void slotFromTheCalendar();
    void completionOffersPeopleMetBefore();
    void personalAccountExplainsAPlainEvent();
    void suggestionsAreClickable();
    void noSuggestionsSayWhy();
    void standaloneLinkIsLabelled();
    void busyStateCanBeCancelled();
    void rescheduleAndCancelDialogs();
    void rescheduleWithTheKeyboard();
    void changesExplainedWhenNotAllowed();
    void everyInteractiveWidgetHasAnAccessibleName();
    void screenshots_data();
    void screenshots();
};

void TestNewSessionDialog::initTestCase()
{
    qRegisterMetaType<BookingResult>();
    qRegisterMetaType<Event>();
}

void TestNewSessionDialog::cleanup()
{
    Theme::apply(Theme::Mode::Light);
}

void TestNewSessionDialog::inlineValidation()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *mentees = child<QLineEdit>(&dialog, u"menteesEdit"_s);
    QVERIFY(mentees->hasFocus());
    // Nothing is shown before the user has been in a field.
    QVERIFY(dialog.fieldMessage(Field::Mentees).isEmpty());
    QTest::keyClicks(mentees, u"priya@contoso.com, jonas at contoso"_s);
    QVERIFY(dialog.fieldMessage(Field::Mentees).isEmpty()); // not while typing
    QTest::keyClick(mentees, Qt::Key_Tab);
    QVERIFY2(dialog.fieldMessage(Field::Mentees).contains(u"\"jonas at contoso\" is not an email address"_s),
             qPrintable(dialog.fieldMessage(Field::Mentees)));
    QCOMPARE(mentees->accessibleDescription(), dialog.fieldMessage(Field::Mentees)); // read out with the field
    // Fixed: the message goes away as soon as the entry is right.
    mentees->setText(u"priya@contoso.com, jonas@contoso.com"_s);
    QVERIFY(dialog.fieldMessage(Field::Mentees).isEmpty());

    // A time in the past.
    auto *date = child<QDateEdit>(&dialog, u"dateEdit"_s);
    auto *time = child<QTimeEdit>(&dialog, u"timeEdit"_s);
    date->setFocus();
    date->setDate(QDate(2026, 11, 24));
    time->setFocus();
    QVERIFY(dialog.fieldMessage(Field::Start).contains(u"in the past"_s));
    date->setDate(QDate(2026, 11, 26));
    QVERIFY(dialog.fieldMessage(Field::Start).isEmpty());

    // Until date before the first session.
    auto *repeat = child<QComboBox>(&dialog, u"repeatCombo"_s);
    repeat->setCurrentIndex(repeat->findData(int(SessionDraft::RepeatKind::Weekly)));
    QVERIFY(child<QWidget>(&dialog, u"repeatEnd"_s)->isVisible());
    child<QAbstractButton>(&dialog, u"repeatUntilRadio"_s)->setChecked(true);
    auto *until = child<QDateEdit>(&dialog, u"repeatUntilDate"_s);
    until->setFocus();
    until->setDate(QDate(2026, 11, 20));
    mentees->setFocus();
    QVERIFY2(dialog.fieldMessage(Field::Repeat).contains(u"end after its first session"_s),
             qPrintable(dialog.fieldMessage(Field::Repeat)));
    QCOMPARE(f.outbox.size(), 0);
}

void TestNewSessionDialog::enterWithProblemsShowsThemAll()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *subject = child<QLineEdit>(&dialog, u"subjectEdit"_s);
    subject->setFocus();
    QTest::keyClicks(subject, u"Career chat"_s);
    QTest::keyClick(subject, Qt::Key_Return); // Enter books...
    // ...but there is no mentee: every problem is shown, focus goes to the first one, nothing is sent.
    QCOMPARE(dialog.noticeText(), u"Please check the highlighted fields."_s);
    QVERIFY(dialog.fieldMessage(Field::Mentees).contains(u"at least one mentee"_s));
    QVERIFY(child<QLineEdit>(&dialog, u"menteesEdit"_s)->hasFocus());
    QVERIFY(!dialog.isBusy());
    QCOMPARE(f.outbox.size(), 0);
    QVERIFY(dialog.isVisible());
    QTest::qWait(50);
    for (const QJsonValue &request : f.sandbox.state().value("graphRequests"_L1).toArray())
        QCOMPARE(request.toObject().value("method"_L1).toString(), u"GET"_s); // only the calendar cache's loading
}

void TestNewSessionDialog::tabOrderFollowsTheForm()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList visited;
    QWidget *focus = QApplication::focusWidget();
    for (int i = 0; i < 60 && focus; ++i) {
        QWidget *owner = focus;
        while (owner && owner->objectName().isEmpty())
            owner = owner->parentWidget(); // the line edit inside a spin box or combo box
        const QString name = owner ? owner->objectName() : QString();
        if (visited.isEmpty() || visited.last() != name)
            visited << name;
        if (name == u"bookButton"_s)
            break;
        QTest::keyClick(focus, Qt::Key_Tab);
        focus = QApplication::focusWidget();
    }
    const QStringList expected{
        u"menteesEdit"_s,     u"subjectEdit"_s,       u"agendaEdit"_s,         u"dateEdit"_s,      u"timeEdit"_s,
        u"durationEdit"_s,    u"timeZoneCombo"_s,     u"calendarCombo"_s,      u"reminderCombo"_s, u"repeatCombo"_s,
        u"teamsCheck"_s,      u"schedulingStrip"_s,   u"suggestionsFrom"_s,    u"suggestionsTo"_s, u"findTimesButton"_s,
        u"suggestionsList"_s, u"meetingLinkButton"_s, u"discardDraftButton"_s, u"closeButton"_s,   u"bookButton"_s};
    QCOMPARE(visited, expected);
}

void TestNewSessionDialog::keyboardBooksWithEnterAndShowsTheConfirmation()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy booked(&dialog, &NewSessionDialog::sessionBooked);
    QSignalSpy share(&dialog, &NewSessionDialog::shareRequested);
    // The mentee from people met before: type part of the name, pick the completion with the keyboard.
    auto *mentees = child<QLineEdit>(&dialog, u"menteesEdit"_s);
    QTest::keyClicks(mentees, u"sharma"_s);
    QAbstractItemView *popup = mentees->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(mentees->text(), u"Priya Sharma <"_s + kPriya + u">, "_s);
    QVERIFY(dialog.isVisible()); // Enter in the popup chose the mentee; it did not book
    QVERIFY(!dialog.isBusy());
    QTest::keyClick(mentees, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"Quarterly check-in"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"Goals <b>first</b>"_s); // the agenda
    child<QDateEdit>(&dialog, u"dateEdit"_s)->setDate(QDate(2026, 11, 27));
    child<QTimeEdit>(&dialog, u"timeEdit"_s)->setTime(QTime(15, 0));
    QCOMPARE(child<QPushButton>(&dialog, u"bookButton"_s)->text(), u"&Book as Teams meeting"_s);
    child<QLineEdit>(&dialog, u"subjectEdit"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(dialog.isBusy());
    QVERIFY(child<QWidget>(&dialog, u"busy"_s)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isShowingConfirmation(), 15000);
    QCOMPARE(booked.count(), 1);
    BookingConfirmationView *confirmation = dialog.confirmation();
    QCOMPARE(dialog.focusWidget(), confirmation->doneButton()); // Enter closes it
    QCOMPARE(confirmation->headline(), u"Teams meeting booked"_s);
    QVERIFY(confirmation->joinLink().startsWith(u"https://teams.microsoft.com/l/meetup-join/"_s));
    QCOMPARE(confirmation->invitationText(), u"Invitation sent to Priya Sharma."_s);
    QTest::mouseClick(confirmation->copyButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), confirmation->joinLink());
    QTest::mouseClick(confirmation->shareButton(), Qt::LeftButton);
    QCOMPARE(share.count(), 1);
    const auto event = share.first().first().value<Event>();
    QCOMPARE(event.subject, u"Quarterly check-in"_s);
    QCOMPARE(event.joinUrl.toString(QUrl::FullyEncoded), confirmation->joinLink());
    QTest::keyClick(confirmation->shareButton(), Qt::Key_Return); // Done is the default button
    QCOMPARE(share.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(f.drafts.count(), 0); // booked: nothing left to keep
    int created = 0;
    for (const QJsonValue &value : f.sandbox.state().value("events"_L1).toArray()) {
        const QJsonObject stored = value.toObject();
        if (stored.value("subject"_L1).toString() == u"Quarterly check-in"_s) {
            ++created;
            QVERIFY(stored.value("body"_L1).toObject().value("content"_L1).toString().contains(u"Goals &lt;b&gt;"_s));
        }
    }
    QCOMPARE(created, 1);
}

void TestNewSessionDialog::ctrlEnterBooksFromTheAgenda()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    f.fill(dialog, u"From the agenda"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *agenda = child<QPlainTextEdit>(&dialog, u"agendaEdit"_s);
    agenda->setFocus();
    agenda->moveCursor(QTextCursor::End);
    QTest::keyClick(agenda, Qt::Key_Return); // a new line, not a booking
    QVERIFY(!dialog.isBusy());
    QVERIFY(agenda->toPlainText().endsWith(u'\n'));
    QTest::keyClick(agenda, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isShowingConfirmation(), 15000);
}

void TestNewSessionDialog::escapeKeepsTheDraft()
{
    Fixture f;
    {
        NewSessionDialog dialog(&f.service);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, u"menteesEdit"_s), kPriya);
        child<QLineEdit>(&dialog, u"subjectEdit"_s)->setText(u"Kept for later"_s);
        child<QComboBox>(&dialog, u"reminderCombo"_s)->setCurrentIndex(0); // no reminder
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
    QCOMPARE(f.drafts.count(), 1);
    QCOMPARE(f.drafts.latest()->subject, u"Kept for later"_s);
    // Reopened (even after a restart: a new store reads the same file), the draft is back.
    DraftStore reread(f.drafts.filePath());
    QVERIFY(reread.load());
    QCOMPARE(reread.latest()->subject, u"Kept for later"_s);
    NewSessionDialog again(&f.service);
    QCOMPARE(child<QLineEdit>(&again, u"subjectEdit"_s)->text(), u"Kept for later"_s);
    QCOMPARE(child<QLineEdit>(&again, u"menteesEdit"_s)->text(), kPriya);
    QCOMPARE(child<QComboBox>(&again, u"reminderCombo"_s)->currentData().toInt(), -1);
    QVERIFY(!child<QLabel>(&again, u"resumedNote"_s)->isHidden());
    QCOMPARE(again.draft().transactionId, f.drafts.latest()->transactionId); // one booking, one key

    // Opening and closing without typing keeps nothing new.
    f.drafts.remove(f.drafts.latest()->id);
    NewSessionDialog blank(&f.service);
    blank.reject();
    QCOMPARE(f.drafts.count(), 0);
}

void TestNewSessionDialog::discardDraftStartsOver()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    f.fill(dialog, u"To be thrown away"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString oldTransaction = dialog.draft().transactionId;
    QTest::qWait(600); // saved by then
    QCOMPARE(f.drafts.count(), 1);
    QTest::mouseClick(child<QPushButton>(&dialog, u"discardDraftButton"_s), Qt::LeftButton);
    QCOMPARE(f.drafts.count(), 0);
    QVERIFY(child<QLineEdit>(&dialog, u"subjectEdit"_s)->text().isEmpty());
    QVERIFY(child<QLineEdit>(&dialog, u"menteesEdit"_s)->text().isEmpty());
    QVERIFY(dialog.draft().transactionId != oldTransaction);
}

void TestNewSessionDialog::slotFromTheCalendar()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    const QDateTime start = GraphTime::toUtc(QDate(2026, 12, 2), QTime(14, 30), QTimeZone::systemTimeZone());
    dialog.setSlot(start, start.addSecs(45 * 60));
    QCOMPARE(dialog.draft().startUtc(), start);
    QCOMPARE(dialog.draft().durationMinutes, 45);
    dialog.setSlot(start, start.addSecs(10 * 60)); // a click on a short grid cell keeps the duration
    QCOMPARE(dialog.draft().durationMinutes, 45);
}

void TestNewSessionDialog::completionOffersPeopleMetBefore()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    dialog.show();
    auto *mentees = child<QLineEdit>(&dialog, u"menteesEdit"_s);
    QVERIFY(mentees->completer());
    // The completer completes the entry being typed, keeping the ones before.
    auto *completer = mentees->completer();
    QVERIFY(completer->model()->rowCount() > 3);
    for (int row = 0; row < completer->model()->rowCount(); ++row) {
        const QString entry = completer->model()->index(row, 0).data().toString();
        QVERIFY2(!entry.contains(f.service.organizerAddress(), Qt::CaseInsensitive), qPrintable(entry));
    }
    mentees->setText(u"a@x.org, pri"_s);
    QCOMPARE(completer->splitPath(mentees->text()), QStringList{u"pri"_s});
    // Completing the second entry keeps the first.
    mentees->clear();
    QTest::keyClicks(mentees, u"jonas.weber@contoso-mentoring.example, priya"_s);
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(AddressList::parse(mentees->text()).size(), 2);
    QCOMPARE(AddressList::parse(mentees->text()).at(1).address, kPriya);
}

void TestNewSessionDialog::personalAccountExplainsAPlainEvent()
{
    Fixture f(true);
    NewSessionDialog dialog(&f.service);
    f.fill(dialog, u"Personal"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *book = child<QPushButton>(&dialog, u"bookButton"_s);
    QCOMPARE(book->text(), u"&Book session"_s);
    QVERIFY(book->isEnabled());
    auto *teams = child<QCheckBox>(&dialog, u"teamsCheck"_s);
    QVERIFY(!teams->isEnabled());
    QVERIFY(!teams->isChecked());
    QVERIFY(
        child<QLabel>(&dialog, u"planNote"_s)->text().contains(u"Personal Microsoft accounts cannot create Teams"_s));
    auto *link = child<QPushButton>(&dialog, u"meetingLinkButton"_s);
    QVERIFY(!link->isEnabled());
    QVERIFY(link->toolTip().contains(u"work or school account"_s));
    QTest::mouseClick(book, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isShowingConfirmation(), 15000);
    QCOMPARE(dialog.confirmation()->headline(), u"Session booked"_s);
    QVERIFY(dialog.confirmation()->joinLink().isEmpty());
}

void TestNewSessionDialog::suggestionsAreClickable()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    f.fill(dialog, u"Suggestions"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    SuggestionsPanel *panel = dialog.suggestions();
    panel->setWindow(QDate(2026, 11, 26), QDate(2026, 11, 27));
    QTest::mouseClick(child<QPushButton>(panel, u"findTimesButton"_s), Qt::LeftButton);
    QVERIFY(panel->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
    QVERIFY(panel->list()->count() > 0);
    QVERIFY(panel->list()->item(0)->text().contains(u"confidence"_s));
    const MeetingTimeSuggestion second = panel->suggestions().at(1);
    QListWidgetItem *item = panel->list()->item(1);
    QTest::mouseClick(panel->list()->viewport(), Qt::LeftButton, {}, panel->list()->visualItemRect(item).center());
    QCOMPARE(dialog.draft().startUtc(), second.start);
    QCOMPARE(dialog.draft().endUtc(), second.end);
    // And with the keyboard.
    const MeetingTimeSuggestion first = panel->suggestions().at(0);
    panel->list()->setFocus();
    panel->list()->setCurrentRow(0);
    QTest::keyClick(panel->list(), Qt::Key_Return);
    QCOMPARE(dialog.draft().startUtc(), first.start);
    QVERIFY(dialog.isVisible()); // choosing a time does not book
}

void TestNewSessionDialog::noSuggestionsSayWhy()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    f.fill(dialog, u"Weekend"_s);
    SuggestionsPanel *panel = dialog.suggestions();
    panel->setWindow(QDate(2026, 11, 28), QDate(2026, 11, 29));
    panel->findTimes();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 15000);
    QCOMPARE(panel->list()->count(), 0);
    QCOMPARE(panel->noteText(), BookingText::emptyReason(MeetingTimeSuggestions::EmptyReason::OrganizerUnavailable));
}

void TestNewSessionDialog::standaloneLinkIsLabelled()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    f.fill(dialog, u"Phone arrangement"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *link = child<QPushButton>(&dialog, u"meetingLinkButton"_s);
    QVERIFY(link->toolTip().contains(u"no calendar entry, no invitation"_s));
    QTest::mouseClick(link, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isShowingConfirmation(), 15000);
    BookingConfirmationView *confirmation = dialog.confirmation();
    QCOMPARE(confirmation->headline(), u"Teams meeting link ready"_s);
    QVERIFY(confirmation->joinLink().startsWith(u"https://teams.microsoft.com/"_s));
    auto *notice = child<QLabel>(confirmation, u"confirmationNotice"_s);
    QVERIFY(notice->text().contains(u"No calendar entry was created and no invitation was sent"_s));
    QVERIFY(child<QLabel>(confirmation, u"confirmationMeetingId"_s)->text().startsWith(u"Meeting ID: "_s));
}

void TestNewSessionDialog::busyStateCanBeCancelled()
{
    Fixture f;
    // Microsoft 365 is slow to answer: the user stops waiting.
    f.sandbox.addFault(QJsonObject{{"method"_L1, u"POST"_s},
                                   {"path"_L1, u"/v1.0/me/findMeetingTimes"_s},
                                   {"type"_L1, u"delay"_s},
                                   {"delayMs"_L1, 3000}});
    NewSessionDialog dialog(&f.service);
    f.fill(dialog, u"Slow"_s);
    dialog.show();
    SuggestionsPanel *panel = dialog.suggestions();
    panel->findTimes();
    QVERIFY(panel->isBusy());
    auto *stop = child<QPushButton>(panel, u"busyCancel"_s);
    QVERIFY(stop->isVisible());
    QCOMPARE(stop->accessibleName(), u"Stop"_s);
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY(!panel->isBusy());
    QVERIFY(panel->noteText().contains(u"Stopped"_s));

    // Booking while offline: the Cancel in the busy row withdraws it before it is sent; the draft stays.
    f.sandbox.addFault(QJsonObject{
        {"method"_L1, u"POST"_s}, {"path"_L1, u"/v1.0/me/events"_s}, {"type"_L1, u"delay"_s}, {"delayMs"_L1, 3000}});
    dialog.book();
    QVERIFY(dialog.isBusy());
    auto *cancel = child<QPushButton>(child<QWidget>(&dialog, u"busy"_s), u"busyCancel"_s);
    QVERIFY(cancel->hasFocus());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!dialog.isBusy());
    // It was already on the wire: it finishes in the background, and the dialog says so.
    QVERIFY2(dialog.noticeText().contains(u"cannot be stopped"_s), qPrintable(dialog.noticeText()));
}

void TestNewSessionDialog::rescheduleAndCancelDialogs()
{
    Fixture f;
    SessionDraft draft = SessionDraft::create(kNow, QTimeZone("Europe/Berlin"));
    draft.mentees = {{u"Priya Sharma"_s, kPriya}};
    draft.subject = u"Weekly mentoring"_s;
    draft.date = QDate(2026, 11, 27);
    draft.time = QTime(10, 0);
    draft.repeat = {SessionDraft::RepeatKind::Weekly, SessionDraft::RepeatEnd::Count, {}, 3};
    BookingOperation *op = f.service.book(draft);
    QSignalSpy booked(op, &BookingOperation::finished);
    QVERIFY(booked.wait(15000));
    const Event master = booked.first().first().value<BookingResult>().event;
    QVERIFY(master.isValid());
    // The first occurrence as the calendar would show it.
    const QJsonObject view = f.sandbox
                                 .get(f.sandbox.graphUrl(u"/me/calendarView?startDateTime=2026-11-26T00:00:00Z"
                                                         u"&endDateTime=2026-11-28T00:00:00Z&$top=100"_s),
                                      f.tokens.accessToken())
                                 .json();
    Event occurrence;
    for (const QJsonValue &value : view.value("value"_L1).toArray()) {
        if (value.toObject().value("seriesMasterId"_L1).toString() == master.id)
            occurrence = Event::fromJson(value);
    }
    QVERIFY(occurrence.isValid());

    RescheduleDialog move(&f.service, occurrence, occurrence.start.addSecs(2 * 3600), occurrence.end.addSecs(2 * 3600));
    move.show();
    QVERIFY(QTest::qWaitForWindowExposed(&move));
    auto *only = child<QAbstractButton>(&move, u"thisOccurrence"_s);
    QVERIFY(only && only->isChecked());
    QVERIFY(child<QAbstractButton>(&move, u"wholeSeries"_s));
    QTest::keyClick(&move, Qt::Key_Return); // Move session is the default
    QVERIFY(move.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(move.result(), int(QDialog::Accepted), 15000);
    QVERIFY(move.result() == QDialog::Accepted);

    CancelSessionDialog cancel(&f.service, occurrence);
    cancel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&cancel));
    QVERIFY(cancel.messageEdit()->hasFocus());
    QTest::keyClicks(cancel.messageEdit(), u"Sorry, I am travelling."_s);
    child<QAbstractButton>(&cancel, u"wholeSeries"_s)->setChecked(true);
    QTest::mouseClick(cancel.cancelSessionButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cancel.result(), int(QDialog::Accepted), 15000);
    bool cancelled = false;
    for (const QJsonValue &value : f.sandbox.state().value("events"_L1).toArray()) {
        if (value.toObject().value("id"_L1).toString() == master.id)
            cancelled = value.toObject().value("sandboxStatus"_L1).toString() == u"cancelled"_s;
    }
    QVERIFY(cancelled);
}

void TestNewSessionDialog::rescheduleWithTheKeyboard()
{
    Fixture f;
    SessionDraft draft = SessionDraft::create(kNow, QTimeZone("Europe/Berlin"));
    draft.mentees = {{u"Priya Sharma"_s, kPriya}};
    draft.subject = u"Moved by keyboard"_s;
    draft.date = QDate(2026, 11, 27);
    draft.time = QTime(10, 0);
    BookingOperation *op = f.service.book(draft);
    QSignalSpy booked(op, &BookingOperation::finished);
    QVERIFY(booked.wait(15000));
    const Event event = booked.first().first().value<BookingResult>().event;
    QVERIFY(event.isValid());

    // Move meeting… in the details pane opens the dialog on the event's own time: nothing to move yet. The times are
    // shown and edited in the calendar's zone (New York here), whatever the machine's zone is.
    const QTimeZone zone("America/New_York");
    RescheduleDialog move(&f.service, event, event.start, event.end, zone);
    move.show();
    QVERIFY(QTest::qWaitForWindowExposed(&move));
    QVERIFY(!move.moveButton()->isEnabled());
    auto *date = child<QDateEdit>(&move, u"rescheduleDate"_s);
    auto *time = child<QTimeEdit>(&move, u"rescheduleTime"_s);
    auto *duration = child<QSpinBox>(&move, u"rescheduleDuration"_s);
    // 10:00 in Berlin is 04:00 in New York.
    QCOMPARE(date->date(), QDate(2026, 11, 27));
    QCOMPARE(time->time(), QTime(4, 0));
    QCOMPARE(duration->value(), 60);

    // A time that clashes with something in the mentor's calendar says so.
    Event clash;
    for (int hour = 0; hour < 24 * 7 && !clash.isValid(); ++hour) {
        const QDateTime slot = event.start.addSecs(hour * 3600);
        const QList<Event> found = f.service.conflicts(slot, slot.addSecs(3600), event);
        if (!found.isEmpty())
            clash = found.first();
    }
    QVERIFY(clash.isValid());
    const QDateTime clashLocal = clash.start.toTimeZone(zone);
    date->setDate(clashLocal.date());
    time->setTime(clashLocal.time());
    QVERIFY2(move.conflictText().contains(clash.subject), qPrintable(move.conflictText()));
    QVERIFY(move.moveButton()->isEnabled());

    // Back to the day, an hour later and 30 minutes longer, by keyboard only.
    date->setDate(event.start.toTimeZone(zone).date());
    time->setTime(event.start.toTimeZone(zone).time());
    QVERIFY(!move.moveButton()->isEnabled()); // unchanged again
    time->setFocus();
    time->setCurrentSection(QDateTimeEdit::HourSection);
    QTest::keyClick(time, Qt::Key_Up);
    duration->setFocus();
    QTest::keyClick(duration, Qt::Key_Up);
    QTest::keyClick(duration, Qt::Key_Up);
    QCOMPARE(move.newStart(), event.start.toUTC().addSecs(3600));
    QCOMPARE(move.newEnd(), event.start.toUTC().addSecs(3600 + 90 * 60));
    // The editor shows 05:00 New York time now, and the summary says so.
    QCOMPARE(time->time(), QTime(5, 0));
    QVERIFY2(move.findChild<QLabel *>(u"rescheduleTo"_s)->text().contains(BookingText::time(QTime(5, 0))),
             qPrintable(move.findChild<QLabel *>(u"rescheduleTo"_s)->text()));
    QVERIFY(move.findChild<QLabel *>(u"rescheduleTo"_s)->text().contains(u"–"_s));
    // A time the clocks skip (2:30 on 14 Mar 2027 in New York) starts an hour later, and the dialog says so.
    auto *note = move.findChild<QLabel *>(u"rescheduleTimeNote"_s);
    QVERIFY(note && note->isHidden());
    const QDate dateBefore = date->date();
    const QTime timeBefore = time->time();
    date->setDate(QDate(2027, 3, 14));
    time->setTime(QTime(2, 30));
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(BookingText::time(QTime(3, 30))), qPrintable(note->text()));
    QCOMPARE(move.newStart(), GraphTime::utc(QDate(2027, 3, 14), QTime(7, 30)));
    date->setDate(dateBefore);
    time->setTime(timeBefore);
    QVERIFY(note->isHidden());
    QCOMPARE(move.newStart(), event.start.toUTC().addSecs(3600));
    duration->setFocus();
    QTest::keyClick(duration, Qt::Key_Return); // Move session is the default
    QTRY_COMPARE_WITH_TIMEOUT(move.result(), int(QDialog::Accepted), 15000);

    // Microsoft 365 has the new time.
    const QJsonObject stored
        = f.sandbox
              .get(f.sandbox.graphUrl(u"/me/events/%1"_s.arg(GraphRequest::encodeSegment(event.id))),
                   f.tokens.accessToken())
              .json();
    const Event moved = Event::fromJson(stored);
    QCOMPARE(moved.start, event.start.addSecs(3600));
    QCOMPARE(moved.durationSeconds(), qint64(90 * 60));
}

void TestNewSessionDialog::changesExplainedWhenNotAllowed()
{
    Fixture f;
    Event invited;
    invited.id = u"theirs"_s;
    invited.subject = u"Team sync"_s;
    invited.start = kNow.addDays(1);
    invited.end = invited.start.addSecs(1800);
    invited.organizer = {u"Jonas Weber"_s, u"jonas.weber@contoso-mentoring.example"_s};
    RescheduleDialog move(&f.service, invited, invited.start.addSecs(3600), invited.end.addSecs(3600));
    QVERIFY(!move.moveButton()->isEnabled());
    QVERIFY(move.noticeText().contains(u"Only the organizer"_s));
    CancelSessionDialog cancel(&f.service, invited);
    QVERIFY(!cancel.cancelSessionButton()->isEnabled());
    QVERIFY(cancel.noticeText().contains(u"Jonas Weber invited you"_s));
}

void TestNewSessionDialog::everyInteractiveWidgetHasAnAccessibleName()
{
    Fixture f;
    NewSessionDialog dialog(&f.service);
    QCOMPARE(unnamedInteractiveWidgets(&dialog).join(u", "_s), QString());
    Event event;
    event.id = u"e"_s;
    event.subject = u"S"_s;
    event.start = kNow.addDays(2);
    event.end = event.start.addSecs(3600);
    event.isOrganizer = true;
    event.type = Event::Type::Occurrence;
    event.seriesMasterId = u"m"_s;
    RescheduleDialog move(&f.service, event, event.start.addSecs(3600), event.end.addSecs(3600));
    QCOMPARE(unnamedInteractiveWidgets(&move), QStringList());
    CancelSessionDialog cancel(&f.service, event);
    QCOMPARE(unnamedInteractiveWidgets(&cancel), QStringList());
}

void TestNewSessionDialog::screenshots_data()
{
    QTest::addColumn<Theme::Mode>("mode");
    QTest::newRow("light") << Theme::Mode::Light;
    QTest::newRow("dark") << Theme::Mode::Dark;
}

void TestNewSessionDialog::screenshots()
{
    QFETCH(Theme::Mode, mode);
    Theme::apply(mode);
    const QString suffix = mode == Theme::Mode::Dark ? u"-dark"_s : u"-light"_s;
    Fixture f;
    {
        NewSessionDialog dialog(&f.service);
        f.fill(dialog, u"Career conversation"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.suggestions()->setWindow(QDate(2026, 11, 26), QDate(2026, 11, 27));
        dialog.suggestions()->findTimes();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.suggestions()->isBusy(), 15000);
        QVERIFY(dialog.suggestions()->list()->count() > 0);
        screenshot(&dialog, u"new-session-suggestions"_s + suffix);
        dialog.book();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isShowingConfirmation(), 15000);
        screenshot(&dialog, u"new-session-confirmation"_s + suffix);
    }
    {
        // Validation messages in place.
        NewSessionDialog dialog(&f.service);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QLineEdit>(&dialog, u"menteesEdit"_s)->setText(u"priya@contoso, jonas.weber@contoso-mentoring.example"_s);
        child<QDateEdit>(&dialog, u"dateEdit"_s)->setDate(QDate(2026, 11, 20));
        dialog.book();
        screenshot(&dialog, u"new-session-validation"_s + suffix);
    }
    {
        Fixture personal(true);
        NewSessionDialog dialog(&personal.service);
        personal.fill(dialog, u"Career conversation"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.suggestions()->setWindow(QDate(2026, 11, 26), QDate(2026, 11, 27));
        dialog.suggestions()->findTimes();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.suggestions()->isBusy(), 15000);
        screenshot(&dialog, u"new-session-personal"_s + suffix);
        dialog.createMeetingLink(); // not available: nothing happens
        QVERIFY(!dialog.isBusy());
    }
    {
        NewSessionDialog dialog(&f.service);
        f.fill(dialog, u"Arranged by phone"_s);
        dialog.show();
        dialog.createMeetingLink();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isShowingConfirmation(), 15000);
        screenshot(&dialog, u"new-session-link"_s + suffix);
    }
    Event event;
    event.id = u"e"_s;
    event.subject = u"Weekly mentoring: Priya Sharma"_s;
    event.start = GraphTime::toUtc(QDate(2026, 12, 4), QTime(10, 0), QTimeZone::systemTimeZone());
    event.end = event.start.addSecs(3600);
    event.isOrganizer = true;
    event.type = Event::Type::Occurrence;
    event.seriesMasterId = u"m"_s;
    RescheduleDialog move(&f.service, event, event.start.addSecs(4 * 3600), event.end.addSecs(4 * 3600));
    move.show();
    screenshot(&move, u"reschedule"_s + suffix, true);
    CancelSessionDialog cancel(&f.service, event);
    cancel.show();
    QTest::keyClicks(cancel.messageEdit(), u"Sorry, something came up. I will suggest a new time."_s);
    screenshot(&cancel, u"cancel"_s + suffix, true);
}

QTEST_MAIN(TestNewSessionDialog)
#include "tst_newsessiondialog.moc"
