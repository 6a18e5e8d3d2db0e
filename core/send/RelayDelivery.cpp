#include "RelayDelivery.h"

#include "smtp/SmtpSession.h"

RelayDelivery::RelayDelivery(const SendRequest &request, QObject *parent)
    : Delivery(parent)
    , m_request(request)
    , m_session(new SmtpSession(this))
{
    connect(m_session, &SmtpSession::stateChanged, this, &RelayDelivery::onStateChanged);
    connect(m_session, &SmtpSession::transcript, this, &Delivery::transcript);
    connect(m_session, &SmtpSession::progress, this, &Delivery::progress);
    connect(m_session, &SmtpSession::recipientResult, this, &Delivery::recipientResult);
    connect(m_session, &SmtpSession::tlsEstablished, this, &Delivery::tlsEstablished);
    connect(m_session, &SmtpSession::capabilitiesChanged, this, &Delivery::capabilitiesChanged);
    connect(m_session, &SmtpSession::finished, this, [this](const SendResult &result) {
        m_running = false;
        Q_EMIT finished(result);
    });
}

RelayDelivery::~RelayDelivery()
{
    // Our session goes with us; nothing it says on the way out concerns our listeners.
    m_session->disconnect(this);
}

void RelayDelivery::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stage = Send::Stage::Idle;
    m_session->send(m_request); // begins on the next turn
}

void RelayDelivery::cancel()
{
    if (m_running)
        m_session->cancel(); // finishes at once, through `finished`
}

QString RelayDelivery::endpoint() const
{
    return m_request.server.endpointLabel();
}

void RelayDelivery::onStateChanged(Smtp::State state)
{
    const Send::Stage stage = Send::stageOf(state);
    if (stage == m_stage)
        return; // EHLO after the greeting, the handshake after STARTTLS: the same step to a person
    m_stage = stage;
    const QString detail = stage == Send::Stage::SigningIn ? m_request.server.user : endpoint();
    Q_EMIT stageChanged(stage, detail);
}
