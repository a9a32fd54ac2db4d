// Calendar::fromJson (GET /me/calendars) and UserProfile::fromJson (GET /me). A calendar survives its own toJson().
#include "FuzzInput.h"
#include "core/model/Calendar.h"
#include "core/model/UserProfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace MentorDesk;

namespace {

void checkCalendar(const QJsonValue &json, const QString &address)
{
    const Calendar calendar = Calendar::fromJson(json, address);
    const Calendar again = Calendar::fromJson(calendar.toJson(), address);
    MD_FUZZ_CHECK(again == calendar);
    (void)Calendar::colorToString(calendar.color);
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
    const QString address = input.nextString();
    Fuzz::forEachItem(document, [&](const QJsonValue &value) { checkCalendar(value, address); });
    (void)UserProfile::fromJson(document.object());
    return 0;
}
