#pragma once

#include "core/graph/GraphJob.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace MentorDesk {

// A GET of a Graph collection ({"value":[…], "@odata.nextLink"?, "@odata.deltaLink"?}) that follows
// @odata.nextLink verbatim, page after page, until it is absent, up to maxPages (then it stops with
// pageCapReached() and the remaining nextLink()). Every page is requested with the first request's headers
// (Prefer: outlook.timezone and odata.maxpagesize apply per request). cancel() stops between pages.
//
// Standalone it fetches every page. Inside a GraphBatchJob the first page arrives through the batch and the
// job then follows the nextLinks on its own, so a caller writes the same code either way.
//
// Use it as is (items() are the raw objects) or subclass it and override parseItem() to build value types:
//
//     class CalendarViewJob : public GraphCollectionJob {
//     public:
//         CalendarViewJob(GraphClient *c, GraphRequest first, QObject *p = nullptr)
//             : GraphCollectionJob(c, std::move(first), p) {}
//         QList<Event> events() const { return m_events; }
//     protected:
//         bool parseItem(const QJsonObject &item) override {
//             m_events.append(Event::fromJson(item));
//             return true;                       // false -> MalformedReply
//         }
//     private:
//         QList<Event> m_events;
//     };
class GraphCollectionJob : public GraphJob
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxPages = 50;

    GraphCollectionJob(GraphClient *client, GraphRequest firstRequest, QObject *parent = nullptr);

    // Default true. False: only the first page (nextLink() then holds the rest).
    void setFollowNextLinks(bool follow) { m_followNextLinks = follow; }
    bool followNextLinks() const { return m_followNextLinks; }
    void setMaxPages(int maxPages) { m_maxPages = qMax(1, maxPages); }
    int maxPages() const { return m_maxPages; }

    // Every item of every page, in order, unless a subclass's parseItem() keeps them itself.
    const QList<QJsonObject> &items() const { return m_items; }
    int pageCount() const { return m_pageCount; }
    // The link to the next page when the job stopped before the end (cap reached or not following), else empty.
    QUrl nextLink() const { return m_nextLink; }
    // @odata.deltaLink of the last page, when the collection is a delta query.
    QUrl deltaLink() const { return m_deltaLink; }
    bool pageCapReached() const { return m_pageCapReached; }
    const GraphRequest &firstRequest() const { return m_firstRequest; }

Q_SIGNALS:
    // After each page is parsed: pageIndex counts from 0; itemCount is the number of items on that page.
    void pageReceived(int pageIndex, int itemCount);

protected:
    GraphRequest buildRequest() const override { return m_firstRequest; }
    bool parseResponse(const GraphResponse &response) override;
    std::optional<GraphRequest> nextRequest() override;

    // One item of "value". Default: append to items(). Return false if it is unusable (-> MalformedReply).
    virtual bool parseItem(const QJsonObject &item);
    // Clears the collected state (items, links, counts) before a restart from the first request.
    virtual void resetCollection();

    void setFirstRequest(const GraphRequest &request) { m_firstRequest = request; }
    bool readLink(const QJsonObject &page, QLatin1StringView annotation, QUrl *link);

private:
    GraphRequest m_firstRequest;
    QList<QJsonObject> m_items;
    QUrl m_nextLink;
    QUrl m_deltaLink;
    int m_pageCount = 0;
    int m_maxPages = kDefaultMaxPages;
    bool m_followNextLinks = true;
    bool m_pageCapReached = false;
};

} // namespace MentorDesk
