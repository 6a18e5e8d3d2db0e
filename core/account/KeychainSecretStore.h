#pragma once

#include "SecretStore.h"

// Passwords in the operating system's keychain through QtKeychain (Secret Service such as
// gnome-keyring, or KWallet), under the service name "Mailwright" and one key per profile.
// With no keychain reachable every request ends with SecretResult::Status::Unavailable; the
// caller then asks for the password and keeps it in a MemorySecretStore.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    // Another service name keeps tests away from the person's real entries.
    KeychainSecretStore(const QString &serviceName, QObject *parent);

    QString serviceName() const { return m_serviceName; }

protected:
    void doRead(const QString &key, Callback finish) override;
    void doWrite(const QString &key, const QString &secret, Callback finish) override;
    void doRemove(const QString &key, Callback finish) override;

private:
    QString m_serviceName;
};
