#include "core/graph/NetworkReachability.h"

#include "core/common/Logging.h"

namespace MentorDesk {

NetworkReachability::NetworkReachability(QObject *parent)
    : QObject(parent)
{ }

NetworkReachability::~NetworkReachability() = default;

void NetworkReachability::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    qCInfo(lcGraph) << "network" << (online ? "reachable" : "unreachable");
    Q_EMIT onlineChanged(online);
}

} // namespace MentorDesk
