#pragma once

#include "account/AccountProfile.h"
#include "smtp/SendResult.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class AppServices;
class SendController;
struct SecretRequest;

// mailwright-send: turns the command line (over a saved profile, with --profile) into a
// SendJob, runs it with the same SendController as the window — which looks up the password,
// delivers, and records the session in the conversation log — and maps its SendResult to the
// exit codes of DESIGN.md. This class only reads options, prints and answers the controller.
// With --sign-in it signs an OAuth profile in instead (the device flow; the browser flow where
// the provider allows no other and there is a display) and keeps the sign-in, as the window does.
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
    int usage(const QString &message);
    void onSecretRequired(const SecretRequest &request);
    void finish(const SendResult &result);
    int startSignIn(const AccountProfile &profile); // --sign-in
    static QString shellQuoted(const QString &word);

    std::unique_ptr<AppServices> m_services;
    QPointer<SendController> m_controller;
    bool m_showTranscript = false;
    std::optional<AccountProfile> m_profile; // --profile's, to advise about its sign-in
    std::function<void()> m_cancelSignIn;
};
