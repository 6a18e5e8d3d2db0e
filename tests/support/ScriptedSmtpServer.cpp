#include "ScriptedSmtpServer.h"

#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTimer>

ScriptedSmtpServer::ScriptedSmtpServer(QObject *parent)
    : QTcpServer(parent)
{
}

ScriptedSmtpServer::~ScriptedSmtpServer() = default;

void ScriptedSmtpServer::setScript(const QStringList &script)
{
    // "SPLIT line" becomes one SEND per byte with a pause between, so the client really gets
    // the reply in many reads.
    m_script.clear();
    for (const QString &step : script) {
        if (!step.startsWith(QLatin1String("SPLIT "))) {
            m_script << step;
            continue;
        }
        const QByteArray line = step.mid(6).toUtf8() + "\r\n";
        for (char c : line) {
            m_script << QStringLiteral("SEND \\x%1").arg(uchar(c), 2, 16, QLatin1Char('0'));
            m_script << QStringLiteral("SLEEP 2");
        }
    }
    m_step = 0;
}

void ScriptedSmtpServer::setCertificate(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

bool ScriptedSmtpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

bool ScriptedSmtpServer::makeCertificate(QSslCertificate *certificate, QSslKey *key, QString *error,
                                         const QString &commonName)
{
    QTemporaryDir dir;
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:") + commonName, QStringLiteral("-keyout"),
                   dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem"))});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read generated certificate");
        return false;
    }
    *certificate = QSslCertificate(certFile.readAll());
    *key = QSslKey(keyFile.readAll(), QSsl::Rsa);
    return !certificate->isNull() && !key->isNull();
}

void ScriptedSmtpServer::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    if (m_socket) { // one client at a time; later ones are refused
        QTcpSocket extra;
        extra.setSocketDescriptor(descriptor);
        extra.abort();
        return;
    }
    m_socket = new QSslSocket(this);
    m_socket->setSocketDescriptor(descriptor);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QSslSocket::readyRead, this, &ScriptedSmtpServer::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &ScriptedSmtpServer::run);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // RemoteHostClosedError is the clean end; over TLS, OpenSSL reports a FIN without
        // close_notify as an error of its own ("unexpected eof").
        if (error != QAbstractSocket::RemoteHostClosedError && m_closeError.isEmpty())
            m_closeError = m_socket->errorString();
    });
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        m_clientClosed = true;
        m_socket->deleteLater();
        m_socket = nullptr;
    });
    run();
}

void ScriptedSmtpServer::setMismatch(const QString &what)
{
    if (m_mismatch.isEmpty())
        m_mismatch = QStringLiteral("step %1: %2").arg(m_step).arg(what);
    if (m_socket)
        m_socket->abort();
}

static QByteArray unescape(const QString &text)
{
    QByteArray out;
    const QByteArray in = text.toUtf8();
    for (int i = 0; i < in.size(); ++i) {
        if (in[i] == '\\' && i + 1 < in.size()) {
            const char c = in[++i];
            if (c == 'r')
                out += '\r';
            else if (c == 'n')
                out += '\n';
            else if (c == 'x' && i + 2 < in.size()) {
                out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
                i += 2;
            } else
                out += c;
        } else {
            out += in[i];
        }
    }
    return out;
}

// Runs every server-side step up to the next "C:" or DATA, which wait for the client.
void ScriptedSmtpServer::run()
{
    while (m_socket && !m_sleeping && m_step < m_script.size()) {
        const QString step = m_script.at(m_step);
        if (step.startsWith(QLatin1String("S: "))) {
            m_socket->write(step.mid(3).toUtf8() + "\r\n");
            m_socket->flush();
        } else if (step.startsWith(QLatin1String("SEND "))) {
            m_socket->write(unescape(step.mid(5)));
            m_socket->flush();
        } else if (step.startsWith(QLatin1String("SLEEP "))) {
            m_sleeping = true;
            ++m_step;
            QTimer::singleShot(step.mid(6).toInt(), this, [this] {
                m_sleeping = false;
                run();
                onReadyRead();
            });
            return;
        } else if (step == QLatin1String("TLS")) {
            ++m_step;
            if (m_buffer.size() > 0) {
                setMismatch(QStringLiteral("client sent data before the TLS handshake"));
                return;
            }
            QSslConfiguration config = m_socket->sslConfiguration();
            config.setLocalCertificate(m_certificate);
            config.setPrivateKey(m_key);
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            m_socket->setSslConfiguration(config);
            m_socket->startServerEncryption();
            return; // continues in run() on encrypted()
        } else if (step == QLatin1String("CLOSE")) {
            ++m_step;
            m_socket->disconnectFromHost();
            return;
        } else if (step.startsWith(QLatin1String("CLOSE "))) {
            ++m_step;
            m_socket->write(step.mid(6).toUtf8() + "\r\n");
            m_socket->flush();
            m_socket->disconnectFromHost();
            return;
        } else if (step == QLatin1String("BYTES")) {
            if (m_buffer.isEmpty())
                return; // onReadyRead() comes back here
            m_buffer.clear();
        } else if (step == QLatin1String("SILENCE")) {
            ++m_step;
            return;
        } else {
            return; // "C:" or DATA: wait for the client
        }
        ++m_step;
    }
}

bool ScriptedSmtpServer::takeLine(QByteArray *line)
{
    const qsizetype newline = m_buffer.indexOf("\r\n");
    if (newline < 0)
        return false;
    *line = m_buffer.left(newline);
    m_buffer.remove(0, newline + 2);
    return true;
}

void ScriptedSmtpServer::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (!m_socket->isEncrypted())
        m_allBytes += bytes;
    m_buffer += bytes;
    while (m_socket && !m_sleeping) {
        if (m_inData) {
            const qsizetype end = m_buffer.indexOf("\r\n.\r\n");
            const bool emptyBody = m_buffer.startsWith(".\r\n");
            if (end < 0 && !emptyBody)
                return;
            const qsizetype cut = emptyBody ? 0 : end + 2;
            m_data = m_buffer.left(cut);
            m_buffer.remove(0, cut + 3);
            m_inData = false;
            ++m_step;
            run();
            continue;
        }
        if (m_step >= m_script.size()) {
            QByteArray line;
            if (takeLine(&line)) {
                m_received << line;
                continue; // extra lines after the script: recorded, not a mismatch (QUIT etc.)
            }
            return;
        }
        const QString step = m_script.at(m_step);
        if (step == QLatin1String("BYTES")) {
            if (m_buffer.isEmpty())
                return;
            run();
            continue;
        }
        if (step == QLatin1String("DATA")) {
            m_inData = true;
            continue;
        }
        if (!step.startsWith(QLatin1String("C: ")))
            return;
        QByteArray line;
        if (!takeLine(&line))
            return;
        m_received << line;
        const QString expected = step.mid(3);
        const QString got = QString::fromUtf8(line);
        const bool matches = expected == QLatin1String("<any>")
            || (expected.endsWith(QLatin1Char('*')) ? got.startsWith(expected.chopped(1)) : got == expected);
        if (!matches) {
            setMismatch(QStringLiteral("expected “%1”, got “%2”").arg(expected, got));
            return;
        }
        ++m_step;
        run();
    }
}
