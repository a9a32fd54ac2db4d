#pragma once

#include "core/graph/GraphCollectionJob.h"

namespace MentorDesk {

// One delta round (e.g. GET /me/calendarView/delta?startDateTime=…&endDateTime=…): follows nextLinks until
// Graph hands out an @odata.deltaLink, which the caller stores and passes in next time to get only changes.
// Items with "@removed" (deleted, or changed to fall outside the window) land in removed(); the others in
// items() (or a subclass's parseChange()).
//
// When a stored link has expired (syncStateNotFound / resyncRequired), the job restarts once from the initial
// request by itself and reports isFullSync(): the caller then replaces its copy instead of merging. Without an
// initial request it ends with GraphStatus::ResyncRequired, and the caller starts a full sync.
class GraphDeltaJob : public GraphCollectionJob
{
    Q_OBJECT

public:
    struct Removal
    {
        QString id;
        QString reason; // "deleted" or "changed"
        friend bool operator==(const Removal &, const Removal &) = default;
    };

    // storedDeltaLink: the deltaLink() of the previous round, or empty for a first (full) round.
    GraphDeltaJob(GraphClient *client, const GraphRequest &initialRequest, const QUrl &storedDeltaLink = {},
                  QObject *parent = nullptr);

    const QList<Removal> &removed() const { return m_removed; }
    // True when items() are the complete state (first round, or restarted after the stored link expired).
    bool isFullSync() const { return m_fullSync; }
    bool restartedAfterExpiry() const { return m_restarted; }

protected:
    bool parseItem(const QJsonObject &item) final;
    // A changed or added item. Default: append to items().
    virtual bool parseChange(const QJsonObject &item);
    bool acceptErrorResponse(const GraphResponse &response) override;
    std::optional<GraphRequest> nextRequest() override;
    void resetCollection() override;

private:
    GraphRequest m_initialRequest;
    QList<Removal> m_removed;
    bool m_fullSync = true;
    bool m_restarted = false;
    bool m_restartPending = false;
};

} // namespace MentorDesk
