#pragma once

#include "AccountProfile.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class ProfileStore;

// Where a profile's password was found (or why not).
struct PasswordLookup
{
    enum class Source {
        None, // not stored anywhere reachable: ask the person
        Keychain,
        Memory, // typed earlier in this run because no keychain was reachable
        SettingsFile, // the person's explicit opt-in
    };
    Source source = Source::None;
    QString secret;
    // How the keychain answered (Ok also for "no entry"); Unavailable means there is none to use,
    // so a prompt should offer "keep for this session" and the settings-file opt-in instead.
    SecretResult::Status keychainStatus = SecretResult::Status::Ok;
    QString keychainError; // the keychain's own words, empty when it answered normally

    bool found() const { return source != Source::None; }
    bool keychainUsable() const
    {
        return keychainStatus == SecretResult::Status::Ok || keychainStatus == SecretResult::Status::NotFound;
    }
};

// Where store() put a password.
struct PasswordStoreResult
{
    PasswordLookup::Source storedIn = PasswordLookup::Source::None;
    SecretResult::Status keychainStatus = SecretResult::Status::Ok;
    QString message; // translated; set when it did not land where the profile asked for
    bool ok() const { return message.isEmpty(); }
};

// One place that knows where passwords live, so the composer, the profile dialog and
// mailwright-send agree: the OS keychain by default; when no keychain is reachable, what the
// person typed, in this process's memory only; the settings file only for profiles whose
// passwordStorage is SettingsFile (ProfileStore keeps that one). Asynchronous like SecretStore:
// every callback runs later on the event loop, once, and not at all if `context` is gone.
class PasswordVault : public QObject
{
    Q_OBJECT
public:
    using LookupCallback = std::function<void(const PasswordLookup &)>;
    using StoreCallback = std::function<void(const PasswordStoreResult &)>;

    // Neither is owned; both must outlive the vault. `profiles` may be null (no settings-file
    // passwords then).
    PasswordVault(SecretStore *keychain, ProfileStore *profiles, QObject *parent = nullptr);

    // Memory first (what was typed or read in this run), then the settings file when the profile
    // opted in, then the keychain.
    void lookup(const AccountProfile &profile, QObject *context, LookupCallback done);

    // Saves where the profile says: the settings file (removing any keychain copy), or the
    // keychain. A keychain that cannot be reached or refuses leaves the password in memory for
    // this run; the result says so, for the person to decide about the settings-file opt-in.
    void store(const AccountProfile &profile, const QString &password, QObject *context, StoreCallback done);

    // For this run only, never written anywhere ("ask when sending" without a keychain).
    void keepForSession(const AccountProfile &profile, const QString &password);
    // Drops the in-memory copy, e.g. after the server refused it.
    void forgetForSession(const AccountProfile &profile);
    // Removes the password everywhere: memory, keychain, settings file. `done` may be null.
    void forget(const AccountProfile &profile, QObject *context, StoreCallback done);

    // Copies the password of `from` to `to` (profile duplication), wherever it is found.
    void copy(const AccountProfile &from, const AccountProfile &to, QObject *context, StoreCallback done);

    SecretStore *keychain() const { return m_keychain; }

private:
    QPointer<SecretStore> m_keychain;
    ProfileStore *m_profiles = nullptr;
    QHash<QString, QString> m_session; // secretKey() → password
};
