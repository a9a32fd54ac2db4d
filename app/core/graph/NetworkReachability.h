#pragma once

#include <QObject>

namespace MentorDesk {

// "Is there a network at all?" as the outbox needs it. This base class is driven by hand (tests, platforms
// without a backend: it then stays online and sending attempts find out); SystemNetworkReachability follows
// QNetworkInformation.
class NetworkReachability : public QObject
{
    Q_OBJECT

public:
    explicit NetworkReachability(QObject *parent = nullptr);
    ~NetworkReachability() override;

    bool isOnline() const { return m_online; }
    void setOnline(bool online);

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    bool m_online = true;
};

} // namespace MentorDesk
