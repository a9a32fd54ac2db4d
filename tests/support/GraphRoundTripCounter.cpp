#include "support/GraphRoundTripCounter.h"

#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace MentorDesk::Test {

GraphRoundTripCounter::GraphRoundTripCounter(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

void GraphRoundTripCounter::reset()
{
    m_exchanges.clear();
}

int GraphRoundTripCounter::sequentialRoundTrips() const
{
    int deepest = 0;
    for (const Exchange &exchange : m_exchanges)
        deepest = std::max(deepest, exchange.depth);
    return deepest;
}

QNetworkReply *GraphRoundTripCounter::createRequest(Operation op, const QNetworkRequest &request,
                                                    QIODevice *outgoingData)
{
    Exchange exchange;
    exchange.method = op == CustomOperation ? request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()
                                            : QByteArray(op == GetOperation ? "GET" : "POST");
    exchange.path = request.url().path();
    exchange.started = ++m_clock;
    int before = 0;
    for (const Exchange &earlier : std::as_const(m_exchanges)) {
        if (earlier.finished >= 0 && earlier.finished < exchange.started)
            before = std::max(before, earlier.depth);
    }
    exchange.depth = before + 1;
    m_exchanges.append(exchange);

    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    const int started = exchange.started;
    connect(reply, &QNetworkReply::finished, this, [this, started, reply] {
        for (Exchange &recorded : m_exchanges) { // reset() may have run meanwhile
            if (recorded.started == started) {
                recorded.finished = ++m_clock;
                recorded.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            }
        }
    });
    return reply;
}

} // namespace MentorDesk::Test
