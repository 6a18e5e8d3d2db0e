#include "DirectDelivery.h"

#include "smtp/Sentences.h"
#include "smtp/SmtpSession.h"

#include <QDnsLookup>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

DirectDelivery::DirectDelivery(const ServerSettings &settings, const QString &mailFrom, const QStringList &recipients,
    BodyFactory body, QObject *parent)
    : Delivery(parent)
    , m_settings(settings)
    , m_mailFrom(mailFrom)
    , m_body(std::move(body))
{
    m_settings.security = Smtp::Security::Opportunistic;
    m_settings.auth = Smtp::AuthMethod::None;
    m_settings.user.clear();
    m_settings.secret.clear();
    for (const QString &recipient : recipients) {
        const QString domain = QString::fromLatin1(QUrl::toAce(recipient.section(u'@', -1)));
        auto it = std::find_if(m_domains.begin(), m_domains.end(), [&](const Domain &d) { return d.name == domain; });
        if (it == m_domains.end())
            m_domains.append(Domain { domain, { recipient }, {}, 0, {} });
        else
            it->recipients << recipient;
    }
}

DirectDelivery::~DirectDelivery() = default;

void DirectDelivery::setNameserver(const QHostAddress &nameserver)
{
    m_nameserver = nameserver;
}

void DirectDelivery::note(Smtp::Direction direction, const QString &text)
{
    Q_EMIT transcript(TranscriptEntry { 0, direction, text });
}

QString DirectDelivery::endpoint() const
{
    QStringList domains;
    for (const Domain &domain : m_domains)
        domains << domain.name;
    return u"direct: "_s + domains.join(u", "_s);
}

void DirectDelivery::start()
{
    if (m_running) {
        qWarning("DirectDelivery::start: already sending; ignored");
        return;
    }
    m_running = true;
    m_cancelled = false;
    m_settings.port = m_port;
    m_results.clear();
    m_current = -1;
    for (Domain &domain : m_domains) {
        domain.hosts.clear();
        domain.nextHost = 0;
        domain.tried.clear();
    }
    QMetaObject::invokeMethod(this, &DirectDelivery::nextDomain, Qt::QueuedConnection);
}

QDnsLookup *DirectDelivery::makeLookup(QDnsLookup::Type type, const QString &name)
{
    auto *lookup = new QDnsLookup(type, name, this);
    if (!m_nameserver.isNull())
        lookup->setNameserver(m_nameserver);
    return lookup;
}

void DirectDelivery::nextDomain()
{
    if (m_cancelled)
        return;
    if (++m_current >= m_domains.size()) {
        // One result for the whole delivery: every recipient's answer, the worst failure first.
        SendResult combined;
        QStringList messages;
        int accepted = 0;
        for (const SendResult &r : std::as_const(m_results)) {
            combined.recipients += r.recipients;
            messages << r.message;
            combined.elapsedMs += r.elapsedMs;
            combined.bodyBytesSent += r.bodyBytesSent;
        }
        for (const RecipientResult &r : std::as_const(combined.recipients))
            accepted += r.accepted ? 1 : 0;
        const bool allSent = std::all_of(
            m_results.begin(), m_results.end(), [](const SendResult &r) { return r.outcome == Smtp::Outcome::Sent; });
        const auto worst = std::find_if(
            m_results.begin(), m_results.end(), [](const SendResult &r) { return r.outcome != Smtp::Outcome::Sent; });
        if (allSent) {
            combined.outcome = Smtp::Outcome::Sent;
        } else if (accepted > 0) {
            combined.outcome = Smtp::Outcome::PartlyRefused;
            combined.failure = worst->failure;
        } else {
            combined = *worst;
            combined.recipients.clear();
            for (const SendResult &r : std::as_const(m_results))
                combined.recipients += r.recipients;
        }
        combined.message = Sentences::join(messages);
        m_running = false;
        Q_EMIT finished(combined);
        return;
    }
    lookUpMx();
}

void DirectDelivery::lookUpMx()
{
    const Domain &domain = m_domains.at(m_current);
    Q_EMIT stageChanged(Send::Stage::Resolving, domain.name);
    note(Smtp::Direction::Info, tr("Looking up the mail servers (MX) of %1").arg(domain.name));
    m_lookup = makeLookup(QDnsLookup::MX, domain.name);
    connect(m_lookup, &QDnsLookup::finished, this, &DirectDelivery::onMxLookedUp);
    m_lookup->lookup();
}

void DirectDelivery::onMxLookedUp()
{
    QDnsLookup *lookup = m_lookup;
    lookup->deleteLater();
    if (m_cancelled)
        return;
    Domain &domain = m_domains[m_current];
    QList<QDnsMailExchangeRecord> records = lookup->mailExchangeRecords();
    std::stable_sort(
        records.begin(), records.end(), [](const auto &a, const auto &b) { return a.preference() < b.preference(); });
    if (lookup->error() == QDnsLookup::NoError && !records.isEmpty()) {
        for (const QDnsMailExchangeRecord &mx : std::as_const(records))
            domain.hosts << mx.exchange();
        note(Smtp::Direction::Info, tr("Mail servers of %1: %2").arg(domain.name, domain.hosts.join(u", "_s)));
        // RFC 7505: a single MX of "." says the domain takes no mail at all.
        if (domain.hosts.size() == 1 && (domain.hosts.first().isEmpty() || domain.hosts.first() == u"."_s)) {
            SendResult result;
            result.outcome = Smtp::Outcome::Refused;
            result.failure = Smtp::Failure::ServerRefused;
            result.message = tr("%1 declares that it accepts no mail (null MX).").arg(domain.name);
            finishDomain(result);
            return;
        }
    } else if (lookup->error() == QDnsLookup::NoError || lookup->error() == QDnsLookup::NotFoundError
        || (lookup->error() == QDnsLookup::InvalidReplyError && records.isEmpty())) {
        // (Qt 6.4 reports an answer with no records, DNS "NODATA", as an invalid reply.)
        // RFC 5321 §5.1: no MX records: the domain itself is the mail server.
        domain.hosts << domain.name;
        note(Smtp::Direction::Info, tr("%1 has no MX record; trying the domain's own address").arg(domain.name));
    } else {
        SendResult result;
        result.failure = Smtp::Failure::Connection;
        result.stage = Smtp::State::Connecting;
        result.message = tr("Looking up the mail servers of %1 failed: %2").arg(domain.name, lookup->errorString());
        finishDomain(result);
        return;
    }
    tryNextHost();
}

void DirectDelivery::tryNextHost()
{
    Domain &domain = m_domains[m_current];
    if (domain.nextHost >= domain.hosts.size()) {
        SendResult result;
        result.failure = Smtp::Failure::Connection;
        result.stage = Smtp::State::Connecting;
        result.message
            = tr("No mail server of %1 could be reached on port %2 (tried %3). Many networks and home internet "
                 "providers block outgoing port 25; sending through your provider's SMTP server (a relay "
                 "profile) is the usual answer.")
                  .arg(domain.name)
                  .arg(m_port)
                  .arg(domain.tried.join(u", "_s));
        finishDomain(result);
        return;
    }
    const QString host = domain.hosts.at(domain.nextHost++);
    domain.tried << host;
    // Resolve through the same resolver as the MX lookup, so a test's DNS server answers too.
    m_lookup = makeLookup(QDnsLookup::A, host);
    connect(m_lookup, &QDnsLookup::finished, this, &DirectDelivery::onAddressLookedUp);
    m_lookup->lookup();
}

void DirectDelivery::onAddressLookedUp()
{
    QDnsLookup *lookup = m_lookup;
    lookup->deleteLater();
    if (m_cancelled)
        return;
    const QList<QDnsHostAddressRecord> addresses = lookup->hostAddressRecords();
    if (addresses.isEmpty()) {
        note(Smtp::Direction::Error, tr("%1 has no address: %2").arg(lookup->name(), lookup->errorString()));
        tryNextHost();
        return;
    }
    const Domain &domain = m_domains.at(m_current);
    ServerSettings settings = m_settings;
    settings.host = addresses.first().value().toString();
    SendRequest request;
    request.server = settings;
    request.mailFrom = m_mailFrom;
    request.recipients = domain.recipients;
    request.body = m_body();
    note(Smtp::Direction::Info, tr("Delivering to %1 (%2)").arg(lookup->name(), settings.host));
    if (m_session)
        m_session->deleteLater();
    m_session = new SmtpSession(this);
    const QString host = lookup->name();
    connect(m_session, &SmtpSession::stateChanged, this, [this, host](Smtp::State state) {
        if (state != Smtp::State::Done) // the next domain's lookup, or our finished, follows
            Q_EMIT stageChanged(Send::stageOf(state), host);
    });
    connect(m_session, &SmtpSession::transcript, this, &Delivery::transcript);
    connect(m_session, &SmtpSession::progress, this, &Delivery::progress);
    connect(m_session, &SmtpSession::recipientResult, this, &Delivery::recipientResult);
    connect(m_session, &SmtpSession::tlsEstablished, this, &Delivery::tlsEstablished);
    connect(m_session, &SmtpSession::capabilitiesChanged, this, &Delivery::capabilitiesChanged);
    connect(m_session, &SmtpSession::finished, this, &DirectDelivery::onSessionFinished);
    m_session->send(request);
}

void DirectDelivery::onSessionFinished(const SendResult &result)
{
    // Unreachable host (nothing answered): the next MX. Anything a server said is final.
    const bool unreachable = (result.failure == Smtp::Failure::Connection || result.failure == Smtp::Failure::Timeout)
        && (result.stage == Smtp::State::Connecting || result.stage == Smtp::State::Greeting) && result.replyCode == 0;
    if (unreachable && !m_cancelled) {
        tryNextHost();
        return;
    }
    finishDomain(result);
}

void DirectDelivery::finishDomain(const SendResult &result)
{
    SendResult r = result;
    const Domain &domain = m_domains.at(m_current);
    if (r.recipients.isEmpty()) { // never got as far as RCPT: every recipient shares the failure
        for (const QString &address : domain.recipients) {
            RecipientResult rr;
            rr.address = address;
            rr.explanation = r.message;
            r.recipients << rr;
        }
    }
    m_results << r;
    nextDomain();
}

void DirectDelivery::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_lookup)
        m_lookup->abort();
    if (m_session && m_session->isActive()) {
        disconnect(m_session, &SmtpSession::finished, this, &DirectDelivery::onSessionFinished);
        m_session->cancel();
    }
    SendResult result;
    result.outcome = Smtp::Outcome::Cancelled;
    result.failure = Smtp::Failure::Cancelled;
    result.message = tr("Sending was cancelled.");
    for (const SendResult &r : std::as_const(m_results))
        result.recipients += r.recipients;
    m_running = false;
    Q_EMIT finished(result);
}
