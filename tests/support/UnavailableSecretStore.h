#pragma once

#include "account/SecretStore.h"

#include <QTimer>

// A keychain that is never there, as in a session without D-Bus or a Secret Service: every
// request ends Unavailable, later on the event loop, like the real one.
class UnavailableSecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;

protected:
    void doRead(const QString &key, Callback finish) override { unavailable(key, std::move(finish)); }
    void doWrite(const QString &key, const QString &, Callback finish) override { unavailable(key, std::move(finish)); }
    void doRemove(const QString &key, Callback finish) override { unavailable(key, std::move(finish)); }

private:
    void unavailable(const QString &key, Callback finish)
    {
        QTimer::singleShot(0, this, [key, finish = std::move(finish)] {
            SecretResult result;
            result.status = SecretResult::Status::Unavailable;
            result.key = key;
            result.errorText = QStringLiteral("No such interface “org.freedesktop.Secret.Service”");
            finish(result);
        });
    }
};
