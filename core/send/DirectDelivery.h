#pragma once

#include "Delivery.h"
#include "smtp/ServerSettings.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QIODevice>
#include <QPointer>
#include <QSharedPointer>

#include <functional>

class SmtpSession;

// Delivery without a relay: recipients grouped by domain, each domain's MX hosts looked up
// with QDnsLookup (the domain's own address when it has no MX) and tried by preference on
// port 25 with opportunistic STARTTLS, one SmtpSession per domain. A route over SmtpSession,
// not a second protocol implementation. `finished` comes once, with every recipient's result.
class DirectDelivery : public Delivery
{
    Q_OBJECT
public:
    using BodyFactory = std::function<QSharedPointer<QIODevice>()>; // a fresh device per attempt

    // `settings` supplies EHLO name and timeouts; host, port, security and auth are ours.
    DirectDelivery(const ServerSettings &settings, const QString &mailFrom, const QStringList &recipients,
        BodyFactory body, QObject *parent = nullptr);
    ~DirectDelivery() override;

    void setNameserver(const QHostAddress &nameserver); // default: the system's resolver
    void setPort(quint16 port) { m_port = port; } // 25; other values only for tests

    void start() override;
    void cancel() override;
    bool isRunning() const override { return m_running; }
    // "direct: example.org, example.net" — the recipients' domains, in order.
    QString endpoint() const override;

private:
    struct Domain
    {
        QString name; // ASCII (IDNA) domain
        QStringList recipients;
        QStringList hosts; // by preference
        int nextHost = 0;
        QStringList tried;
    };

    void nextDomain();
    void lookUpMx();
    void onMxLookedUp();
    void tryNextHost();
    void onAddressLookedUp();
    void onSessionFinished(const SendResult &result);
    void finishDomain(const SendResult &result);
    void note(Smtp::Direction direction, const QString &text);
    QDnsLookup *makeLookup(QDnsLookup::Type type, const QString &name);

    ServerSettings m_settings;
    QString m_mailFrom;
    BodyFactory m_body;
    QList<Domain> m_domains;
    int m_current = -1;
    QHostAddress m_nameserver;
    quint16 m_port = 25;
    QPointer<QDnsLookup> m_lookup;
    QPointer<SmtpSession> m_session;
    QList<SendResult> m_results;
    bool m_cancelled = false;
    bool m_running = false;
};
