#pragma once

#include "OAuthProvider.h"

#include <QObject>

class QNetworkAccessManager;

// Signing out: asks the provider to revoke a token (RFC 7009) where it offers that (Google);
// elsewhere (Microsoft) forgetting the tokens is all a client can do. `finished` comes once;
// `revoked` is false when the provider has no revocation endpoint or refused.
class OAuthRevocation : public QObject
{
    Q_OBJECT
public:
    OAuthRevocation(const OAuthProvider &provider, const QString &token, QObject *parent = nullptr);
    void start();

Q_SIGNALS:
    void finished(bool revoked);

private:
    OAuthProvider m_provider;
    QString m_token;
    QNetworkAccessManager *m_network = nullptr;
};
