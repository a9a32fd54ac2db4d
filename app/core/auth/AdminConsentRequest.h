#pragma once

#include "core/config/AppConfig.h"
#include "core/consent/ScopeCatalog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace MentorDesk {

// The IT request packet: everything an administrator needs to approve MentorDesk for their organisation, readable
// whether or not anybody is signed in (docs/entra/admin-consent.md). It holds the application (client) id, the tenant,
// the exact delegated scopes with why each is needed and which need an administrator, the admin consent link and a
// prewritten message, as plain text (copy, save) and as a mailto: link.
//
// The link is Microsoft's admin consent endpoint
// (https://learn.microsoft.com/entra/identity-platform/v2-admin-consent):
//   <login host>/{tenant}/v2.0/adminconsent?client_id=…&scope=…&redirect_uri=…&state=…
// The administrator opens it on their own computer, where MentorDesk's loopback listener does not run, so its
// redirect URI is the one Entra registers for exactly this, <login host>/common/oauth2/nativeclient, which shows a
// page wherever it is opened (README: "Approving MentorDesk for your organisation").
class AdminConsentRequest
{
    Q_DECLARE_TR_FUNCTIONS(MentorDesk::AdminConsentRequest)

public:
    struct Scope
    {
        QString name; // as sent to Entra, e.g. Group.Read.All
        QString title; // translated
        QString why; // translated
        bool needsAdministrator = false; // always (AdminConsent::Yes), not "may depend on the tenant"
    };

    // tenantId: the signed-in (or last) account's tenant when known; else the configured tenant is used, and
    // "organizations" in place of "common", which the admin consent endpoint does not accept.
    AdminConsentRequest(const AppConfig &config, const QString &tenantId = {}, const QString &requester = {},
                        const ScopeCatalog &catalog = ScopeCatalog::instance());

    QString clientId() const { return m_clientId; }
    QString tenant() const { return m_tenant; }
    // Who asks (display name and address), for the message; may be empty.
    QString requester() const { return m_requester; }
    // Every delegated scope MentorDesk may request (sign-in, Stay signed in, Teams), in catalogue order.
    const QList<Scope> &scopes() const { return m_scopes; }
    QStringList scopeNames() const;
    QStringList scopesNeedingAdministrator() const;

    // The administrator's link, with a fresh state on each packet.
    QUrl adminConsentUrl() const { return m_url; }
    // The link as text to copy, show or mail: fully percent-encoded, so no space breaks it in a message.
    QString adminConsentLink() const { return m_url.toString(QUrl::FullyEncoded); }
    QString state() const { return m_state; }
    static QUrl nativeClientRedirectUri(const AppConfig &config);

    // Translated texts.
    QString subject() const;
    QString message() const; // the prewritten message for IT, link included
    QString toText() const; // the whole packet: message, then the details as a list
    QUrl mailtoUrl(const QString &recipient = {}) const;

private:
    QString m_clientId;
    QString m_tenant;
    QString m_requester;
    QString m_state;
    QList<Scope> m_scopes;
    QUrl m_url;
};

} // namespace MentorDesk
