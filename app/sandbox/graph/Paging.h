#pragma once

#include "sandbox/graph/GraphContext.h"

#include <QJsonArray>

#include <optional>

namespace MentorDesk::Sandbox {

// Server-side paging with an opaque $skiptoken in @odata.nextLink (default page size 10, $top raises it).
class Paging
{
public:
    // std::nullopt when $top or $skiptoken is unusable.
    static std::optional<QJsonObject> page(const GraphContext &context, const QJsonArray &all,
                                           const QString &odataContext, int defaultSize = 10);
    static QString encodeToken(const QJsonObject &state);
    static std::optional<QJsonObject> decodeToken(const QString &token);
    // The request's own URL with the given query items replaced (others kept, encoding normalised).
    static QString link(const GraphContext &context, const ParameterList &replacements, const QStringList &drop);
};

} // namespace MentorDesk::Sandbox
