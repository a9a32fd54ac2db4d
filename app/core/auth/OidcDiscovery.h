#pragma once

#include "auth/AuthError.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace MentorDesk {

// The endpoints of an OpenID provider, read from {authority}/v2.0/.well-known/openid-configuration (Entra's
// layout). Any provider serving that layout works, not only Microsoft's or our sandbox.
struct OidcConfiguration
{
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl endSessionEndpoint;
    QString issuer; // may contain Entra's "{tenantid}" template

    bool isValid() const { return authorizationEndpoint.isValid() && tokenEndpoint.isValid(); }
    static QUrl discoveryUrl(const QUrl &authority);
    // Parses the document; endpoints must be https, or http on loopback. Empty string when fine.
    static QString parse(const QByteArray &json, OidcConfiguration *configuration);
};

class OidcDiscovery : public QObject
{
    Q_OBJECT

public:
    OidcDiscovery(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~OidcDiscovery() override;

    void start(const QUrl &authority);
    void abort();

Q_SIGNALS:
    void finished(const MentorDesk::OidcConfiguration &configuration, const MentorDesk::AuthError &error);

private:
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
};

} // namespace MentorDesk
