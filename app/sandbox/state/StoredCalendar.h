#pragma once

#include <QString>

namespace MentorDesk::Sandbox {

struct StoredCalendar
{
    QString id;
    QString mailbox; // owner UPN (lower case)
    QString name;
    QString color = QStringLiteral("auto");
    QString hexColor;
    bool isDefault = false;
    QString changeKey;
};

} // namespace MentorDesk::Sandbox
