#pragma once

#include "Delivery.h"
#include "smtp/SendRequest.h"

class SmtpSession;

// Delivery through one configured server (the relay route): one SmtpSession over the request.
// A request with no message and no recipients is a connection test — connect, TLS, AUTH, QUIT.
class RelayDelivery : public Delivery
{
    Q_OBJECT
public:
    explicit RelayDelivery(const SendRequest &request, QObject *parent = nullptr);
    ~RelayDelivery() override;

    void start() override;
    void cancel() override;
    bool isRunning() const override { return m_running; }
    QString endpoint() const override;

private:
    void onStateChanged(Smtp::State state);

    SendRequest m_request;
    SmtpSession *m_session = nullptr;
    bool m_running = false;
    Send::Stage m_stage = Send::Stage::Idle;
};
