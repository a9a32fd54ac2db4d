#pragma once

#include "core/booking/SessionDraft.h"
#include "core/consent/Feature.h"
#include "core/consent/FeatureGate.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace MentorDesk {

class BookingOperation;
class Clock;
class DraftStore;
class GraphClient;

// "Just give me a Teams link" (BookingService::createMeetingLink): createOrGet keyed by the draft's
// meetingExternalId, so asking again returns the same meeting. No calendar entry, no invitation. On success the
// draft has served its purpose and is removed.
class MeetingLinkCreator : public QObject
{
    Q_OBJECT

public:
    // client, drafts and clock are not owned and must outlive the creator; gate answers FeatureGate's question for
    // the signed-in account.
    MeetingLinkCreator(GraphClient *client, DraftStore *drafts, Clock *clock,
                       std::function<FeatureAvailability(Feature)> gate, QObject *parent = nullptr);

    BookingOperation *create(const SessionDraft &draft);

private:
    GraphClient *m_client;
    QPointer<DraftStore> m_drafts;
    Clock *m_clock;
    std::function<FeatureAvailability(Feature)> m_gate;
};

} // namespace MentorDesk
