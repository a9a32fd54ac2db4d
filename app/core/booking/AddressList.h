#pragma once

#include "core/model/EmailAddress.h"

#include <QList>
#include <QString>

namespace MentorDesk {

// Mentee addresses as the user types them: "Priya Sharma <priya@contoso.com>, jonas@contoso.com; "Rossi, Sofia"
// <sofia@contoso.com>". Commas and semicolons separate entries (not inside quotes or angle brackets).
class AddressList
{
public:
    // Entries in order; a repeated address (case-insensitive) is kept once. A piece that is not an address is
    // kept as EmailAddress{address = the piece} so validation can name it.
    static QList<EmailAddress> parse(const QString &text);
    // "Priya Sharma <priya@contoso.com>, jonas@contoso.com" (names with a comma or quote are quoted).
    static QString format(const QList<EmailAddress> &addresses);
    static QString formatOne(const EmailAddress &address);
    // A plausible internet address (local@domain.tld); deliberately not the whole of RFC 5322.
    static bool isValidAddress(const QString &address);
};

} // namespace MentorDesk
