#include "ui/consent/PermissionsDialog.h"

#include "core/auth/Session.h"
#include "core/consent/FeatureGate.h"
#include "core/consent/ScopeCatalog.h"
#include "ui/common/Avatar.h"
#include "ui/common/Theme.h"
#include "ui/consent/ScopeListView.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {
QLabel *wrapped(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse
                                   | Qt::LinksAccessibleByKeyboard);
    return label;
}
} // namespace

PermissionsDialog::PermissionsDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"permissionsDialog"_s);
    setWindowTitle(tr("Permissions"));

    m_avatar = new Avatar(40, this);
    m_accountName = new QLabel(this);
    m_accountName->setObjectName(u"accountName"_s);
    m_accountName->setTextFormat(Qt::PlainText); // names, addresses and error_description come from Microsoft
    QFont bold = m_accountName->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_accountName->setFont(bold);
    m_accountDetails = wrapped(u"accountDetails"_s, this);
    m_accountDetails->setTextFormat(Qt::PlainText);
    auto *accountColumn = new QVBoxLayout;
    accountColumn->setSpacing(0);
    accountColumn->addWidget(m_accountName);
    accountColumn->addWidget(m_accountDetails);
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_avatar);
    accountRow->addLayout(accountColumn, 1);

    m_problem = wrapped(u"problem"_s, this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setFrameShape(QFrame::StyledPanel);
    m_problem->setMargin(8);
    m_summary = wrapped(u"summary"_s, this);
    m_summary->setTextFormat(Qt::PlainText);

    m_scopes = new ScopeListView(this);

    auto *featuresPage = new QScrollArea(this);
    featuresPage->setWidgetResizable(true);
    featuresPage->setFrameShape(QFrame::NoFrame);
    m_features = wrapped(u"features"_s, featuresPage);
    m_features->setTextFormat(Qt::RichText);
    m_features->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_features->setAccessibleName(tr("What is on and off"));
    featuresPage->setWidget(m_features);

    auto *revokePage = new QWidget(this);
    auto *revoke = wrapped(u"revocation"_s, revokePage);
    revoke->setTextFormat(Qt::RichText);
    revoke->setOpenExternalLinks(true);
    revoke->setAccessibleName(tr("How to revoke access"));
    revoke->setText(tr(
        "<p>Your consent stays with Microsoft until it is revoked; signing out of MentorDesk removes every token and "
        "cached item from this computer, but does not revoke it.</p>"
        "<p><b>You</b> can revoke the permissions you granted at <a href=\"https://myapps.microsoft.com\">My Apps</a> "
        "(choose MentorDesk, then <i>Manage your application</i>). Personal Microsoft accounts: "
        "<a href=\"https://account.live.com/consent/Manage\">account.live.com/consent/Manage</a>.</p>"
        "<p><b>Administrators</b> can revoke them for everyone in the Microsoft Entra admin center: "
        "<i>Enterprise applications</i> → MentorDesk → <i>Permissions</i> (or delete its "
        "oauth2PermissionGrants with Microsoft Graph). Revoking does not prevent consenting again later.</p>"));
    auto *revokeLayout = new QVBoxLayout(revokePage);
    revokeLayout->addWidget(revoke);
    revokeLayout->addStretch();

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"permissionTabs"_s);
    tabs->setAccessibleName(tr("Permission details"));
    tabs->addTab(m_scopes, tr("&Requested and granted"));
    tabs->addTab(featuresPage, tr("&What is on and off"));
    tabs->addTab(revokePage, tr("Re&voking access"));

    m_adminBox = new QFrame(this);
    m_adminBox->setObjectName(u"adminBox"_s);
    m_adminBox->setFrameShape(QFrame::StyledPanel);
    auto *adminText = wrapped(u"adminText"_s, m_adminBox);
    adminText->setText(tr("An administrator of your organisation has to approve \"Read the groups you belong to\" "
                          "(Group.Read.All) for MentorDesk once, for everyone. Send them this link; after they "
                          "approve, choose \"Check again\"."));
    m_adminUrl = new QLineEdit(m_adminBox);
    m_adminUrl->setObjectName(u"adminConsentUrl"_s);
    m_adminUrl->setReadOnly(true);
    m_adminUrl->setAccessibleName(tr("Administrator consent link"));
    auto *copyLink = new QPushButton(tr("Copy &link"), m_adminBox);
    copyLink->setObjectName(u"copyAdminLink"_s);
    copyLink->setAccessibleName(tr("Copy administrator consent link"));
    auto *copyRequest = new QPushButton(tr("Copy request for your &administrator"), m_adminBox);
    copyRequest->setObjectName(u"copyAdminRequest"_s);
    copyRequest->setAccessibleName(tr("Copy request for your administrator"));
    connect(copyLink, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_adminUrl->text()); });
    connect(copyRequest, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(adminConsentRequestText()); });
    auto *adminLayout = new QGridLayout(m_adminBox);
    adminLayout->addWidget(adminText, 0, 0, 1, 3);
    adminLayout->addWidget(m_adminUrl, 1, 0);
    adminLayout->addWidget(copyLink, 1, 1);
    adminLayout->addWidget(copyRequest, 1, 2);

    auto *buttons = new QDialogButtonBox(this);
    m_retry = buttons->addButton(tr("Retry &consent"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(u"retryConsent"_s);
    m_retry->setAccessibleName(tr("Retry consent"));
    m_teams = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_teams->setObjectName(u"toggleTeams"_s);
    QPushButton *signOut = buttons->addButton(tr("Sign &out"), QDialogButtonBox::ActionRole);
    signOut->setObjectName(u"signOut"_s);
    signOut->setAccessibleName(tr("Sign out"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"close"_s);
    close->setAccessibleName(tr("Close"));
    connect(m_retry, &QPushButton::clicked, this, &PermissionsDialog::retryConsentRequested);
    connect(m_teams, &QPushButton::clicked, this,
            [this] { Q_EMIT teamsFeaturesRequested(!m_session->teamsEnabled()); });
    connect(signOut, &QPushButton::clicked, this, &PermissionsDialog::signOutRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(accountRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_summary);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_adminBox);
    layout->addWidget(buttons);
    resize(720, 760);

    connect(m_session, &Session::consentChanged, this, &PermissionsDialog::refresh);
    connect(m_session, &Session::stateChanged, this, &PermissionsDialog::refresh);
    refresh();
}

QString PermissionsDialog::adminConsentRequestText() const
{
    return tr("Hello,\n\nI would like to use MentorDesk, a desktop app for mentoring sessions, with my work account. "
              "It uses delegated permissions only (it acts as the signed-in user and can never reach data the user "
              "cannot reach). One of them needs an administrator's approval: Group.Read.All (delegated), which lets it "
              "list the teams I belong to so I can pick a Teams channel to post to.\n\n"
              "Application (client) ID: %1\nPermissions: %2\n\n"
              "You can review and grant consent for our organisation here:\n%3\n\n"
              "You can revoke it at any time in the Microsoft Entra admin center (Enterprise applications → MentorDesk "
              "→ Permissions).\n\nThank you!")
        .arg(m_session->config().clientId, ScopeCatalog::instance().teamsScopes(false).join(u", "_s),
             m_adminUrl->text());
}

void PermissionsDialog::refresh()
{
    const Account &account = m_session->account();
    const ConsentState state = m_session->consentState();
    const ScopeCatalog &catalog = ScopeCatalog::instance();

    m_avatar->setPerson(account.displayName.isEmpty() ? account.username : account.displayName);
    m_accountName->setText(account.isValid() ? (account.displayName.isEmpty() ? account.username : account.displayName)
                                             : tr("Not signed in"));
    m_accountDetails->setText(account.isValid()
                                  ? tr("%1 · %2 · tenant %3")
                                        .arg(account.username,
                                             account.kind == AccountKind::Personal ? tr("personal Microsoft account")
                                                                                   : tr("work or school account"),
                                             account.tenantId)
                                  : tr("Sign in to see which permissions were granted."));

    const AuthError error = m_session->lastError();
    const bool consentProblem = error.kind == AuthError::Kind::Declined
        || error.kind == AuthError::Kind::ConsentRequired || error.kind == AuthError::Kind::AdminApprovalRequired;
    m_problem->setVisible(consentProblem);
    if (consentProblem) {
        m_problem->setText(error.userMessage() + u"\n"_s + error.technicalDetails());
        QPalette palette = m_problem->palette();
        palette.setColor(QPalette::WindowText, Theme::danger());
        m_problem->setPalette(palette);
    }

    const QStringList requested = m_session->requestedScopes();
    int grantedCount = 0;
    for (const QString &scope : requested)
        grantedCount += state.grantedScopes.contains(scope) ? 1 : 0;
    m_summary->setText(tr("%1 of %2 requested permissions granted. Teams features are %3. Stay signed in is %4.")
                           .arg(grantedCount)
                           .arg(requested.size())
                           .arg(state.teamsEnabled ? tr("on") : tr("off"), state.staySignedIn ? tr("on") : tr("off")));

    m_scopes->showAfterConsent(requested, state);

    const FeatureGate gate(catalog);
    QString features = u"<table cellspacing=\"6\">"_s;
    for (const FeatureInfo &feature : catalog.features()) {
        const FeatureAvailability availability = gate.check(feature.feature, state);
        const QString mark = availability.isAvailable()
            ? u"<span style=\"color:%1\">%2</span>"_s.arg(Theme::success().name(), tr("On"))
            : u"<span style=\"color:%1\">%2</span>"_s.arg(Theme::danger().name(), tr("Off"));
        features += u"<tr><td valign=\"top\"><b>%1</b></td><td valign=\"top\">%2</td><td>%3</td></tr>"_s.arg(
            feature.title.toHtmlEscaped(), mark, availability.message.toHtmlEscaped());
    }
    features += u"</table>"_s;
    m_features->setText(features);

    const bool needsAdmin = state.adminApprovalPending && state.teamsEnabled;
    m_adminBox->setVisible(needsAdmin);
    m_adminUrl->setText(m_session->adminConsentUrl().toString());

    const bool missing = account.isValid() && grantedCount < requested.size();
    m_retry->setEnabled(account.isValid());
    m_retry->setText(needsAdmin ? tr("Check &again") : tr("Retry &consent"));
    m_retry->setAccessibleName(needsAdmin ? tr("Check again") : tr("Retry consent"));
    m_retry->setToolTip(missing ? tr("Ask Microsoft again for the permissions that were not granted.")
                                : tr("Everything requested was granted."));
    const bool personal = account.kind == AccountKind::Personal;
    m_teams->setText(state.teamsEnabled ? tr("Turn Teams features o&ff") : tr("Turn Teams features o&n"));
    m_teams->setAccessibleName(m_teams->text().remove(u'&'));
    m_teams->setEnabled(account.isValid() && !personal);
    m_teams->setToolTip(personal ? tr("Teams features need a work or school account; Microsoft does not offer them for "
                                      "personal Microsoft accounts.")
                                 : QString());
}

} // namespace MentorDesk
