#include "SendController.h"

#include "AppServices.h"
#include "DirectDelivery.h"
#include "RelayDelivery.h"
#include "SendStatusText.h"
#include "ServerFacts.h"
#include "account/PasswordVault.h"
#include "mime/EmlWriter.h"
#include "mime/MessageBuilder.h"
#include "mime/MimeStream.h"
#include "oauth/OAuthProvider.h"
#include "oauth/OAuthSignIn.h"
#include "store/AddressHistory.h"
#include "store/ConversationLog.h"
#include "store/DraftStore.h"

#include <QHostAddress>
#include <QTimer>

using namespace Qt::StringLiterals;

SendController::SendController(AppServices *services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    m_waitingTick.setInterval(1000);
    connect(&m_waitingTick, &QTimer::timeout, this,
        [this] { Q_EMIT waiting(m_deliveryClock.elapsed(), m_lastActivity.elapsed()); });
}

SendController::~SendController()
{
    if (m_delivery)
        m_delivery->disconnect(this); // it goes with us; its last words concern nobody
}

void SendController::start(const SendJob &job)
{
    if (isBusy()) {
        qWarning("SendController::start: a send is already running; ignored");
        return;
    }
    m_job = job;
    m_tokens.reset();
    m_phase = Phase::Queued;
    m_stage = Send::Stage::Idle;
    m_stream.reset();
    const quint64 attempt = ++m_attempt;
    // Never finish from inside start(): callers connect and set their state first.
    QTimer::singleShot(0, this, [this, attempt] {
        if (attempt == m_attempt && m_phase == Phase::Queued)
            begin();
    });
}

void SendController::begin()
{
    if (m_job.purpose == SendJob::Purpose::Send) {
        const MimeBuild build = MessageBuilder::build(m_job.message);
        if (!build.ok()) {
            finishLocally(Smtp::Failure::Input, build.error);
            return;
        }
        if (!m_job.emlCopyPath.isEmpty()) {
            const QString error = EmlWriter::write(build.stream->clone().data(), m_job.emlCopyPath);
            if (!error.isEmpty()) {
                finishLocally(Smtp::Failure::Input, error);
                return;
            }
        }
        const QString endpoint = m_job.profile.endpointLabel();
        const qint64 limit = m_services->serverFacts()->sizeLimit(endpoint);
        if (limit > 0 && build.stream->size() > limit) {
            finishLocally(
                Smtp::Failure::MessageTooLarge, SendStatusText::tooLarge(build.stream->size(), endpoint, limit));
            return;
        }
        m_stream = build.stream;
    }
    if (m_job.profile.signsIn() && !m_job.secret)
        obtainSecret();
    else
        deliver(m_job.secret.value_or(QString()));
}

void SendController::obtainSecret()
{
    m_phase = Phase::LookingUp;
    setStage(Send::Stage::Credential);
    const quint64 attempt = m_attempt;
    m_services->passwords()->lookup(m_job.profile, this, [this, attempt](const PasswordLookup &lookup) {
        if (attempt == m_attempt && m_phase == Phase::LookingUp)
            onSecretLookedUp(lookup);
    });
}

void SendController::onSecretLookedUp(const PasswordLookup &lookup)
{
    if (m_job.profile.usesOAuth()) {
        useSignIn(lookup);
        return;
    }
    if (m_job.askAgainBecause.isEmpty() && lookup.found()) {
        deliver(lookup.secret);
        return;
    }
    m_phase = Phase::Asking;
    setStage(Send::Stage::AskingPassword);
    SecretRequest request;
    request.profile = m_job.profile;
    request.lookup = lookup;
    request.reason = m_job.askAgainBecause;
    request.canKeep = canKeepSecret();
    Q_EMIT secretRequired(request);
}

void SendController::useSignIn(const PasswordLookup &lookup)
{
    m_tokens = OAuthTokens::fromJson(lookup.secret.toUtf8());
    const OAuthProvider provider = OAuthProvider::forSettings(m_job.profile.oauth);
    if (!m_tokens || !m_tokens->isSignedIn()) {
        m_tokens.reset();
        finishLocally(Smtp::Failure::Auth,
            tr("“%1” is not signed in to %2. Sign in, then send again; your message is kept.")
                .arg(m_job.profile.name, provider.name));
        return;
    }
    if (m_tokens->hasFreshAccessToken(QDateTime::currentDateTimeUtc())) {
        deliver(m_tokens->accessToken);
        return;
    }
    setStage(Send::Stage::RenewingSignIn, provider.name);
    m_refresh = new OAuthRefresh(provider, *m_tokens, this);
    connect(m_refresh, &OAuthRefresh::finished, this, &SendController::onRefreshed);
    m_refresh->start();
}

void SendController::onRefreshed(const OAuthOutcome &outcome)
{
    m_refresh->deleteLater();
    if (m_phase != Phase::LookingUp)
        return; // cancelled meanwhile
    const QString provider = OAuthProvider::forSettings(m_job.profile.oauth).name;
    if (!outcome.ok()) {
        const bool unreachable = outcome.error.code == QLatin1String(OAuthError::network);
        finishLocally(unreachable ? Smtp::Failure::Connection : Smtp::Failure::Auth, outcome.error.message(provider));
        return;
    }
    m_tokens = outcome.tokens;
    keepTokens(); // at once: a rotated refresh token is the only one that works from now on
    deliver(m_tokens->accessToken);
}

void SendController::keepTokens()
{
    if (!m_tokens || m_job.profile.id.isEmpty())
        return;
    m_services->passwords()->store(
        m_job.profile, QString::fromUtf8(m_tokens->toJson()), this, [this](const PasswordStoreResult &stored) {
            if (!stored.ok())
                Q_EMIT warning(stored.message);
        });
}

void SendController::provideSecret(const QString &secret, Send::SecretKeep keep)
{
    if (m_phase != Phase::Asking)
        return;
    keepSecret(secret, keep);
    deliver(secret);
}

bool SendController::canKeepSecret() const
{
    return m_job.records.testFlag(Send::Record::Secret) && !m_job.profile.id.isEmpty();
}

void SendController::keepSecret(const QString &secret, Send::SecretKeep keep)
{
    if (!canKeepSecret())
        return; // for this attempt only
    AccountProfile &profile = m_job.profile;
    PasswordVault *vault = m_services->passwords();
    if (keep == Send::SecretKeep::ThisSession) {
        vault->keepForSession(profile, secret);
        return;
    }
    const auto wanted = keep == Send::SecretKeep::SettingsFile ? AccountProfile::PasswordStorage::SettingsFile
                                                               : AccountProfile::PasswordStorage::Keychain;
    if (profile.passwordStorage != wanted) {
        // Only where the password lives changes in the store, nothing else of the job's copy.
        std::optional<AccountProfile> stored = m_services->profiles()->load(profile.name);
        ProfileStoreResult saved;
        if (stored && stored->id == profile.id) {
            stored->passwordStorage = wanted;
            saved = m_services->profiles()->save(*stored);
        } else {
            saved.error = tr("The profile “%1” no longer exists.").arg(profile.name);
        }
        if (saved.ok()) {
            profile.passwordStorage = wanted;
            Q_EMIT m_services->profilesChanged();
        } else {
            Q_EMIT warning(saved.error);
            return;
        }
    }
    vault->store(profile, secret, this, [this](const PasswordStoreResult &stored) {
        if (!stored.ok())
            Q_EMIT warning(stored.message);
    });
}

void SendController::declineSecret(const QString &reason)
{
    if (m_phase == Phase::Asking)
        finishLocally(Smtp::Failure::Input, reason);
}

void SendController::cancel()
{
    switch (m_phase) {
    case Phase::Idle:
        return;
    case Phase::Delivering:
        if (m_delivery)
            m_delivery->cancel(); // finishes at once, through onDeliveryFinished
        return;
    case Phase::Queued:
    case Phase::LookingUp:
    case Phase::Asking:
        if (m_refresh)
            m_refresh->disconnect(this);
        finishLocally(Smtp::Failure::Cancelled, tr("Cancelled before anything was sent."));
        return;
    }
}

void SendController::deliver(const QString &secret)
{
    ServerSettings settings = m_job.profile.toServerSettings(secret);
    settings.extraCaCertificates = m_job.extraCaCertificates;
    settings.timeouts = m_job.effectiveTimeouts();

    Delivery *delivery = makeDelivery(settings);
    m_delivery = delivery;
    m_phase = Phase::Delivering;
    connect(delivery, &Delivery::stageChanged, this, &SendController::setStage);
    connect(delivery, &Delivery::transcript, this, [this](const TranscriptEntry &entry) {
        m_lastActivity.start();
        m_recorder.add(entry);
        Q_EMIT transcript(entry);
    });
    connect(delivery, &Delivery::progress, this, [this](qint64 sentBytes, qint64 totalBytes) {
        m_lastActivity.start();
        Q_EMIT progress(sentBytes, totalBytes);
    });
    m_deliveryClock.start();
    m_lastActivity.start();
    m_waitingTick.start();
    connect(delivery, &Delivery::recipientResult, this, &SendController::recipientResult);
    connect(delivery, &Delivery::tlsEstablished, this, &SendController::tlsEstablished);
    connect(delivery, &Delivery::capabilitiesChanged, this, &SendController::capabilitiesChanged);
    connect(delivery, &Delivery::finished, this, &SendController::onDeliveryFinished);

    const bool test = m_job.purpose == SendJob::Purpose::ConnectionTest;
    QStringList recipients;
    if (!test) {
        const QList<Mailbox> mailboxes = m_job.message.envelopeRecipients();
        for (const Mailbox &mailbox : mailboxes)
            recipients << mailbox.toDisplayString();
    }
    m_recorder.begin(test ? LoggedSession::Kind::ConnectionTest : LoggedSession::Kind::Send, m_job.origin,
        m_job.profile.name, delivery->endpoint(), test ? QString() : m_job.message.subject, recipients);
    Q_EMIT sessionStarted(delivery->endpoint());
    delivery->start();
}

Delivery *SendController::makeDelivery(const ServerSettings &settings)
{
    if (m_job.purpose == SendJob::Purpose::ConnectionTest) {
        SendRequest request; // no message, no recipients: connect, TLS, AUTH, QUIT
        request.server = settings;
        return new RelayDelivery(request, this);
    }
    if (m_job.profile.route == AccountProfile::Route::Direct) {
        const QSharedPointer<MimeStream> stream = m_stream;
        auto *direct = new DirectDelivery(
            settings, m_job.message.envelopeSender(), m_job.message.envelopeRecipientAddresses(),
            [stream] { return stream->clone(); }, this);
        // Test hook shared by every program: a private resolver instead of the system's.
        const QString nameserver = qEnvironmentVariable("MAILWRIGHT_DNS_SERVER");
        if (!nameserver.isEmpty())
            direct->setNameserver(QHostAddress(nameserver));
        return direct;
    }
    SendRequest request;
    request.server = settings;
    request.mailFrom = m_job.message.envelopeSender();
    request.recipients = m_job.message.envelopeRecipientAddresses();
    request.body = m_stream;
    return new RelayDelivery(request, this);
}

void SendController::onDeliveryFinished(const SendResult &result)
{
    if (m_delivery) {
        m_delivery->disconnect(this);
        m_delivery->deleteLater();
    }
    record(result);
    finish(result);
}

void SendController::record(const SendResult &result)
{
    if (m_job.records.testFlag(Send::Record::Log)) {
        ConversationLog *log = m_services->log();
        if (!log->isOpen()) {
            Q_EMIT warning(tr("The conversation log could not be written: %1").arg(m_services->logError()));
        } else if (const LogAppendResult appended = m_recorder.write(log, result); !appended.ok()) {
            Q_EMIT warning(tr("The conversation log could not be written: %1").arg(appended.error));
        }
    }
    // RFC 1870: what the server said of SIZE this time is what it says now (0: no limit).
    if (m_job.profile.route == AccountProfile::Route::Relay && !result.capabilities.isEmpty())
        m_services->serverFacts()->setSizeLimit(m_job.profile.endpointLabel(), result.sizeLimit);
    // The server refused the password: the copy in memory is wrong, ask next time. A refused
    // access token is only stale: the next send renews it with the refresh token.
    if (result.failure == Smtp::Failure::Auth && !m_job.profile.id.isEmpty()) {
        if (m_tokens) {
            m_tokens->accessToken.clear();
            keepTokens();
        } else {
            m_services->passwords()->forgetForSession(m_job.profile);
        }
    }
    if (m_job.purpose != SendJob::Purpose::Send)
        return;

    const bool accepted = result.outcome == Smtp::Outcome::Sent || result.outcome == Smtp::Outcome::PartlyRefused;
    if (accepted && m_job.records.testFlag(Send::Record::AddressHistory)) {
        QList<Mailbox> used = m_job.message.envelopeRecipients();
        used << m_job.message.from;
        if (const StoreStatus recorded = m_services->addressHistory()->recordUsed(used); !recorded.ok())
            Q_EMIT warning(recorded.error);
    }
    if (accepted && m_job.records.testFlag(Send::Record::Sent)) {
        SentItem sent;
        sent.id = m_job.messageId;
        sent.profileName = m_job.profile.name;
        sent.message = m_job.message;
        sent.outcome = result.outcome;
        for (const RecipientResult &recipient : result.recipients)
            if (!recipient.accepted)
                sent.refused << recipient.address;
        if (const DraftSaveResult kept = m_services->drafts()->addToSent(sent); !kept.ok())
            Q_EMIT warning(
                tr("The message was sent, but could not be kept among the sent messages: %1").arg(kept.error));
    }
    if (!m_job.records.testFlag(Send::Record::Outbox))
        return;
    switch (result.outcome) {
    case Smtp::Outcome::Sent:
    case Smtp::Outcome::Verified:
        // Sent: no longer a draft, an outbox item or something to recover.
        if (!m_job.messageId.isEmpty()) {
            m_services->drafts()->removeDraft(m_job.messageId);
            m_services->drafts()->removeFromOutbox(m_job.messageId);
        }
        return;
    case Smtp::Outcome::PartlyRefused:
    case Smtp::Outcome::Cancelled:
        return; // the person is looking at it: the composer keeps it
    case Smtp::Outcome::Refused:
    case Smtp::Outcome::Failed:
    case Smtp::Outcome::Unknown: {
        OutboxItem item;
        item.id = m_job.messageId;
        item.profileName = m_job.profile.name;
        item.message = m_job.message;
        item.reason = result.message;
        item.outcome = result.outcome;
        item.failure = result.failure;
        const DraftSaveResult saved = m_services->drafts()->addToOutbox(item);
        if (saved.ok()) {
            m_job.messageId = saved.id;
            Q_EMIT keptInOutbox(saved.id);
        } else {
            Q_EMIT warning(tr("The message could not be kept in the outbox: %1").arg(saved.error));
        }
        return;
    }
    }
}

void SendController::finishLocally(Smtp::Failure failure, const QString &message)
{
    SendResult result;
    result.outcome = failure == Smtp::Failure::Cancelled ? Smtp::Outcome::Cancelled : Smtp::Outcome::Failed;
    result.failure = failure;
    result.stage = Smtp::State::Idle; // nothing connected
    result.message = message;
    finish(result);
}

void SendController::finish(const SendResult &result)
{
    m_waitingTick.stop();
    ++m_attempt; // any answer still on its way belongs to an attempt that has ended
    m_phase = Phase::Idle;
    m_stream.reset();
    setStage(Send::Stage::Done);
    Q_EMIT finished(result);
}

ProfileStoreResult SendController::trustCertificate(const QString &profileName, const QString &sha256)
{
    ProfileStore *profiles = m_services->profiles();
    std::optional<AccountProfile> stored = profiles->load(profileName);
    if (!stored) {
        ProfileStoreResult missing;
        missing.error = tr("The profile “%1” no longer exists.").arg(profileName);
        return missing;
    }
    stored->trustFingerprint(sha256);
    const ProfileStoreResult saved = profiles->save(*stored);
    if (saved.ok())
        Q_EMIT m_services->profilesChanged();
    return saved;
}

void SendController::setStage(Send::Stage stage, const QString &detail)
{
    if (stage == m_stage && stage != Send::Stage::Connecting && stage != Send::Stage::Resolving)
        return; // the same step again (a direct delivery's next host or domain is news)
    m_stage = stage;
    Q_EMIT stageChanged(stage, SendStatusText::stage(stage, detail));
}
