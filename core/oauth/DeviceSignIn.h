#pragma once

#include "OAuthSignIn.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

// Signing in from a terminal (mailwright-send --sign-in): the device authorization grant,
// RFC 8628, which Qt 6.4 does not have. Asks for a code, emits `codeReady` for the person to
// open the address and type the code on any device, then polls the token endpoint at the interval
// the server asks for, slowing down by five seconds whenever it says slow_down (§3.5), until the
// tokens come, the person declines, or the code expires. `finished` comes exactly once.
class DeviceSignIn : public QObject
{
    Q_OBJECT
public:
    explicit DeviceSignIn(const OAuthProvider &provider, QObject *parent = nullptr);

    void start();
    void cancel();
    int pollIntervalSeconds() const { return m_intervalSeconds; }

Q_SIGNALS:
    // verificationUriComplete may be empty (not every provider sends it).
    void codeReady(const QString &userCode, const QUrl &verificationUri, const QUrl &verificationUriComplete);
    void finished(const OAuthOutcome &outcome);

private:
    void requestCode();
    void poll();
    void finish(const OAuthOutcome &outcome);
    void finishWithError(const OAuthError &error);

    OAuthProvider m_provider;
    QNetworkAccessManager *m_network = nullptr;
    QTimer m_timer;
    QString m_deviceCode;
    int m_intervalSeconds = 5; // RFC 8628 §3.2: 5 when the server does not say
    QDateTime m_expiresAt;
    bool m_running = false;
};
