#include "core/graph/GraphJob.h"

#include "core/common/Logging.h"
#include "core/graph/GraphCall.h"
#include "core/graph/GraphClient.h"

using namespace Qt::StringLiterals;

namespace MentorDesk {

GraphJob::GraphJob(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    Q_ASSERT(client);
}

GraphJob::~GraphJob()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
}

bool GraphJob::acceptErrorResponse(const GraphResponse &)
{
    return false;
}

std::optional<GraphRequest> GraphJob::nextRequest()
{
    return std::nullopt;
}

void GraphJob::start()
{
    if (m_state != State::Idle) {
        qCWarning(lcGraph) << metaObject()->className() << "started twice; ignored";
        return;
    }
    m_state = State::Running;
    send(buildRequest());
}

GraphRequest GraphJob::beginBatched()
{
    m_state = State::Running;
    return buildRequest();
}

void GraphJob::cancel()
{
    if (m_state == State::Finished)
        return;
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
        m_call = nullptr;
    }
    m_state = State::Running;
    finishWith(GraphResult::failure(GraphStatus::Cancelled));
}

void GraphJob::send(const GraphRequest &request)
{
    m_call = m_client->send(request);
    connect(m_call, &GraphCall::finished, this, [this](const GraphResponse &response) {
        m_call = nullptr;
        handleResponse(response);
    });
}

void GraphJob::handleResponse(GraphResponse response)
{
    if (m_state != State::Running)
        return;
    m_attempts += qMax(1, response.attempts);
    bool accepted = false;
    if (response.isSuccess()) {
        QString jsonError;
        m_parseErrorDetail.clear();
        if (expectsJson() && !response.parseJson(&jsonError)) {
            m_parseErrorDetail = u"invalid JSON: "_s + jsonError;
        } else if (!parseResponse(response) && m_parseErrorDetail.isEmpty()) {
            m_parseErrorDetail = u"unexpected reply shape"_s;
        }
        if (!m_parseErrorDetail.isEmpty()) {
            qCWarning(lcGraph).noquote() << metaObject()->className()
                                         << "could not read the reply:" << m_parseErrorDetail << "request-id"
                                         << response.requestId();
            GraphResult result = GraphResult::fromResponse(response);
            result.status = GraphStatus::MalformedReply;
            result.error = GraphError::fromResponse(response);
            result.error.httpStatus = response.httpStatus;
            result.error.message = m_parseErrorDetail;
            result.json = {};
            finishWith(result);
            return;
        }
        accepted = true;
    } else {
        accepted = acceptErrorResponse(response);
    }
    if (!accepted) {
        finishWith(GraphResult::fromResponse(response));
        return;
    }
    if (m_state != State::Running) // a subclass cancelled from inside its parser
        return;
    if (std::optional<GraphRequest> next = nextRequest()) {
        send(*next);
        return;
    }
    GraphResult result = GraphResult::fromResponse(response);
    result.status = GraphStatus::Ok;
    result.error = {};
    result.json = response.json;
    finishWith(result);
}

void GraphJob::finishWith(GraphResult result)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    result.attempts = qMax(result.attempts, m_attempts);
    m_result = result;
    Q_EMIT finished(m_result);
    if (m_autoDelete)
        deleteLater();
}

} // namespace MentorDesk
