#include "support/SandboxCalendar.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace MentorDesk::Test {

namespace {
const QStringList kScopes{u"openid"_s, u"User.Read"_s, u"Calendars.ReadWrite"_s, u"Calendars.Read.Shared"_s};
} // namespace

SandboxCalendar::SandboxCalendar()
    : m_clock(now())
    , m_sandbox(std::make_unique<SandboxFixture>())
{
    m_tokens = std::make_unique<GraphTestTokenProvider>(m_sandbox->issueToken(kScopes));
    m_tokens->setRefresher([this] { return m_sandbox->issueToken(kScopes); });
    m_client = std::make_unique<GraphClient>(&m_network, m_tokens.get(), m_sandbox->server().graphBaseUrl());
    m_store = std::make_unique<CalendarStore>(m_dir.filePath(u"calendar.sqlite"_s), &m_clock);
    m_store->open();
    m_sync = std::make_unique<CalendarSync>(m_client.get(), m_store.get(), &m_clock);
    m_sync->setSignedInAddress(m_sandbox->server().mentorUpn());
    m_sync->setPrefetchEnabled(false);
    m_sync->setRefreshInterval(std::chrono::milliseconds(0));
}

SandboxCalendar::~SandboxCalendar()
{
    m_sync.reset();
    m_store.reset();
}

QTimeZone SandboxCalendar::zone()
{
    return QTimeZone("Europe/Berlin");
}

QDate SandboxCalendar::today()
{
    return QDate(2026, 11, 25);
}

QDateTime SandboxCalendar::now()
{
    return QDateTime::fromString(QLatin1StringView(SandboxFixture::kDefaultNow), Qt::ISODate);
}

bool SandboxCalendar::load(const CalendarRange &range)
{
    QSignalSpy finished(m_sync.get(), &CalendarSync::syncFinished);
    m_sync->setRange(range);
    if (m_sync->isStarted())
        m_sync->refresh();
    else
        m_sync->start();
    if (!finished.wait(30000))
        return false;
    return finished.first().at(0).value<GraphResult>().isOk();
}

QString SandboxCalendar::calendarId(const QString &name)
{
    for (const Calendar &calendar : m_store->calendars()) {
        if (calendar.name == name)
            return calendar.id;
    }
    return {};
}

Event SandboxCalendar::eventBySubject(const QString &subject)
{
    const CalendarRange wide = CalendarRange::custom(today().addDays(-60), today().addDays(60), zone());
    for (const Event &event : m_store->events(wide)) {
        if (event.subject == subject)
            return event;
    }
    return {};
}

} // namespace MentorDesk::Test
