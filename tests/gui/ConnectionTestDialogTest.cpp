// The connection test and certificate dialogs, driven by object name on the offscreen platform:
// against the real aiosmtpd listeners of tools/testenv (success, wrong password, the pinned
// certificate flow) and ScriptedSmtpServer for what a real server will not do on demand (stay
// silent until cancelled).
#include "WidgetTestSupport.h"
#include "CertificateDialog.h"
#include "ConnectionTestDialog.h"
#include "ScriptedSmtpServer.h"
#include "TestServices.h"
#include "TranscriptView.h"

#include "account/AccountProfile.h"
#include "account/MemorySecretStore.h"
#include "send/AppServices.h"
#include "smtp/Fingerprint.h"
#include "smtp/SendResult.h"
#include "store/ConversationLog.h"
#include "store/LoggedSession.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
QString env(const char *name)
{
    return QString::fromLocal8Bit(qgetenv(name));
}

QString normalized(const QString &fingerprint)
{
    return Fingerprint::normalized(fingerprint);
}

// What the dialog says when it could not write to the conversation log; empty when it could.
QString logProblem(QWidget *dialog)
{
    const QLabel *note = child<QLabel>(dialog, u"logNoteLabel"_s);
    return note && !note->isHidden() ? note->text() : QString();
}

// The test CA trusted like a system CA for as long as this lives. A profile has no CA field (a
// real provider's certificate chains to a system CA), so this is how a profile verifies the
// testenv's localhost certificate the ordinary way, unpinned. SmtpSession starts from
// QSslConfiguration::defaultConfiguration().
class TrustCaForScope
{
public:
    explicit TrustCaForScope(const QList<QSslCertificate> &cas)
        : m_saved(QSslConfiguration::defaultConfiguration())
    {
        QSslConfiguration configuration = m_saved;
        configuration.addCaCertificates(cas);
        QSslConfiguration::setDefaultConfiguration(configuration);
    }
    ~TrustCaForScope() { QSslConfiguration::setDefaultConfiguration(m_saved); }
    TrustCaForScope(const TrustCaForScope &) = delete;
    TrustCaForScope &operator=(const TrustCaForScope &) = delete;

private:
    QSslConfiguration m_saved;
};

// Runs one test in the dialog (start() or a click) and returns its result.
SendResult waitForResult(QSignalSpy &finished, int count = 1)
{
    for (int i = 0; i < 60 && finished.count() < count; ++i)
        finished.wait(1000);
    if (finished.count() < count)
        return {};
    return finished.at(count - 1).constFirst().value<SendResult>();
}

} // namespace

class ConnectionTestDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void certificateDialogShowsWhatItAsks();
    void certificateDialogFlagsNotYetValid();
    void succeedsAgainstStartTlsAndLogs();
    void wrongPasswordNamesAuthentication();
    void pinnedCertificateFlow();
    void pinRefusesOtherCertificates_data();
    void pinRefusesOtherCertificates();
    void plainSuccessWarnsAboutEncryption();
    void cancelMidTestEndsCancelled();
    void closingWhileRunningCancels();

private:
    bool haveRealServers() const;
    AccountProfile realProfile(const char *portVariable, Smtp::Security security) const;
    AccountProfile scriptedProfile(quint16 port) const;
    QList<LoggedSession> loggedSessions() const; // newest first, with transcripts

    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services; // fresh per test: its own log, an in-memory keychain
};

void ConnectionTestDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<SendResult>();
    QVERIFY(m_dir.isValid());
}

void ConnectionTestDialogTest::init()
{
    m_services = makeTestServices(m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)), new MemorySecretStore);
    QVERIFY2(m_services->log()->isOpen(), qPrintable(m_services->logError()));
}

void ConnectionTestDialogTest::cleanup()
{
    m_services.reset();
}

bool ConnectionTestDialogTest::haveRealServers() const
{
    return !env("MAILWRIGHT_TEST_SMTP_HOST").isEmpty() && !env("MAILWRIGHT_TEST_SMTP_USER").isEmpty()
        && !env("MAILWRIGHT_TEST_SMTP_PASSWORD").isEmpty();
}

AccountProfile ConnectionTestDialogTest::realProfile(const char *portVariable, Smtp::Security security) const
{
    AccountProfile profile;
    profile.id = u"test-profile"_s;
    profile.name = u"Testenv"_s;
    profile.senderAddress = env("MAILWRIGHT_TEST_SMTP_USER");
    profile.host = env("MAILWRIGHT_TEST_SMTP_HOST");
    profile.port = quint16(env(portVariable).toUInt());
    profile.security = security;
    profile.user = env("MAILWRIGHT_TEST_SMTP_USER");
    profile.ehloName = u"client.test"_s;
    profile.timeoutSeconds = 30;
    return profile;
}

AccountProfile ConnectionTestDialogTest::scriptedProfile(quint16 port) const
{
    AccountProfile profile;
    profile.name = u"Scripted"_s;
    profile.host = u"127.0.0.1"_s;
    profile.port = port;
    profile.security = Smtp::Security::None;
    profile.ehloName = u"client.test"_s;
    profile.timeoutSeconds = 120; // far beyond the test's waits: only cancel can end it in time
    return profile;
}

QList<LoggedSession> ConnectionTestDialogTest::loggedSessions() const
{
    QList<LoggedSession> out;
    const QList<LoggedSession> listed = m_services->log()->sessions();
    for (const LoggedSession &session : listed) {
        const std::optional<LoggedSession> full = m_services->log()->session(session.id);
        if (full)
            out << *full;
    }
    return out;
}

void ConnectionTestDialogTest::certificateDialogShowsWhatItAsks()
{
    TlsSummary tls;
    tls.subject = u"smtp.example.org"_s;
    tls.issuer = u"Example Private CA"_s;
    tls.notBefore = QDateTime::currentDateTimeUtc().addDays(-400);
    tls.notAfter = QDateTime::currentDateTimeUtc().addDays(-2);
    tls.sha256Fingerprint = u"AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"_s;
    tls.verificationErrors = { u"The certificate has expired"_s, u"The certificate is self-signed, and untrusted"_s };

    CertificateDialog dialog(tls, u"smtp.example.org:465"_s, u"Work"_s);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(child<QLabel>(&dialog, u"serverValueLabel"_s)->text(), u"smtp.example.org:465"_s);
    QCOMPARE(child<QLabel>(&dialog, u"subjectValueLabel"_s)->text(), tls.subject);
    QCOMPARE(child<QLabel>(&dialog, u"issuerValueLabel"_s)->text(), tls.issuer);
    auto *fingerprint = child<QLabel>(&dialog, u"fingerprintValueLabel"_s);
    QCOMPARE(fingerprint->text(), tls.sha256Fingerprint);
    QVERIFY(fingerprint->textInteractionFlags() & Qt::TextSelectableByMouse);
    QCOMPARE(fingerprint->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QCOMPARE(dialog.fingerprint(), tls.sha256Fingerprint);

    // Expired: the "until" date is flagged, the "from" date is not.
    QVERIFY(child<QLabel>(&dialog, u"validUntilValueLabel"_s)->text().contains(u"expired"_s));
    QVERIFY(child<QLabel>(&dialog, u"validUntilValueLabelIcon"_s)->isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(u"validFromValueLabelIcon"_s));
    QVERIFY(!child<QLabel>(&dialog, u"validFromValueLabel"_s)->text().contains(u"not valid yet"_s));

    const QString problems = child<QLabel>(&dialog, u"problemsValueLabel"_s)->text();
    QVERIFY(problems.contains(u"expired"_s));
    QVERIFY(problems.contains(u"self-signed"_s));
    const QString warning = child<QLabel>(&dialog, u"trustWarningLabel"_s)->text();
    QVERIFY(warning.contains(u"“Work”"_s));
    QVERIFY(warning.contains(u"refuse any other"_s));
    QVERIFY(warning.contains(u"fingerprint"_s));

    // Everything has a name a screen reader can say.
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (qobject_cast<QLabel *>(widget) && !widget->objectName().isEmpty())
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }

    auto *copy = child<QToolButton>(&dialog, u"copyFingerprintButton"_s);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), tls.sha256Fingerprint);

    // Cancel is the default, so Return does not trust by accident.
    auto *cancel = child<QPushButton>(&dialog, u"cancelButton"_s);
    auto *trust = child<QPushButton>(&dialog, u"trustCertificateButton"_s);
    QVERIFY(cancel->isDefault());
    QVERIFY(!trust->isDefault());
    QVERIFY(!trust->autoDefault());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(accepted.count(), 0);

    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(trust, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void ConnectionTestDialogTest::certificateDialogFlagsNotYetValid()
{
    TlsSummary tls;
    tls.subject = u"localhost"_s;
    tls.notBefore = QDateTime::currentDateTimeUtc().addDays(3);
    tls.notAfter = QDateTime::currentDateTimeUtc().addDays(300);
    tls.sha256Fingerprint = u"01:02"_s;
    CertificateDialog dialog(tls, u"localhost:465"_s, u"Home"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(child<QLabel>(&dialog, u"validFromValueLabel"_s)->text().contains(u"not valid yet"_s));
    QVERIFY(child<QLabel>(&dialog, u"validFromValueLabelIcon"_s)->isVisible());
    QVERIFY(!dialog.findChild<QLabel *>(u"validUntilValueLabelIcon"_s));
    // Nothing named by the session: still a sentence, never an empty row.
    QVERIFY(!child<QLabel>(&dialog, u"problemsValueLabel"_s)->text().isEmpty());
    QCOMPARE(child<QLabel>(&dialog, u"issuerValueLabel"_s)->text(), u"(not stated)"_s);
}

void ConnectionTestDialogTest::succeedsAgainstStartTlsAndLogs()
{
    if (!haveRealServers() || env("MAILWRIGHT_TEST_SMTP_STARTTLS_PORT").isEmpty() || env("MAILWRIGHT_TEST_CA").isEmpty())
        QSKIP("MAILWRIGHT_TEST_SMTP_* not set: start tools/testenv (tools/test.sh does)");
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(env("MAILWRIGHT_TEST_CA"));
    QVERIFY(!ca.isEmpty());
    const TrustCaForScope trustCa(ca);

    const AccountProfile profile = realProfile("MAILWRIGHT_TEST_SMTP_STARTTLS_PORT", Smtp::Security::StartTls);
    const QString password = env("MAILWRIGHT_TEST_SMTP_PASSWORD");
    ConnectionTestDialog dialog(m_services.get(), profile, password);
    QSignalSpy finished(&dialog, &ConnectionTestDialog::testFinished);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.start();
    QVERIFY(dialog.isRunning());
    QVERIFY(child<QProgressBar>(&dialog, u"busyProgressBar"_s)->isVisible());
    QVERIFY(child<QPushButton>(&dialog, u"cancelButton"_s)->isVisible());
    QVERIFY(!child<QLabel>(&dialog, u"stageLabel"_s)->text().isEmpty());

    const SendResult result = waitForResult(finished);
    QVERIFY2(result.outcome == Smtp::Outcome::Verified, qPrintable(result.message));
    QCOMPARE(dialog.result().outcome, Smtp::Outcome::Verified);
    QVERIFY(result.tls.encrypted);
    QVERIFY(!result.tls.pinned); // verified through the CA, not by a pin
    QVERIFY(!dialog.isRunning());
    QVERIFY(!child<QProgressBar>(&dialog, u"busyProgressBar"_s)->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, u"cancelButton"_s)->isVisible());
    QVERIFY(child<QPushButton>(&dialog, u"testAgainButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, u"viewCertificateButton"_s)->isVisible());

    const QString server = u"%1:%2"_s.arg(profile.host).arg(profile.port);
    auto *verdict = child<QLabel>(&dialog, u"verdictLabel"_s);
    QVERIFY(verdict->isVisible());
    QVERIFY2(verdict->text().contains(u"Connected to %1 with %2, signed in as %3. This profile is ready to send."_s
                                          .arg(server, result.tls.protocol, profile.user)),
             qPrintable(verdict->text()));
    QVERIFY(result.tls.protocol.startsWith(u"TLS"_s));
    QCOMPARE(child<QLabel>(&dialog, u"stageLabel"_s)->text(), u"The connection works."_s);

    // The live transcript, with credentials redacted at the source.
    auto *view = child<TranscriptView>(&dialog, u"transcriptView"_s);
    const QString shown = view->visibleLines().join(u'\n');
    QVERIFY(shown.contains(u"C: STARTTLS"_s));
    QVERIFY(shown.contains(u"C: AUTH"_s));
    QVERIFY(shown.contains(u"235"_s));
    QVERIFY(shown.contains(u"C: QUIT"_s));
    QVERIFY(!shown.contains(u"MAIL FROM"_s));
    QVERIFY(!shown.contains(password));

    // The log keeps the test with the same transcript.
    QVERIFY2(logProblem(&dialog).isEmpty(), qPrintable(logProblem(&dialog)));
    const QList<LoggedSession> logged = loggedSessions();
    QCOMPARE(logged.size(), 1);
    const LoggedSession &session = logged.constFirst();
    QCOMPARE(session.kind, LoggedSession::Kind::ConnectionTest);
    QCOMPARE(session.origin, LoggedSession::Origin::Gui);
    QCOMPARE(session.profile, profile.name);
    QCOMPARE(session.server, server);
    QCOMPARE(session.outcome, Smtp::Outcome::Verified);
    QCOMPARE(session.resultMessage, result.message);
    QVERIFY(session.recipients.isEmpty());
    QCOMPARE(session.transcript.size(), view->entries().size());
    QVERIFY(session.transcript.size() > 5);
    bool sawStartTls = false;
    for (const TranscriptEntry &entry : session.transcript) {
        sawStartTls = sawStartTls || (entry.direction == Smtp::Direction::Client && entry.text == u"STARTTLS"_s);
        QVERIFY(!entry.text.contains(password));
    }
    QVERIFY(sawStartTls);

    // Test Again runs a second, separate session.
    QTest::mouseClick(child<QPushButton>(&dialog, u"testAgainButton"_s), Qt::LeftButton);
    QVERIFY(dialog.isRunning());
    QCOMPARE(waitForResult(finished, 2).outcome, Smtp::Outcome::Verified);
    QVERIFY2(logProblem(&dialog).isEmpty(), qPrintable(logProblem(&dialog)));
    QCOMPARE(loggedSessions().size(), 2);
}

void ConnectionTestDialogTest::wrongPasswordNamesAuthentication()
{
    if (!haveRealServers() || env("MAILWRIGHT_TEST_SMTP_STARTTLS_PORT").isEmpty() || env("MAILWRIGHT_TEST_LOCALHOST_SHA256").isEmpty())
        QSKIP("MAILWRIGHT_TEST_SMTP_* not set: start tools/testenv (tools/test.sh does)");
    AccountProfile profile = realProfile("MAILWRIGHT_TEST_SMTP_STARTTLS_PORT", Smtp::Security::StartTls);
    profile.trustFingerprint(env("MAILWRIGHT_TEST_LOCALHOST_SHA256")); // past TLS without a CA
    ConnectionTestDialog dialog(m_services.get(), profile, u"not-the-password"_s);
    QSignalSpy finished(&dialog, &ConnectionTestDialog::testFinished);
    dialog.show();
    dialog.start();
    const SendResult result = waitForResult(finished);
    QCOMPARE(result.outcome, Smtp::Outcome::Failed);
    QCOMPARE(result.failure, Smtp::Failure::Auth);
    QCOMPARE(result.replyCode, 535);

    QCOMPARE(child<QLabel>(&dialog, u"stageLabel"_s)->text(), u"Signing in failed."_s);
    const QString verdict = child<QLabel>(&dialog, u"verdictLabel"_s)->text();
    QVERIFY2(verdict.contains(u"Logging in as %1 failed."_s.arg(profile.user)), qPrintable(verdict));
    QVERIFY2(verdict.contains(u"535"_s) && verdict.contains(u"5.7.8"_s), qPrintable(verdict)); // the server's words
    QVERIFY(!verdict.contains(u"ready to send"_s));
    QVERIFY(!child<QPushButton>(&dialog, u"viewCertificateButton"_s)->isVisible());

    QVERIFY2(logProblem(&dialog).isEmpty(), qPrintable(logProblem(&dialog)));
    const QList<LoggedSession> logged = loggedSessions();
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.constFirst().outcome, Smtp::Outcome::Failed);
    QCOMPARE(logged.constFirst().kind, LoggedSession::Kind::ConnectionTest);
}

void ConnectionTestDialogTest::pinnedCertificateFlow()
{
    if (!haveRealServers() || env("MAILWRIGHT_TEST_SMTP_SELFSIGNED_PORT").isEmpty() || env("MAILWRIGHT_TEST_SELFSIGNED_SHA256").isEmpty())
        QSKIP("MAILWRIGHT_TEST_SMTP_* not set: start tools/testenv (tools/test.sh does)");
    const QString expected = normalized(env("MAILWRIGHT_TEST_SELFSIGNED_SHA256"));
    const AccountProfile profile = realProfile("MAILWRIGHT_TEST_SMTP_SELFSIGNED_PORT", Smtp::Security::Tls);
    QVERIFY(profile.trustedFingerprints.isEmpty());

    ConnectionTestDialog dialog(m_services.get(), profile, env("MAILWRIGHT_TEST_SMTP_PASSWORD"));
    QSignalSpy finished(&dialog, &ConnectionTestDialog::testFinished);
    QSignalSpy trusted(&dialog, &ConnectionTestDialog::certificateTrusted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.start();

    // First: refused, with the fingerprint to show.
    const SendResult refused = waitForResult(finished);
    QCOMPARE(refused.outcome, Smtp::Outcome::Failed);
    QCOMPARE(refused.failure, Smtp::Failure::Certificate);
    QCOMPARE(normalized(refused.tls.sha256Fingerprint), expected);
    QCOMPARE(child<QLabel>(&dialog, u"stageLabel"_s)->text(), u"The server's certificate is not trusted."_s);
    auto *view = child<QPushButton>(&dialog, u"viewCertificateButton"_s);
    QVERIFY(view->isVisible());

    QTest::mouseClick(view, Qt::LeftButton);
    CertificateDialog *certificate = nullptr;
    QTRY_VERIFY((certificate = dialog.findChild<CertificateDialog *>()) && certificate->isVisible());
    QCOMPARE(normalized(child<QLabel>(certificate, u"fingerprintValueLabel"_s)->text()), expected);
    QCOMPARE(normalized(certificate->fingerprint()), expected);
    QVERIFY(child<QLabel>(certificate, u"problemsValueLabel"_s)->text().contains(u"self-signed"_s));
    QVERIFY(child<QLabel>(certificate, u"trustWarningLabel"_s)->text().contains(profile.name));
    QVERIFY(dialog.profile().trustedFingerprints.isEmpty()); // asking is not trusting

    // Trusting pins it and tests again at once.
    QTest::mouseClick(child<QPushButton>(certificate, u"trustCertificateButton"_s), Qt::LeftButton);
    QCOMPARE(trusted.count(), 1);
    QCOMPARE(trusted.constFirst().constFirst().toString(), expected);
    QVERIFY(dialog.isRunning());
    const SendResult verified = waitForResult(finished, 2);
    QVERIFY2(verified.outcome == Smtp::Outcome::Verified, qPrintable(verified.message));
    QVERIFY(verified.tls.pinned);
    QCOMPARE(normalized(verified.tls.sha256Fingerprint), expected);
    QCOMPARE(dialog.profile().trustedFingerprints, QStringList{ expected });
    QVERIFY(!child<QPushButton>(&dialog, u"viewCertificateButton"_s)->isVisible());
    const QString verdict = child<QLabel>(&dialog, u"verdictLabel"_s)->text();
    QVERIFY2(verdict.contains(u"signed in as %1"_s.arg(profile.user)), qPrintable(verdict));
    QVERIFY(verdict.contains(u"trusted its fingerprint"_s));
    QTRY_VERIFY(!dialog.findChild<CertificateDialog *>()); // closed and gone

    QVERIFY2(logProblem(&dialog).isEmpty(), qPrintable(logProblem(&dialog)));
    const QList<LoggedSession> logged = loggedSessions(); // newest first
    QCOMPARE(logged.size(), 2);
    QCOMPARE(logged.at(0).outcome, Smtp::Outcome::Verified);
    QCOMPARE(logged.at(1).outcome, Smtp::Outcome::Failed);

    // Cancelling the certificate dialog pins nothing and runs nothing.
    ConnectionTestDialog other(m_services.get(), profile, env("MAILWRIGHT_TEST_SMTP_PASSWORD"));
    QSignalSpy otherFinished(&other, &ConnectionTestDialog::testFinished);
    QSignalSpy otherTrusted(&other, &ConnectionTestDialog::certificateTrusted);
    other.show();
    other.start();
    QCOMPARE(waitForResult(otherFinished).failure, Smtp::Failure::Certificate);
    QTest::mouseClick(child<QPushButton>(&other, u"viewCertificateButton"_s), Qt::LeftButton);
    QTRY_VERIFY((certificate = other.findChild<CertificateDialog *>()) && certificate->isVisible());
    QTest::mouseClick(child<QPushButton>(certificate, u"cancelButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!other.findChild<CertificateDialog *>());
    QVERIFY(!other.isRunning());
    QCOMPARE(otherTrusted.count(), 0);
    QCOMPARE(otherFinished.count(), 1);
    QVERIFY(other.profile().trustedFingerprints.isEmpty());
}

void ConnectionTestDialogTest::pinRefusesOtherCertificates_data()
{
    QTest::addColumn<QByteArray>("portVariable");
    QTest::addColumn<QByteArray>("fingerprintVariable");
    // Each presents a certificate other than the pinned self-signed one.
    QTest::newRow("expired") << QByteArray("MAILWRIGHT_TEST_SMTP_EXPIRED_PORT") << QByteArray("MAILWRIGHT_TEST_EXPIRED_SHA256");
    QTest::newRow("wrong host") << QByteArray("MAILWRIGHT_TEST_SMTP_WRONGHOST_PORT") << QByteArray("MAILWRIGHT_TEST_WRONGHOST_SHA256");
    QTest::newRow("CA-signed, CA unknown") << QByteArray("MAILWRIGHT_TEST_SMTP_TLS_PORT") << QByteArray("MAILWRIGHT_TEST_LOCALHOST_SHA256");
}

void ConnectionTestDialogTest::pinRefusesOtherCertificates()
{
    QFETCH(QByteArray, portVariable);
    QFETCH(QByteArray, fingerprintVariable);
    if (!haveRealServers() || env(portVariable.constData()).isEmpty() || env(fingerprintVariable.constData()).isEmpty()
        || env("MAILWRIGHT_TEST_SELFSIGNED_SHA256").isEmpty())
        QSKIP("MAILWRIGHT_TEST_SMTP_* not set: start tools/testenv (tools/test.sh does)");
    AccountProfile profile = realProfile(portVariable.constData(), Smtp::Security::Tls);
    profile.trustFingerprint(env("MAILWRIGHT_TEST_SELFSIGNED_SHA256"));

    ConnectionTestDialog dialog(m_services.get(), profile, env("MAILWRIGHT_TEST_SMTP_PASSWORD"));
    QSignalSpy finished(&dialog, &ConnectionTestDialog::testFinished);
    dialog.show();
    dialog.start();
    const SendResult result = waitForResult(finished);
    QCOMPARE(result.outcome, Smtp::Outcome::Failed);
    QCOMPARE(result.failure, Smtp::Failure::Certificate);
    QVERIFY(!result.tls.pinned);
    QCOMPARE(normalized(result.tls.sha256Fingerprint), normalized(env(fingerprintVariable.constData())));
    QVERIFY(child<QPushButton>(&dialog, u"viewCertificateButton"_s)->isVisible()); // the new one may be looked at
    QCOMPARE(child<QLabel>(&dialog, u"stageLabel"_s)->text(), u"The server's certificate is not trusted."_s);
    QCOMPARE(dialog.profile().trustedFingerprints, QStringList{ normalized(env("MAILWRIGHT_TEST_SELFSIGNED_SHA256")) });
    QVERIFY2(logProblem(&dialog).isEmpty(), qPrintable(logProblem(&dialog)));
    QCOMPARE(loggedSessions().size(), 1);
}

void ConnectionTestDialogTest::plainSuccessWarnsAboutEncryption()
{
    ScriptedSmtpServer server;
    server.setScript({ u"S: 220 scripted ESMTP"_s, u"C: EHLO client.test"_s, u"S: 250-scripted"_s, u"S: 250 8BITMIME"_s,
        u"C: QUIT"_s, u"S: 221 bye"_s });
    QVERIFY(server.start());
    ConnectionTestDialog dialog(m_services.get(), scriptedProfile(server.serverPort()));
    QSignalSpy finished(&dialog, &ConnectionTestDialog::testFinished);
    dialog.show();
    dialog.start();
    const SendResult result = waitForResult(finished);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Smtp::Outcome::Verified);
    const QString verdict = child<QLabel>(&dialog, u"verdictLabel"_s)->text();
    QVERIFY2(verdict.contains(u"without encryption"_s), qPrintable(verdict));
    QVERIFY(!verdict.contains(u"signed in as"_s));
    QVERIFY(child<TranscriptView>(&dialog, u"transcriptView"_s)->visibleLines().join(u'\n').contains(u"S: 250 8BITMIME"_s));
}

void ConnectionTestDialogTest::cancelMidTestEndsCancelled()
{
    ScriptedSmtpServer server;
    server.setScript({ u"S: 220 scripted ESMTP"_s, u"C: EHLO *"_s, u"SILENCE"_s });
    QVERIFY(server.start());
    const AccountProfile profile = scriptedProfile(server.serverPort());
    ConnectionTestDialog dialog(m_services.get(), profile);
    QSignalSpy finished(&dialog, &ConnectionTestDialog::testFinished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.start();

    // The stage line follows the session: past the greeting, waiting for EHLO's answer.
    auto *stage = child<QLabel>(&dialog, u"stageLabel"_s);
    QTRY_COMPARE(stage->text(), u"Connected; asking what the server offers…"_s);
    QTRY_VERIFY(server.scriptDone());
    QVERIFY(dialog.isRunning());
    QCOMPARE(finished.count(), 0);

    auto *cancel = child<QPushButton>(&dialog, u"cancelButton"_s);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    // Promptly: long before the 120 s timeout could end it.
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    const SendResult result = finished.constFirst().constFirst().value<SendResult>();
    QCOMPARE(result.outcome, Smtp::Outcome::Cancelled);
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.isVisible()); // cancelling the test is not closing the dialog
    QCOMPARE(stage->text(), u"The test was cancelled."_s);
    QVERIFY(!cancel->isVisible());
    QVERIFY(child<QPushButton>(&dialog, u"testAgainButton"_s)->isEnabled());

    QVERIFY2(logProblem(&dialog).isEmpty(), qPrintable(logProblem(&dialog)));
    const QList<LoggedSession> logged = loggedSessions();
    QCOMPARE(logged.size(), 1);
    QCOMPARE(logged.constFirst().outcome, Smtp::Outcome::Cancelled);
    QCOMPARE(logged.constFirst().server, u"127.0.0.1:%1"_s.arg(server.serverPort()));
}

void ConnectionTestDialogTest::closingWhileRunningCancels()
{
    ScriptedSmtpServer server;
    server.setScript({ u"S: 220 scripted ESMTP"_s, u"C: EHLO *"_s, u"SILENCE"_s });
    QVERIFY(server.start());
    ConnectionTestDialog dialog(m_services.get(), scriptedProfile(server.serverPort()));
    QSignalSpy finished(&dialog, &ConnectionTestDialog::testFinished);
    QSignalSpy closed(&dialog, &QDialog::finished);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.start();
    QTRY_VERIFY(server.scriptDone());

    QTest::mouseClick(child<QPushButton>(&dialog, u"closeButton"_s), Qt::LeftButton);
    QCOMPARE(finished.count(), 1); // cancelled on the way out, before the dialog closed
    QCOMPARE(finished.constFirst().constFirst().value<SendResult>().outcome, Smtp::Outcome::Cancelled);
    QCOMPARE(closed.count(), 1);
    QVERIFY(!dialog.isVisible());
    QVERIFY(!dialog.isRunning());
    QVERIFY2(logProblem(&dialog).isEmpty(), qPrintable(logProblem(&dialog)));
    QCOMPARE(loggedSessions().size(), 1);
}

QTEST_MAIN(ConnectionTestDialogTest)
#include "ConnectionTestDialogTest.moc"
