#pragma once

#include <QObject>
#include <QString>

#include <memory>

class ConversationLog;
class DraftStore;
class PasswordVault;
class ProfileStore;
class SecretStore;

// The stores one Mailwright process shares between its windows: profiles, passwords, the
// conversation log and the drafts. app/main.cpp makes one over the default locations; tests
// make one over temporary files with a stand-in keychain.
class AppServices : public QObject
{
    Q_OBJECT
public:
    // Empty members: the default locations (QStandardPaths).
    struct Locations
    {
        QString profilesFile;
        QString logFile;
        QString dataDirectory; // drafts, recovery, outbox
    };

    // keychain: taken over (reparented); null means the OS keychain through QtKeychain.
    explicit AppServices(const Locations &locations = Locations(), SecretStore *keychain = nullptr,
        QObject *parent = nullptr);
    ~AppServices() override;

    ProfileStore *profiles() const { return m_profiles.get(); }
    PasswordVault *passwords() const { return m_passwords; }
    // Always usable; when the file could not be opened, isOpen() is false and logError() says why.
    ConversationLog *log() const { return m_log; }
    QString logError() const { return m_logError; }
    DraftStore *drafts() const { return m_drafts; }

Q_SIGNALS:
    // A profile was added, changed, renamed or removed, by any window.
    void profilesChanged();

private:
    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore *m_keychain = nullptr;
    PasswordVault *m_passwords = nullptr;
    ConversationLog *m_log = nullptr;
    QString m_logError;
    DraftStore *m_drafts = nullptr;
};
