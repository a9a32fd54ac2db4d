#include "core/services/SingleInstance.h"

#include "core/common/Logging.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace MentorDesk {

namespace {

constexpr int kMaxMessageBytes = 64 * 1024;
constexpr QByteArrayView kAcknowledge = "ok\n";

// Unix socket paths are limited to about 104 bytes (sun_path; macOS's is the shortest): inside the (private)
// profile folder when it fits, else in the per-user runtime folder, both readable by this user only. Windows names
// a pipe instead of a path; pipe names are machine-wide, so the hash of the profile path (which holds the user's
// name) keeps users apart, and UserAccessOption limits the pipe's ACL to this user
// (https://doc.qt.io/qt-6/qlocalserver.html#SocketOption-enum).
QString serverNameFor(const QString &profileDirectory)
{
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QDir(profileDirectory).absolutePath().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(20));
#ifdef Q_OS_WIN
    return u"mentordesk-"_s + hash;
#else
    const QString inProfile = QDir(profileDirectory).absoluteFilePath(u"mentordesk.socket"_s);
    if (inProfile.toUtf8().size() < 100)
        return inProfile;
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return QDir(runtime.isEmpty() ? QDir::tempPath() : runtime).absoluteFilePath(u"mentordesk-%1.socket"_s.arg(hash));
#endif
}

QString lockPathIn(const QString &profileDirectory)
{
    QDir().mkpath(profileDirectory);
    return QDir(profileDirectory).absoluteFilePath(u"mentordesk.lock"_s);
}

} // namespace

SingleInstance::SingleInstance(const QString &profileDirectory, QObject *parent)
    : QObject(parent)
    , m_lock(lockPathIn(profileDirectory))
    , m_serverName(serverNameFor(profileDirectory))
{
    m_lock.setStaleLockTime(0); // never stale by age: only when the process that holds it is gone
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

SingleInstance::Role SingleInstance::start()
{
    if (!m_lock.tryLock(0)) {
        if (m_lock.error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString application;
            m_lock.getLockInfo(&pid, &host, &application);
            qCInfo(lcApp) << "MentorDesk already runs for this profile (process" << pid << ")";
            return Role::Secondary;
        }
        m_error = tr("MentorDesk could not create its lock file, so it cannot make sure it runs only once.");
        qCWarning(lcApp) << "cannot create the single-instance lock:" << int(m_lock.error());
        return Role::Unguarded;
    }
    // We hold the lock: any socket under our name is a leftover of a crashed run.
    QLocalServer::removeServer(m_serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        // Still the only instance (the lock says so); later starts just cannot hand over their command line.
        qCWarning(lcApp) << "cannot listen for later starts:" << m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Role::Primary;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return Role::Primary;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxMessageBytes)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(kMaxMessageBytes);
            const QJsonDocument document = QJsonDocument::fromJson(line);
            if (!document.isArray()) {
                socket->abort();
                return;
            }
            QStringList arguments;
            for (const QJsonValue &value : document.array())
                arguments << value.toString();
            socket->write(kAcknowledge.data(), kAcknowledge.size());
            socket->disconnectFromServer();
            qCInfo(lcApp) << "activated by a second start with" << arguments.size() - 1 << "argument(s)";
            Q_EMIT activated(arguments);
        });
    }
}

bool SingleInstance::forward(const QStringList &arguments, int timeoutMs)
{
    const QByteArray message
        = QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n';
    const QDeadlineTimer deadline(timeoutMs);
    // The first instance may be between taking the lock and listening: try again until the deadline.
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (!socket.waitForConnected(int(std::max<qint64>(1, deadline.remainingTime())))) {
            QThread::msleep(50);
            continue;
        }
        socket.write(message);
        if (!socket.waitForBytesWritten(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
        QByteArray answer;
        while (!answer.contains('\n') && socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            answer += socket.readAll();
        if (answer.startsWith(QByteArray(kAcknowledge.data(), kAcknowledge.size())))
            return true;
        break;
    }
    m_error = tr("MentorDesk is already running but did not answer. Close it, or end it in your system's task "
                 "manager, and start MentorDesk again.");
    return false;
}

} // namespace MentorDesk
