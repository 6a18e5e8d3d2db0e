#pragma once

#include "ReplyParser.h"
#include "SendRequest.h"
#include "SendResult.h"
#include "TranscriptEntry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <memory>

class QSslSocket;
class DataEncoder;
class TlsProbe;

// One SMTP conversation over QSslSocket: connect, greeting, EHLO/HELO, STARTTLS or implicit
// TLS, AUTH, envelope (pipelined when offered), DATA streamed from the request's QIODevice,
// QUIT. Asynchronous throughout: send() returns at once and `finished` is emitted exactly once
// per send(), never from inside send(). The object may be reused for another send() after that.
class SmtpSession : public QObject
{
    Q_OBJECT
public:
    using State = Smtp::State;

    explicit SmtpSession(QObject *parent = nullptr);
    ~SmtpSession() override;

    void send(const SendRequest &request); // starts on the next event-loop turn
    void cancel(); // any state, any number of times; finishes promptly
    State state() const { return m_state; }
    bool isActive() const { return m_state != State::Idle && m_state != State::Done; }

Q_SIGNALS:
    void stateChanged(Smtp::State state);
    void transcript(const TranscriptEntry &entry);
    void progress(qint64 sentBytes, qint64 totalBytes);
    void recipientResult(const RecipientResult &result);
    void tlsEstablished(const TlsSummary &tls);
    void capabilitiesChanged(const QStringList &capabilities);
    void finished(const SendResult &result);

private:
    enum class AuthStep { Initial, Username, Password, Challenge, BearerError };
    enum class Pending { Mail, Rcpt, Data }; // envelope replies expected, in order
    enum class Ending { Quit, Abort }; // how complete() leaves the connection

    void start();
    void setState(State state);
    void log(Smtp::Direction direction, const QString &text);
    void sendCommand(const QByteArray &command, const QString &shown = {});
    void sendCommands(const QList<QByteArray> &commands);
    void armTimer(int ms);
    void resetConnection();
    QString stageDescription(State state) const;

    void startTlsProbe();
    void stopTlsProbe();
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void handleBufferedReplies();
    void onDisconnected();
    void onSocketError();
    void onBytesWritten();
    void onTimeout();

    void handleReply(const SmtpReply &reply);
    void handleGreeting(const SmtpReply &reply);
    void handleEhlo(const SmtpReply &reply);
    void handleHelo(const SmtpReply &reply);
    void handleStartTls(const SmtpReply &reply);
    void handleAuth(const SmtpReply &reply);
    void handleEnvelope(const SmtpReply &reply);
    void handleConfirm(const SmtpReply &reply);
    void handleClosing(const SmtpReply &reply);

    bool hasCapability(QLatin1String keyword) const;
    QString capabilityArguments(QLatin1String keyword) const; // null when not announced
    void afterCapabilities();
    void startAuth();
    void succeedConnectionTest();
    void startEnvelope();
    void sendNextRcpt();
    bool anyRecipientAccepted() const;
    void startBody();
    void pumpBody();
    void reportBodyProgress();
    void logHeaders(const char *data, qint64 size);
    QByteArray ehloName() const;
    bool requiresSmtpUtf8() const;
    TlsSummary describeTls() const;

    SendResult failureResult(Smtp::Failure failure, const QString &message, const SmtpReply *reply) const;
    void fail(Smtp::Failure failure, const QString &message, const SmtpReply *reply = nullptr);
    bool canQuitAfter(Smtp::Failure failure) const;
    void failCertificate();
    void failAllRecipientsRefused();
    void lostAfterBody(const QString &what);
    void complete(const SendResult &result, Ending ending); // records the result once, then ends
    void emitFinished();
    void closeSocket();

    SendRequest m_request;
    State m_state = State::Idle;
    QSslSocket *m_socket = nullptr;
    QPointer<TlsProbe> m_tlsProbe; // while the greeting is awaited
    QTimer m_timer;
    int m_timerMs = 0;
    QElapsedTimer m_clock;
    ReplyParser m_parser;
    SmtpReply m_lastReply; // the server's latest reply: what it said before it closed
    Ending m_ending = Ending::Quit;
    std::unique_ptr<DataEncoder> m_encoder;

    QStringList m_capabilities; // EHLO lines after the first: keyword and arguments
    bool m_tlsActive = false;
    bool m_pipelining = false;
    qint64 m_sizeLimit = 0; // 0: none stated
    Smtp::AuthMethod m_authMethod = Smtp::AuthMethod::None;
    AuthStep m_authStep = AuthStep::Initial;
    TlsSummary m_tls;
    QList<QSslError> m_sslErrors;

    QList<Pending> m_pending;
    int m_nextRcpt = 0; // index of the RCPT whose reply comes next
    int m_rcptSent = 0; // RCPT commands written
    bool m_mailAccepted = false;
    SmtpReply m_mailReply;
    bool m_abandonData = false; // DATA got 354 although nobody accepted: "." only, then report
    QList<RecipientResult> m_recipients;

    qint64 m_bodyTotal = 0;
    qint64 m_bodyRead = 0; // read from the device
    qint64 m_bodyProgress = 0; // reported as sent
    bool m_bodyEnded = false;
    bool m_quitPipelined = false;
    QByteArray m_headerLog;
    qint64 m_headerBytes = 0; // the header block and its blank line, not counted as body
    bool m_headersDone = false;
    int m_headerLinesShown = 0;

    SendResult m_result;
    bool m_resultSet = false; // the outcome is decided; only QUIT may still be under way
    bool m_finishPending = false; // send() was called and `finished` not yet emitted
};
