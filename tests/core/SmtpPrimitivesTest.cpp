// The pure pieces of the SMTP engine: reply parsing, DATA encoding, SASL, status explanations.
#include "smtp/DataEncoder.h"
#include "smtp/Fingerprint.h"
#include "smtp/ReplyParser.h"
#include "smtp/Sasl.h"
#include "smtp/ServerSettings.h"
#include "smtp/StatusExplainer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class SmtpPrimitivesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replySplitAnywhere_data();
    void replySplitAnywhere();
    void replyErrors_data();
    void replyErrors();
    void replyBareLfAndBareCode();
    void replyLongLineIsBounded();
    void dataEncoder_data();
    void dataEncoder();
    void dataEncoderAnyChunking();
    void sasl();
    void saslChoice_data();
    void saslChoice();
    void explanations_data();
    void explanations();
    void endpointLabel_data();
    void endpointLabel();
    void fingerprint_data();
    void fingerprint();
    void providerExplanations_data();
    void providerExplanations();
    void temporaryRecipientRefusals_data();
    void temporaryRecipientRefusals();
};

void SmtpPrimitivesTest::replySplitAnywhere_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("single") << QByteArray("220 mx.example ESMTP ready\r\n") << 220 << QString()
                            << QStringList{u"mx.example ESMTP ready"_s};
    QTest::newRow("multi-line ehlo") << QByteArray("250-mx.example\r\n250-PIPELINING\r\n250-SIZE 1000\r\n250 STARTTLS\r\n")
                                     << 250 << QString()
                                     << QStringList{u"mx.example"_s, u"PIPELINING"_s, u"SIZE 1000"_s, u"STARTTLS"_s};
    QTest::newRow("enhanced code") << QByteArray("550 5.1.1 <nobody@example.org>: Recipient address rejected\r\n") << 550
                                   << u"5.1.1"_s
                                   << QStringList{u"5.1.1 <nobody@example.org>: Recipient address rejected"_s};
    QTest::newRow("enhanced class must match") << QByteArray("250 5.1.1 odd\r\n") << 250 << QString()
                                               << QStringList{u"5.1.1 odd"_s};
    QTest::newRow("three-digit detail") << QByteArray("535 5.7.139 Authentication unsuccessful\r\n") << 535
                                        << u"5.7.139"_s << QStringList{u"5.7.139 Authentication unsuccessful"_s};
    QTest::newRow("utf-8 text") << QByteArray("250 欢迎 ok\r\n") << 250 << QString() << QStringList{u"欢迎 ok"_s};
    // Some Chinese servers answer in GBK: "550 用户不存在" ("no such user"), shown as written.
    QTest::newRow("gbk text") << QByteArray("550 5.1.1 \xd3\xc3\xbb\xa7\xb2\xbb\xb4\xe6\xd4\xda\r\n") << 550
                              << u"5.1.1"_s << QStringList { u"5.1.1 用户不存在"_s };
    QTest::newRow("gb18030 four-byte text")
        << QByteArray("554 \x81\x30\x81\x30 x\r\n") << 554 << QString() << QStringList { u"\u0080 x"_s };
    QTest::newRow("neither: latin-1") << QByteArray("250 caf\xe9 \xff\r\n") << 250 << QString()
                                      << QStringList { u"café ÿ"_s };
}

void SmtpPrimitivesTest::replySplitAnywhere()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QStringList, lines);
    // Every way of cutting the bytes in two, and one byte at a time, gives the same reply.
    for (int cut = 0; cut <= wire.size(); ++cut) {
        ReplyParser parser;
        parser.feed(wire.left(cut));
        if (cut < wire.size())
            QVERIFY2(!parser.next(), qPrintable(u"complete too early at %1"_s.arg(cut)));
        parser.feed(wire.mid(cut));
        const auto reply = parser.next();
        QVERIFY(reply);
        QCOMPARE(reply->code, code);
        QCOMPARE(reply->enhancedCode, enhanced);
        QCOMPARE(reply->lines, lines);
        QVERIFY(!parser.next());
        QCOMPARE(parser.error(), ReplyParser::Error::None);
    }
    ReplyParser parser;
    for (char c : wire)
        parser.feed(QByteArray(1, c));
    QCOMPARE(parser.next()->lines, lines);
}

void SmtpPrimitivesTest::replyErrors_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<ReplyParser::Error>("error");
    QTest::newRow("letters for a code") << QByteArray("abc hello\r\n") << ReplyParser::Error::Malformed;
    QTest::newRow("code out of range") << QByteArray("650 what\r\n") << ReplyParser::Error::Malformed;
    QTest::newRow("bad separator") << QByteArray("250xok\r\n") << ReplyParser::Error::Malformed;
    QTest::newRow("code changes mid-reply") << QByteArray("250-first\r\n251 second\r\n") << ReplyParser::Error::Malformed;
    QTest::newRow("too short") << QByteArray("25\r\n") << ReplyParser::Error::Malformed;
    QByteArray endless;
    for (int i = 0; i < ReplyParser::MaxReplyLines + 5; ++i)
        endless += "250-more\r\n";
    QTest::newRow("reply that never ends") << endless << ReplyParser::Error::ReplyTooLong;
    QTest::newRow("1 MiB line") << QByteArray("250 ") + QByteArray(1 << 20, 'x') + "\r\n" << ReplyParser::Error::LineTooLong;
}

void SmtpPrimitivesTest::replyErrors()
{
    QFETCH(QByteArray, wire);
    QFETCH(ReplyParser::Error, error);
    ReplyParser parser;
    parser.feed(wire);
    QVERIFY(!parser.next());
    QCOMPARE(parser.error(), error);
    QVERIFY(!parser.errorText().isEmpty());
}

void SmtpPrimitivesTest::replyBareLfAndBareCode()
{
    ReplyParser parser;
    parser.feed("250-a\n250\n");
    const auto reply = parser.next();
    QVERIFY(reply);
    QCOMPARE(reply->code, 250);
    QCOMPARE(reply->lines, (QStringList{u"a"_s, QString()}));
    QCOMPARE(reply->rawLines(), (QStringList{u"250-a"_s, u"250 "_s}));
}

void SmtpPrimitivesTest::replyLongLineIsBounded()
{
    // A line with no end in sight must fail as soon as it passes the limit, not buffer forever.
    ReplyParser parser;
    const QByteArray piece(1024, 'y');
    int fed = 0;
    while (parser.error() == ReplyParser::Error::None && fed < 1024) {
        parser.feed(piece);
        ++fed;
    }
    QCOMPARE(parser.error(), ReplyParser::Error::LineTooLong);
    QVERIFY(fed <= ReplyParser::MaxLineBytes / 1024 + 2);
}

void SmtpPrimitivesTest::dataEncoder_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("plain") << QByteArray("Hi\r\n") << QByteArray("Hi\r\n.\r\n");
    QTest::newRow("no final newline") << QByteArray("Hi") << QByteArray("Hi\r\n.\r\n");
    QTest::newRow("empty") << QByteArray() << QByteArray(".\r\n");
    QTest::newRow("line that is a dot") << QByteArray("a\r\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("leading dots") << QByteArray(".x\r\n..y\r\n") << QByteArray("..x\r\n...y\r\n.\r\n");
    QTest::newRow("dot first byte") << QByteArray(".") << QByteArray("..\r\n.\r\n");
    QTest::newRow("dot not at line start") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n.\r\n");
    QTest::newRow("bare LF") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("bare CR") << QByteArray("a\rb\r") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("bare LF then dot") << QByteArray("a\n.\n") << QByteArray("a\r\n..\r\n.\r\n");
    QTest::newRow("CR CR LF") << QByteArray("a\r\r\nb") << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::newRow("blank lines") << QByteArray("\r\n\r\n") << QByteArray("\r\n\r\n.\r\n");
}

void SmtpPrimitivesTest::dataEncoder()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, wire);
    DataEncoder encoder;
    QByteArray out;
    encoder.encode(input.constData(), input.size(), out);
    encoder.finish(out);
    QCOMPARE(out, wire);
}

void SmtpPrimitivesTest::dataEncoderAnyChunking()
{
    const QByteArray input("line one\r\n.starts with dot\n..two\r.\r\n\r\nend.\r\r\n.");
    QByteArray whole;
    {
        DataEncoder encoder;
        encoder.encode(input.constData(), input.size(), whole);
        encoder.finish(whole);
    }
    for (int a = 0; a <= input.size(); ++a) {
        for (int b = a; b <= input.size(); ++b) {
            DataEncoder encoder;
            QByteArray out;
            encoder.encode(input.constData(), a, out);
            encoder.encode(input.constData() + a, b - a, out);
            encoder.encode(input.constData() + b, input.size() - b, out);
            encoder.finish(out);
            QVERIFY2(out == whole, qPrintable(u"cuts at %1 and %2"_s.arg(a).arg(b)));
        }
    }
    QVERIFY(!whole.contains("\r\n.\r\n\r\n")); // the terminator appears exactly once, at the end
    QCOMPARE(whole.count("\r\n.\r\n"), 1);
}

void SmtpPrimitivesTest::sasl()
{
    QCOMPARE(Sasl::plain(u"user"_s, u"secret"_s), QByteArray("AHVzZXIAc2VjcmV0")); // "\0user\0secret"
    QCOMPARE(Sasl::loginStep(u"user"_s), QByteArray("dXNlcg=="));
    // RFC 2195 §2's example exchange.
    QCOMPARE(Sasl::cramMd5(u"tim"_s, u"tanstaaftanstaaf"_s, "PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+"),
             QByteArray("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"));
    QCOMPARE(QByteArray::fromBase64(Sasl::xoauth2(u"ann@example.org"_s, u"ya29.token"_s)),
             QByteArray("user=ann@example.org\x01" "auth=Bearer ya29.token\x01\x01"));
}

void SmtpPrimitivesTest::saslChoice_data()
{
    QTest::addColumn<Smtp::AuthMethod>("wanted");
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<Smtp::AuthMethod>("chosen");
    using M = Smtp::AuthMethod;
    QTest::newRow("auto prefers CRAM-MD5") << M::Auto << QStringList{u"LOGIN"_s, u"PLAIN"_s, u"CRAM-MD5"_s} << M::CramMd5;
    QTest::newRow("auto PLAIN over LOGIN") << M::Auto << QStringList{u"LOGIN"_s, u"PLAIN"_s} << M::Plain;
    QTest::newRow("auto LOGIN only") << M::Auto << QStringList{u"LOGIN"_s} << M::Login;
    QTest::newRow("auto never picks XOAUTH2") << M::Auto << QStringList{u"XOAUTH2"_s} << M::None;
    QTest::newRow("explicit offered") << M::Login << QStringList{u"PLAIN"_s, u"login"_s} << M::Login;
    QTest::newRow("explicit not offered") << M::CramMd5 << QStringList{u"PLAIN"_s} << M::None;
    QTest::newRow("xoauth2 asked") << M::XOAuth2 << QStringList{u"PLAIN"_s, u"XOAUTH2"_s} << M::XOAuth2;
}

void SmtpPrimitivesTest::saslChoice()
{
    QFETCH(Smtp::AuthMethod, wanted);
    QFETCH(QStringList, offered);
    QFETCH(Smtp::AuthMethod, chosen);
    QCOMPARE(Sasl::choose(wanted, offered), chosen);
}

void SmtpPrimitivesTest::explanations_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("contains");
    QTest::newRow("encryption required") << 530 << u"5.7.0"_s << u"STARTTLS or SSL/TLS"_s;
    QTest::newRow("bad credentials") << 535 << u"5.7.8"_s << u"user name or password"_s;
    QTest::newRow("bad credentials, no enhanced") << 535 << QString() << u"user name or password"_s;
    QTest::newRow("basic auth disabled") << 535 << u"5.7.139"_s << u"disabled basic"_s;
    QTest::newRow("too large") << 552 << u"5.2.3"_s << u"too large"_s;
    QTest::newRow("too large, basic code") << 552 << QString() << u"too large"_s;
    QTest::newRow("no such user") << 550 << u"5.1.1"_s << u"does not exist"_s;
    QTest::newRow("try later") << 451 << u"4.3.0"_s << u"try again later"_s;
    QTest::newRow("service unavailable") << 421 << QString() << u"try again later"_s;
    QTest::newRow("relay denied") << 554 << u"5.7.1"_s << u"policy"_s;
}

void SmtpPrimitivesTest::providerExplanations_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("serverText");
    QTest::addColumn<QString>("contains");
    QTest::newRow("QQ/NetEase: From must be the login")
        << 501 << QString() << u"mail from address must be same as authorization user"_s
        << u"login address as the From"_s;
    QTest::newRow("NetEase spam filter") << 554 << QString()
                                         << u"DT:SPM 163 smtp14,EsCowAD3 1700000000 mail is considered spam"_s
                                         << u"spam filter"_s;
    QTest::newRow("plain 554 stays generic")
        << 554 << QString() << u"Transaction failed"_s << u"refused the transaction"_s;
}

void SmtpPrimitivesTest::providerExplanations()
{
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, serverText);
    QFETCH(QString, contains);
    const QString text = StatusExplainer::explain(code, enhanced, serverText);
    QVERIFY2(text.contains(contains), qPrintable(text));
}

void SmtpPrimitivesTest::temporaryRecipientRefusals_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<bool>("temporary");
    QTest::newRow("451 local error") << 451 << QString() << true;
    QTest::newRow("451 4.7.1 greylisted") << 451 << u"4.7.1"_s << true;
    QTest::newRow("450 busy") << 450 << u"4.2.0"_s << true;
    QTest::newRow("452 too many") << 452 << u"4.5.3"_s << true;
    QTest::newRow("550 unknown") << 550 << u"5.1.1"_s << false;
}

void SmtpPrimitivesTest::temporaryRecipientRefusals()
{
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(bool, temporary);
    const QString text = StatusExplainer::explainRecipient(code, enhanced);
    QCOMPARE(text.contains(u"temporary"_s) && text.contains(u"again later"_s), temporary);
    QVERIFY(text.contains(StatusExplainer::explain(code, enhanced)));
}

void SmtpPrimitivesTest::explanations()
{
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, contains);
    const QString text = StatusExplainer::explain(code, enhanced);
    QVERIFY2(text.contains(contains), qPrintable(text));
    QVERIFY(StatusExplainer::authorizationCodeHint(u"smtp.qq.com"_s).contains(u"authorization code"_s));
    QVERIFY(StatusExplainer::authorizationCodeHint(u"smtp.163.com"_s).contains(u"authorization code"_s));
    QVERIFY(StatusExplainer::authorizationCodeHint(u"mail.example.org"_s).isEmpty());
}

void SmtpPrimitivesTest::endpointLabel_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("label");
    QTest::newRow("name and port") << u"smtp.example.org"_s << quint16(2525) << int(Smtp::Security::StartTls)
                                   << u"smtp.example.org:2525"_s;
    QTest::newRow("default STARTTLS port") << u"smtp.example.org"_s << quint16(0) << int(Smtp::Security::StartTls)
                                           << u"smtp.example.org:587"_s;
    QTest::newRow("default TLS port") << u"smtp.example.org"_s << quint16(0) << int(Smtp::Security::Tls)
                                      << u"smtp.example.org:465"_s;
    QTest::newRow("IPv4") << u"127.0.0.1"_s << quint16(25) << int(Smtp::Security::None) << u"127.0.0.1:25"_s;
    QTest::newRow("IPv6 in brackets") << u"::1"_s << quint16(25) << int(Smtp::Security::None) << u"[::1]:25"_s;
    QTest::newRow("IPv6 already bracketed") << u"[2001:db8::1]"_s << quint16(587) << int(Smtp::Security::StartTls)
                                            << u"[2001:db8::1]:587"_s;
}

void SmtpPrimitivesTest::endpointLabel()
{
    QFETCH(QString, host);
    QFETCH(quint16, port);
    QFETCH(int, security);
    QFETCH(QString, label);
    ServerSettings settings;
    settings.host = host;
    settings.port = port;
    settings.security = Smtp::Security(security);
    QCOMPARE(settings.endpointLabel(), label);
}

void SmtpPrimitivesTest::fingerprint_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<bool>("sha256");
    const QString hex = u"929bf2960db8f4d8e534d199d4ebf507ee7f704de9a9ef48a9a415a06437aa5b"_s;
    QString canonical;
    for (int i = 0; i < hex.size(); i += 2)
        canonical += (i ? u":"_s : QString()) + hex.mid(i, 2);
    QTest::newRow("canonical") << canonical << canonical << true;
    QTest::newRow("upper case with colons") << canonical.toUpper() << canonical << true;
    QTest::newRow("bare hex") << hex << canonical << true;
    QTest::newRow("OpenSSL's output") << u"SHA256 Fingerprint="_s + canonical.toUpper() << canonical << true;
    QTest::newRow("spaces") << QString(canonical).replace(u':', u' ') << canonical << true;
    QTest::newRow("too short") << u"AB:CD"_s << u"ab:cd"_s << false;
    QTest::newRow("not hex") << QString(canonical).replace(u'a', u'g') << QString(canonical).replace(u'a', u'g') << false;
}

void SmtpPrimitivesTest::fingerprint()
{
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    QFETCH(bool, sha256);
    QCOMPARE(Fingerprint::normalized(typed), canonical);
    QCOMPARE(Fingerprint::isSha256(typed), sha256);
}

QTEST_GUILESS_MAIN(SmtpPrimitivesTest)
#include "SmtpPrimitivesTest.moc"
