#include "OAuthReplyHandler.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype maxRequestBytes = 16 * 1024; // a redirect is one short GET
} // namespace

OAuthReplyHandler::~OAuthReplyHandler() = default;

QString OAuthReplyHandler::callback() const
{
    return m_redirectUri;
}

QVariantMap OAuthReplyHandler::parseTokenReply(QNetworkReply *reply, OAuthError *error)
{
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    error->httpStatus = status;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    // RFC 6749 §5.2: the error comes as JSON, usually with status 400 (401 for client errors).
    if (!object.value(u"error"_s).toString().isEmpty()) {
        error->code = object.value(u"error"_s).toString();
        error->description = object.value(u"error_description"_s).toString();
        return {};
    }
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        error->code = QLatin1String(OAuthError::network);
        error->description = reply->errorString();
        return {};
    }
    if (object.value(u"access_token"_s).toString().isEmpty()) {
        error->code = QLatin1String(OAuthError::notOAuth);
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        error->description = u"HTTP %1%2"_s.arg(status).arg(type.isEmpty() ? QString() : u", "_s + type);
        return {};
    }
    return object.toVariantMap();
}

void OAuthReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    OAuthError error;
    const QVariantMap values = parseTokenReply(reply, &error);
    if (values.isEmpty()) {
        Q_EMIT tokenRequestFailed(error);
        return;
    }
    Q_EMIT tokensReceived(values);
}

bool OAuthReplyHandler::listen()
{
    if (m_server.isListening())
        return true;
    connect(&m_server, &QTcpServer::newConnection, this, &OAuthReplyHandler::onNewConnection, Qt::UniqueConnection);
    if (!m_server.listen(QHostAddress::LocalHost, 0)) // 127.0.0.1 only, a port the system picks
        return false;
    // Kept after the listener closes: the code exchange repeats it (RFC 6749 §4.1.3).
    m_redirectUri = u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort());
    return true;
}

void OAuthReplyHandler::close()
{
    m_server.close();
}

void OAuthReplyHandler::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void OAuthReplyHandler::onReadyRead(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > maxRequestBytes) {
        socket->abort();
        return;
    }
    if (!socket->canReadLine())
        return;
    const QList<QByteArray> requestLine = socket->readLine().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0) != "GET") {
        answer(socket, 405, "Not here", "Mailwright only waits for the sign-in's answer here.");
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    if (target.path() != u"/"_s || !m_server.isListening()) {
        answer(socket, 404, "Not here", "Mailwright only waits for the sign-in's answer here.");
        return;
    }
    // Form encoding: a '+' is a space (providers write "error_description=AADSTS65001:+The+user…");
    // a real '+' in a code comes as %2B.
    const QUrlQuery query(target.query(QUrl::FullyEncoded).replace(u'+', u"%20"_s));
    QVariantMap values;
    const QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        values.insert(key, value);
    if (m_state.isEmpty() || values.value(u"state"_s).toString() != m_state) {
        // Not the answer to the sign-in we started (RFC 6749 §10.12, cross-site request
        // forgery): refuse it, say so, and end this sign-in.
        m_server.close();
        answer(socket, 400, "Refused",
            "This answer does not belong to the sign-in Mailwright started, so it was refused. Start the sign-in "
            "again from Mailwright.");
        OAuthError error;
        error.code = QLatin1String(OAuthError::stateMismatch);
        Q_EMIT callbackRefused(error);
        return;
    }
    m_server.close(); // one answer only: a second request finds nobody listening
    if (values.contains(u"error"_s))
        answer(socket, 200, "Sign-in not completed",
            "The sign-in was not completed. Mailwright shows what happened; you can close this tab.");
    else
        answer(socket, 200, "Signed in", "You are signed in. You can close this tab and return to Mailwright.");
    Q_EMIT callbackReceived(values);
}

void OAuthReplyHandler::answer(QTcpSocket *socket, int status, const QByteArray &title, const QByteArray &text)
{
    const QByteArray page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title
        + " — Mailwright</title></head><body style=\"font-family: sans-serif; margin: 3em\"><h1>" + title + "</h1><p>"
        + text + "</p></body></html>";
    const QByteArray reason = status == 200 ? "OK"
        : status == 400                     ? "Bad Request"
        : status == 404                     ? "Not Found"
                                            : "Method Not Allowed";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close\r\n"
          "Content-Length: "
        + QByteArray::number(page.size()) + "\r\n\r\n" + page);
    socket->disconnectFromHost();
}
