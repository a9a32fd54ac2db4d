#include "ui/consent/ConsentReviewDialog.h"

#include "core/consent/ScopeCatalog.h"
#include "ui/consent/ScopeListView.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

ConsentReviewDialog::ConsentReviewDialog(Round round, bool staySignedIn, QWidget *parent)
    : QDialog(parent)
    , m_round(round)
{
    setObjectName(u"consentReviewDialog"_s);
    setWindowTitle(round == Round::SignIn ? tr("Review permissions before signing in")
                                          : tr("Review the Teams permissions"));

    auto *intro = new QLabel(this);
    intro->setObjectName(u"intro"_s);
    intro->setWordWrap(true);
    intro->setText(
        round == Round::SignIn
            ? tr("When you continue, your browser opens Microsoft's sign-in page and MentorDesk asks for the "
                 "permissions below. Nothing has been sent to Microsoft yet. MentorDesk only ever acts as "
                 "you, with these delegated permissions, and can never reach data you cannot reach.")
            : tr("Teams features need three more permissions. Your browser opens Microsoft's consent page "
                 "for them when you continue; nothing has been sent yet. Your organisation may require an "
                 "administrator to approve \"Read the groups you belong to\" first; if so, MentorDesk tells "
                 "you what to send them. Everything else keeps working either way. The permissions you already granted "
                 "are "
                 "asked for again with them; Microsoft only prompts you for the new ones."));

    m_scopes = new ScopeListView(this);
    m_scopes->setMinimumHeight(260);

    auto *never = new QFrame(this);
    never->setObjectName(u"neverDoes"_s);
    never->setFrameShape(QFrame::StyledPanel);
    auto *neverLayout = new QVBoxLayout(never);
    auto *neverTitle = new QLabel(tr("MentorDesk never:"), never);
    QFont bold = neverTitle->font();
    bold.setBold(true);
    neverTitle->setFont(bold);
    auto *neverList = new QLabel(never);
    neverList->setObjectName(u"neverList"_s);
    neverList->setWordWrap(true);
    neverList->setTextFormat(Qt::PlainText);
    neverList->setText(tr("• reads, sends or searches your mail\n"
                          "• uses application (app-only) permissions or tenant-wide access: it acts as you, only "
                          "while you use it\n"
                          "• runs in the background or syncs while it is closed\n"
                          "• keeps your tokens anywhere but your system keychain"));
    neverLayout->addWidget(neverTitle);
    neverLayout->addWidget(neverList);

    m_staySignedIn = new QCheckBox(tr("&Stay signed in"), this);
    m_staySignedIn->setObjectName(u"staySignedIn"_s);
    m_staySignedIn->setAccessibleName(tr("Stay signed in"));
    m_staySignedIn->setChecked(staySignedIn);
    m_staySignedInNote = new QLabel(this);
    m_staySignedInNote->setObjectName(u"staySignedInNote"_s);
    m_staySignedInNote->setWordWrap(true);
    m_staySignedInNote->setText(
        tr("On: MentorDesk also asks for \"Stay signed in\" (offline_access) and keeps a refresh "
           "token in your system keychain, so it can renew its access without asking you "
           "again. Off (recommended on shared computers): you sign in again when the access "
           "expires, usually after about an hour; nothing you are doing is lost."));
    m_staySignedIn->setVisible(round == Round::SignIn);
    m_staySignedInNote->setVisible(round == Round::SignIn);
    connect(m_staySignedIn, &QCheckBox::toggled, this, &ConsentReviewDialog::refresh);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *continueButton = buttons->addButton(tr("&Continue in browser"), QDialogButtonBox::AcceptRole);
    continueButton->setObjectName(u"continueButton"_s);
    continueButton->setAccessibleName(tr("Continue in browser"));
    continueButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_scopes, 1);
    layout->addWidget(never);
    layout->addWidget(m_staySignedIn);
    layout->addWidget(m_staySignedInNote);
    layout->addWidget(buttons);
    resize(640, 720);
    refresh();
    continueButton->setFocus();
}

bool ConsentReviewDialog::staySignedIn() const
{
    return m_staySignedIn->isChecked();
}

QStringList ConsentReviewDialog::scopesToRequest() const
{
    const ScopeCatalog &catalog = ScopeCatalog::instance();
    // The Teams round asks for the whole set again, so the new token covers everything; Microsoft only prompts for
    // what is new.
    return m_round == Round::SignIn ? catalog.signInScopes(staySignedIn()) : catalog.teamsScopes(staySignedIn());
}

QStringList ConsentReviewDialog::shownScopes() const
{
    return m_scopes->shownScopes();
}

void ConsentReviewDialog::refresh()
{
    m_scopes->showBeforeConsent(scopesToRequest());
}

} // namespace MentorDesk
