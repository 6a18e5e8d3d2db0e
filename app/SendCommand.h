#pragma once

#include "smtp/SendResult.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <memory>

class CliSessionLog;
class DirectDelivery;
class KeychainSecretStore;
class PasswordVault;
class ProfileStore;
class SmtpSession;
struct PasswordLookup;

// mailwright-send: turns the command line (over a saved profile, with --profile) into a Message
// and a SendRequest, runs the session, records it in the conversation log and maps its SendResult
// to the exit codes of DESIGN.md. Everything it needs to know about mail lives in core; this class
// only reads options, wires signals and prints.
class SendCommand : public QObject
{
    Q_OBJECT
public:
    enum ExitCode {
        Sent = 0,
        PartlyRefused = 1,
        UsageError = 2,
        ConnectionError = 3,
        TlsError = 4,
        AuthError = 5,
        MessageRefused = 6,
        Cancelled = 7,
        OutcomeUnknown = 8,
    };

    explicit SendCommand(QObject *parent = nullptr);
    ~SendCommand() override;

    // Parses and starts; returns -1 when sending has begun (the exit code comes via `done`),
    // or an exit code when there is nothing to send (help, usage error, dry run).
    int start(const QStringList &arguments);
    void cancel();

    static int exitCodeFor(const SendResult &result);

Q_SIGNALS:
    void done(int exitCode);

private:
    struct Plan; // everything parsed, kept while the password is looked up

    int usage(const QString &message);
    void lookUpPassword();
    void onPasswordLookedUp(const PasswordLookup &found);
    void launch();
    void finish(const SendResult &result);

    std::unique_ptr<Plan> m_plan;
    // Only with --profile; the store outlives the vault that points to it (reverse order).
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<PasswordVault> m_vault;
    std::unique_ptr<CliSessionLog> m_log; // null with --no-log
    SmtpSession *m_session = nullptr;
    DirectDelivery *m_direct = nullptr;
    bool m_showTranscript = false;
    bool m_waitingForPassword = false;
};
