#pragma once

#include "sandbox/SandboxOptions.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace MentorDesk::Sandbox {

// A local imitation of Microsoft Entra ID (v2.0) and Microsoft Graph (v1.0) over loopback HTTP, seeded with the
// "Contoso Mentoring" tenant (or another demo organisation: SandboxOptions::tenant). In-process (tests, mentordesk
// --sandbox) or through the mentordesk-sandbox exe. Instances share nothing, so several can run side by side.
//   SandboxServer sandbox({.seed = 7});
//   sandbox.listen(QHostAddress::LocalHost);            // port 0: any free port
//   sandbox.authority();                                // http://127.0.0.1:PORT/organizations
//   sandbox.graphBaseUrl();                             // http://127.0.0.1:PORT/v1.0
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Refuses anything but a loopback address (errorString() says why).
    bool listen(const QHostAddress &address, quint16 port = 0);
    QString errorString() const;
    quint16 port() const;

    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QUrl authority(const QString &tenant = QStringLiteral("organizations")) const; // baseUrl + "/" + tenant
    QUrl graphBaseUrl() const; // baseUrl + "/v1.0"
    // baseUrl + "/common/oauth2/nativeclient": the demo registration's equivalent of Entra's
    // https://login.microsoftonline.com/common/oauth2/nativeclient, e.g. for admin consent links.
    QUrl nativeClientRedirectUri() const;
    QString adminUpn() const; // the tenant's administrator, who answers admin consent requests
    QString clientId() const;
    QString mentorUpn() const; // the signed-in mentor of the seed
    QString tenantId() const;
    QString tenantDomain() const;
    QString tenantName() const;
    const SandboxOptions &options() const;

    // The same operations as the /_sandbox control endpoints, without HTTP.
    QJsonObject stateSnapshot() const; // GET /_sandbox/state
    QJsonObject setConfig(const QJsonObject &config); // POST /_sandbox/config
    void advanceClock(qint64 seconds); // POST /_sandbox/clock
    QString issueToken(const QStringList &scopes, int lifetimeSeconds = -1); // POST /_sandbox/token

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace MentorDesk::Sandbox
