#pragma once

#include "account/SecretStore.h"

#include <QList>

#include <utility>

// A keychain that answers only when told, like one showing its unlock prompt: every request
// waits until answer().
class HeldSecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;

    void answer(const QString &secret, SecretResult::Status status = SecretResult::Status::Ok)
    {
        const QList<Callback> waiting = std::exchange(m_waiting, {});
        for (const Callback &finish : waiting) {
            SecretResult result;
            result.status = status;
            result.secret = secret;
            finish(result);
        }
    }
    int waiting() const { return int(m_waiting.size()); }

protected:
    void doRead(const QString &, Callback finish) override { m_waiting << finish; }
    void doWrite(const QString &, const QString &, Callback finish) override { m_waiting << finish; }
    void doRemove(const QString &, Callback finish) override { m_waiting << finish; }

private:
    QList<Callback> m_waiting;
};
