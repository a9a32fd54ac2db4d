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
    m_adminText = wrapped(u"adminText"_s, m_adminBox);
    m_adminText->setTextFormat(Qt::PlainText);
    m_adminUrl = new QLineEdit(m_adminBox);
    m_adminUrl->setObjectName(u"adminConsentUrl"_s);
    m_adminUrl->setReadOnly(true);
    m_adminUrl->setAccessibleName(tr("Administrator consent link"));
    auto *copyLink = new QPushButton(tr("Copy &link"), m_adminBox);
    copyLink->setObjectName(u"copyAdminLink"_s);
    copyLink->setAccessibleName(tr("Copy administrator consent link"));
    auto *request = new QPushButton(tr("Request approval from &IT…"), m_adminBox);
    request->setObjectName(u"adminRequest"_s);
    request->setAccessibleName(tr("Request approval from IT"));
    connect(copyLink, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_adminUrl->text()); });
    connect(request, &QPushButton::clicked, this, &PermissionsDialog::adminRequestRequested);
    m_checkResult = wrapped(u"checkResult"_s, m_adminBox);
    m_checkResult->setTextFormat(Qt::PlainText);
    m_checkResult->hide();
    auto *adminLayout = new QGridLayout(m_adminBox);
    adminLayout->addWidget(m_adminText, 0, 0, 1, 3);
    adminLayout->addWidget(m_adminUrl, 1, 0);
    adminLayout->addWidget(copyLink, 1, 1);
    adminLayout->addWidget(request, 1, 2);
    adminLayout->addWidget(m_checkResult, 2, 0, 1, 3);

    auto *buttons = new QDialogButtonBox(this);
    m_retry = buttons->addButton(tr("Retry &consent"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(u"retryConsent"_s);
    m_retry->setAccessibleName(tr("Retry consent"));
    m_teams = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_teams->setObjectName(u"toggleTeams"_s);
    m_signOut = buttons->addButton(tr("Sign &out"), QDialogButtonBox::ActionRole);
    m_signOut->setObjectName(u"signOut"_s);
    m_signOut->setAccessibleName(tr("Sign out"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"close"_s);
    close->setAccessibleName(tr("Close"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const ConsentState state = m_session->consentState();
        if (m_session->isCheckingConsent())
            m_session->cancelConsentCheck();
        else if ((state.adminApprovalPending && state.teamsEnabled) || m_session->signInBlocked())
            checkAgain();
        else
            Q_EMIT retryConsentRequested();
    });
    connect(m_teams, &QPushButton::clicked, this,
            [this] { Q_EMIT teamsFeaturesRequested(!m_session->teamsEnabled()); });
    connect(m_signOut, &QPushButton::clicked, this, &PermissionsDialog::signOutRequested);
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
    connect(m_session, &Session::consentChecked, this, [this](const ConsentCheckResult &result) {
        m_checkResult->setText(result.userMessage());
        m_checkResult->show();
        refresh();
    });
    refresh();
}

void PermissionsDialog::checkAgain()
{
    m_checkResult->setText(tr("Checking with Microsoft whether your administrator has approved MentorDesk…"));
    m_checkResult->show();
    m_session->checkConsent();
    refresh();
}

void PermissionsDialog::refresh()
{
    const Account &account = m_session->account();
    const ConsentState state = m_session->consentState();
    const ScopeCatalog &catalog = ScopeCatalog::instance();

    m_avatar->setPerson(account.displayName.isEmpty() ? account.username : account.displayName);
    m_accountName->setText(account.isValid() ? (account.displayName.isEmpty() ? account.username : account.displayName)
                                             : tr("Not signed in"));
    m_accountDetails->setText(
        account.isValid() ? tr("%1 · %2 · tenant %3")
                                .arg(account.username,
                                     account.kind == AccountKind::Personal ? tr("personal Microsoft account")
                                                                           : tr("work or school account"),
                                     account.tenantId)
                          : tr("Nobody is signed in. These are the permissions MentorDesk asks for: the Outlook "
                               "ones when you sign in, the Teams ones only when you turn Teams features on. "
                               "Nothing is granted until you accept them at Microsoft."));

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

    const bool signedIn = account.isValid();
    m_summary->setVisible(signedIn);
    m_retry->setVisible(signedIn || m_session->signInBlocked());
    m_teams->setVisible(signedIn);
    m_signOut->setVisible(signedIn);
    if (!signedIn) {
        QStringList catalogue;
        for (const ScopeInfo &scope : catalog.scopes())
            catalogue << scope.scope;
        if (m_scopes->shownScopes() != catalogue)
            m_scopes->showBeforeConsent(catalogue);
    }

    const QStringList requested = m_session->requestedScopes();
    int grantedCount = 0;
    for (const QString &scope : requested)
        grantedCount += state.grantedScopes.contains(scope) ? 1 : 0;
    m_summary->setText(tr("%1 of %2 requested permissions granted. Teams features are %3. Stay signed in is %4.")
                           .arg(grantedCount)
                           .arg(requested.size())
                           .arg(state.teamsEnabled ? tr("on") : tr("off"), state.staySignedIn ? tr("on") : tr("off")));

    if (signedIn)
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

    const bool teamsWaiting = signedIn && state.adminApprovalPending && state.teamsEnabled;
    const bool needsAdmin = teamsWaiting || (!signedIn && m_session->signInBlocked());
    m_adminBox->setVisible(needsAdmin);
    if (needsAdmin) {
        m_adminText->setText(
            teamsWaiting
                ? tr("An administrator of your organisation has to approve \"Read the groups you belong to\" "
                     "(Group.Read.All) for MentorDesk once, for everyone. Calendar and booking work meanwhile. Send "
                     "them the request; after they approve, choose \"Check again\".")
                : tr("Your organisation lets only administrators approve apps, so signing in stopped before any "
                     "permission was granted. Send your IT department the request; after they approve, choose "
                     "\"Check again\"."));
        const QString url = m_session->adminConsentRequest().adminConsentLink();
        // A fresh state on each packet: keep the one shown unless the link itself changed.
        if (QUrl(m_adminUrl->text()).adjusted(QUrl::RemoveQuery) != QUrl(url).adjusted(QUrl::RemoveQuery))
            m_adminUrl->setText(url);
    } else {
        m_checkResult->hide();
    }

    const bool missing = signedIn && grantedCount < requested.size();
    const bool checking = m_session->isCheckingConsent();
    m_retry->setEnabled(signedIn || m_session->signInBlocked());
    m_retry->setText(needsAdmin ? (checking ? tr("&Cancel check") : tr("Check &again")) : tr("Retry &consent"));
    m_retry->setAccessibleName(needsAdmin ? (checking ? tr("Cancel check") : tr("Check again")) : tr("Retry consent"));
    m_retry->setToolTip(needsAdmin    ? tr("Ask Microsoft whether your administrator has approved MentorDesk; no "
                                              "consent page opens.")
                            : missing ? tr("Ask Microsoft again for the permissions that were not granted.")
                                      : tr("Everything requested was granted."));
    const bool personal = account.kind == AccountKind::Personal;
    m_teams->setText(state.teamsEnabled ? tr("Turn Teams features o&ff") : tr("Turn Teams features o&n"));
    m_teams->setAccessibleName(m_teams->text().remove(u'&'));
    m_teams->setEnabled(signedIn && !personal);
    m_teams->setToolTip(personal ? tr("Teams features need a work or school account; Microsoft does not offer them for "
                                      "personal Microsoft accounts.")
                                 : QString());
}

} // namespace MentorDesk
