#pragma once

#include "core/model/EmailAddress.h"
#include "core/model/OnlineMeetingProvider.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

namespace MentorDesk {

// One entry of GET /me/calendars: the user's own calendars and the ones colleagues share or delegate to them.
struct Calendar
{
    // Derived, not a Graph property (docs/graph/calendars.md#calendar-list): a calendar is Own when its owner is the
    // signed-in user; a foreign calendar is a Delegate when Graph says canEdit, else SharedReadOnly. MentorDesk has no
    // Calendars.ReadWrite.Shared, so it never writes to a foreign calendar either way (see isWritable()).
    enum class Kind { Own, SharedReadOnly, Delegate };
    enum class Color {
        Auto,
        LightBlue,
        LightGreen,
        LightOrange,
        LightGray,
        LightYellow,
        LightTeal,
        LightPink,
        LightBrown,
        LightRed,
        MaxColor
    };

    QString id;
    QString name; // for a shared calendar Graph puts the owner's name here
    Color color = Color::Auto;
    QString hexColor; // "#RRGGBB" or empty ("" when the user never picked one)
    QString changeKey;
    EmailAddress owner;
    bool canEdit = false;
    bool canShare = false;
    bool canViewPrivateItems = false;
    bool isDefaultCalendar = false;
    bool isRemovable = false;
    bool isTallyingResponses = false;
    QList<OnlineMeetingProvider> allowedOnlineMeetingProviders;
    OnlineMeetingProvider defaultOnlineMeetingProvider = OnlineMeetingProvider::Unknown;
    Kind kind = Kind::Own;

    bool isOwn() const { return kind == Kind::Own; }
    // Whether MentorDesk may create or change events here (own and editable).
    bool isWritable() const { return kind == Kind::Own && canEdit; }
    bool isReadOnly() const { return !isWritable(); }
    bool allowsTeamsMeetings() const
    {
        return allowedOnlineMeetingProviders.contains(OnlineMeetingProvider::TeamsForBusiness);
    }
    // For a foreign calendar, the owner's address used as {upn} in /users/{upn}/calendar/calendarView (Graph
    // only reports the SMTP address, which is the UPN in almost every tenant); empty for own calendars.
    QString ownerUpn() const { return kind == Kind::Own ? QString() : owner.address; }
    // "#RRGGBB" to paint with: hexColor, else an Outlook-like colour for the color enum, else empty (Auto: the
    // view picks one, e.g. by position).
    QString displayColor() const;

    // signedInAddress: the user's mail or UPN (UserProfile::primaryAddress()); when empty the kind is guessed
    // from canShare/isDefaultCalendar (a calendar shared with you is never shareable by you).
    static Calendar fromJson(const QJsonValue &json, const QString &signedInAddress = {});
    // Graph's shape (the kind is not a Graph property and is not written).
    QJsonObject toJson() const;
    static Kind deriveKind(const Calendar &calendar, const QString &signedInAddress);
    static Color colorFromString(QStringView text); // unknown -> Auto
    static QString colorToString(Color color);

    friend bool operator==(const Calendar &, const Calendar &) = default;
};

} // namespace MentorDesk

Q_DECLARE_METATYPE(MentorDesk::Calendar)
