#pragma once

#include "smtp/SendResult.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

class DirectDelivery;
class SmtpSession;
class QCommandLineParser;

// mailwright-send: turns the command line into a Message and a SendRequest, runs the session
// and maps its SendResult to the exit codes of DESIGN.md. Everything it needs to know about mail
// lives in core; this class only reads options, wires signals and prints.
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
    void finish(const SendResult &result);

    SmtpSession *m_session = nullptr;
    DirectDelivery *m_direct = nullptr;
    bool m_showTranscript = false;
};
