// Text from a server (event subjects, names, team and channel descriptions, the identity provider's
// error_description, Graph's error codes) is shown literally by the real widgets: labels as plain text (or as rich
// text with every server part escaped), tooltips through PlainText::toolTip(). Each hostile string starts with a
// tag, so a label or tooltip left to Qt's rich-text guess would render it as HTML.
#include "core/auth/BrowserOpener.h"
#include "core/auth/Session.h"
#include "core/auth/SignInFlow.h"
#include "core/calendar/CalendarChangeSet.h"
#include "core/calendar/CalendarListModel.h"
#include "core/calendar/EventListModel.h"
#include "core/common/PlainText.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphRequest.h"
#include "core/graph/writes/CreateEventWrite.h"
#include "core/outbox/Outbox.h"
#include "core/outbox/OutboxModel.h"
#include "core/teams/ChannelListModel.h"
#include "core/teams/TeamListModel.h"
#include "core/teams/TeamsService.h"
#include "support/GraphFakeNetwork.h"
#include "support/GraphTestTokenProvider.h"
#include "support/RecordingBrowser.h"
#include "support/SandboxCalendar.h"
#include "support/TestBrowser.h"
#include "support/widgets/SandboxAppWindow.h"
#include "ui/calendar/CalendarListView.h"
#include "ui/calendar/CalendarPage.h"
#include "ui/calendar/EventDetailsPane.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/TimeGridView.h"
#include "ui/common/OutboxDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/teams/ChannelPickerWidget.h"
#include "ui/teams/ComposerDialog.h"
#include "ui/welcome/WelcomePage.h"

#include <QApplication>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeView>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QString kSubject = u"<img src=\"file:///etc/passwd\"> Review & <b>plan</b>"_s;
const QString kLocation = u"<a href=\"https://evil.example\">Room 4</a> & annex"_s;
const QString kAttendee = u"<i>Ana</i> & <u>Bo</u>"_s;
const QString kOrganizer = u"<b>Org</b> <img src=x> Ltd"_s;
const QString kCalendarName = u"<u>Team</u> calendar & more"_s;
const QString kCalendarOwner = u"<s>Priya</s> Sharma & co"_s;
const QString kArchivedTeam = u"<b>Old</b> cohort & <img src=x>"_s;
const QString kOpenTeam = u"<i>Open</i> cohort & friends"_s;
const QString kTeamDescription = u"<a href=\"https://evil.example\">see</a> & more"_s;
const QString kChannel = u"<u>General</u> & news"_s;
const QString kChannelDescription = u"<img src=\"file:///etc/passwd\"> channel & notes"_s;
const QString kIdpDescription = u"<img src=x> <b>Sign-in</b> refused: bad & worse"_s;
const QString kErrorCode = u"<b>Denied</b>&<img src=x>"_s;
const QString kOutboxLabel = u"<b>Mentoring</b> with <i>Ana</i>"_s;

const QStringList kScopes{u"User.Read"_s,      u"Calendars.ReadWrite"_s,   u"Calendars.Read.Shared"_s,
                          u"Group.Read.All"_s, u"Channel.ReadBasic.All"_s, u"ChannelMessage.Send"_s};

// What a label or tooltip shows for this text when Qt decides the format by itself (Qt::AutoText).
QString displayed(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QString displayed(const QLabel *label)
{
    switch (label->textFormat()) {
    case Qt::PlainText:
        return label->text();
    case Qt::RichText: {
        QTextDocument document;
        document.setHtml(label->text());
        return document.toPlainText();
    }
    default:
        return displayed(label->text());
    }
}

// Every visible label under root that carries one of the server strings (as is or escaped): it must set its
// format explicitly (plain text, or rich text with the server parts escaped) and show the string literally.
// Returns how many such labels there are; problems collects what is wrong.
int auditLabels(const QWidget *root, const QStringList &serverTexts, QStringList *problems)
{
    int carrying = 0;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        // Qt's own tooltip label guesses the format by design: tooltips are checked where they are shown.
        if (label->objectName() == "qtooltip_label"_L1)
            continue;
        if (!label->isVisibleTo(root->window()) || label->text().isEmpty())
            continue;
        for (const QString &server : serverTexts) {
            if (!label->text().contains(server) && !label->text().contains(server.toHtmlEscaped()))
                continue;
            ++carrying;
            const QString name = label->objectName().isEmpty() ? u"(unnamed)"_s : label->objectName();
            if (label->textFormat() != Qt::PlainText && label->textFormat() != Qt::RichText)
                *problems << u"label %1 leaves the format of server text to Qt's guess: %2"_s.arg(name, label->text());
            if (!displayed(label).contains(server))
                *problems << u"label %1 does not show \"%2\" literally: %3"_s.arg(name, server, displayed(label));
        }
    }
    return carrying;
}

// The tooltip the widget shows at pos (viewport coordinates for item and calendar views).
QString toolTipAt(QWidget *widget, const QPoint &pos)
{
    QToolTip::hideText();
    QHelpEvent event(QEvent::ToolTip, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &event);
    const QString text = QToolTip::text();
    QToolTip::hideText();
    return text;
}

QJsonObject dateTime(const QString &iso)
{
    return QJsonObject{{u"dateTime"_s, iso}, {u"timeZone"_s, u"UTC"_s}};
}

ConsentState teamsConsent()
{
    ConsentState state;
    state.signedIn = true;
    state.grantedScopes = kScopes;
    state.teamsEnabled = true;
    return state;
}

} // namespace

class TestPlainTextUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void calendarShowsSubjectsAndNamesLiterally();
    void teamsShowNamesAndDescriptionsLiterally();
    void signInErrorIsShownLiterally();
    void outboxShowsGraphErrorsLiterally();
};

void TestPlainTextUi::initTestCase()
{
    QSettings().clear();
    qRegisterMetaType<GraphResult>();
}

void TestPlainTextUi::calendarShowsSubjectsAndNamesLiterally()
{
    SandboxCalendar calendar;
    // An event as Graph stores it, with a hostile subject, location and attendee (Sunday 29 Nov, 14:00 Berlin:
    // free in the seed, so it is not hidden behind "more").
    const QJsonObject created = calendar.sandbox().mutate(QJsonObject{
        {u"op"_s, u"createEvent"_s},
        {u"event"_s,
         QJsonObject{{u"subject"_s, kSubject},
                     {u"start"_s, dateTime(u"2026-11-29T13:00:00"_s)},
                     {u"end"_s, dateTime(u"2026-11-29T14:00:00"_s)},
                     {u"location"_s, QJsonObject{{u"displayName"_s, kLocation}}},
                     {u"attendees"_s,
                      QJsonArray{QJsonObject{
                          {u"emailAddress"_s,
                           QJsonObject{{u"name"_s, kAttendee}, {u"address"_s, u"ana@contoso-mentoring.example"_s}}},
                          {u"type"_s, u"required"_s}}}}}}});
    QVERIFY2(created.contains(u"id"_s), QJsonDocument(created).toJson().constData());

    Test::RecordingBrowser browser;
    CalendarPage page(&browser, &calendar.clock());
    page.setTimeZone(SandboxCalendar::zone());
    page.setFirstDayOfWeek(Qt::Monday);
    page.goToDate(SandboxCalendar::today());
    page.resize(1400, 860);
    QVERIFY(calendar.load(page.range()));
    page.setCalendar(&calendar.store(), &calendar.sync());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // A colleague's shared calendar whose name and owner are hostile, with an invitation from a hostile organiser.
    QList<Calendar> calendars = calendar.store().calendars();
    QString sharedId;
    for (Calendar &c : calendars) {
        if (c.kind == Calendar::Kind::SharedReadOnly && sharedId.isEmpty()) {
            c.name = kCalendarName;
            c.owner.name = kCalendarOwner;
            sharedId = c.id;
        }
    }
    QVERIFY(!sharedId.isEmpty());
    QVERIFY(calendar.store().replaceCalendars(calendars));
    CalendarChangeSet invitation;
    invitation.calendarId = sharedId;
    invitation.markUpdated = false;
    invitation.upserts << Event::fromJson(
        QJsonObject{{u"id"_s, u"hostile-invitation"_s},
                    {u"subject"_s, u"Quarterly planning"_s},
                    {u"start"_s, dateTime(u"2026-11-29T08:00:00"_s)},
                    {u"end"_s, dateTime(u"2026-11-29T09:00:00"_s)},
                    {u"isOrganizer"_s, false},
                    {u"organizer"_s,
                     QJsonObject{{u"emailAddress"_s,
                                  QJsonObject{{u"name"_s, kOrganizer}, {u"address"_s, u"org@evil.example"_s}}}}}},
        sharedId);
    QVERIFY(calendar.store().applyChanges(invitation));

    const QStringList server{kSubject, kLocation, kAttendee, kOrganizer, kCalendarName, kCalendarOwner};
    QStringList problems;

    // The details pane.
    const Event event = calendar.eventBySubject(kSubject);
    QVERIFY(event.isValid());
    QTRY_VERIFY(page.selectEvent(event.calendarId, event.id));
    EventDetailsPane *pane = page.detailsPane();
    QCOMPARE(pane->titleText(), kSubject);
    QVERIFY2(pane->attendeesText().contains(kAttendee), qPrintable(pane->attendeesText()));
    int carrying = auditLabels(&page, server, &problems);
    QTRY_VERIFY(page.selectEvent(sharedId, u"hostile-invitation"_s));
    QVERIFY2(pane->organizerText().contains(kOrganizer), qPrintable(pane->organizerText()));
    QVERIFY2(pane->readOnlyText().contains(kCalendarOwner), qPrintable(pane->readOnlyText()));
    carrying += auditLabels(&page, server, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(carrying >= 6, qPrintable(QString::number(carrying))); // title, where, attendees; organiser, calendar,
                                                                    // read-only note

    // The month and week views' tooltips over the event.
    const QDate sunday(2026, 11, 29);
    MonthView *month = page.monthView();
    page.setViewMode(CalendarPage::ViewMode::Month);
    int row = -1;
    for (int r = 0; r < month->model()->rowCount(); ++r) {
        if (month->model()->eventAt(r).subject == kSubject)
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex index = month->model()->index(row, 0);
    QVERIFY2(displayed(index.data(Qt::ToolTipRole).toString()).startsWith(kSubject + u'\n'),
             qPrintable(index.data(Qt::ToolTipRole).toString()));
    const QRectF inMonth = month->eventRect(row, sunday);
    QVERIFY(!inMonth.isEmpty());
    QString tip = toolTipAt(month->viewport(), inMonth.center().toPoint());
    QVERIFY2(tip.startsWith(u"<qt>"_s), qPrintable(tip));
    QVERIFY2(displayed(tip).startsWith(kSubject + u'\n'), qPrintable(tip));
    QVERIFY2(displayed(tip).endsWith(u'\n' + kLocation), qPrintable(tip));

    page.setViewMode(CalendarPage::ViewMode::Week);
    TimeGridView *week = page.weekView();
    row = -1;
    for (int r = 0; r < week->model()->rowCount(); ++r) {
        if (week->model()->eventAt(r).subject == kSubject)
            row = r;
    }
    QVERIFY(row >= 0);
    const QRectF inWeek = week->eventRect(row, sunday);
    QVERIFY(!inWeek.isEmpty());
    QVERIFY(week->viewport()->rect().contains(inWeek.center().toPoint()));
    tip = toolTipAt(week->viewport(), inWeek.center().toPoint());
    QVERIFY2(displayed(tip).startsWith(kSubject + u'\n'), qPrintable(tip));
    QVERIFY2(displayed(tip).endsWith(u'\n' + kLocation), qPrintable(tip));

    // The calendar list: the tooltip names the hostile owner literally.
    QListView *list = page.calendarList();
    QModelIndex shared;
    for (int r = 0; r < list->model()->rowCount(); ++r) {
        if (list->model()->index(r, 0).data(CalendarListModel::IdRole).toString() == sharedId)
            shared = list->model()->index(r, 0);
    }
    QVERIFY(shared.isValid());
    list->scrollTo(shared);
    tip = toolTipAt(list->viewport(), list->visualRect(shared).center());
    QVERIFY2(displayed(tip).contains(kCalendarOwner), qPrintable(tip));
    QCOMPARE(tip, shared.data(Qt::ToolTipRole).toString());
}

void TestPlainTextUi::teamsShowNamesAndDescriptionsLiterally()
{
    // Graph's answers, with hostile team names and descriptions and a hostile channel.
    GraphFakeNetwork network;
    GraphTestTokenProvider tokens(u"token"_s);
    GraphClient client(&network, &tokens, QUrl(u"https://graph.microsoft.com/v1.0"_s));
    QTemporaryDir dir;
    Outbox outbox(&client, dir.filePath(u"outbox.sqlite"_s));
    TeamsService service(&client, &outbox);
    service.setAccountKey(u"plaintext-account"_s);
    service.setConsentState(teamsConsent());
    network.enqueue(
        "GET", u"/v1.0/me/transitiveMemberOf"_s,
        FakeReply::json(
            200,
            QJsonDocument(QJsonObject{{u"value"_s,
                                       QJsonArray{QJsonObject{{u"id"_s, u"archived-team"_s},
                                                              {u"displayName"_s, kArchivedTeam},
                                                              {u"description"_s, kTeamDescription},
                                                              {u"resourceProvisioningOptions"_s, QJsonArray{u"Team"_s}},
                                                              {u"isArchived"_s, true}},
                                                  QJsonObject{{u"id"_s, u"open-team"_s},
                                                              {u"displayName"_s, kOpenTeam},
                                                              {u"description"_s, kTeamDescription},
                                                              {u"resourceProvisioningOptions"_s, QJsonArray{u"Team"_s}},
                                                              {u"isArchived"_s, false}}}}})));
    const QString channelId = u"19:0a1b2c3d4e5f60718293a4b5c6d7e8f9@thread.tacv2"_s;
    network.enqueue(
        "GET", u"/v1.0/teams/open-team/channels"_s,
        FakeReply::json(200,
                        QJsonDocument(QJsonObject{{u"value"_s,
                                                   QJsonArray{QJsonObject{{u"id"_s, channelId},
                                                                          {u"displayName"_s, kChannel},
                                                                          {u"description"_s, kChannelDescription},
                                                                          {u"membershipType"_s, u"standard"_s}}}}})));

    Test::RecordingBrowser browser;
    ComposerDialog dialog(&service, &browser);
    dialog.resize(900, 640);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(service.teamsLoaded(), 10000);
    QCOMPARE(service.teamModel()->rowCount(), 2);
    const QStringList server{kArchivedTeam, kOpenTeam, kTeamDescription, kChannel, kChannelDescription};
    QStringList problems;

    // The team list's tooltips: the description, literally.
    auto *teams = dialog.findChild<QListView *>(u"teamList"_s);
    QVERIFY(teams);
    for (int r = 0; r < teams->model()->rowCount(); ++r) {
        const QModelIndex index = teams->model()->index(r, 0);
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), PlainText::toolTip(kTeamDescription));
        const QString tip = toolTipAt(teams->viewport(), teams->visualRect(index).center());
        QCOMPARE(displayed(tip), kTeamDescription);
    }

    // An archived team: the picker says so, naming it.
    dialog.picker()->selectChannel({u"archived-team"_s, {}, kArchivedTeam, {}});
    QTRY_VERIFY2(dialog.picker()->statusText().contains(kArchivedTeam), qPrintable(dialog.picker()->statusText()));
    int carrying = auditLabels(&dialog, server, &problems);

    // An open team: its channel, and "Posting to <team> › <channel>".
    dialog.picker()->selectChannel({u"open-team"_s, channelId, kOpenTeam, kChannel});
    QTRY_COMPARE_WITH_TIMEOUT(dialog.picker()->currentChannel().channelId, channelId, 10000);
    auto *target = dialog.findChild<QLabel *>(u"targetLabel"_s);
    QTRY_VERIFY2(target->text().contains(kChannel), qPrintable(target->text()));
    carrying += auditLabels(&dialog, server, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(carrying >= 2, qPrintable(QString::number(carrying))); // the archived note, the target

    auto *channels = dialog.findChild<QListView *>(u"channelList"_s);
    QVERIFY(channels);
    QCOMPARE(channels->model()->rowCount(), 1);
    const QModelIndex channel = channels->model()->index(0, 0);
    QCOMPARE(channel.data(Qt::ToolTipRole).toString(), PlainText::toolTip(kChannelDescription));
    const QString tip = toolTipAt(channels->viewport(), channels->visualRect(channel).center());
    QCOMPARE(displayed(tip), kChannelDescription);
}

void TestPlainTextUi::signInErrorIsShownLiterally()
{
    SandboxAppWindow w;
    w.browser.setAction(TestBrowser::Action::DoNothing); // the test answers for the browser below
    QSignalSpy finished(w.session(), &Session::signInFinished);
    w.session()->signIn();
    QTRY_COMPARE(w.session()->flow()->stage(), SignInFlow::Stage::WaitingForBrowser);
    QTRY_VERIFY(w.browser.openCount() > 0);

    // The identity provider redirects back with an error whose description is hostile.
    const QUrlQuery authorize(w.browser.lastAuthorizeUrl());
    QUrl callback(authorize.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QVERIFY(callback.isValid());
    callback.setHost(u"127.0.0.1"_s);
    const auto encoded = [](const QString &value) {
        return QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    callback.setQuery(u"error=server_error&error_description=%1&state=%2"_s.arg(
        encoded(kIdpDescription), encoded(authorize.queryItemValue(u"state"_s, QUrl::FullyDecoded))));
    const TestBrowser::Page answer = w.browser.fetch(callback);
    QVERIFY(answer.connected);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);

    const QString message = w.window->welcomePage()->messageText();
    QVERIFY2(message.contains(kIdpDescription), qPrintable(message));
    QStringList problems;
    const int carrying = auditLabels(w.window.get(), {kIdpDescription}, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(carrying >= 1);
}

void TestPlainTextUi::outboxShowsGraphErrorsLiterally()
{
    GraphFakeNetwork network;
    GraphTestTokenProvider tokens(u"token"_s);
    GraphClient client(&network, &tokens, QUrl(u"https://graph.microsoft.com/v1.0"_s));
    QTemporaryDir dir;
    Outbox outbox(&client, dir.filePath(u"outbox.sqlite"_s));
    // Graph refuses the booking with a hostile error code.
    network.enqueue(
        "POST", u"/v1.0/me/events"_s,
        FakeReply::json(
            403,
            QJsonDocument(QJsonObject{
                {u"error"_s, QJsonObject{{u"code"_s, kErrorCode}, {u"message"_s, u"<b>Access</b> denied"_s}}}})));
    const QJsonObject event{{u"subject"_s, u"Mentoring"_s},
                            {u"start"_s, dateTime(u"2026-12-01T10:00:00"_s)},
                            {u"end"_s, dateTime(u"2026-12-01T11:00:00"_s)}};
    const qint64 id
        = outbox
              .enqueue<CreateEventWrite>(
                  kOutboxLabel, GraphRequest::post(u"/me/events"_s, event, u"2f8c1b2e-4a5d-4e6f-8a9b-0c1d2e3f4a5b"_s))
              ->id();
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(outbox.entry(id)->state, OutboxState::Failed, 10000);

    OutboxDialog dialog(&outbox);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList problems;
    const int carrying = auditLabels(&dialog, {kErrorCode, kOutboxLabel}, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(carrying, 1); // the details
    auto *view = dialog.findChild<QTreeView *>(u"outboxList"_s);
    const QModelIndex row = view->model()->index(0, 0);
    QCOMPARE(row.data(Qt::ToolTipRole).toString(), PlainText::toolTip(row.data(OutboxModel::MessageRole).toString()));
    const QString tip = toolTipAt(view->viewport(), view->visualRect(row).center());
    QCOMPARE(displayed(tip), row.data(OutboxModel::MessageRole).toString());
}

QTEST_MAIN(TestPlainTextUi)
#include "tst_plaintextui.moc"
