#pragma once

#include "core/consent/ConsentState.h"
#include "core/consent/ScopeCatalog.h"

#include <QScrollArea>

class QVBoxLayout;

namespace MentorDesk {

// Every permission as a readable card: what it allows, why MentorDesk needs it, whether an administrator must
// approve it and whether personal accounts support it; after consent also whether it was granted and what that
// turns on or off. Cards are focusable, so the list reads well with the keyboard and a screen reader.
class ScopeListView : public QScrollArea
{
    Q_OBJECT

public:
    enum class ScopeStatus {
        ToBeRequested,
        Granted,
        NotRequested,
        NotGranted,
        NeedsAdministrator,
        NotForPersonalAccounts,
    };

    explicit ScopeListView(QWidget *parent = nullptr);

    // Before consent: exactly these scopes (what the next authorize request carries), grouped.
    void showBeforeConsent(const QStringList &scopes);
    // After consent: every scope of the catalogue with its status for this session.
    void showAfterConsent(const QStringList &requested, const ConsentState &state);

    QStringList shownScopes() const { return m_shown; }
    static ScopeStatus statusOf(const ScopeInfo &scope, const QStringList &requested, const ConsentState &state);
    static QString statusText(ScopeStatus status);

private:
    void clear();
    QWidget *addCard(const ScopeInfo &scope, std::optional<ScopeStatus> status);
    void addGroupHeader(ScopeGroup group);

    QWidget *m_content;
    QVBoxLayout *m_layout;
    QStringList m_shown;
};

} // namespace MentorDesk
