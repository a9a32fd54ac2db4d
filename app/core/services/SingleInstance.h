#pragma once

#include <QLockFile>
#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;

namespace MentorDesk {

// One MentorDesk per user profile, so two windows never send the same writes (the outbox, drafts and caches of a
// profile belong to one process). The first start holds a QLockFile in the profile folder and listens on a local
// socket there; a later start finds the lock held by a live process, hands its command line to the first one,
// which raises its window, and exits. A lock left by a crashed process is taken over: QLockFile checks, on Unix,
// macOS and Windows alike, whether the process that wrote it still runs on this host
// (https://doc.qt.io/qt-6/qlockfile.html#details), so no platform's process API is needed here.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary, // this process holds the profile
        Secondary, // another live MentorDesk holds it: forward() and exit
        Unguarded, // the lock could not be created (read-only profile folder): run, but say so
    };

    // profileDirectory: the per-user data folder (created if missing).
    explicit SingleInstance(const QString &profileDirectory, QObject *parent = nullptr);
    ~SingleInstance() override;

    Role start();
    // From a secondary: delivers the arguments to the primary; true once it acknowledged them (within timeoutMs).
    bool forward(const QStringList &arguments, int timeoutMs = 800);
    QString errorString() const { return m_error; }
    // The local socket's name (a path on Unix), for tests and logs.
    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    // In the primary: a second start handed over its command line (program name first).
    void activated(const QStringList &arguments);

private:
    void onConnection();

    QLockFile m_lock;
    QString m_serverName;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace MentorDesk
