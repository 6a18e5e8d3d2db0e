#include "PasswordVault.h"

#include "ProfileStore.h"

#include <QTimer>

namespace {

// The callback, dropped when its context has been destroyed meanwhile.
template<typename Result> std::function<void(const Result &)> guarded(QObject *context, std::function<void(const Result &)> done)
{
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    return [guard, hadContext, done = std::move(done)](const Result &result) {
        if ((hadContext && guard.isNull()) || !done)
            return;
        done(result);
    };
}

// Never call back from inside the call: callers connect and set state after asking.
template<typename Result> void finishLater(QObject *owner, std::function<void(const Result &)> finish, const Result &result)
{
    QTimer::singleShot(0, owner, [finish = std::move(finish), result] { finish(result); });
}

} // namespace

PasswordVault::PasswordVault(SecretStore *keychain, ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_profiles(profiles)
{
}

void PasswordVault::lookup(const AccountProfile &profile, QObject *context, LookupCallback done)
{
    LookupCallback finish = guarded<PasswordLookup>(context, std::move(done));
    const QString key = profile.secretKey();
    PasswordLookup lookup;
    if (const auto it = m_session.constFind(key); !key.isEmpty() && it != m_session.constEnd()) {
        lookup.source = PasswordLookup::Source::Memory;
        lookup.secret = it.value();
        finishLater(this, finish, lookup);
        return;
    }
    if (profile.passwordStorage == AccountProfile::PasswordStorage::SettingsFile && m_profiles) {
        lookup.secret = m_profiles->settingsFilePassword(profile.name);
        if (!lookup.secret.isEmpty()) {
            lookup.source = PasswordLookup::Source::SettingsFile;
            finishLater(this, finish, lookup);
            return;
        }
    }
    if (!m_keychain || key.isEmpty()) {
        lookup.keychainStatus = m_keychain ? SecretResult::Status::NotFound : SecretResult::Status::Unavailable;
        finishLater(this, finish, lookup);
        return;
    }
    m_keychain->read(key, this, [finish](const SecretResult &result) {
        PasswordLookup lookup;
        lookup.keychainStatus = result.status;
        lookup.keychainError = result.errorText;
        if (result.ok()) {
            lookup.source = PasswordLookup::Source::Keychain;
            lookup.secret = result.secret;
        }
        finish(lookup);
    });
}

void PasswordVault::store(const AccountProfile &profile, const QString &password, QObject *context, StoreCallback done)
{
    StoreCallback finish = guarded<PasswordStoreResult>(context, std::move(done));
    const QString key = profile.secretKey();
    PasswordStoreResult result;
    if (key.isEmpty()) {
        result.message = tr("Save the profile before storing its password.");
        finishLater(this, finish, result);
        return;
    }

    if (profile.passwordStorage == AccountProfile::PasswordStorage::SettingsFile) {
        const ProfileStoreResult saved = m_profiles
            ? m_profiles->setSettingsFilePassword(profile.name, password)
            : ProfileStoreResult { tr("There is no settings file to store the password in."), profile };
        if (saved.ok()) {
            result.storedIn = PasswordLookup::Source::SettingsFile;
            m_session.remove(key);
            if (m_keychain)
                m_keychain->remove(key, this, nullptr); // one place only
        } else {
            m_session.insert(key, password);
            result.storedIn = PasswordLookup::Source::Memory;
            result.message = saved.error;
        }
        finishLater(this, finish, result);
        return;
    }

    m_session.insert(key, password); // usable at once, whatever the keychain says
    if (!m_keychain) {
        result.storedIn = PasswordLookup::Source::Memory;
        result.keychainStatus = SecretResult::Status::Unavailable;
        result.message = tr("No keychain is available, so the password is kept only until Mailwright quits.");
        finishLater(this, finish, result);
        return;
    }
    m_keychain->write(key, password, this, [this, key, finish](const SecretResult &written) {
        PasswordStoreResult result;
        result.keychainStatus = written.status;
        if (written.ok()) {
            result.storedIn = PasswordLookup::Source::Keychain;
            m_session.remove(key); // the keychain is the one copy now
        } else {
            result.storedIn = PasswordLookup::Source::Memory;
            switch (written.status) {
            case SecretResult::Status::Unavailable:
                result.message = tr("No keychain is available, so the password is kept only until Mailwright quits.");
                break;
            case SecretResult::Status::Denied:
                result.message = tr("The keychain refused to store the password, so it is kept only until "
                                    "Mailwright quits.");
                break;
            case SecretResult::Status::Ok:
            case SecretResult::Status::NotFound:
            case SecretResult::Status::Failed:
                result.message = tr("The keychain could not store the password (%1), so it is kept only until "
                                    "Mailwright quits.")
                                     .arg(written.errorText);
                break;
            }
        }
        finish(result);
    });
}

void PasswordVault::keepForSession(const AccountProfile &profile, const QString &password)
{
    if (!profile.secretKey().isEmpty())
        m_session.insert(profile.secretKey(), password);
}

void PasswordVault::forgetForSession(const AccountProfile &profile)
{
    m_session.remove(profile.secretKey());
}

void PasswordVault::forget(const AccountProfile &profile, QObject *context, StoreCallback done)
{
    StoreCallback finish = guarded<PasswordStoreResult>(context, std::move(done));
    const QString key = profile.secretKey();
    m_session.remove(key);
    if (m_profiles && profile.passwordStorage == AccountProfile::PasswordStorage::SettingsFile
        && m_profiles->contains(profile.name))
        (void)m_profiles->setSettingsFilePassword(profile.name, QString());
    if (!m_keychain || key.isEmpty()) {
        finishLater(this, finish, PasswordStoreResult());
        return;
    }
    m_keychain->remove(key, this, [finish](const SecretResult &removed) {
        PasswordStoreResult result;
        result.keychainStatus = removed.status;
        if (!removed.ok() && removed.status != SecretResult::Status::NotFound
            && removed.status != SecretResult::Status::Unavailable)
            result.message = tr("The keychain could not remove the password: %1").arg(removed.errorText);
        finish(result);
    });
}

void PasswordVault::copy(const AccountProfile &from, const AccountProfile &to, QObject *context, StoreCallback done)
{
    StoreCallback finish = guarded<PasswordStoreResult>(context, std::move(done));
    lookup(from, this, [this, to, finish](const PasswordLookup &found) {
        if (!found.found()) {
            finish(PasswordStoreResult());
            return;
        }
        store(to, found.secret, this, finish);
    });
}
