// Event::fromJson and GraphTime: one event as Graph sends it (calendarView, delta, a created event). Every
// instant that comes out is UTC; what Event writes reads back the same (fromJson(toJson())); GraphTime's readers
// take any string.
#include "FuzzInput.h"
#include "core/model/Event.h"
#include "core/model/GraphTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace MentorDesk;

namespace {

void checkEvent(const QJsonValue &json)
{
    const Event event = Event::fromJson(json, QStringLiteral("calendar-1"));
    MD_FUZZ_CHECK(!event.start.isValid() || event.start.timeSpec() == Qt::UTC);
    MD_FUZZ_CHECK(!event.end.isValid() || event.end.timeSpec() == Qt::UTC);
    (void)Event::isRemovedMarker(json);
    // Compared as written: QUrl can hold one address in two encodings that compare unequal ("#%23" and "##" in a
    // fragment), while what the cache stores and Graph gets back is the same.
    const QJsonObject written = event.toJson();
    const Event again = Event::fromJson(written, QStringLiteral("calendar-1"));
    if (again.toJson() != written) {
        std::fprintf(stderr, "round trip differs:\n%s\n%s\n", QJsonDocument(written).toJson().constData(),
                     QJsonDocument(again.toJson()).toJson().constData());
        MD_FUZZ_CHECK(again.toJson() == written);
    }
    MD_FUZZ_CHECK(again.id == event.id && again.start == event.start && again.end == event.end
                  && again.subject == event.subject && again.body == event.body);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::FuzzInput input(data, size);
    const QJsonDocument document = QJsonDocument::fromJson(input.next());
    Fuzz::forEachItem(document, checkEvent);

    // GraphTime on its own: a dateTime and a zone name, as Graph may write them.
    const QString dateTime = input.nextString();
    const QString zone = input.nextString();
    const QDateTime parsed = GraphTime::parse(dateTime, zone);
    MD_FUZZ_CHECK(!parsed.isValid() || parsed.timeSpec() == Qt::UTC);
    const QDateTime instant = GraphTime::parseInstant(QJsonValue(dateTime));
    MD_FUZZ_CHECK(!instant.isValid() || instant.timeSpec() == Qt::UTC);
    (void)GraphTime::parseDate(QJsonValue(dateTime));
    (void)GraphTime::zoneDisplayName(zone);
    const QJsonObject dateTimeTimeZone{{QStringLiteral("dateTime"), dateTime}, {QStringLiteral("timeZone"), zone}};
    (void)GraphTime::wallClockDate(dateTimeTimeZone);
    if (parsed.isValid()) {
        // Written back in the zone it was read in, it reads as the same instant (gaps and folds resolved once).
        const QTimeZone timeZone = GraphTime::zoneForNameOrUtc(zone);
        const QString name = GraphTime::graphZoneName(timeZone);
        const QDateTime back = GraphTime::fromJson(GraphTime::toJson(parsed, name));
        MD_FUZZ_CHECK(back == parsed);
    }
    return 0;
}
