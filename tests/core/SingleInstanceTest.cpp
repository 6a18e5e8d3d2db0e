#include "instance/SingleInstance.h"

#include <QFile>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace InstanceProtocol;

namespace {

// A socket file nobody listens on, as a crashed Mailwright leaves it.
bool makeStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    std::strncpy(address.sun_path, name.constData(), sizeof(address.sun_path) - 1);
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd); // the file stays
    return bound && QFile::exists(path);
}

// A stand-in for a running instance that answers every request with these bytes (or nothing).
class FakeInstance : public QLocalServer
{
public:
    explicit FakeInstance(const QByteArray &answer)
        : m_answer(answer)
    {
        connect(this, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = nextPendingConnection()) {
                connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_answer.isEmpty())
                        socket->write(m_answer);
                });
            }
        });
    }
    QByteArray received() const { return m_received; }

private:
    QByteArray m_answer;
    QByteArray m_received;
};

QByteArray frameOf(const QByteArray &json)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(quint32(json.size()), bytes.data());
    return bytes + json;
}

} // namespace

class SingleInstanceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstLaunchBecomesTheInstance();
    void laterLaunchHandsItsRequestOver();
    void socketLeftByACrashIsReplaced();
    void launchesAtOnceMakeOneInstance();
    void anotherVersionRefusesWithASentence();
    void silentInstanceIsReported();
    void closingInstanceIsReplaced();
    void oversizedAndIdleConnectionsAreDropped();
    void describeOnlyWhenEnabled();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void SingleInstanceTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"instance.socket"_s);
}

void SingleInstanceTest::firstLaunchBecomesTheInstance()
{
    SingleInstance instance(m_path);
    QSignalSpy primary(&instance, &SingleInstance::becamePrimary);
    QSignalSpy failed(&instance, &SingleInstance::failed);
    instance.start({});
    QCOMPARE(primary.count(), 0); // never from inside start()
    QVERIFY(primary.wait(5000));
    QVERIFY(instance.isPrimary());
    QVERIFY(failed.isEmpty());
    QVERIFY(QFile::exists(m_path));
    QVERIFY(!QFile::exists(m_path + u".lock"_s)); // held only while deciding
}

void SingleInstanceTest::laterLaunchHandsItsRequestOver()
{
    SingleInstance first(m_path);
    QSignalSpy primary(&first, &SingleInstance::becamePrimary);
    QSignalSpy received(&first, &SingleInstance::requestReceived);
    first.start({});
    QVERIFY(primary.wait(5000));

    const Request request { Kind::Compose, u"mailto:bob@example.org?subject=Hi"_s, { u"/tmp/report.pdf"_s } };
    SingleInstance second(m_path);
    QSignalSpy handedOver(&second, &SingleInstance::handedOver);
    QSignalSpy secondPrimary(&second, &SingleInstance::becamePrimary);
    second.start(request);
    QVERIFY(handedOver.wait(5000));
    QVERIFY(secondPrimary.isEmpty());
    QVERIFY(!second.isPrimary());
    // The request was delivered before the launch heard back.
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.constFirst().constFirst().value<Request>(), request);
}

void SingleInstanceTest::socketLeftByACrashIsReplaced()
{
    QVERIFY(makeStaleSocket(m_path));
    QLocalSocket probe;
    probe.connectToServer(m_path);
    QCOMPARE(probe.error(), QLocalSocket::ConnectionRefusedError); // nobody answers on it

    SingleInstance instance(m_path);
    QSignalSpy primary(&instance, &SingleInstance::becamePrimary);
    QSignalSpy failed(&instance, &SingleInstance::failed);
    instance.start({});
    QVERIFY(primary.wait(5000));
    QVERIFY(failed.isEmpty());

    // It really listens there now: a later launch reaches it.
    SingleInstance later(m_path);
    QSignalSpy handedOver(&later, &SingleInstance::handedOver);
    later.start({});
    QVERIFY(handedOver.wait(5000));
}

void SingleInstanceTest::launchesAtOnceMakeOneInstance()
{
    std::vector<std::unique_ptr<SingleInstance>> launches;
    QList<std::shared_ptr<QSignalSpy>> primaries;
    QList<std::shared_ptr<QSignalSpy>> handovers;
    for (int i = 0; i < 4; ++i) {
        launches.push_back(std::make_unique<SingleInstance>(m_path));
        primaries << std::make_shared<QSignalSpy>(launches.back().get(), &SingleInstance::becamePrimary);
        handovers << std::make_shared<QSignalSpy>(launches.back().get(), &SingleInstance::handedOver);
    }
    for (const auto &launch : launches)
        launch->start({ Kind::Compose, u"mailto:a@x.org"_s, {} });
    const auto decided = [&] {
        int count = 0;
        for (int i = 0; i < 4; ++i)
            count += primaries.at(i)->count() + handovers.at(i)->count();
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(decided(), 4, 10000);
    int primaryCount = 0;
    for (const auto &spy : primaries)
        primaryCount += spy->count();
    QCOMPARE(primaryCount, 1);
}

void SingleInstanceTest::anotherVersionRefusesWithASentence()
{
    FakeInstance newer(frameOf(R"({"version":7,"ok":false,"error":"This Mailwright is newer."})"));
    QVERIFY(newer.listen(m_path));
    SingleInstance launch(m_path);
    QSignalSpy failed(&launch, &SingleInstance::failed);
    launch.start({ Kind::Compose, u"mailto:a@x.org"_s, {} });
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.constFirst().constFirst().toString(), u"This Mailwright is newer."_s);
    // What it was sent is a version-1 request, whole.
    FrameReader reader;
    reader.append(newer.received());
    QByteArray payload;
    QCOMPARE(reader.next(&payload), FrameReader::Status::Frame);
    QCOMPARE(decodeRequest(payload).request.mailto, u"mailto:a@x.org"_s);
}

void SingleInstanceTest::silentInstanceIsReported()
{
    FakeInstance silent { QByteArray() };
    QVERIFY(silent.listen(m_path));
    SingleInstance launch(m_path);
    launch.setReplyTimeout(std::chrono::milliseconds(200));
    QSignalSpy failed(&launch, &SingleInstance::failed);
    QSignalSpy primary(&launch, &SingleInstance::becamePrimary);
    launch.start({});
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.constFirst().constFirst().toString().contains(u"did not answer"_s),
        qPrintable(failed.constFirst().constFirst().toString()));
    QVERIFY(primary.isEmpty()); // a hung instance is not replaced: two would share the stores
}

void SingleInstanceTest::closingInstanceIsReplaced()
{
    // An instance that hangs up without answering (its last window was just closed) and is gone
    // by the second try: the launch becomes the instance.
    auto closing = std::make_unique<QLocalServer>();
    QVERIFY(closing->listen(m_path));
    connect(closing.get(), &QLocalServer::newConnection, this, [&closing] {
        QLocalSocket *socket = closing->nextPendingConnection();
        socket->abort();
        closing->close(); // removes the socket file
    });
    SingleInstance launch(m_path);
    QSignalSpy primary(&launch, &SingleInstance::becamePrimary);
    QSignalSpy failed(&launch, &SingleInstance::failed);
    launch.start({});
    QVERIFY(primary.wait(5000));
    QVERIFY(failed.isEmpty());
}

void SingleInstanceTest::oversizedAndIdleConnectionsAreDropped()
{
    SingleInstance instance(m_path);
    instance.setRequestTimeout(std::chrono::milliseconds(200));
    QSignalSpy primary(&instance, &SingleInstance::becamePrimary);
    QSignalSpy received(&instance, &SingleInstance::requestReceived);
    instance.start({});
    QVERIFY(primary.wait(5000));

    QLocalSocket oversized;
    oversized.connectToServer(m_path);
    QVERIFY(oversized.waitForConnected(5000));
    QByteArray length(4, Qt::Uninitialized);
    qToBigEndian(maxFrameBytes + 1, length.data());
    oversized.write(length);
    QSignalSpy oversizedGone(&oversized, &QLocalSocket::disconnected);
    QVERIFY(oversizedGone.wait(5000));
    FrameReader reader;
    reader.append(oversized.readAll());
    QByteArray payload;
    QCOMPARE(reader.next(&payload), FrameReader::Status::Frame);
    const ReplyDecode refusal = decodeReply(payload);
    QVERIFY(refusal.ok());
    QVERIFY(!refusal.reply.ok);
    QVERIFY(refusal.reply.error.contains(u"too large"_s));

    QLocalSocket idle;
    idle.connectToServer(m_path);
    QVERIFY(idle.waitForConnected(5000));
    idle.write(QByteArray("\0\0", 2)); // half a length, then nothing
    QSignalSpy idleGone(&idle, &QLocalSocket::disconnected);
    QVERIFY(idleGone.wait(5000));
    QVERIFY(received.isEmpty());
}

void SingleInstanceTest::describeOnlyWhenEnabled()
{
    SingleInstance instance(m_path);
    QSignalSpy primary(&instance, &SingleInstance::becamePrimary);
    instance.start({});
    QVERIFY(primary.wait(5000));

    const auto describe = [this] {
        QLocalSocket socket;
        socket.connectToServer(m_path);
        if (!socket.waitForConnected(5000))
            return ReplyDecode { {}, u"no connection"_s };
        socket.write(encode(Request { Kind::Describe, {}, {} }));
        FrameReader reader;
        QByteArray payload;
        while (reader.next(&payload) != FrameReader::Status::Frame) {
            QSignalSpy ready(&socket, &QLocalSocket::readyRead);
            if (!socket.bytesAvailable() && !ready.wait(5000))
                return ReplyDecode { {}, u"no answer"_s };
            reader.append(socket.readAll());
        }
        return decodeReply(payload);
    };
    const ReplyDecode refused = describe();
    QVERIFY2(refused.ok(), qPrintable(refused.error));
    QVERIFY(!refused.reply.ok);
    QVERIFY(refused.reply.error.contains(u"MAILWRIGHT_TEST_HOOKS"_s));

    instance.setDescriber([] { return QJsonArray { QJsonObject { { u"subject"_s, u"Hi"_s } } }; });
    const ReplyDecode described = describe();
    QVERIFY2(described.ok(), qPrintable(described.error));
    QVERIFY(described.reply.ok);
    QCOMPARE(described.reply.windows.at(0).toObject().value(u"subject"_s).toString(), u"Hi"_s);
}

QTEST_GUILESS_MAIN(SingleInstanceTest)
#include "SingleInstanceTest.moc"
