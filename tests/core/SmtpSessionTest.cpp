// SmtpSession against a scripted in-process server: each exchange written first, in the
// transcript's own shape, then checked step by step.
#include "smtp/SmtpSession.h"
#include "ScriptedSmtpServer.h"
#include "smtp/Fingerprint.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Smtp::Failure;
using Smtp::Outcome;
using Smtp::State;

Q_DECLARE_METATYPE(QList<QByteArray>)

namespace {
const QByteArray SimpleBody = "From: ann@example.org\r\nTo: bob@example.org\r\nSubject: Hi\r\n\r\nHello Bob\r\n";

QStringList ehlo(const QStringList &keywords)
{
    QStringList out { u"C: EHLO *"_s };
    if (keywords.isEmpty())
        return out << u"S: 250 test.example"_s;
    out << u"S: 250-test.example"_s;
    for (int i = 0; i < keywords.size(); ++i)
        out << (i + 1 < keywords.size() ? u"S: 250-"_s : u"S: 250 "_s) + keywords.at(i);
    return out;
}

// A device that fails after handing out some bytes, like a file that vanished mid-send.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(qint64 goodBytes)
        : m_good(goodBytes)
    {
        open(ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 size() const override { return m_good * 2; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        if (m_done >= m_good) {
            setErrorString(u"disk on fire"_s);
            return -1;
        }
        const qint64 n = qMin(max, m_good - m_done);
        memset(data, 'a', n);
        m_done += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_good;
    qint64 m_done = 0;
};
} // namespace

class SmtpSessionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pipelinedSend();
    void finishedNeverInsideSend();
    void greetingRefused_data();
    void greetingRefused();
    void heloFallback();
    void repliesSplitAcrossReads();
    void brokenReplies_data();
    void brokenReplies();
    void startTls();
    void startTlsNotOffered();
    void startTlsRefused();
    void startTlsInjection();
    void implicitTls();
    void untrustedCertificate();
    void pinnedCertificate();
    void startTlsAgainstAnImplicitTlsPort_data();
    void startTlsAgainstAnImplicitTlsPort();
    void slowGreetingIsNotMistakenForTls();
    void noTlsProbeWhereItCannotHelp_data();
    void noTlsProbeWhereItCannotHelp();
    void wrongHostCertificate();
    void authMechanisms_data();
    void authMechanisms();
    void authRefusedWithHint();
    void noCredentialsInPlainText();
    void plainTextAuthWhenAllowed();
    void xoauth2Error();
    void bearerToken_data();
    void bearerToken();
    void sizeLimit();
    void sizeParameterAndSmtpUtf8();
    void smtpUtf8Missing();
    void partlyRefusedStillGetsWholeMessage();
    void allRefusedPipelinedDataAccepted();
    void allRefusedSequential();
    void sequentialEnvelope();
    void dotStuffingOnTheWire();
    void largeBodyStreamsWithProgress();
    void failureAtStage_data();
    void failureAtStage();
    void disconnectAtStage_data();
    void disconnectAtStage();
    void silenceAtStage_data();
    void silenceAtStage();
    void cancelAtStage_data();
    void cancelAtStage();
    void bodyReadError();
    void connectionRefused();
    void connectionTest();
    void transcriptSummarisesBody();
    void replyWithClose_data();
    void replyWithClose();
    void localRefusalQuitsPolitely_data();
    void localRefusalQuitsPolitely();
    void authOnlyAfterStartTls();
    void handshakeFailedAfterStartTls();
    void handshakeFailedImplicitTls();
    void temporaryRecipientRefusal();
    void temporaryRefusalOfEveryRecipient();

private:
    SendRequest request(quint16 port, const QByteArray &body = SimpleBody,
        const QStringList &recipients = { u"bob@example.org"_s }) const;
    // Logs in as user/secret over the scripted plain-text link (the scripts' "AUTH PLAIN *" step).
    SendRequest loggedInRequest(quint16 port, const QByteArray &body = SimpleBody) const;
    SendResult run(SmtpSession &session, const SendRequest &request, QList<TranscriptEntry> *transcript = nullptr);

    QSslCertificate m_cert;
    QSslKey m_key;
    QSslCertificate m_wrongCert;
    QSslKey m_wrongKey;
};

void SmtpSessionTest::initTestCase()
{
    qRegisterMetaType<SendResult>();
    qRegisterMetaType<TranscriptEntry>();
    QString error;
    QVERIFY2(ScriptedSmtpServer::makeCertificate(&m_cert, &m_key, &error), qPrintable(error));
    QVERIFY2(
        ScriptedSmtpServer::makeCertificate(&m_wrongCert, &m_wrongKey, &error, u"wrong.example"_s), qPrintable(error));
}

SendRequest SmtpSessionTest::request(quint16 port, const QByteArray &body, const QStringList &recipients) const
{
    SendRequest r;
    r.server.host = u"127.0.0.1"_s;
    r.server.port = port;
    r.server.security = Smtp::Security::None;
    r.server.ehloName = u"client.test"_s;
    r.server.timeouts = SmtpTimeouts::uniform(10000);
    r.mailFrom = u"ann@example.org"_s;
    r.recipients = recipients;
    auto buffer = QSharedPointer<QBuffer>::create();
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    r.body = buffer;
    return r;
}

SendRequest SmtpSessionTest::loggedInRequest(quint16 port, const QByteArray &body) const
{
    SendRequest r = request(port, body);
    r.server.user = u"user"_s;
    r.server.secret = u"secret"_s;
    r.server.allowPlainTextAuth = true;
    return r;
}

SendResult SmtpSessionTest::run(SmtpSession &session, const SendRequest &request, QList<TranscriptEntry> *transcript)
{
    QSignalSpy finished(&session, &SmtpSession::finished);
    QMetaObject::Connection c;
    if (transcript)
        c = connect(
            &session, &SmtpSession::transcript, this, [transcript](const TranscriptEntry &e) { *transcript << e; });
    session.send(request);
    if (!finished.wait(20000))
        return {};
    QTest::qWait(20); // anything emitted twice would show up now
    disconnect(c);
    if (finished.count() != 1)
        qWarning("finished emitted %d times", int(finished.count()));
    return finished.count() == 1 ? finished.first().first().value<SendResult>() : SendResult {};
}

void SmtpSessionTest::pipelinedSend()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 test.example ESMTP"_s };
    script << ehlo({ u"PIPELINING"_s, u"8BITMIME"_s });
    script << u"C: MAIL FROM:<ann@example.org>"_s << u"C: RCPT TO:<bob@example.org>"_s
           << u"C: RCPT TO:<cy@example.org>"_s << u"C: DATA"_s << u"S: 250 2.1.0 Ok"_s << u"S: 250 2.1.5 Ok"_s
           << u"S: 250 2.1.5 Ok"_s << u"S: 354 End data with <CR><LF>.<CR><LF>"_s << u"DATA"_s << u"C: QUIT"_s
           << u"S: 250 2.0.0 Ok: queued as 42"_s << u"S: 221 2.0.0 Bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    QSignalSpy states(&session, &SmtpSession::stateChanged);
    const SendResult result
        = run(session, request(server.serverPort(), SimpleBody, { u"bob@example.org"_s, u"cy@example.org"_s }));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::Sent);
    QCOMPARE(result.replyCode, 250);
    QCOMPARE(result.enhancedCode, u"2.0.0"_s);
    QCOMPARE(result.recipients.size(), 2);
    QVERIFY(result.recipients.at(0).accepted && result.recipients.at(1).accepted);
    QCOMPARE(server.receivedData(), SimpleBody);
    QVERIFY(result.message.contains(u"queued as 42"_s));
    // MAIL, both RCPTs and DATA left in one write, so they arrive together.
    const QByteArray all = server.receivedBytes();
    const qsizetype mail = all.indexOf("MAIL FROM");
    QVERIFY(all.mid(mail).startsWith(
        "MAIL FROM:<ann@example.org>\r\nRCPT TO:<bob@example.org>\r\nRCPT TO:<cy@example.org>\r\nDATA\r\n"));
    QCOMPARE(states.last().first().value<State>(), State::Done);
    QCOMPARE(session.state(), State::Done);
}

void SmtpSessionTest::finishedNeverInsideSend()
{
    SmtpSession session;
    QSignalSpy finished(&session, &SmtpSession::finished);
    SendRequest r = request(1);
    r.recipients.clear(); // invalid: fails at once, but still on the next event-loop turn
    session.send(r);
    QCOMPARE(finished.count(), 0);
    QVERIFY(finished.wait(5000));
    const SendResult result = finished.first().first().value<SendResult>();
    QCOMPARE(result.failure, Failure::Input);
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
}

void SmtpSessionTest::greetingRefused_data()
{
    QTest::addColumn<QString>("greeting");
    QTest::newRow("554 no service") << u"S: 554 5.3.2 No SMTP service here"_s;
    QTest::newRow("421 busy") << u"S: 421 4.3.2 Too busy, try later"_s;
}

void SmtpSessionTest::greetingRefused()
{
    QFETCH(QString, greeting);
    ScriptedSmtpServer server;
    server.setScript({ greeting, u"C: QUIT"_s, u"S: 221 bye"_s });
    QVERIFY(server.start());
    SmtpSession session;
    const SendResult result = run(session, request(server.serverPort()));
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.failure, Failure::ServerRefused);
    QCOMPARE(result.stage, State::Greeting);
    QCOMPARE(result.replyCode, greeting.mid(3, 3).toInt());
    QVERIFY(result.message.contains(greeting.mid(11)));
}

void SmtpSessionTest::heloFallback()
{
    ScriptedSmtpServer server;
    server.setScript({ u"S: 220 old.example"_s, u"C: EHLO client.test"_s, u"S: 502 5.5.1 Unrecognized command"_s,
        u"C: HELO client.test"_s, u"S: 250 old.example"_s, u"C: MAIL FROM:<ann@example.org>"_s, u"S: 250 ok"_s,
        u"C: RCPT TO:<bob@example.org>"_s, u"S: 250 ok"_s, u"C: DATA"_s, u"S: 354 go"_s, u"DATA"_s, u"S: 250 ok"_s,
        u"C: QUIT"_s, u"S: 221 bye"_s });
    QVERIFY(server.start());
    SmtpSession session;
    const SendResult result = run(session, request(server.serverPort()));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::Sent);
    QCOMPARE(server.receivedData(), SimpleBody);
}

void SmtpSessionTest::repliesSplitAcrossReads()
{
    ScriptedSmtpServer server;
    server.setScript({ u"SPLIT 220 split.example ESMTP"_s, u"C: EHLO client.test"_s, u"SPLIT 250-split.example"_s,
        u"SPLIT 250-PIPELINING"_s, u"SPLIT 250 SIZE 100000"_s, u"C: MAIL FROM:<ann@example.org> SIZE=70"_s,
        u"C: RCPT TO:<bob@example.org>"_s, u"C: DATA"_s, u"SPLIT 250 ok"_s, u"SPLIT 250 ok"_s, u"SPLIT 354 go"_s,
        u"DATA"_s, u"C: QUIT"_s, u"SPLIT 250 queued"_s, u"S: 221 bye"_s });
    QVERIFY(server.start());
    SmtpSession session;
    const SendResult result = run(session, request(server.serverPort()));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::Sent);
    QCOMPARE(result.capabilities, (QStringList { u"PIPELINING"_s, u"SIZE 100000"_s }));
}

void SmtpSessionTest::brokenReplies_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::newRow("continuation changes code")
        << QStringList { u"S: 220 x"_s, u"C: EHLO *"_s, u"S: 250-x"_s, u"S: 251 y"_s, u"SILENCE"_s };
    QTest::newRow("garbage greeting") << QStringList { u"S: hello there"_s, u"SILENCE"_s };
    QTest::newRow("1 MiB line") << QStringList { u"S: 220 "_s + QString(1 << 20, u'x'), u"SILENCE"_s };
    QStringList endless { u"S: 220 x"_s, u"C: EHLO *"_s };
    for (int i = 0; i < 400; ++i)
        endless << u"S: 250-more"_s;
    QTest::newRow("reply never ends") << (endless << u"SILENCE"_s);
}

void SmtpSessionTest::brokenReplies()
{
    QFETCH(QStringList, script);
    ScriptedSmtpServer server;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    const SendResult result = run(session, request(server.serverPort()));
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.failure, Failure::Protocol);
    QVERIFY(!result.message.isEmpty());
}

void SmtpSessionTest::startTls()
{
    ScriptedSmtpServer server;
    server.setCertificate(m_cert, m_key);
    // Before TLS the server offers PLAIN; after TLS only LOGIN: the client must use what it
    // learnt after the handshake and nothing from before.
    QStringList script { u"S: 220 tls.example"_s };
    script << ehlo({ u"STARTTLS"_s, u"AUTH PLAIN"_s }) << u"C: STARTTLS"_s << u"S: 220 2.0.0 go ahead"_s << u"TLS"_s;
    script << ehlo({ u"AUTH LOGIN"_s }) << u"C: AUTH LOGIN"_s << u"S: 334 VXNlcm5hbWU6"_s << u"C: dXNlcg=="_s // "user"
           << u"S: 334 UGFzc3dvcmQ6"_s << u"C: c2VjcmV0"_s // "secret"
           << u"S: 235 2.7.0 ok"_s << u"C: MAIL FROM:<ann@example.org>"_s << u"S: 250 ok"_s
           << u"C: RCPT TO:<bob@example.org>"_s << u"S: 250 ok"_s << u"C: DATA"_s << u"S: 354 go"_s << u"DATA"_s
           << u"S: 250 ok"_s << u"C: QUIT"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.host = u"localhost"_s;
    r.server.security = Smtp::Security::StartTls;
    r.server.extraCaCertificates = { m_cert };
    r.server.user = u"user"_s;
    r.server.secret = u"secret"_s;
    QList<TranscriptEntry> transcript;
    const SendResult result = run(session, r, &transcript);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::Sent);
    QVERIFY(result.tls.encrypted);
    QCOMPARE(result.tls.subject, u"localhost"_s);
    QVERIFY(result.tls.verificationErrors.isEmpty());
    QCOMPARE(result.tls.sha256Fingerprint, QString::fromLatin1(m_cert.digest(QCryptographicHash::Sha256).toHex(':')));
    QCOMPARE(result.capabilities, QStringList { u"AUTH LOGIN"_s });
    bool sawTls = false;
    for (const TranscriptEntry &e : transcript) {
        QVERIFY2(!e.text.contains(u"c2VjcmV0"_s) && !e.text.contains(u"secret"_s) && !e.text.contains(u"dXNlcg=="_s),
            qPrintable(e.text));
        sawTls |= e.direction == Smtp::Direction::Tls && e.text.contains(u"Certificate verified"_s);
    }
    QVERIFY(sawTls);
}

void SmtpSessionTest::startTlsNotOffered()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"AUTH PLAIN"_s, u"PIPELINING"_s }) << u"C: QUIT"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.security = Smtp::Security::StartTls;
    r.server.user = u"user"_s;
    r.server.secret = u"secret"_s;
    const SendResult result = run(session, r);
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.failure, Failure::Tls);
    QVERIFY(result.message.contains(u"STARTTLS"_s));
    QVERIFY(!server.receivedBytes().contains("AUTH"));
    QVERIFY(!server.receivedBytes().contains("MAIL"));
}

void SmtpSessionTest::startTlsRefused()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"STARTTLS"_s }) << u"C: STARTTLS"_s << u"S: 454 4.7.0 TLS not available due to local problem"_s
           << u"C: QUIT"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.security = Smtp::Security::StartTls;
    const SendResult result = run(session, r);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.failure, Failure::Tls);
    QCOMPARE(result.replyCode, 454);
    QVERIFY(!server.receivedBytes().contains("MAIL"));
}

void SmtpSessionTest::startTlsInjection()
{
    // CVE-2011-0411 style: a command response smuggled in after "220" in plain text.
    ScriptedSmtpServer server;
    server.setCertificate(m_cert, m_key);
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"STARTTLS"_s }) << u"C: STARTTLS"_s << u"SEND 220 go ahead\\r\\n250 injected\\r\\n"_s
           << u"SILENCE"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.host = u"localhost"_s;
    r.server.security = Smtp::Security::StartTls;
    r.server.extraCaCertificates = { m_cert };
    const SendResult result = run(session, r);
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.failure, Failure::Protocol);
    QVERIFY(result.message.contains(u"man-in-the-middle"_s));
    QVERIFY(!result.tls.encrypted);
}

void SmtpSessionTest::implicitTls()
{
    ScriptedSmtpServer server;
    server.setCertificate(m_cert, m_key);
    QStringList script { u"TLS"_s, u"S: 220 implicit.example"_s };
    script << ehlo({ u"PIPELINING"_s }) << u"C: MAIL FROM:<ann@example.org>"_s << u"C: RCPT TO:<bob@example.org>"_s
           << u"C: DATA"_s << u"S: 250 ok"_s << u"S: 250 ok"_s << u"S: 354 go"_s << u"DATA"_s << u"C: QUIT"_s
           << u"S: 250 ok"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.host = u"localhost"_s;
    r.server.security = Smtp::Security::Tls;
    r.server.extraCaCertificates = { m_cert };
    const SendResult result = run(session, r);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::Sent);
    QVERIFY(result.tls.encrypted);
    QCOMPARE(server.receivedData(), SimpleBody);
}

void SmtpSessionTest::untrustedCertificate()
{
    ScriptedSmtpServer server;
    server.setCertificate(m_cert, m_key);
    server.setScript({ u"TLS"_s, u"S: 220 x"_s, u"SILENCE"_s });
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.host = u"localhost"_s;
    r.server.security = Smtp::Security::Tls;
    const SendResult result = run(session, r);
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.failure, Failure::Certificate);
    const QString fingerprint = QString::fromLatin1(m_cert.digest(QCryptographicHash::Sha256).toHex(':'));
    QVERIFY2(result.message.contains(fingerprint), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"self-signed"_s), qPrintable(result.message));
    QCOMPARE(result.tls.sha256Fingerprint, fingerprint);
}

void SmtpSessionTest::pinnedCertificate()
{
    ScriptedSmtpServer server;
    server.setCertificate(m_cert, m_key);
    QStringList script { u"TLS"_s, u"S: 220 x"_s };
    script << ehlo({}) << u"C: MAIL FROM:<ann@example.org>"_s << u"S: 250 ok"_s << u"C: RCPT TO:<bob@example.org>"_s
           << u"S: 250 ok"_s << u"C: DATA"_s << u"S: 354 go"_s << u"DATA"_s << u"S: 250 ok"_s << u"C: QUIT"_s
           << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.host = u"localhost"_s;
    r.server.security = Smtp::Security::Tls;
    r.server.trustedFingerprints
        = { QString::fromLatin1(m_cert.digest(QCryptographicHash::Sha256).toHex()) }; // no colons
    QList<TranscriptEntry> transcript;
    const SendResult result = run(session, r, &transcript);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::Sent);
    QVERIFY(result.tls.pinned);
    QVERIFY(!result.tls.verificationErrors.isEmpty());
    // The transcript says it is trusted by its pin, in one line with what a CA check found;
    // nothing reads as a problem with this connection.
    QStringList tlsLines;
    for (const TranscriptEntry &e : std::as_const(transcript))
        if (e.direction == Smtp::Direction::Tls)
            tlsLines << e.text;
    const QString tls = tlsLines.join(u'\n');
    QVERIFY2(!tls.contains(u"problem"_s, Qt::CaseInsensitive), qPrintable(tls));
    QVERIFY2(!tls.contains(u"not verified"_s, Qt::CaseInsensitive), qPrintable(tls));
    QCOMPARE(tls.count(u"trusted by its pinned fingerprint"_s), 2); // when checked, and in the summary
    QVERIFY2(tls.contains(Fingerprint::of(m_cert)), qPrintable(tls));

    // A different pinned fingerprint does not let it through.
    ScriptedSmtpServer other;
    other.setCertificate(m_cert, m_key);
    other.setScript({ u"TLS"_s, u"S: 220 x"_s, u"SILENCE"_s });
    QVERIFY(other.start());
    r.server.port = other.serverPort();
    r.server.trustedFingerprints = { QString::fromLatin1(m_wrongCert.digest(QCryptographicHash::Sha256).toHex(':')) };
    QCOMPARE(run(session, r).failure, Failure::Certificate);
}

void SmtpSessionTest::startTlsAgainstAnImplicitTlsPort_data()
{
    QTest::addColumn<Smtp::Security>("security");
    QTest::newRow("STARTTLS") << Smtp::Security::StartTls;
    QTest::newRow("no encryption") << Smtp::Security::None;
}

// The server waits for a TLS hello, the client for a greeting: instead of a long silence and a
// timeout, a second connection checks whether the port speaks TLS, and the result says what to
// choose. Against the real implicit-TLS listener of tools/testenv.
void SmtpSessionTest::startTlsAgainstAnImplicitTlsPort()
{
    QFETCH(Smtp::Security, security);
    const quint16 port = quint16(qEnvironmentVariableIntValue("MAILWRIGHT_TEST_SMTP_TLS_PORT"));
    if (port == 0)
        QSKIP("MAILWRIGHT_TEST_SMTP_TLS_PORT not set: start tools/testenv (tools/test.sh does)");
    SmtpSession session;
    SendRequest r = request(port);
    r.server.host = u"localhost"_s;
    r.server.security = security;
    r.server.timeouts.greetingMs = 60'000;
    r.server.timeouts.tlsProbeMs = 300;
    QList<TranscriptEntry> transcript;
    const SendResult result = run(session, r, &transcript);
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.failure, Failure::Tls); // found out, not timed out
    QCOMPARE(result.stage, Smtp::State::Greeting);
    QVERIFY2(result.message.contains(u"expects TLS from the start"_s), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"SSL/TLS"_s) && result.message.contains(u"465"_s), qPrintable(result.message));
    bool checked = false;
    for (const TranscriptEntry &e : std::as_const(transcript))
        checked = checked || e.text.contains(u"checking whether this port expects TLS from the start"_s);
    QVERIFY(checked);
}

void SmtpSessionTest::slowGreetingIsNotMistakenForTls()
{
    // The greeting comes late (a "greet pause"); the check's connection is refused. The send
    // goes on over the first connection as if nothing had happened.
    ScriptedSmtpServer server;
    QStringList script { u"SLEEP 1500"_s, u"S: 220 slow.example ESMTP"_s };
    script << ehlo({}) << u"C: MAIL FROM:<ann@example.org>"_s << u"S: 250 ok"_s << u"C: RCPT TO:<bob@example.org>"_s
           << u"S: 250 ok"_s << u"C: DATA"_s << u"S: 354 go"_s << u"DATA"_s << u"S: 250 ok"_s << u"C: QUIT"_s
           << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.timeouts.tlsProbeMs = 200;
    const SendResult result = run(session, r);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::Sent);
    QCOMPARE(server.connectionCount(), 2); // the check did run
}

void SmtpSessionTest::noTlsProbeWhereItCannotHelp_data()
{
    QTest::addColumn<Smtp::Security>("security");
    QTest::addColumn<int>("probeMs");
    // Implicit TLS already speaks TLS; direct delivery goes to port 25, where talking before the
    // greeting gets a client blocked (Postfix postscreen); and the check can be turned off.
    QTest::newRow("implicit TLS") << Smtp::Security::Tls << 100;
    QTest::newRow("opportunistic (direct delivery)") << Smtp::Security::Opportunistic << 100;
    QTest::newRow("turned off") << Smtp::Security::StartTls << 0;
}

void SmtpSessionTest::noTlsProbeWhereItCannotHelp()
{
    QFETCH(Smtp::Security, security);
    QFETCH(int, probeMs);
    ScriptedSmtpServer server;
    server.setScript({ u"SILENCE"_s });
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.security = security;
    r.server.timeouts = SmtpTimeouts::uniform(1000);
    r.server.timeouts.tlsProbeMs = probeMs;
    const SendResult result = run(session, r);
    QCOMPARE(result.failure, Failure::Timeout);
    QCOMPARE(server.connectionCount(), 1);
}

void SmtpSessionTest::wrongHostCertificate()
{
    ScriptedSmtpServer server;
    server.setCertificate(m_wrongCert, m_wrongKey);
    server.setScript({ u"TLS"_s, u"S: 220 x"_s, u"SILENCE"_s });
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.host = u"localhost"_s;
    r.server.security = Smtp::Security::Tls;
    r.server.extraCaCertificates = { m_wrongCert }; // trusted issuer, wrong name
    const SendResult result = run(session, r);
    QCOMPARE(result.failure, Failure::Certificate);
    QVERIFY2(result.message.contains(u"wrong.example"_s), qPrintable(result.message));
    QVERIFY(!result.message.contains(u"self-signed"_s));
}

void SmtpSessionTest::authMechanisms_data()
{
    QTest::addColumn<Smtp::AuthMethod>("method");
    QTest::addColumn<QString>("offered");
    QTest::addColumn<QStringList>("exchange");
    using M = Smtp::AuthMethod;
    QTest::newRow("PLAIN with initial response")
        << M::Plain << u"PLAIN LOGIN"_s << QStringList { u"C: AUTH PLAIN AHVzZXIAc2VjcmV0"_s }; // "\0user\0secret"
    QTest::newRow("PLAIN server asks again")
        << M::Plain << u"PLAIN"_s
        << QStringList { u"C: AUTH PLAIN AHVzZXIAc2VjcmV0"_s, u"S: 334 "_s, u"C: AHVzZXIAc2VjcmV0"_s };
    QTest::newRow("LOGIN") << M::Login << u"LOGIN"_s
                           << QStringList { u"C: AUTH LOGIN"_s, u"S: 334 VXNlcm5hbWU6"_s, u"C: dXNlcg=="_s,
                                  u"S: 334 UGFzc3dvcmQ6"_s, u"C: c2VjcmV0"_s };
    // challenge "<1.2@x>"; response "user " + hex(HMAC-MD5("secret", challenge))
    QTest::newRow("CRAM-MD5") << M::CramMd5 << u"CRAM-MD5"_s
                              << QStringList { u"C: AUTH CRAM-MD5"_s, u"S: 334 PDEuMkB4Pg=="_s,
                                     u"C: dXNlciA3OTYyOTNmNmE1NWJkYjNmYTVjYmNjMWIwNTQzMjU0Mg=="_s };
    QTest::newRow("auto picks CRAM-MD5") << M::Auto << u"LOGIN PLAIN CRAM-MD5"_s
                                         << QStringList { u"C: AUTH CRAM-MD5"_s, u"S: 334 PDEuMkB4Pg=="_s,
                                                u"C: dXNlciA3OTYyOTNmNmE1NWJkYjNmYTVjYmNjMWIwNTQzMjU0Mg=="_s };
    QTest::newRow("XOAUTH2") << M::XOAuth2 << u"XOAUTH2 PLAIN"_s
                             << QStringList { u"C: AUTH XOAUTH2 dXNlcj11c2VyAWF1dGg9QmVhcmVyIHNlY3JldAEB"_s };
}

void SmtpSessionTest::authMechanisms()
{
    QFETCH(Smtp::AuthMethod, method);
    QFETCH(QString, offered);
    QFETCH(QStringList, exchange);
    ScriptedSmtpServer server;
    server.setCertificate(m_cert, m_key);
    QStringList script { u"TLS"_s, u"S: 220 x"_s };
    script << ehlo({ u"AUTH "_s + offered }) << exchange << u"S: 235 2.7.0 Authentication successful"_s
           << u"C: MAIL FROM:<ann@example.org>"_s << u"S: 250 ok"_s << u"C: RCPT TO:<bob@example.org>"_s
           << u"S: 250 ok"_s << u"C: DATA"_s << u"S: 354 go"_s << u"DATA"_s << u"S: 250 ok"_s << u"C: QUIT"_s
           << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.host = u"localhost"_s;
    r.server.security = Smtp::Security::Tls;
    r.server.extraCaCertificates = { m_cert };
    r.server.auth = method;
    r.server.user = u"user"_s;
    r.server.secret = u"secret"_s;
    QList<TranscriptEntry> transcript;
    const SendResult result = run(session, r, &transcript);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::Sent);
    for (const TranscriptEntry &e : transcript) {
        if (e.direction != Smtp::Direction::Client)
            continue;
        for (const QString &line : exchange) {
            // Credentials: a bare client line, or the third word of "AUTH MECH <initial response>".
            const QString token = line.mid(line.lastIndexOf(u' ') + 1);
            const bool credentials
                = line.startsWith(u"C: "_s) && (!line.startsWith(u"C: AUTH "_s) || line.count(u' ') >= 3);
            if (credentials)
                QVERIFY2(!e.text.contains(token), qPrintable(e.text));
        }
    }
}

void SmtpSessionTest::authRefusedWithHint()
{
    ScriptedSmtpServer server;
    server.setCertificate(m_cert, m_key);
    QStringList script { u"TLS"_s, u"S: 220 x"_s };
    script << ehlo({ u"AUTH PLAIN"_s }) << u"C: AUTH PLAIN *"_s << u"S: 535 5.7.8 Error: authentication failed"_s
           << u"C: QUIT"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.host = u"localhost"_s;
    r.server.security = Smtp::Security::Tls;
    r.server.extraCaCertificates = { m_cert };
    r.server.user = u"user"_s;
    r.server.secret = u"wrong"_s;
    const SendResult result = run(session, r);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.failure, Failure::Auth);
    QCOMPARE(result.stage, State::Auth);
    QCOMPARE(result.enhancedCode, u"5.7.8"_s);
    QVERIFY(result.message.contains(u"user name or password"_s));
    QVERIFY(result.message.contains(u"authentication failed"_s)); // the server's own words are kept
}

void SmtpSessionTest::noCredentialsInPlainText()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"AUTH PLAIN LOGIN"_s }) << u"C: QUIT"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.user = u"user"_s;
    r.server.secret = u"secret"_s;
    const SendResult result = run(session, r);
    QCOMPARE(result.failure, Failure::Auth);
    QVERIFY(result.message.contains(u"unencrypted"_s));
    QVERIFY(!server.receivedBytes().contains("AUTH"));
}

void SmtpSessionTest::plainTextAuthWhenAllowed()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"AUTH PLAIN"_s }) << u"C: AUTH PLAIN AHVzZXIAc2VjcmV0"_s << u"S: 235 ok"_s;
    script << u"C: MAIL FROM:<ann@example.org>"_s << u"S: 250 ok"_s << u"C: RCPT TO:<bob@example.org>"_s
           << u"S: 250 ok"_s << u"C: DATA"_s << u"S: 354 go"_s << u"DATA"_s << u"S: 250 ok"_s << u"C: QUIT"_s
           << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = loggedInRequest(server.serverPort());
    QVERIFY(r.server.allowPlainTextAuth); // the explicit opt-in this test is about
    QCOMPARE(run(session, r).outcome, Outcome::Sent);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
}

void SmtpSessionTest::xoauth2Error()
{
    ScriptedSmtpServer server;
    server.setCertificate(m_cert, m_key);
    QStringList script { u"TLS"_s, u"S: 220 x"_s };
    // 334 carries {"status":"401"}; the client answers with an empty line.
    script << ehlo({ u"AUTH XOAUTH2"_s }) << u"C: AUTH XOAUTH2 *"_s << u"S: 334 eyJzdGF0dXMiOiI0MDEifQ=="_s << u"C: "_s
           << u"S: 535 5.7.8 Username and Password not accepted"_s << u"C: QUIT"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.host = u"localhost"_s;
    r.server.security = Smtp::Security::Tls;
    r.server.extraCaCertificates = { m_cert };
    r.server.auth = Smtp::AuthMethod::XOAuth2;
    r.server.user = u"user"_s;
    r.server.secret = u"expired-token"_s;
    const SendResult result = run(session, r);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.failure, Failure::Auth);
}

void SmtpSessionTest::bearerToken_data()
{
    // With an OAuth access token the mechanism is chosen from what the server offers; a
    // refused token gets the error continuation each mechanism asks for, then 535.
    QTest::addColumn<Smtp::AuthMethod>("wanted");
    QTest::addColumn<QString>("offered");
    QTest::addColumn<QString>("mechanism"); // expected; empty: none fits, nothing sent
    QTest::addColumn<bool>("accepted");
    using M = Smtp::AuthMethod;
    QTest::newRow("XOAUTH2 preferred") << M::Auto << u"PLAIN OAUTHBEARER XOAUTH2"_s << u"XOAUTH2"_s << true;
    QTest::newRow("OAUTHBEARER when alone") << M::Auto << u"PLAIN LOGIN OAUTHBEARER"_s << u"OAUTHBEARER"_s << true;
    QTest::newRow("OAUTHBEARER by name") << M::OAuthBearer << u"XOAUTH2 OAUTHBEARER"_s << u"OAUTHBEARER"_s << true;
    QTest::newRow("OAUTHBEARER refused token") << M::Auto << u"OAUTHBEARER"_s << u"OAUTHBEARER"_s << false;
    QTest::newRow("XOAUTH2 refused token") << M::Auto << u"XOAUTH2"_s << u"XOAUTH2"_s << false;
    QTest::newRow("a token is no password") << M::Auto << u"PLAIN LOGIN CRAM-MD5"_s << QString() << false;
    QTest::newRow("a token goes by XOAUTH2 even when PLAIN is named")
        << M::Plain << u"PLAIN XOAUTH2"_s << u"XOAUTH2"_s << true;
}

void SmtpSessionTest::bearerToken()
{
    QFETCH(Smtp::AuthMethod, wanted);
    QFETCH(QString, offered);
    QFETCH(QString, mechanism);
    QFETCH(bool, accepted);
    ScriptedSmtpServer server;
    server.setCertificate(m_cert, m_key);
    QVERIFY(server.start());
    const QByteArray token = "ya29.token";
    QByteArray response;
    const QByteArray x01(1, '\x01'); // "\x01auth" in a literal would be one character, 0x1a
    if (mechanism == u"XOAUTH2"_s)
        response = "user=ann@example.org" + x01 + "auth=Bearer " + token + x01 + x01;
    else // GS2 header (user, with ',' and '=' escaped), host and port (RFC 7628 §3.1)
        response = "n,a=ann@example.org," + x01 + "host=localhost" + x01
            + "port=" + QByteArray::number(server.serverPort()) + x01 + "auth=Bearer " + token + x01 + x01;
    QStringList script { u"TLS"_s, u"S: 220 x"_s };
    script << ehlo({ u"AUTH "_s + offered });
    if (!mechanism.isEmpty()) {
        script << u"C: AUTH %1 %2"_s.arg(mechanism, QString::fromLatin1(response.toBase64()));
        if (accepted) {
            script << u"S: 235 2.7.0 Accepted"_s << u"C: MAIL FROM:<ann@example.org>"_s << u"S: 250 ok"_s
                   << u"C: RCPT TO:<bob@example.org>"_s << u"S: 250 ok"_s << u"C: DATA"_s << u"S: 354 go"_s << u"DATA"_s
                   << u"S: 250 ok"_s;
        } else {
            // {"status":"invalid_token"}; XOAUTH2 answers with an empty line, OAUTHBEARER with ^A.
            script << u"S: 334 eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIn0="_s
                   << (mechanism == u"XOAUTH2"_s ? u"C: "_s : u"C: AQ=="_s) << u"S: 535 5.7.8 Authentication failed"_s;
        }
        script << u"C: QUIT"_s << u"S: 221 bye"_s;
    }
    server.setScript(script); // with nothing that fits, AUTH is never sent

    SendRequest r = request(server.serverPort());
    r.server.host = u"localhost"_s;
    r.server.security = Smtp::Security::Tls;
    r.server.extraCaCertificates = { m_cert };
    r.server.auth = wanted;
    r.server.user = u"ann@example.org"_s;
    r.server.secret = QString::fromLatin1(token);
    r.server.credential = ServerSettings::Credential::BearerToken;
    SmtpSession session;
    QList<TranscriptEntry> transcript;
    const SendResult result = run(session, r, &transcript);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, accepted ? Outcome::Sent : Outcome::Failed);
    if (!accepted) {
        QCOMPARE(result.failure, Failure::Auth);
        if (mechanism.isEmpty())
            QVERIFY2(result.message.contains(u"XOAUTH2 or OAUTHBEARER"_s), qPrintable(result.message));
    }
    for (const TranscriptEntry &entry : std::as_const(transcript)) // the token never shows
        QVERIFY2(!entry.text.contains(QString::fromLatin1(token))
                && !entry.text.contains(QString::fromLatin1(response.toBase64())),
            qPrintable(entry.text));
}

void SmtpSessionTest::sizeLimit()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"SIZE 1000"_s, u"PIPELINING"_s }) << u"C: QUIT"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    const SendResult result = run(session, request(server.serverPort(), QByteArray(5000, 'x')));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.failure, Failure::MessageTooLarge);
    QVERIFY2(result.message.contains(u"4.88 KiB"_s) && result.message.contains(u"1,000 bytes"_s),
        qPrintable(result.message));
    QVERIFY(!server.receivedBytes().contains("MAIL"));
}

void SmtpSessionTest::sizeParameterAndSmtpUtf8()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"SIZE 100000"_s, u"SMTPUTF8"_s }) << u"C: MAIL FROM:<ann@example.org> SIZE=70 SMTPUTF8"_s
           << u"S: 250 ok"_s << u"C: RCPT TO:<张三@例え.jp>"_s << u"S: 250 ok"_s << u"C: DATA"_s << u"S: 354 go"_s
           << u"DATA"_s << u"S: 250 ok"_s << u"C: QUIT"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    QCOMPARE(run(session, request(server.serverPort(), SimpleBody, { u"张三@例え.jp"_s })).outcome, Outcome::Sent);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
}

void SmtpSessionTest::smtpUtf8Missing()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"PIPELINING"_s }) << u"C: QUIT"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    const SendResult result = run(session, request(server.serverPort(), SimpleBody, { u"张三@example.org"_s }));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::Failed);
    QVERIFY(result.message.contains(u"SMTPUTF8"_s));
    QVERIFY(!server.receivedBytes().contains("MAIL"));
}

void SmtpSessionTest::partlyRefusedStillGetsWholeMessage()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"PIPELINING"_s }) << u"C: MAIL FROM:<ann@example.org>"_s << u"C: RCPT TO:<a@example.org>"_s
           << u"C: RCPT TO:<nobody@example.org>"_s << u"C: RCPT TO:<c@example.org>"_s << u"C: DATA"_s << u"S: 250 ok"_s
           << u"S: 250 ok"_s << u"S: 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown"_s
           << u"S: 250 ok"_s << u"S: 354 go"_s << u"DATA"_s << u"C: QUIT"_s << u"S: 250 2.0.0 queued"_s
           << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    QSignalSpy perRecipient(&session, &SmtpSession::recipientResult);
    const SendResult result = run(session,
        request(server.serverPort(), SimpleBody, { u"a@example.org"_s, u"nobody@example.org"_s, u"c@example.org"_s }));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::PartlyRefused);
    QCOMPARE(server.receivedData(), SimpleBody); // the accepted ones get the whole message
    QCOMPARE(result.refusedRecipients(), QStringList { u"nobody@example.org"_s });
    QCOMPARE(result.acceptedRecipients(), (QStringList { u"a@example.org"_s, u"c@example.org"_s }));
    QCOMPARE(result.recipients.at(1).enhancedCode, u"5.1.1"_s);
    QVERIFY(result.recipients.at(1).serverText.contains(u"User unknown"_s));
    QVERIFY(result.recipients.at(1).explanation.contains(u"does not exist"_s));
    QVERIFY(result.message.contains(u"nobody@example.org"_s));
    QCOMPARE(perRecipient.count(), 3);
}

void SmtpSessionTest::allRefusedPipelinedDataAccepted()
{
    // Some servers answer 354 to a pipelined DATA even when every RCPT failed: end the empty
    // transaction with a lone dot and report the refusal.
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"PIPELINING"_s }) << u"C: MAIL FROM:<ann@example.org>"_s << u"C: RCPT TO:<bob@example.org>"_s
           << u"C: DATA"_s << u"S: 250 ok"_s << u"S: 550 5.1.1 no such user"_s << u"S: 354 go"_s << u"C: ."_s
           << u"S: 554 5.5.1 no valid recipients"_s << u"C: QUIT"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    const SendResult result = run(session, request(server.serverPort()));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::Refused);
    QVERIFY(!server.receivedBytes().contains("Hello Bob"));
    QVERIFY(result.message.contains(u"bob@example.org"_s));
}

void SmtpSessionTest::allRefusedSequential()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({}) << u"C: MAIL FROM:<ann@example.org>"_s << u"S: 250 ok"_s << u"C: RCPT TO:<a@example.org>"_s
           << u"S: 550 5.1.1 unknown"_s << u"C: RCPT TO:<b@example.org>"_s << u"S: 553 5.1.3 bad address"_s
           << u"C: QUIT"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    const SendResult result
        = run(session, request(server.serverPort(), SimpleBody, { u"a@example.org"_s, u"b@example.org"_s }));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::Refused);
    QCOMPARE(result.refusedRecipients().size(), 2);
    QVERIFY(!server.receivedBytes().contains("DATA"));
}

void SmtpSessionTest::sequentialEnvelope()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"8BITMIME"_s }) << u"C: MAIL FROM:<ann@example.org>"_s << u"S: 250 ok"_s
           << u"C: RCPT TO:<a@example.org>"_s << u"S: 250 ok"_s << u"C: RCPT TO:<b@example.org>"_s
           << u"S: 251 will forward"_s << u"C: DATA"_s << u"S: 354 go"_s << u"DATA"_s << u"S: 250 ok"_s << u"C: QUIT"_s
           << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    const SendResult result
        = run(session, request(server.serverPort(), SimpleBody, { u"a@example.org"_s, u"b@example.org"_s }));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::Sent);
}

void SmtpSessionTest::dotStuffingOnTheWire()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({}) << u"C: MAIL FROM:<ann@example.org>"_s << u"S: 250 ok"_s << u"C: RCPT TO:<bob@example.org>"_s
           << u"S: 250 ok"_s << u"C: DATA"_s << u"S: 354 go"_s << u"DATA"_s << u"S: 250 ok"_s << u"C: QUIT"_s
           << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    const QByteArray body = "Subject: dots\n\n.\n..two\n.three\nend";
    QCOMPARE(run(session, request(server.serverPort(), body)).outcome, Outcome::Sent);
    QCOMPARE(server.receivedData(), QByteArray("Subject: dots\r\n\r\n..\r\n...two\r\n..three\r\nend\r\n"));
}

void SmtpSessionTest::largeBodyStreamsWithProgress()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"PIPELINING"_s }) << u"C: MAIL FROM:<ann@example.org>"_s << u"C: RCPT TO:<bob@example.org>"_s
           << u"C: DATA"_s << u"S: 250 ok"_s << u"S: 250 ok"_s << u"S: 354 go"_s << u"DATA"_s << u"C: QUIT"_s
           << u"S: 250 ok"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    QByteArray body = "Subject: big\r\n\r\n";
    const QByteArray line = QByteArray(76, 'Q') + "\r\n";
    while (body.size() < 6 * 1024 * 1024)
        body += line;
    SmtpSession session;
    QList<qint64> sent;
    connect(&session, &SmtpSession::progress, this, [&](qint64 s, qint64 total) {
        QCOMPARE(total, qint64(body.size()));
        sent << s;
    });
    const SendResult result = run(session, request(server.serverPort(), body));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::Sent);
    QCOMPARE(server.receivedData().size(), body.size());
    QVERIFY(server.receivedData() == body);
    QVERIFY(sent.size() > 2);
    QVERIFY(std::is_sorted(sent.begin(), sent.end()));
    QCOMPARE(sent.last(), qint64(body.size()));
    QCOMPARE(result.bodyBytesSent, qint64(body.size()));
}

// Failures at every stage: the scripted exchange up to the stage, then the fault.
static QStringList scriptUpTo(const QString &stage)
{
    QStringList s { u"S: 220 x"_s };
    if (stage == u"greeting")
        return s;
    s << ehlo({ u"AUTH PLAIN"_s });
    if (stage == u"ehlo")
        return s;
    s << u"C: AUTH PLAIN *"_s;
    if (stage == u"auth")
        return s;
    s << u"S: 235 ok"_s << u"C: MAIL FROM:<ann@example.org>"_s;
    if (stage == u"mail")
        return s;
    s << u"S: 250 ok"_s << u"C: RCPT TO:<bob@example.org>"_s;
    if (stage == u"rcpt")
        return s;
    s << u"S: 250 ok"_s << u"C: DATA"_s;
    if (stage == u"data")
        return s;
    s << u"S: 354 go"_s;
    if (stage == u"body")
        return s;
    s << u"DATA"_s; // "confirm": after the final dot
    return s;
}

void SmtpSessionTest::failureAtStage_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<State>("endedIn");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("ehlo 421") << u"greeting"_s << u"S: 421 4.3.2 shutting down"_s << State::Greeting << Outcome::Failed;
    QTest::newRow("auth 454") << u"auth"_s << u"S: 454 4.7.0 Temporary authentication failure"_s << State::Auth
                              << Outcome::Failed;
    QTest::newRow("mail 553") << u"mail"_s << u"S: 553 5.7.1 Sender address rejected: not owned by user"_s
                              << State::Envelope << Outcome::Failed;
    QTest::newRow("mail 451") << u"mail"_s << u"S: 451 4.3.0 try later"_s << State::Envelope << Outcome::Failed;
    QTest::newRow("data 554") << u"data"_s << u"S: 554 5.5.1 no"_s << State::Envelope << Outcome::Failed;
    QTest::newRow("after dot 552") << u"confirm"_s << u"S: 552 5.3.4 Message too big"_s << State::Confirm
                                   << Outcome::Refused;
    QTest::newRow("after dot 451") << u"confirm"_s << u"S: 451 4.3.0 queue write error"_s << State::Confirm
                                   << Outcome::Refused;
}

void SmtpSessionTest::failureAtStage()
{
    QFETCH(QString, stage);
    QFETCH(QString, reply);
    QFETCH(State, endedIn);
    QFETCH(Outcome, outcome);
    ScriptedSmtpServer server;
    QStringList script = scriptUpTo(stage);
    if (stage == u"greeting") { // the 220 was fine; EHLO gets the fault
        script << u"C: EHLO *"_s;
        endedIn = State::Ehlo;
    }
    server.setScript(script << reply << u"C: QUIT"_s << u"S: 221 bye"_s);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = loggedInRequest(server.serverPort());
    const SendResult result = run(session, r);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.stage, endedIn);
    QCOMPARE(result.replyCode, reply.mid(3, 3).toInt());
    QCOMPARE(result.enhancedCode, reply.section(u' ', 2, 2));
    QVERIFY2(result.message.contains(reply.section(u' ', 3)), qPrintable(result.message));
    if (reply.contains(u"5.3.4"_s))
        QCOMPARE(result.failure, Failure::MessageTooLarge);
}

void SmtpSessionTest::disconnectAtStage_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Failure>("failure");
    for (const char *stage : { "greeting", "ehlo", "auth", "mail", "rcpt", "data", "body" })
        QTest::newRow(stage) << QString::fromLatin1(stage) << Outcome::Failed << Failure::Connection;
    QTest::newRow("after the final dot") << u"confirm"_s << Outcome::Unknown << Failure::MaybeDelivered;
}

void SmtpSessionTest::disconnectAtStage()
{
    QFETCH(QString, stage);
    QFETCH(Outcome, outcome);
    QFETCH(Failure, failure);
    ScriptedSmtpServer server;
    server.setScript(scriptUpTo(stage) << u"CLOSE"_s);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = loggedInRequest(server.serverPort(), stage == u"body" ? QByteArray(8 << 20, 'b') : SimpleBody);
    const SendResult result = run(session, r);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.failure, failure);
    if (outcome == Outcome::Unknown)
        QVERIFY(result.message.contains(u"may have been delivered"_s));
}

void SmtpSessionTest::silenceAtStage_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Failure>("failure");
    QTest::newRow("before greeting") << QString() << Outcome::Failed << Failure::Timeout;
    for (const char *stage : { "greeting", "ehlo", "auth", "mail", "rcpt", "data" })
        QTest::newRow(stage) << QString::fromLatin1(stage) << Outcome::Failed << Failure::Timeout;
    QTest::newRow("after the final dot") << u"confirm"_s << Outcome::Unknown << Failure::MaybeDelivered;
}

void SmtpSessionTest::silenceAtStage()
{
    QFETCH(QString, stage);
    QFETCH(Outcome, outcome);
    QFETCH(Failure, failure);
    ScriptedSmtpServer server;
    server.setScript((stage.isEmpty() ? QStringList() : scriptUpTo(stage)) << u"SILENCE"_s);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = loggedInRequest(server.serverPort());
    r.server.timeouts = SmtpTimeouts::uniform(300);
    const SendResult result = run(session, r);
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.failure, failure);
}

void SmtpSessionTest::cancelAtStage_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("before start") << QString() << Outcome::Cancelled;
    for (const char *stage : { "greeting", "ehlo", "auth", "rcpt" })
        QTest::newRow(stage) << QString::fromLatin1(stage) << Outcome::Cancelled;
    QTest::newRow("after the final dot") << u"confirm"_s << Outcome::Unknown;
}

void SmtpSessionTest::cancelAtStage()
{
    QFETCH(QString, stage);
    QFETCH(Outcome, outcome);
    ScriptedSmtpServer server;
    server.setScript(scriptUpTo(stage.isEmpty() ? u"greeting"_s : stage) << u"SILENCE"_s);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = loggedInRequest(server.serverPort());
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.send(r);
    if (stage.isEmpty()) {
        session.cancel();
    } else {
        // Cancel once the session is waiting at that stage (the server has gone silent).
        QTRY_VERIFY(server.scriptDone());
        QTest::qWait(50);
        session.cancel();
    }
    QCOMPARE(finished.count(), 1); // promptly: cancel finishes at once
    session.cancel(); // and again is harmless
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);
    const SendResult result = finished.first().first().value<SendResult>();
    QCOMPARE(result.outcome, outcome);
    QVERIFY(!session.isActive());
}

void SmtpSessionTest::bodyReadError()
{
    ScriptedSmtpServer server;
    server.setScript(scriptUpTo(u"body"_s) << u"SILENCE"_s);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = loggedInRequest(server.serverPort());
    r.body = QSharedPointer<FailingDevice>::create(600 * 1024);
    const SendResult result = run(session, r);
    QCOMPARE(result.failure, Failure::Input);
    QVERIFY(result.message.contains(u"disk on fire"_s));
    QTest::qWait(50);
    QVERIFY(!server.receivedBytes().contains("\r\n.\r\n")); // the message was never terminated
}

void SmtpSessionTest::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    SmtpSession session;
    const SendResult result = run(session, request(port));
    QCOMPARE(result.outcome, Outcome::Failed);
    QCOMPARE(result.failure, Failure::Connection);
    QCOMPARE(result.stage, State::Connecting);
    QVERIFY(result.message.contains(u"refused"_s));
}

void SmtpSessionTest::connectionTest()
{
    ScriptedSmtpServer server;
    server.setCertificate(m_cert, m_key);
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"STARTTLS"_s }) << u"C: STARTTLS"_s << u"S: 220 go"_s << u"TLS"_s << ehlo({ u"AUTH PLAIN"_s })
           << u"C: AUTH PLAIN *"_s << u"S: 235 ok"_s << u"C: QUIT"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r;
    r.server.host = u"localhost"_s;
    r.server.port = server.serverPort();
    r.server.security = Smtp::Security::StartTls;
    r.server.extraCaCertificates = { m_cert };
    r.server.user = u"user"_s;
    r.server.secret = u"secret"_s;
    QVERIFY(r.isConnectionTest());
    const SendResult result = run(session, r);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::Verified);
    QVERIFY(!server.receivedBytes().contains("MAIL"));
}

void SmtpSessionTest::transcriptSummarisesBody()
{
    ScriptedSmtpServer server;
    server.setScript(scriptUpTo(u"confirm"_s) << u"S: 250 ok"_s << u"C: QUIT"_s << u"S: 221 bye"_s);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = loggedInRequest(server.serverPort(), "Subject: visible\r\n\r\nsecret body text\r\n");
    QList<TranscriptEntry> transcript;
    QCOMPARE(run(session, r, &transcript).outcome, Outcome::Sent);
    QStringList lines;
    for (const TranscriptEntry &e : transcript)
        lines << e.toDisplayLine();
    const QString all = lines.join(u'\n');
    QVERIFY(all.contains(u"C: Subject: visible"_s));
    QVERIFY(!all.contains(u"secret body text"_s));
    // The summary counts the body only: 18 bytes after the header block, not its 38 in all.
    QVERIFY2(all.contains(u"C: … 18 bytes message body streamed"_s), qPrintable(all));
    QVERIFY(all.contains(u"C: AUTH PLAIN <redacted>"_s));
    QVERIFY(!all.contains(u"AHVzZXIAc2VjcmV0"_s));
    QVERIFY(all.contains(u"S: 221 bye"_s));
}

// "421 4.7.0 Too many errors, closing" and the FIN: in one read (the reply and the close
// together) and in two (the client has read the reply before the close arrives). Every stage,
// plain text and TLS: the result carries the 421 and the server's words, never "closed".
void SmtpSessionTest::replyWithClose_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<bool>("oneRead");
    QTest::addColumn<bool>("tls");
    for (const char *stage :
        { "greeting", "ehlo", "auth", "mail", "rcpt", "rcpt of two", "pipelined rcpt", "data", "confirm" }) {
        for (const bool tls : { false, true }) {
            for (const bool oneRead : { true, false }) {
                QTest::addRow("%s, %s, %s", stage, tls ? "tls" : "plain", oneRead ? "one read" : "two reads")
                    << QString::fromLatin1(stage) << oneRead << tls;
            }
        }
    }
}

void SmtpSessionTest::replyWithClose()
{
    QFETCH(QString, stage);
    QFETCH(bool, oneRead);
    QFETCH(bool, tls);
    const QString reply = u"421 4.7.0 Too many errors, closing"_s;
    QStringList script;
    if (stage == u"greeting") {
        // no 220: the greeting itself is the 421
    } else if (stage == u"ehlo") {
        script = scriptUpTo(u"greeting"_s) << u"C: EHLO *"_s;
    } else if (stage == u"pipelined rcpt") {
        script = QStringList { u"S: 220 x"_s } << ehlo({ u"AUTH PLAIN"_s, u"PIPELINING"_s });
        script << u"C: AUTH PLAIN *"_s << u"S: 235 ok"_s << u"C: MAIL FROM:<ann@example.org>"_s
               << u"C: RCPT TO:<bob@example.org>"_s << u"C: RCPT TO:<cy@example.org>"_s << u"C: DATA"_s
               << u"S: 250 2.1.0 ok"_s << u"S: 250 2.1.5 ok"_s;
    } else if (stage == u"rcpt of two") {
        script = scriptUpTo(u"rcpt"_s); // the 421 answers the first of two RCPTs
    } else {
        script = scriptUpTo(stage);
    }
    if (tls)
        script.prepend(u"TLS"_s);
    script << (oneRead ? QStringList { u"CLOSE "_s + reply }
                       : QStringList { u"S: "_s + reply, u"SLEEP 50"_s, u"CLOSE"_s });
    ScriptedSmtpServer server;
    server.setCertificate(m_cert, m_key);
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = loggedInRequest(server.serverPort());
    if (stage == u"pipelined rcpt" || stage == u"rcpt of two")
        r.recipients << u"cy@example.org"_s;
    if (tls) {
        r.server.host = u"localhost"_s;
        r.server.security = Smtp::Security::Tls;
        r.server.extraCaCertificates = { m_cert };
    }
    const SendResult result = run(session, r);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.replyCode, 421);
    QCOMPARE(result.enhancedCode, u"4.7.0"_s);
    QCOMPARE(result.serverText, u"Too many errors, closing"_s);
    QCOMPARE(result.failure, Failure::ServerRefused);
    QVERIFY2(result.message.contains(u"Too many errors, closing"_s), qPrintable(result.message));
    QVERIFY(result.outcome == Outcome::Failed || result.outcome == Outcome::Refused);
    if (stage == u"pipelined rcpt") {
        QCOMPARE(result.recipients.size(), 2);
        QVERIFY(result.recipients.at(0).accepted);
        QCOMPARE(result.recipients.at(1).replyCode, 421);
    }
    if (stage == u"rcpt of two") // no second RCPT into a closing connection
        QVERIFY(!server.receivedBytes().contains("cy@example.org"));
}

// The session itself refuses (the message is over the server's SIZE, or an address needs
// SMTPUTF8 and the server lacks it, or login is impossible): the server did nothing wrong and
// gets QUIT, and over TLS a proper close (close_notify), not a dropped connection.
void SmtpSessionTest::localRefusalQuitsPolitely_data()
{
    QTest::addColumn<QStringList>("keywords");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<Failure>("failure");
    for (const bool tls : { false, true }) {
        const char *mode = tls ? "tls" : "plain";
        QTest::addRow("larger than SIZE, %s", mode)
            << QStringList { u"SIZE 1000"_s, u"PIPELINING"_s } << QByteArray(5000, 'x') << u"bob@example.org"_s << tls
            << Failure::MessageTooLarge;
        QTest::addRow("SMTPUTF8 missing, %s", mode)
            << QStringList { u"PIPELINING"_s } << SimpleBody << u"张三@example.org"_s << tls << Failure::ServerRefused;
        QTest::addRow("no AUTH offered, %s", mode)
            << QStringList { u"PIPELINING"_s } << SimpleBody << u"bob@example.org"_s << tls << Failure::Auth;
    }
}

void SmtpSessionTest::localRefusalQuitsPolitely()
{
    QFETCH(QStringList, keywords);
    QFETCH(QByteArray, body);
    QFETCH(QString, recipient);
    QFETCH(bool, tls);
    QFETCH(Failure, failure);
    ScriptedSmtpServer server;
    server.setCertificate(m_cert, m_key);
    QStringList script { u"S: 220 x"_s };
    if (tls)
        script.prepend(u"TLS"_s);
    script << ehlo(keywords) << u"C: QUIT"_s << u"S: 221 2.0.0 Bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort(), body, { recipient });
    if (failure == Failure::Auth) {
        r.server.user = u"user"_s;
        r.server.secret = u"secret"_s;
        r.server.allowPlainTextAuth = true;
    }
    if (tls) {
        r.server.host = u"localhost"_s;
        r.server.security = Smtp::Security::Tls;
        r.server.extraCaCertificates = { m_cert };
    }
    const SendResult result = run(session, r);
    QCOMPARE(result.failure, failure);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QVERIFY(!server.receivedBytes().contains("MAIL"));
    QTRY_VERIFY(server.clientClosed());
    QVERIFY2(server.closeError().isEmpty(), qPrintable(server.closeError()));
}

// --security none against Postfix's default: STARTTLS offered, AUTH only after it.
void SmtpSessionTest::authOnlyAfterStartTls()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"PIPELINING"_s, u"SIZE 10240000"_s, u"STARTTLS"_s, u"ENHANCEDSTATUSCODES"_s }) << u"C: QUIT"_s
           << u"S: 221 2.0.0 Bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    for (const bool allowPlain : { false, true }) {
        SendRequest r = request(server.serverPort());
        r.server.user = u"user"_s;
        r.server.secret = u"secret"_s;
        r.server.allowPlainTextAuth = allowPlain;
        server.setScript(script);
        const SendResult result = run(session, r);
        QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
        QCOMPARE(result.failure, Failure::Auth);
        QVERIFY2(result.message.contains(u"offers STARTTLS and login only after it: choose STARTTLS"_s),
            qPrintable(result.message));
        QVERIFY(!result.message.contains(u"Remove the user name"_s));
        QVERIFY(!server.receivedBytes().contains("AUTH"));
    }
}

void SmtpSessionTest::handshakeFailedAfterStartTls()
{
    // The server agrees to STARTTLS, then answers the ClientHello with something that is not TLS.
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"STARTTLS"_s }) << u"C: STARTTLS"_s << u"S: 220 2.0.0 Ready to start TLS"_s << u"BYTES"_s
           << u"SEND HTTP/1.0 400 Bad Request\\r\\n\\r\\n"_s << u"CLOSE"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.host = u"localhost"_s;
    r.server.security = Smtp::Security::StartTls;
    const SendResult result = run(session, r);
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.failure, Failure::Tls);
    QCOMPARE(result.stage, State::TlsHandshake);
    QVERIFY2(!result.message.contains(u"choose STARTTLS"_s), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"after the server agreed to STARTTLS"_s), qPrintable(result.message));
}

void SmtpSessionTest::handshakeFailedImplicitTls()
{
    // A plain-text server on a port set up as implicit TLS: here "choose STARTTLS" is the advice.
    ScriptedSmtpServer server;
    server.setScript({ u"BYTES"_s, u"SEND 220 plain.example ESMTP\\r\\n"_s, u"CLOSE"_s });
    QVERIFY(server.start());
    SmtpSession session;
    SendRequest r = request(server.serverPort());
    r.server.host = u"localhost"_s;
    r.server.security = Smtp::Security::Tls;
    const SendResult result = run(session, r);
    QCOMPARE(result.failure, Failure::Tls);
    QVERIFY2(result.message.contains(u"choose STARTTLS"_s), qPrintable(result.message));
}

void SmtpSessionTest::temporaryRecipientRefusal()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({ u"PIPELINING"_s }) << u"C: MAIL FROM:<ann@example.org>"_s << u"C: RCPT TO:<a@example.org>"_s
           << u"C: RCPT TO:<grey@example.org>"_s << u"C: DATA"_s << u"S: 250 ok"_s << u"S: 250 ok"_s
           << u"S: 451 4.7.1 Greylisted, try again in 5 minutes"_s << u"S: 354 go"_s << u"DATA"_s << u"C: QUIT"_s
           << u"S: 250 2.0.0 queued"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    const SendResult result
        = run(session, request(server.serverPort(), SimpleBody, { u"a@example.org"_s, u"grey@example.org"_s }));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::PartlyRefused);
    const RecipientResult grey = result.recipients.at(1);
    QCOMPARE(grey.replyCode, 451);
    QVERIFY2(grey.explanation.contains(u"temporary"_s) && grey.explanation.contains(u"again later"_s),
        qPrintable(grey.explanation));
    QVERIFY2(
        result.message.contains(u"temporarily"_s) && result.message.contains(u"retrying later: grey@example.org"_s),
        qPrintable(result.message));
}

void SmtpSessionTest::temporaryRefusalOfEveryRecipient()
{
    ScriptedSmtpServer server;
    QStringList script { u"S: 220 x"_s };
    script << ehlo({}) << u"C: MAIL FROM:<ann@example.org>"_s << u"S: 250 ok"_s << u"C: RCPT TO:<bob@example.org>"_s
           << u"S: 451 Requested action aborted: local error in processing"_s << u"C: QUIT"_s << u"S: 221 bye"_s;
    server.setScript(script);
    QVERIFY(server.start());
    SmtpSession session;
    const SendResult result = run(session, request(server.serverPort()));
    QVERIFY2(server.scriptDone(), qPrintable(server.mismatch()));
    QCOMPARE(result.outcome, Outcome::Refused);
    QVERIFY(result.recipients.at(0).explanation.contains(u"temporary"_s));
    QVERIFY2(result.message.contains(u"temporarily"_s) && result.message.contains(u"bob@example.org"_s),
        qPrintable(result.message));
}

QTEST_GUILESS_MAIN(SmtpSessionTest)
#include "SmtpSessionTest.moc"
