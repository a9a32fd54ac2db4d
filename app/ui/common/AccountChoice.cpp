#include "ui/common/AccountChoice.h"

#include "core/services/AccountServices.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace MentorDesk {

void AccountChoice::fill(QComboBox *combo, const QList<QPointer<AccountServices>> &accounts,
                         const AccountServices *current)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const QPointer<AccountServices> &account : accounts) {
        if (!account)
            continue;
        combo->addItem(account->displayLabel(), QVariant::fromValue(static_cast<QObject *>(account.data())));
        if (account == current)
            combo->setCurrentIndex(combo->count() - 1);
    }
}

AccountServices *AccountChoice::accountAt(const QComboBox *combo, int index)
{
    return qobject_cast<AccountServices *>(combo->itemData(index).value<QObject *>());
}

} // namespace MentorDesk
