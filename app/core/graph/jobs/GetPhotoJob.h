#pragma once

#include "core/graph/GraphJob.h"

#include <QByteArray>
#include <QString>

namespace MentorDesk {

// GET /me/photo/$value (or /me/photos/{size}/$value): the signed-in user's photo as bytes plus content type.
// "No photo" (404 ImageNotFound / ErrorItemNotFound) is a normal, successful outcome: hasPhoto() is false and
// the UI shows initials. Other failures end the job as usual.
class GetPhotoJob : public GraphJob
{
    Q_OBJECT

public:
    // size: empty for the largest available, or one of Graph's square sizes ("48x48", "96x96", "240x240", ...).
    explicit GetPhotoJob(GraphClient *client, const QString &size = {}, QObject *parent = nullptr);

    bool hasPhoto() const { return !m_photo.isEmpty(); }
    const QByteArray &photo() const { return m_photo; }
    const QString &contentType() const { return m_contentType; } // e.g. "image/jpeg"

protected:
    GraphRequest buildRequest() const override;
    bool parseResponse(const GraphResponse &response) override;
    bool acceptErrorResponse(const GraphResponse &response) override;
    bool expectsJson() const override { return false; }

private:
    QString m_size;
    QByteArray m_photo;
    QString m_contentType;
};

} // namespace MentorDesk
