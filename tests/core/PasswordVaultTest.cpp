#include "account/MemorySecretStore.h"
#include "account/PasswordVault.h"
#include "account/ProfileStore.h"

#include "UnavailableSecretStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

template<typename Result, typename Start> std::optional<Result> await(Start start)
{
    std::optional<Result> answer;
    QObject context;
    start(&context, [&answer](const Result &r) { answer = r; });
    (void)QTest::qWaitFor([&] { return answer.has_value(); }, 10000);
    return answer;
}

} // namespace

// PasswordVault: where passwords are looked for and stored — keychain, memory-only fallback,
// and the settings-file opt-in — with the keychain played by MemorySecretStore or one that is
// unavailable. The real keychain is covered by SecretStoreKeyringTest.
class PasswordVaultTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void keychainRoundTrip();
    void noKeychainKeepsPasswordInMemoryOnly();
    void settingsFileOptIn();
    void forgetRemovesEverywhere();
    void copyForDuplicate();
    void answersAreNeverSynchronous();

private:
    AccountProfile savedProfile(const QString &name, AccountProfile::PasswordStorage storage);
    std::optional<PasswordLookup> lookup(PasswordVault &vault, const AccountProfile &profile);
    std::optional<PasswordStoreResult> store(PasswordVault &vault, const AccountProfile &profile, const QString &pw);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
};

void PasswordVaultTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(u"profiles.ini"_s));
}

AccountProfile PasswordVaultTest::savedProfile(const QString &name, AccountProfile::PasswordStorage storage)
{
    AccountProfile profile;
    profile.name = name;
    profile.senderAddress = u"me@example.org"_s;
    profile.host = u"smtp.example.org"_s;
    profile.user = u"me"_s;
    profile.passwordStorage = storage;
    const ProfileStoreResult saved = m_profiles->save(profile);
    if (!saved.ok())
        qWarning("%s", qPrintable(saved.error));
    return saved.profile;
}

std::optional<PasswordLookup> PasswordVaultTest::lookup(PasswordVault &vault, const AccountProfile &profile)
{
    return await<PasswordLookup>([&](QObject *c, auto done) { vault.lookup(profile, c, done); });
}

std::optional<PasswordStoreResult> PasswordVaultTest::store(
    PasswordVault &vault, const AccountProfile &profile, const QString &pw)
{
    return await<PasswordStoreResult>([&](QObject *c, auto done) { vault.store(profile, pw, c, done); });
}

void PasswordVaultTest::keychainRoundTrip()
{
    MemorySecretStore keychain;
    PasswordVault vault(&keychain, m_profiles.get());
    const AccountProfile work = savedProfile(u"Work"_s, AccountProfile::PasswordStorage::Keychain);

    auto found = lookup(vault, work);
    QVERIFY(found);
    QVERIFY(!found->found());
    QVERIFY(found->keychainUsable());

    const auto stored = store(vault, work, u"s3cret 密码"_s);
    QVERIFY(stored);
    QVERIFY2(stored->ok(), qPrintable(stored->message));
    QCOMPARE(stored->storedIn, PasswordLookup::Source::Keychain);

    found = lookup(vault, work);
    QCOMPARE(found->source, PasswordLookup::Source::Keychain);
    QCOMPARE(found->secret, u"s3cret 密码"_s);
    // The settings file never holds a keychain profile's password.
    QFile ini(m_profiles->filePath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("s3cret"));
}

void PasswordVaultTest::noKeychainKeepsPasswordInMemoryOnly()
{
    UnavailableSecretStore keychain;
    const AccountProfile work = savedProfile(u"Work"_s, AccountProfile::PasswordStorage::Keychain);
    {
        PasswordVault vault(&keychain, m_profiles.get());
        auto found = lookup(vault, work);
        QVERIFY(found);
        QVERIFY(!found->found());
        QCOMPARE(found->keychainStatus, SecretResult::Status::Unavailable);
        QVERIFY(!found->keychainUsable());
        QVERIFY(found->keychainError.contains(u"Secret.Service"_s));

        const auto stored = store(vault, work, u"typed"_s);
        QVERIFY(stored);
        QVERIFY(!stored->ok());
        QCOMPARE(stored->storedIn, PasswordLookup::Source::Memory);
        QVERIFY(stored->message.contains(u"until Mailwright quits"_s));

        found = lookup(vault, work);
        QCOMPARE(found->source, PasswordLookup::Source::Memory);
        QCOMPARE(found->secret, u"typed"_s);

        vault.forgetForSession(work); // e.g. the server refused it
        QVERIFY(!lookup(vault, work)->found());
        vault.keepForSession(work, u"again"_s);
        QCOMPARE(lookup(vault, work)->secret, u"again"_s);
    }
    // A new process (vault) knows nothing, and nothing was written to the settings file.
    PasswordVault next(&keychain, m_profiles.get());
    QVERIFY(!lookup(next, work)->found());
    QFile ini(m_profiles->filePath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray content = ini.readAll();
    QVERIFY(!content.contains("typed"));
    QVERIFY(!content.contains("again"));
}

void PasswordVaultTest::settingsFileOptIn()
{
    MemorySecretStore keychain;
    PasswordVault vault(&keychain, m_profiles.get());
    AccountProfile home = savedProfile(u"Home"_s, AccountProfile::PasswordStorage::Keychain);
    QVERIFY(store(vault, home, u"in keychain"_s)->ok());

    home.passwordStorage = AccountProfile::PasswordStorage::SettingsFile;
    QVERIFY(m_profiles->save(home).ok());
    const auto stored = store(vault, home, u"in file"_s);
    QVERIFY2(stored->ok(), qPrintable(stored->message));
    QCOMPARE(stored->storedIn, PasswordLookup::Source::SettingsFile);
    QCOMPARE(m_profiles->settingsFilePassword(u"Home"_s), u"in file"_s);
    const QFile::Permissions mode = QFile::permissions(m_profiles->filePath());
    QVERIFY(mode.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(int(mode & 0x0077), 0); // nothing for group or others

    const auto found = lookup(vault, home);
    QCOMPARE(found->source, PasswordLookup::Source::SettingsFile);
    QCOMPARE(found->secret, u"in file"_s);
    // The keychain copy is removed: one place only.
    QTRY_VERIFY(!await<SecretResult>([&](QObject *c, auto done) { keychain.read(home.secretKey(), c, done); })->ok());
}

void PasswordVaultTest::forgetRemovesEverywhere()
{
    MemorySecretStore keychain;
    PasswordVault vault(&keychain, m_profiles.get());
    const AccountProfile work = savedProfile(u"Work"_s, AccountProfile::PasswordStorage::Keychain);
    const AccountProfile file = savedProfile(u"File"_s, AccountProfile::PasswordStorage::SettingsFile);
    QVERIFY(store(vault, work, u"one"_s)->ok());
    QVERIFY(store(vault, file, u"two"_s)->ok());

    for (const AccountProfile &profile : { work, file }) {
        const auto forgotten
            = await<PasswordStoreResult>([&](QObject *c, auto done) { vault.forget(profile, c, done); });
        QVERIFY(forgotten && forgotten->ok());
        QVERIFY(!lookup(vault, profile)->found());
    }
    QVERIFY(m_profiles->settingsFilePassword(u"File"_s).isEmpty());
}

void PasswordVaultTest::copyForDuplicate()
{
    MemorySecretStore keychain;
    PasswordVault vault(&keychain, m_profiles.get());
    const AccountProfile work = savedProfile(u"Work"_s, AccountProfile::PasswordStorage::Keychain);
    QVERIFY(store(vault, work, u"shared"_s)->ok());
    const ProfileStoreResult copy = m_profiles->duplicate(u"Work"_s, u"Work (2)"_s);
    QVERIFY(copy.ok());
    QVERIFY(copy.profile.secretKey() != work.secretKey());

    const auto copied
        = await<PasswordStoreResult>([&](QObject *c, auto done) { vault.copy(work, copy.profile, c, done); });
    QVERIFY(copied && copied->ok());
    QCOMPARE(lookup(vault, copy.profile)->secret, u"shared"_s);
}

void PasswordVaultTest::answersAreNeverSynchronous()
{
    MemorySecretStore keychain;
    PasswordVault vault(&keychain, m_profiles.get());
    const AccountProfile work = savedProfile(u"Work"_s, AccountProfile::PasswordStorage::Keychain);
    vault.keepForSession(work, u"mem"_s);
    bool answered = false;
    vault.lookup(work, this, [&answered](const PasswordLookup &) { answered = true; });
    QVERIFY(!answered);
    QTRY_VERIFY(answered);

    // A context destroyed before the answer drops it.
    bool late = false;
    auto *context = new QObject;
    vault.lookup(work, context, [&late](const PasswordLookup &) { late = true; });
    delete context;
    QTest::qWait(50);
    QVERIFY(!late);
}

QTEST_GUILESS_MAIN(PasswordVaultTest)
#include "PasswordVaultTest.moc"
