#include "KeychainSecretStore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

SecretResult::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretResult::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretResult::Status::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretResult::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        return SecretResult::Status::Failed;
    }
    return SecretResult::Status::Failed;
}

// QtKeychain's Linux back end reports an unreachable keychain (no D-Bus session bus, nothing
// providing org.freedesktop.secrets or KWallet on it) as OtherError with the D-Bus library's
// text, not as NoBackendAvailable: "Could not connect: No such file or directory" (dead bus
// address), "Cannot autolaunch D-Bus without X11 $DISPLAY" (no bus at all),
// "org.freedesktop.DBus.Error.ServiceUnknown: …". To a person these all mean the same thing:
// there is no keychain to use, so ask for the password instead.
bool meansNoKeychain(const QString &errorText)
{
    static const QStringList markers = {
        u"Could not connect"_s,
        u"autolaunch"_s,
        u"org.freedesktop.DBus.Error"_s,
        u"D-Bus"_s,
        u"DBus"_s,
        u"kwalletd"_s,
    };
    for (const QString &marker : markers) {
        if (errorText.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SecretResult resultOf(const QKeychain::Job *job, const QString &key)
{
    SecretResult result;
    result.key = key;
    result.status = statusFor(job->error());
    if (result.status != SecretResult::Status::Ok) {
        result.errorText = job->errorString();
        if (result.status == SecretResult::Status::Failed && meansNoKeychain(result.errorText))
            result.status = SecretResult::Status::Unavailable;
    }
    return result;
}

template<typename JobType> JobType *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true); // deleted after finished
    job->setInsecureFallback(false); // never the plain-text QSettings fallback
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(u"Mailwright"_s, parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &serviceName, QObject *parent)
    : SecretStore(parent)
    , m_serviceName(serviceName)
{
}

// Jobs are children of the store: destroying the store drops pending answers. QtKeychain
// starts the work on the event loop and emits finished() later, never inside start().
void KeychainSecretStore::doRead(const QString &key, Callback finish)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_serviceName, key, this);
    connect(job, &QKeychain::Job::finished, this, [key, finish = std::move(finish)](QKeychain::Job *j) {
        SecretResult result = resultOf(j, key);
        if (result.ok())
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        finish(result);
    });
    QTimer::singleShot(0, job, &QKeychain::Job::start); // never answer inside the caller's call
}

void KeychainSecretStore::doWrite(const QString &key, const QString &secret, Callback finish)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_serviceName, key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
        [key, finish = std::move(finish)](QKeychain::Job *j) { finish(resultOf(j, key)); });
    QTimer::singleShot(0, job, &QKeychain::Job::start); // never answer inside the caller's call
}

void KeychainSecretStore::doRemove(const QString &key, Callback finish)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_serviceName, key, this);
    connect(job, &QKeychain::Job::finished, this,
        [key, finish = std::move(finish)](QKeychain::Job *j) { finish(resultOf(j, key)); });
    QTimer::singleShot(0, job, &QKeychain::Job::start); // never answer inside the caller's call
}
