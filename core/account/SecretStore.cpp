#include "SecretStore.h"

using namespace Qt::StringLiterals;

SecretStore::Callback SecretStore::guarded(QObject *context, Callback done)
{
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    return [guard, hadContext, done = std::move(done)](const SecretResult &result) {
        if (hadContext && guard.isNull())
            return; // the asker is gone
        if (done)
            done(result);
    };
}

void SecretStore::read(const QString &key, QObject *context, Callback done)
{
    doRead(key, guarded(context, std::move(done)));
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    doWrite(key, secret, guarded(context, std::move(done)));
}

void SecretStore::remove(const QString &key, QObject *context, Callback done)
{
    doRemove(key, guarded(context, std::move(done)));
}

void SecretStore::checkAvailable(QObject *context, Callback done)
{
    Callback finish = guarded(context, std::move(done));
    doRead(u"mailwright/availability-probe"_s, [finish](const SecretResult &result) {
        SecretResult verdict = result;
        verdict.secret.clear();
        if (result.status == SecretResult::Status::NotFound)
            verdict.status = SecretResult::Status::Ok;
        finish(verdict);
    });
}
