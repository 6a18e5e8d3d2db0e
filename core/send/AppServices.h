#pragma once

#include <QObject>
#include <QString>

#include <memory>

class AddressHistory;
class ConversationLog;
class DraftStore;
class PasswordVault;
class ProfileStore;
class SecretStore;
class SendScheduler;
class ServerFacts;

// The stores one Mailwright process shares — profiles, passwords, the conversation log, drafts
// and outbox, the address history and what is known of servers — for the windows and for
// mailwright-send alike. The programs make one over the default locations; tests make one over
// temporary files with a stand-in keychain. Each store is made when first asked for, so a CLI
// send that needs no profile never reads one, and the log is opened after the send.
class AppServices : public QObject
{
    Q_OBJECT
public:
    // Empty members: the default locations (QStandardPaths, the application's QSettings).
    struct Locations
    {
        QString profilesFile;
        QString logFile;
        QString dataDirectory; // drafts, recovery, outbox
        QString addressHistoryFile;
        QString settingsFile; // server facts, sending preferences
    };

    // keychain: taken over (reparented); null means the OS keychain through QtKeychain.
    explicit AppServices(
        const Locations &locations = Locations(), SecretStore *keychain = nullptr, QObject *parent = nullptr);
    ~AppServices() override;

    ProfileStore *profiles();
    PasswordVault *passwords();
    // Always usable; when the file could not be opened, isOpen() is false and logError() says why.
    ConversationLog *log();
    QString logError();
    DraftStore *drafts();
    AddressHistory *addressHistory();
    ServerFacts *serverFacts();
    SendScheduler *scheduler(); // over drafts()

    // How long a sent message waits before it goes, so Send can be undone (0–30 s, default 5).
    int undoSendSeconds();
    void setUndoSendSeconds(int seconds);

Q_SIGNALS:
    // A profile was added, changed, renamed or removed, by any window.
    void profilesChanged();

private:
    Locations m_locations;
    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore *m_keychain = nullptr;
    PasswordVault *m_passwords = nullptr;
    ConversationLog *m_log = nullptr;
    QString m_logError;
    DraftStore *m_drafts = nullptr;
    std::unique_ptr<AddressHistory> m_addressHistory;
    std::unique_ptr<ServerFacts> m_serverFacts;
    SendScheduler *m_scheduler = nullptr;
};
