#pragma once

#include "OAuthError.h"

#include <QAbstractOAuthReplyHandler>
#include <QPointer>
#include <QTcpServer>
#include <QVariantMap>

class QTcpSocket;

// QtNetworkAuth's reply handler, with what Qt 6.4's own ones lack: a token endpoint's error
// (RFC 6749 §5.2, sent with HTTP 400 — `invalid_grant`) or an answer that is not OAuth's JSON
// reaches tokenRequestFailed() instead of a log line, so the person hears of it.
//
// With listen() it is also the one-shot loopback receiver of the authorization code flow
// (RFC 8252 §7.3), replacing QOAuthHttpServerReplyHandler, which binds every interface, accepts
// any path, ignores a wrong `state` and never closes: this one binds 127.0.0.1 on a port the
// system picks, serves the one path "/" once, refuses an answer whose `state` is not the
// expected one (a page saying so, and callbackRefused()), and closes after that first answer.
class OAuthReplyHandler : public QAbstractOAuthReplyHandler
{
    Q_OBJECT
public:
    using QAbstractOAuthReplyHandler::QAbstractOAuthReplyHandler;
    ~OAuthReplyHandler() override;

    // The redirect URI, http://127.0.0.1:PORT/, from listen() on (also once closed); empty before.
    QString callback() const override;
    void networkReplyFinished(QNetworkReply *reply) override;

    [[nodiscard]] bool listen();
    bool isListening() const { return m_server.isListening(); }
    void expectState(const QString &state) { m_state = state; }
    void close();

    // Parses a token endpoint's reply: its JSON values, or why there are none.
    static QVariantMap parseTokenReply(QNetworkReply *reply, OAuthError *error);

Q_SIGNALS:
    void tokenRequestFailed(const OAuthError &error);
    void callbackRefused(const OAuthError &error);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &title, const QByteArray &text);

    QTcpServer m_server;
    QString m_redirectUri;
    QString m_state;
};
