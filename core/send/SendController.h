#pragma once

#include "SendJob.h"
#include "SendTypes.h"
#include "account/ProfileStore.h"
#include "oauth/OAuthTokens.h"
#include "smtp/SendResult.h"
#include "smtp/TranscriptEntry.h"
#include "store/SessionRecorder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSharedPointer>
#include <QTimer>

#include <optional>

class AppServices;
class Delivery;
class MimeStream;
class OAuthRefresh;
struct OAuthOutcome;

// The one owner of a send, from a SendJob to a SendResult, for the window and mailwright-send
// alike: build the message → check what is known of the server (its SIZE) → obtain the
// password → deliver by the profile's route (a Delivery) → record (conversation log, server
// facts, outbox and drafts, address history). Connection tests take the same path without a
// message.
//
// It never blocks and never opens a window: when it needs the person it asks with
// `secretRequired` and waits for provideSecret() (or cancel()). start() begins on the next
// event-loop turn; `finished` comes exactly once per start(). A failure found before anything
// connected (the message cannot be built, it is too large for the server, no password) ends
// with SendResult::stage Idle and is not recorded: nothing happened to record.
//
// An OAuth profile's credential is its sign-in: the stored tokens, refreshed first when the
// access token has less than five minutes left (a rotated refresh token is stored at once). A
// sign-in that is missing or refused (invalid_grant) ends with Failure::Auth before anything
// connects; the window offers "Sign in again", mailwright-send points to --sign-in.
class SendController : public QObject
{
    Q_OBJECT
public:
    // services: not owned; it must outlive the controller.
    explicit SendController(AppServices *services, QObject *parent = nullptr);
    ~SendController() override;

    void start(const SendJob &job); // ignored, with a warning, while busy
    // Any time, any number of times. During the delivery it ends promptly through the
    // delivery's `finished`; before (looking up or asking for the password) `finished` with
    // Outcome::Cancelled comes at once.
    void cancel();
    bool isBusy() const { return m_phase != Phase::Idle; }
    Send::Stage stage() const { return m_stage; }
    const SendJob &job() const { return m_job; } // the running or last job

    // The answers to `secretRequired`; ignored when nothing was asked. The password is kept
    // where the person chose (a saved profile only), then the delivery starts.
    void provideSecret(const QString &secret, Send::SecretKeep keep);
    // No password will come (mailwright-send cannot ask): ends with Failure::Input and `reason`.
    void declineSecret(const QString &reason);

    // Pins a certificate the person compared and trusted in the saved profile `profileName`.
    [[nodiscard]] ProfileStoreResult trustCertificate(const QString &profileName, const QString &sha256);

Q_SIGNALS:
    void stageChanged(Send::Stage stage, const QString &text); // text: SendStatusText::stage()
    void sessionStarted(const QString &endpoint); // a delivery begins; endpoint as the log keeps it
    void transcript(const TranscriptEntry &entry);
    void progress(qint64 sentBytes, qint64 totalBytes);
    void recipientResult(const RecipientResult &result);
    void tlsEstablished(const TlsSummary &tls);
    void capabilitiesChanged(const QStringList &capabilities);
    // Every second while delivering: the time since the delivery began, and since the last
    // word or byte either way (for SendStatusText::waiting).
    void waiting(qint64 elapsedMs, qint64 silentMs);
    void secretRequired(const SecretRequest &request);
    // Something around the send failed (the log, the outbox, the keychain): worth saying, but
    // the send's outcome is the result's.
    void warning(const QString &message);
    void keptInOutbox(const QString &messageId); // the failed message's id in the outbox
    void finished(const SendResult &result);

private:
    enum class Phase { Idle, Queued, LookingUp, Asking, Delivering };

    void begin();
    void obtainSecret();
    void onSecretLookedUp(const PasswordLookup &lookup);
    void useSignIn(const PasswordLookup &lookup);
    void onRefreshed(const OAuthOutcome &outcome);
    void keepTokens();
    bool canKeepSecret() const;
    void keepSecret(const QString &secret, Send::SecretKeep keep);
    void deliver(const QString &secret);
    Delivery *makeDelivery(const ServerSettings &settings);
    void onDeliveryFinished(const SendResult &result);
    void record(const SendResult &result);
    void finishLocally(Smtp::Failure failure, const QString &message);
    void finish(const SendResult &result);
    void setStage(Send::Stage stage, const QString &detail = QString());

    AppServices *m_services = nullptr;
    SendJob m_job;
    Phase m_phase = Phase::Idle;
    Send::Stage m_stage = Send::Stage::Idle;
    quint64 m_attempt = 0; // answers (keychain, queued start) for an attempt since ended are dropped
    QSharedPointer<MimeStream> m_stream;
    QPointer<Delivery> m_delivery;
    QPointer<OAuthRefresh> m_refresh;
    std::optional<OAuthTokens> m_tokens; // an OAuth profile's sign-in, as last stored
    SessionRecorder m_recorder;
    QTimer m_waitingTick;
    QElapsedTimer m_deliveryClock;
    QElapsedTimer m_lastActivity;
};
