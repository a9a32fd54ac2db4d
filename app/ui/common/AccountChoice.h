#pragma once

#include <QList>
#include <QPointer>

class QComboBox;

namespace MentorDesk {

class AccountServices;

// The account combo of the dialogs that act as one of several accounts (New session's organiser, the composer's
// account): one item per account, labelled "Name (address)" (AccountServices::displayLabel()).
class AccountChoice
{
public:
    // Refills combo with the accounts still alive, current selected, without emitting index changes.
    static void fill(QComboBox *combo, const QList<QPointer<AccountServices>> &accounts, const AccountServices *current);
    // The account of item index; null for none.
    static AccountServices *accountAt(const QComboBox *combo, int index);
};

} // namespace MentorDesk
