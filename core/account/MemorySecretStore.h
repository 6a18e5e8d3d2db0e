#pragma once

#include "SecretStore.h"

#include <QHash>

// The no-keychain path: secrets the person typed, kept in this process's memory only and
// forgotten when it ends. Same asynchronous contract as every SecretStore.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;

protected:
    void doRead(const QString &key, Callback finish) override;
    void doWrite(const QString &key, const QString &secret, Callback finish) override;
    void doRemove(const QString &key, Callback finish) override;

private:
    void finishLater(Callback finish, SecretResult result);

    QHash<QString, QString> m_secrets;
};
