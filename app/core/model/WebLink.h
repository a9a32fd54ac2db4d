#pragma once

#include <QJsonValue>
#include <QUrl>

namespace MentorDesk {

// A link from Graph that ends up behind a button (Join, Open in Outlook): http(s) with a host, else empty, so nothing
// else (javascript:, file:, a custom scheme) is ever opened.
inline QUrl webLinkFromJson(const QJsonValue &value)
{
    const QUrl url(value.toString().trimmed(), QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1StringView("https") || scheme == QLatin1StringView("http") ? url : QUrl();
}

} // namespace MentorDesk
