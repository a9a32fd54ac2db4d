#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QString>

namespace MentorDesk::Test {

// A real QNetworkAccessManager that also records when each request started and finished (in event order, not
// time), to count *sequential* round trips: a request's depth is 1 + the deepest request that had finished
// before it started (it could have waited for it); the load's round trips are the greatest depth. Requests in
// flight together share a depth, so one $batch plus its parallel follow-ups count as one.
class GraphRoundTripCounter : public QNetworkAccessManager
{
    Q_OBJECT

public:
    struct Exchange
    {
        QByteArray method;
        QString path; // without query
        int started = 0;
        int finished = -1;
        int depth = 0;
        int status = 0;
    };

    explicit GraphRoundTripCounter(QObject *parent = nullptr);

    void reset();
    const QList<Exchange> &exchanges() const { return m_exchanges; }
    int requestCount() const { return int(m_exchanges.size()); }
    int sequentialRoundTrips() const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QList<Exchange> m_exchanges;
    int m_clock = 0;
};

} // namespace MentorDesk::Test
