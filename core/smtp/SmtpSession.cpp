#include "SmtpSession.h"

#include "TlsProbe.h"

#include "DataEncoder.h"
#include "Fingerprint.h"
#include "Sasl.h"
#include "Sentences.h"
#include "StatusExplainer.h"

#include <QHostAddress>
#include <QLocale>
#include <QMetaEnum>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QSysInfo>

using namespace Qt::StringLiterals;
using Smtp::Direction;
using Smtp::Failure;
using Smtp::Outcome;

namespace {
constexpr qint64 BodyChunkBytes = 256 * 1024; // read from the body device at a time
constexpr qint64 SocketHighWaterBytes = 1 << 20; // stop reading the body above this backlog
constexpr int MaxHeaderLinesShown = 200;

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return u"TLS 1.2"_s;
    case QSsl::TlsV1_3:
        return u"TLS 1.3"_s;
    default:
        return u"TLS (other version)"_s;
    }
}

bool isAscii(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() > 0x7f)
            return false;
    return true;
}

// "Refused only temporarily …: x.", empty when every refusal was permanent. A 4xx says
// "not now" (greylisting, a busy mailbox, a local error), so retrying later is worth it.
QString temporaryRefusalNote(const QList<RecipientResult> &recipients)
{
    QStringList temporary;
    for (const RecipientResult &r : recipients)
        if (!r.accepted && r.replyCode >= 400 && r.replyCode < 500)
            temporary << r.address;
    if (temporary.isEmpty())
        return {};
    return QCoreApplication::translate("SmtpSession", "Refused only temporarily (4xx), so worth retrying later: %1.")
        .arg(temporary.join(u", "_s));
}
} // namespace

SmtpSession::SmtpSession(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpSession::onTimeout);
}

SmtpSession::~SmtpSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SmtpSession::send(const SendRequest &request)
{
    if (isActive() || m_finishPending) {
        qWarning("SmtpSession::send: a send is already in progress; ignored");
        return;
    }
    m_request = request;
    m_result = {};
    m_resultSet = false;
    m_finishPending = true;
    m_clock.start();
    // Start on the next turn of the event loop so the caller can connect to our signals first.
    QTimer::singleShot(0, this, &SmtpSession::start);
}

void SmtpSession::start()
{
    if (!m_finishPending || m_resultSet)
        return; // cancelled before we began
    resetConnection();
    const ServerSettings &server = m_request.server;
    if (server.host.trimmed().isEmpty()) {
        fail(Failure::Input, tr("No server is set: enter the SMTP server's host name."));
        return;
    }
    if (!m_request.isConnectionTest()) {
        if (m_request.recipients.isEmpty()) {
            fail(Failure::Input, tr("The message has no recipients."));
            return;
        }
        if (!m_request.body || !m_request.body->isReadable()) {
            fail(Failure::Input,
                tr("The message could not be read: %1")
                    .arg(m_request.body ? m_request.body->errorString() : tr("no message body")));
            return;
        }
    }

    m_socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::SecureProtocols);
    if (!server.extraCaCertificates.isEmpty())
        tls.addCaCertificates(server.extraCaCertificates);
    m_socket->setSslConfiguration(tls);
    m_socket->setPeerVerifyName(server.host);

    connect(m_socket, &QSslSocket::connected, this, &SmtpSession::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpSession::onSslErrors);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpSession::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &SmtpSession::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpSession::onSocketError);
    connect(m_socket, &QSslSocket::bytesWritten, this, &SmtpSession::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &SmtpSession::onBytesWritten);

    const quint16 port = server.effectivePort();
    const QString security
        = QString::fromLatin1(QMetaEnum::fromType<Smtp::Security>().valueToKey(int(server.security)));
    setState(State::Connecting);
    log(Direction::Info, tr("Connecting to %1 port %2 (security: %3)").arg(server.host).arg(port).arg(security));
    armTimer(server.timeouts.connectMs);
    if (server.security == Smtp::Security::Tls)
        m_socket->connectToHostEncrypted(server.host, port);
    else
        m_socket->connectToHost(server.host, port);
}

void SmtpSession::resetConnection()
{
    stopTlsProbe();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_parser.reset();
    m_lastReply = {};
    m_ending = Ending::Quit;
    m_encoder.reset();
    m_capabilities.clear();
    m_tlsActive = false;
    m_pipelining = false;
    m_sizeLimit = 0;
    m_authMethod = Smtp::AuthMethod::None;
    m_authStep = AuthStep::Initial;
    m_tls = {};
    m_sslErrors.clear();
    m_pending.clear();
    m_nextRcpt = 0;
    m_rcptSent = 0;
    m_mailAccepted = false;
    m_mailReply = {};
    m_abandonData = false;
    m_recipients.clear();
    m_bodyTotal = 0;
    m_bodyRead = 0;
    m_bodyProgress = 0;
    m_bodyEnded = false;
    m_quitPipelined = false;
    m_headerLog.clear();
    m_headerBytes = 0;
    m_headersDone = false;
    m_headerLinesShown = 0;
}

void SmtpSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state != State::Greeting)
        stopTlsProbe();
    log(Direction::Info,
        tr("State: %1").arg(QString::fromLatin1(QMetaEnum::fromType<Smtp::State>().valueToKey(int(state)))));
    Q_EMIT stateChanged(state);
}

void SmtpSession::log(Direction direction, const QString &text)
{
    Q_EMIT transcript(TranscriptEntry { m_clock.isValid() ? m_clock.elapsed() : 0, direction, text });
}

void SmtpSession::armTimer(int ms)
{
    m_timerMs = ms;
    m_timer.start(ms);
}

void SmtpSession::sendCommand(const QByteArray &command, const QString &shown)
{
    log(Direction::Client, shown.isEmpty() ? QString::fromUtf8(command) : shown);
    m_socket->write(command + "\r\n");
}

void SmtpSession::sendCommands(const QList<QByteArray> &commands)
{
    // One write for the whole group: with PIPELINING the server sees it in one segment.
    QByteArray wire;
    for (const QByteArray &command : commands) {
        log(Direction::Client, QString::fromUtf8(command));
        wire += command + "\r\n";
    }
    m_socket->write(wire);
}

// --- socket events ---------------------------------------------------------------------------

void SmtpSession::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // no Nagle stalls on commands
    log(Direction::Info,
        tr("Connected to %1 port %2").arg(m_socket->peerAddress().toString()).arg(m_socket->peerPort()));
    if (m_request.server.security == Smtp::Security::Tls) {
        log(Direction::Tls, tr("Starting TLS handshake"));
        return; // the greeting comes after the handshake
    }
    setState(State::Greeting);
    armTimer(m_request.server.timeouts.greetingMs);
    startTlsProbe();
}

void SmtpSession::startTlsProbe()
{
    // Implicit TLS speaks TLS already; direct delivery reaches port 25, where a client that
    // talks before the greeting gets blocked (Postfix postscreen).
    const Smtp::Security security = m_request.server.security;
    if (security == Smtp::Security::Tls || security == Smtp::Security::Opportunistic
        || m_request.server.timeouts.tlsProbeMs <= 0)
        return;
    m_tlsProbe = new TlsProbe(this);
    connect(m_tlsProbe, &TlsProbe::checking, this, [this] {
        log(Direction::Info,
            tr("No greeting after %1 s: checking whether this port expects TLS from the start…")
                .arg(QLocale().toString(m_request.server.timeouts.tlsProbeMs / 1000.0, 'g', 3)));
    });
    connect(m_tlsProbe, &TlsProbe::noTls, this,
        [this] { log(Direction::Info, tr("The port does not answer TLS either; still waiting for the greeting.")); });
    connect(m_tlsProbe, &TlsProbe::speaksTls, this, [this] {
        if (m_state != State::Greeting || m_resultSet)
            return;
        const QString chosen
            = m_request.server.security == Smtp::Security::StartTls ? tr("STARTTLS") : tr("no encryption");
        // Both sides would wait for the other until the greeting times out: cut it short.
        complete(failureResult(Failure::Tls,
                     tr("%1 sends no greeting but answers a TLS handshake: this port expects TLS from the start. "
                        "Choose SSL/TLS (usually port 465) instead of %2.")
                         .arg(m_request.server.endpointLabel(), chosen),
                     nullptr),
            Ending::Abort);
    });
    m_tlsProbe->start(
        m_request.server.timeouts.tlsProbeMs, m_socket->peerAddress(), m_socket->peerPort(), m_request.server.host);
}

void SmtpSession::stopTlsProbe()
{
    if (!m_tlsProbe)
        return;
    m_tlsProbe->disconnect(this);
    m_tlsProbe->deleteLater(); // perhaps from inside its own signal
    m_tlsProbe = nullptr;
}

void SmtpSession::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    const QSslCertificate peer = m_socket->peerCertificate();
    const QString fingerprint = Fingerprint::of(peer);
    QStringList problems;
    for (const QSslError &error : errors)
        problems << error.errorString();
    for (const QString &trusted : std::as_const(m_request.server.trustedFingerprints)) {
        if (!peer.isNull() && Fingerprint::normalized(trusted) == fingerprint) {
            // The person trusted this very certificate: what a CA check would say is a detail.
            m_tls.pinned = true;
            log(Direction::Tls,
                tr("Certificate trusted by its pinned fingerprint %1 (a certificate authority check alone would "
                   "refuse it: %2)")
                    .arg(fingerprint, problems.join(u"; "_s)));
            m_socket->ignoreSslErrors(errors);
            return;
        }
    }
    for (const QString &problem : std::as_const(problems))
        log(Direction::Tls, tr("Certificate problem: %1").arg(problem));
    if (m_request.server.security == Smtp::Security::Opportunistic) {
        // MX hosts rarely carry a certificate for the name we looked up; encryption without
        // authentication still beats plain text (RFC 7435).
        log(Direction::Tls, tr("Continuing without certificate verification (opportunistic TLS for direct delivery)"));
        m_socket->ignoreSslErrors(errors);
    }
}

void SmtpSession::onEncrypted()
{
    m_tlsActive = true;
    m_tls = describeTls();
    log(Direction::Tls, tr("Encrypted with %1, cipher %2").arg(m_tls.protocol, m_tls.cipher));
    log(Direction::Tls, tr("Certificate subject: %1; issuer: %2").arg(m_tls.subject, m_tls.issuer));
    log(Direction::Tls,
        tr("Certificate valid from %1 until %2")
            .arg(m_tls.notBefore.toString(Qt::ISODate), m_tls.notAfter.toString(Qt::ISODate)));
    log(Direction::Tls, tr("Certificate SHA-256 fingerprint: %1").arg(m_tls.sha256Fingerprint));
    log(Direction::Tls,
        m_tls.verificationErrors.isEmpty() ? tr("Certificate verified for %1").arg(m_request.server.host)
            : m_tls.pinned                 ? tr("Certificate trusted by its pinned fingerprint")
                                           : tr("Certificate not verified (opportunistic TLS)"));
    Q_EMIT tlsEstablished(m_tls);

    if (m_state == State::Connecting) { // implicit TLS: now the server greets
        setState(State::Greeting);
        armTimer(m_request.server.timeouts.greetingMs);
        return;
    }
    // After STARTTLS, everything learnt before is void (RFC 3207 §4.2): ask again.
    m_capabilities.clear();
    setState(State::Ehlo);
    sendCommand("EHLO " + ehloName());
    armTimer(m_request.server.timeouts.commandMs);
}

void SmtpSession::onReadyRead()
{
    if (!m_socket)
        return;
    m_parser.feed(m_socket->readAll());
    handleBufferedReplies();
}

void SmtpSession::handleBufferedReplies()
{
    // After the result is decided only QUIT's reply matters.
    while (m_socket && m_state != State::Done && (!m_resultSet || m_state == State::Quit)) {
        const std::optional<SmtpReply> reply = m_parser.next();
        if (!reply)
            break;
        for (const QString &line : reply->rawLines())
            log(Direction::Server, line);
        m_lastReply = *reply;
        handleReply(*reply);
    }
    if (m_parser.error() != ReplyParser::Error::None && m_socket && m_state != State::Done)
        fail(Failure::Protocol, m_parser.errorText());
}

void SmtpSession::onBytesWritten()
{
    if (m_state == State::Body) {
        m_timer.start(m_timerMs); // progress restarts the no-progress timeout
        reportBodyProgress();
        pumpBody();
    } else if (m_state == State::Confirm) {
        reportBodyProgress();
    }
}

void SmtpSession::onDisconnected()
{
    // A server that gives up says why and closes at once ("421 4.7.0 Too many errors"): the
    // reply can arrive in the same read as the close, or wait unread in the socket's buffer.
    // Read it first; it decides the result more often than the close does.
    if (m_socket && m_socket->bytesAvailable() > 0 && m_state != State::Done && !m_resultSet)
        onReadyRead();
    if (!m_socket || m_state == State::Done)
        return;
    // What the server said last, if it was a refusal, is the best explanation of the close.
    const SmtpReply *said = m_lastReply.code >= 400 ? &m_lastReply : nullptr;
    switch (m_state) {
    case State::Quit:
        emitFinished();
        return;
    case State::Confirm:
        lostAfterBody(tr("The connection was lost after the whole message was sent, before the server confirmed it."));
        return;
    case State::Idle:
    case State::Done:
        return;
    case State::Connecting:
    case State::Greeting:
    case State::Ehlo:
    case State::Helo:
    case State::StartTls:
    case State::TlsHandshake:
    case State::Auth:
    case State::Envelope:
    case State::Body:
        fail(
            Failure::Connection, tr("The server closed the connection while %1.").arg(stageDescription(m_state)), said);
        return;
    }
}

void SmtpSession::onSocketError()
{
    if (m_state == State::Quit) {
        emitFinished();
        return;
    }
    if (!m_socket || m_state == State::Done || m_resultSet)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const ServerSettings &server = m_request.server;
    const QString where = server.endpointLabel();
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        onDisconnected();
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(Failure::Connection,
            tr("Could not connect to %1: the connection was refused. Check the server name and port.").arg(where));
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(Failure::Connection,
            tr("The server “%1” was not found. Check its name and your network connection.").arg(server.host));
        return;
    case QAbstractSocket::NetworkError:
        fail(Failure::Connection, tr("Could not reach %1: %2").arg(where, m_socket->errorString()));
        return;
    case QAbstractSocket::SslHandshakeFailedError:
        if (!m_sslErrors.isEmpty()) {
            failCertificate();
            return;
        }
        if (m_state == State::TlsHandshake) {
            // Already STARTTLS: the server agreed, then the handshake failed (often a TLS
            // version or cipher the two sides do not share), so switching modes would not help.
            fail(Failure::Tls,
                tr("The TLS handshake with %1 failed after the server agreed to STARTTLS: %2. "
                   "The server and Mailwright share no usable TLS version or cipher, or something "
                   "between them interfered; nothing was sent.")
                    .arg(where, m_socket->errorString()));
            return;
        }
        fail(Failure::Tls,
            tr("The TLS handshake with %1 failed: %2. If this port does not speak TLS from the start, choose STARTTLS "
               "(usually port 587).")
                .arg(where, m_socket->errorString()));
        return;
    default:
        break;
    }
    if (m_state == State::Confirm) {
        lostAfterBody(tr("The connection failed after the whole message was sent, before the server confirmed it (%1).")
                          .arg(m_socket->errorString()));
        return;
    }
    const Failure failure
        = (m_state == State::TlsHandshake || (m_state == State::Connecting && server.security == Smtp::Security::Tls))
        ? Failure::Tls
        : Failure::Connection;
    fail(failure,
        tr("The connection to %1 failed while %2: %3").arg(where, stageDescription(m_state), m_socket->errorString()));
}

void SmtpSession::failCertificate()
{
    const QSslCertificate peer = m_socket ? m_socket->peerCertificate() : QSslCertificate();
    if (!peer.isNull()) {
        m_tls = describeTls();
        m_tls.sha256Fingerprint = Fingerprint::of(peer);
    }
    QStringList problems;
    for (const QSslError &error : std::as_const(m_sslErrors)) {
        switch (error.error()) {
        case QSslError::CertificateExpired:
            problems << tr("it expired on %1").arg(error.certificate().expiryDate().toString(Qt::ISODate));
            break;
        case QSslError::CertificateNotYetValid:
            problems << tr("it is not valid until %1").arg(error.certificate().effectiveDate().toString(Qt::ISODate));
            break;
        case QSslError::HostNameMismatch:
            problems << tr("it was issued for “%1”, not for “%2”")
                            .arg(peer.subjectInfo(QSslCertificate::CommonName).join(u", "_s), m_request.server.host);
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            problems << tr("it is self-signed");
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            problems << tr("it is signed by an authority this computer does not trust (%1)")
                            .arg(peer.issuerInfo(QSslCertificate::CommonName).join(u", "_s));
            break;
        default:
            problems << error.errorString();
            break;
        }
    }
    problems.removeDuplicates();
    m_tls.verificationErrors.clear();
    for (const QSslError &error : std::as_const(m_sslErrors))
        m_tls.verificationErrors << error.errorString();
    fail(Failure::Certificate,
        tr("The server's certificate is not trusted: %1. Its SHA-256 fingerprint is %2. Trust it only if you know this "
           "is the right fingerprint for %3.")
            .arg(problems.join(u"; "_s), m_tls.sha256Fingerprint, m_request.server.host));
}

void SmtpSession::onTimeout()
{
    const int seconds = m_timerMs / 1000;
    switch (m_state) {
    case State::Quit:
        emitFinished();
        return;
    case State::Confirm:
        lostAfterBody(
            tr("The server did not confirm the message within %1 s after the whole message was sent.").arg(seconds));
        return;
    case State::Idle:
    case State::Done:
        return;
    case State::Connecting:
    case State::Greeting:
    case State::Ehlo:
    case State::Helo:
    case State::StartTls:
    case State::TlsHandshake:
    case State::Auth:
    case State::Envelope:
    case State::Body:
        fail(Failure::Timeout,
            tr("The server did not respond within %1 s while %2.").arg(seconds).arg(stageDescription(m_state)));
        return;
    }
}

QString SmtpSession::stageDescription(State state) const
{
    switch (state) {
    case State::Idle:
    case State::Done:
        return tr("idle");
    case State::Connecting:
        return m_request.server.security == Smtp::Security::Tls ? tr("connecting and negotiating TLS")
                                                                : tr("connecting");
    case State::Greeting:
        return tr("waiting for its greeting");
    case State::Ehlo:
    case State::Helo:
        return tr("introducing ourselves (EHLO)");
    case State::StartTls:
        return tr("asking for encryption (STARTTLS)");
    case State::TlsHandshake:
        return tr("negotiating TLS");
    case State::Auth:
        return tr("logging in");
    case State::Envelope:
        return tr("sending the sender and recipient addresses");
    case State::Body:
        return tr("sending the message");
    case State::Confirm:
        return tr("waiting for the server to accept the message");
    case State::Quit:
        return tr("closing the connection");
    }
    return {};
}

// --- replies ---------------------------------------------------------------------------------

void SmtpSession::handleReply(const SmtpReply &reply)
{
    switch (m_state) {
    case State::Greeting:
        handleGreeting(reply);
        return;
    case State::Ehlo:
        handleEhlo(reply);
        handleClosing(reply);
        return;
    case State::Helo:
        handleHelo(reply);
        return;
    case State::StartTls:
        handleStartTls(reply);
        return;
    case State::Auth:
        handleAuth(reply);
        handleClosing(reply);
        return;
    case State::Envelope:
        handleEnvelope(reply);
        handleClosing(reply);
        return;
    case State::Body:
        // The server answered before the final dot: it has given up on the message.
        fail(Failure::ServerRefused, tr("The server stopped the transfer while the message was being sent."), &reply);
        return;
    case State::Confirm:
        handleConfirm(reply);
        return;
    case State::Quit:
        emitFinished(); // 221 or not: the result is already decided
        return;
    case State::Idle:
    case State::Connecting:
    case State::TlsHandshake:
    case State::Done:
        fail(Failure::Protocol, tr("The server sent a reply nobody asked for."), &reply);
        return;
    }
}

void SmtpSession::handleClosing(const SmtpReply &reply)
{
    // RFC 5321 §3.8: 421 answers any command when the server is shutting the channel; the
    // replies still expected (pipelined RCPTs, DATA) will not come, so end with its words.
    if (reply.code != 421 || m_resultSet)
        return;
    fail(Failure::ServerRefused, tr("The server ended the session while %1.").arg(stageDescription(m_state)), &reply);
}

void SmtpSession::handleGreeting(const SmtpReply &reply)
{
    if (reply.code != 220) {
        fail(Failure::ServerRefused, tr("The server refused the connection."), &reply);
        return;
    }
    setState(State::Ehlo);
    sendCommand("EHLO " + ehloName());
    armTimer(m_request.server.timeouts.commandMs);
}

void SmtpSession::handleEhlo(const SmtpReply &reply)
{
    if (reply.isPositive()) {
        m_capabilities = reply.lines.mid(1);
        afterCapabilities();
        return;
    }
    if (reply.code >= 500 && !m_tlsActive) {
        // RFC 5321 §3.2: an old server that does not know EHLO gets HELO. Not after STARTTLS:
        // the server knew EHLO a moment ago, so a refusal now is a real error.
        setState(State::Helo);
        sendCommand("HELO " + ehloName());
        armTimer(m_request.server.timeouts.commandMs);
        return;
    }
    fail(Failure::ServerRefused, tr("The server refused our introduction (EHLO)."), &reply);
}

void SmtpSession::handleHelo(const SmtpReply &reply)
{
    if (!reply.isPositive()) {
        fail(Failure::ServerRefused, tr("The server refused our introduction (EHLO and HELO)."), &reply);
        return;
    }
    m_capabilities.clear();
    afterCapabilities();
}

bool SmtpSession::hasCapability(QLatin1String keyword) const
{
    return !capabilityArguments(keyword).isNull();
}

QString SmtpSession::capabilityArguments(QLatin1String keyword) const
{
    for (const QString &line : m_capabilities) {
        const QString upper = line.trimmed().toUpper();
        if (upper == keyword)
            return u""_s;
        if (upper.startsWith(keyword) && upper.size() > keyword.size()
            && (upper.at(keyword.size()) == u' ' || upper.at(keyword.size()) == u'='))
            return line.trimmed().mid(keyword.size() + 1).trimmed();
    }
    return {};
}

void SmtpSession::afterCapabilities()
{
    const ServerSettings &server = m_request.server;
    const bool wantTls = server.security == Smtp::Security::StartTls
        || (server.security == Smtp::Security::Opportunistic && hasCapability("STARTTLS"_L1));
    if (wantTls && !m_tlsActive) {
        if (!hasCapability("STARTTLS"_L1)) {
            fail(Failure::Tls,
                tr("The server does not offer STARTTLS, so the connection cannot be encrypted and nothing was sent. "
                   "Choose SSL/TLS (usually port 465) if the server supports it; Mailwright never falls back to plain "
                   "text."));
            return;
        }
        setState(State::StartTls);
        sendCommand("STARTTLS");
        armTimer(server.timeouts.commandMs);
        return;
    }

    m_pipelining = hasCapability("PIPELINING"_L1);
    m_sizeLimit = capabilityArguments("SIZE"_L1).section(u' ', 0, 0).toLongLong();
    Q_EMIT capabilitiesChanged(m_capabilities);

    if (!server.user.isEmpty() && server.auth != Smtp::AuthMethod::None) {
        startAuth();
        return;
    }
    if (m_request.isConnectionTest()) {
        succeedConnectionTest();
        return;
    }
    startEnvelope();
}

void SmtpSession::handleStartTls(const SmtpReply &reply)
{
    if (reply.code != 220) {
        fail(Failure::Tls, tr("The server refused to start encryption (STARTTLS), so nothing was sent."), &reply);
        return;
    }
    // RFC 3207 §5 / CVE-2011-0411: anything already sent after the 220 was injected in plain text
    // and would be read as if it came over TLS.
    if (m_parser.hasBufferedData() || m_socket->bytesAvailable() > 0) {
        fail(Failure::Protocol,
            tr("The server sent data after agreeing to STARTTLS and before encryption began. This is how a "
               "man-in-the-middle attack looks; the connection was closed and nothing was sent."));
        return;
    }
    setState(State::TlsHandshake);
    log(Direction::Tls, tr("Starting TLS handshake"));
    m_socket->startClientEncryption();
    armTimer(m_request.server.timeouts.commandMs);
}

void SmtpSession::startAuth()
{
    const ServerSettings &server = m_request.server;
    if (!m_tlsActive && !hasCapability("AUTH"_L1) && hasCapability("STARTTLS"_L1)) {
        // Postfix and OpenSMTPD by default: AUTH appears only once the link is encrypted.
        fail(Failure::Auth, tr("This server offers STARTTLS and login only after it: choose STARTTLS."));
        return;
    }
    if (!m_tlsActive && !server.allowPlainTextAuth) {
        fail(Failure::Auth,
            tr("Mailwright will not send your password over an unencrypted connection. Choose STARTTLS or SSL/TLS, "
               "or explicitly allow plain-text authentication for this account."));
        return;
    }
    const QString offeredText = capabilityArguments("AUTH"_L1);
    const QStringList offered = offeredText.split(u' ', Qt::SkipEmptyParts);
    if (offered.isEmpty()) {
        fail(Failure::Auth,
            tr("The server does not offer authentication (no AUTH in its EHLO reply), but a user name is set. "
               "Remove the user name if this server accepts mail without logging in."));
        return;
    }
    m_authMethod = Sasl::choose(server.auth, offered, server.credential);
    if (m_authMethod == Smtp::AuthMethod::None) {
        const bool token = server.credential == ServerSettings::Credential::BearerToken;
        const QString wanted = server.auth != Smtp::AuthMethod::Auto
            ? QString::fromLatin1(Sasl::mechanismName(server.auth))
            : token ? tr("sign-in with a token (XOAUTH2 or OAUTHBEARER)")
                    : tr("a method Mailwright supports");
        fail(Failure::Auth, tr("The server does not offer %1; it offers: %2.").arg(wanted, offeredText));
        return;
    }
    setState(State::Auth);
    armTimer(server.timeouts.commandMs);
    const QByteArray mechanism = Sasl::mechanismName(m_authMethod);
    const QString redacted = u"AUTH %1 <redacted>"_s.arg(QString::fromLatin1(mechanism));
    switch (m_authMethod) {
    case Smtp::AuthMethod::Plain:
        // RFC 4954 initial response: one round trip instead of two.
        m_authStep = AuthStep::Password;
        sendCommand("AUTH PLAIN " + Sasl::plain(server.user, server.secret), redacted);
        return;
    case Smtp::AuthMethod::XOAuth2:
        m_authStep = AuthStep::Password;
        sendCommand("AUTH XOAUTH2 " + Sasl::xoauth2(server.user, server.secret), redacted);
        return;
    case Smtp::AuthMethod::OAuthBearer:
        m_authStep = AuthStep::Password;
        sendCommand(
            "AUTH OAUTHBEARER " + Sasl::oauthBearer(server.user, server.host, server.effectivePort(), server.secret),
            redacted);
        return;
    case Smtp::AuthMethod::Login:
        m_authStep = AuthStep::Username;
        sendCommand("AUTH LOGIN");
        return;
    case Smtp::AuthMethod::CramMd5:
        m_authStep = AuthStep::Challenge;
        sendCommand("AUTH CRAM-MD5");
        return;
    case Smtp::AuthMethod::Auto:
    case Smtp::AuthMethod::None:
        break;
    }
}

void SmtpSession::handleAuth(const SmtpReply &reply)
{
    const ServerSettings &server = m_request.server;
    if (reply.code == 235) {
        log(Direction::Info, tr("Logged in as %1").arg(server.user));
        if (m_request.isConnectionTest())
            succeedConnectionTest();
        else
            startEnvelope();
        return;
    }
    if (reply.code == 334) {
        armTimer(server.timeouts.commandMs);
        const QString redacted = u"<redacted>"_s;
        switch (m_authMethod) {
        case Smtp::AuthMethod::Login:
            if (m_authStep == AuthStep::Username) {
                m_authStep = AuthStep::Password;
                sendCommand(Sasl::loginStep(server.user), redacted);
            } else {
                sendCommand(Sasl::loginStep(server.secret), redacted);
            }
            return;
        case Smtp::AuthMethod::CramMd5:
            sendCommand(Sasl::cramMd5(server.user, server.secret, reply.lines.value(0).toLatin1()), redacted);
            return;
        case Smtp::AuthMethod::XOAuth2:
            // The 334 carries a JSON error; the client answers with an empty line and gets 535.
            m_authStep = AuthStep::BearerError;
            log(Direction::Info,
                tr("The server rejected the token: %1")
                    .arg(QString::fromUtf8(QByteArray::fromBase64(reply.lines.value(0).toLatin1()))));
            sendCommand(QByteArray(), u"<empty response>"_s);
            return;
        case Smtp::AuthMethod::OAuthBearer:
            // RFC 7628 §3.2.3: the error challenge is answered with a single %x01, then 535.
            m_authStep = AuthStep::BearerError;
            log(Direction::Info,
                tr("The server rejected the token: %1")
                    .arg(QString::fromUtf8(QByteArray::fromBase64(reply.lines.value(0).toLatin1()))));
            sendCommand(QByteArray("\x01").toBase64(), u"<error acknowledged>"_s);
            return;
        case Smtp::AuthMethod::Plain:
            sendCommand(Sasl::plain(server.user, server.secret), redacted);
            return;
        case Smtp::AuthMethod::Auto:
        case Smtp::AuthMethod::None:
            break;
        }
    }
    QString message = tr("Logging in as %1 failed.").arg(server.user);
    if (reply.code == 535 || reply.enhancedCode == u"5.7.8") {
        const QString hint = StatusExplainer::authorizationCodeHint(server.host);
        message = Sentences::join({ message, hint });
    }
    fail(reply.isTransient() ? Failure::ServerRefused : Failure::Auth, message, &reply);
}

void SmtpSession::succeedConnectionTest()
{
    SendResult result;
    result.outcome = Outcome::Verified;
    result.message = m_tlsActive
        ? tr("Connection test passed: %1 answered, encryption (%2) and login worked.")
              .arg(m_request.server.host, m_tls.protocol)
        : tr("Connection test passed: %1 answered (no encryption).").arg(m_request.server.host);
    complete(result, Ending::Quit);
}

bool SmtpSession::requiresSmtpUtf8() const
{
    if (!isAscii(m_request.mailFrom))
        return true;
    for (const QString &recipient : m_request.recipients)
        if (!isAscii(recipient))
            return true;
    return false;
}

void SmtpSession::startEnvelope()
{
    const ServerSettings &server = m_request.server;
    m_bodyTotal = m_request.body->size();
    if (m_sizeLimit > 0 && m_bodyTotal > m_sizeLimit) {
        fail(Failure::MessageTooLarge,
            tr("The message is %1, but the server accepts at most %2. Nothing was sent: remove or shrink attachments.")
                .arg(Sentences::dataSize(m_bodyTotal), Sentences::dataSize(m_sizeLimit)));
        return;
    }
    const bool utf8 = requiresSmtpUtf8();
    if (utf8 && !hasCapability("SMTPUTF8"_L1)) {
        fail(Failure::ServerRefused,
            tr("An address has non-ASCII characters before the @, and this server does not support SMTPUTF8 "
               "(internationalised addresses). Nothing was sent."));
        return;
    }
    QByteArray mail = "MAIL FROM:<" + m_request.mailFrom.toUtf8() + '>';
    if (hasCapability("SIZE"_L1)) // RFC 1870: declare the size so the server can refuse early
        mail += " SIZE=" + QByteArray::number(m_bodyTotal);
    if (utf8)
        mail += " SMTPUTF8";

    setState(State::Envelope);
    armTimer(server.timeouts.commandMs);
    if (m_pipelining) {
        // RFC 2920: MAIL, every RCPT and DATA in one group; replies come back in order.
        QList<QByteArray> group { mail };
        m_pending = { Pending::Mail };
        for (const QString &recipient : std::as_const(m_request.recipients)) {
            group << "RCPT TO:<" + recipient.toUtf8() + '>';
            m_pending << Pending::Rcpt;
        }
        group << "DATA";
        m_pending << Pending::Data;
        m_rcptSent = int(m_request.recipients.size());
        sendCommands(group);
    } else {
        m_pending = { Pending::Mail };
        sendCommand(mail);
    }
}

void SmtpSession::sendNextRcpt()
{
    const QString recipient = m_request.recipients.at(m_rcptSent++);
    m_pending << Pending::Rcpt;
    sendCommand("RCPT TO:<" + recipient.toUtf8() + '>');
}

void SmtpSession::handleEnvelope(const SmtpReply &reply)
{
    if (m_pending.isEmpty()) {
        fail(Failure::Protocol, tr("The server sent a reply nobody asked for."), &reply);
        return;
    }
    armTimer(m_request.server.timeouts.commandMs);
    switch (m_pending.takeFirst()) {
    case Pending::Mail:
        m_mailAccepted = reply.isPositive();
        m_mailReply = reply;
        if (!m_mailAccepted && !m_pipelining) {
            fail(Failure::ServerRefused, tr("The server refused the sender address %1.").arg(m_request.mailFrom),
                &reply);
            return;
        }
        if (!m_pipelining)
            sendNextRcpt();
        return;
    case Pending::Rcpt: {
        RecipientResult result;
        result.address = m_request.recipients.value(m_nextRcpt++);
        result.accepted = reply.isPositive();
        result.replyCode = reply.code;
        result.enhancedCode = reply.enhancedCode;
        result.serverText = reply.text();
        if (!result.accepted)
            result.explanation = StatusExplainer::explainRecipient(reply.code, reply.enhancedCode, result.serverText);
        m_recipients << result;
        Q_EMIT recipientResult(result);
        if (m_pipelining || reply.code == 421)
            return;
        if (m_rcptSent < m_request.recipients.size()) {
            sendNextRcpt();
            return;
        }
        if (!anyRecipientAccepted()) {
            failAllRecipientsRefused();
            return;
        }
        m_pending << Pending::Data;
        sendCommand("DATA");
        armTimer(m_request.server.timeouts.dataStartMs);
        return;
    }
    case Pending::Data:
        if (reply.code == 354) {
            if (!m_mailAccepted || !anyRecipientAccepted()) {
                // Pipelined DATA was accepted although nobody will receive the message: end the
                // empty transaction at once (RFC 2920 §3.1) and report the refusal.
                m_abandonData = true;
                setState(State::Confirm);
                sendCommand(".");
                armTimer(m_request.server.timeouts.dataConfirmMs);
                return;
            }
            startBody();
            return;
        }
        if (!m_mailAccepted) {
            fail(Failure::ServerRefused, tr("The server refused the sender address %1.").arg(m_request.mailFrom),
                &m_mailReply);
            return;
        }
        if (!anyRecipientAccepted()) {
            failAllRecipientsRefused();
            return;
        }
        fail(Failure::ServerRefused, tr("The server refused to take the message (DATA)."), &reply);
        return;
    }
}

bool SmtpSession::anyRecipientAccepted() const
{
    for (const RecipientResult &r : m_recipients)
        if (r.accepted)
            return true;
    return false;
}

void SmtpSession::failAllRecipientsRefused()
{
    QStringList details;
    for (const RecipientResult &r : std::as_const(m_recipients))
        details << u"%1 (%2 %3)"_s.arg(r.address, QString::number(r.replyCode), r.serverText);
    SmtpReply last;
    if (!m_recipients.isEmpty()) {
        last.code = m_recipients.last().replyCode;
        last.enhancedCode = m_recipients.last().enhancedCode;
        last.lines = { m_recipients.last().serverText };
    }
    SendResult result = failureResult(Failure::ServerRefused,
        Sentences::join(
            { tr("The server refused every recipient, so the message was not sent: %1.").arg(details.join(u"; "_s)),
                temporaryRefusalNote(m_recipients) }),
        m_recipients.isEmpty() ? nullptr : &last);
    result.outcome = Outcome::Refused;
    complete(result, Ending::Quit);
}

// --- the body --------------------------------------------------------------------------------

void SmtpSession::startBody()
{
    setState(State::Body);
    m_encoder = std::make_unique<DataEncoder>();
    armTimer(m_request.server.timeouts.dataBlockMs);
    Q_EMIT progress(0, m_bodyTotal);
    pumpBody();
}

void SmtpSession::pumpBody()
{
    QByteArray chunk(BodyChunkBytes, Qt::Uninitialized);
    QByteArray wire;
    while (m_state == State::Body && !m_bodyEnded
        && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() < SocketHighWaterBytes) {
        const qint64 n = m_request.body->read(chunk.data(), chunk.size());
        if (n < 0) {
            // Abort without the final dot: the server must discard the partial message.
            fail(Failure::Input,
                tr("Sending stopped because the message could not be read: %1").arg(m_request.body->errorString()));
            return;
        }
        wire.clear();
        if (n > 0) {
            m_bodyRead += n;
            logHeaders(chunk.constData(), n);
            m_encoder->encode(chunk.constData(), n, wire);
        }
        // Only a read of 0 ends the body: atEnd() of a sequential device can be true between
        // chunks.
        if (n == 0) {
            m_bodyEnded = true;
            m_encoder->finish(wire);
            // The header block was shown line by line above; the summary counts what follows it.
            log(Direction::Client,
                tr("… %1 message body streamed").arg(Sentences::dataSize(m_bodyRead - m_headerBytes)));
            log(Direction::Client, u"."_s);
            if (m_pipelining) {
                // RFC 2920 §3.1: the message content may start a group, so QUIT can follow the dot.
                wire += "QUIT\r\n";
                m_quitPipelined = true;
                log(Direction::Client, u"QUIT"_s);
            }
        }
        m_socket->write(wire);
    }
    if (m_bodyEnded && m_state == State::Body) {
        setState(State::Confirm);
        armTimer(m_request.server.timeouts.dataConfirmMs);
    }
}

void SmtpSession::reportBodyProgress()
{
    if (!m_socket)
        return;
    const qint64 queued = m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
    const qint64 sent = qBound<qint64>(m_bodyProgress, m_bodyRead - queued, m_bodyTotal);
    if (sent == m_bodyProgress && !(m_bodyEnded && queued == 0 && m_bodyProgress != m_bodyTotal))
        return;
    m_bodyProgress = (m_bodyEnded && queued == 0) ? m_bodyTotal : sent;
    Q_EMIT progress(m_bodyProgress, m_bodyTotal);
}

void SmtpSession::logHeaders(const char *data, qint64 size)
{
    // Show the header block as sent, then only a summary of the body (never dump it).
    if (m_headersDone)
        return;
    m_headerLog.append(data, int(qMin<qint64>(size, 64 * 1024)));
    qsizetype start = 0;
    while (!m_headersDone) {
        const qsizetype newline = m_headerLog.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArray line = m_headerLog.mid(start, newline - start);
        if (line.endsWith('\r'))
            line.chop(1);
        m_headerBytes += newline + 1 - start;
        start = newline + 1;
        if (line.isEmpty()) {
            m_headersDone = true;
            log(Direction::Client, QString());
            break;
        }
        if (m_headerLinesShown++ < MaxHeaderLinesShown)
            log(Direction::Client, QString::fromUtf8(line));
    }
    m_headerLog.remove(0, start);
    if (m_headerLog.size() > 64 * 1024) { // no blank line in sight: not a header block
        m_headersDone = true;
        m_headerLog.clear();
        m_headerBytes = 0;
    }
    if (m_headersDone)
        m_headerLog = QByteArray();
}

void SmtpSession::handleConfirm(const SmtpReply &reply)
{
    m_timer.stop();
    SendResult result;
    result.replyCode = reply.code;
    result.enhancedCode = reply.enhancedCode;
    result.serverText = reply.text();
    if (m_abandonData) {
        failAllRecipientsRefused();
        return;
    }
    if (!reply.isPositive()) {
        const bool tooLarge = reply.code == 552 || reply.enhancedCode == u"5.2.3" || reply.enhancedCode == u"5.3.4";
        result = failureResult(tooLarge ? Failure::MessageTooLarge : Failure::ServerRefused,
            tr("The server refused the message."), &reply);
        result.outcome = Outcome::Refused;
        complete(result, Ending::Quit);
        return;
    }
    int accepted = 0;
    for (const RecipientResult &r : std::as_const(m_recipients))
        accepted += r.accepted ? 1 : 0;
    if (accepted == m_recipients.size()) {
        result.outcome = Outcome::Sent;
        const QString said = u"%1 %2"_s.arg(reply.code).arg(reply.text());
        result.message = tr("Sent to %n recipient(s). The server said: %1", nullptr, accepted).arg(said);
    } else {
        result.outcome = Outcome::PartlyRefused;
        result.failure = Failure::ServerRefused;
        QStringList details;
        for (const RecipientResult &r : std::as_const(m_recipients))
            if (!r.accepted)
                details << u"%1 (%2 %3)"_s.arg(r.address, QString::number(r.replyCode), r.serverText);
        result.message = Sentences::join({ tr("Sent to %1 of %2 recipients; the server refused: %3.")
                                               .arg(accepted)
                                               .arg(m_recipients.size())
                                               .arg(details.join(u"; "_s)),
            temporaryRefusalNote(m_recipients) });
    }
    complete(result, Ending::Quit);
}

void SmtpSession::lostAfterBody(const QString &what)
{
    // Only "maybe delivered" when every byte of the message left this machine; otherwise the
    // server cannot have the final dot and the message certainly was not accepted.
    const bool allLeft = m_socket && m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() == 0;
    if (!allLeft && !m_abandonData) {
        fail(Failure::Connection,
            tr("The connection was lost before the whole message was sent. It was not delivered; you can send it "
               "again."));
        return;
    }
    if (m_abandonData) {
        failAllRecipientsRefused();
        return;
    }
    SendResult result = failureResult(Failure::MaybeDelivered,
        Sentences::join({ what,
            tr("The message may have been delivered: check with a recipient before sending it again, or it may arrive "
               "twice.") }),
        nullptr);
    result.outcome = Outcome::Unknown;
    complete(result, Ending::Abort);
}

// --- ending ----------------------------------------------------------------------------------

SendResult SmtpSession::failureResult(Failure failure, const QString &message, const SmtpReply *reply) const
{
    SendResult result;
    result.outcome = failure == Failure::Cancelled ? Outcome::Cancelled : Outcome::Failed;
    result.failure = failure;
    result.stage = m_state;
    result.message = message;
    if (reply) {
        result.replyCode = reply->code;
        result.enhancedCode = reply->enhancedCode;
        result.serverText = reply->text();
        const QString said
            = QStringList { QString::number(reply->code), reply->enhancedCode, reply->text() }.join(u' ').simplified();
        result.message
            = Sentences::join({ message, StatusExplainer::explain(reply->code, reply->enhancedCode, reply->text()),
                tr("The server said: %1").arg(said) });
    }
    return result;
}

void SmtpSession::fail(Failure failure, const QString &message, const SmtpReply *reply)
{
    complete(failureResult(failure, message, reply), canQuitAfter(failure) ? Ending::Quit : Ending::Abort);
}

bool SmtpSession::canQuitAfter(Failure failure) const
{
    // A server that refused something, or whose offer we refused (SIZE, SMTPUTF8, no usable
    // AUTH), is still listening for commands: it gets a polite QUIT, or it logs a lost
    // connection. A broken or hostile connection (protocol violation, certificate, timeout,
    // a TLS handshake that failed) is cut, and so is a message half sent: QUIT would be body.
    switch (failure) {
    case Failure::Protocol:
    case Failure::Timeout:
    case Failure::Certificate:
    case Failure::Connection:
    case Failure::Cancelled:
    case Failure::MaybeDelivered:
        return false;
    case Failure::None:
    case Failure::Input:
    case Failure::Tls:
    case Failure::Auth:
    case Failure::ServerRefused:
    case Failure::MessageTooLarge:
        break;
    }
    switch (m_state) {
    case State::Idle:
    case State::Connecting:
    case State::TlsHandshake:
    case State::Body:
    case State::Quit:
    case State::Done:
        return false;
    case State::Greeting:
    case State::Ehlo:
    case State::Helo:
    case State::StartTls:
    case State::Auth:
    case State::Envelope:
    case State::Confirm:
        return true;
    }
    return false;
}

void SmtpSession::complete(const SendResult &result, Ending ending)
{
    if (m_resultSet)
        return;
    m_result = result;
    if (m_result.stage == State::Idle)
        m_result.stage = m_state;
    m_resultSet = true;
    m_timer.stop();
    const bool good = result.outcome == Outcome::Sent || result.outcome == Outcome::Verified;
    log(good ? Direction::Info : Direction::Error, result.message);
    const bool connected = m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    m_ending = ending;
    if (ending == Ending::Quit && connected && m_state != State::Body) {
        setState(State::Quit);
        if (!m_quitPipelined)
            sendCommand("QUIT");
        armTimer(m_request.server.timeouts.quitMs);
        return;
    }
    emitFinished();
}

void SmtpSession::emitFinished()
{
    if (!m_finishPending)
        return;
    m_finishPending = false;
    m_timer.stop();
    m_result.recipients = m_recipients;
    m_result.capabilities = m_capabilities;
    m_result.sizeLimit = m_sizeLimit;
    if (m_tls.encrypted || !m_tls.sha256Fingerprint.isEmpty())
        m_result.tls = m_tls;
    m_result.bodyBytesSent = m_bodyProgress;
    m_result.elapsedMs = m_clock.elapsed();
    closeSocket();
    setState(State::Done);
    const SendResult result = m_result;
    Q_EMIT finished(result);
}

void SmtpSession::closeSocket()
{
    if (!m_socket)
        return;
    QSslSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    if (m_ending == Ending::Abort) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    // After QUIT: close TLS properly (close_notify, RFC 8446 §6.1), then TCP once it is written.
    // The socket outlives this send for that moment; a peer that never lets it drain is cut.
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState) {
        socket->deleteLater();
        return;
    }
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(m_request.server.timeouts.quitMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

void SmtpSession::cancel()
{
    if (!m_finishPending || m_resultSet)
        return;
    if (m_state == State::Confirm && !m_abandonData) {
        lostAfterBody(tr("Cancelled after the whole message was sent, before the server confirmed it."));
        return;
    }
    // Immediate, like QNetworkReply::abort(): no QUIT exchange to wait for.
    complete(failureResult(Failure::Cancelled,
                 m_bodyRead > 0 ? tr("Sending was cancelled before the message was complete; it was not delivered.")
                                : tr("Sending was cancelled; nothing was delivered."),
                 nullptr),
        Ending::Abort);
}

// --- helpers ---------------------------------------------------------------------------------

QByteArray SmtpSession::ehloName() const
{
    if (!m_request.server.ehloName.isEmpty())
        return m_request.server.ehloName.toUtf8();
    // RFC 5321 §4.1.4: a fully qualified name, else an address literal. Bare host names such
    // as "ann-laptop" are refused by strict servers, so they are not used.
    const QString host = QSysInfo::machineHostName();
    if (host.contains(u'.') && isAscii(host) && !host.endsWith(u".local"_s))
        return host.toLatin1();
    const QHostAddress local = m_socket ? m_socket->localAddress() : QHostAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol && !local.toIPv4Address())
        return "[IPv6:" + local.toString().toLatin1() + ']';
    if (!local.isNull())
        return '[' + QHostAddress(local.toIPv4Address()).toString().toLatin1() + ']';
    return "[127.0.0.1]";
}

TlsSummary SmtpSession::describeTls() const
{
    TlsSummary tls;
    if (!m_socket)
        return tls;
    tls.encrypted = m_socket->isEncrypted();
    tls.protocol = protocolName(m_socket->sessionProtocol());
    tls.cipher = m_socket->sessionCipher().name();
    const QSslCertificate peer = m_socket->peerCertificate();
    if (!peer.isNull()) {
        tls.subject = peer.subjectInfo(QSslCertificate::CommonName).join(u", "_s);
        if (tls.subject.isEmpty())
            tls.subject = peer.subjectDisplayName();
        tls.issuer = peer.issuerInfo(QSslCertificate::CommonName).join(u", "_s);
        if (tls.issuer.isEmpty())
            tls.issuer = peer.issuerDisplayName();
        tls.notBefore = peer.effectiveDate();
        tls.notAfter = peer.expiryDate();
        tls.sha256Fingerprint = Fingerprint::of(peer);
    }
    for (const QSslError &error : m_sslErrors)
        tls.verificationErrors << error.errorString();
    tls.pinned = m_tls.pinned;
    return tls;
}
