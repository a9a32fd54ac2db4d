#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTime>

namespace MentorDesk::Sandbox {

// A person in the sandbox tenant; each has a mailbox (calendars) keyed by the lower-case UPN.
struct User
{
    QString id; // object id (GUID)
    QString displayName;
    QString givenName;
    QString surname;
    QString upn; // also the mail address
    QString jobTitle;
    QString officeLocation;
    QString mobilePhone;
    QStringList businessPhones;
    QString preferredLanguage = QStringLiteral("en-US");
    QString workTimeZone = QStringLiteral("W. Europe Standard Time"); // Windows zone name of the working hours
    // Working hours in workTimeZone (mailboxSettings.workingHours; getSchedule returns them).
    QStringList workDays{QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                         QStringLiteral("thursday"), QStringLiteral("friday")};
    QTime workStart = QTime(8, 0);
    QTime workEnd = QTime(17, 0);
    bool hasPhoto = false;
    // Calendar sharing towards the mentor: "none", "read" or "delegate" (canEdit).
    QString sharesWithMentor = QStringLiteral("none");
};

} // namespace MentorDesk::Sandbox
