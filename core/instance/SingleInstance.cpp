#include "SingleInstance.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace InstanceProtocol;

namespace {

// A lock older than this whose holder is gone is taken over (QLockFile also takes over at once
// from a holder that no longer runs); holding it takes milliseconds.
constexpr int staleLockMs = 10000;
constexpr int lockWaitMs = 5000;
// A later launch that finds the instance closing tries once more, and then becomes it.
constexpr int maxAttempts = 2;

} // namespace

SingleInstance::SingleInstance(const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_socketPath(socketPath)
{
}

SingleInstance::~SingleInstance() = default; // the server, a child, closes and removes its socket

QString SingleInstance::defaultSocketPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation))
        .filePath(u"org.mailwright.Mailwright.socket"_s);
}

bool SingleInstance::isPrimary() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::start(const Request &request)
{
    m_request = request;
    m_attempts = 0;
    m_decided = false;
    QTimer::singleShot(0, this, &SingleInstance::decide);
}

void SingleInstance::decide()
{
    ++m_attempts;
    m_lock = std::make_unique<QLockFile>(m_socketPath + u".lock"_s);
    m_lock->setStaleLockTime(staleLockMs);
    if (!m_lock->tryLock(lockWaitMs)) {
        finishClient(tr("Another Mailwright is starting and does not finish; if none is running, remove %1.")
                         .arg(QDir::toNativeSeparators(m_socketPath + u".lock"_s)));
        return;
    }
    m_replyReader = FrameReader();
    m_client = new QLocalSocket(this);
    connect(m_client, &QLocalSocket::connected, this, &SingleInstance::onConnected);
    connect(m_client, &QLocalSocket::errorOccurred, this, &SingleInstance::onConnectError);
    connect(m_client, &QLocalSocket::readyRead, this, &SingleInstance::onReplyBytes);
    connect(m_client, &QLocalSocket::disconnected, this, &SingleInstance::onClientGone);
    m_client->connectToServer(m_socketPath);
}

void SingleInstance::onConnected()
{
    m_lock.reset(); // someone is listening: there is no instance to become
    if (!m_replyTimer) {
        m_replyTimer = new QTimer(this);
        m_replyTimer->setSingleShot(true);
        connect(m_replyTimer, &QTimer::timeout, this, [this] {
            finishClient(tr("Mailwright is running but did not answer within %n second(s).", nullptr,
                int(std::chrono::duration_cast<std::chrono::seconds>(m_replyTimeout).count())));
        });
    }
    m_replyTimer->start(m_replyTimeout);
    m_client->write(encode(m_request));
}

void SingleInstance::onConnectError()
{
    if (m_decided || !m_client || m_client->state() == QLocalSocket::ConnectedState)
        return; // a connection that ends is onClientGone's
    const QLocalSocket::LocalSocketError error = m_client->error();
    if (error == QLocalSocket::PeerClosedError)
        return; // followed by disconnected
    const QString reason = m_client->errorString();
    m_client->disconnect(this);
    m_client->deleteLater();
    m_client = nullptr;
    // No socket, or one nobody listens on any more (left by a crash): become the instance.
    if (error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError)
        becomePrimaryNow();
    else
        finishClient(
            tr("Cannot reach the running Mailwright at %1: %2").arg(QDir::toNativeSeparators(m_socketPath), reason));
}

void SingleInstance::becomePrimaryNow()
{
    QLocalServer::removeServer(m_socketPath); // a stale socket file, if any
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_socketPath)) {
        const QString reason = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        finishClient(
            tr("Cannot listen at %1 for later launches: %2").arg(QDir::toNativeSeparators(m_socketPath), reason));
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
    m_lock.reset();
    m_decided = true;
    Q_EMIT becamePrimary();
}

void SingleInstance::onReplyBytes()
{
    if (m_decided || !m_client)
        return;
    m_replyReader.append(m_client->readAll());
    QByteArray payload;
    switch (m_replyReader.next(&payload)) {
    case FrameReader::Status::NeedMore:
        return;
    case FrameReader::Status::TooLarge:
        finishClient(tr("The running Mailwright sent an answer this one cannot read."));
        return;
    case FrameReader::Status::Frame:
        break;
    }
    const ReplyDecode decoded = decodeReply(payload);
    if (!decoded.ok())
        finishClient(decoded.error);
    else if (!decoded.reply.ok)
        finishClient(decoded.reply.error);
    else
        finishClient(QString());
}

void SingleInstance::onClientGone()
{
    if (m_decided || !m_client)
        return;
    m_client->disconnect(this);
    m_client->deleteLater();
    m_client = nullptr;
    if (m_replyTimer)
        m_replyTimer->stop();
    // The instance closed without answering: most likely its last window was just closed.
    if (m_attempts < maxAttempts)
        decide();
    else
        finishClient(tr("The running Mailwright closed the connection without answering."));
}

void SingleInstance::finishClient(const QString &error)
{
    if (m_decided)
        return;
    m_decided = true;
    m_lock.reset();
    if (m_replyTimer)
        m_replyTimer->stop();
    if (m_client) {
        m_client->disconnect(this);
        m_client->abort();
        m_client->deleteLater();
        m_client = nullptr;
    }
    if (error.isEmpty())
        Q_EMIT handedOver();
    else
        Q_EMIT failed(error);
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection())
        serve(socket);
}

void SingleInstance::serve(QLocalSocket *socket)
{
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    // A launch that connects and never finishes its request does not hold on forever.
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, socket, &QLocalSocket::abort);
    timer->start(m_requestTimeout);

    struct Exchange
    {
        FrameReader reader;
        bool answered = false; // one request per connection
    };
    auto exchange = std::make_shared<Exchange>();
    const auto answer = [socket, timer, exchange](const Reply &reply) {
        exchange->answered = true;
        timer->stop();
        socket->write(encode(reply));
        socket->disconnectFromServer(); // after the answer is written
    };
    const auto read = [this, socket, exchange, answer] {
        if (exchange->answered || socket->state() != QLocalSocket::ConnectedState)
            return;
        exchange->reader.append(socket->readAll());
        QByteArray payload;
        switch (exchange->reader.next(&payload)) {
        case FrameReader::Status::NeedMore:
            return;
        case FrameReader::Status::TooLarge:
            answer({ false, tooLarge(), {} });
            return;
        case FrameReader::Status::Frame:
            break;
        }
        const RequestDecode decoded = decodeRequest(payload);
        if (!decoded.ok()) {
            answer({ false, decoded.error, {} });
            return;
        }
        switch (decoded.request.kind) {
        case Kind::Compose:
            Q_EMIT requestReceived(decoded.request); // the window exists once the launch hears back
            answer({ true, {}, {} });
            return;
        case Kind::Describe:
            if (m_describer)
                answer({ true, {}, m_describer() });
            else
                answer({ false, tr("This Mailwright does not describe its windows (MAILWRIGHT_TEST_HOOKS is not set)."),
                    {} });
            return;
        }
    };
    connect(socket, &QLocalSocket::readyRead, socket, read);
    if (socket->bytesAvailable() > 0)
        read();
}
