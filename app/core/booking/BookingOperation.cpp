#include "core/booking/BookingOperation.h"

#include <QMetaObject>

namespace MentorDesk {

BookingOperation::BookingOperation(BookingResult::Operation operation, QObject *parent)
    : QObject(parent)
{
    m_result.operation = operation;
}

BookingOperation::~BookingOperation() = default;

void BookingOperation::setProgress(const QString &text)
{
    if (m_finished || text == m_progress)
        return;
    m_progress = text;
    Q_EMIT progressChanged(text);
}

void BookingOperation::finish(BookingResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_canceller = {};
    result.operation = m_result.operation;
    m_result = result;
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished(m_result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

void BookingOperation::cancel()
{
    if (m_finished)
        return;
    if (auto canceller = std::move(m_canceller)) {
        m_canceller = {};
        canceller();
    }
}

} // namespace MentorDesk
