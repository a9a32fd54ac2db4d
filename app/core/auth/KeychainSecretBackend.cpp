#include "core/auth/KeychainSecretBackend.h"

#include "core/auth/SecretServiceLock.h"
#include "core/common/Logging.h"

#include <qt6keychain/keychain.h>

namespace MentorDesk {

namespace {

SecretBackend::Result resultOf(const QKeychain::Job *job)
{
    SecretBackend::Result result;
    result.errorString = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretBackend::Status::Ok;
        result.errorString.clear();
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretBackend::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // QtKeychain 0.13 reports a missing Secret Service or D-Bus session as OtherError ("The name
        // org.freedesktop.secrets was not provided...", "Could not connect..."): the keychain is not usable.
        result.status = SecretBackend::Status::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = SecretBackend::Status::Error;
        break;
    }
    return result;
}

template<typename JobType>
void run(JobType *job, QObject *context, SecretBackend::Callback callback)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(
        job, &QKeychain::Job::finished, context, [callback = std::move(callback)](QKeychain::Job *finished) {
            SecretBackend::Result result = resultOf(finished);
            // A locked keyring whose unlock prompt went unanswered reads as "not found" and refuses writes as
            // "other error": tell that apart, so nobody is signed out as if the sign-in had never been saved.
            if ((result.status == SecretBackend::Status::NotFound
                 || result.status == SecretBackend::Status::Unavailable)
                && SecretServiceLock::isDefaultCollectionLocked()) {
                result.status = SecretBackend::Status::Locked;
                if (result.errorString.isEmpty())
                    result.errorString = QStringLiteral("the keyring is locked");
            }
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
                read && result.status == SecretBackend::Status::Ok)
                result.data = read->binaryData();
            if (result.status != SecretBackend::Status::Ok && result.status != SecretBackend::Status::NotFound)
                qCWarning(lcKeychain) << "keychain operation failed:" << result.errorString;
            callback(result);
        });
    job->start();
}

} // namespace

KeychainSecretBackend::KeychainSecretBackend(QString service)
    : m_service(std::move(service))
{ }

void KeychainSecretBackend::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(callback));
}

void KeychainSecretBackend::write(const QString &key, const QByteArray &data, QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(data);
    run(job, context, std::move(callback));
}

void KeychainSecretBackend::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(callback));
}

} // namespace MentorDesk
