#include "core/model/Calendar.h"

#include "core/model/JsonEnum.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
using CalendarColor = Calendar::Color;
constexpr std::pair<CalendarColor, QLatin1StringView> kColors[] = {
    {CalendarColor::Auto, "auto"_L1},
    {CalendarColor::LightBlue, "lightBlue"_L1},
    {CalendarColor::LightGreen, "lightGreen"_L1},
    {CalendarColor::LightOrange, "lightOrange"_L1},
    {CalendarColor::LightGray, "lightGray"_L1},
    {CalendarColor::LightYellow, "lightYellow"_L1},
    {CalendarColor::LightTeal, "lightTeal"_L1},
    {CalendarColor::LightPink, "lightPink"_L1},
    {CalendarColor::LightBrown, "lightBrown"_L1},
    {CalendarColor::LightRed, "lightRed"_L1},
    {CalendarColor::MaxColor, "maxColor"_L1},
};
} // namespace

QString Calendar::displayColor() const
{
    if (hexColor.size() == 7 && hexColor.startsWith(u'#'))
        return hexColor.toLower();
    // Approximations of Outlook on the web's preset calendar colours.
    switch (color) {
    case Color::LightBlue:
        return u"#a6d1f5"_s;
    case Color::LightGreen:
        return u"#87d28e"_s;
    case Color::LightOrange:
        return u"#fcab73"_s;
    case Color::LightGray:
        return u"#c0c0c0"_s;
    case Color::LightYellow:
        return u"#f4d07a"_s;
    case Color::LightTeal:
        return u"#6ccfcb"_s;
    case Color::LightPink:
        return u"#f7a7c1"_s;
    case Color::LightBrown:
        return u"#cba287"_s;
    case Color::LightRed:
        return u"#f88c9b"_s;
    case Color::Auto:
    case Color::MaxColor:
        break;
    }
    return {};
}

Calendar Calendar::fromJson(const QJsonValue &json, const QString &signedInAddress)
{
    const QJsonObject object = json.toObject();
    Calendar calendar;
    calendar.id = object.value("id"_L1).toString();
    calendar.name = object.value("name"_L1).toString();
    calendar.color = colorFromString(object.value("color"_L1).toString());
    calendar.hexColor = object.value("hexColor"_L1).toString();
    calendar.changeKey = object.value("changeKey"_L1).toString();
    calendar.owner = EmailAddress::fromJson(object.value("owner"_L1));
    calendar.canEdit = object.value("canEdit"_L1).toBool();
    calendar.canShare = object.value("canShare"_L1).toBool();
    calendar.canViewPrivateItems = object.value("canViewPrivateItems"_L1).toBool();
    calendar.isDefaultCalendar = object.value("isDefaultCalendar"_L1).toBool();
    calendar.isRemovable = object.value("isRemovable"_L1).toBool();
    calendar.isTallyingResponses = object.value("isTallyingResponses"_L1).toBool();
    // MSA family accounts were seen sending a bare string instead of an array (docs/graph/calendars.md#calendar-list).
    const QJsonValue allowed = object.value("allowedOnlineMeetingProviders"_L1);
    if (allowed.isArray()) {
        const QJsonArray providers = allowed.toArray();
        for (const QJsonValue &provider : providers)
            calendar.allowedOnlineMeetingProviders.append(onlineMeetingProviderFromString(provider.toString()));
    } else if (allowed.isString()) {
        calendar.allowedOnlineMeetingProviders.append(onlineMeetingProviderFromString(allowed.toString()));
    }
    calendar.defaultOnlineMeetingProvider
        = onlineMeetingProviderFromString(object.value("defaultOnlineMeetingProvider"_L1).toString());
    calendar.kind = deriveKind(calendar, signedInAddress);
    return calendar;
}

QJsonObject Calendar::toJson() const
{
    QJsonArray providers;
    for (const OnlineMeetingProvider provider : allowedOnlineMeetingProviders)
        providers.append(onlineMeetingProviderToString(provider));
    return QJsonObject{
        {"id"_L1, id},
        {"name"_L1, name},
        {"color"_L1, colorToString(color)},
        {"hexColor"_L1, hexColor},
        {"changeKey"_L1, changeKey},
        {"owner"_L1, owner.toJson()},
        {"canEdit"_L1, canEdit},
        {"canShare"_L1, canShare},
        {"canViewPrivateItems"_L1, canViewPrivateItems},
        {"isDefaultCalendar"_L1, isDefaultCalendar},
        {"isRemovable"_L1, isRemovable},
        {"isTallyingResponses"_L1, isTallyingResponses},
        {"allowedOnlineMeetingProviders"_L1, providers},
        {"defaultOnlineMeetingProvider"_L1, onlineMeetingProviderToString(defaultOnlineMeetingProvider)},
    };
}

Calendar::Kind Calendar::deriveKind(const Calendar &calendar, const QString &signedInAddress)
{
    bool own = false;
    if (calendar.owner.address.isEmpty())
        own = true; // Graph omits the owner only on the user's own special calendars
    else if (!signedInAddress.isEmpty())
        own = calendar.owner.address.compare(signedInAddress, Qt::CaseInsensitive) == 0;
    else
        own = calendar.canShare || calendar.isDefaultCalendar;
    if (own)
        return Kind::Own;
    return calendar.canEdit ? Kind::Delegate : Kind::SharedReadOnly;
}

Calendar::Color Calendar::colorFromString(QStringView text)
{
    return JsonEnum::fromString(text, kColors, CalendarColor::Auto);
}

QString Calendar::colorToString(Color color)
{
    return JsonEnum::toString(color, kColors);
}

} // namespace MentorDesk
