#include "instance/InstanceProtocol.h"
#include "mailto/MailtoLink.h"

#include <QJsonObject>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace InstanceProtocol;

namespace {

QByteArray payloadOf(const QByteArray &frame)
{
    FrameReader reader;
    reader.append(frame);
    QByteArray payload;
    if (reader.next(&payload) != FrameReader::Status::Frame)
        return {};
    return payload;
}

QByteArray lengthPrefix(quint32 length)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(length, bytes.data());
    return bytes;
}

} // namespace

class InstanceProtocolTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestRoundTrip_data();
    void requestRoundTrip();
    void requestRefused_data();
    void requestRefused();
    void replyRoundTrip();
    void replyFromAnotherVersion_data();
    void replyFromAnotherVersion();
    void framesSplitAnywhere();
    void framesBackToBack();
    void oversizedLengthIsRefusedAtOnce();
    void boundsAreChecked_data();
    void boundsAreChecked();
    void largestRequestFitsOneFrame();
};

void InstanceProtocolTest::requestRoundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mailto");
    QTest::addColumn<QStringList>("attach");
    QTest::newRow("a new message") << int(Kind::Compose) << QString() << QStringList {};
    QTest::newRow("a link") << int(Kind::Compose) << u"mailto:a@x.org?subject=%E4%BD%A0"_s << QStringList {};
    QTest::newRow("files") << int(Kind::Compose) << QString() << QStringList { u"/tmp/a b.pdf"_s, u"/tmp/报告.txt"_s };
    QTest::newRow("a link and files") << int(Kind::Compose) << u"mailto:?attach=/tmp/x"_s
                                      << QStringList { u"/tmp/\"quoted\"\n.txt"_s };
    QTest::newRow("describe") << int(Kind::Describe) << QString() << QStringList {};
}

void InstanceProtocolTest::requestRoundTrip()
{
    QFETCH(int, kind);
    QFETCH(QString, mailto);
    QFETCH(QStringList, attach);
    const Request request { Kind(kind), mailto, attach };
    const QByteArray frame = encode(request);
    QCOMPARE(qFromBigEndian<quint32>(frame.constData()), quint32(frame.size() - 4));
    const RequestDecode decoded = decodeRequest(payloadOf(frame));
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.request, request);
}

void InstanceProtocolTest::requestRefused_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("error"); // a word of the sentence

    const QString unreadable = u"cannot read"_s;
    QTest::newRow("not JSON") << QByteArray("mailto:a@x.org") << unreadable;
    QTest::newRow("empty") << QByteArray() << unreadable;
    QTest::newRow("an array") << QByteArray("[1]") << unreadable;
    QTest::newRow("no version") << QByteArray(R"({"kind":"compose"})") << unreadable;
    QTest::newRow("version as text") << QByteArray(R"({"version":"1","kind":"compose"})") << unreadable;
    QTest::newRow("another version") << QByteArray(R"({"version":2,"kind":"compose"})") << u"protocol 2"_s;
    QTest::newRow("unknown kind") << QByteArray(R"({"version":1,"kind":"delete-everything"})") << unreadable;
    QTest::newRow("no kind") << QByteArray(R"({"version":1})") << unreadable;
    QTest::newRow("link as a number") << QByteArray(R"({"version":1,"kind":"compose","mailto":5})") << unreadable;
    QTest::newRow("files as text") << QByteArray(R"({"version":1,"kind":"compose","attach":"/etc/passwd"})")
                                   << unreadable;
    QTest::newRow("a file as a number") << QByteArray(R"({"version":1,"kind":"compose","attach":[1]})") << unreadable;
    QTest::newRow("an empty file name") << QByteArray(R"({"version":1,"kind":"compose","attach":[""]})") << unreadable;
    QByteArray manyFiles = R"({"version":1,"kind":"compose","attach":[)";
    for (int i = 0; i <= maxAttachFiles; ++i)
        manyFiles += (i ? "," : "") + QByteArray("\"/tmp/f\"");
    QTest::newRow("too many files") << manyFiles + "]}" << u"too large"_s;
    QTest::newRow("a path too long") << R"({"version":1,"kind":"compose","attach":["/)" + QByteArray(maxPathLength, 'p')
            + "\"]}" << u"too large"_s;
    QTest::newRow("a link too long") << R"({"version":1,"kind":"compose","mailto":"mailto:?body=)"
            + QByteArray(MailtoLink::maxLength, 'b')
            + "\"}" << u"too large"_s;
}

void InstanceProtocolTest::requestRefused()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, error);
    const RequestDecode decoded = decodeRequest(payload);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error.contains(error), qPrintable(decoded.error));
}

void InstanceProtocolTest::replyRoundTrip()
{
    const ReplyDecode accepted = decodeReply(payloadOf(encode(Reply { true, {}, {} })));
    QVERIFY(accepted.ok());
    QVERIFY(accepted.reply.ok);

    const ReplyDecode refused = decodeReply(payloadOf(encode(Reply { false, u"No, because."_s, {} })));
    QVERIFY(refused.ok());
    QVERIFY(!refused.reply.ok);
    QCOMPARE(refused.reply.error, u"No, because."_s);

    const QJsonArray windows { QJsonObject { { u"subject"_s, u"Hi"_s } } };
    const ReplyDecode described = decodeReply(payloadOf(encode(Reply { true, {}, windows })));
    QVERIFY(described.ok());
    QCOMPARE(described.reply.windows, windows);
}

void InstanceProtocolTest::replyFromAnotherVersion_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("error");
    // "ok" and "error" mean the same in every version: a newer instance's refusal is shown as is.
    QTest::newRow("a refusal we can read")
        << QByteArray(R"({"version":3,"ok":false,"error":"Too old."})") << true << u"Too old."_s;
    QTest::newRow("an acceptance from another version")
        << QByteArray(R"({"version":3,"ok":true})") << false << u"protocol 3"_s;
    QTest::newRow("no ok") << QByteArray(R"({"version":1})") << false << u"cannot read"_s;
    QTest::newRow("a refusal without a reason")
        << QByteArray(R"({"version":1,"ok":false})") << false << u"cannot read"_s;
    QTest::newRow("not JSON") << QByteArray("OK") << false << u"cannot read"_s;
}

void InstanceProtocolTest::replyFromAnotherVersion()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, readable);
    QFETCH(QString, error);
    const ReplyDecode decoded = decodeReply(payload);
    QCOMPARE(decoded.ok(), readable);
    const QString said = readable ? decoded.reply.error : decoded.error;
    QVERIFY2(said.contains(error), qPrintable(said));
    if (readable)
        QVERIFY(!decoded.reply.ok);
}

void InstanceProtocolTest::framesSplitAnywhere()
{
    const Request request { Kind::Compose, u"mailto:a@x.org"_s, { u"/tmp/f"_s } };
    const QByteArray frame = encode(request);
    for (qsizetype cut = 0; cut <= frame.size(); ++cut) {
        FrameReader reader;
        QByteArray payload;
        reader.append(frame.left(cut));
        if (cut < frame.size()) {
            QCOMPARE(reader.next(&payload), FrameReader::Status::NeedMore);
            reader.append(frame.mid(cut));
        }
        QCOMPARE(reader.next(&payload), FrameReader::Status::Frame);
        QCOMPARE(decodeRequest(payload).request, request);
        QCOMPARE(reader.buffered(), 0);
    }
}

void InstanceProtocolTest::framesBackToBack()
{
    FrameReader reader;
    reader.append(encode(Request { Kind::Describe, {}, {} }) + encode(Request { Kind::Compose, u"mailto:"_s, {} }));
    QByteArray first;
    QByteArray second;
    QCOMPARE(reader.next(&first), FrameReader::Status::Frame);
    QCOMPARE(reader.next(&second), FrameReader::Status::Frame);
    QCOMPARE(decodeRequest(first).request.kind, Kind::Describe);
    QCOMPARE(decodeRequest(second).request.mailto, u"mailto:"_s);
    QCOMPARE(reader.next(&second), FrameReader::Status::NeedMore);
}

void InstanceProtocolTest::oversizedLengthIsRefusedAtOnce()
{
    FrameReader reader;
    QByteArray payload;
    reader.append(lengthPrefix(maxFrameBytes));
    QCOMPARE(reader.next(&payload), FrameReader::Status::NeedMore); // the largest allowed: waits
    FrameReader tooLarge;
    tooLarge.append(lengthPrefix(maxFrameBytes + 1));
    QCOMPARE(tooLarge.next(&payload), FrameReader::Status::TooLarge); // known before any payload
    FrameReader huge;
    huge.append(lengthPrefix(0xffffffffu));
    QCOMPARE(huge.next(&payload), FrameReader::Status::TooLarge);
}

void InstanceProtocolTest::boundsAreChecked_data()
{
    QTest::addColumn<QString>("mailto");
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("pathLength");
    QTest::addColumn<bool>("within");
    QTest::newRow("largest link") << u"mailto:"_s + QString(MailtoLink::maxLength - 7, u'a') << 0 << 0 << true;
    QTest::newRow("link one too long") << u"mailto:"_s + QString(MailtoLink::maxLength - 6, u'a') << 0 << 0 << false;
    QTest::newRow("most files") << QString() << maxAttachFiles << 10 << true;
    QTest::newRow("one file too many") << QString() << maxAttachFiles + 1 << 10 << false;
    QTest::newRow("longest path") << QString() << 1 << int(maxPathLength) << true;
    QTest::newRow("path one too long") << QString() << 1 << int(maxPathLength + 1) << false;
}

void InstanceProtocolTest::boundsAreChecked()
{
    QFETCH(QString, mailto);
    QFETCH(int, files);
    QFETCH(int, pathLength);
    QFETCH(bool, within);
    Request request { Kind::Compose, mailto, {} };
    for (int i = 0; i < files; ++i)
        request.attachFiles << u"/"_s + QString(pathLength - 1, u'p');
    QCOMPARE(checkBounds(request).isEmpty(), within);
}

void InstanceProtocolTest::largestRequestFitsOneFrame()
{
    // Every bound reached, in characters JSON writes at their longest ("\u0001").
    Request request { Kind::Compose, QString(MailtoLink::maxLength, QChar(1)), {} };
    for (int i = 0; i < maxAttachFiles; ++i)
        request.attachFiles << QString(maxPathLength, QChar(1));
    QVERIFY(checkBounds(request).isEmpty());
    const QByteArray frame = encode(request);
    QVERIFY(frame.size() - 4 <= qsizetype(maxFrameBytes));
    QCOMPARE(decodeRequest(payloadOf(frame)).request, request);
}

QTEST_GUILESS_MAIN(InstanceProtocolTest)
#include "InstanceProtocolTest.moc"
