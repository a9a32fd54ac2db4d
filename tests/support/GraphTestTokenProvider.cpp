#include "support/GraphTestTokenProvider.h"

#include <QMetaObject>

namespace MentorDesk::Test {

GraphTestTokenProvider::GraphTestTokenProvider(const QString &token, QObject *parent)
    : AccessTokenProvider(parent)
    , m_token(token)
{ }

void GraphTestTokenProvider::setNextToken(const QString &token)
{
    m_refresher = [token] {
        return token;
    };
}

void GraphTestTokenProvider::requestReauthentication()
{
    if (m_running)
        return;
    m_running = true;
    ++m_count;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_running = false;
            const QString token = m_refresher ? m_refresher() : QString();
            if (!token.isEmpty())
                m_token = token;
            Q_EMIT reauthenticationFinished(!token.isEmpty());
        },
        Qt::QueuedConnection);
}

} // namespace MentorDesk::Test
