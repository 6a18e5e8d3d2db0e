// MIME output read back by an independent parser: each message is written to a .eml and checked
// by tests/support/mime_check.py (Python's `email` package, Debian's /usr/bin/python3) against a
// JSON description of what was composed. The encoders get their own unit tests first.

#include "mime/MimeStream.h"
#include "mime/Encoders.h"
#include "mime/HtmlToText.h"
#include "mime/MessageBuilder.h"
#include "mime/Utf8Validator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Mailbox mailbox(const QString &name, const QString &address)
{
    Mailbox m;
    m.displayName = name;
    m.address = address;
    return m;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(generator.bounded(256));
    return out;
}

// Reads the whole stream `chunk` bytes at a time, checking the device's bookkeeping as it goes.
QByteArray readInChunks(MimeStream &stream, qint64 chunk)
{
    QByteArray out;
    out.reserve(stream.size());
    QByteArray buffer(chunk, Qt::Uninitialized);
    while (!stream.atEnd()) {
        const qint64 n = stream.read(buffer.data(), chunk);
        if (n <= 0)
            break;
        out.append(buffer.constData(), n);
        if (stream.bytesAvailable() != stream.size() - out.size())
            return QByteArray("bytesAvailable() is wrong");
    }
    return out;
}

// Quoted-printable decoding, written independently of the encoder.
QByteArray decodeQuotedPrintable(const QByteArray &encoded)
{
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (encoded[i] != '=') {
            out += encoded[i];
        } else if (encoded.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else {
            out += char(encoded.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        }
    }
    return out;
}

QByteArray decodeEncodedWord(const QByteArray &word)
{
    const QByteArray body = word.mid(10, word.size() - 12);
    if (word.startsWith("=?UTF-8?B?"))
        return QByteArray::fromBase64(body);
    QByteArray q = body;
    q.replace('_', ' ');
    return decodeQuotedPrintable(q);
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

// What a header must read as after decoding: line breaks become one space (mirrors the
// contract of Encoders::headerSafe, written independently).
QString expectedHeaderText(const QString &text)
{
    QString out = text;
    out.replace(QRegularExpression(u"[\r\n\u0085\u2028\u2029]+"_s), u" "_s);
    out.replace(u'\t', u' ');
    return out;
}

QJsonArray mailboxesJson(const QList<Mailbox> &mailboxes)
{
    QJsonArray out;
    for (const Mailbox &m : mailboxes)
        out.append(QJsonObject {
            { u"name"_s, expectedHeaderText(m.displayName).trimmed() }, { u"address"_s, m.envelopeAddress() } });
    return out;
}

QString sha256Of(const Attachment &attachment)
{
    QByteArray content = attachment.data;
    if (!attachment.filePath.isEmpty()) {
        QFile file(attachment.filePath);
        if (file.open(QIODevice::ReadOnly))
            content = file.readAll();
    }
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QJsonObject expectationFor(const Message &message, const QString &structure)
{
    QJsonObject json;
    json[u"subject"_s] = expectedHeaderText(message.subject);
    json[u"from"_s] = mailboxesJson({ message.from });
    json[u"to"_s] = mailboxesJson(message.to);
    json[u"cc"_s] = mailboxesJson(message.cc);
    json[u"reply_to"_s] = mailboxesJson(message.replyTo);
    QJsonArray bcc;
    for (const Mailbox &m : message.bcc)
        bcc.append(m.envelopeAddress());
    json[u"bcc"_s] = bcc;
    json[u"message_id_domain"_s] = message.from.asciiDomain().toLower();
    json[u"structure"_s] = structure;
    if (!message.htmlBody.isEmpty()) {
        json[u"plain"_s] = HtmlToText::convert(message.htmlBody);
        json[u"html"_s] = message.htmlBody;
    } else if (!message.plainBody.isEmpty()) {
        json[u"plain"_s] = message.plainBody;
        json[u"html"_s] = QJsonValue::Null;
    }
    QJsonArray attachments;
    auto add = [&](const Attachment &a, const QString &disposition) {
        QJsonObject entry { { u"sha256"_s, sha256Of(a) }, { u"disposition"_s, disposition } };
        const QString name = expectedHeaderText(a.effectiveFileName()).trimmed();
        entry[u"filename"_s] = name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name);
        if (!a.contentId.isEmpty())
            entry[u"content_id"_s] = a.contentId;
        if (!a.contentType.isEmpty())
            entry[u"content_type"_s] = a.contentType;
        attachments.append(entry);
    };
    const bool html = !message.htmlBody.isEmpty();
    if (html)
        for (const Attachment &a : message.inlineImages)
            add(a, u"inline"_s);
    if (!html)
        for (const Attachment &a : message.inlineImages)
            add(a, u"attachment"_s);
    for (const Attachment &a : message.attachments)
        add(a, u"attachment"_s);
    json[u"attachments"_s] = attachments;
    QJsonObject headers;
    for (const auto &[name, value] : message.extraHeaders)
        headers[QString::fromLatin1(name)] = expectedHeaderText(value);
    json[u"headers"_s] = headers;
    return json;
}

} // namespace

class MimeStreamTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void quotedPrintable_data();
    void quotedPrintable();
    void quotedPrintableRoundTrip();
    void base64Lines();
    void encodedWords_data();
    void encodedWords();
    void rfc2231_data();
    void rfc2231();
    void headerSafe();
    void htmlToText_data();
    void htmlToText();

    void messages_data();
    void messages();
    void textEncodingChoice_data();
    void textEncodingChoice();
    void dateAndMessageId();
    void envelopeRecipients();
    void unreadableAttachment_data();
    void unreadableAttachment();
    void fileChangesWhileStreaming_data();
    void fileChangesWhileStreaming();
    void utf8Validator_data();
    void utf8Validator();
    void textAttachmentCharset_data();
    void textAttachmentCharset();

private:
    QString writeFile(const QString &name, const QByteArray &content);
    Attachment fileAttachment(const QString &name) const;
    void runChecker(const QByteArray &eml, const QJsonObject &expectation, const QString &tag);

    QTemporaryDir m_dir;
    QString m_checker;
    Message m_base;
};

QString MimeStreamTest::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

Attachment MimeStreamTest::fileAttachment(const QString &name) const
{
    Attachment a;
    a.filePath = m_dir.filePath(name);
    return a;
}

void MimeStreamTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // MAILWRIGHT_KEEP_TEST_FILES=1 keeps the .eml and .json files of failed checks for a look.
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("MAILWRIGHT_KEEP_TEST_FILES"));
    const QString sourceDir = qEnvironmentVariable("MAILWRIGHT_SOURCE_DIR");
    m_checker = sourceDir.isEmpty() ? QFINDTESTDATA("../support/mime_check.py")
                                    : sourceDir + u"/tests/support/mime_check.py"_s;
    QVERIFY2(QFile::exists(m_checker), "tests/support/mime_check.py not found");
    QVERIFY2(QFile::exists(u"/usr/bin/python3"_s), "Debian's /usr/bin/python3 is needed");

    writeFile(
        u"report.pdf"_s, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + randomBytes(3000, 1));
    writeFile(u"中文文件名.txt"_s, u"这是一个中文文本文件。\n第二行。\n"_s.toUtf8());
    writeFile(u"日本語のファイル名（テスト）とても長い名前のファイルです、本当に長い名前.png"_s,
        "\x89PNG\r\n\x1a\n" + randomBytes(5000, 2));
    writeFile(u"emoji 😀 café.bin"_s, randomBytes(100 * 1024 + 1, 3));
    writeFile(u"empty.dat"_s, {});
    writeFile(u"boundary-like.txt"_s,
        "--\r\n--=_mw_\r\n--=_mw_AAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n----\r\n--boundary--\r\n\r\n--\n-- \r\n.\r\n");
    writeFile(u"logo.png"_s, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + randomBytes(2000, 4));
    writeFile(u"photo.jpg"_s, "\xff\xd8\xff\xe0\0\x10JFIF\0" + randomBytes(4000, 5));
    for (int i = 0; i < 50; ++i) // sizes around base64's 3-byte groups and 57-byte lines
        writeFile(u"file-%1.bin"_s.arg(i, 2, 10, QChar(u'0')), randomBytes(i * 57 + i % 3, 100 + i));

    m_base.from = mailbox(u"Ann Example"_s, u"ann@example.org"_s);
    m_base.to = { mailbox(u"Bob"_s, u"bob@example.net"_s) };
    m_base.subject = u"Hello"_s;
}

// ---- encoders ----------------------------------------------------------------------------------

void MimeStreamTest::quotedPrintable_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain ascii") << QByteArray("Hello") << QByteArray("Hello");
    QTest::newRow("equals sign") << QByteArray("a=b") << QByteArray("a=3Db");
    QTest::newRow("trailing space at end") << QByteArray("abc ") << QByteArray("abc=20");
    QTest::newRow("trailing tab before CRLF") << QByteArray("abc\t\r\nx") << QByteArray("abc=09\r\nx");
    QTest::newRow("inner spaces stay") << QByteArray("a b\tc") << QByteArray("a b\tc");
    QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9") << QByteArray("caf=C3=A9");
    QTest::newRow("exactly 76 columns") << QByteArray(76, 'a') + "\r\n" << QByteArray(76, 'a') + "\r\n";
    QTest::newRow("77 columns soft break") << QByteArray(77, 'a') << QByteArray(75, 'a') + "=\r\n" + "aa";
    QTest::newRow("escape never split by soft break")
        << QByteArray(74, 'a') + "\xc3\xa9" << QByteArray(74, 'a') + "=\r\n=C3=A9";
    QTest::newRow("space at column 76 before CRLF") << QByteArray(75, 'a') + " \r\n"
                                                    << QByteArray(75, 'a') + "=\r\n=20\r\n";
    QTest::newRow("dot line is literal") << QByteArray(".\r\n") << QByteArray(".\r\n");
    QTest::newRow("empty lines") << QByteArray("\r\n\r\n") << QByteArray("\r\n\r\n");
}

void MimeStreamTest::quotedPrintable()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(Encoders::quotedPrintable(input), expected);
}

void MimeStreamTest::quotedPrintableRoundTrip()
{
    QRandomGenerator generator(42);
    const QByteArray alphabet("ab =\t.\xc3\xa9\r\n\x01\x7f");
    for (int round = 0; round < 300; ++round) {
        QByteArray input;
        const int length = generator.bounded(400);
        for (int i = 0; i < length; ++i)
            input += alphabet[generator.bounded(int(alphabet.size()))];
        input = Encoders::toCrlfUtf8(QString::fromLatin1(input)); // no bare CR/LF, as bodies are
        const QByteArray encoded = Encoders::quotedPrintable(input);
        QCOMPARE(decodeQuotedPrintable(encoded), input);
        for (const QByteArray &line : encoded.split('\n')) {
            const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
            QVERIFY2(content.size() <= 76, content.constData());
            QVERIFY(!content.endsWith(' ') && !content.endsWith('\t'));
            for (const char c : content)
                QVERIFY(uchar(c) >= 32 && uchar(c) < 127 ? true : c == '\t');
        }
    }
}

void MimeStreamTest::base64Lines()
{
    // Sizes around the 3-byte groups, the 12/16-byte SIMD steps and the 57-byte lines.
    for (const qsizetype size :
        { 0, 1, 2, 3, 11, 12, 15, 16, 17, 27, 28, 29, 56, 57, 58, 113, 114, 115, 1000, 65536 }) {
        const QByteArray input = randomBytes(size, quint32(size));
        const QByteArray encoded = Encoders::base64Lines(input);
        QCOMPARE(qint64(encoded.size()), Encoders::base64LinesSize(size));
        QByteArray expected;
        const QByteArray plain = input.toBase64();
        for (qsizetype i = 0; i < plain.size(); i += 76)
            expected += (i > 0 ? "\r\n" : "") + plain.mid(i, 76);
        QCOMPARE(encoded, expected);
    }
}

void MimeStreamTest::encodedWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("firstWidth");
    QTest::newRow("accented") << u"Café crème brûlée à la française, déjà vu"_s << 60;
    QTest::newRow("chinese") << u"关于下周项目进度的会议安排以及需要准备的材料清单和注意事项"_s << 68;
    QTest::newRow("japanese") << u"来週の会議についてのお知らせ：資料を事前にご確認ください"_s << 40;
    QTest::newRow("emoji")
        << u"Party 🎉🎉🎉 tonight 😀👍🏽👨‍👩‍👧 bring 🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕🍕"_s
        << 70;
    QTest::newRow("long ascii word") << QString(200, u'x') << 69;
    QTest::newRow("narrow first line") << u"中文中文中文中文中文中文中文中文"_s << 24;
}

void MimeStreamTest::encodedWords()
{
    QFETCH(QString, text);
    QFETCH(int, firstWidth);
    const QList<QByteArray> words = Encoders::encodedWords(text, firstWidth, 77);
    QVERIFY(!words.isEmpty());
    QByteArray decoded;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray &word = words[i];
        QVERIFY2(word.size() <= (i == 0 ? firstWidth : 75), word.constData());
        QVERIFY(word.startsWith("=?UTF-8?B?") || word.startsWith("=?UTF-8?Q?"));
        QVERIFY(word.endsWith("?="));
        const QByteArray bytes = decodeEncodedWord(word);
        QVERIFY2(isValidUtf8(bytes), "a UTF-8 character was split across encoded-words");
        decoded += bytes;
    }
    QCOMPARE(QString::fromUtf8(decoded), text);
}

void MimeStreamTest::rfc2231_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("sections");
    QTest::newRow("short") << u"中文.txt"_s << 1;
    QTest::newRow("long japanese") << u"日本語のファイル名（テスト）とても長い名前のファイルです.pdf"_s << 5;
    QTest::newRow("specials") << u"a b;c\"d'e*f%g.txt"_s << 1;
}

void MimeStreamTest::rfc2231()
{
    QFETCH(QString, value);
    QFETCH(int, sections);
    const QList<QByteArray> parts = Encoders::rfc2231Parameter("filename", value);
    QCOMPARE(parts.size(), sections);
    QByteArray joined;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QVERIFY(parts[i].size() <= 76);
        const QByteArray head = parts.size() == 1
            ? QByteArray("filename*=utf-8''")
            : "filename*" + QByteArray::number(i) + "*=" + (i == 0 ? "utf-8''" : "");
        QVERIFY2(parts[i].startsWith(head), parts[i].constData());
        const QByteArray piece = QByteArray::fromPercentEncoding(parts[i].mid(head.size()));
        QVERIFY2(isValidUtf8(piece), "a section splits a UTF-8 character");
        joined += piece;
        QVERIFY(!parts[i].mid(head.size()).contains('\''));
        QVERIFY(!parts[i].mid(head.size()).contains(' '));
    }
    QCOMPARE(QString::fromUtf8(joined), value);
}

void MimeStreamTest::headerSafe()
{
    QCOMPARE(Encoders::headerSafe(u"a\r\nBcc: x@y"_s), u"a Bcc: x@y"_s);
    QCOMPARE(Encoders::headerSafe(u"a\n\n\rb\tc"_s), u"a b c"_s);
    QCOMPARE(Encoders::headerSafe(u"a\u2028b\u0000c\u001bd"_s), u"a bcd"_s);
}

void MimeStreamTest::htmlToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("paragraphs") << u"<p>One\ntwo</p><p>Three</p>"_s << u"One two\n\nThree"_s;
    QTest::newRow("line breaks") << u"a<br>b<br/><br />c"_s << u"a\nb\n\nc"_s;
    QTest::newRow("unordered list") << u"<p>Items:</p><ul><li>one</li><li>two</li></ul>"_s
                                    << u"Items:\n\n- one\n- two"_s;
    QTest::newRow("ordered list") << u"<ol><li>first<li>second</ol>after"_s << u"1. first\n2. second\n\nafter"_s;
    QTest::newRow("nested list") << u"<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"_s << u"- a\n  - b\n- c"_s;
    QTest::newRow("link") << u"See <a href=\"https://example.org/x?a=1&amp;b=2\">the docs</a>."_s
                          << u"See the docs <https://example.org/x?a=1&b=2>."_s;
    QTest::newRow("link same as text") << u"<a href=\"https://example.org\">https://example.org</a>"_s
                                       << u"https://example.org"_s;
    QTest::newRow("mailto") << u"<a href=\"mailto:ann@example.org\">Ann</a>"_s << u"Ann <ann@example.org>"_s;
    QTest::newRow("entities") << u"&lt;tag&gt; &amp; &quot;q&quot; &#233;&#x4E2D; caf&eacute;&nbsp;!"_s
                              << u"<tag> & \"q\" é中 café !"_s;
    QTest::newRow("unknown entity stays") << u"AT&T &bogus; a&b"_s << u"AT&T &bogus; a&b"_s;
    QTest::newRow("head style script skipped")
        << u"<html><head><title>T</title><style>p{color:red}</style></head><body><script>var a='<p>';</script>"
           u"<p>Body</p><!-- comment --></body></html>"_s
        << u"Body"_s;
    QTest::newRow("headings and divs") << u"<h1>Title</h1><div>line</div><div>next</div>"_s << u"Title\n\nline\nnext"_s;
    QTest::newRow("pre keeps spaces") << u"<pre>\n  a  b\n  c</pre>"_s << u"  a  b\n  c"_s;
    QTest::newRow("blockquote") << u"<p>Hi</p><blockquote><p>quoted</p></blockquote><p>end</p>"_s
                                << u"Hi\n\n> quoted\n\nend"_s;
    QTest::newRow("image alt") << u"<p>Logo: <img src=\"cid:logo\" alt=\"Mailwright\"></p>"_s << u"Logo: Mailwright"_s;
    QTest::newRow("chinese") << u"<p>你好，<b>世界</b>！</p>"_s << u"你好，世界！"_s;
    // One <p> per line, as Qt's editor and Outlook write them: lines, not paragraphs.
    QTest::newRow("paragraphs without margins (Qt)")
        << u"<p style=\"margin-top:0px; margin-bottom:0px; margin-left:0px;\">One</p>"
           u"<p style=\"margin-top:0px; margin-bottom:0px;\">Two</p>"
           u"<p style=\"-qt-paragraph-type:empty; margin-top:0px; margin-bottom:0px;\"><br /></p>"
           u"<p style=\"margin-top:0px; margin-bottom:0px;\">Three</p><p>Four</p>"_s
        << u"One\nTwo\n\nThree\n\nFour"_s;
    QTest::newRow("paragraphs without margins (shorthand)")
        << u"<p class=MsoNormal style='margin:0cm'>One</p><p style=\"MARGIN: 0 1em\">Two</p>"
           u"<p style=\"margin: 0 0 1em\">Three</p><p style=\"margin-top:0\">Four</p>"_s
        << u"One\nTwo\n\nThree\n\nFour"_s;
    QTest::newRow("signature delimiter keeps its space")
        << u"<p>Hi</p><p>--&nbsp;<br>Ann</p><div>-- </div><div>--</div>"_s << u"Hi\n\n-- \nAnn\n\n-- \n-- "_s;
}

void MimeStreamTest::htmlToText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlToText::convert(html), text);
}

// ---- whole messages ------------------------------------------------------------------------------

void MimeStreamTest::runChecker(const QByteArray &eml, const QJsonObject &expectation, const QString &tag)
{
    const QString base = m_dir.filePath(u"check-"_s + QString::fromLatin1(tag.toUtf8().toHex().left(40)));
    QFile emlFile(base + u".eml"_s);
    QVERIFY(emlFile.open(QIODevice::WriteOnly));
    emlFile.write(eml);
    emlFile.close();
    QFile jsonFile(base + u".json"_s);
    QVERIFY(jsonFile.open(QIODevice::WriteOnly));
    jsonFile.write(QJsonDocument(expectation).toJson());
    jsonFile.close();

    QProcess checker;
    checker.start(u"/usr/bin/python3"_s, { m_checker, emlFile.fileName(), jsonFile.fileName() });
    QVERIFY2(checker.waitForFinished(120000), "mime_check.py did not finish");
    const QByteArray errors = checker.readAllStandardError();
    QVERIFY2(checker.exitStatus() == QProcess::NormalExit && checker.exitCode() == 0,
        qPrintable(u"%1 (message kept in %2.eml)"_s.arg(QString::fromUtf8(errors), base)));
}

void MimeStreamTest::messages_data()
{
    QTest::addColumn<Message>("message");
    QTest::addColumn<QString>("structure");

    const Attachment pdf = fileAttachment(u"report.pdf"_s);
    const Attachment chineseTxt = fileAttachment(u"中文文件名.txt"_s);
    const Attachment japanesePng
        = fileAttachment(u"日本語のファイル名（テスト）とても長い名前のファイルです、本当に長い名前.png"_s);
    const Attachment emojiBin = fileAttachment(u"emoji 😀 café.bin"_s);
    const Attachment empty = fileAttachment(u"empty.dat"_s);
    const Attachment boundaryLike = fileAttachment(u"boundary-like.txt"_s);
    Attachment logo = fileAttachment(u"logo.png"_s);
    logo.contentId = u"logo@mailwright"_s;
    Attachment photo = fileAttachment(u"photo.jpg"_s);
    photo.contentId = u"photo.1@mailwright"_s;
    const QString html = u"<html><head><style>p{}</style></head><body><h1>Report</h1><p>See <b>attached</b> "
                         u"and <a href=\"https://example.org/r\">the site</a>.</p><ul><li>one</li><li>deux "
                         u"é</li></ul><img src=\"cid:logo@mailwright\" alt=\"logo\"></body></html>"_s;

    Message m = m_base;
    m.plainBody = u"Hello Bob,\n\nJust text.\n-- \nAnn\n"_s;
    QTest::newRow("plain") << m << u"text/plain"_s;

    m = m_base;
    m.htmlBody = html;
    QTest::newRow("html") << m << u"multipart/alternative(text/plain,text/html)"_s;

    m.inlineImages = { logo, photo };
    QTest::newRow("html+inline")
        << m << u"multipart/related(multipart/alternative(text/plain,text/html),image/png,image/jpeg)"_s;

    m.attachments = { pdf, chineseTxt, empty };
    QTest::newRow("html+inline+attachments")
        << m
        << u"multipart/mixed(multipart/related(multipart/alternative(text/plain,text/html),image/png,image/jpeg),"
           u"application/pdf,text/plain,application/octet-stream)"_s;

    m = m_base;
    m.plainBody = u"See attached."_s;
    m.attachments = { pdf, chineseTxt, japanesePng, emojiBin, empty, boundaryLike };
    QTest::newRow("plain+attachments")
        << m
        << u"multipart/mixed(text/plain,application/pdf,text/plain,image/png,application/octet-stream,"
           u"application/octet-stream,text/plain)"_s;

    m = m_base;
    m.htmlBody = html;
    m.attachments = { pdf };
    QTest::newRow("html+attachments")
        << m << u"multipart/mixed(multipart/alternative(text/plain,text/html),application/pdf)"_s;

    m = m_base;
    m.attachments = { pdf };
    QTest::newRow("attachment only") << m << u"multipart/mixed(application/pdf)"_s;

    m = m_base;
    m.from = mailbox(u"张三"_s, u"zhang@example.cn"_s);
    m.to = { mailbox(u"李四"_s, u"lisi@example.cn"_s), mailbox(u"王五 (Wang Wu)"_s, u"wangwu@example.cn"_s) };
    m.subject = u"关于下周项目进度的会议安排以及需要准备的材料清单和注意事项，请大家务必提前阅读"_s;
    m.plainBody = u"大家好：\n\n下周一上午十点在三楼会议室开会，请准时参加。\n附件是会议材料。\n"_s;
    m.attachments = { chineseTxt };
    QTest::newRow("chinese") << m << u"multipart/mixed(text/plain,text/plain)"_s;

    m = m_base;
    m.from = mailbox(u"山田 太郎"_s, u"taro@example.jp"_s);
    m.cc = { mailbox(u"鈴木 花子"_s, u"hanako@example.jp"_s) };
    m.subject = u"来週の会議についてのお知らせ：資料を事前にご確認ください"_s;
    m.htmlBody = u"<p>お疲れ様です。</p><p>来週の会議の<strong>資料</strong>を添付します。</p>"_s;
    m.attachments = { japanesePng };
    QTest::newRow("japanese") << m << u"multipart/mixed(multipart/alternative(text/plain,text/html),image/png)"_s;

    m = m_base;
    m.from = mailbox(u"Zoë Ångström 😀"_s, u"zoe@example.se"_s);
    m.to = { mailbox(u"François Müller"_s, u"francois@example.fr"_s) };
    m.subject = u"Café ☕, crème brûlée & 🎉 party — déjà vu 👨‍👩‍👧"_s;
    m.plainBody = u"Ça va? Voilà le menu: crème brûlée, œufs, naïve piñata 🍕🍕.\nTschüß!\n"_s;
    m.attachments = { emojiBin };
    QTest::newRow("emoji and accents") << m << u"multipart/mixed(text/plain,application/octet-stream)"_s;

    // Found by fuzz_header_writer (corpus/…/bug-quoted-display-name-over-78-columns): every '"'
    // and '\\' of a quoted-string takes a backslash, so a 43-character name of quotes became an
    // unfoldable 88-column line. Such names now go as encoded-words.
    m = m_base;
    m.from = mailbox(QString(43, u'"'), u"ann@example.org"_s);
    m.to = { mailbox(QString(25, u'\\') + QString(20, u'"'), u"bob@example.net"_s) };
    m.plainBody = u"Quotes."_s;
    QTest::newRow("display names full of quotes and backslashes") << m << u"text/plain"_s;

    m = m_base;
    m.plainBody = u".\n.leading dot\n..two dots\nmiddle\n.\nend"_s;
    QTest::newRow("dot lines") << m << u"text/plain"_s;

    m = m_base;
    m.plainBody = u"unix\nmac\rwindows\r\nmixed\n\r\rend"_s;
    QTest::newRow("bare LF and CR") << m << u"text/plain"_s;

    m = m_base;
    m.plainBody = u"start\n"_s + QString(10000, u'x') + u"\nend\n"_s;
    QTest::newRow("10000-character ascii line") << m << u"text/plain"_s;

    m = m_base;
    m.plainBody = QString(10000, u'中') + u"\n"_s;
    QTest::newRow("10000-character chinese line") << m << u"text/plain"_s;

    m = m_base;
    m.plainBody = u"Intro\n--\n--=_mw_\n--=_mw_AAAAAAAAAAAAAAAAAAAAAAAAAAAA--\n--boundary\n"_s;
    m.attachments = { boundaryLike };
    QTest::newRow("boundary-like text") << m << u"multipart/mixed(text/plain,text/plain)"_s;

    m = m_base;
    m.plainBody = u"Fifty files."_s;
    QString structure = u"multipart/mixed(text/plain"_s;
    for (int i = 0; i < 50; ++i) {
        m.attachments.append(fileAttachment(u"file-%1.bin"_s.arg(i, 2, 10, QChar(u'0'))));
        structure += i == 0 ? u",application/x-zerosize"_s : u",application/octet-stream"_s;
    }
    structure += u')';
    structure.replace(u"application/x-zerosize"_s, u"application/octet-stream"_s);
    QTest::newRow("50 attachments") << m << structure;

    m = m_base;
    m.subject = u"Hi\r\nBcc: evil@example.com\r\nX-Injected: yes"_s;
    m.from = mailbox(u"Eve\r\nX-Injected: 1"_s, u"eve@example.org"_s);
    m.plainBody = u"Body"_s;
    Attachment injected;
    injected.data = "payload";
    injected.fileName = u"a\r\nContent-Type: text/html\r\n\r\nx.txt"_s;
    m.attachments = { injected };
    QTest::newRow("CR/LF in subject, name and file name") << m << u"multipart/mixed(text/plain,text/plain)"_s;

    m = m_base;
    m.to.clear();
    m.bcc = { mailbox(u"Hidden"_s, u"hidden@example.com"_s), mailbox({}, u"secret@example.net"_s) };
    m.plainBody = u"Only Bcc."_s;
    QTest::newRow("bcc only") << m << u"text/plain"_s;

    m = m_base;
    m.cc = { mailbox(u"Carol"_s, u"carol@example.com"_s) };
    m.bcc = { mailbox(u"Dave"_s, u"dave@example.com"_s) };
    m.replyTo = { mailbox(u"Team"_s, u"team@example.org"_s) };
    m.plainBody = u"With Cc, Bcc and Reply-To."_s;
    QTest::newRow("cc bcc reply-to") << m << u"text/plain"_s;

    m = m_base;
    m.to = { mailbox(u"Doe, John"_s, u"john@example.com"_s), mailbox(u"O'Brien \"Bob\" \\ Jr."_s, u"bob@example.com"_s),
        mailbox({}, u"plain@example.com"_s), mailbox(u"=?UTF-8?Q?not_encoded?="_s, u"tricky@example.com"_s) };
    for (int i = 0; i < 12; ++i)
        m.to.append(mailbox(u"Recipient Number %1"_s.arg(i), u"recipient.%1@example.com"_s.arg(i)));
    m.plainBody = u"Many recipients."_s;
    QTest::newRow("quoted and many display names") << m << u"text/plain"_s;

    m = m_base;
    m.subject = u"A very long plain ASCII subject line that certainly needs folding because it goes on "
                u"and on well past the seventy-eight column limit of RFC 5322, twice or more, until the end"_s;
    m.plainBody = u"x"_s;
    QTest::newRow("long ascii subject") << m << u"text/plain"_s;

    m = m_base;
    m.subject = u"word "_s + QString(150, u'w') + u" =?UTF-8?B?SGk=?= end"_s;
    m.plainBody = u"x"_s;
    QTest::newRow("subject with long word and fake encoded-word") << m << u"text/plain"_s;

    m = m_base;
    m.plainBody = u"Generated part."_s;
    Attachment generated;
    generated.data = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
    generated.fileName = u"invite.ics"_s;
    generated.contentType = u"text/calendar"_s;
    Attachment longName;
    longName.data = randomBytes(1000, 7);
    longName.fileName = u"an-extremely-long-ascii-file-name-that-will-not-fit-on-one-header-line-at-all-really-"
                        u"not-even-close.tar.gz"_s;
    m.attachments = { generated, longName };
    QTest::newRow("in-memory attachments")
        << m << u"multipart/mixed(text/plain,text/calendar,application/x-compressed-tar)"_s;

    m = m_base;
    m.to = { mailbox(u"Yamada"_s, u"yamada@例え.jp"_s) };
    m.plainBody = u"IDN domain."_s;
    QTest::newRow("idn domain") << m << u"text/plain"_s;

    m = m_base;
    m.plainBody.clear();
    QTest::newRow("empty body") << m << u"text/plain"_s;

    m = m_base;
    m.plainBody = u"Extra headers."_s;
    m.extraHeaders = { { "X-Priority", u"1 (Highest)"_s }, { "X-Note", u"Ünïcödé note\nwith a break"_s } };
    QTest::newRow("extra headers") << m << u"text/plain"_s;

    m = m_base;
    m.plainBody = u"No HTML here."_s;
    m.inlineImages = { logo };
    QTest::newRow("inline image without html") << m << u"multipart/mixed(text/plain,image/png)"_s;
}

void MimeStreamTest::messages()
{
    QFETCH(Message, message);
    QFETCH(QString, structure);

    const MimeBuild build = MessageBuilder::build(message);
    QVERIFY2(build.ok(), qPrintable(build.error));
    MimeStream &stream = *build.stream;
    QVERIFY(stream.isOpen());
    QVERIFY(stream.isSequential());
    const qint64 size = stream.size();
    QVERIFY(size > 0);
    QCOMPARE(stream.bytesAvailable(), size);

    const QByteArray eml = readInChunks(stream, 256 * 1024);
    QVERIFY(!stream.failed());
    QCOMPARE(qint64(eml.size()), size);
    QVERIFY(stream.atEnd());
    QCOMPARE(stream.read(16), QByteArray());
    QVERIFY(eml.startsWith(stream.headers()));
    QVERIFY(!stream.headers().contains("\nBcc"));
    QVERIFY(!stream.headers().contains("\nX-Injected"));

    // The same bytes however the stream is read.
    for (const qint64 chunk : { 1, 7, 4096, 100000 }) {
        const QSharedPointer<MimeStream> again = stream.clone();
        QCOMPARE(again->size(), size);
        const QByteArray bytes = readInChunks(*again, chunk);
        QVERIFY2(bytes == eml, qPrintable(u"reading %1 bytes at a time differs"_s.arg(chunk)));
    }
    const QSharedPointer<MimeStream> all = stream.clone();
    QCOMPARE(all->readAll(), eml);

    runChecker(eml, expectationFor(message, structure), QString::fromUtf8(QTest::currentDataTag()));
}

void MimeStreamTest::textEncodingChoice_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QByteArray>("encoding");
    QTest::newRow("short ascii lines") << u"Hello\nworld\n"_s << QByteArray("7bit");
    QTest::newRow("998-octet line") << QString(998, u'a') << QByteArray("7bit");
    QTest::newRow("999-octet line") << QString(999, u'a') << QByteArray("quoted-printable");
    QTest::newRow("accented") << u"Ça va très bien, merci."_s << QByteArray("quoted-printable");
    QTest::newRow("chinese") << u"这是一个中文文本。"_s.repeated(20) << QByteArray("base64");
    QTest::newRow("NUL byte") << u"a\u0000b"_s << QByteArray("quoted-printable");
}

void MimeStreamTest::textEncodingChoice()
{
    QFETCH(QString, body);
    QFETCH(QByteArray, encoding);
    Message m = m_base;
    m.plainBody = body;
    const MimeBuild build = MessageBuilder::build(m);
    QVERIFY(build.ok());
    QVERIFY2(build.stream->headers().contains(QByteArray("\r\nContent-Transfer-Encoding: " + encoding + "\r\n")),
        build.stream->headers().constData());
}

void MimeStreamTest::dateAndMessageId()
{
    Message m = m_base;
    m.plainBody = u"x"_s;
    m.date = QDateTime(QDate(2025, 3, 9), QTime(8, 5, 7), Qt::OffsetFromUTC, -(3 * 3600 + 30 * 60));
    const MimeBuild fixed = MessageBuilder::build(m);
    QVERIFY(fixed.stream->headers().startsWith("Date: Sun, 9 Mar 2025 08:05:07 -0330\r\n"));

    m.date = {};
    QSet<QByteArray> ids;
    static const QRegularExpression dateLine(u"^Date: (Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{1,2} [A-Z][a-z]{2} \\d{4} "
                                             u"\\d\\d:\\d\\d:\\d\\d [+-]\\d{4}\r\n"_s);
    static const QRegularExpression idLine(u"\r\nMessage-ID: <[A-Za-z0-9.]+@example\\.org>\r\n"_s);
    for (int i = 0; i < 500; ++i) {
        const QByteArray headers = MessageBuilder::build(m).stream->headers();
        QVERIFY(dateLine.match(QString::fromLatin1(headers)).hasMatch());
        const QRegularExpressionMatch match = idLine.match(QString::fromLatin1(headers));
        QVERIFY2(match.hasMatch(), headers.constData());
        ids.insert(match.captured().toLatin1());
    }
    QCOMPARE(ids.size(), 500);
    const QDateTime now = QDateTime::currentDateTime();
    const int offset = now.offsetFromUtc() / 60;
    const QByteArray expectedOffset = (offset < 0 ? "-" : "+")
        + QByteArray::number(std::abs(offset) / 60).rightJustified(2, '0')
        + QByteArray::number(std::abs(offset) % 60).rightJustified(2, '0');
    QVERIFY(MessageBuilder::build(m).stream->headers().contains(QByteArray(' ' + expectedOffset + "\r\n")));

    m.messageId = u"<given.id@example.org>"_s;
    QVERIFY(MessageBuilder::build(m).stream->headers().contains("\r\nMessage-ID: <given.id@example.org>\r\n"));
}

void MimeStreamTest::envelopeRecipients()
{
    Message m = m_base;
    m.to = { mailbox(u"A"_s, u"a@example.org"_s), mailbox(u"B"_s, u"b@example.org"_s) };
    m.cc = { mailbox(u"A again"_s, u"a@EXAMPLE.org"_s), mailbox(u"C"_s, u"c@example.org"_s) };
    m.bcc = { mailbox(u"D"_s, u"d@example.org"_s), mailbox(u"B"_s, u"b@example.org"_s) };
    QStringList addresses;
    for (const Mailbox &r : m.envelopeRecipients())
        addresses << r.address;
    QCOMPARE(
        addresses, QStringList({ u"a@example.org"_s, u"b@example.org"_s, u"c@example.org"_s, u"d@example.org"_s }));
}

void MimeStreamTest::unreadableAttachment_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << u"no-such-file.pdf"_s << u"file not found"_s;
    QTest::newRow("folder") << u"a-folder.pdf"_s << u"it is a folder"_s;
    QTest::newRow("permission denied") << u"secret.pdf"_s << u"permission denied"_s;
}

void MimeStreamTest::unreadableAttachment()
{
    QFETCH(QString, fileName);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(fileName);
    if (fileName == u"a-folder.pdf"_s)
        QVERIFY(QDir(m_dir.path()).mkpath(fileName));
    if (fileName == u"secret.pdf"_s) {
        writeFile(fileName, "secret");
        QVERIFY(QFile::setPermissions(path, {}));
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running with privileges that read any file (root)");
    }
    Message m = m_base;
    m.plainBody = u"x"_s;
    m.attachments = { fileAttachment(u"report.pdf"_s), fileAttachment(fileName) };
    const MimeBuild build = MessageBuilder::build(m);
    QVERIFY(!build.ok());
    QVERIFY(build.stream.isNull());
    QCOMPARE(build.error, u"Cannot read attachment “%1”: %2"_s.arg(fileName, reason));
}

void MimeStreamTest::fileChangesWhileStreaming_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("error");
    QTest::newRow("grows") << u"grow"_s << u"changed while it was being sent"_s;
    QTest::newRow("shrinks") << u"shrink"_s << u"changed while it was being sent"_s;
    QTest::newRow("rewritten in place") << u"rewrite"_s << u"changed while it was being sent"_s;
    QTest::newRow("changed before sending") << u"before"_s << u"changed while it was being sent"_s;
    QTest::newRow("deleted before sending") << u"delete"_s << u"disappeared while it was being sent"_s;
}

void MimeStreamTest::fileChangesWhileStreaming()
{
    QFETCH(QString, change);
    QFETCH(QString, error);
    const QString name = u"changing-%1.bin"_s.arg(change);
    const QByteArray original = randomBytes(3 * 1024 * 1024, 9);
    const QString path = writeFile(name, original);
    Message m = m_base;
    m.plainBody = u"x"_s;
    m.attachments = { fileAttachment(u"report.pdf"_s), fileAttachment(name) };
    const MimeBuild build = MessageBuilder::build(m);
    QVERIFY(build.ok());
    MimeStream &stream = *build.stream;

    QFile file(path);
    if (change == u"before"_s || change == u"delete"_s) {
        if (change == u"delete"_s)
            QVERIFY(file.remove());
        else
            QVERIFY(file.open(QIODevice::Append) && file.write("more") == 4);
        file.close();
    } else {
        QByteArray buffer(64 * 1024, Qt::Uninitialized);
        QVERIFY(stream.read(buffer.data(), buffer.size()) == buffer.size()); // into the attachment
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (change == u"grow"_s) {
            QVERIFY(file.seek(file.size()) && file.write("appended") == 8);
        } else if (change == u"shrink"_s) {
            QVERIFY(file.resize(original.size() / 2));
        } else {
            QVERIFY(file.write(randomBytes(original.size(), 10)) == original.size());
            file.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime);
        }
        file.close();
    }

    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 n = 0;
    qint64 total = 0;
    while ((n = stream.read(buffer.data(), buffer.size())) > 0)
        total += n;
    QCOMPARE(n, qint64(-1));
    QVERIFY(total < stream.size());
    QVERIFY(stream.failed());
    QVERIFY2(stream.errorString().contains(error), qPrintable(stream.errorString()));
    QVERIFY2(stream.errorString().contains(u"“%1”"_s.arg(name)), qPrintable(stream.errorString()));
    QCOMPARE(stream.bytesAvailable(), qint64(0));
    QCOMPARE(stream.read(buffer.data(), buffer.size()), qint64(-1));
}

void MimeStreamTest::utf8Validator_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("ascii") << QByteArray("plain text\r\n") << true;
    QTest::newRow("chinese") << u"中文，第二行。"_s.toUtf8() << true;
    QTest::newRow("emoji") << u"😀 café"_s.toUtf8() << true;
    QTest::newRow("U+10FFFF") << QByteArray("\xf4\x8f\xbf\xbf") << true;
    QTest::newRow("latin-1") << QByteArray("caf\xe9") << false;
    QTest::newRow("cut before the end") << QByteArray("ok \xe4\xb8") << false;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("overlong three bytes") << QByteArray("\xe0\x80\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("F5") << QByteArray("\xf5\x80\x80\x80") << false;
    QTest::newRow("GBK") << QByteArray("\xd6\xd0\xce\xc4") << false;
}

void MimeStreamTest::utf8Validator()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    // Fed whole, and cut at every point: the answer never depends on the blocks.
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        Utf8Validator validator;
        validator.feed(bytes.constData(), cut);
        validator.feed(bytes.constData() + cut, bytes.size() - cut);
        QVERIFY2(validator.isComplete() == valid, qPrintable(u"cut at %1"_s.arg(cut)));
    }
    QStringDecoder whole(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless); // an independent check
    const QString decoded = whole(bytes);
    QCOMPARE(!whole.hasError(), valid);
}

// A text attachment gets charset=utf-8 when the whole file is UTF-8 (read in 64 KiB blocks up
// to 16 MiB), and no charset otherwise: Python's email package reads the label back.
void MimeStreamTest::textAttachmentCharset_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("charset"); // empty: no charset parameter
    const QByteArray chinese = u"这是一个中文文本文件。\n第二行 — café 😀\n"_s.toUtf8();
    QTest::newRow("utf-8 .txt") << u"notes.txt"_s << chinese << u"utf-8"_s;
    QTest::newRow("ascii .csv") << u"table.csv"_s << QByteArray("a,b\r\n1,2\r\n") << u"utf-8"_s;
    QTest::newRow("latin-1 .txt") << u"latin.txt"_s << QByteArray("caf\xe9 cr\xe8me\n") << QString();
    QTest::newRow("gbk .txt") << u"gbk.txt"_s << QByteArray("\xd6\xd0\xce\xc4\n") << QString();
    // A three-byte character across the first 64 KiB block boundary: still UTF-8.
    QByteArray straddling(64 * 1024 - 1, 'a');
    straddling += u"中"_s.toUtf8() + "\n";
    QTest::newRow("character across a block boundary") << u"straddle.txt"_s << straddling << u"utf-8"_s;
    // Valid for the first block, one bad byte far into the file: the whole file is checked.
    QByteArray lateError = QByteArray(3 * 1024 * 1024, 'b') + "\xff\n";
    QTest::newRow("bad byte after 3 MiB") << u"late.txt"_s << lateError << QString();
    QTest::newRow("cut sequence at the end") << u"cut.txt"_s << QByteArray("abc \xe4\xb8") << QString();
    QByteArray big(16 * 1024 * 1024 + 1, 'c');
    QTest::newRow("over 16 MiB: no guess") << u"big.txt"_s << big << QString();
    QTest::newRow("binary is not text") << u"data.bin"_s << QByteArray("\x01\x02\x03") << QString();
}

void MimeStreamTest::textAttachmentCharset()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, charset);
    for (const bool inMemory : { false, true }) {
        Attachment attachment;
        if (inMemory) {
            attachment.data = content;
            attachment.fileName = name;
        } else {
            attachment.filePath = writeFile(name, content);
        }
        Message m = m_base;
        m.plainBody = u"See attached."_s;
        m.attachments = { attachment };
        const MimeBuild build = MessageBuilder::build(m);
        QVERIFY2(build.ok(), qPrintable(build.error));
        const QByteArray eml = build.stream->readAll();
        QJsonObject entry {
            { u"sha256"_s, QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) },
            { u"charset"_s, charset.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(charset) }
        };
        if (!charset.isEmpty())
            entry[u"text"_s] = QString::fromUtf8(content);
        QJsonObject expectation { { u"attachments"_s, QJsonArray { entry } } };
        runChecker(eml, expectation, QString::fromUtf8(QTest::currentDataTag()) + (inMemory ? u" data"_s : u" file"_s));
    }
}

QTEST_GUILESS_MAIN(MimeStreamTest)
#include "MimeStreamTest.moc"
