#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;

namespace MentorDesk {

class ScopeListView;

// Shown before anything is sent to Microsoft: the permissions the next sign-in round will request, what each
// allows and why, what MentorDesk never does, and the "Stay signed in" opt-in. Continue starts the round.
class ConsentReviewDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Round {
        SignIn,
        Teams,
    };

    ConsentReviewDialog(Round round, bool staySignedIn, QWidget *parent = nullptr);

    bool staySignedIn() const;
    // Exactly what the authorize request will carry if the user continues now.
    QStringList scopesToRequest() const;
    QStringList shownScopes() const;

private:
    void refresh();

    Round m_round;
    ScopeListView *m_scopes;
    QCheckBox *m_staySignedIn;
    QLabel *m_staySignedInNote;
};

} // namespace MentorDesk
