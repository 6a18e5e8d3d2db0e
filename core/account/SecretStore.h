#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

// How one secret operation ended.
struct SecretResult
{
    Q_GADGET
public:
    enum class Status {
        Ok,
        NotFound, // no secret under that key (read, remove)
        Unavailable, // no keychain reachable (no D-Bus session, no Secret Service/KWallet):
                     // ask for the password and keep it in a MemorySecretStore
        Denied, // the keychain refused (locked and the person declined)
        Failed, // anything else; see errorText
    };
    Q_ENUM(Status)

    Status status = Status::Failed;
    QString key;
    QString secret; // read only
    QString errorText; // the keychain's own words, for the log; empty when Ok
    bool ok() const { return status == Status::Ok; }
};
Q_DECLARE_METATYPE(SecretResult)

// Where passwords live, behind one asynchronous interface (QtKeychain's jobs are asynchronous;
// nothing here blocks or runs a nested event loop). Each call returns at once; `done` runs
// exactly once, later, on the event loop — never from inside the call — unless `context` has
// been destroyed by then, in which case it is dropped. Keys are AccountProfile::secretKey().
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;

    using QObject::QObject;

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &secret, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

    // Whether the store can be used at all: reads a key that does not exist. Ok (found or
    // NotFound) → status Ok; otherwise the failing status (Unavailable when no keychain).
    void checkAvailable(QObject *context, Callback done);

protected:
    // Implementations finish every request by calling `finish`, asynchronously.
    virtual void doRead(const QString &key, Callback finish) = 0;
    virtual void doWrite(const QString &key, const QString &secret, Callback finish) = 0;
    virtual void doRemove(const QString &key, Callback finish) = 0;

private:
    static Callback guarded(QObject *context, Callback done);
};
