// SendController, the one send pipeline, with no widgets: the password found, asked for,
// refused and asked again, kept where the person chose; the SIZE pre-check from remembered
// server facts; cancel at every stage; what each outcome leaves in the log, the outbox, the
// drafts and the address history. Servers: ScriptedSmtpServer in-process, and the real test
// servers of tools/testenv for the direct route.
#include "HeldSecretStore.h"
#include "ScriptedSmtpServer.h"
#include "TestServices.h"
#include "UnavailableSecretStore.h"

#include "TestBrowser.h"
#include "account/MemorySecretStore.h"
#include "account/PasswordVault.h"
#include "account/ProfileStore.h"
#include "oauth/OAuthSignIn.h"
#include "send/AppServices.h"
#include "send/OutgoingMessage.h"
#include "send/SendController.h"
#include "send/SendScheduler.h"
#include "send/SendStatusText.h"
#include "send/ServerFacts.h"
#include "store/AddressHistory.h"
#include "store/ConversationLog.h"
#include "store/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Send::SecretKeep)

namespace {

// "\0ann\0<password>" in base64: what AUTH PLAIN carries.
QString plainResponse(const QString &password)
{
    return QString::fromLatin1(QByteArray(QByteArray("\0ann\0", 5) + password.toUtf8()).toBase64());
}

// Greeting and EHLO, then AUTH PLAIN with `password` answered by `reply`.
QStringList authScript(const QString &password, const QString &reply)
{
    return { u"S: 220 scripted.test ESMTP"_s, u"C: EHLO client.test"_s, u"S: 250-scripted.test"_s,
        u"S: 250 AUTH PLAIN"_s, u"C: AUTH PLAIN "_s + plainResponse(password), reply };
}

// A whole accepted send after the greeting's EHLO reply lines.
QStringList acceptedTail(const QStringList &recipients = { u"bob@example.org"_s })
{
    QStringList script = { u"C: MAIL FROM:<ann@example.org>*"_s, u"S: 250 2.1.0 ok"_s };
    for (const QString &recipient : recipients)
        script << u"C: RCPT TO:<%1>"_s.arg(recipient) << u"S: 250 2.1.5 ok"_s;
    script << u"C: DATA"_s << u"S: 354 go ahead"_s << u"DATA"_s << u"S: 250 2.0.0 queued"_s << u"C: QUIT"_s
           << u"S: 221 bye"_s;
    return script;
}

QStringList plainGreeting(const QString &sizeLine = u"250 8BITMIME"_s)
{
    return { u"S: 220 scripted.test ESMTP"_s, u"C: EHLO client.test"_s, u"S: 250-scripted.test"_s,
        u"S: "_s + sizeLine };
}

Message message(const QString &subject = u"Hello"_s)
{
    Message m;
    m.from.displayName = u"Ann Lee"_s;
    m.from.address = u"ann@example.org"_s;
    Mailbox bob;
    bob.displayName = u"Bob"_s;
    bob.address = u"bob@example.org"_s;
    m.to << bob;
    m.subject = subject;
    m.plainBody = u"Hi Bob.\n"_s;
    return m;
}

// Runs the controller until it finishes; the result, or none when it never did.
std::optional<SendResult> waitForFinish(QSignalSpy &finished, int count = 1, int timeoutMs = 20'000)
{
    QElapsedTimer clock;
    clock.start();
    while (finished.count() < count && clock.elapsed() < timeoutMs)
        finished.wait(qMax<qint64>(1, timeoutMs - clock.elapsed()));
    if (finished.count() < count)
        return std::nullopt;
    return finished.at(count - 1).constFirst().value<SendResult>();
}

} // namespace

class SendControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void storedPasswordIsUsedWithoutAsking();
    void missingPasswordIsAskedAndKept_data();
    void missingPasswordIsAskedAndKept();
    void connectionTestKeepsThePasswordWhereChosen();
    void unsavedProfileKeepsNothing();
    void refusedPasswordIsForgottenAndAskedAgain();
    void declinedSecretEndsAsInputError();
    void rememberedSizeRefusesBeforeConnecting();
    void localFailureFinishesLaterAndIsNotRecorded();
    void cancelAtEveryStage_data();
    void cancelAtEveryStage();
    void outcomesRecordDraftsOutboxAndHistory_data();
    void outcomesRecordDraftsOutboxAndHistory();
    void guiAndCliLogTheSameEndpoint();
    void timeoutsSuitWhoIsWaiting();
    void waitingSaysHowLongAndWhenTheServerIsSilent();
    void directRouteThroughTheSameContract();
    void trustCertificatePinsInTheStore();
    void oauthSendsWithTheStoredSignIn();
    void oauthRenewsAnExpiredAccessTokenFirst();
    void oauthRefusedSignInAsksForANewOne();
    void oauthNotSignedInSendsNothing();
    void undoWithinTheDelaySendsNothing();
    void waitsThenSendsAndKeepsTheSentCopy();
    void cancelledOrPartlyRefusedLeaveTheOutbox();
    void aMessageWaitingAtACrashIsOverdueNextRun();
    void schedulerAnnouncesEachDueMessageOnce();

private:
    void makeServices(SecretStore *keychain); // taken over
    AccountProfile saveProfile(quint16 port, const QString &user = QString());
    // A profile for the aiosmtpd plain listener signed in at the test authorization server as
    // `client` (its behaviour); the tokens stored in the vault. Empty when the servers are absent.
    std::optional<AccountProfile> signedInProfile(const QString &client, OAuthTokens *tokens = nullptr);
    OAuthTokens storedTokens(const AccountProfile &profile);
    SendJob jobFor(const AccountProfile &profile, const Message &m = message()) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppServices> m_services;
    SecretStore *m_keychain = nullptr;
};

void SendControllerTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<SendResult>();
    qRegisterMetaType<SecretRequest>();
    qRegisterMetaType<TranscriptEntry>();
}

void SendControllerTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    makeServices(new MemorySecretStore);
}

void SendControllerTest::cleanup()
{
    m_services.reset();
    m_dir.reset();
}

void SendControllerTest::makeServices(SecretStore *keychain)
{
    m_services.reset();
    m_services = makeTestServices(m_dir->path(), keychain);
    m_keychain = keychain;
}

AccountProfile SendControllerTest::saveProfile(quint16 port, const QString &user)
{
    AccountProfile profile;
    profile.name = u"Scripted"_s;
    profile.senderName = u"Ann Lee"_s;
    profile.senderAddress = u"ann@example.org"_s;
    profile.host = u"127.0.0.1"_s;
    profile.port = port;
    profile.security = Smtp::Security::None;
    profile.ehloName = u"client.test"_s;
    profile.user = user;
    profile.allowPlainTextAuth = !user.isEmpty();
    profile.timeoutSeconds = 20;
    if (const std::optional<AccountProfile> old = m_services->profiles()->load(profile.name))
        profile.id = old->id;
    const ProfileStoreResult saved = m_services->profiles()->save(profile);
    if (!saved.ok())
        qWarning("%s", qPrintable(saved.error));
    return saved.profile;
}

SendJob SendControllerTest::jobFor(const AccountProfile &profile, const Message &m) const
{
    SendJob job;
    job.message = m;
    job.profile = profile;
    job.records = Send::Record::Log | Send::Record::Outbox | Send::Record::AddressHistory | Send::Record::Secret
        | Send::Record::Sent;
    return job;
}

void SendControllerTest::storedPasswordIsUsedWithoutAsking()
{
    ScriptedSmtpServer server;
    server.setScript(authScript(u"stored pw"_s, u"S: 235 2.7.0 ok"_s) + acceptedTail());
    QVERIFY(server.start());
    const AccountProfile profile = saveProfile(server.serverPort(), u"ann"_s);
    std::optional<PasswordStoreResult> stored;
    m_services->passwords()->store(profile, u"stored pw"_s, this, [&](const PasswordStoreResult &r) { stored = r; });
    QTRY_VERIFY(stored && stored->ok());

    SendController controller(m_services.get());
    QSignalSpy asked(&controller, &SendController::secretRequired);
    QSignalSpy stages(&controller, &SendController::stageChanged);
    QSignalSpy finished(&controller, &SendController::finished);
    controller.start(jobFor(profile));
    const std::optional<SendResult> result = waitForFinish(finished);
    QVERIFY(result);
    QVERIFY2(result->outcome == Smtp::Outcome::Sent, qPrintable(result->message));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(asked.count(), 0);
    QCOMPARE(stages.constFirst().constFirst().value<Send::Stage>(), Send::Stage::Credential);
    QCOMPARE(stages.constFirst().at(1).toString(), u"Looking up the password…"_s);
    QCOMPARE(finished.count(), 1);
}

void SendControllerTest::missingPasswordIsAskedAndKept_data()
{
    QTest::addColumn<Send::SecretKeep>("keep");
    QTest::addColumn<int>("expectedSource"); // PasswordLookup::Source afterwards
    QTest::newRow("this session") << Send::SecretKeep::ThisSession << int(PasswordLookup::Source::Memory);
    QTest::newRow("keychain") << Send::SecretKeep::Keychain << int(PasswordLookup::Source::Keychain);
    QTest::newRow("settings file") << Send::SecretKeep::SettingsFile << int(PasswordLookup::Source::SettingsFile);
}

void SendControllerTest::missingPasswordIsAskedAndKept()
{
    QFETCH(Send::SecretKeep, keep);
    QFETCH(int, expectedSource);
    ScriptedSmtpServer server;
    server.setScript(authScript(u"typed pw"_s, u"S: 235 2.7.0 ok"_s) + acceptedTail());
    QVERIFY(server.start());
    const AccountProfile profile = saveProfile(server.serverPort(), u"ann"_s);

    SendController controller(m_services.get());
    QSignalSpy asked(&controller, &SendController::secretRequired);
    QSignalSpy finished(&controller, &SendController::finished);
    QSignalSpy profilesChanged(m_services.get(), &AppServices::profilesChanged);
    controller.start(jobFor(profile));
    QVERIFY(asked.wait(5000));
    const auto request = asked.constFirst().constFirst().value<SecretRequest>();
    QCOMPARE(request.profile.name, profile.name);
    QVERIFY(request.reason.isEmpty());
    QVERIFY(request.canKeep);
    QVERIFY(request.lookup.keychainUsable());
    QCOMPARE(finished.count(), 0); // nothing is sent without it
    QCOMPARE(server.connectionCount(), 0);
    controller.provideSecret(u"typed pw"_s, keep);

    const std::optional<SendResult> result = waitForFinish(finished);
    QVERIFY(result);
    QVERIFY2(result->outcome == Smtp::Outcome::Sent, qPrintable(result->message));

    // Kept where the person chose; the next lookup finds it there.
    const std::optional<AccountProfile> now = m_services->profiles()->load(profile.name);
    QVERIFY(now);
    std::optional<PasswordLookup> found;
    m_services->passwords()->lookup(*now, this, [&](const PasswordLookup &l) { found = l; });
    QTRY_VERIFY(found);
    QCOMPARE(found->secret, u"typed pw"_s);
    QCOMPARE(int(found->source), expectedSource);
    const bool settingsFile = keep == Send::SecretKeep::SettingsFile;
    QCOMPARE(now->passwordStorage == AccountProfile::PasswordStorage::SettingsFile, settingsFile);
    QCOMPARE(m_services->profiles()->settingsFilePassword(profile.name), settingsFile ? u"typed pw"_s : QString());
    QCOMPARE(profilesChanged.count(), settingsFile ? 1 : 0); // windows show the new storage
}

void SendControllerTest::connectionTestKeepsThePasswordWhereChosen()
{
    // The bug this pipeline ended: a test connection asked for the password and ignored
    // "store it in the settings file".
    makeServices(new UnavailableSecretStore); // no keychain: the person opts in to the settings file
    ScriptedSmtpServer server;
    server.setScript(authScript(u"typed pw"_s, u"S: 235 2.7.0 ok"_s) << u"C: QUIT"_s << u"S: 221 bye"_s);
    QVERIFY(server.start());
    const AccountProfile profile = saveProfile(server.serverPort(), u"ann"_s);

    SendController controller(m_services.get());
    QSignalSpy asked(&controller, &SendController::secretRequired);
    QSignalSpy finished(&controller, &SendController::finished);
    SendJob job;
    job.purpose = SendJob::Purpose::ConnectionTest;
    job.profile = profile;
    job.profile.senderName = u"Edited, not saved"_s; // only the storage may reach the store
    job.records = Send::Record::Log | Send::Record::Secret;
    controller.start(job);
    QVERIFY(asked.wait(5000));
    QVERIFY(!asked.constFirst().constFirst().value<SecretRequest>().lookup.keychainUsable());
    controller.provideSecret(u"typed pw"_s, Send::SecretKeep::SettingsFile);
    const std::optional<SendResult> result = waitForFinish(finished);
    QVERIFY(result);
    QVERIFY2(result->outcome == Smtp::Outcome::Verified, qPrintable(result->message));
    QCOMPARE(m_services->profiles()->settingsFilePassword(profile.name), u"typed pw"_s);
    QCOMPARE(
        m_services->profiles()->load(profile.name)->passwordStorage, AccountProfile::PasswordStorage::SettingsFile);
    QCOMPARE(m_services->profiles()->load(profile.name)->senderName, profile.senderName);
}

void SendControllerTest::unsavedProfileKeepsNothing()
{
    ScriptedSmtpServer server;
    server.setScript(authScript(u"once"_s, u"S: 235 2.7.0 ok"_s) << u"C: QUIT"_s << u"S: 221 bye"_s);
    QVERIFY(server.start());
    AccountProfile profile = saveProfile(server.serverPort(), u"ann"_s);
    profile.id.clear(); // a form not saved yet

    SendController controller(m_services.get());
    QSignalSpy asked(&controller, &SendController::secretRequired);
    QSignalSpy finished(&controller, &SendController::finished);
    SendJob job;
    job.purpose = SendJob::Purpose::ConnectionTest;
    job.profile = profile;
    controller.start(job);
    QVERIFY(asked.wait(5000));
    QVERIFY(!asked.constFirst().constFirst().value<SecretRequest>().canKeep);
    controller.provideSecret(u"once"_s, Send::SecretKeep::Keychain);
    QVERIFY(waitForFinish(finished));
    QCOMPARE(finished.constFirst().constFirst().value<SendResult>().outcome, Smtp::Outcome::Verified);

    const std::optional<AccountProfile> stored = m_services->profiles()->load(profile.name);
    std::optional<PasswordLookup> found;
    m_services->passwords()->lookup(*stored, this, [&](const PasswordLookup &l) { found = l; });
    QTRY_VERIFY(found);
    QVERIFY(!found->found());
}

void SendControllerTest::refusedPasswordIsForgottenAndAskedAgain()
{
    ScriptedSmtpServer server;
    server.setScript(
        authScript(u"old"_s, u"S: 535 5.7.8 Authentication credentials invalid"_s) << u"C: QUIT"_s << u"S: 221 bye"_s);
    QVERIFY(server.start());
    const AccountProfile profile = saveProfile(server.serverPort(), u"ann"_s);
    m_services->passwords()->keepForSession(profile, u"old"_s);

    SendController controller(m_services.get());
    QSignalSpy asked(&controller, &SendController::secretRequired);
    QSignalSpy finished(&controller, &SendController::finished);
    SendJob job = jobFor(profile);
    job.messageId = u"refused-1"_s;
    controller.start(job);
    const std::optional<SendResult> refused = waitForFinish(finished);
    QVERIFY(refused);
    QCOMPARE(refused->failure, Smtp::Failure::Auth);
    QCOMPARE(refused->replyCode, 535);
    QCOMPARE(refused->message.count(u"The server said"_s), 1); // quoted once, in the result only
    QCOMPARE(asked.count(), 0);

    // The copy in memory was wrong: forgotten.
    std::optional<PasswordLookup> found;
    m_services->passwords()->lookup(profile, this, [&](const PasswordLookup &l) { found = l; });
    QTRY_VERIFY(found);
    QVERIFY(!found->found());

    // Asked again with the server's refusal as the reason, even when one is stored.
    m_services->passwords()->keepForSession(profile, u"still old"_s);
    server.setScript(authScript(u"new"_s, u"S: 235 2.7.0 ok"_s) + acceptedTail());
    job.askAgainBecause = refused->message;
    controller.start(job);
    QVERIFY(asked.wait(5000));
    QCOMPARE(asked.constFirst().constFirst().value<SecretRequest>().reason, refused->message);
    controller.provideSecret(u"new"_s, Send::SecretKeep::ThisSession);
    const std::optional<SendResult> sent = waitForFinish(finished, 2);
    QVERIFY(sent);
    QVERIFY2(sent->outcome == Smtp::Outcome::Sent, qPrintable(sent->message));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
}

void SendControllerTest::declinedSecretEndsAsInputError()
{
    QTcpServer listener; // nobody should connect
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    const AccountProfile profile = saveProfile(listener.serverPort(), u"ann"_s);
    SendController controller(m_services.get());
    QSignalSpy asked(&controller, &SendController::secretRequired);
    QSignalSpy finished(&controller, &SendController::finished);
    controller.start(jobFor(profile));
    QVERIFY(asked.wait(5000));
    controller.declineSecret(u"No password: give --password-env."_s);
    QCOMPARE(finished.count(), 1);
    const auto result = finished.constFirst().constFirst().value<SendResult>();
    QCOMPARE(result.outcome, Smtp::Outcome::Failed);
    QCOMPARE(result.failure, Smtp::Failure::Input);
    QCOMPARE(result.stage, Smtp::State::Idle);
    QCOMPARE(result.message, u"No password: give --password-env."_s);
    QVERIFY(!listener.hasPendingConnections());
    QVERIFY(m_services->log()->sessions().isEmpty());
    QVERIFY(m_services->drafts()->outbox().isEmpty());
}

void SendControllerTest::rememberedSizeRefusesBeforeConnecting()
{
    ScriptedSmtpServer server;
    server.setScript(plainGreeting(u"250 SIZE 4000"_s) + acceptedTail());
    QVERIFY(server.start());
    const AccountProfile profile = saveProfile(server.serverPort());
    SendController controller(m_services.get());
    QSignalSpy finished(&controller, &SendController::finished);
    controller.start(jobFor(profile));
    QVERIFY(waitForFinish(finished));
    QCOMPARE(finished.constFirst().constFirst().value<SendResult>().outcome, Smtp::Outcome::Sent);
    // Learnt from the parsed capabilities, kept for this endpoint.
    QCOMPARE(m_services->serverFacts()->sizeLimit(profile.endpointLabel()), 4000);
    QCOMPARE(
        ServerFacts(m_dir->filePath(u"settings.ini"_s)).sizeLimit(u"127.0.0.1:%1"_s.arg(server.serverPort())), 4000);

    // Too large now: refused before anything connects, said in a sentence, not recorded.
    Message big = message(u"Big"_s);
    big.plainBody = QString(6000, u'x');
    controller.start(jobFor(profile, big));
    const std::optional<SendResult> refused = waitForFinish(finished, 2);
    QVERIFY(refused);
    QCOMPARE(refused->failure, Smtp::Failure::MessageTooLarge);
    QCOMPARE(refused->stage, Smtp::State::Idle);
    QVERIFY2(refused->message.contains(u"accepts at most 3.91 KiB"_s), qPrintable(refused->message));
    QVERIFY2(refused->message.contains(profile.endpointLabel()), qPrintable(refused->message));
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(m_services->log()->sessions().size(), 1);
    QVERIFY(m_services->drafts()->outbox().isEmpty());
}

void SendControllerTest::localFailureFinishesLaterAndIsNotRecorded()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    const AccountProfile profile = saveProfile(listener.serverPort());
    Message m = message();
    Attachment gone;
    gone.filePath = m_dir->filePath(u"no-such-file.pdf"_s);
    m.attachments << gone;

    SendController controller(m_services.get());
    QSignalSpy finished(&controller, &SendController::finished);
    controller.start(jobFor(profile, m));
    QCOMPARE(finished.count(), 0); // never from inside start()
    QVERIFY(controller.isBusy());
    QVERIFY(finished.wait(5000));
    const auto result = finished.constFirst().constFirst().value<SendResult>();
    QCOMPARE(result.failure, Smtp::Failure::Input);
    QCOMPARE(result.stage, Smtp::State::Idle);
    QVERIFY2(result.message.contains(u"no-such-file.pdf"_s), qPrintable(result.message));
    QVERIFY(!controller.isBusy());
    QVERIFY(!listener.hasPendingConnections());
    QVERIFY(m_services->log()->sessions().isEmpty());
    QVERIFY(m_services->drafts()->outbox().isEmpty());
}

void SendControllerTest::cancelAtEveryStage_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("logged"); // a delivery had started
    QTest::newRow("queued") << u"queued"_s << false;
    QTest::newRow("looking up the password") << u"lookup"_s << false;
    QTest::newRow("asking for the password") << u"asking"_s << false;
    QTest::newRow("greeting") << u"greeting"_s << true;
    QTest::newRow("signing in") << u"auth"_s << true;
    QTest::newRow("envelope") << u"envelope"_s << true;
    QTest::newRow("body") << u"body"_s << true;
}

void SendControllerTest::cancelAtEveryStage()
{
    QFETCH(QString, stage);
    QFETCH(bool, logged);
    auto *held = new HeldSecretStore;
    makeServices(held);
    ScriptedSmtpServer server;
    // The whole conversation up to the body; the server falls silent where the row cancels.
    QStringList script = { u"S: 220 scripted.test ESMTP"_s, u"C: EHLO client.test"_s, u"S: 250-scripted.test"_s,
        u"S: 250 AUTH PLAIN"_s, u"C: AUTH PLAIN *"_s, u"S: 235 ok"_s, u"C: MAIL FROM:<ann@example.org>*"_s,
        u"S: 250 ok"_s, u"C: RCPT TO:<bob@example.org>"_s, u"S: 250 ok"_s, u"C: DATA"_s, u"S: 354 go"_s };
    const QMap<QString, int> silentAfter = { { u"greeting"_s, 2 }, { u"auth"_s, 5 }, { u"envelope"_s, 7 } };
    script = script.mid(0, silentAfter.value(stage, int(script.size()))) << u"SILENCE"_s;
    server.setScript(script);
    QVERIFY(server.start());
    const AccountProfile profile = saveProfile(server.serverPort(), u"ann"_s);
    Message m = message();
    if (stage == u"body"_s) {
        // Large enough that the body is still streaming when its first progress is reported.
        const QString path = m_dir->filePath(u"big.bin"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QByteArray(32 * 1024 * 1024, 'x')) > 0);
        file.close();
        Attachment attachment;
        attachment.filePath = path;
        m.attachments << attachment;
    }
    SendJob job = jobFor(profile, m);
    job.messageId = u"cancel-me"_s;
    if (stage != u"lookup"_s && stage != u"asking"_s)
        job.secret = u"pw"_s;

    SendController controller(m_services.get());
    QSignalSpy asked(&controller, &SendController::secretRequired);
    QSignalSpy finished(&controller, &SendController::finished);
    if (stage == u"body"_s) {
        // Cancelled from inside the delivery's own progress report, mid-body.
        connect(&controller, &SendController::progress, &controller, [&controller](qint64 sent, qint64 total) {
            if (sent > 0 && sent < total && controller.isBusy())
                controller.cancel();
        });
    }
    controller.start(job);
    if (stage == u"lookup"_s) {
        QTRY_COMPARE(held->waiting(), 1);
        QCOMPARE(controller.stage(), Send::Stage::Credential);
    } else if (stage == u"asking"_s) {
        QTRY_COMPARE(held->waiting(), 1);
        held->answer(QString(), SecretResult::Status::NotFound); // the keychain has nothing: the person is asked
        QTRY_COMPARE(asked.count(), 1);
        QCOMPARE(controller.stage(), Send::Stage::AskingPassword);
    } else if (stage == u"greeting"_s) {
        QTRY_COMPARE(controller.stage(), Send::Stage::Greeting);
        QTRY_VERIFY(server.scriptDone());
    } else if (stage == u"auth"_s) {
        QTRY_COMPARE(controller.stage(), Send::Stage::SigningIn);
        QTRY_VERIFY(server.scriptDone());
    } else if (stage == u"envelope"_s) {
        QTRY_COMPARE(controller.stage(), Send::Stage::Envelope);
        QTRY_VERIFY(server.scriptDone());
    }
    if (stage == u"body"_s) {
        QVERIFY(waitForFinish(finished));
    } else {
        QCOMPARE(finished.count(), 0);
        controller.cancel();
    }
    controller.cancel(); // any number of times
    QCOMPARE(finished.count(), 1); // at once, not after a timeout
    const auto result = finished.constFirst().constFirst().value<SendResult>();
    QCOMPARE(result.outcome, Smtp::Outcome::Cancelled);
    QVERIFY(!controller.isBusy());

    // A late keychain answer or prompt answer changes nothing.
    held->answer(u"late"_s);
    controller.provideSecret(u"late"_s, Send::SecretKeep::ThisSession);
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_services->log()->sessions().size(), logged ? 1 : 0);
    if (logged)
        QCOMPARE(m_services->log()->sessions().constFirst().outcome, Smtp::Outcome::Cancelled);
    QVERIFY(m_services->drafts()->outbox().isEmpty()); // the person is looking at the message
}

void SendControllerTest::outcomesRecordDraftsOutboxAndHistory_data()
{
    QTest::addColumn<QStringList>("script"); // empty: nothing listens (connection refused)
    QTest::addColumn<int>("outcome");
    QTest::addColumn<bool>("inOutbox");
    QTest::addColumn<bool>("draftKept");
    QTest::addColumn<bool>("remembered"); // the recipient is in the address history

    const QStringList greeting = plainGreeting();
    QTest::newRow("sent") << (greeting + acceptedTail()) << int(Smtp::Outcome::Sent) << false << false << true;
    QTest::newRow("partly refused") << (greeting
        + QStringList { u"C: MAIL FROM:<ann@example.org>*"_s, u"S: 250 ok"_s, u"C: RCPT TO:<bob@example.org>"_s,
            u"S: 250 ok"_s, u"C: RCPT TO:<nobody@example.org>"_s, u"S: 550 5.1.1 No such user"_s, u"C: DATA"_s,
            u"S: 354 go"_s, u"DATA"_s, u"S: 250 queued"_s, u"C: QUIT"_s, u"S: 221 bye"_s })
                                    << int(Smtp::Outcome::PartlyRefused) << false << true << true;
    QTest::newRow("refused") << (greeting
        + QStringList { u"C: MAIL FROM:<ann@example.org>*"_s, u"S: 250 ok"_s, u"C: RCPT TO:<bob@example.org>"_s,
            u"S: 550 5.1.1 No such user"_s, u"C: RCPT TO:<nobody@example.org>"_s, u"S: 550 5.1.1 No such user"_s,
            u"C: QUIT"_s, u"S: 221 bye"_s })
                             << int(Smtp::Outcome::Refused) << true << true << false;
    QTest::newRow("failed: nobody listens") << QStringList() << int(Smtp::Outcome::Failed) << true << true << false;
    QTest::newRow("outcome unknown") << (greeting
        + QStringList { u"C: MAIL FROM:<ann@example.org>*"_s, u"S: 250 ok"_s, u"C: RCPT TO:<bob@example.org>"_s,
            u"S: 250 ok"_s, u"C: RCPT TO:<nobody@example.org>"_s, u"S: 250 ok"_s, u"C: DATA"_s, u"S: 354 go"_s,
            u"DATA"_s, u"CLOSE"_s }) << int(Smtp::Outcome::Unknown)
                                     << true << true << false;
}

void SendControllerTest::outcomesRecordDraftsOutboxAndHistory()
{
    QFETCH(QStringList, script);
    QFETCH(int, outcome);
    QFETCH(bool, inOutbox);
    QFETCH(bool, draftKept);
    QFETCH(bool, remembered);

    ScriptedSmtpServer server;
    quint16 port = 0;
    if (script.isEmpty()) {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    } else {
        server.setScript(script);
        QVERIFY(server.start());
        port = server.serverPort();
    }
    const AccountProfile profile = saveProfile(port);
    Message m = message(u"Outcome %1"_s.arg(outcome));
    if (outcome != int(Smtp::Outcome::Sent)) {
        Mailbox nobody;
        nobody.address = u"nobody@example.org"_s;
        m.to << nobody;
    }
    Draft draft;
    draft.profileName = profile.name;
    draft.message = m;
    const DraftSaveResult saved = m_services->drafts()->saveDraft(draft);
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    if (outcome == int(Smtp::Outcome::Sent)) { // a message that failed before is retried and goes
        OutboxItem earlier;
        earlier.id = saved.id;
        earlier.profileName = profile.name;
        earlier.message = m;
        earlier.reason = u"earlier failure"_s;
        QVERIFY(m_services->drafts()->addToOutbox(earlier).ok());
    }

    SendController controller(m_services.get());
    QSignalSpy finished(&controller, &SendController::finished);
    QSignalSpy outboxed(&controller, &SendController::keptInOutbox);
    SendJob job = jobFor(profile, m);
    job.messageId = saved.id;
    controller.start(job);
    const std::optional<SendResult> result = waitForFinish(finished);
    QVERIFY(result);
    QCOMPARE(int(result->outcome), outcome);
    if (!script.isEmpty())
        QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));

    const QList<OutboxItem> outbox = m_services->drafts()->outbox();
    QCOMPARE(outbox.size(), inOutbox ? 1 : 0);
    QCOMPARE(outboxed.count(), inOutbox ? 1 : 0);
    if (inOutbox) {
        QCOMPARE(outbox.constFirst().id, saved.id);
        QCOMPARE(outbox.constFirst().reason, result->message);
        QCOMPARE(outbox.constFirst().profileName, profile.name);
        QCOMPARE(outbox.constFirst().message.subject, m.subject);
        QCOMPARE(outboxed.constFirst().constFirst().toString(), saved.id);
    }
    QCOMPARE(m_services->drafts()->draft(saved.id).has_value(), draftKept);
    bool known = false;
    const QList<AddressUse> used = m_services->addressHistory()->entries();
    for (const AddressUse &use : used)
        known = known || use.mailbox.address == u"bob@example.org"_s;
    QCOMPARE(known, remembered);
    // What the server accepted is kept among the sent messages, with whom it refused.
    const QList<SentItem> sent = m_services->drafts()->sent();
    QCOMPARE(sent.size(), remembered ? 1 : 0);
    if (remembered) {
        QCOMPARE(sent.constFirst().message.subject, m.subject);
        QCOMPARE(sent.constFirst().profileName, profile.name);
        QCOMPARE(int(sent.constFirst().outcome), outcome);
        QCOMPARE(sent.constFirst().refused,
            outcome == int(Smtp::Outcome::PartlyRefused) ? QStringList { u"nobody@example.org"_s } : QStringList());
    }
    const QList<LoggedSession> logged = m_services->log()->sessions();
    QCOMPARE(logged.size(), 1); // every session that ran, whatever came of it
    QCOMPARE(int(logged.constFirst().outcome), outcome);
    QCOMPARE(logged.constFirst().stage, result->stage);
}

void SendControllerTest::timeoutsSuitWhoIsWaiting()
{
    SendJob window;
    window.origin = LoggedSession::Origin::Gui;
    const SmtpTimeouts interactive = window.effectiveTimeouts();
    QCOMPARE(interactive.connectMs, 30'000);
    QCOMPARE(interactive.greetingMs, 60'000);
    QCOMPARE(interactive.commandMs, 60'000);
    QCOMPARE(interactive.dataStartMs, 60'000);
    QCOMPARE(interactive.dataConfirmMs, 600'000);

    SendJob cli;
    cli.origin = LoggedSession::Origin::Cli;
    QCOMPARE(cli.effectiveTimeouts().greetingMs, 300'000); // RFC 5321 §4.5.3.2
    QCOMPARE(cli.effectiveTimeouts().commandMs, 300'000);

    // The profile's own timeout wins in both; --timeout (SendJob::timeouts) wins over it.
    for (SendJob *job : { &window, &cli }) {
        job->profile.timeoutSeconds = 45;
        QCOMPARE(job->effectiveTimeouts().greetingMs, 45'000);
        QCOMPARE(job->effectiveTimeouts().dataConfirmMs, 45'000);
        job->timeouts = SmtpTimeouts::uniform(7'000);
        QCOMPARE(job->effectiveTimeouts().commandMs, 7'000);
    }
}

void SendControllerTest::waitingSaysHowLongAndWhenTheServerIsSilent()
{
    const QString connecting = SendStatusText::stage(Send::Stage::Connecting, u"smtp.example.org:587"_s);
    QCOMPARE(SendStatusText::waiting(Send::Stage::Connecting, connecting, 1'500, 1'500), connecting);
    QCOMPARE(SendStatusText::waiting(Send::Stage::Connecting, connecting, 12'400, 3'000), connecting + u" 12 s"_s);

    const qint64 silent = SendStatusText::silentAfterMs + 5'000;
    const QString greeting = SendStatusText::waiting(Send::Stage::Greeting, u"…"_s, silent, silent);
    QVERIFY2(greeting.contains(u"not answering"_s) && greeting.contains(u"cancel"_s), qPrintable(greeting));
    QVERIFY2(greeting.contains(u"20"_s) && greeting.contains(u"message is kept"_s), qPrintable(greeting));
    const QString body = SendStatusText::waiting(Send::Stage::Body, u"…"_s, 90'000, silent);
    QVERIFY2(body.contains(u"Nothing has gone through"_s), qPrintable(body));
    // After the final dot, cancelling does not unsend: the message may still arrive.
    const QString confirm = SendStatusText::waiting(Send::Stage::Confirm, u"…"_s, 90'000, silent);
    QVERIFY2(confirm.contains(u"may still arrive"_s), qPrintable(confirm));
}

void SendControllerTest::guiAndCliLogTheSameEndpoint()
{
    ScriptedSmtpServer server;
    QStringList once = plainGreeting() + acceptedTail();
    server.setScript(once);
    QVERIFY(server.start());
    const AccountProfile profile = saveProfile(server.serverPort());
    SendController controller(m_services.get());
    QSignalSpy started(&controller, &SendController::sessionStarted);
    QSignalSpy finished(&controller, &SendController::finished);
    for (const LoggedSession::Origin origin : { LoggedSession::Origin::Gui, LoggedSession::Origin::Cli }) {
        server.setScript(once);
        SendJob job = jobFor(profile);
        job.origin = origin;
        controller.start(job);
        QVERIFY(waitForFinish(finished, origin == LoggedSession::Origin::Gui ? 1 : 2));
    }
    const QList<LoggedSession> logged = m_services->log()->sessions(); // newest first
    QCOMPARE(logged.size(), 2);
    const QString endpoint = u"127.0.0.1:%1"_s.arg(server.serverPort());
    QCOMPARE(logged.at(0).origin, LoggedSession::Origin::Cli);
    QCOMPARE(logged.at(1).origin, LoggedSession::Origin::Gui);
    for (const LoggedSession &session : logged) {
        QCOMPARE(session.server, endpoint);
        QCOMPARE(session.recipients, QStringList { u"Bob <bob@example.org>"_s });
        QCOMPARE(session.stage, Smtp::State::Confirm); // where the outcome was decided
        QVERIFY(session.transcriptSize > 5);
    }
    QCOMPARE(started.count(), 2);
    QCOMPARE(started.constFirst().constFirst().toString(), endpoint);
}

void SendControllerTest::directRouteThroughTheSameContract()
{
    const QByteArray dns = qgetenv("MAILWRIGHT_TEST_DNS_SERVER");
    const QString mx2 = qEnvironmentVariable("MAILWRIGHT_TEST_DIRECT_MX2_HOST");
    if (dns.isEmpty() || mx2.isEmpty())
        QSKIP("MAILWRIGHT_TEST_DNS_SERVER not set (the direct-delivery servers need root)");
    qputenv("MAILWRIGHT_DNS_SERVER", dns); // the resolver hook every program shares
    const auto restore = qScopeGuard([] { qunsetenv("MAILWRIGHT_DNS_SERVER"); });

    AccountProfile profile;
    profile.name = u"Direct"_s;
    profile.senderAddress = u"ann@example.org"_s;
    profile.route = AccountProfile::Route::Direct;
    profile.user = u"ignored"_s; // the direct route never signs in, so nothing is asked
    profile.timeoutSeconds = 20;
    profile = m_services->profiles()->save(profile).profile;
    Message m = message(u"Direct"_s);
    m.to.first().address = u"carol@mx.test"_s;

    SendController controller(m_services.get());
    QSignalSpy asked(&controller, &SendController::secretRequired);
    QSignalSpy stages(&controller, &SendController::stageChanged);
    QSignalSpy finished(&controller, &SendController::finished);
    controller.start(jobFor(profile, m));
    const std::optional<SendResult> result = waitForFinish(finished, 1, 60'000);
    QVERIFY(result);
    QVERIFY2(result->outcome == Smtp::Outcome::Sent, qPrintable(result->message));
    QCOMPARE(asked.count(), 0);
    QStringList texts;
    for (const QList<QVariant> &stage : std::as_const(stages))
        texts << stage.at(1).toString();
    QVERIFY2(texts.contains(u"Looking up the mail servers of mx.test…"_s), qPrintable(texts.join(u" | "_s)));
    QVERIFY2(texts.contains(u"Connecting to %1…"_s.arg(mx2)) || texts.join(u'|').contains(u"Connecting to "_s),
        qPrintable(texts.join(u" | "_s)));
    const QList<LoggedSession> logged = m_services->log()->sessions();
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.constFirst().server, u"direct: mx.test"_s);
}

void SendControllerTest::trustCertificatePinsInTheStore()
{
    const AccountProfile profile = saveProfile(25);
    SendController controller(m_services.get());
    QSignalSpy changed(m_services.get(), &AppServices::profilesChanged);
    const ProfileStoreResult pinned = controller.trustCertificate(profile.name, u"AB:CD:EF"_s);
    QVERIFY2(pinned.ok(), qPrintable(pinned.error));
    QCOMPARE(pinned.profile.trustedFingerprints, QStringList { u"ab:cd:ef"_s });
    QCOMPARE(m_services->profiles()->load(profile.name)->trustedFingerprints, QStringList { u"ab:cd:ef"_s });
    QCOMPARE(changed.count(), 1);
    QVERIFY(!controller.trustCertificate(u"Gone"_s, u"AB"_s).ok());
}

std::optional<AccountProfile> SendControllerTest::signedInProfile(const QString &client, OAuthTokens *tokens)
{
    const QString oauth = qEnvironmentVariable("MAILWRIGHT_TEST_OAUTH_URL");
    const QString port = qEnvironmentVariable("MAILWRIGHT_TEST_SMTP_PLAIN_PORT");
    if (oauth.isEmpty() || port.isEmpty())
        return std::nullopt;
    AccountProfile profile;
    profile.name = u"Signed in"_s;
    profile.senderAddress = qEnvironmentVariable("MAILWRIGHT_TEST_SMTP_USER");
    profile.user = profile.senderAddress;
    profile.host = u"127.0.0.1"_s;
    profile.port = quint16(port.toUInt());
    profile.security = Smtp::Security::None;
    profile.allowPlainTextAuth = true; // the plain listener: loopback, no TLS
    profile.ehloName = u"client.test"_s;
    profile.oauth.provider = OAuthSettings::Provider::Custom;
    profile.oauth.clientId = client;
    profile.oauth.authorizationUrl = oauth + u"/authorize"_s;
    profile.oauth.tokenUrl = oauth + u"/token"_s;
    profile.oauth.scopes = u"mail offline_access openid email"_s;
    profile = m_services->profiles()->save(profile).profile;

    TestBrowser browser;
    OAuthSignIn signIn(OAuthProvider::forSettings(profile.oauth));
    connect(&signIn, &OAuthSignIn::openBrowser, &browser, &TestBrowser::openUrl);
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    signIn.start();
    if (!finished.wait(10'000) || !finished.constFirst().constFirst().value<OAuthOutcome>().ok())
        return std::nullopt;
    const OAuthTokens signedIn = finished.constFirst().constFirst().value<OAuthOutcome>().tokens;
    std::optional<PasswordStoreResult> stored;
    m_services->passwords()->store(
        profile, QString::fromUtf8(signedIn.toJson()), this, [&stored](const PasswordStoreResult &r) { stored = r; });
    if (!QTest::qWaitFor([&stored] { return stored.has_value(); }, 5000))
        return std::nullopt;
    if (tokens)
        *tokens = signedIn;
    return profile;
}

OAuthTokens SendControllerTest::storedTokens(const AccountProfile &profile)
{
    std::optional<PasswordLookup> found;
    m_services->passwords()->lookup(profile, this, [&found](const PasswordLookup &l) { found = l; });
    (void)QTest::qWaitFor([&found] { return found.has_value(); }, 5000);
    return found ? OAuthTokens::fromJson(found->secret.toUtf8()).value_or(OAuthTokens()) : OAuthTokens();
}

void SendControllerTest::oauthSendsWithTheStoredSignIn()
{
    OAuthTokens tokens;
    const std::optional<AccountProfile> profile = signedInProfile(u"mailwright-test-send"_s, &tokens);
    if (!profile)
        QSKIP("MAILWRIGHT_TEST_OAUTH_URL and the SMTP servers are not set: start tools/testenv");
    SendController controller(m_services.get());
    QSignalSpy asked(&controller, &SendController::secretRequired);
    QSignalSpy finished(&controller, &SendController::finished);
    Message m = message(u"Signed in with OAuth"_s);
    controller.start(jobFor(*profile, m));
    const std::optional<SendResult> result = waitForFinish(finished);
    QVERIFY(result);
    QVERIFY2(result->outcome == Smtp::Outcome::Sent, qPrintable(result->message));
    QCOMPARE(asked.count(), 0); // never a password prompt for a signed-in profile

    // The token never reaches the log: not the transcript, not the raw database or its WAL.
    const QList<LoggedSession> logged = m_services->log()->sessions();
    QCOMPARE(logged.size(), 1);
    QVERIFY(ConversationLog::toText(*m_services->log()->session(logged.constFirst().id))
                .contains(u"AUTH XOAUTH2 <redacted>"_s));
    for (const QString &name : { u"conversations.sqlite"_s, u"conversations.sqlite-wal"_s }) {
        QFile file(m_dir->filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(tokens.accessToken.toUtf8()) && !bytes.contains(tokens.refreshToken.toUtf8()),
                qPrintable(name));
        }
    }
}

void SendControllerTest::oauthRenewsAnExpiredAccessTokenFirst()
{
    OAuthTokens tokens;
    const std::optional<AccountProfile> profile = signedInProfile(u"mailwright-test-renew"_s, &tokens);
    if (!profile)
        QSKIP("MAILWRIGHT_TEST_OAUTH_URL and the SMTP servers are not set: start tools/testenv");
    // An hour later: the access token has expired at the server and by its own date.
    QNetworkAccessManager network;
    QNetworkRequest expire(QUrl(qEnvironmentVariable("MAILWRIGHT_TEST_OAUTH_URL") + u"/expire"_s));
    expire.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    QNetworkReply *reply = network.post(expire, "client_id=mailwright-test-renew");
    QSignalSpy expired(reply, &QNetworkReply::finished);
    QVERIFY(expired.wait(5000));
    reply->deleteLater();
    tokens.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    std::optional<PasswordStoreResult> stored;
    m_services->passwords()->store(
        *profile, QString::fromUtf8(tokens.toJson()), this, [&stored](const PasswordStoreResult &r) { stored = r; });
    QTRY_VERIFY(stored.has_value());

    SendController controller(m_services.get());
    QSignalSpy stages(&controller, &SendController::stageChanged);
    QSignalSpy finished(&controller, &SendController::finished);
    controller.start(jobFor(*profile));
    const std::optional<SendResult> result = waitForFinish(finished);
    QVERIFY(result);
    QVERIFY2(result->outcome == Smtp::Outcome::Sent, qPrintable(result->message));
    bool renewed = false;
    for (const QList<QVariant> &stage : std::as_const(stages))
        renewed = renewed || stage.constFirst().value<Send::Stage>() == Send::Stage::RenewingSignIn;
    QVERIFY(renewed);
    // The rotated refresh token replaced the old one at once.
    const OAuthTokens now = storedTokens(*profile);
    QVERIFY(!now.refreshToken.isEmpty());
    QVERIFY(now.refreshToken != tokens.refreshToken);
    QVERIFY(now.accessToken != tokens.accessToken);
    QVERIFY(now.hasFreshAccessToken(QDateTime::currentDateTimeUtc()));
    QCOMPARE(now.account, tokens.account);
}

void SendControllerTest::oauthRefusedSignInAsksForANewOne()
{
    OAuthTokens tokens;
    const std::optional<AccountProfile> profile = signedInProfile(u"mailwright-test-invalid-grant"_s, &tokens);
    if (!profile)
        QSKIP("MAILWRIGHT_TEST_OAUTH_URL and the SMTP servers are not set: start tools/testenv");
    tokens.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(-60); // so it must be renewed
    std::optional<PasswordStoreResult> stored;
    m_services->passwords()->store(
        *profile, QString::fromUtf8(tokens.toJson()), this, [&stored](const PasswordStoreResult &r) { stored = r; });
    QTRY_VERIFY(stored.has_value());
    const int delivered = QDir(qEnvironmentVariable("MAILWRIGHT_TEST_MAILDIR")).entryList({ u"*.json"_s }).size();

    SendController controller(m_services.get());
    QSignalSpy finished(&controller, &SendController::finished);
    controller.start(jobFor(*profile));
    const std::optional<SendResult> result = waitForFinish(finished);
    QVERIFY(result);
    QCOMPARE(result->failure, Smtp::Failure::Auth);
    QCOMPARE(result->stage, Smtp::State::Idle); // nothing connected
    QVERIFY2(result->message.contains(u"Sign in again"_s), qPrintable(result->message));
    QVERIFY2(result->message.contains(u"Token has been expired or revoked."_s), qPrintable(result->message));
    QCOMPARE(QDir(qEnvironmentVariable("MAILWRIGHT_TEST_MAILDIR")).entryList({ u"*.json"_s }).size(), delivered);
    QVERIFY(m_services->log()->sessions().isEmpty());
}

void SendControllerTest::oauthNotSignedInSendsNothing()
{
    const AccountProfile saved = saveProfile(25, u"ann@example.org"_s);
    AccountProfile profile = saved;
    profile.oauth.provider = OAuthSettings::Provider::Microsoft;
    profile = m_services->profiles()->save(profile).profile;
    SendController controller(m_services.get());
    QSignalSpy asked(&controller, &SendController::secretRequired);
    QSignalSpy finished(&controller, &SendController::finished);
    controller.start(jobFor(profile));
    const std::optional<SendResult> result = waitForFinish(finished);
    QVERIFY(result);
    QCOMPARE(result->failure, Smtp::Failure::Auth);
    QCOMPARE(result->stage, Smtp::State::Idle);
    QVERIFY2(result->message.contains(u"is not signed in to Microsoft"_s), qPrintable(result->message));
    QCOMPARE(asked.count(), 0);
}

void SendControllerTest::undoWithinTheDelaySendsNothing()
{
    ScriptedSmtpServer server; // nothing may connect
    server.setScript({ u"S: 220 must not be reached"_s });
    QVERIFY(server.start());
    const AccountProfile profile = saveProfile(server.serverPort());
    Message m = message(u"Second thoughts"_s);
    m.attachments << Attachment { m_dir->filePath(u"nowhere.pdf"_s), {}, u"plan.pdf"_s, {}, {} };

    OutgoingMessage outgoing(m_services.get(), jobFor(profile, m));
    QSignalSpy countdown(&outgoing, &OutgoingMessage::countdown);
    QSignalSpy undone(&outgoing, &OutgoingMessage::undone);
    QSignalSpy started(&outgoing, &OutgoingMessage::started);
    outgoing.start(std::chrono::seconds(2));
    QCOMPARE(outgoing.state(), OutgoingMessage::State::Waiting);
    QCOMPARE(countdown.count(), 1);
    QCOMPARE(countdown.constFirst().constFirst().toInt(), 2);
    // Kept in the outbox while it waits, held from the scheduler.
    const std::optional<OutboxItem> waiting = m_services->drafts()->outboxItem(outgoing.job().messageId);
    QVERIFY(waiting && waiting->isScheduled());
    QVERIFY(m_services->scheduler()->overdue().isEmpty());

    QVERIFY(outgoing.undo());
    QCOMPARE(undone.count(), 1);
    const SendJob back = undone.constFirst().constFirst().value<SendJob>();
    QCOMPARE(back.message.subject, m.subject);
    QCOMPARE(back.message.attachments.constFirst().fileName, u"plan.pdf"_s);
    QVERIFY(m_services->drafts()->outbox().isEmpty());
    QVERIFY(!outgoing.undo()); // once
    QTest::qWait(2'500);
    QCOMPARE(started.count(), 0);
    QCOMPARE(server.connectionCount(), 0);
}

void SendControllerTest::waitsThenSendsAndKeepsTheSentCopy()
{
    ScriptedSmtpServer server;
    server.setScript(plainGreeting() + acceptedTail());
    QVERIFY(server.start());
    const AccountProfile profile = saveProfile(server.serverPort());
    OutgoingMessage outgoing(m_services.get(), jobFor(profile, message(u"On its way"_s)));
    QSignalSpy started(&outgoing, &OutgoingMessage::started);
    QSignalSpy finished(&outgoing, &OutgoingMessage::finished);
    outgoing.start(std::chrono::seconds(1));
    QCOMPARE(server.connectionCount(), 0);
    const std::optional<SendResult> result = waitForFinish(finished);
    QVERIFY(result);
    QCOMPARE(result->outcome, Smtp::Outcome::Sent);
    QCOMPARE(started.count(), 1);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QVERIFY(m_services->drafts()->outbox().isEmpty());
    QCOMPARE(m_services->drafts()->sent().size(), 1);
    QCOMPARE(m_services->drafts()->sent().constFirst().message.subject, u"On its way"_s);
    QVERIFY(!outgoing.undo()); // too late
}

void SendControllerTest::cancelledOrPartlyRefusedLeaveTheOutbox()
{
    // Cancelled mid-send: back with the person, not waiting in the outbox for a time.
    ScriptedSmtpServer silent;
    silent.setScript({ u"S: 220 slow.test ESMTP"_s, u"C: EHLO *"_s, u"SILENCE"_s });
    QVERIFY(silent.start());
    AccountProfile profile = saveProfile(silent.serverPort());
    OutgoingMessage cancelled(m_services.get(), jobFor(profile, message()));
    QSignalSpy finished(&cancelled, &OutgoingMessage::finished);
    cancelled.start(std::chrono::milliseconds(200));
    QTRY_VERIFY(silent.receivedLines().size() >= 1);
    cancelled.cancel();
    QCOMPARE(waitForFinish(finished)->outcome, Smtp::Outcome::Cancelled);
    QVERIFY(m_services->drafts()->outbox().isEmpty());

    ScriptedSmtpServer partly;
    partly.setScript(plainGreeting()
        + QStringList { u"C: MAIL FROM:<ann@example.org>*"_s, u"S: 250 ok"_s, u"C: RCPT TO:<bob@example.org>"_s,
            u"S: 250 ok"_s, u"C: RCPT TO:<nobody@example.org>"_s, u"S: 550 5.1.1 No such user"_s, u"C: DATA"_s,
            u"S: 354 go"_s, u"DATA"_s, u"S: 250 queued"_s, u"C: QUIT"_s, u"S: 221 bye"_s });
    QVERIFY(partly.start());
    profile = saveProfile(partly.serverPort());
    Message m = message();
    m.to << Mailbox { QString(), u"nobody@example.org"_s };
    OutgoingMessage refused(m_services.get(), jobFor(profile, m));
    QSignalSpy refusedFinished(&refused, &OutgoingMessage::finished);
    refused.start(std::chrono::milliseconds(200));
    QCOMPARE(waitForFinish(refusedFinished)->outcome, Smtp::Outcome::PartlyRefused);
    QVERIFY(m_services->drafts()->outbox().isEmpty());
    QCOMPARE(m_services->drafts()->sent().size(), 1);
}

void SendControllerTest::aMessageWaitingAtACrashIsOverdueNextRun()
{
    const AccountProfile profile = saveProfile(1); // never reached
    QString id;
    {
        // Gone while it waits (a crash, or the program closed): what is on disk is what counts.
        OutgoingMessage outgoing(m_services.get(), jobFor(profile, message(u"Left"_s)));
        outgoing.start(std::chrono::milliseconds(300));
        id = outgoing.job().messageId;
        QVERIFY(!id.isEmpty());
    }
    QTest::qWait(500);
    makeServices(new MemorySecretStore); // the next run, over the same files
    const QList<OutboxItem> overdue = m_services->scheduler()->overdue();
    QCOMPARE(overdue.size(), 1);
    QCOMPARE(overdue.constFirst().id, id);
    QCOMPARE(overdue.constFirst().message.subject, u"Left"_s);
    // Not sent behind the person's back.
    QSignalSpy due(m_services->scheduler(), &SendScheduler::due);
    QTest::qWait(200);
    QCOMPARE(due.count(), 0);
}

void SendControllerTest::schedulerAnnouncesEachDueMessageOnce()
{
    SendScheduler *scheduler = m_services->scheduler();
    QSignalSpy due(scheduler, &SendScheduler::due);
    OutboxItem later;
    later.profileName = u"Scripted"_s;
    later.message = message(u"Later"_s);
    const QDateTime when = QDateTime::currentDateTimeUtc().addMSecs(400);
    const DraftSaveResult scheduled = m_services->drafts()->scheduleInOutbox(later, when);
    QVERIFY(scheduled.ok());
    OutboxItem held = later;
    held.message.subject = u"Held"_s;
    const DraftSaveResult heldSaved = m_services->drafts()->scheduleInOutbox(held, when);
    QVERIFY(heldSaved.ok());
    scheduler->hold(heldSaved.id);
    QCOMPARE(scheduler->scheduled().size(), 2);

    QVERIFY(due.wait(5'000));
    QCOMPARE(due.count(), 1);
    const OutboxItem item = due.constFirst().constFirst().value<OutboxItem>();
    QCOMPARE(item.id, scheduled.id);
    QVERIFY(QDateTime::currentDateTimeUtc() >= when);
    // The outbox changing again does not announce it twice; moved to another time, it is.
    QVERIFY(m_services->drafts()->saveDraft(Draft {}).ok());
    Q_EMIT m_services->drafts()->outboxChanged();
    QTest::qWait(100);
    QCOMPARE(due.count(), 1);
    QVERIFY(m_services->drafts()->scheduleInOutbox(item, QDateTime::currentDateTimeUtc().addMSecs(100)).ok());
    QVERIFY(due.wait(5'000));
    QCOMPARE(due.count(), 2);
}

QTEST_GUILESS_MAIN(SendControllerTest)
#include "SendControllerTest.moc"
