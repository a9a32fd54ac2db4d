#include "core/graph/GraphBatchJob.h"

#include "core/common/Clock.h"
#include "core/common/Logging.h"
#include "core/graph/GraphBatchResponse.h"
#include "core/graph/GraphCall.h"
#include "core/graph/GraphClient.h"
#include "core/graph/GraphJob.h"
#include "core/graph/GraphResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

GraphResult malformed(const GraphResponse &outer, const QString &detail)
{
    GraphResult result = GraphResult::fromResponse(outer);
    result.status = GraphStatus::MalformedReply;
    result.error = GraphError::fromResponse(outer);
    result.error.httpStatus = outer.httpStatus;
    result.error.message = detail;
    result.json = {};
    return result;
}

} // namespace

GraphBatchJob::GraphBatchJob(GraphClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

GraphBatchJob::~GraphBatchJob()
{
    for (const QPointer<GraphCall> &call : std::as_const(m_calls)) {
        if (call) {
            call->disconnect(this);
            call->abort();
        }
    }
}

QString GraphBatchJob::addJob(GraphJob *job, const QStringList &dependsOn)
{
    const bool alreadyAdded
        = std::any_of(m_items.cbegin(), m_items.cend(), [job](const Item &item) { return item.job == job; });
    if (m_started || !job || alreadyAdded || job->isRunning() || job->isFinished()) {
        qCWarning(lcGraph) << "GraphBatchJob: only unstarted jobs can be added before start()";
        return {};
    }
    Item item;
    item.id = QString::number(m_items.size() + 1);
    item.job = job;
    item.dependsOn = dependsOn;
    m_items.append(item);
    m_unfinishedJobs.insert(job);
    connect(job, &GraphJob::finished, this, [this, job] { jobDone(job); });
    connect(job, &QObject::destroyed, this, [this](QObject *gone) { jobDone(gone); });
    return item.id;
}

void GraphBatchJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QList<int> indexes;
    for (int i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        if (!item.job)
            continue;
        item.request = item.job->beginBatched();
        indexes.append(i);
    }
    ++m_pendingWork; // keeps checkFinished() quiet until everything is sent
    sendItems(indexes);
    --m_pendingWork;
    QMetaObject::invokeMethod(this, &GraphBatchJob::checkFinished, Qt::QueuedConnection);
}

void GraphBatchJob::sendItems(const QList<int> &indexes)
{
    // Groups of at most 20, in the order the jobs were added; every group goes out at once.
    for (qsizetype from = 0; from < indexes.size(); from += kMaxRequestsPerBatch)
        sendGroup(indexes.mid(from, kMaxRequestsPerBatch));
}

void GraphBatchJob::sendGroup(const QList<int> &indexes)
{
    QJsonArray requests;
    QList<int> sent;
    QSet<QString> idsInGroup;
    bool retrySafe = true;
    for (int index : indexes)
        idsInGroup.insert(m_items.at(index).id);
    for (int index : indexes) {
        Item &item = m_items[index];
        if (!item.job || !item.job->isRunning()) {
            item.delivered = true;
            continue;
        }
        const QString url = m_client->relativeTarget(item.request);
        if (url.isEmpty()) {
            fail(index, GraphResult::failure(GraphStatus::BadRequest));
            continue;
        }
        QJsonObject request{
            {"id"_L1, item.id}, {"method"_L1, QString::fromLatin1(item.request.method)}, {"url"_L1, url}};
        QJsonObject headers;
        for (const auto &[name, value] : item.request.headers)
            headers.insert(QString::fromLatin1(name), QString::fromUtf8(value));
        if (!item.request.body.isEmpty()) {
            const QJsonDocument body = QJsonDocument::fromJson(item.request.body);
            if (body.isNull()) {
                fail(index, GraphResult::failure(GraphStatus::BadRequest));
                continue;
            }
            request.insert("body"_L1, body.isObject() ? QJsonValue(body.object()) : QJsonValue(body.array()));
            if (item.request.header("Content-Type").isEmpty())
                headers.insert(u"Content-Type"_s, u"application/json"_s);
        }
        if (!headers.isEmpty())
            request.insert("headers"_L1, headers);
        QJsonArray dependsOn;
        for (const QString &id : std::as_const(item.dependsOn)) {
            if (idsInGroup.contains(id))
                dependsOn.append(id);
            else
                qCWarning(lcGraph) << "GraphBatchJob: dependency" << id << "is not in the same group of 20; dropped";
        }
        if (!dependsOn.isEmpty())
            request.insert("dependsOn"_L1, dependsOn);
        requests.append(request);
        retrySafe = retrySafe && item.request.isRetrySafe();
        ++item.attempts;
        sent.append(index);
    }
    if (sent.isEmpty())
        return;

    GraphRequest batch = GraphRequest::post(u"/$batch"_s, QJsonObject{{"requests"_L1, requests}});
    batch.idempotent = retrySafe; // a batch of GETs may be resent as a whole
    ++m_batchRequestsSent;
    ++m_pendingWork;
    GraphCall *call = m_client->send(batch);
    m_calls.append(call);
    connect(call, &GraphCall::finished, this, [this, sent](const GraphResponse &response) {
        --m_pendingWork;
        onBatchFinished(sent, response);
        checkFinished();
    });
}

void GraphBatchJob::onBatchFinished(const QList<int> &indexes, const GraphResponse &outer)
{
    if (m_finished)
        return;
    if (!outer.isSuccess()) {
        const GraphResult failure = GraphResult::fromResponse(outer);
        m_result = failure;
        for (int index : indexes)
            fail(index, failure);
        return;
    }
    const std::optional<QList<GraphBatchResponse::Answer>> answers = GraphBatchResponse::parse(outer);
    if (!answers) {
        const GraphResult failure = malformed(outer, u"$batch reply without a \"responses\" array"_s);
        m_result = failure;
        for (int index : indexes)
            fail(index, failure);
        return;
    }

    QHash<QString, int> byId;
    for (int index : indexes)
        byId.insert(m_items.at(index).id, index);

    const GraphRetryPolicy &policy = m_client->retryPolicy();
    QList<int> retry;
    QList<int> reauthenticate;
    QList<std::pair<int, GraphResponse>> dependants; // 424s, decided once the retries are known
    int retryAfterMs = -1;
    for (const GraphBatchResponse::Answer &answer : *answers) {
        const auto found = byId.constFind(answer.id);
        if (found == byId.cend())
            continue; // not ours (or a duplicate): ignore
        const int index = *found;
        byId.remove(answer.id);
        const GraphResponse &response = answer.response;

        Item &item = m_items[index];
        const int status = response.httpStatus;
        if ((status == 429 || status == 503 || status == 504) && item.request.isRetrySafe()
            && item.attempts < policy.maxAttempts) {
            const int seconds = response.retryAfterSeconds(m_client->clock()->nowUtc());
            if (seconds <= policy.maxRetryAfter.count()) {
                const int waitMs = seconds >= 0 ? seconds * 1000 : int(policy.backoff(item.attempts).count());
                retryAfterMs = std::max(retryAfterMs, waitMs);
                retry.append(index);
                continue;
            }
        }
        if (status == 401 && !item.reauthenticated) {
            item.reauthenticated = true;
            reauthenticate.append(index);
            continue;
        }
        if (status == 424) {
            dependants.append({index, response});
            continue;
        }
        deliver(index, response);
    }

    // A 424 follows the item it depended on: resent with it when that one is retried, else reported as is.
    for (const auto &dependant : dependants) {
        // Not a structured binding: clang before 16 cannot capture one in the lambda below.
        const int index = dependant.first;
        const GraphResponse &response = dependant.second;
        const auto dependsOnAny = [&](const QList<int> &others) {
            return std::any_of(others.cbegin(), others.cend(),
                               [&](int other) { return m_items.at(index).dependsOn.contains(m_items.at(other).id); });
        };
        if (m_items.at(index).attempts >= policy.maxAttempts)
            deliver(index, response);
        else if (dependsOnAny(retry))
            retry.append(index);
        else if (dependsOnAny(reauthenticate))
            reauthenticate.append(index);
        else
            deliver(index, response);
    }

    for (auto it = byId.cbegin(); it != byId.cend(); ++it)
        fail(it.value(), malformed(outer, u"$batch reply has no answer for item %1"_s.arg(it.key())));

    if (!retry.isEmpty()) {
        qCInfo(lcGraph) << "GraphBatchJob: retrying" << retry.size() << "item(s) in" << retryAfterMs << "ms";
        ++m_pendingWork;
        QTimer::singleShot(std::max(0, retryAfterMs), this, [this, retry] {
            --m_pendingWork;
            sendItems(retry);
            checkFinished();
        });
    }
    if (!reauthenticate.isEmpty()) {
        ++m_pendingWork;
        m_client->reauthenticate(this, [this, reauthenticate](bool success) {
            --m_pendingWork;
            if (success) {
                sendItems(reauthenticate);
            } else {
                GraphResponse denied;
                denied.transport = GraphResponse::Transport::NoToken;
                for (int index : reauthenticate)
                    fail(index, GraphResult::fromResponse(denied));
            }
            checkFinished();
        });
    }
}

void GraphBatchJob::deliver(int index, const GraphResponse &response)
{
    Item &item = m_items[index];
    item.delivered = true;
    if (item.job && item.job->isRunning())
        item.job->handleResponse(response);
}

void GraphBatchJob::fail(int index, const GraphResult &result)
{
    Item &item = m_items[index];
    item.delivered = true;
    if (item.job && item.job->isRunning())
        item.job->finishWith(result);
}

void GraphBatchJob::jobDone(QObject *job)
{
    if (m_unfinishedJobs.remove(job) && m_started)
        QMetaObject::invokeMethod(this, &GraphBatchJob::checkFinished, Qt::QueuedConnection);
}

void GraphBatchJob::checkFinished()
{
    if (m_finished || !m_started || m_pendingWork > 0 || !m_unfinishedJobs.isEmpty())
        return;
    finishWith(m_result);
}

void GraphBatchJob::cancel()
{
    if (m_finished)
        return;
    for (const QPointer<GraphCall> &call : std::as_const(m_calls)) {
        if (call) {
            call->disconnect(this);
            call->abort();
        }
    }
    m_calls.clear();
    m_finished = true; // no checkFinished() from the jobs' finished signals below
    for (Item &item : m_items) {
        if (item.job && !item.job->isFinished())
            item.job->cancel();
    }
    m_finished = false;
    finishWith(GraphResult::failure(GraphStatus::Cancelled));
}

void GraphBatchJob::finishWith(const GraphResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    Q_EMIT finished(m_result);
    if (m_autoDelete)
        deleteLater();
}

} // namespace MentorDesk
