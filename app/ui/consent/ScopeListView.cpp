#include "ui/consent/ScopeListView.h"

#include "core/consent/FeatureGate.h"
#include "ui/common/Theme.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

QString adminConsentText(AdminConsent admin)
{
    switch (admin) {
    case AdminConsent::No:
        return ScopeListView::tr("Administrator approval: not needed");
    case AdminConsent::MayDependOnTenant:
        return ScopeListView::tr("Administrator approval: may be needed, depending on your organisation's settings");
    case AdminConsent::Yes:
        return ScopeListView::tr("Administrator approval: required");
    }
    return {};
}

QLabel *textLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ScopeListView::ScopeListView(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_layout(new QVBoxLayout(m_content))
{
    setObjectName(u"scopeList"_s);
    setAccessibleName(tr("Permissions"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_layout->setContentsMargins(0, 0, 8, 0);
    m_layout->setSpacing(8);
    setWidget(m_content);
}

void ScopeListView::clear()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_shown.clear();
}

void ScopeListView::addGroupHeader(ScopeGroup group)
{
    const ScopeCatalog &catalog = ScopeCatalog::instance();
    auto *title = new QLabel(catalog.groupTitle(group), m_content);
    title->setObjectName(u"group:%1"_s.arg(group == ScopeGroup::Outlook ? u"outlook"_s : u"teams"_s));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    title->setFont(font);
    m_layout->addWidget(title);
    auto *summary = textLabel(u"groupSummary"_s, catalog.groupSummary(group), m_content);
    m_layout->addWidget(summary);
}

void ScopeListView::showBeforeConsent(const QStringList &scopes)
{
    clear();
    const ScopeCatalog &catalog = ScopeCatalog::instance();
    for (ScopeGroup group : {ScopeGroup::Outlook, ScopeGroup::Teams}) {
        bool headerShown = false;
        for (const ScopeInfo &scope : catalog.scopes()) {
            if (scope.group != group || !scopes.contains(scope.scope))
                continue;
            if (!headerShown) {
                addGroupHeader(group);
                headerShown = true;
            }
            addCard(scope, std::nullopt);
        }
    }
    m_layout->addStretch();
}

void ScopeListView::showAfterConsent(const QStringList &requested, const ConsentState &state)
{
    clear();
    const ScopeCatalog &catalog = ScopeCatalog::instance();
    for (ScopeGroup group : {ScopeGroup::Outlook, ScopeGroup::Teams}) {
        addGroupHeader(group);
        for (const ScopeInfo &scope : catalog.scopes()) {
            if (scope.group == group)
                addCard(scope, statusOf(scope, requested, state));
        }
    }
    m_layout->addStretch();
}

ScopeListView::ScopeStatus ScopeListView::statusOf(const ScopeInfo &scope, const QStringList &requested,
                                                   const ConsentState &state)
{
    if (state.grantedScopes.contains(scope.scope))
        return ScopeStatus::Granted;
    if (state.accountKind == AccountKind::Personal && !scope.personalAccounts)
        return ScopeStatus::NotForPersonalAccounts;
    if (scope.group == ScopeGroup::Teams && state.adminApprovalPending && scope.adminConsent == AdminConsent::Yes)
        return ScopeStatus::NeedsAdministrator;
    if (!requested.contains(scope.scope) && !(scope.group == ScopeGroup::Teams && state.teamsEnabled))
        return ScopeStatus::NotRequested;
    return ScopeStatus::NotGranted;
}

QString ScopeListView::statusText(ScopeStatus status)
{
    switch (status) {
    case ScopeStatus::ToBeRequested:
        return tr("Will be requested");
    case ScopeStatus::Granted:
        return tr("Granted");
    case ScopeStatus::NotRequested:
        return tr("Not requested");
    case ScopeStatus::NotGranted:
        return tr("Not granted");
    case ScopeStatus::NeedsAdministrator:
        return tr("Waiting for administrator approval");
    case ScopeStatus::NotForPersonalAccounts:
        return tr("Not available for personal accounts");
    }
    return {};
}

QWidget *ScopeListView::addCard(const ScopeInfo &scope, std::optional<ScopeStatus> status)
{
    auto *card = new QFrame(m_content);
    card->setObjectName(u"scope:"_s + scope.scope);
    card->setFrameShape(QFrame::StyledPanel);
    card->setFocusPolicy(Qt::StrongFocus); // Tab walks through the permissions
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(card);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    auto *title = textLabel(u"title"_s, scope.title, card);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *name = textLabel(u"scopeName"_s, scope.scope, card);
    name->setWordWrap(false);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSizeF(name->font().pointSizeF() * 0.9);
    name->setFont(mono);
    header->addWidget(title, 1);
    header->addWidget(name);
    layout->addLayout(header);

    auto *allows = textLabel(u"allows"_s, tr("Allows: %1").arg(scope.allows), card);
    auto *why = textLabel(u"why"_s, tr("Why MentorDesk needs it: %1").arg(scope.why), card);
    auto *admin = textLabel(u"adminConsent"_s, adminConsentText(scope.adminConsent), card);
    auto *personal = textLabel(u"personalAccounts"_s,
                               scope.personalAccounts ? tr("Personal Microsoft accounts: supported")
                                                      : tr("Personal Microsoft accounts: not supported"),
                               card);
    if (scope.adminConsent == AdminConsent::Yes) {
        QPalette warn = admin->palette();
        warn.setColor(QPalette::WindowText, Theme::warning());
        admin->setPalette(warn);
    }
    layout->addWidget(allows);
    layout->addWidget(why);
    layout->addWidget(admin);
    layout->addWidget(personal);

    QStringList featureTitles;
    for (Feature feature : scope.features)
        featureTitles << ScopeCatalog::instance().feature(feature).title;
    QString description = u"%1. %2. %3. %4."_s.arg(allows->text(), why->text(), admin->text(), personal->text());

    if (status) {
        auto *statusLabel = textLabel(u"status"_s, statusText(*status), card);
        QPalette statusPalette = statusLabel->palette();
        const bool good = *status == ScopeStatus::Granted;
        const bool neutral = *status == ScopeStatus::NotRequested;
        statusPalette.setColor(QPalette::WindowText,
                               good          ? Theme::success()
                                   : neutral ? palette().color(QPalette::WindowText)
                                             : Theme::danger());
        statusLabel->setPalette(statusPalette);
        QFont statusFont = statusLabel->font();
        statusFont.setBold(true);
        statusLabel->setFont(statusFont);
        statusLabel->setWordWrap(false);
        header->insertWidget(1, statusLabel);
        const QString features = featureTitles.join(u", "_s);
        auto *featuresLabel = textLabel(
            u"features"_s, good ? tr("Turns on: %1").arg(features) : tr("Without it, these are off: %1").arg(features),
            card);
        layout->addWidget(featuresLabel);
        description = statusLabel->text() + u". "_s + description + u' ' + featuresLabel->text();
    } else {
        auto *featuresLabel = textLabel(u"features"_s, tr("Used for: %1").arg(featureTitles.join(u", "_s)), card);
        layout->addWidget(featuresLabel);
        description += u' ' + featuresLabel->text();
    }
    card->setAccessibleName(tr("Permission %1: %2").arg(scope.scope, scope.title));
    card->setAccessibleDescription(description);
    m_layout->addWidget(card);
    m_shown << scope.scope;
    return card;
}

} // namespace MentorDesk
