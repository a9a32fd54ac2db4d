#include "core/graph/GraphDeltaJob.h"

#include "core/common/Logging.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

GraphDeltaJob::GraphDeltaJob(GraphClient *client, const GraphRequest &initialRequest, const QUrl &storedDeltaLink,
                             QObject *parent)
    : GraphCollectionJob(client, storedDeltaLink.isEmpty() ? initialRequest : GraphRequest::fromLink(storedDeltaLink),
                         parent)
    , m_initialRequest(initialRequest)
    , m_fullSync(storedDeltaLink.isEmpty())
{
    if (!storedDeltaLink.isEmpty()) {
        GraphRequest first = firstRequest();
        first.headers = initialRequest.headers; // Prefer headers hold for the replay too
        setFirstRequest(first);
    }
}

bool GraphDeltaJob::parseItem(const QJsonObject &item)
{
    const QJsonValue removed = item.value("@removed"_L1);
    if (removed.isObject()) {
        const QString id = item.value("id"_L1).toString();
        if (id.isEmpty())
            return false;
        m_removed.append({id, removed.toObject().value("reason"_L1).toString()});
        return true;
    }
    return parseChange(item);
}

bool GraphDeltaJob::parseChange(const QJsonObject &item)
{
    return GraphCollectionJob::parseItem(item);
}

void GraphDeltaJob::resetCollection()
{
    GraphCollectionJob::resetCollection();
    m_removed.clear();
}

bool GraphDeltaJob::acceptErrorResponse(const GraphResponse &response)
{
    const GraphResult result = GraphResult::fromResponse(response);
    if (result.status != GraphStatus::ResyncRequired || m_restarted || !m_initialRequest.isValid())
        return false;
    qCInfo(lcGraph) << "delta link expired (" << result.error.code << "); starting a full round";
    m_restarted = true;
    m_restartPending = true;
    m_fullSync = true;
    resetCollection();
    return true;
}

std::optional<GraphRequest> GraphDeltaJob::nextRequest()
{
    if (m_restartPending) {
        m_restartPending = false;
        return m_initialRequest;
    }
    return GraphCollectionJob::nextRequest();
}

} // namespace MentorDesk
