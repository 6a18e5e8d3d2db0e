#include "MemorySecretStore.h"

#include <QTimer>

MemorySecretStore::~MemorySecretStore()
{
    // Overwrite before the memory is released; QString's buffers are not otherwise cleared.
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it->fill(QChar(u'\0'));
}

void MemorySecretStore::finishLater(Callback finish, SecretResult result)
{
    // Queued on this object, so a store destroyed first drops its pending answers.
    QTimer::singleShot(0, this, [finish = std::move(finish), result = std::move(result)] { finish(result); });
}

void MemorySecretStore::doRead(const QString &key, Callback finish)
{
    SecretResult result;
    result.key = key;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        result.status = SecretResult::Status::NotFound;
    } else {
        result.status = SecretResult::Status::Ok;
        result.secret = *it;
    }
    finishLater(std::move(finish), std::move(result));
}

void MemorySecretStore::doWrite(const QString &key, const QString &secret, Callback finish)
{
    m_secrets.insert(key, secret);
    SecretResult result;
    result.key = key;
    result.status = SecretResult::Status::Ok;
    finishLater(std::move(finish), std::move(result));
}

void MemorySecretStore::doRemove(const QString &key, Callback finish)
{
    SecretResult result;
    result.key = key;
    result.status = m_secrets.remove(key) > 0 ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
    finishLater(std::move(finish), std::move(result));
}
