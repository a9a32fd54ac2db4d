#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QNetworkReply>

namespace MentorDesk {

// How a QNetworkReply ended, as GraphCall and the token refresh (auth/TokenRefreshJob) read it.
namespace HttpTransport {

// QNetworkReply reports HTTP error statuses as NetworkError values too; those still mean "a reply arrived".
bool isHttpLevelError(QNetworkReply::NetworkError error);
// The request never reached the server: refused, host not found, no network, TLS or proxy failure.
bool neverLeftThisComputer(QNetworkReply::NetworkError error);
// A reply QNAM reports as complete although its body is shorter than its Content-Length (a reset mid-body); only
// where the body is not compressed, since Content-Length then counts the compressed bytes.
bool isCutShort(const QNetworkReply *reply, const QByteArray &body);

} // namespace HttpTransport

// A request body QNetworkAccessManager can read once only. QNAM re-sends a request by itself when the server
// closes the connection before answering (HTTP/1.1 keep-alive recovery), whatever the method: for a write whose
// reply was lost that would be a second, unseen write, and for any request an attempt nobody counted. It cannot
// rewind this body, so it fails the reply with ContentReSendError instead, and the caller decides whether to try
// again. Send it with Content-Length set and QNetworkRequest::DoNotBufferUploadDataAttribute.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace MentorDesk
