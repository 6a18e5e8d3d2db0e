#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>
#include <QTcpServer>

class QSslSocket;

// An SMTP server that replays a script, for the faults real servers will not produce on demand.
// Listens on 127.0.0.1, port 0, in the test's own thread. Script lines, in transcript shape:
//   "S: 250 ok"         send this line (CRLF added)
//   "C: EHLO *"         expect the client's next line; a trailing "*" matches any rest
//   "C: <any>"          expect any one line
//   "DATA"              read the message up to CRLF.CRLF and keep it (receivedData())
//   "TLS"               start server-side TLS (certificate from setCertificate)
//   "SEND <hex or text>" raw bytes with no CRLF ("SEND \x..." escapes: \r \n \xHH)
//   "SPLIT 250 text"    send the line one byte per write, flushing each
//   "SLEEP ms"          pause before the next step (never blocks the event loop)
//   "CLOSE"             close the connection
//   "CLOSE 421 text"    send this line and close at once: the reply and the FIN reach the client
//                       together (one read); "S: …", "SLEEP 50", "CLOSE" makes it two
//   "BYTES"             wait for any bytes from the client and drop them (a TLS ClientHello)
//   "SILENCE"           stop, keep the connection open (for timeouts)
// A mismatch closes the connection and is reported by mismatch().
class ScriptedSmtpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit ScriptedSmtpServer(QObject *parent = nullptr);
    ~ScriptedSmtpServer() override;

    void setScript(const QStringList &script);
    void setCertificate(const QSslCertificate &certificate, const QSslKey &key);
    bool start(); // listen on 127.0.0.1:0

    bool scriptDone() const { return m_step >= m_script.size(); }
    QString mismatch() const { return m_mismatch; }
    QList<QByteArray> receivedLines() const { return m_received; } // every client line, raw
    QByteArray receivedData() const { return m_data; }             // last DATA, as on the wire
    QByteArray receivedBytes() const { return m_allBytes; }        // everything the client sent in plain text
    int connectionCount() const { return m_connections; }
    // How the client's side ended: empty while connected or when it closed cleanly (TCP FIN
    // and, over TLS, close_notify first); else the socket's error text.
    QString closeError() const { return m_closeError; }
    bool clientClosed() const { return m_clientClosed; }

    // A self-signed certificate for "localhost" made with openssl at test time.
    static bool makeCertificate(QSslCertificate *certificate, QSslKey *key, QString *error,
                                const QString &commonName = QStringLiteral("localhost"));

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void run();
    void onReadyRead();
    bool takeLine(QByteArray *line);
    void setMismatch(const QString &what);

    QStringList m_script;
    int m_step = 0;
    QSslSocket *m_socket = nullptr;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QByteArray m_buffer;
    QList<QByteArray> m_received;
    QByteArray m_data;
    QByteArray m_allBytes;
    bool m_inData = false;
    bool m_sleeping = false;
    QString m_mismatch;
    int m_connections = 0;
    QString m_closeError;
    bool m_clientClosed = false;
};
