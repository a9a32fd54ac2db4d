// New session with several signed-in accounts: the "Organiser" choice lists them, switching keeps what was typed,
// and the session is booked through the chosen account's BookingService (into that tenant's calendar). Each account
// is a real AccountServices against a demo tenant of its own (Contoso and the mentoring programme), over loopback.
#include "core/booking/BookingService.h"
#include "core/booking/DraftStore.h"
#include "core/common/Clock.h"
#include "core/services/AccountServices.h"
#include "support/SandboxAccount.h"
#include "support/SandboxFixture.h"
#include "ui/booking/NewSessionDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MentorDesk;
using namespace MentorDesk::Test;

namespace {

const QDateTime kNow = QDateTime::fromString(QLatin1StringView(SandboxFixture::kDefaultNow), Qt::ISODate);
const QString kPriya = u"priya.sharma@contoso-mentoring.example"_s;

int eventsWithSubject(SandboxFixture &sandbox, const QString &subject)
{
    int count = 0;
    for (const QJsonValue &value : sandbox.state().value("events"_L1).toArray())
        count += value.toObject().value("subject"_L1).toString() == subject ? 1 : 0;
    return count;
}

} // namespace

class TestBookingOrganiser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{kNow};

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void organiserChoiceBooksThroughTheChosenAccount();
    void oneAccountHasNoChoice();
};

void TestBookingOrganiser::organiserChoiceBooksThroughTheChosenAccount()
{
    SandboxAccount contoso(u"contoso"_s, m_dir.filePath(u"choice/contoso"_s), &m_clock);
    SandboxAccount programme(u"programme"_s, m_dir.filePath(u"choice/programme"_s), &m_clock);
    QVERIFY(contoso.loadCalendarCache(kNow.addDays(-30), kNow.addDays(30)));
    QVERIFY(programme.loadCalendarCache(kNow.addDays(-30), kNow.addDays(30)));
    QVERIFY(contoso.address() != programme.address());
    AccountServices *a = contoso.services();
    AccountServices *b = programme.services();

    NewSessionDialog dialog({a, b}, a);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy changed(&dialog, &NewSessionDialog::organiserChanged);
    auto *organiser = dialog.findChild<QComboBox *>(u"organiserCombo"_s);
    QVERIFY(organiser);
    QVERIFY(organiser->isVisible());
    QCOMPARE(organiser->accessibleName(), u"Organiser"_s);
    QCOMPARE(organiser->count(), 2);
    QVERIFY2(organiser->itemText(0).contains(contoso.address()), qPrintable(organiser->itemText(0)));
    QVERIFY(organiser->itemText(0).contains(a->account().displayName));
    QVERIFY2(organiser->itemText(1).contains(programme.address()), qPrintable(organiser->itemText(1)));
    QCOMPARE(organiser->currentIndex(), 0);
    QCOMPARE(dialog.organiser(), a);
    QCOMPARE(dialog.service(), a->booking());

    // Typed for the first account...
    auto *mentees = dialog.findChild<QLineEdit *>(u"menteesEdit"_s);
    auto *subject = dialog.findChild<QLineEdit *>(u"subjectEdit"_s);
    auto *agenda = dialog.findChild<QPlainTextEdit *>(u"agendaEdit"_s);
    QTest::keyClicks(mentees, kPriya);
    QTest::keyClicks(subject, u"Programme intake"_s);
    QTest::keyClicks(agenda, u"Goals & <plans>"_s);
    SessionDraft typed = dialog.draft();
    typed.timeZoneId = u"Europe/Berlin"_s;
    typed.date = QDate(2026, 11, 27);
    typed.time = QTime(14, 0);
    dialog.setDraft(typed);
    const QString draftId = dialog.draft().id;
    const QString contosoCalendar = dialog.draft().calendarId;

    // ...then organised from the other one: nothing typed is lost, the draft moves along.
    organiser->setCurrentIndex(1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dialog.organiser(), b);
    QCOMPARE(dialog.service(), b->booking());
    QCOMPARE(mentees->text().trimmed().remove(u','), kPriya);
    QCOMPARE(subject->text(), u"Programme intake"_s);
    QCOMPARE(agenda->toPlainText(), u"Goals & <plans>"_s);
    QCOMPARE(dialog.draft().date, QDate(2026, 11, 27));
    QCOMPARE(dialog.draft().time, QTime(14, 0));
    QCOMPARE(dialog.draft().id, draftId);
    const std::optional<Calendar> programmeCalendar = b->booking()->calendarFor(dialog.draft());
    QVERIFY(programmeCalendar.has_value());
    QVERIFY(dialog.draft().calendarId != contosoCalendar);
    QVERIFY(b->drafts()->draft(draftId).has_value());
    QVERIFY(!a->drafts()->draft(draftId).has_value());

    // Booked through the programme account: the event is in that tenant, not in Contoso's.
    QSignalSpy booked(&dialog, &NewSessionDialog::sessionBooked);
    dialog.book();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isShowingConfirmation(), 15000);
    QCOMPARE(booked.count(), 1);
    QCOMPARE(eventsWithSubject(programme.sandbox(), u"Programme intake"_s), 1);
    QCOMPARE(eventsWithSubject(contoso.sandbox(), u"Programme intake"_s), 0);
    QCOMPARE(b->drafts()->count(), 0);
    // On the confirmation the organiser is settled.
    QVERIFY(!dialog.setOrganiser(a));
    QCOMPARE(dialog.organiser(), b);
}

void TestBookingOrganiser::oneAccountHasNoChoice()
{
    SandboxAccount contoso(u"contoso"_s, m_dir.filePath(u"single/contoso"_s), &m_clock);
    NewSessionDialog dialog({contoso.services()}, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *organiser = dialog.findChild<QComboBox *>(u"organiserCombo"_s);
    QVERIFY(organiser);
    QVERIFY(!organiser->isVisible());
    QCOMPARE(dialog.organiser(), contoso.services()); // the first when none is named
    // The single-service constructor has no organiser at all.
    NewSessionDialog plain(contoso.services()->booking());
    QCOMPARE(plain.organiser(), nullptr);
    QVERIFY(!plain.setOrganiser(contoso.services()));
}

QTEST_MAIN(TestBookingOrganiser)
#include "tst_bookingorganiser.moc"
