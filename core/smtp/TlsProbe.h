#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QSslSocket;

// Finds out whether a port that sent no greeting is waiting for a TLS hello instead: STARTTLS
// (or no encryption) chosen for an implicit-TLS port leaves both sides silent until a timeout.
// After `delayMs` without a greeting it opens a second connection and tries a TLS handshake,
// trusting nothing — the answer is only "this port speaks TLS", never used for mail.
class TlsProbe : public QObject
{
    Q_OBJECT
public:
    explicit TlsProbe(QObject *parent = nullptr);
    ~TlsProbe() override;

    void start(int delayMs, const QHostAddress &address, quint16 port, const QString &peerName);

Q_SIGNALS:
    void checking(); // the second connection is being made
    void speaksTls(); // a TLS handshake succeeded: the port expects TLS from the start
    void noTls(); // refused, closed, not TLS, or no answer in time

private:
    void connectProbe();
    void conclude(bool tls);

    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_peerName;
    QTimer m_timer;
    QSslSocket *m_socket = nullptr;
    bool m_done = false;
};
