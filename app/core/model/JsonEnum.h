#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>

#include <utility>

namespace MentorDesk::JsonEnum {

// Graph enums travel as camelCase strings. A table per enum maps both ways; matching is case-insensitive and an
// unknown or missing value yields the caller's fallback, because Graph adds enum members over time.
template<typename E, std::size_t N>
E fromString(QStringView text, const std::pair<E, QLatin1StringView> (&table)[N], E fallback)
{
    for (const auto &[value, name] : table) {
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return fallback;
}

template<typename E, std::size_t N>
QString toString(E value, const std::pair<E, QLatin1StringView> (&table)[N])
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString(name);
    }
    return QString(table[0].second);
}

} // namespace MentorDesk::JsonEnum
