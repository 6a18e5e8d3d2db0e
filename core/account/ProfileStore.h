#pragma once

#include "AccountProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What a ProfileStore change came to: done, or a sentence saying why not.
struct ProfileStoreResult
{
    QString error; // translated; empty on success
    AccountProfile profile; // the profile as stored (ids assigned, new names applied)
    bool ok() const { return error.isEmpty(); }
};

// The saved account profiles, in an INI file read and written through QSettings. The file and
// its directory are created readable by their owner only (0600 / 0700) and kept so on every
// write. A password is written to it only for a profile whose passwordStorage is SettingsFile
// (the explicit opt-in); everywhere else passwords live in a SecretStore.
// Not a QObject: each call reads or writes the file at once; use one instance per thread.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    // filePath empty: <AppConfigLocation>/profiles.ini (~/.config/Mailwright/profiles.ini).
    explicit ProfileStore(const QString &filePath = QString());

    QString filePath() const { return m_filePath; }
    static QString defaultFilePath();

    QStringList names() const; // sorted, case-insensitively
    QList<AccountProfile> profiles() const;
    std::optional<AccountProfile> load(const QString &name) const;
    bool contains(const QString &name) const;
    // The profile that sends as this address (the first by name), e.g. to reopen a message.
    std::optional<AccountProfile> forSender(const QString &address) const;

    // Creates or replaces the profile called profile.name. A profile saved under a new id
    // with the name of another is refused (rename or remove that one first).
    [[nodiscard]] ProfileStoreResult save(const AccountProfile &profile);
    [[nodiscard]] ProfileStoreResult rename(const QString &oldName, const QString &newName);
    // A copy under newName with a new id (so a new secretKey(); copy the password with
    // SecretStore if wanted). Pinned certificates are copied; a settings-file password is not.
    [[nodiscard]] ProfileStoreResult duplicate(const QString &name, const QString &newName);
    // Removes the profile (and any settings-file password). The keychain entry is the caller's
    // to delete: SecretStore::remove(profile.secretKey()).
    bool remove(const QString &name);

    QString defaultProfileName() const; // the chosen default, else the first name, else empty
    bool setDefaultProfile(const QString &name);

    // The opt-in plain-text password. Stored only when the profile's passwordStorage is
    // SettingsFile; saving the profile with Keychain storage erases it.
    [[nodiscard]] ProfileStoreResult setSettingsFilePassword(const QString &name, const QString &password);
    QString settingsFilePassword(const QString &name) const;

    // A name not yet used: "Work", "Work (2)", "Work (3)", …
    QString uniqueName(const QString &base) const;

private:
    QString groupFor(const QString &name) const; // the QSettings group of an existing profile
    void restrictPermissions() const;

    QString m_filePath;
};
