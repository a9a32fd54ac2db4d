#pragma once

#include "core/graph/NetworkReachability.h"

#include <QString>

namespace MentorDesk {

// NetworkReachability from the platform via QNetworkInformation (NetworkManager, glib, Windows, macOS backends).
// The one place that touches QNetworkInformation, so the Qt-version differences live here only. Without a
// backend (containers, CI) it reports online and lets sending attempts find out.
class SystemNetworkReachability : public NetworkReachability
{
    Q_OBJECT

public:
    explicit SystemNetworkReachability(QObject *parent = nullptr);
    ~SystemNetworkReachability() override;

    bool hasBackend() const { return !m_backend.isEmpty(); }
    QString backendName() const { return m_backend; }

private:
    QString m_backend;
};

} // namespace MentorDesk
