#include "sandbox/graph/Paging.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace MentorDesk::Sandbox {

QString Paging::encodeToken(const QJsonObject &state)
{
    return QString::fromLatin1(QJsonDocument(state)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QJsonObject> Paging::decodeToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

QString Paging::link(const GraphContext &context, const ParameterList &replacements, const QStringList &drop)
{
    QStringList encodedPath;
    for (const QString &segment : context.request.segments)
        encodedPath << QString::fromLatin1(QUrl::toPercentEncoding(segment, "$:@'()"));
    QStringList query;
    for (const auto &[name, value] : context.request.query) {
        if (drop.contains(name))
            continue;
        bool replaced = false;
        for (const auto &replacement : replacements)
            replaced = replaced || replacement.first == name;
        if (!replaced)
            query << QString::fromLatin1(QUrl::toPercentEncoding(name, "$") + '='
                                         + QUrl::toPercentEncoding(value, ":"));
    }
    for (const auto &[name, value] : replacements)
        query << QString::fromLatin1(QUrl::toPercentEncoding(name, "$") + '=' + QUrl::toPercentEncoding(value, ":"));
    return context.baseUrl + u'/' + encodedPath.join(u'/') + (query.isEmpty() ? QString() : u'?' + query.join(u'&'));
}

std::optional<QJsonObject> Paging::page(const GraphContext &context, const QJsonArray &all, const QString &odataContext,
                                        int defaultSize)
{
    int size = defaultSize;
    int offset = 0;
    if (context.hasParam(u"$top"_s)) {
        bool ok = false;
        size = context.param(u"$top"_s).toInt(&ok);
        if (!ok || size < 1)
            return std::nullopt;
    }
    if (context.hasParam(u"$skiptoken"_s)) {
        const auto token = decodeToken(context.param(u"$skiptoken"_s));
        if (!token)
            return std::nullopt;
        offset = token->value(u"o"_s).toInt();
        size = token->value(u"s"_s).toInt(size);
    }
    QJsonArray value;
    for (qsizetype i = offset; i < all.size() && i < offset + size; ++i)
        value.append(all.at(i));
    QJsonObject result{{u"@odata.context"_s, odataContext}};
    if (offset + size < all.size()) {
        const QString token = encodeToken({{u"o"_s, offset + size}, {u"s"_s, size}});
        result.insert(u"@odata.nextLink"_s, link(context, {{u"$skiptoken"_s, token}}, {u"$top"_s}));
    }
    result.insert(u"value"_s, value);
    return result;
}

} // namespace MentorDesk::Sandbox
