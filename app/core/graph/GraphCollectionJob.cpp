#include "core/graph/GraphCollectionJob.h"

#include "core/common/Logging.h"
#include "core/graph/GraphClient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace MentorDesk {

GraphCollectionJob::GraphCollectionJob(GraphClient *client, GraphRequest firstRequest, QObject *parent)
    : GraphJob(client, parent)
    , m_firstRequest(std::move(firstRequest))
{ }

bool GraphCollectionJob::parseItem(const QJsonObject &item)
{
    m_items.append(item);
    return true;
}

void GraphCollectionJob::resetCollection()
{
    m_items.clear();
    m_nextLink.clear();
    m_deltaLink.clear();
    m_pageCapReached = false;
}

bool GraphCollectionJob::readLink(const QJsonObject &page, QLatin1StringView annotation, QUrl *link)
{
    link->clear();
    const QJsonValue value = page.value(annotation);
    if (value.isUndefined() || value.isNull())
        return true;
    // Verbatim: Graph's encoding is kept as is; the link is never rebuilt from its parts.
    const QUrl url = QUrl::fromEncoded(value.toString().toUtf8(), QUrl::TolerantMode);
    if (!client()->isUnderBase(url)) {
        setParseErrorDetail(u"%1 points outside the Microsoft Graph base URL"_s.arg(annotation));
        return false;
    }
    *link = url;
    return true;
}

bool GraphCollectionJob::parseResponse(const GraphResponse &response)
{
    if (!response.json.isObject())
        return false;
    const QJsonObject page = response.json.object();
    const QJsonValue value = page.value("value"_L1);
    if (!value.isArray()) {
        setParseErrorDetail(u"collection without a \"value\" array"_s);
        return false;
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isObject() || !parseItem(item.toObject())) {
            setParseErrorDetail(u"unusable item in \"value\""_s);
            return false;
        }
    }
    if (!readLink(page, "@odata.nextLink"_L1, &m_nextLink) || !readLink(page, "@odata.deltaLink"_L1, &m_deltaLink))
        return false;
    Q_EMIT pageReceived(m_pageCount, int(array.size()));
    ++m_pageCount;
    return true;
}

std::optional<GraphRequest> GraphCollectionJob::nextRequest()
{
    if (m_nextLink.isEmpty() || !m_followNextLinks || !isRunning())
        return std::nullopt;
    if (m_pageCount >= m_maxPages) {
        m_pageCapReached = true;
        qCWarning(lcGraph) << metaObject()->className() << "stopped after" << m_pageCount
                           << "pages (the cap); the rest is left unread";
        return std::nullopt;
    }
    GraphRequest next = GraphRequest::fromLink(m_nextLink);
    next.headers = m_firstRequest.headers;
    m_nextLink.clear();
    return next;
}

} // namespace MentorDesk
