#pragma once

#include "core/auth/AuthError.h"

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
    // Parses the document read for authority. The issuer and both endpoints must be https (or http on loopback) on
    // the authority's own host and port, or on a sign-in host of the same Microsoft cloud (Entra answers
    // login.windows.net with login.microsoftonline.com endpoints). Empty string when fine.
    static QString parse(const QByteArray &json, const QUrl &authority, OidcConfiguration *configuration);
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
