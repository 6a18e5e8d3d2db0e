#include "account/KeychainSecretStore.h"
#include "account/MemorySecretStore.h"

#include <QProcess>
#include <QTest>
#include <QUuid>
#include <optional>

using namespace Qt::StringLiterals;

// Secrets: the memory store always; the keychain against a real gnome-keyring when run through
// tests/support/with-keyring.sh (MAILWRIGHT_TEST_KEYRING=1), and the no-keychain path when
// CMake points the D-Bus session at nowhere (MAILWRIGHT_TEST_NO_KEYCHAIN=1).
class SecretStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryRoundTrip();
    void answersAreNeverSynchronous();
    void destroyedContextDropsAnswer();
    void noKeychainIsReportedUnavailable();
    void keychainRoundTrip();

private:
    // Runs one request and waits for its answer on the event loop (QTRY: no nested exec()).
    template<typename Start> static std::optional<SecretResult> await(Start start, int timeoutMs = 30000);
};

template<typename Start> std::optional<SecretResult> SecretStoreTest::await(Start start, int timeoutMs)
{
    std::optional<SecretResult> answer;
    QObject context;
    start(&context, [&answer](const SecretResult &r) { answer = r; });
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, timeoutMs); // nullopt says it timed out
    return answer;
}

void SecretStoreTest::memoryRoundTrip()
{
    MemorySecretStore store;
    const QString key = u"profile/abc"_s;
    auto r = await([&](QObject *c, auto done) { store.read(key, c, done); });
    QVERIFY(r);
    QCOMPARE(r->status, SecretResult::Status::NotFound);

    r = await([&](QObject *c, auto done) { store.write(key, u"pä$$wörd 密码"_s, c, done); });
    QVERIFY(r && r->ok());
    r = await([&](QObject *c, auto done) { store.read(key, c, done); });
    QVERIFY(r && r->ok());
    QCOMPARE(r->secret, u"pä$$wörd 密码"_s);
    QCOMPARE(r->key, key);

    r = await([&](QObject *c, auto done) { store.remove(key, c, done); });
    QVERIFY(r && r->ok());
    r = await([&](QObject *c, auto done) { store.read(key, c, done); });
    QCOMPARE(r->status, SecretResult::Status::NotFound);
    r = await([&](QObject *c, auto done) { store.remove(key, c, done); });
    QCOMPARE(r->status, SecretResult::Status::NotFound);

    r = await([&](QObject *c, auto done) { store.checkAvailable(c, done); });
    QVERIFY(r && r->ok());
}

void SecretStoreTest::answersAreNeverSynchronous()
{
    MemorySecretStore store;
    bool answered = false;
    store.write(u"k"_s, u"v"_s, nullptr, [&](const SecretResult &) { answered = true; });
    QVERIFY(!answered); // the caller can finish its own set-up first
    QTRY_VERIFY(answered);
}

void SecretStoreTest::destroyedContextDropsAnswer()
{
    MemorySecretStore store;
    bool answered = false;
    auto *context = new QObject;
    store.read(u"k"_s, context, [&](const SecretResult &) { answered = true; });
    delete context; // e.g. the dialog that asked was closed
    bool other = false;
    store.read(u"k"_s, nullptr, [&](const SecretResult &) { other = true; });
    QTRY_VERIFY(other); // answers come in order: the first one has had its turn
    QVERIFY(!answered);
}

void SecretStoreTest::noKeychainIsReportedUnavailable()
{
    if (qEnvironmentVariable("MAILWRIGHT_TEST_NO_KEYCHAIN") != u"1"_s)
        QSKIP("runs as SecretStoreTest with a dead D-Bus address set by CMake");
    KeychainSecretStore keychain(u"Mailwright-test"_s, nullptr);
    auto r = await([&](QObject *c, auto done) { keychain.checkAvailable(c, done); });
    QVERIFY2(r, "the keychain store never answered");
    QVERIFY2(r->status == SecretResult::Status::Unavailable, qPrintable(r->errorText));
    qInfo("no keychain: %s", qPrintable(r->errorText));

    r = await([&](QObject *c, auto done) { keychain.write(u"profile/x"_s, u"secret"_s, c, done); });
    QVERIFY(r);
    QCOMPARE(r->status, SecretResult::Status::Unavailable);
    r = await([&](QObject *c, auto done) { keychain.read(u"profile/x"_s, c, done); });
    QVERIFY(r);
    QCOMPARE(r->status, SecretResult::Status::Unavailable);

    // The fallback the UI takes: the password asked for is kept in memory for this run.
    MemorySecretStore memory;
    r = await([&](QObject *c, auto done) { memory.write(u"profile/x"_s, u"typed"_s, c, done); });
    QVERIFY(r && r->ok());
    r = await([&](QObject *c, auto done) { memory.read(u"profile/x"_s, c, done); });
    QCOMPARE(r->secret, u"typed"_s);
}

void SecretStoreTest::keychainRoundTrip()
{
    if (qEnvironmentVariable("MAILWRIGHT_TEST_KEYRING") != u"1"_s)
        QSKIP("needs a private gnome-keyring: ctest runs it as SecretStoreKeyringTest via with-keyring.sh");
    const QString service = u"Mailwright-test"_s;
    KeychainSecretStore keychain(service, nullptr);
    QCOMPARE(KeychainSecretStore().serviceName(), u"Mailwright"_s);
    const QString key = u"profile/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    auto r = await([&](QObject *c, auto done) { keychain.checkAvailable(c, done); });
    QVERIFY(r);
    QVERIFY2(r->ok(), qPrintable(r->errorText));

    r = await([&](QObject *c, auto done) { keychain.read(key, c, done); });
    QCOMPARE(r->status, SecretResult::Status::NotFound);

    r = await([&](QObject *c, auto done) { keychain.write(key, u"first"_s, c, done); });
    QVERIFY2(r && r->ok(), r ? qPrintable(r->errorText) : "no answer");
    r = await([&](QObject *c, auto done) { keychain.write(key, u"pä$$wörd 密码"_s, c, done); });
    QVERIFY2(r && r->ok(), r ? qPrintable(r->errorText) : "no answer");
    r = await([&](QObject *c, auto done) { keychain.read(key, c, done); });
    QVERIFY2(r && r->ok(), r ? qPrintable(r->errorText) : "no answer");
    QCOMPARE(r->secret, u"pä$$wörd 密码"_s);

    // It really is in gnome-keyring, not in some fallback file: ask the keyring directly.
    QProcess secretTool;
    secretTool.start(u"secret-tool"_s, { u"search"_s, u"--all"_s, u"user"_s, key });
    QTRY_COMPARE_WITH_TIMEOUT(secretTool.state(), QProcess::NotRunning, 30000);
    const QString listing = QString::fromUtf8(secretTool.readAllStandardOutput());
    QVERIFY2(listing.contains(service), qPrintable(listing + QString::fromUtf8(secretTool.readAllStandardError())));

    r = await([&](QObject *c, auto done) { keychain.remove(key, c, done); });
    QVERIFY2(r && r->ok(), r ? qPrintable(r->errorText) : "no answer");
    r = await([&](QObject *c, auto done) { keychain.read(key, c, done); });
    QCOMPARE(r->status, SecretResult::Status::NotFound);
}

QTEST_GUILESS_MAIN(SecretStoreTest)
#include "SecretStoreTest.moc"
