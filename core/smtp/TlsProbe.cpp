#include "TlsProbe.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace {
constexpr int answerWithinMs = 10'000;
}

TlsProbe::TlsProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
}

TlsProbe::~TlsProbe()
{
    if (m_socket)
        m_socket->abort();
}

void TlsProbe::start(int delayMs, const QHostAddress &address, quint16 port, const QString &peerName)
{
    m_address = address;
    m_port = port;
    m_peerName = peerName;
    m_done = false;
    m_timer.disconnect(this);
    connect(&m_timer, &QTimer::timeout, this, &TlsProbe::connectProbe);
    m_timer.start(delayMs);
}

void TlsProbe::connectProbe()
{
    Q_EMIT checking();
    m_socket = new QSslSocket(this);
    // Only whether the port speaks TLS matters; nothing is sent over this connection.
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(m_socket, &QSslSocket::encrypted, this, [this] { conclude(true); });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] { conclude(false); });
    connect(m_socket, &QSslSocket::disconnected, this, [this] { conclude(false); });
    m_timer.disconnect(this);
    connect(&m_timer, &QTimer::timeout, this, [this] { conclude(false); });
    m_timer.start(answerWithinMs);
    m_socket->connectToHostEncrypted(m_address.toString(), m_port, m_peerName);
}

void TlsProbe::conclude(bool tls)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (tls)
        Q_EMIT speaksTls();
    else
        Q_EMIT noTls();
}
