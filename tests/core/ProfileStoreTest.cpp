#include "account/ProfileStore.h"
#include "account/AccountProfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

AccountProfile fullProfile()
{
    AccountProfile p;
    p.name = u"Work / 工作 = [main]"_s; // characters QSettings treats specially
    p.senderName = u"Zhang San"_s;
    p.senderAddress = u"zhang@example.cn"_s;
    p.host = u"smtp.example.cn"_s;
    p.port = 2525;
    p.security = Smtp::Security::Tls;
    p.auth = Smtp::AuthMethod::CramMd5;
    p.user = u"zhang"_s;
    p.ehloName = u"client.example.cn"_s;
    p.timeoutSeconds = 42;
    p.signaturePlain = u"-- \nZhang San\n第二行"_s;
    p.signatureHtml = u"<p>-- <br><b>Zhang San</b></p>"_s;
    p.route = AccountProfile::Route::Direct;
    p.allowPlainTextAuth = true;
    p.trustedFingerprints = { u"aa:bb:cc"_s, u"01:02:03"_s };
    p.oauth.provider = OAuthSettings::Provider::Custom;
    p.oauth.clientId = u"mailwright-client"_s;
    p.oauth.clientSecret = u"not-a-password"_s;
    p.oauth.tenant = u"organizations"_s;
    p.oauth.authorizationUrl = u"https://login.example.cn/authorize"_s;
    p.oauth.tokenUrl = u"https://login.example.cn/token"_s;
    p.oauth.deviceAuthorizationUrl = u"https://login.example.cn/device"_s;
    p.oauth.scopes = u"smtp offline_access"_s;
    p.oauth.account = u"zhang@example.cn"_s;
    p.oauth.signedInAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    return p;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mode_t modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

} // namespace

class ProfileStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup() { QFile::remove(path()); }

    void roundTripEveryField();
    void roundTripEnums_data();
    void roundTripEnums();
    void fileIsOwnerOnly();
    void noPasswordInSettingsFile();
    void settingsFilePasswordIsExplicitOptIn();
    void renameKeepsIdAndDefault();
    void duplicateGetsNewIdAndSecretKey();
    void removeAndDefault();
    void refusesClashingNames();
    void toServerSettings();
    void trustFingerprintNormalises();

private:
    QString path() const { return m_dir.filePath(u"config/profiles.ini"_s); }
    QTemporaryDir m_dir;
};

void ProfileStoreTest::roundTripEveryField()
{
    ProfileStore store(path());
    const ProfileStoreResult saved = store.save(fullProfile());
    QVERIFY2(saved.ok(), qPrintable(saved.error));
    QVERIFY(!saved.profile.id.isEmpty());

    const ProfileStore reopened(path());
    const std::optional<AccountProfile> loaded = reopened.load(fullProfile().name);
    QVERIFY(loaded);
    AccountProfile expected = fullProfile();
    expected.id = saved.profile.id;
    QCOMPARE(loaded->name, expected.name);
    QCOMPARE(loaded->senderName, expected.senderName);
    QCOMPARE(loaded->senderAddress, expected.senderAddress);
    QCOMPARE(loaded->host, expected.host);
    QCOMPARE(loaded->port, expected.port);
    QCOMPARE(loaded->security, expected.security);
    QCOMPARE(loaded->auth, expected.auth);
    QCOMPARE(loaded->user, expected.user);
    QCOMPARE(loaded->ehloName, expected.ehloName);
    QCOMPARE(loaded->timeoutSeconds, expected.timeoutSeconds);
    QCOMPARE(loaded->signaturePlain, expected.signaturePlain);
    QCOMPARE(loaded->signatureHtml, expected.signatureHtml);
    QCOMPARE(loaded->route, expected.route);
    QCOMPARE(loaded->allowPlainTextAuth, expected.allowPlainTextAuth);
    QCOMPARE(loaded->trustedFingerprints, expected.trustedFingerprints);
    QCOMPARE(loaded->passwordStorage, expected.passwordStorage);
    QCOMPARE(loaded->oauth.provider, expected.oauth.provider);
    QCOMPARE(loaded->oauth.signedInAt, expected.oauth.signedInAt);
    QVERIFY(loaded->oauth == expected.oauth);
    QVERIFY(*loaded == expected); // and nothing else differs
    QCOMPARE(reopened.names(), QStringList { expected.name });
}

void ProfileStoreTest::roundTripEnums_data()
{
    QTest::addColumn<Smtp::Security>("security");
    QTest::addColumn<Smtp::AuthMethod>("auth");
    QTest::addColumn<AccountProfile::Route>("route");
    QTest::addColumn<AccountProfile::PasswordStorage>("storage");
    using S = Smtp::Security;
    using A = Smtp::AuthMethod;
    using R = AccountProfile::Route;
    using P = AccountProfile::PasswordStorage;
    QTest::newRow("plain, no auth, relay") << S::None << A::None << R::Relay << P::Keychain;
    QTest::newRow("starttls, auto") << S::StartTls << A::Auto << R::Relay << P::Keychain;
    QTest::newRow("tls, plain") << S::Tls << A::Plain << R::Relay << P::SettingsFile;
    QTest::newRow("login") << S::StartTls << A::Login << R::Direct << P::Keychain;
    QTest::newRow("cram-md5") << S::Tls << A::CramMd5 << R::Relay << P::Keychain;
    QTest::newRow("opportunistic, direct") << S::Opportunistic << A::None << R::Direct << P::Keychain;
    QTest::newRow("xoauth2, direct") << S::Tls << A::XOAuth2 << R::Direct << P::SettingsFile;
}

void ProfileStoreTest::roundTripEnums()
{
    QFETCH(Smtp::Security, security);
    QFETCH(Smtp::AuthMethod, auth);
    QFETCH(AccountProfile::Route, route);
    QFETCH(AccountProfile::PasswordStorage, storage);
    AccountProfile p = fullProfile();
    p.security = security;
    p.auth = auth;
    p.route = route;
    p.passwordStorage = storage;
    ProfileStore store(path());
    QVERIFY(store.save(p).ok());
    const std::optional<AccountProfile> loaded = ProfileStore(path()).load(p.name);
    QVERIFY(loaded);
    QCOMPARE(loaded->security, security);
    QCOMPARE(loaded->auth, auth);
    QCOMPARE(loaded->route, route);
    QCOMPARE(loaded->passwordStorage, storage);
}

void ProfileStoreTest::fileIsOwnerOnly()
{
    ProfileStore store(path());
    QVERIFY(!QFile::exists(path()));
    QVERIFY(store.save(fullProfile()).ok());
    QCOMPARE(modeOf(path()), mode_t(0600));
    QCOMPARE(modeOf(m_dir.filePath(u"config"_s)), mode_t(0700));

    // Loosened by someone else: the next write restores owner-only.
    QVERIFY(
        QFile::setPermissions(path(), QFile::permissions(path()) | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    QVERIFY(store.setDefaultProfile(fullProfile().name));
    QCOMPARE(modeOf(path()), mode_t(0600));
    AccountProfile other = fullProfile();
    other.id.clear();
    other.name = u"Other"_s;
    QVERIFY(store.save(other).ok());
    QCOMPARE(modeOf(path()), mode_t(0600));
}

void ProfileStoreTest::noPasswordInSettingsFile()
{
    ProfileStore store(path());
    const ProfileStoreResult saved = store.save(fullProfile());
    QVERIFY(saved.ok());
    QVERIFY(!store.setSettingsFilePassword(fullProfile().name, u"s3cret-Passw0rd"_s).ok()); // not opted in
    const QByteArray bytes = fileBytes(path());
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains("s3cret"));
    QVERIFY(!bytes.toLower().contains("password="));
    QVERIFY(store.settingsFilePassword(fullProfile().name).isEmpty());
    QCOMPARE(saved.profile.secretKey(), u"profile/"_s + saved.profile.id);
}

void ProfileStoreTest::settingsFilePasswordIsExplicitOptIn()
{
    ProfileStore store(path());
    AccountProfile p = fullProfile();
    p.passwordStorage = AccountProfile::PasswordStorage::SettingsFile;
    QVERIFY(store.save(p).ok());
    const ProfileStoreResult stored = store.setSettingsFilePassword(p.name, u"s3cret-Passw0rd"_s);
    QVERIFY2(stored.ok(), qPrintable(stored.error));
    QCOMPARE(ProfileStore(path()).settingsFilePassword(p.name), u"s3cret-Passw0rd"_s);
    QVERIFY(fileBytes(path()).contains("s3cret-Passw0rd"));
    QCOMPARE(modeOf(path()), mode_t(0600));

    // Back to the keychain: the plain-text copy goes at once.
    p = *store.load(p.name);
    p.passwordStorage = AccountProfile::PasswordStorage::Keychain;
    QVERIFY(store.save(p).ok());
    QVERIFY(!fileBytes(path()).contains("s3cret"));
    QVERIFY(store.settingsFilePassword(p.name).isEmpty());
}

void ProfileStoreTest::renameKeepsIdAndDefault()
{
    ProfileStore store(path());
    const ProfileStoreResult saved = store.save(fullProfile());
    QVERIFY(store.setDefaultProfile(fullProfile().name));
    const ProfileStoreResult renamed = store.rename(fullProfile().name, u"Renamed"_s);
    QVERIFY2(renamed.ok(), qPrintable(renamed.error));
    QCOMPARE(renamed.profile.id, saved.profile.id);
    QCOMPARE(store.names(), QStringList { u"Renamed"_s });
    QCOMPARE(store.defaultProfileName(), u"Renamed"_s);
    QVERIFY(!store.rename(u"Missing"_s, u"X"_s).ok());
}

void ProfileStoreTest::duplicateGetsNewIdAndSecretKey()
{
    ProfileStore store(path());
    const ProfileStoreResult saved = store.save(fullProfile());
    const QString copyName = store.uniqueName(fullProfile().name);
    QCOMPARE(copyName, fullProfile().name + u" (2)"_s);
    const ProfileStoreResult copy = store.duplicate(fullProfile().name, copyName);
    QVERIFY2(copy.ok(), qPrintable(copy.error));
    QVERIFY(copy.profile.id != saved.profile.id);
    QVERIFY(copy.profile.secretKey() != saved.profile.secretKey());
    AccountProfile expected = saved.profile;
    expected.id = copy.profile.id;
    expected.name = copyName;
    QVERIFY(*store.load(copyName) == expected);
    QCOMPARE(store.names().size(), 2);
}

void ProfileStoreTest::removeAndDefault()
{
    ProfileStore store(path());
    QCOMPARE(store.defaultProfileName(), QString());
    for (const QString &name : { u"b"_s, u"A"_s, u"c"_s }) {
        AccountProfile p = fullProfile();
        p.name = name;
        QVERIFY(store.save(p).ok());
    }
    QCOMPARE(store.names(), (QStringList { u"A"_s, u"b"_s, u"c"_s }));
    QCOMPARE(store.defaultProfileName(), u"A"_s); // none chosen: the first
    QVERIFY(store.setDefaultProfile(u"c"_s));
    QCOMPARE(ProfileStore(path()).defaultProfileName(), u"c"_s);
    QVERIFY(!store.setDefaultProfile(u"missing"_s));
    QVERIFY(store.remove(u"c"_s));
    QVERIFY(!store.remove(u"c"_s));
    QCOMPARE(store.names(), (QStringList { u"A"_s, u"b"_s }));
    QCOMPARE(store.defaultProfileName(), u"A"_s);
}

void ProfileStoreTest::refusesClashingNames()
{
    ProfileStore store(path());
    QVERIFY(store.save(fullProfile()).ok());
    AccountProfile other = fullProfile(); // no id, same name: replaces (edit by name)
    other.host = u"smtp2.example.cn"_s;
    QVERIFY(store.save(other).ok());
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.load(other.name)->host, u"smtp2.example.cn"_s);

    AccountProfile second = fullProfile();
    second.name = u"Second"_s;
    QVERIFY(store.save(second).ok());
    QVERIFY(!store.rename(u"Second"_s, fullProfile().name).ok());
    QVERIFY(!store.duplicate(u"Second"_s, fullProfile().name).ok());
    AccountProfile clash = *store.load(u"Second"_s);
    clash.name = fullProfile().name; // another profile's name under this id
    QVERIFY(!store.save(clash).ok());
    AccountProfile unnamed;
    QVERIFY(!store.save(unnamed).ok());
}

void ProfileStoreTest::toServerSettings()
{
    AccountProfile p = fullProfile();
    p.oauth = OAuthSettings(); // a password profile
    const ServerSettings s = p.toServerSettings(u"pw"_s);
    QCOMPARE(s.credential, ServerSettings::Credential::Password);
    QCOMPARE(s.host, p.host);
    QCOMPARE(s.port, p.port);
    QCOMPARE(s.security, p.security);
    QCOMPARE(s.auth, p.auth);
    QCOMPARE(s.user, p.user);
    QCOMPARE(s.secret, u"pw"_s);
    QCOMPARE(s.ehloName, p.ehloName);
    QCOMPARE(s.allowPlainTextAuth, true);
    QCOMPARE(s.trustedFingerprints, p.trustedFingerprints);
    QCOMPARE(s.timeouts.commandMs, 42'000);
    QCOMPARE(s.timeouts.dataConfirmMs, 42'000);

    // An OAuth profile presents a bearer token with whichever of XOAUTH2, OAUTHBEARER is offered.
    const ServerSettings oauth = fullProfile().toServerSettings(u"access-token"_s);
    QCOMPARE(oauth.credential, ServerSettings::Credential::BearerToken);
    QCOMPARE(oauth.auth, Smtp::AuthMethod::Auto);
    QCOMPARE(oauth.secret, u"access-token"_s);

    AccountProfile defaults;
    QCOMPARE(defaults.toServerSettings(QString()).timeouts.dataConfirmMs, SmtpTimeouts().dataConfirmMs);
    QCOMPARE(defaults.toServerSettings(QString()).allowPlainTextAuth, false);
}

void ProfileStoreTest::trustFingerprintNormalises()
{
    AccountProfile p;
    p.trustFingerprint(u"AB:CD:EF:01"_s);
    p.trustFingerprint(u"abcdef01"_s); // same certificate, other spelling
    p.trustFingerprint(u"12 34"_s);
    QCOMPARE(p.trustedFingerprints, (QStringList { u"ab:cd:ef:01"_s, u"12:34"_s }));
}

QTEST_GUILESS_MAIN(ProfileStoreTest)
#include "ProfileStoreTest.moc"
