#include "core/graph/SystemNetworkReachability.h"

#include "core/common/Logging.h"

#include <QNetworkInformation>

namespace MentorDesk {

namespace {

// Qt 6.4 deprecated QNetworkInformation::load(Features) in favour of loadBackendByFeatures()/loadDefaultBackend()
// (both present in 6.4.2 and 6.8.2); 6.8 also qualifies the reachabilityChanged() argument type, which
// pointer-to-member connects do not care about. Older Qt keeps the old loader.
bool loadReachabilityBackend()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 4, 0)
    return QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
#else
    return QNetworkInformation::load(QNetworkInformation::Feature::Reachability);
#endif
}

bool reachable(QNetworkInformation::Reachability reachability)
{
    // Unknown, Local and Site still let a request try: only a definite "disconnected" holds the outbox back.
    return reachability != QNetworkInformation::Reachability::Disconnected;
}

} // namespace

SystemNetworkReachability::SystemNetworkReachability(QObject *parent)
    : NetworkReachability(parent)
{
    if (!loadReachabilityBackend() || !QNetworkInformation::instance()) {
        qCInfo(lcGraph) << "no network information backend; assuming the network is reachable";
        return;
    }
    QNetworkInformation *information = QNetworkInformation::instance();
    m_backend = information->backendName();
    setOnline(reachable(information->reachability()));
    connect(information, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) { setOnline(reachable(reachability)); });
}

SystemNetworkReachability::~SystemNetworkReachability() = default;

} // namespace MentorDesk
