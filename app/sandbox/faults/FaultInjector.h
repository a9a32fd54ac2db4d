#pragma once

#include "sandbox/faults/Fault.h"
#include "sandbox/faults/RandomFaults.h"
#include "sandbox/http/HttpResponse.h"

#include <QJsonArray>
#include <QList>

namespace MentorDesk::Sandbox {

// The armed faults; each matching request uses one up (first armed, first used). A request no armed fault
// matches may still get a random one (RandomFaults).
class FaultInjector
{
public:
    QString add(Fault fault);
    void clear(); // the armed faults and the random ones
    RandomFaults &random() { return m_random; }
    std::optional<Fault> take(const QByteArray &method, const QString &path);
    QJsonArray list() const;

    // What a request hit by a status/expiredToken fault gets, in Graph's error shape.
    static HttpResponse failureResponse(const Fault &fault, const QString &requestId, const QString &clientRequestId,
                                        const QString &baseUrl);
    // A body that is not valid JSON although it claims to be.
    static HttpResponse malformed(HttpResponse response);

private:
    QList<Fault> m_faults;
    int m_nextId = 1;
    RandomFaults m_random;
};

} // namespace MentorDesk::Sandbox
