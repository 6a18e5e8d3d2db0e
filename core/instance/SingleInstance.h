#pragma once

#include "instance/InstanceProtocol.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;
class QTimer;

// One Mailwright per user: the first `mailwright` listens on a local socket in the user's
// runtime folder (XDG_RUNTIME_DIR: the user's own, mode 0700); a later one hands its request
// over and exits, so every window shares one set of stores (AppServices) and one keychain
// session. A socket left behind by a crash (nobody answers on it) is replaced. start() is
// answered by exactly one of becamePrimary, handedOver or failed, never from inside start().
// The only blocking step is a lock file, held for the moment it takes to try the socket and to
// listen, so that two launches at once cannot both become the instance.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &socketPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // <runtime folder>/org.mailwright.Mailwright.socket
    static QString defaultSocketPath();
    QString socketPath() const { return m_socketPath; }

    void start(const InstanceProtocol::Request &request);
    bool isPrimary() const;

    // How long a later launch waits for the running instance to answer.
    void setReplyTimeout(std::chrono::milliseconds timeout) { m_replyTimeout = timeout; }
    // How long the instance waits for a connected launch to finish its request.
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }
    // The primary answers describe requests with what this returns; unset, they are refused.
    // A test hook: the application sets it only when MAILWRIGHT_TEST_HOOKS=1.
    void setDescriber(std::function<QJsonArray()> describer) { m_describer = std::move(describer); }

Q_SIGNALS:
    void becamePrimary(); // listening; the request given to start() is this process's to open
    void handedOver(); // the running instance accepted the request
    void failed(const QString &message);
    void requestReceived(const InstanceProtocol::Request &request); // primary: from a later launch

private:
    void decide();
    void becomePrimaryNow();
    void onConnected();
    void onConnectError();
    void onReplyBytes();
    void onClientGone();
    void finishClient(const QString &error);
    void acceptConnection();
    void serve(QLocalSocket *socket);

    QString m_socketPath;
    InstanceProtocol::Request m_request;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_client = nullptr;
    QTimer *m_replyTimer = nullptr;
    InstanceProtocol::FrameReader m_replyReader;
    int m_attempts = 0;
    bool m_decided = false;
    std::chrono::milliseconds m_replyTimeout { 10000 };
    std::chrono::milliseconds m_requestTimeout { 10000 };
    std::function<QJsonArray()> m_describer;
};
