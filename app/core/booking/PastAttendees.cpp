#include "core/booking/PastAttendees.h"

#include "core/booking/AddressList.h"

#include <QHash>

#include <algorithm>

namespace MentorDesk {

QList<EmailAddress> PastAttendees::fromEvents(const QList<Event> &events, const QString &ownAddress)
{
    struct Seen
    {
        EmailAddress address;
        int count = 0;
        QDateTime last;
    };
    QHash<QString, Seen> people;
    const QString own = ownAddress.toCaseFolded();
    const auto note = [&](const EmailAddress &address, const QDateTime &when) {
        if (!AddressList::isValidAddress(address.address))
            return;
        const QString key = address.address.toCaseFolded();
        if (key == own)
            return;
        Seen &seen = people[key];
        ++seen.count;
        if (seen.address.address.isEmpty()
            || (!address.name.isEmpty() && (!seen.last.isValid() || when >= seen.last))) {
            seen.address = address;
            seen.last = when;
        }
    };
    for (const Event &event : events) {
        for (const Attendee &attendee : event.attendees) {
            if (attendee.type != Attendee::Type::Resource)
                note(attendee.emailAddress, event.start);
        }
        note(event.organizer, event.start);
    }
    QList<Seen> sorted = people.values();
    std::sort(sorted.begin(), sorted.end(), [](const Seen &a, const Seen &b) {
        if (a.count != b.count)
            return a.count > b.count;
        const int byName = a.address.displayName().compare(b.address.displayName(), Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.address.address < b.address.address;
    });
    QList<EmailAddress> result;
    result.reserve(sorted.size());
    for (const Seen &seen : std::as_const(sorted))
        result.append(seen.address);
    return result;
}

} // namespace MentorDesk
